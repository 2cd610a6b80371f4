// SPDX-License-Identifier: AGPL-3.0-or-later

package discord

import (
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"github.com/boussole-libre/boussole/adapters/guard"
	"github.com/boussole-libre/boussole/bot"
)

// Discord's limits (discord-api-docs, resources/message.mdx and
// interactions/application-commands.mdx). Over a limit Discord answers 400 instead of
// shortening, so every rendered reply is fitted to them.
const (
	MaxContent     = 2000
	MaxTitle       = 256
	MaxDescription = 4096
	MaxFields      = 25
	MaxFieldName   = 256
	MaxFieldValue  = 1024
	MaxFooter      = 2048
	MaxEmbedTotal  = 6000
	MaxChoices     = 25
	MaxChoiceLen   = 100
	MaxCustomID    = 100
	MaxCommandDesc = 100
)

// embedColor is Boussole's green, so answers are recognisable in a busy channel.
const embedColor = 0x2E7D32

// noMentions returns allowed mentions that ping nobody: a question quoting "@everyone",
// "@here" or a role must never turn the bot into a megaphone. A new value every time, so
// no message shares (and could mutate) another's.
func noMentions() *discordgo.MessageAllowedMentions {
	return &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}}
}

// escape makes text that may come from a person inert in an embed: mentions and
// link-like words neutralised (guard.Inert), Discord markdown escaped ("[a](https://…)"
// would otherwise render as a masked link, "<@id>" as a mention).
func escape(s string) string {
	lines := strings.Split(guard.Inert(s), "\n")
	for i, l := range lines {
		lines[i] = escapeLine(l)
	}
	return strings.Join(lines, "\n")
}

func escapeLine(l string) string {
	var b strings.Builder
	b.Grow(len(l) + 8)
	lead := true // before the first non-space: where block markers (#, -, >, +) act
	for _, r := range l {
		switch {
		case strings.ContainsRune("\\*_~`|[]<>", r):
			b.WriteByte('\\')
		case lead && strings.ContainsRune("#-+", r):
			b.WriteByte('\\')
		}
		b.WriteRune(r)
		if !unicode.IsSpace(r) {
			lead = false
		}
	}
	return b.String()
}

// rendered is a reply in Discord's terms.
type rendered struct {
	embed      *discordgo.MessageEmbed
	components []discordgo.MessageComponent
}

// render turns a neutral reply into an embed, and page buttons when the provider list has
// more pages. asker is the user id allowed to press them ("" for no buttons).
func render(r bot.Reply, asker string) rendered {
	e := &discordgo.MessageEmbed{Type: discordgo.EmbedTypeRich, Title: escape(r.Title), Color: embedColor}
	var desc []string
	if r.Text != "" {
		desc = append(desc, escape(r.Text))
	}
	if len(r.Suggestions) > 0 {
		s := make([]string, len(r.Suggestions))
		for i, v := range r.Suggestions {
			s[i] = escape(v)
		}
		desc = append(desc, bot.Tr(r.Lang, "Vouliez-vous dire : ", "Did you mean: ")+strings.Join(s, ", ")+" ?")
	}
	e.Description = strings.Join(desc, "\n\n")
	if e.Title == "" && e.Description == "" {
		e.Description = "…"
	}
	for i, t := range r.Tools {
		name := t.Name
		if len(r.Tools) > 1 {
			name = fmt.Sprintf("%d. %s", i+1, t.Name)
		}
		if len(r.Tools) == 1 && t.Name == r.Title && t.URL != "" { // the tool's own page
			e.URL = t.URL
		}
		e.Fields = append(e.Fields, &discordgo.MessageEmbedField{Name: name, Value: toolValue(t, r.Lang)})
	}
	if len(r.Providers) > 0 && len(r.Tools) > 0 {
		head := "\u200b"
		if r.Place != nil && r.Place.Label != "" {
			head = r.Place.Label
		}
		e.Fields = append(e.Fields, &discordgo.MessageEmbedField{Name: bot.Tr(r.Lang, "Prestataires", "Providers"), Value: head})
	}
	for _, p := range r.Providers {
		e.Fields = append(e.Fields, &discordgo.MessageEmbedField{Name: p.Name, Value: providerValue(p, r.Lang)})
	}
	var foot []string
	if r.Pages > 1 {
		foot = append(foot, fmt.Sprintf(bot.Tr(r.Lang, "Page %d/%d · %d en tout", "Page %d/%d · %d in all"), r.Page, r.Pages, r.Total))
	}
	if r.Hint != "" {
		foot = append(foot, guard.Inert(r.Hint)) // footers show plain text: no escapes
	}
	if len(foot) > 0 {
		e.Footer = &discordgo.MessageEmbedFooter{Text: strings.Join(foot, " — ")}
	}
	fitEmbed(e)
	return rendered{embed: e, components: pageButtons(r, asker)}
}

func toolValue(t bot.ToolItem, l bot.Lang) string {
	var tags []string
	if t.License != "" {
		tags = append(tags, bot.Tr(l, "licence ", "licence ")+t.License)
	}
	if t.French {
		tags = append(tags, bot.Tr(l, "développé en France", "made in France"))
	}
	if t.SelfHosted {
		tags = append(tags, bot.Tr(l, "auto-hébergeable", "self-hostable"))
	}
	if t.URL != "" {
		tags = append(tags, link(t.URL))
	}
	why := Truncate(t.Why, MaxFieldValue/2)
	if len(tags) == 0 {
		return nonEmpty(why)
	}
	return nonEmpty(strings.TrimSpace(why + "\n" + strings.Join(tags, " · ")))
}

func providerValue(p bot.ProviderItem, l bot.Lang) string {
	var lines []string
	first := bot.KindLabel(p.Kind, l)
	if w := p.Where(l); w != "" {
		first += " · " + w
	}
	lines = append(lines, first)
	if len(p.Services) > 0 {
		lines = append(lines, bot.ServicesLabel(p.Services, l))
	}
	if len(p.Tools) > 0 {
		lines = append(lines, Truncate(bot.Tr(l, "Outils : ", "Tools: ")+strings.Join(p.Tools, ", "), 300))
	}
	var links []string
	if p.URL != "" {
		links = append(links, link(p.URL))
	}
	if p.Source != "" {
		src := "[source](" + p.Source + ")"
		if p.SourceDate != "" {
			src += " (" + p.SourceDate + ")"
		}
		links = append(links, src)
	}
	if len(links) > 0 {
		lines = append(lines, strings.Join(links, " · "))
	}
	return nonEmpty(strings.Join(lines, "\n"))
}

// link shows a URL as its host, linked: "[nextcloud.com](https://nextcloud.com)".
func link(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return raw
	}
	return "[" + strings.TrimPrefix(u.Host, "www.") + "](" + raw + ")"
}

// nonEmpty keeps field values valid: Discord rejects empty ones.
func nonEmpty(s string) string {
	if strings.TrimSpace(s) == "" {
		return "\u200b"
	}
	return s
}

// fitEmbed brings an embed within every Discord limit: each part is shortened at a word
// boundary, extra fields are dropped from the end, and the description gives way last.
func fitEmbed(e *discordgo.MessageEmbed) {
	e.Title = Truncate(e.Title, MaxTitle)
	e.Description = Truncate(e.Description, MaxDescription)
	if len(e.Fields) > MaxFields {
		e.Fields = e.Fields[:MaxFields]
	}
	for _, f := range e.Fields {
		f.Name = nonEmpty(Truncate(f.Name, MaxFieldName))
		f.Value = nonEmpty(Truncate(f.Value, MaxFieldValue))
	}
	if e.Footer != nil {
		e.Footer.Text = Truncate(e.Footer.Text, MaxFooter)
	}
	for embedLen(e) > MaxEmbedTotal && len(e.Fields) > 0 {
		e.Fields = e.Fields[:len(e.Fields)-1]
	}
	if over := embedLen(e) - MaxEmbedTotal; over > 0 {
		e.Description = Truncate(e.Description, max(0, utf8.RuneCountInString(e.Description)-over))
	}
}

// embedLen counts the characters Discord adds up against the 6000 total.
func embedLen(e *discordgo.MessageEmbed) int {
	n := utf8.RuneCountInString(e.Title) + utf8.RuneCountInString(e.Description)
	for _, f := range e.Fields {
		n += utf8.RuneCountInString(f.Name) + utf8.RuneCountInString(f.Value)
	}
	if e.Footer != nil {
		n += utf8.RuneCountInString(e.Footer.Text)
	}
	if e.Author != nil {
		n += utf8.RuneCountInString(e.Author.Name)
	}
	return n
}

// pageID is what a page button carries: the query, the page it leads to and who may
// press it. Discord gives it back verbatim when the button is pressed.
type pageID struct {
	Asker string
	Page  int
	Args  bot.ProvidersArgs
}

const pagePrefix = "pg"

// encode writes the id as "pg|asker|page|place|tool|service"; ok is false when it does
// not fit Discord's 100 characters or a value holds the separator.
func (p pageID) encode() (string, bool) {
	parts := []string{pagePrefix, p.Asker, strconv.Itoa(p.Page), p.Args.Place, p.Args.Tool, p.Args.Service}
	for _, s := range parts[1:] {
		if strings.Contains(s, "|") {
			return "", false
		}
	}
	id := strings.Join(parts, "|")
	return id, utf8.RuneCountInString(id) <= MaxCustomID
}

func parsePageID(s string) (pageID, bool) {
	parts := strings.Split(s, "|")
	if len(parts) != 6 || parts[0] != pagePrefix || parts[1] == "" {
		return pageID{}, false
	}
	n, err := strconv.Atoi(parts[2])
	if err != nil || n < 1 {
		return pageID{}, false
	}
	return pageID{Asker: parts[1], Page: n, Args: bot.ProvidersArgs{Place: parts[3], Tool: parts[4], Service: parts[5], Page: n}}, true
}

// pageButtons offers "Précédent"/"Suivant" for a provider list with more than one page.
// Without them (no asker, or a query too long for a custom id) the footer's hint already
// says how many there are and how to narrow the search.
func pageButtons(r bot.Reply, asker string) []discordgo.MessageComponent {
	if r.Pages <= 1 || r.Query == nil || asker == "" {
		return nil
	}
	prev, ok1 := pageID{Asker: asker, Page: max(r.Page-1, 1), Args: *r.Query}.encode()
	next, ok2 := pageID{Asker: asker, Page: min(r.Page+1, r.Pages), Args: *r.Query}.encode()
	if !ok1 || !ok2 {
		return nil
	}
	// With two pages or more, prev and next lead to different pages: custom ids in one
	// message stay unique, as Discord requires.
	return []discordgo.MessageComponent{discordgo.ActionsRow{Components: []discordgo.MessageComponent{
		discordgo.Button{Label: bot.Tr(r.Lang, "Précédent", "Previous"), Style: discordgo.SecondaryButton, CustomID: prev, Disabled: r.Page <= 1},
		discordgo.Button{Label: bot.Tr(r.Lang, "Suivant", "Next"), Style: discordgo.PrimaryButton, CustomID: next, Disabled: r.Page >= r.Pages},
	}}}
}
