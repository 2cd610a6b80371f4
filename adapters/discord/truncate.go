// SPDX-License-Identifier: AGPL-3.0-or-later

package discord

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Ellipsis marks text that was shortened.
const Ellipsis = "…"

// linkRE finds what must never be cut: markdown links [text](url), <url> and bare URLs.
var linkRE = regexp.MustCompile(`\[[^\]\n]*\]\([^)\s]*\)|<https?://[^>\s]*>|https?://[^\s<>()]+`)

// Truncate shortens s to at most max characters (runes: Discord counts characters, not
// bytes), because Discord refuses over-long fields with 400 instead of shortening them.
// It cuts at a space, never inside a word or a link, and marks the cut with an ellipsis.
// Only a first word that alone exceeds max is cut (a link in that position is dropped).
func Truncate(s string, max int) string {
	if utf8.RuneCountInString(s) <= max {
		return s
	}
	if max <= 0 {
		return ""
	}
	budget := max - utf8.RuneCountInString(Ellipsis)
	if budget <= 0 {
		return Ellipsis
	}
	spans := linkRE.FindAllStringIndex(s, -1)
	inLink := func(b int) bool {
		for _, sp := range spans {
			if b > sp[0] && b < sp[1] {
				return true
			}
		}
		return false
	}
	best, n := -1, 0 // n = runes in s[:i]
	for i, r := range s {
		if n > budget {
			break
		}
		if unicode.IsSpace(r) && !inLink(i) {
			best = i
		}
		n++
	}
	if best > 0 {
		out := strings.TrimRightFunc(s[:best], func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune(",;:—–-", r) })
		if out != "" {
			return out + Ellipsis
		}
	}
	// The first word alone is too long.
	if len(spans) > 0 && spans[0][0] == 0 {
		return Ellipsis // half a link is worse than none
	}
	return string([]rune(s)[:budget]) + Ellipsis
}
