// SPDX-License-Identifier: AGPL-3.0-or-later

package discord

import (
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"github.com/boussole-libre/boussole/bot"
	"github.com/boussole-libre/boussole/knowledge"
)

func TestTruncate(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name, in string
		max      int
		want     string
	}{
		{"fits", "Nextcloud à Rennes", 50, "Nextcloud à Rennes"},
		{"exact", "abc", 3, "abc"},
		{"at a space", "le libre près de chez vous", 12, "le libre…"},
		{"counts runes not bytes", "éééé éééé", 6, "éééé…"},
		{"never inside a bare link", "voir https://example.org/un/long/chemin ici", 30, "voir…"},
		{"never inside a markdown link", "site [Site web officiel](https://example.org) et plus", 30, "site…"},
		{"keeps a whole link that fits", "[a](https://x.fr) texte long encore", 22, "[a](https://x.fr)…"},
		{"trailing punctuation", "Nextcloud, Seafile, CryptPad", 21, "Nextcloud, Seafile…"},
		{"one long word is cut", "Anticonstitutionnellement", 10, "Anticonst…"},
		{"a lone long link is dropped", "https://example.org/tres/long", 10, "…"},
		{"tiny max", "bonjour", 1, "…"},
		{"zero", "bonjour", 0, ""},
	}
	for _, c := range cases {
		got := Truncate(c.in, c.max)
		if got != c.want {
			t.Errorf("%s: Truncate(%q, %d) = %q, want %q", c.name, c.in, c.max, got, c.want)
		}
		if utf8.RuneCountInString(got) > max(c.max, 0) {
			t.Errorf("%s: %q is longer than %d", c.name, got, c.max)
		}
	}
}

func TestTruncateNeverBreaksWordsOrLinks(t *testing.T) {
	t.Parallel()
	text := "Boussole trouve des prestataires du libre https://framasoft.org/fr/ [Nextcloud](https://nextcloud.com) près de chez vous, à Rennes, Brest ou Quimper"
	links := []string{"https://framasoft.org/fr/", "[Nextcloud](https://nextcloud.com)"}
	for n := 2; n < utf8.RuneCountInString(text); n++ {
		got := Truncate(text, n)
		if utf8.RuneCountInString(got) > n || !strings.HasSuffix(got, Ellipsis) {
			t.Fatalf("Truncate(…, %d) = %q", n, got)
		}
		body := strings.TrimSuffix(got, Ellipsis)
		if !strings.HasPrefix(text, body) {
			t.Fatalf("Truncate(…, %d) = %q is not a prefix", n, got)
		}
		if body == "" {
			continue
		}
		rest := text[len(body):]
		if next, _ := utf8.DecodeRuneInString(rest); next != ' ' && next != ',' && len(strings.Fields(body)) > 1 {
			t.Fatalf("Truncate(…, %d) = %q cut inside a word (next %q)", n, got, next)
		}
		for _, l := range links {
			i := strings.Index(text, l)
			if len(body) > i && len(body) < i+len(l) {
				t.Fatalf("Truncate(…, %d) = %q cut inside %s", n, got, l)
			}
		}
	}
}

func bigReply() bot.Reply {
	long := strings.Repeat("Un très long texte avec https://example.org/lien ", 200)
	r := bot.Reply{Lang: bot.French, Title: strings.Repeat("Titre ", 100), Text: long, Hint: long,
		Suggestions: []string{"a", "b"}, ProviderPage: bot.ProviderPage{Pages: 3, Page: 1, Total: 40,
			Query: &bot.ProvidersArgs{Place: "35", Tool: "nextcloud", Page: 1}}}
	for i := 0; i < 20; i++ {
		r.Tools = append(r.Tools, bot.ToolItem{Name: strings.Repeat("Outil ", 60), Why: long, License: "AGPL-3.0", URL: "https://example.org"})
		r.Providers = append(r.Providers, bot.ProviderItem{Name: "Prestataire", Kind: knowledge.KindCooperative, City: "Rennes",
			DepartementCode: "35", Services: []string{"hébergement"}, Tools: []string{strings.Repeat("Nextcloud ", 200)}, URL: "https://example.org", Source: "https://example.org/source"})
	}
	return r
}

func TestRenderFitsDiscordLimits(t *testing.T) {
	t.Parallel()
	out := render(bigReply(), "u1")
	e := out.embed
	if n := utf8.RuneCountInString(e.Title); n > MaxTitle || n == 0 {
		t.Errorf("title %d characters", n)
	}
	if n := utf8.RuneCountInString(e.Description); n > MaxDescription {
		t.Errorf("description %d characters", n)
	}
	if len(e.Fields) > MaxFields {
		t.Errorf("%d fields", len(e.Fields))
	}
	for _, f := range e.Fields {
		if n := utf8.RuneCountInString(f.Value); n > MaxFieldValue || n == 0 {
			t.Errorf("field value %d characters", n)
		}
		if n := utf8.RuneCountInString(f.Name); n > MaxFieldName || n == 0 {
			t.Errorf("field name %d characters", n)
		}
		// A link is never cut: every "](" has its closing parenthesis.
		if strings.Count(f.Value, "](") != strings.Count(f.Value, ")") {
			t.Errorf("cut link in %q", f.Value)
		}
	}
	if e.Footer == nil || utf8.RuneCountInString(e.Footer.Text) > MaxFooter {
		t.Errorf("footer %+v", e.Footer)
	}
	if n := embedLen(e); n > MaxEmbedTotal {
		t.Errorf("embed totals %d characters, over %d", n, MaxEmbedTotal)
	}
	if len(out.components) != 1 {
		t.Errorf("a 3-page list has no page buttons")
	}
}

func TestRenderProviders(t *testing.T) {
	t.Parallel()
	r := bot.Reply{Lang: bot.English, Title: "Providers near Rennes", ProviderPage: bot.ProviderPage{Pages: 1, Page: 1, Total: 1,
		Providers: []bot.ProviderItem{{Name: "Coop", Kind: knowledge.KindCooperative, City: "Rennes", DepartementCode: "35",
			Services: []string{"hébergement"}, URL: "https://www.coop.example/", Source: "https://src.example/x", SourceDate: "2025-01"}}}}
	out := render(r, "u1")
	if out.components != nil {
		t.Errorf("one page must have no buttons")
	}
	v := out.embed.Fields[0].Value
	for _, want := range []string{"cooperative", "Rennes (35)", "[coop.example](https://www.coop.example/)", "[source](https://src.example/x) (2025-01)"} {
		if !strings.Contains(v, want) {
			t.Errorf("provider field %q lacks %q", v, want)
		}
	}
}

func TestPageIDRoundTrip(t *testing.T) {
	t.Parallel()
	p := pageID{Asker: "123456789012345678", Page: 2, Args: bot.ProvidersArgs{Place: "Saint-Rémy-de-Provence", Tool: "nextcloud", Service: "hébergement", Page: 2}}
	s, ok := p.encode()
	if !ok {
		t.Fatalf("encode failed for %+v", p)
	}
	got, ok := parsePageID(s)
	if !ok || got != p {
		t.Errorf("round trip %q → %+v, want %+v", s, got, p)
	}
	if _, ok := (pageID{Asker: "1", Page: 1, Args: bot.ProvidersArgs{Place: strings.Repeat("x", 120)}}).encode(); ok {
		t.Error("a custom id over 100 characters was accepted")
	}
	if _, ok := (pageID{Asker: "1", Page: 1, Args: bot.ProvidersArgs{Place: "a|b"}}).encode(); ok {
		t.Error("a value with the separator was accepted")
	}
	for _, bad := range []string{"", "pg|", "pg||1|||", "pg|1|x|||", "pg|1|0|||", "zz|1|1|||"} {
		if _, ok := parsePageID(bad); ok {
			t.Errorf("parsePageID(%q) accepted", bad)
		}
	}
}

func TestChoicesFitLimits(t *testing.T) {
	t.Parallel()
	var in []knowledge.Choice
	in = append(in, knowledge.Choice{Name: strings.Repeat("Nom très long ", 20), Value: "ok"})
	in = append(in, knowledge.Choice{Name: "Valeur trop longue", Value: strings.Repeat("v", 101)})
	in = append(in, knowledge.Choice{Name: "Doublon", Value: "ok"})
	for i := 0; i < 40; i++ {
		in = append(in, knowledge.Choice{Name: "n", Value: strings.Repeat("x", i+1)})
	}
	out := choices(in)
	if len(out) != MaxChoices {
		t.Fatalf("%d choices, want %d", len(out), MaxChoices)
	}
	for _, c := range out {
		v := c.Value.(string)
		if utf8.RuneCountInString(c.Name) > MaxChoiceLen || utf8.RuneCountInString(v) > MaxChoiceLen || c.Name == "" {
			t.Errorf("choice %q=%q breaks the limits", c.Name, v)
		}
		if strings.HasPrefix(v, "vvv") || c.Name == "Doublon" {
			t.Errorf("kept %q=%q", c.Name, v)
		}
	}
	if out[0].Name != Truncate(in[0].Name, MaxChoiceLen) || !strings.HasSuffix(out[0].Name, Ellipsis) {
		t.Errorf("long name not shortened at a word: %q", out[0].Name)
	}
	if got := choices(nil); got == nil || len(got) != 0 {
		t.Errorf("no choices must encode as [] not null: %#v", got)
	}
}

func TestRewriterKeepsPathAndPrefix(t *testing.T) {
	t.Parallel()
	var got []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		got = append(got, r.Host+" "+r.URL.Path)
	}))
	defer srv.Close()
	base, _ := url.Parse(srv.URL + "/proxy/")
	c := &http.Client{Transport: &rewriter{base: base, next: http.DefaultTransport}}
	resp, err := c.Get(discordgo.EndpointGateway)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	want := strings.TrimPrefix(srv.URL, "http://") + " /proxy/api/v9/gateway"
	if len(got) != 1 || got[0] != want {
		t.Errorf("request went to %v, want %q", got, want)
	}
}

func TestPathOfHidesTokens(t *testing.T) {
	t.Parallel()
	got := pathOf("https://discord.com/api/v9/interactions/123/secret-token/callback")
	if strings.Contains(got, "secret") {
		t.Errorf("pathOf leaks the interaction token: %q", got)
	}
	got = pathOf("https://discord.com/api/v9/webhooks/200/secret-token/messages/@original")
	if strings.Contains(got, "secret") {
		t.Errorf("pathOf leaks the webhook token: %q", got)
	}
}
