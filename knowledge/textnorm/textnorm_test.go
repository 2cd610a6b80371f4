// SPDX-License-Identifier: AGPL-3.0-or-later

package textnorm

import (
	"strings"
	"testing"
)

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Île-de-France", "ile de france"},
		{"  Alternative à Google Drive ?! ", "alternative a google drive"},
		{"l'agenda d’Œuvre", "l agenda d oeuvre"},
		{"QU'EST-CE QUE", "qu est ce que"},
		{"Saint-Étienne 🚀 42", "saint etienne 42"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSplitRemovesMentionsAndURLs(t *testing.T) {
	got := strings.Join(Split("<@123456> @everyone alternative à https://drive.google.com Drive, St Malo"), " ")
	want := "alternative a drive saint malo"
	if got != want {
		t.Errorf("Split = %q, want %q", got, want)
	}
}

func TestSplitKeepsMailDomains(t *testing.T) {
	for in, want := range map[string]string{
		"une adresse @orange.fr pleine de pubs": "une adresse orange fr pleine de pubs",
		"@jean.dupont tu regardes ?":            "tu regardes",
		"merci @here":                           "merci",
	} {
		if got := strings.Join(Split(in), " "); got != want {
			t.Errorf("Split(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSplitBoundsLongInput(t *testing.T) {
	long := strings.Repeat("éléphant ", 2000)
	toks := Split(long)
	if n := len(strings.Join(toks, " ")); n > MaxInput {
		t.Errorf("normalised length %d exceeds %d", n, MaxInput)
	}
}

func TestDistance(t *testing.T) {
	tests := []struct {
		a, b string
		max  int
		want int
	}{
		{"google", "google", 2, 0},
		{"gogle", "google", 2, 1},
		{"googel", "google", 2, 1}, // swap counts as one
		{"altrenative", "alternative", 2, 1},
		{"blorptastic", "mastodon", 2, 3},
		{"abc", "abcdef", 1, 2},
	}
	for _, tt := range tests {
		if got := Distance(tt.a, tt.b, tt.max); got != tt.want {
			t.Errorf("Distance(%q,%q,%d) = %d, want %d", tt.a, tt.b, tt.max, got, tt.want)
		}
	}
}

func TestMaxTypos(t *testing.T) {
	for n, want := range map[int]int{3: 0, 4: 1, 7: 1, 8: 2, 12: 2} {
		if got := MaxTypos(n); got != want {
			t.Errorf("MaxTypos(%d) = %d, want %d", n, got, want)
		}
	}
}

func TestDeletes(t *testing.T) {
	got := Deletes("abc", 1)
	if len(got) != 4 {
		t.Errorf("Deletes(abc,1) = %v", got)
	}
}

func TestInclusiveWritingReadsAsOneWord(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"adhérent·es", "adhérents"},
		{"adhérent·es,", "adhérents,"},
		{"adhérent.e.s", "adhérents"},
		{"adhérent(e)s", "adhérents"},
		{"adhérent(e)", "adhérent"},
		{"informaticien·ne", "informaticien"},
		{"animateur·rice·s", "animateurs"},
		{"élu·es?", "élus?"},
		{"tou·te·s", "tous"},
		// Not inclusive writing: kept as written.
		{"framasoft.org", "framasoft.org"},
		{"v1.2", "v1.2"},
		{"etc.", "etc."},
		{"(Nextcloud)", "(Nextcloud)"},
		{"logiciel(s)", "logiciels"},
	} {
		if got := Inclusive(tc.in); got != tc.want {
			t.Errorf("Inclusive(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// FuzzFoldLatin: the fast path for French accented text folds exactly as the Unicode path.
func FuzzFoldLatin(f *testing.F) {
	for _, s := range []string{"Île-de-France", "Œuvre d'Ælfred", "Ça coûte 3 €", "Straße", "ÉCOLE", "naïve façade", "Ñandú"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if fast, ok := foldLatin(s); ok && fast != foldUnicode(s) {
			t.Fatalf("foldLatin(%q) = %q, foldUnicode = %q", s, fast, foldUnicode(s))
		}
	})
}
