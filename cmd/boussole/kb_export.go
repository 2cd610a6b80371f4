// SPDX-License-Identifier: AGPL-3.0-or-later

package main

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/boussole-libre/boussole/knowledge/data"
)

// cmdKBExport writes the embedded KB to a directory, to start maintaining one's own copy.
func cmdKBExport(args []string, stdout io.Writer) error {
	ops, err := operands("kb export", args, 1, 1, "a target directory")
	if err != nil {
		return err
	}
	n, err := exportKB(ops[0])
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "%d files written to %s\n", n, ops[0])
	return nil
}

// exportKB writes the embedded YAML files and their licence (CC-BY-SA-4.0) to dir, refusing to overwrite existing files so
// that an admin's copy is never clobbered.
func exportKB(dir string) (int, error) {
	n := 0
	err := fs.WalkDir(data.FS, ".", func(p string, d fs.DirEntry, err error) error {
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

func exportFile(p, dst string) error {
	b, err := fs.ReadFile(data.FS, p)
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
