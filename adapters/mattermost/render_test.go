// SPDX-License-Identifier: AGPL-3.0-or-later

package mattermost

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/boussole-libre/boussole/bot"
)

func bigReply(n int) bot.Reply {
	r := bot.Reply{Intent: bot.IntentProviders, Lang: bot.French, Title: "Prestataires près de Rennes (35)",
		Text: strings.Repeat("Une phrase d'explication assez longue pour compter. ", 5), Hint: "Précisez avec /prestataires région:… outil:…",
		ProviderPage: bot.ProviderPage{Total: 3 * n, Page: 1, Pages: 3, Query: &bot.ProvidersArgs{Place: "35", Tool: "nextcloud"}}}
	for i := range n {
		r.Tools = append(r.Tools, bot.ToolItem{Name: fmt.Sprintf("Outil %d", i), Why: "Pour partager des fichiers en équipe", License: "AGPL-3.0", URL: fmt.Sprintf("https://tool%d.example/a_b", i)})
		r.Providers = append(r.Providers, bot.ProviderItem{Name: fmt.Sprintf("Coopérative numéro %d", i), Kind: "cooperative", City: "Rennes", DepartementCode: "35",
			Services: []string{"hébergement", "formation"}, Tools: []string{"Nextcloud", "Collabora Online"}, URL: fmt.Sprintf("https://coop%d.example", i),
			Source: fmt.Sprintf("https://source.example/page%d", i), SourceDate: "2025-01"})
	}
	return r
}

// links finds complete markdown links; a cut link would leave a "[" or "](" unmatched.
var links = regexp.MustCompile(`\[[^\[\]]*\]\([^()\s]*\)`)

func TestRenderFitsAndNeverCutsLinks(t *testing.T) {
	t.Parallel()
	r := bigReply(40)
	full := Render(r, 1<<20)
	fullLines := map[string]bool{}
	for _, l := range strings.Split(full, "\n") {
		fullLines[l] = true
	}
	for limit := 120; limit <= 12000; limit += 97 {
		out := Render(r, limit)
		if n := runes(out); n > limit {
			t.Fatalf("limit %d: %d runes", limit, n)
		}
		rest := links.ReplaceAllString(out, "")
		if strings.Contains(rest, "](") || strings.Contains(rest, "[") && !strings.Contains(rest, "\\[") {
			t.Fatalf("limit %d: a link is cut:\n%s", limit, out)
		}
		if strings.Count(out, "`")%2 != 0 {
			t.Fatalf("limit %d: a code span is cut:\n%s", limit, out)
		}
		if out != full && limit > 1500 {
			if !strings.Contains(out, "de plus, non affichés") || !strings.Contains(out, "/prestataires") {
				t.Fatalf("limit %d: truncated without saying how many more and how to narrow:\n%s", limit, out)
			}
			for _, l := range strings.Split(out, "\n") {
				if !fullLines[l] && !strings.Contains(l, "de plus") {
					t.Fatalf("limit %d: line cut or changed: %q", limit, l)
				}
			}
		}
	}
	// The note counts what is left out.
	out := Render(r, 3000)
	shown := strings.Count(out, "](https://tool") + strings.Count(out, "](https://coop")
	if !strings.Contains(out, fmt.Sprintf("… et %d de plus", 80-shown)) {
		t.Errorf("note does not count the %d items left out:\n%s", 80-shown, out)
	}
}

func TestRenderEscapesAndNeutralises(t *testing.T) {
	t.Parallel()
	r := bot.Reply{Lang: bot.French, Title: "Je ne connais pas « *gras* _x_ [lien](https://evil.example) | @channel »",
		Text:        "# pas un titre\n@here et @all, écrivez à toto@alice ou voyez https://mastodon.example/@boussole",
		Suggestions: []string{"@everyone", "Trello"},
		Tools:       []bot.ToolItem{{Name: "Outil @dev", URL: "https://example.org/@dev (x)", Why: "`code` <b>"}},
	}
	out := Render(r, 0)
	if m := liveMention.FindString(out); m != "" {
		t.Errorf("live mention %q in:\n%s", m, out)
	}
	// Links typed by people are shown but inert (issue 15: they used to autolink); only the
	// KB's own URL fields become links.
	inertEvil := "https:" + wordJoiner + "//evil" + wordJoiner + ".example"
	inertMastodon := "https:" + wordJoiner + "//mastodon" + wordJoiner + ".example/@" + wordJoiner + "boussole"
	for _, want := range []string{`\*gras\*`, `\_x\_`, `\[lien\](` + inertEvil + ")", `\|`, `\# pas un titre`,
		inertMastodon, "(https://example.org/%40dev%20%28x%29)", "\\`code\\` \\<b\\>"} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %q in:\n%s", want, out)
		}
	}
	if strings.Contains(out, "[lien](https://evil.example)") {
		t.Error("echoed markdown link left live")
	}
	if strings.Contains(out, "https://evil") || strings.Contains(out, "https://mastodon") {
		t.Errorf("a typed link is live:\n%s", out)
	}
}

func TestSafeCut(t *testing.T) {
	t.Parallel()
	s := "voir [Framasoft asso](https://framasoft.org) et `code avec espaces` ici fin"
	for limit := 0; limit <= runes(s); limit++ {
		got := safeCut(s, limit)
		if runes(got) > limit || !strings.HasPrefix(s, got) {
			t.Fatalf("safeCut(%d) = %q", limit, got)
		}
		if strings.Count(got, "[") != strings.Count(got, ")") || strings.Count(got, "`")%2 != 0 {
			t.Fatalf("safeCut(%d) cut inside a link or code: %q", limit, got)
		}
		if got != "" && got != s && !strings.HasPrefix(s[len(got):], " ") {
			t.Fatalf("safeCut(%d) cut inside a word: %q", limit, got)
		}
	}
}

func TestRenderEnglishAndHelp(t *testing.T) {
	t.Parallel()
	out := Render(bot.Help(bot.English), 0)
	for _, c := range bot.Commands() {
		if !c.Admin && !strings.Contains(out, c.Example) {
			t.Errorf("help misses %s:\n%s", c.Example, out)
		}
	}
	out = Render(bigReply(2), 0)
	if !strings.Contains(out, "page suivante : `/prestataires région:35 outil:nextcloud page:2`") {
		t.Errorf("no next-page command:\n%s", out)
	}
}
