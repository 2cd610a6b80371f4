// SPDX-License-Identifier: AGPL-3.0-or-later

package wordlist

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

func TestReadKeepsOrdinaryWordsFolded(t *testing.T) {
	path := filepath.Join(t.TempDir(), "words")
	list := "été\nParis\narc-en-ciel\n\n  maçon \nNASA\nœuvre\n"
	if err := os.WriteFile(path, []byte(list), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := Read(path)
	if err != nil {
		t.Fatal(err)
	}
	// Proper nouns and acronyms are left out: a place named like a proper noun must not
	// look ordinary.
	want := []string{"ete", "arc en ciel", "macon", "oeuvre"}
	if !slices.Equal(got, want) {
		t.Errorf("Read = %q, want %q", got, want)
	}
}

func TestReadSaysWhichListIsMissing(t *testing.T) {
	_, err := Read(filepath.Join(t.TempDir(), "absent"))
	if err == nil {
		t.Fatal("no error for a missing word list")
	}
}
