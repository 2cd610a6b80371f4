// SPDX-License-Identifier: AGPL-3.0-or-later

package matrix

import (
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/boussole-libre/boussole/bot"
)

func TestParseCommand(t *testing.T) {
	tests := []struct {
		text    string
		isCmd   bool
		known   bool
		name    string
		path    []string
		args    map[string]string
		lang    bot.Lang
		admin   bool
		errPart string
	}{
		{text: "alternative à Google Drive ?", isCmd: false},
		{text: "!", isCmd: false},
		{text: "! prestataires", isCmd: false},
		{text: "!!prestataires", isCmd: false},
		{text: "  !prestataires 35", isCmd: true, known: true, name: "prestataires", args: map[string]string{"région": "35"}},
		{text: "!prestataires région:35 outil:nextcloud", isCmd: true, known: true, name: "prestataires",
			args: map[string]string{"région": "35", "outil": "nextcloud"}},
		{text: "!PRESTATAIRES région:Ille-et-Vilaine page:2", isCmd: true, known: true, name: "prestataires",
			args: map[string]string{"région": "Ille-et-Vilaine", "page": "2"}},
		{text: "!providers region:Bretagne", isCmd: true, known: true, name: "prestataires",
			args: map[string]string{"région": "Bretagne"}, lang: bot.English},
		{text: "!prestataires\nrégion:35", isCmd: true, known: true, name: "prestataires", args: map[string]string{"région": "35"}},
		{text: "!alternative google drive", isCmd: true, known: true, name: "alternative", args: map[string]string{"produit": "google drive"}},
		{text: "!alternative", isCmd: true, known: true, name: "alternative", errPart: "il manque « produit »"},
		{text: "!outil nom:GLPI", isCmd: true, known: true, name: "outil", args: map[string]string{"nom": "GLPI"}},
		{text: "!aide", isCmd: true, known: true, name: "aide", args: map[string]string{}},
		{text: "!help", isCmd: true, known: true, name: "aide", args: map[string]string{}, lang: bot.English},
		{text: "!prestataires couleur:bleu", isCmd: true, known: true, name: "prestataires", errPart: "option inconnue « couleur »"},
		{text: "!suggerer type:alternative produit:Trello outil:Kanboard texte:léger et simple", isCmd: true, known: true, name: "suggerer",
			args: map[string]string{"type": "alternative", "produit": "Trello", "outil": "Kanboard", "texte": "léger et simple"}},
		{text: "!kb statut", isCmd: true, known: true, name: "kb", path: []string{"statut"}, args: map[string]string{}, admin: true},
		{text: "!kb", isCmd: true, known: true, name: "kb", admin: true, errPart: "précisez la sous-commande"},
		{text: "!kb prestataire retirer id:ancienne-boite", isCmd: true, known: true, name: "kb", path: []string{"prestataire", "retirer"},
			args: map[string]string{"id": "ancienne-boite"}, admin: true},
		{text: "!kb prestataire", isCmd: true, known: true, name: "kb", path: []string{"prestataire"}, admin: true, errPart: "ajouter, modifier, retirer"},
		{text: "!ban @alice:example.org", isCmd: true, known: false},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			c, isCmd := ParseCommand(tt.text)
			if isCmd != tt.isCmd || c.Known != tt.known {
				t.Fatalf("isCmd %v known %v, want %v %v", isCmd, c.Known, tt.isCmd, tt.known)
			}
			if !isCmd || !c.Known {
				return
			}
			if tt.lang == "" {
				tt.lang = bot.French
			}
			if c.Name != tt.name || !slices.Equal(c.Path, tt.path) || c.Admin != tt.admin || c.Lang != tt.lang {
				t.Errorf("got name %q path %v admin %v lang %v", c.Name, c.Path, c.Admin, c.Lang)
			}
			if tt.errPart != "" {
				if !strings.Contains(c.Err, tt.errPart) {
					t.Errorf("Err = %q, want it to contain %q", c.Err, tt.errPart)
				}
				return
			}
			if c.Err != "" || !maps.Equal(c.Args, tt.args) {
				t.Errorf("args %v err %q, want %v", c.Args, c.Err, tt.args)
			}
		})
	}
}

// The commands the parser accepts are exactly those of the shared table, with their
// English names.
func TestParseCommandFollowsTable(t *testing.T) {
	for _, cmd := range bot.Commands() {
		for _, name := range []string{cmd.Name, cmd.NameEN} {
			c, ok := ParseCommand(Prefix + name)
			if !ok || !c.Known || c.Name != cmd.Name || c.Admin != cmd.Admin {
				t.Errorf("!%s: ok %v known %v name %q admin %v", name, ok, c.Known, c.Name, c.Admin)
			}
		}
	}
}
