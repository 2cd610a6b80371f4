// SPDX-License-Identifier: AGPL-3.0-or-later

// Package atomicfile writes files so that a crash at any moment leaves the old content or
// the new one, never a mix: the one place where Boussole replaces a file it owns (KB
// files, the edit journal, the Matrix sync state, the last verification report).
package atomicfile

import (
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"syscall"
)

// Write replaces path with data: a temporary file in the same directory, fsynced, renamed
// over the target, then the directory fsynced. A new file gets perm; an existing one keeps
// its mode. step, when not nil, runs between the durable steps with their names ("temp",
// "synced", "renamed"); an error it returns aborts the write (crash tests use it).
func Write(path string, data []byte, perm os.FileMode, step func(string) error) error {
	at := func(name string) error {
		if step == nil {
			return nil
		}
		return step(name)
	}
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return err
	}
	tmpName := tmp.Name()
	defer os.Remove(tmpName) // no-op after a successful rename
	if st, err := os.Stat(path); err == nil {
		perm = st.Mode().Perm()
	}
	err = WriteSync(tmp, data, perm, func() error { return at("temp") })
	if err == nil {
		err = at("synced")
	}
	if err != nil {
		return err
	}
	if err := os.Rename(tmpName, path); err != nil {
		return err
	}
	if err := at("renamed"); err != nil {
		return err
	}
	return SyncDir(dir)
}

// WriteSync writes data to f, sets its mode and fsyncs it; mid runs between the write and
// the fsync. f is closed in every case.
func WriteSync(f *os.File, data []byte, mode os.FileMode, mid func() error) error {
	_, err := f.Write(data)
	if err == nil {
		err = f.Chmod(mode)
	}
	if err == nil {
		err = mid()
	}
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// SyncDir fsyncs a directory so that a rename or removal in it survives a power cut. File
// systems that cannot fsync a directory report EINVAL: that is not a failure of the write.
func SyncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	err = d.Sync()
	d.Close()
	if err != nil && !errors.Is(err, syscall.EINVAL) {
		return err
	}
	return nil
}

// TempName matches the temporary files Write creates (os.CreateTemp replaces the "*" with
// digits): what a killed write leaves behind, for a clean-up at start.
var TempName = regexp.MustCompile(`^\..+\.tmp-[0-9]+$`)
