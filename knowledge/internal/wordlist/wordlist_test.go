// SPDX-License-Identifier: AGPL-3.0-or-later

package wordlist

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/boussole-libre/boussole/knowledge/textnorm"
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

// FuzzParse: any list, however broken, is read without a panic, and every word kept is
// folded and non-empty.
func FuzzParse(f *testing.F) {
	f.Add("été\nParis\narc-en-ciel\n")
	f.Add("\x00\xff\n\n  \t\n")
	f.Fuzz(func(t *testing.T, list string) {
		words, err := parse(strings.NewReader(list))
		if err != nil {
			return // a line over the scanner's limit
		}
		for _, w := range words {
			if w == "" || textnorm.Fold(w) != w {
				t.Errorf("kept %q: not a folded word", w)
			}
		}
	})
}
