// SPDX-License-Identifier: AGPL-3.0-or-later

package bot

import (
	"strings"
	"testing"
)

func TestParseArgs(t *testing.T) {
	edit, ok := FindSub(mustCommand(t, "kb"), []string{"prestataire", "modifier"})
	if !ok {
		t.Fatal("no /kb prestataire modifier")
	}
	tests := []struct {
		cmd     Command
		text    string
		want    map[string]string
		wantErr string
	}{
		{mustCommand(t, "prestataires"), "région:35 outil:nextcloud", map[string]string{"région": "35", "outil": "nextcloud"}, ""},
		{mustCommand(t, "prestataires"), "region=Bretagne service:formation", map[string]string{"région": "Bretagne", "service": "formation"}, ""},
		{mustCommand(t, "alternative"), "google drive", map[string]string{"produit": "google drive"}, ""},
		{mustCommand(t, "prestataires"), "regon:35", nil, "option inconnue « regon »"},
		// A word with ":" inside a value is text: "Note:", an hour, a URL.
		{edit, "id:cliss-xxi champ:description valeur:Voir aussi: la doc à 10:30 https://x.org/a:b",
			map[string]string{"id": "cliss-xxi", "champ": "description", "valeur": "Voir aussi: la doc à 10:30 https://x.org/a:b"}, ""},
	}
	for _, tt := range tests {
		got, err := ParseArgs(tt.cmd, tt.text)
		if tt.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("ParseArgs(%q) error = %v, want %q", tt.text, err, tt.wantErr)
			}
			continue
		}
		if err != nil {
			t.Errorf("ParseArgs(%q): %v", tt.text, err)
			continue
		}
		for k, v := range tt.want {
			if got[k] != v {
				t.Errorf("ParseArgs(%q)[%s] = %q, want %q", tt.text, k, got[k], v)
			}
		}
	}
}

func TestOverlongOptionIsRefused(t *testing.T) {
	b := New(shippedKB(t))
	r := b.Run("prestataires", Call{Args: map[string]string{"région": strings.Repeat("Bretagne", 100)}, Lang: French})
	if r.Title != "Valeur trop longue" || !strings.Contains(r.Text, "200") {
		t.Errorf("got %q / %q", r.Title, r.Text)
	}
}

func mustCommand(t *testing.T, name string) Command {
	t.Helper()
	c, ok := FindCommand(name)
	if !ok {
		t.Fatalf("no /%s", name)
	}
	return c
}
