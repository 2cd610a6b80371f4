// SPDX-License-Identifier: AGPL-3.0-or-later

package mattermost

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/boussole-libre/boussole/adapters/guard"
	"github.com/boussole-libre/boussole/bot"
)

// wordJoiner is inserted after every "@" of echoed text: invisible, but it splits the word
// for Mattermost's mention parser (which only joins letters, digits and ":.-_@"), so
// "@channel", "@all", "@here" or "@alice" in a question never pings anybody.
const wordJoiner = guard.WordJoiner

// Render turns a neutral reply into Mattermost markdown of at most limit runes (headings,
// a numbered list of tools, a table of providers, links). Items that do not fit are left
// out with a note saying how many and how to narrow the request; nothing is cut inside a
// word or a link. Every piece of text is escaped, its mentions neutralised and its
// link-like words made inert: the only links are the KB's own (tool and provider sites,
// sources).
func Render(r bot.Reply, limit int) string {
	if limit <= 0 {
		limit = FallbackMaxPostSize
	}
	return layout(r).fit(limit)
}

// page is a reply cut into the blocks Render assembles and drops from.
type page struct {
	r         bot.Reply
	head      []string
	text      string
	tools     []string // one markdown line per tool
	provHead  string
	providers []string // one table row per provider
	foot      []string
}

func layout(r bot.Reply) page {
	p := page{r: r, text: paragraph(r.Text), foot: footer(r)}
	if r.Title != "" {
		p.head = append(p.head, "#### "+inline(r.Title))
	}
	for i, t := range r.Tools {
		p.tools = append(p.tools, toolLine(i+1, t, r.Lang))
	}
	if len(r.Providers) > 0 {
		p.provHead = providersHead(r)
		for _, pr := range r.Providers {
			p.providers = append(p.providers, providerRow(pr, r.Lang))
		}
	}
	return p
}

func providersHead(r bot.Reply) string {
	head := ""
	if len(r.Tools) > 0 || r.Intent == bot.IntentAlternative {
		head = "**" + bot.Tr(r.Lang, "Prestataires", "Providers") + "**\n"
	}
	return head + bot.Tr(r.Lang, "| Prestataire | Type | Où | Services | Outils |\n|:--|:--|:--|:--|:--|",
		"| Provider | Kind | Where | Services | Tools |\n|:--|:--|:--|:--|:--|")
}

// footer is the page count with the next page's command, the suggestions and the hint.
func footer(r bot.Reply) []string {
	var foot []string
	if len(r.Providers) > 0 && r.Pages > 1 {
		line := fmt.Sprintf(bot.Tr(r.Lang, "Page %d/%d (%d en tout)", "Page %d/%d (%d in all)"), r.Page, r.Pages, r.Total)
		if r.Query != nil && r.Page < r.Pages {
			line += bot.Tr(r.Lang, " — page suivante : ", " — next page: ") + code(r.Query.PageCommand("/", r.Page+1))
		}
		foot = append(foot, line)
	}
	if len(r.Suggestions) > 0 {
		s := make([]string, len(r.Suggestions))
		for i, v := range r.Suggestions {
			s[i] = "**" + inline(v) + "**"
		}
		foot = append(foot, bot.Tr(r.Lang, "Vouliez-vous dire : ", "Did you mean: ")+strings.Join(s, ", ")+" ?")
	}
	if r.Hint != "" {
		foot = append(foot, "_"+inline(r.Hint)+"_")
	}
	return foot
}

// build assembles the page with its first nTools tools and nProv providers, and a note
// when omitted items were left out.
func (p page) build(text string, nTools, nProv, omitted int) string {
	blocks := append([]string{}, p.head...)
	if text != "" {
		blocks = append(blocks, text)
	}
	if nTools > 0 {
		blocks = append(blocks, strings.Join(p.tools[:nTools], "\n"))
	}
	if nProv > 0 {
		blocks = append(blocks, p.provHead+"\n"+strings.Join(p.providers[:nProv], "\n"))
	}
	if omitted > 0 {
		blocks = append(blocks, omittedNote(p.r, omitted))
	}
	blocks = append(blocks, p.foot...)
	return strings.Join(blocks, "\n\n")
}

// fit drops whole items from the end until the page fits limit (with its note), then,
// if even the bare answer is too long, shortens the paragraph at a word boundary.
func (p page) fit(limit int) string {
	nTools, nProv := len(p.tools), len(p.providers)
	all := nTools + nProv
	out := p.build(p.text, nTools, nProv, 0)
	if runes(out) <= limit {
		return out
	}
	for nTools+nProv > 0 {
		if nProv > 0 {
			nProv--
		} else {
			nTools--
		}
		out = p.build(p.text, nTools, nProv, all-nTools-nProv)
		if runes(out) <= limit {
			return out
		}
	}
	rest := limit - runes(p.build("", 0, 0, all)) - 3
	if rest > 0 && p.text != "" {
		if t := safeCut(p.text, rest); t != "" {
			out = p.build(t+" …", 0, 0, all)
			if runes(out) <= limit {
				return out
			}
		}
	}
	return safeCut(out, limit)
}

func omittedNote(r bot.Reply, n int) string {
	how := bot.Tr(r.Lang, "précisez la demande (lieu, outil, service), par exemple /prestataires région:… outil:…",
		"narrow the request (place, tool, service), for example /prestataires région:… outil:…")
	return "_" + fmt.Sprintf(bot.Tr(r.Lang, "… et %d de plus, non affichés (message trop long) : %s", "… and %d more, not shown (message too long): %s"), n, inline(how)) + "_"
}

func toolLine(n int, t bot.ToolItem, l bot.Lang) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d. **%s**", n, link(t.Name, t.URL))
	if t.Why != "" {
		b.WriteString(" — " + inline(t.Why))
	}
	var tags []string
	if t.License != "" {
		tags = append(tags, bot.Tr(l, "licence ", "licence ")+inline(t.License))
	}
	if t.SelfHosted {
		tags = append(tags, bot.Tr(l, "auto-hébergeable", "self-hostable"))
	}
	if t.French {
		tags = append(tags, bot.Tr(l, "développé en France", "made in France"))
	}
	if len(tags) > 0 {
		b.WriteString(" (" + strings.Join(tags, ", ") + ")")
	}
	return b.String()
}

func providerRow(p bot.ProviderItem, l bot.Lang) string {
	name := link(p.Name, p.URL)
	if p.Source != "" {
		label := bot.Tr(l, "source", "source")
		if p.SourceDate != "" {
			label += " " + p.SourceDate
		}
		name += " (" + link(label, p.Source) + ")"
	}
	cells := []string{name, cell(bot.KindLabel(p.Kind, l)), cell(p.Where(l)), cell(bot.ServicesLabel(p.Services, l)), cell(strings.Join(p.Tools, ", "))}
	return "| " + strings.Join(cells, " | ") + " |"
}

// code is an inline code span; backticks and newlines are removed so it cannot be broken
// out of, and mentions are neutralised all the same.
func code(s string) string {
	s = strings.NewReplacer("`", "", "\n", " ", "\r", " ").Replace(s)
	return "`" + neutralise(s) + "`"
}

// cell is table-cell text: inline text with pipes escaped.
func cell(s string) string {
	return inline(s)
}

// link is a markdown link, or escaped text when there is no usable http(s) URL.
func link(text, u string) string {
	t := inline(text)
	if t == "" {
		t = inline(u)
	}
	if !strings.HasPrefix(u, "http://") && !strings.HasPrefix(u, "https://") {
		return t
	}
	return "[" + t + "](" + cleanURL(u) + ")"
}

// cleanURL makes a URL safe inside a markdown link target: characters that would end the
// target are percent-encoded, and so is "@", which would otherwise reach Mattermost's
// mention parser ("https://mastodon.example/@alice").
func cleanURL(u string) string {
	return strings.NewReplacer("@", "%40", " ", "%20", "(", "%28", ")", "%29", "<", "%3C", ">", "%3E",
		"\n", "", "\r", "", "`", "%60", "|", "%7C").Replace(u)
}

// paragraph renders a text of several lines: each line escaped as inline text.
func paragraph(s string) string {
	s = strings.TrimSpace(strings.ReplaceAll(s, "\r", ""))
	if s == "" {
		return ""
	}
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = escapeLine(strings.TrimSpace(l))
	}
	return strings.Join(lines, "\n")
}

// inline renders one line of text (newlines become spaces).
func inline(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	return escapeLine(s)
}

// escapeLine escapes markdown in a line of text and neutralises mentions. Link-like words
// are made inert (guard.Defang): text is what people typed or what they are shown as
// text, and a link in it must not become clickable (a heading "Alternatives à
// x(https://evil.example/login)" would otherwise autolink).
func escapeLine(s string) string {
	s = guard.Defang(s)
	var b strings.Builder
	start := true
	for tok := range strings.SplitSeq(s, " ") {
		if !start {
			b.WriteByte(' ')
		}
		for i, r := range tok {
			switch r {
			case '\\', '*', '_', '~', '`', '[', ']', '<', '>', '|':
				b.WriteByte('\\')
				b.WriteRune(r)
			case '#':
				if start && i == 0 {
					b.WriteByte('\\')
				}
				b.WriteRune(r)
			case '@':
				b.WriteString("@" + wordJoiner)
			default:
				b.WriteRune(r)
			}
		}
		start = false
	}
	return b.String()
}

// neutralise inserts a word joiner after every "@".
func neutralise(s string) string {
	return strings.ReplaceAll(s, "@", "@"+wordJoiner)
}

func runes(s string) int { return utf8.RuneCountInString(s) }

// safeCut returns the longest prefix of s of at most limit runes that ends at a space
// outside any markdown link or code span, so that no word, link or code is cut.
func safeCut(s string, limit int) string {
	if runes(s) <= limit {
		return s
	}
	cut := 0
	bracket, paren, inCode := 0, 0, false
	prev := rune(0)
	n := 0
	for i, r := range s {
		if n >= limit {
			break
		}
		n++
		escaped := prev == '\\'
		switch {
		case escaped:
		case r == '`':
			inCode = !inCode
		case inCode:
		case r == '[':
			bracket++
		case r == ']' && bracket > 0:
			bracket--
		case r == '(' && prev == ']':
			paren++
		case r == ')' && paren > 0:
			paren--
		case unicode.IsSpace(r) && bracket == 0 && paren == 0:
			cut = i
		}
		if escaped {
			prev = 0 // "\\\\" escapes only once
		} else {
			prev = r
		}
	}
	return strings.TrimRightFunc(s[:cut], unicode.IsSpace)
}
