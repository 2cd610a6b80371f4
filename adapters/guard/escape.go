// SPDX-License-Identifier: AGPL-3.0-or-later

package guard

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// WordJoiner is invisible, but it splits a word for the link and mention parsers of chat
// platforms: "@\u2060everyone" pings nobody, "https:\u2060//evil\u2060.example" is no link.
const WordJoiner = "\u2060"

// Defang makes every link-like word of user text inert while keeping it readable: a word
// with "://", "www.", an e-mail address or a domain followed by a path or ending in a
// top-level domain ("evil.com/login", "Krantz.io") gets a WordJoiner after each ":" and
// before each ".", so that no platform autolinks it. Other words are left as they are.
func Defang(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	start := -1
	flush := func(end int) {
		if start < 0 {
			return
		}
		b.WriteString(defangWord(s[start:end]))
		start = -1
	}
	for i, r := range s {
		if unicode.IsSpace(r) {
			flush(i)
			b.WriteRune(r)
			continue
		}
		if start < 0 {
			start = i
		}
	}
	flush(len(s))
	return b.String()
}

func defangWord(w string) string {
	if !linkLike(w) {
		return w
	}
	var b strings.Builder
	b.Grow(len(w) + 12)
	for _, r := range w {
		switch r {
		case '.':
			b.WriteString(WordJoiner + ".")
		case ':':
			b.WriteString(":" + WordJoiner)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// linkLike reports words a platform may turn into a link.
func linkLike(w string) bool {
	low := strings.ToLower(w)
	if strings.Contains(low, "://") || strings.Contains(low, "www.") || strings.Contains(low, "mailto:") {
		return true
	}
	if at := strings.IndexByte(low, '@'); at >= 0 && strings.Contains(low[at:], ".") {
		return true
	}
	// A dot between a letter or digit and two or more letters: a domain.
	for i := 1; i < len(low); i++ {
		if low[i] != '.' || !isAlnum(low[i-1]) {
			continue
		}
		j := i + 1
		for j < len(low) && low[j] >= 'a' && low[j] <= 'z' {
			j++
		}
		if j-i-1 >= 2 {
			return true
		}
	}
	return false
}

func isAlnum(c byte) bool { return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' }

// Neutralise puts a WordJoiner after every "@", so that no "@everyone", "@here",
// "@channel", "@all" or "@name" in user text is read as a mention, even glued to a word.
func Neutralise(s string) string {
	return strings.ReplaceAll(s, "@", "@"+WordJoiner)
}

// Inert is Defang and Neutralise together: user text with no live link or mention.
func Inert(s string) string { return Neutralise(Defang(s)) }

// StripControls removes control characters other than newline and tab (terminal escape
// sequences, NUL, bidi overrides stay out of any output).
func StripControls(s string) string {
	clean := true
	for _, r := range s {
		if badControl(r) {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	return strings.Map(func(r rune) rune {
		if badControl(r) {
			return -1
		}
		return r
	}, s)
}

func badControl(r rune) bool {
	if r == '\n' || r == '\t' {
		return false
	}
	return unicode.IsControl(r) || (r >= '\u202a' && r <= '\u202e') || (r >= '\u2066' && r <= '\u2069')
}

// Cut keeps at most n bytes of s, ending on a whole character: enough of a flood to read
// its language or log it, never a broken UTF-8 sequence.
func Cut(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}
