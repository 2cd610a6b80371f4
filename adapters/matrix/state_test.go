// SPDX-License-Identifier: AGPL-3.0-or-later

package matrix

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// The answered ids and the sync token survive a restart together; a state written for
// another account is not reused.
func TestStatePersists(t *testing.T) {
	dir := t.TempDir()
	s, err := openState(dir, "@bot:example.org")
	if err != nil {
		t.Fatal(err)
	}
	if !s.take("$a") || s.take("$a") {
		t.Fatal("take must accept an id once")
	}
	s.setDeviceID("DEV1")
	if err := s.save("s42"); err != nil {
		t.Fatal(err)
	}
	again, err := openState(dir, "@bot:example.org")
	if err != nil {
		t.Fatal(err)
	}
	if again.nextBatch() != "s42" || again.deviceID() != "DEV1" || again.take("$a") {
		t.Fatalf("after reopening: next_batch %q, device %q, $a new again", again.nextBatch(), again.deviceID())
	}
	if info, err := os.Stat(filepath.Join(dir, stateFile)); err != nil || info.Mode().Perm() != 0o600 {
		t.Fatalf("state file: %v, mode %v", err, info.Mode())
	}
	other, err := openState(dir, "@other:example.org")
	if err != nil || other.nextBatch() != "" || !other.take("$a") {
		t.Fatalf("another account reused the state: %q %v", other.nextBatch(), err)
	}
}

// The answered ids are bounded: the oldest are forgotten first.
func TestStateBounded(t *testing.T) {
	s, err := openState(t.TempDir(), "@bot:example.org")
	if err != nil {
		t.Fatal(err)
	}
	for i := range maxAnswered + 10 {
		s.take(fmt.Sprintf("$%d", i))
	}
	if len(s.data.Answered) != maxAnswered || len(s.seen) != maxAnswered {
		t.Fatalf("%d ids kept (%d in the set), want %d", len(s.data.Answered), len(s.seen), maxAnswered)
	}
	if !s.take("$0") || s.take(fmt.Sprintf("$%d", maxAnswered+9)) {
		t.Fatal("the oldest id should be forgotten and the newest remembered")
	}
}

// A corrupt state file is an error that says how to recover, not a silent reset.
func TestStateCorrupt(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, stateFile), []byte("{"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := openState(dir, "@bot:example.org"); err == nil {
		t.Fatal("corrupt state accepted")
	}
}
