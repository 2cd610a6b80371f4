// SPDX-License-Identifier: AGPL-3.0-or-later

package store

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/boussole-libre/boussole/internal/atomicfile"
)

// stepFunc is called between the durable steps of a write, with the step's name. It is nil
// in production; tests use it to kill the process, or to fail, at a precise step.
type stepFunc func(step string) error

func (f stepFunc) at(step string) error {
	if f == nil {
		return nil
	}
	return f(step)
}

// fileState is a file's content, or its absence: an edit may create a file and an undo may
// remove it, and an empty file is not a missing one.
type fileState struct {
	data   []byte
	exists bool
}

// readState reads path; a missing file is a state, not an error.
func readState(path string) (fileState, error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return fileState{}, nil
	}
	if err != nil {
		return fileState{}, err
	}
	return fileState{data: b, exists: true}, nil
}

// hash is the hex SHA-256 of the content, "" for a missing file.
func (f fileState) hash() string {
	if !f.exists {
		return ""
	}
	sum := sha256.Sum256(f.data)
	return hex.EncodeToString(sum[:])
}

// writeAtomic replaces path with data so that a crash at any moment leaves the old file or
// the new one, never a mix.
func writeAtomic(path string, data []byte) error { return writeFile(path, data, "", nil) }

// writeFile is writeAtomic with named steps: step gets name+".temp", ".synced" and
// ".renamed" between them; an error it returns aborts the write.
func writeFile(path string, data []byte, name string, step stepFunc) error {
	return atomicfile.Write(path, data, 0o644, func(s string) error { return step.at(name + "." + s) })
}

// removeFile removes path (a missing file is fine) and makes the removal durable.
func removeFile(path string) error {
	if err := os.Remove(path); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	return syncDir(filepath.Dir(path))
}

func syncDir(dir string) error { return atomicfile.SyncDir(dir) }

// removeTemps deletes the temporary files a killed write left behind in dir and its
// non-hidden subdirectories, and in the state directory. Other hidden directories (.git)
// are not entered. It returns how many it removed.
func removeTemps(dir string) (int, error) {
	n := 0
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p != dir {
				return nil // an unreadable subdirectory holds no temporary file of ours
			}
			return err
		}
		if d.IsDir() {
			if p != dir && strings.HasPrefix(d.Name(), ".") && d.Name() != StateDir {
				return filepath.SkipDir
			}
			return nil
		}
		if d.Type().IsRegular() && atomicfile.TempName.MatchString(d.Name()) {
			if err := os.Remove(p); err != nil && !errors.Is(err, fs.ErrNotExist) {
				return err
			}
			n++
		}
		return nil
	})
	return n, err
}

// removeTempsOf deletes the temporary files writeFile left next to path after a kill.
func removeTempsOf(path string) {
	if path == "" {
		return
	}
	prefix := "." + filepath.Base(path) + ".tmp-"
	entries, _ := os.ReadDir(filepath.Dir(path))
	for _, e := range entries {
		if name := e.Name(); strings.HasPrefix(name, prefix) && atomicfile.TempName.MatchString(name) && e.Type().IsRegular() {
			os.Remove(filepath.Join(filepath.Dir(path), name))
		}
	}
}
