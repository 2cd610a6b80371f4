// SPDX-License-Identifier: AGPL-3.0-or-later

package matrix

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/boussole-libre/boussole/bot"
)

// FuzzParseCommand: whatever a person types, the parser does not panic, and what it
// accepts is consistent with the command table.
func FuzzParseCommand(f *testing.F) {
	for _, s := range []string{
		"!prestataires 35", "!prestataires région:35 outil:nextcloud", "!kb prestataire ajouter nom:X type:association source:https://x",
		"!alternative", "!help", "!", "!!", "! x", "!outil nom:@room", "!prestataires région: page:abc", "!kb\tstatut",
		"!suggerer type:alternative texte:Note: 10:30", "!ALTERNATIVE produit=Teams", "!é", "!prestataires\u00a0région:35",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		c, isCmd := ParseCommand(text)
		if !isCmd {
			if c.Known || c.Name != "" {
				t.Fatalf("not a command, yet resolved: %+v", c)
			}
			return
		}
		if !strings.HasPrefix(strings.TrimSpace(text), Prefix) {
			t.Fatalf("%q parsed as a command without the prefix", text)
		}
		if !c.Known {
			return
		}
		top, ok := bot.FindCommand(c.Name)
		if !ok || top.Name != c.Name {
			t.Fatalf("resolved to %q, not a table command", c.Name)
		}
		cmd, ok := top, true
		if len(c.Path) > 0 {
			cmd, ok = bot.FindSub(top, c.Path)
		}
		if !ok {
			t.Fatalf("path %v does not exist under %s", c.Path, c.Name)
		}
		if c.Err == "" {
			valid := map[string]bool{}
			for _, o := range cmd.Options {
				valid[o.Name] = true
			}
			for k, v := range c.Args {
				if !valid[k] {
					t.Fatalf("option %q is not an option of %s", k, c.Name)
				}
				if utf8.ValidString(text) && !utf8.ValidString(v) {
					t.Fatalf("valid input gave an invalid value %q", v)
				}
			}
		}
	})
}
