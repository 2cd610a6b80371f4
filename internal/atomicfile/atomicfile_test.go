// SPDX-License-Identifier: AGPL-3.0-or-later

package atomicfile

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

func TestWriteReplacesOrKeepsTheOldFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "state.json")
	if err := Write(path, []byte("one"), 0o600, nil); err != nil {
		t.Fatal(err)
	}
	if st, _ := os.Stat(path); st.Mode().Perm() != 0o600 {
		t.Errorf("new file mode %v, want 0600", st.Mode().Perm())
	}
	os.Chmod(path, 0o640)
	if err := Write(path, []byte("two"), 0o600, nil); err != nil {
		t.Fatal(err)
	}
	if st, _ := os.Stat(path); st.Mode().Perm() != 0o640 {
		t.Errorf("replaced file mode %v, want its own 0640", st.Mode().Perm())
	}
	boom := errors.New("killed")
	err := Write(path, []byte("three"), 0o600, func(step string) error {
		if step == "synced" {
			return boom
		}
		return nil
	})
	if !errors.Is(err, boom) {
		t.Fatalf("Write = %v, want the step's error", err)
	}
	if b, _ := os.ReadFile(path); string(b) != "two" {
		t.Errorf("after an aborted write the file holds %q, want the old %q", b, "two")
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if TempName.MatchString(e.Name()) {
			t.Errorf("temporary file %s left behind", e.Name())
		}
	}
}
