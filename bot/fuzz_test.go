// SPDX-License-Identifier: AGPL-3.0-or-later

package bot

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzUnderstand feeds arbitrary messages to the understanding and the answer: no panic,
// a known intent, no recommendation without a request, and never a link echoed back.
func FuzzUnderstand(f *testing.F) {
	for _, s := range []string{
		"alternative à Krantz.io", "alternative à Blorpix-365", "alternative à [x](https://evil.example)",
		"alternative à <https://x>", "alternative à x(https://evil.example/login)", "salut@everyone",
		"qui peut installer Nextcloud près de Nantes ?", "altrenative a gogle docs", "Krantzify alternative",
		strings.Repeat("a", 990), "alternative à " + strings.Repeat("é", 300), "", "?", "@here <@123> <#9>",
	} {
		f.Add(s)
	}
	b := New(shippedKB(f))
	f.Fuzz(func(t *testing.T, text string) {
		u, r := b.Ask(text)
		switch u.Intent {
		case IntentAlternative, IntentProviders, IntentHelp, IntentNone:
		default:
			t.Fatalf("intent %q", u.Intent)
		}
		if u.Intent == IntentNone && len(r.Tools) > 0 {
			t.Fatalf("tools %v without a request", r.Tools)
		}
		if strings.Contains(u.Unknown, "://") || strings.Contains(r.Title, "://") {
			t.Fatalf("link echoed: unknown %q, title %q", u.Unknown, r.Title)
		}
		if !utf8.ValidString(Text(r)) {
			t.Fatalf("invalid UTF-8 in reply")
		}
	})
}

// FuzzParseArgs feeds arbitrary command text to the slash-argument parser of every
// command: no panic, and every value it returns is one of the command's options.
func FuzzParseArgs(f *testing.F) {
	for _, s := range []string{
		"région:35 outil:nextcloud", "region=Bretagne", "google drive", "nom:GLPI", ":", "=x", "a:b:c",
		"id:x champ:description valeur:Voir aussi: la doc", "http://x:80", "région:" + strings.Repeat("z", 2000),
	} {
		f.Add(s)
	}
	cmds := Commands()
	f.Fuzz(func(t *testing.T, text string) {
		for _, cmd := range cmds {
			args, err := ParseArgs(cmd, text)
			if err != nil {
				continue
			}
			for name := range args {
				if !hasOption(cmd, name) {
					t.Fatalf("/%s %q: value for unknown option %q", cmd.Name, text, name)
				}
			}
		}
	})
}

func hasOption(cmd Command, name string) bool {
	for _, o := range cmd.Options {
		if o.Name == name {
			return true
		}
	}
	return false
}
