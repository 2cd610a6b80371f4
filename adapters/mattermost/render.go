package mattermost

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/boussole-libre/boussole/bot"
)

// wordJoiner is inserted after every "@" of echoed text: invisible, but it splits the word
// for Mattermost's mention parser (which only joins letters, digits and ":.-_@"), so
// "@channel", "@all", "@here" or "@alice" in a question never pings anybody.
const wordJoiner = "\u2060"

func tr(l bot.Lang, fr, en string) string {
	if l == bot.English {
		return en
	}
	return fr
}

// Render turns a neutral reply into Mattermost markdown of at most limit runes (headings,
// a numbered list of tools, a table of providers, links). Items that do not fit are left
// out with a note saying how many and how to narrow the request; nothing is cut inside a
// word or a link. Every piece of text is escaped and its mentions neutralised.
func Render(r bot.Reply, limit int) string {
	if limit <= 0 {
		limit = FallbackMaxPostSize
	}
	var head []string
	if r.Title != "" {
		head = append(head, "#### "+inline(r.Title))
	}
	text := paragraph(r.Text)

	var items []string // one markdown line per tool or provider
	toolItems := 0
	for i, t := range r.Tools {
		items = append(items, toolLine(i+1, t, r.Lang))
		toolItems++
	}
	var provHead string
	if len(r.Providers) > 0 {
		if len(r.Tools) > 0 || r.Intent == bot.IntentAlternative {
			provHead = "**" + tr(r.Lang, "Prestataires", "Providers") + "**\n"
		}
		provHead += tr(r.Lang, "| Prestataire | Type | Où | Services | Outils |\n|:--|:--|:--|:--|:--|",
			"| Provider | Kind | Where | Services | Tools |\n|:--|:--|:--|:--|:--|")
		for _, p := range r.Providers {
			items = append(items, providerRow(p, r.Lang))
		}
	}

	var foot []string
	if len(r.Providers) > 0 && r.Pages > 1 {
		line := fmt.Sprintf(tr(r.Lang, "Page %d/%d (%d en tout)", "Page %d/%d (%d in all)"), r.Page, r.Pages, r.Total)
		if r.Query != nil && r.Page < r.Pages {
			line += tr(r.Lang, " — page suivante : ", " — next page: ") + code(nextPage(*r.Query, r.Page+1))
		}
		foot = append(foot, line)
	}
	if len(r.Suggestions) > 0 {
		s := make([]string, len(r.Suggestions))
		for i, v := range r.Suggestions {
			s[i] = "**" + inline(v) + "**"
		}
		foot = append(foot, tr(r.Lang, "Vouliez-vous dire : ", "Did you mean: ")+strings.Join(s, ", ")+" ?")
	}
	if r.Hint != "" {
		foot = append(foot, "_"+inline(r.Hint)+"_")
	}

	build := func(text string, nTools, nProv int, omitted int) string {
		blocks := append([]string{}, head...)
		if text != "" {
			blocks = append(blocks, text)
		}
		if nTools > 0 {
			blocks = append(blocks, strings.Join(items[:nTools], "\n"))
		}
		if nProv > 0 {
			blocks = append(blocks, provHead+"\n"+strings.Join(items[toolItems:toolItems+nProv], "\n"))
		}
		if omitted > 0 {
			blocks = append(blocks, omittedNote(r, omitted))
		}
		blocks = append(blocks, foot...)
		return strings.Join(blocks, "\n\n")
	}
	nTools, nProv := toolItems, len(items)-toolItems
	out := build(text, nTools, nProv, 0)
	if runes(out) <= limit {
		return out
	}
	// Drop whole items from the end until the message fits (with its note).
	for nTools+nProv > 0 {
		if nProv > 0 {
			nProv--
		} else {
			nTools--
		}
		out = build(text, nTools, nProv, len(items)-nTools-nProv)
		if runes(out) <= limit {
			return out
		}
	}
	// Even the bare answer is too long: shorten the paragraph at a word boundary.
	rest := limit - runes(build("", 0, 0, len(items))) - 3
	if rest > 0 && text != "" {
		if t := safeCut(text, rest); t != "" {
			out = build(t+" …", 0, 0, len(items))
			if runes(out) <= limit {
				return out
			}
		}
	}
	return safeCut(out, limit)
}

func omittedNote(r bot.Reply, n int) string {
	how := tr(r.Lang, "précisez la demande (lieu, outil, service), par exemple /prestataires région:… outil:…",
		"narrow the request (place, tool, service), for example /prestataires région:… outil:…")
	return "_" + fmt.Sprintf(tr(r.Lang, "… et %d de plus, non affichés (message trop long) : %s", "… and %d more, not shown (message too long): %s"), n, inline(how)) + "_"
}

func toolLine(n int, t bot.ToolItem, l bot.Lang) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d. **%s**", n, link(t.Name, t.URL))
	if t.Why != "" {
		b.WriteString(" — " + inline(t.Why))
	}
	var tags []string
	if t.License != "" {
		tags = append(tags, tr(l, "licence ", "licence ")+inline(t.License))
	}
	if t.SelfHosted {
		tags = append(tags, tr(l, "auto-hébergeable", "self-hostable"))
	}
	if t.French {
		tags = append(tags, tr(l, "développé en France", "made in France"))
	}
	if len(tags) > 0 {
		b.WriteString(" (" + strings.Join(tags, ", ") + ")")
	}
	return b.String()
}

func providerRow(p bot.ProviderItem, l bot.Lang) string {
	name := link(p.Name, p.URL)
	if p.Source != "" {
		label := tr(l, "source", "source")
		if p.SourceDate != "" {
			label += " " + p.SourceDate
		}
		name += " (" + link(label, p.Source) + ")"
	}
	cells := []string{name, cell(bot.KindLabel(p.Kind, l)), cell(p.Where(l)), cell(bot.ServicesLabel(p.Services, l)), cell(strings.Join(p.Tools, ", "))}
	return "| " + strings.Join(cells, " | ") + " |"
}

// nextPage is the slash command that shows page n of a providers answer.
func nextPage(q bot.ProvidersArgs, n int) string {
	parts := []string{"/prestataires"}
	add := func(k, v string) {
		if v = strings.TrimSpace(v); v != "" {
			parts = append(parts, k+":"+v)
		}
	}
	add("région", q.Place)
	add("outil", q.Tool)
	add("service", q.Service)
	parts = append(parts, fmt.Sprintf("page:%d", n))
	return strings.Join(parts, " ")
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

// escapeLine escapes markdown in a line of text and neutralises mentions. Bare URLs are
// kept as they are (Mattermost links them), except for "@".
func escapeLine(s string) string {
	var b strings.Builder
	start := true
	for tok := range strings.SplitSeq(s, " ") {
		if !start {
			b.WriteByte(' ')
		}
		low := strings.ToLower(tok)
		if strings.HasPrefix(low, "http://") || strings.HasPrefix(low, "https://") {
			b.WriteString(strings.NewReplacer("@", "%40", "`", "%60", "|", "%7C", "<", "%3C", ">", "%3E").Replace(tok))
			start = false
			continue
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
