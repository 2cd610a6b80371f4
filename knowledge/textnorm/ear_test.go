// SPDX-License-Identifier: AGPL-3.0-or-later

package textnorm

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestEarKeyHearsBrandsAsWritten: names written as heard share the key of the brand, and
// different names keep different keys.
func TestEarKeyHearsBrandsAsWritten(t *testing.T) {
	for _, c := range []struct {
		heard, brand string
		same         bool
	}{
		{"skaipe", "skype", true},
		{"tim viewer", "teamviewer", true},
		{"watsap", "whatsapp", true},
		{"heredisse", "heredis", true},
		{"outlouk", "outlook", true},
		{"fotoshop", "photoshop", true},
		{"skype", "slack", false},
		{"zoom", "signal", false},
		{"teams", "trello", false},
	} {
		if got := EarKey(Fold(c.heard)) == EarKey(Fold(c.brand)); got != c.same {
			t.Errorf("EarKey(%q)=%q, EarKey(%q)=%q: same %v, want %v", c.heard, EarKey(Fold(c.heard)), c.brand, EarKey(Fold(c.brand)), got, c.same)
		}
	}
}

func FuzzEarKey(f *testing.F) {
	for _, s := range []string{"skaipe", "tim viewer", "", "yyy", "hch", "cc"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		folded := Fold(s)
		k := EarKey(folded)
		if len(k) > 2*len(folded)+2 || !utf8.ValidString(k) || strings.Contains(k, " ") {
			t.Fatalf("EarKey(%q) = %q: longer than twice the word, invalid or spaced", folded, k)
		}
	})
}
