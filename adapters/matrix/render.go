// SPDX-License-Identifier: AGPL-3.0-or-later

package matrix

import (
	"fmt"
	"html"
	"net/url"
	"regexp"
	"strings"

	"github.com/boussole-libre/boussole/adapters/guard"
	"github.com/boussole-libre/boussole/bot"
)

// maxEventText bounds body + formatted_body. A Matrix event is at most 65536 bytes, and
// encryption grows the content by a third (base64) plus its envelope.
const maxEventText = 24 << 10

// Message is a rendered answer: the plain-text body and its org.matrix.custom.html form.
type Message struct {
	Body string
	HTML string
}

// commandRef finds "/name" of a table command in the bot's texts (help, hints, examples),
// which Matrix users type "!name".
var commandRef = regexp.MustCompile(`(^|[\s(«"'])/([a-zé]+)`)

// Render turns a neutral reply into a Matrix message. Every piece of text is escaped and
// made inert (guard.Inert): a word joiner after each "@", so that "@room" or a user id
// echoed from a question matches no legacy push rule of older clients (the empty
// m.mentions of every answer already tells current ones not to notify anybody), and
// link-like words defanged, so that a link typed in a question is not clickable in the
// answer. Links are only the knowledge base's http(s) URLs, never Matrix permalinks
// (which clients show as pills). Items that do not fit in one event are left out with a
// note.
func Render(r bot.Reply) Message {
	r = bangifyReply(r)
	items := len(r.Tools) + len(r.Providers)
	fits := func(m Message) bool { return len(m.Body)+len(m.HTML) <= maxEventText }
	if m := renderItems(r, items, 0); fits(m) {
		return m
	}
	// Binary search for the most items that fit with the "not shown" note.
	lo, hi := -1, items-1 // renderItems(r, lo) fits (lo = -1: unknown); hi+1 does not
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if fits(renderItems(r, mid, items-mid)) {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	if lo >= 0 {
		return renderItems(r, lo, items-lo)
	}
	// Even without items the text is too long: shorten it.
	r.Text = cutRunes(r.Text, maxEventText/4)
	return renderItems(r, 0, items)
}

// renderItems renders the reply with its first keep tools and providers, and a note for
// the omitted ones.
func renderItems(r bot.Reply, keep, omitted int) Message {
	var b, h strings.Builder
	block := func(plain, markup string) {
		if plain == "" {
			return
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(plain)
		h.WriteString(markup)
	}
	if r.Title != "" {
		block(text(r.Title), "<h4>"+esc(r.Title)+"</h4>")
	}
	if t := strings.TrimSpace(r.Text); t != "" {
		block(paragraphText(t), "<p>"+paragraphHTML(t)+"</p>")
	}
	nTools := min(keep, len(r.Tools))
	nProv := min(keep-nTools, len(r.Providers))
	block(toolsBlock(r, nTools))
	block(providersBlock(r, nProv))
	if omitted > 0 {
		note := fmt.Sprintf(bot.Tr(r.Lang, "… et %d de plus, non affichés (message trop long) : précisez la demande (lieu, outil, service).",
			"… and %d more, not shown (message too long): narrow the request (place, tool, service)."), omitted)
		block(note, "<p><em>"+esc(note)+"</em></p>")
	}
	block(footer(r))
	return Message{Body: b.String(), HTML: h.String()}
}

func toolsBlock(r bot.Reply, n int) (string, string) {
	if n == 0 {
		return "", ""
	}
	var b, h strings.Builder
	h.WriteString("<ol>")
	for i, t := range r.Tools[:n] {
		tags := toolTags(t, r.Lang)
		line := fmt.Sprintf("%d. %s", i+1, text(t.Name))
		item := "<strong>" + link(t.Name, t.URL) + "</strong>"
		if t.Why != "" {
			line += " — " + text(t.Why)
			item += " — " + esc(t.Why)
		}
		if tags != "" {
			line += " (" + text(tags) + ")"
			item += " (" + esc(tags) + ")"
		}
		if u, ok := safeURL(t.URL); ok {
			line += " " + u
		}
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(line)
		h.WriteString("<li>" + item + "</li>")
	}
	h.WriteString("</ol>")
	return b.String(), h.String()
}

func toolTags(t bot.ToolItem, l bot.Lang) string {
	var tags []string
	if t.License != "" {
		tags = append(tags, "licence "+t.License)
	}
	if t.SelfHosted {
		tags = append(tags, bot.Tr(l, "auto-hébergeable", "self-hostable"))
	}
	if t.French {
		tags = append(tags, bot.Tr(l, "développé en France", "made in France"))
	}
	return strings.Join(tags, ", ")
}

func providersBlock(r bot.Reply, n int) (string, string) {
	if n == 0 {
		return "", ""
	}
	var b, h strings.Builder
	if len(r.Tools) > 0 || r.Intent == bot.IntentAlternative {
		head := bot.Tr(r.Lang, "Prestataires :", "Providers:")
		b.WriteString(head + "\n")
		h.WriteString("<p><strong>" + esc(head) + "</strong></p>")
	}
	h.WriteString("<ul>")
	for i, p := range r.Providers[:n] {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(providerText(p, r.Lang))
		h.WriteString("<li>" + providerHTML(p, r.Lang) + "</li>")
	}
	h.WriteString("</ul>")
	return b.String(), h.String()
}

// providerFacts are the parts of a provider's line, unescaped: its kind and place (shown
// in brackets), then its services and tools.
func providerFacts(p bot.ProviderItem, l bot.Lang) (kind string, more []string) {
	kind = bot.KindLabel(p.Kind, l)
	if w := p.Where(l); w != "" {
		kind += ", " + w
	}
	if len(p.Services) > 0 {
		more = append(more, bot.ServicesLabel(p.Services, l))
	}
	if len(p.Tools) > 0 {
		more = append(more, strings.Join(p.Tools, ", "))
	}
	return kind, more
}

// providerText is a provider on one line of plain text: inert text, live KB URLs.
func providerText(p bot.ProviderItem, l bot.Lang) string {
	kind, more := providerFacts(p, l)
	var b strings.Builder
	b.WriteString("- " + text(p.Name) + " (" + text(kind) + ")")
	for _, m := range more {
		b.WriteString(" — " + text(m))
	}
	if u, ok := safeURL(p.URL); ok {
		b.WriteString(" — " + u)
	}
	if u, ok := safeURL(p.Source); ok {
		b.WriteString(" [source : " + u + "]")
	}
	return b.String()
}

// providerHTML is the same line in HTML, the name linking to the provider's site and the
// source to its page.
func providerHTML(p bot.ProviderItem, l bot.Lang) string {
	kind, more := providerFacts(p, l)
	var h strings.Builder
	h.WriteString("<strong>" + link(p.Name, p.URL) + "</strong> (" + esc(kind) + ")")
	for _, m := range more {
		h.WriteString(" — " + esc(m))
	}
	if _, ok := safeURL(p.Source); ok {
		label := "source"
		if p.SourceDate != "" {
			label += " " + p.SourceDate
		}
		h.WriteString(" · " + link(label, p.Source))
	}
	return h.String()
}

// footer is the page line, the suggestions and the hint.
func footer(r bot.Reply) (string, string) {
	var plain, markup []string
	if len(r.Providers) > 0 && r.Pages > 1 {
		line := fmt.Sprintf(bot.Tr(r.Lang, "Page %d/%d (%d en tout)", "Page %d/%d (%d in all)"), r.Page, r.Pages, r.Total)
		lineHTML := esc(line)
		if r.Query != nil && r.Page < r.Pages {
			next := r.Query.PageCommand(Prefix, r.Page+1)
			line += bot.Tr(r.Lang, " — page suivante : ", " — next page: ") + next
			lineHTML += esc(bot.Tr(r.Lang, " — page suivante : ", " — next page: ")) + "<code>" + esc(next) + "</code>"
		}
		plain, markup = append(plain, text(line)), append(markup, "<p>"+lineHTML+"</p>")
	}
	if len(r.Suggestions) > 0 {
		s := bot.Tr(r.Lang, "Vouliez-vous dire : ", "Did you mean: ") + strings.Join(r.Suggestions, ", ") + " ?"
		plain, markup = append(plain, text(s)), append(markup, "<p>"+esc(s)+"</p>")
	}
	if r.Hint != "" {
		plain, markup = append(plain, text(r.Hint)), append(markup, "<p><em>"+esc(r.Hint)+"</em></p>")
	}
	return strings.Join(plain, "\n"), strings.Join(markup, "")
}

// bangifyReply rewrites "/prestataires" and the other table commands to "!prestataires"
// in the texts the core wrote for slash-command platforms.
func bangifyReply(r bot.Reply) bot.Reply {
	r.Title, r.Text, r.Hint = bangify(r.Title), bangify(r.Text), bangify(r.Hint)
	return r
}

func bangify(s string) string {
	if !strings.Contains(s, "/") {
		return s
	}
	return commandRef.ReplaceAllStringFunc(s, func(m string) string {
		sub := commandRef.FindStringSubmatch(m)
		if _, ok := bot.FindCommand(sub[2]); !ok {
			return m
		}
		return sub[1] + Prefix + sub[2]
	})
}

// text is plain text made inert (no live mention or link).
func text(s string) string { return guard.Inert(strings.TrimSpace(s)) }

// paragraphText keeps the line breaks of a paragraph, trimming each line.
func paragraphText(s string) string {
	lines := strings.Split(strings.ReplaceAll(s, "\r", ""), "\n")
	for i, l := range lines {
		lines[i] = text(l)
	}
	return strings.Join(lines, "\n")
}

func paragraphHTML(s string) string {
	lines := strings.Split(strings.ReplaceAll(s, "\r", ""), "\n")
	for i, l := range lines {
		lines[i] = esc(strings.TrimSpace(l))
	}
	return strings.Join(lines, "<br>")
}

// esc makes text inert and escapes it for HTML.
func esc(s string) string { return html.EscapeString(guard.Inert(s)) }

// link is an HTML link, or escaped text when the URL is not a plain web address.
func link(label, raw string) string {
	if label == "" {
		label = raw
	}
	u, ok := safeURL(raw)
	if !ok {
		return esc(label)
	}
	return `<a href="` + html.EscapeString(u) + `">` + esc(label) + "</a>"
}

// safeURL accepts http(s) URLs only, and no Matrix permalink (matrix.to links render as
// pills, which would look like a mention). "@" is percent-encoded so that no client reads
// a user id in it.
func safeURL(raw string) (string, bool) {
	raw = strings.TrimSpace(raw)
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || strings.EqualFold(u.Hostname(), "matrix.to") {
		return "", false
	}
	return strings.ReplaceAll(u.String(), "@", "%40"), true
}

// cutRunes keeps at most n bytes of s, at a rune boundary, marking the cut.
func cutRunes(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return guard.Cut(s, n) + "…"
}
