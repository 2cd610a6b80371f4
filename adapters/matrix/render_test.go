// SPDX-License-Identifier: AGPL-3.0-or-later

package matrix

import (
	"strings"
	"testing"

	"github.com/boussole-libre/boussole/bot"
)

func TestRender(t *testing.T) {
	tools := []bot.ToolItem{{Name: "Nextcloud", Why: "Fichiers <partagés> & agenda", License: "AGPL-3.0", URL: "https://nextcloud.com", SelfHosted: true}}
	prov := bot.ProviderItem{Name: "Coop @here", Kind: "cooperative", City: "Rennes", DepartementCode: "35",
		Services: []string{"hébergement"}, URL: "https://coop.example/@team", Source: "https://source.example", SourceDate: "2025-06"}
	tests := []struct {
		name     string
		reply    bot.Reply
		html     []string // must appear in formatted_body
		body     []string // must appear in body
		notHTML  []string
		notBody  []string
		maxBytes int
	}{
		{
			name:  "tools are an ordered list with escaped text and links",
			reply: bot.Reply{Intent: bot.IntentAlternative, Title: "Alternatives libres à Google Drive", Tools: tools},
			html: []string{"<h4>Alternatives libres à Google Drive</h4>", `<ol><li><strong><a href="https://nextcloud.com">Nextcloud</a></strong>`,
				"Fichiers &lt;partagés&gt; &amp; agenda", "(licence AGPL-3.0, auto-hébergeable)"},
			body:    []string{"Alternatives libres à Google Drive", "1. Nextcloud — Fichiers <partagés> & agenda (licence AGPL-3.0, auto-hébergeable) https://nextcloud.com"},
			notHTML: []string{"<partagés>"},
		},
		{
			name:    "mentions in echoed text and URLs never ping",
			reply:   bot.Reply{Title: "Je ne connais pas « @room »", Text: "@alice:example.org et @here", ProviderPage: bot.ProviderPage{Providers: []bot.ProviderItem{prov}}},
			html:    []string{"@\u2060room", "@\u2060alice", "Coop @\u2060here", `href="https://coop.example/%40team"`},
			body:    []string{"@\u2060room", "@\u2060alice"},
			notHTML: []string{"@room", "@alice", "@here", "@team"},
			notBody: []string{"@room", "@alice", "@here"},
		},
		{
			name: "a link typed in a question is inert; the knowledge base's links stay live",
			reply: bot.Reply{Title: "Je ne connais pas « https://evil.example/login »",
				Tools: []bot.ToolItem{{Name: "Nextcloud", URL: "https://nextcloud.com"}}},
			html:    []string{`<a href="https://nextcloud.com">Nextcloud</a>`},
			body:    []string{"https://nextcloud.com"},
			notHTML: []string{"https://evil.example", `href="https://evil`},
			notBody: []string{"https://evil.example"},
		},
		{
			name:    "unsafe and permalink URLs are not links",
			reply:   bot.Reply{Tools: []bot.ToolItem{{Name: "X", URL: "javascript:alert(1)"}, {Name: "Y", URL: "https://matrix.to/#/@alice:example.org"}}},
			html:    []string{"<strong>X</strong>", "<strong>Y</strong>"},
			notHTML: []string{"javascript:", "matrix.to", "<a "},
			notBody: []string{"javascript:", "matrix.to"},
		},
		{
			name: "providers with a next page command in Matrix syntax",
			reply: bot.Reply{Intent: bot.IntentProviders, ProviderPage: bot.ProviderPage{Providers: []bot.ProviderItem{prov}, Page: 1, Pages: 3, Total: 12,
				Query: &bot.ProvidersArgs{Place: "35", Tool: "nextcloud"}}, Hint: "Précisez avec /prestataires région:… ou /aide"},
			html: []string{"<ul><li><strong>", "(coopérative, Rennes (35))", `· <a href="https://source.example">source 2025-06</a>`,
				"<code>!prestataires région:35 outil:nextcloud page:2</code>", "<em>Précisez avec !prestataires région:… ou !aide</em>"},
			body:    []string{"Page 1/3 (12 en tout) — page suivante : !prestataires région:35 outil:nextcloud page:2", "Précisez avec !prestataires région:… ou !aide"},
			notBody: []string{"/prestataires", "/aide"},
		},
		{
			name:  "paragraph lines keep their breaks; unknown slash words stay",
			reply: bot.Reply{Text: "ligne une\nligne deux et/ou /etc/passwd"},
			html:  []string{"<p>ligne une<br>ligne deux et/ou /etc/passwd</p>"},
			body:  []string{"ligne une\nligne deux et/ou /etc/passwd"},
		},
		{
			name:     "a huge reply is cut to fit one event, with a note",
			reply:    bot.Reply{Intent: bot.IntentProviders, ProviderPage: bot.ProviderPage{Providers: manyProviders(prov, 400)}},
			html:     []string{"non affichés"},
			body:     []string{"non affichés"},
			maxBytes: maxEventText,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := Render(tt.reply)
			for _, s := range tt.html {
				if !strings.Contains(m.HTML, s) {
					t.Errorf("HTML lacks %q:\n%s", s, m.HTML)
				}
			}
			for _, s := range tt.body {
				if !strings.Contains(m.Body, s) {
					t.Errorf("body lacks %q:\n%s", s, m.Body)
				}
			}
			for _, s := range tt.notHTML {
				if strings.Contains(m.HTML, s) {
					t.Errorf("HTML has %q:\n%s", s, m.HTML)
				}
			}
			for _, s := range tt.notBody {
				if strings.Contains(m.Body, s) {
					t.Errorf("body has %q:\n%s", s, m.Body)
				}
			}
			if tt.maxBytes > 0 && len(m.Body)+len(m.HTML) > tt.maxBytes {
				t.Errorf("message is %d bytes, over %d", len(m.Body)+len(m.HTML), tt.maxBytes)
			}
		})
	}
}

func manyProviders(p bot.ProviderItem, n int) []bot.ProviderItem {
	out := make([]bot.ProviderItem, n)
	for i := range out {
		out[i] = p
	}
	return out
}

// The help reply lists every public command with its Matrix "!" form.
func TestRenderHelpUsesBang(t *testing.T) {
	m := Render(bot.Help(bot.French))
	for _, c := range bot.Commands() {
		if c.Admin {
			continue
		}
		if !strings.Contains(m.Body, "!"+c.Name) {
			t.Errorf("help lacks !%s:\n%s", c.Name, m.Body)
		}
	}
	if strings.Contains(m.Body, " /"+"prestataires") || strings.HasPrefix(m.Body, "/") {
		t.Errorf("help still shows slash commands:\n%s", m.Body)
	}
}
