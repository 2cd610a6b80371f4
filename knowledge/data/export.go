// SPDX-License-Identifier: AGPL-3.0-or-later

package data

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// Export writes the embedded KB files and their licence (CC-BY-SA-4.0) to dir and says
// how many it wrote. It refuses to overwrite an existing file, so that an admin's copy is
// never clobbered.
func Export(dir string) (int, error) {
	n := 0
	err := fs.WalkDir(FS, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || !(strings.HasSuffix(p, ".yaml") || strings.HasSuffix(p, ".md") || p == "LICENSE") {
			return nil
		}
		if err := exportFile(p, filepath.Join(dir, filepath.FromSlash(p))); err != nil {
			return err
		}
		n++
		return nil
	})
	return n, err
}

// exportFile copies the embedded file p to dst, which must not exist yet.
func exportFile(p, dst string) error {
	b, err := fs.ReadFile(FS, p)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		return err
	}
	f, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	if _, err := f.Write(b); err != nil {
		f.Close()
		return fmt.Errorf("export %s: %w", dst, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("export %s: %w", dst, err)
	}
	return nil
}
