// SPDX-License-Identifier: AGPL-3.0-or-later

package store

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestEditedValuesAreBoundedAndControlFree(t *testing.T) {
	s := newStore(t)
	path := filepath.Join(s.Dir(), "providers", "bretagne.yaml")
	before := read(t, path)
	many := strings.TrimSuffix(strings.Repeat("x, ", MaxListItems+1), ", ")
	cases := []struct {
		name string
		edit func() (Change, error)
		want string
	}{
		{"NUL", func() (Change, error) { return s.UpdateProvider(admin, "coop-exemple", "nom", "Coop\x00Exemple") }, "U+0000"},
		{"ANSI", func() (Change, error) {
			return s.UpdateProvider(admin, "coop-exemple", "description", "\x1b[31mrouge\x1b[0m")
		}, "U+001B"},
		{"newline", func() (Change, error) { return s.UpdateProvider(admin, "coop-exemple", "nom", "Coop\nadmin: true") }, "U+000A"},
		{"C1", func() (Change, error) { return s.UpdateProvider(admin, "coop-exemple", "nom", "Coop\u009bExemple") }, "U+009B"},
		{"bidi", func() (Change, error) { return s.UpdateProvider(admin, "coop-exemple", "nom", "Coop \u202eelpmexE") }, "U+202E"},
		{"not UTF-8", func() (Change, error) { return s.UpdateProvider(admin, "coop-exemple", "nom", "Coop \xff") }, "UTF-8"},
		{"long name", func() (Change, error) {
			return s.UpdateProvider(admin, "coop-exemple", "nom", strings.Repeat("é", MaxNameLen+1))
		}, "301 caractères, 300 au plus"},
		{"long description", func() (Change, error) {
			return s.UpdateProvider(admin, "coop-exemple", "description", strings.Repeat("a", MaxDescriptionLen+1))
		}, "2000 au plus"},
		{"long URL", func() (Change, error) {
			return s.UpdateProvider(admin, "coop-exemple", "site", "https://x.example/"+strings.Repeat("é", MaxURLLen/2))
		}, "octets"},
		{"long source", func() (Change, error) {
			return s.UpdateProvider(admin, "coop-exemple", "source", "https://x.example/"+strings.Repeat("a", MaxURLLen)+" 2025")
		}, "octets"},
		{"long list", func() (Change, error) { return s.UpdateProvider(admin, "coop-exemple", "services", many) }, "51 éléments"},
		{"1 MB id", func() (Change, error) { return s.RemoveProvider(admin, strings.Repeat("a", 1<<20)) }, "id : 1048576 caractères"},
		{"alias", func() (Change, error) { return s.AddAlias(admin, "google-workspace", "g\tsuite") }, "U+0009"},
		{"new provider", func() (Change, error) {
			return s.AddProvider(admin, ProviderInput{Name: "Coop", Kind: "cooperative", City: "Lyon\x1b[2J", Departement: "69", SourceURL: "https://c.example"})
		}, "ville"},
	}
	for _, c := range cases {
		_, err := c.edit()
		var rej *RejectedError
		if !errors.As(err, &rej) || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: want a refusal mentioning %q, got %v", c.name, c.want, err)
		}
		if len(err.Error()) > 400 {
			t.Errorf("%s: the refusal echoes the value (%d bytes)", c.name, len(err.Error()))
		}
	}
	if read(t, path) != before {
		t.Error("a refused value changed the file")
	}
	if _, err := os.Stat(s.auditPath()); !errors.Is(err, os.ErrNotExist) {
		t.Error("a refused value reached the audit log")
	}
	// Values at the limits are accepted.
	if _, err := s.UpdateProvider(admin, "coop-exemple", "nom", strings.Repeat("é", MaxNameLen)); err != nil {
		t.Errorf("a %d-character name: %v", MaxNameLen, err)
	}
	if _, err := s.UpdateProvider(admin, "coop-exemple", "description", "Hébergement « libre » — 100 % coopératif ; 🙂"); err != nil {
		t.Errorf("ordinary punctuation and emoji: %v", err)
	}
}
