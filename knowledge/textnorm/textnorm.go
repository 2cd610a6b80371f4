// SPDX-License-Identifier: AGPL-3.0-or-later

// Package textnorm turns chat text into comparable tokens: lower case, no accents, no
// punctuation, elisions split ("l'agenda" → "l agenda"), mentions, URLs and emoji removed.
// Every matcher in Boussole (KB names, places, intent words) compares text through it, so
// that "Île-de-France", "ile de france" and "ILE DE FRANCE" are one key.
package textnorm

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// MaxInput bounds how much of a message is normalised: chat questions are short, and a
// 4,000-character paste must not cost more than a question.
const MaxInput = 1000

// Fold lower-cases s, strips accents and maps every run of non-alphanumeric characters to a
// single space. The result has no leading or trailing space.
func Fold(s string) string {
	if f, ok := foldLatin(s); ok {
		return f
	}
	return foldUnicode(s)
}

// foldUnicode is Fold for any text: decomposed, accents dropped.
func foldUnicode(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := true // avoid a leading space
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue // combining accent
		case r == 'œ' || r == 'Œ':
			b.WriteString("oe")
			space = false
		case r == 'æ' || r == 'Æ':
			b.WriteString("ae")
			space = false
		case r == 'ß':
			b.WriteString("ss")
			space = false
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
			space = false
		default:
			if !space {
				b.WriteByte(' ')
				space = true
			}
		}
	}
	return strings.TrimRight(b.String(), " ")
}

// Key folds s and removes every space: the form used to match glued or split words
// ("googledocs", "drop box").
func Key(s string) string {
	return strings.ReplaceAll(Fold(s), " ", "")
}

// mailDomain reports "@orange.fr", "@gmail.com": a mail domain, which ends on a top-level
// domain — unlike a mention such as "@jean.dupont".
func mailDomain(f string) bool {
	f = strings.TrimRight(f, ".,;:!?)")
	i := strings.LastIndexByte(f, '.')
	return i > 1 && topLevel[strings.ToLower(f[i+1:])]
}

var topLevel = map[string]bool{"fr": true, "com": true, "net": true, "org": true, "eu": true, "io": true, "be": true, "ch": true}

// Tokens is a normalised message: the folded words in order.
type Tokens []string

// Clean removes what a chat platform adds around a question and what carries no meaning for
// matching: user, role and channel mentions, URLs, custom emoji and code fences. It keeps
// sentence punctuation so that Fold can split on it.
func Clean(s string) string {
	if len(s) > MaxInput*4 {
		s = s[:MaxInput*4]
	}
	for !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, " ")
	}
	var out []string
	for _, f := range strings.Fields(s) {
		// A link or a mention glued to a word ("x(https://…)", "salut@everyone") is cut
		// off too: neither is ever part of a name, and neither must be echoed back.
		f = cutLinks(f, true)
		switch {
		case f == "":
			continue
		case strings.HasPrefix(f, "<@"), strings.HasPrefix(f, "<#"), strings.HasPrefix(f, "<:"), strings.HasPrefix(f, "<a:"):
			// Discord mentions and custom emoji; a mention may be glued to a word ("<@1>salut").
			if i := strings.IndexByte(f, '>'); i >= 0 && i+1 < len(f) {
				out = append(out, f[i+1:])
			}
			continue
		case strings.HasPrefix(f, "@") && mailDomain(f):
			f = f[1:] // "une adresse @orange.fr": a mail domain, not a mention
		case strings.HasPrefix(f, "@"):
			continue // Mattermost and plain mentions, @everyone, @here
		}
		out = append(out, Inclusive(f))
	}
	s = strings.Join(out, " ")
	if utf8.RuneCountInString(s) > MaxInput {
		r := []rune(s)
		s = string(r[:MaxInput])
	}
	return s
}

// Inclusive reads a word in French inclusive writing as its masculine form, singular or
// plural as written: "adhérent·es", "adhérent.e.s" and "adhérent(e)s" become
// "adhérents", "informaticien·ne" "informaticien", "animateur·rice·s" "animateurs".
// Folding would otherwise split them into a word and stray letters ("adherent es") that
// hide the word from every phrase it belongs to.
func Inclusive(f string) string {
	i := strings.IndexAny(f, "·⋅•.(")
	if i <= 0 {
		return f
	}
	end := len(f)
	for end > i && strings.ContainsRune(".,;:!?)»\"'", rune(f[end-1])) && !strings.HasSuffix(f[:end], "(e)") {
		end--
	}
	if f[i] == '(' && end < len(f) && f[end] == ')' {
		end++ // "adhérent(e)": the bracket closes the ending
	}
	suffix := strings.NewReplacer("·", "", "⋅", "", "•", "", ".", "", "(", "", ")", "").Replace(f[i:end])
	if !inclusiveEndings[suffix] {
		return f
	}
	base := f[:i]
	if strings.HasSuffix(suffix, "s") {
		base += "s"
	}
	return base + f[end:]
}

// inclusiveEndings are the feminine endings written after the masculine word, with the
// plural's s.
var inclusiveEndings = map[string]bool{"e": true, "es": true, "s": true, "ne": true, "nes": true, "rice": true,
	"rices": true, "trice": true, "trices": true, "euse": true, "euses": true, "te": true, "tes": true, "le": true, "les": true}

// Words splits s into its whitespace-separated words as written, with every URL cut off
// (a link glued to a word included): the form in which a name the person typed may be
// echoed back. Mentions stay; adapters neutralise them.
func Words(s string) []string {
	if len(s) > MaxInput*4 {
		s = s[:MaxInput*4]
	}
	s = strings.ToValidUTF8(s, " ")
	var out []string
	for _, f := range strings.Fields(s) {
		if f = cutLinks(f, false); f != "" {
			out = append(out, f)
		}
	}
	return out
}

// cutLinks returns the part of a whitespace-free field before any URL in it, and before
// any mention glued to a word when mentions is set. A leading "<@…>" Discord mention is
// left for Clean, which keeps the word glued after it.
func cutLinks(f string, mentions bool) string {
	low := strings.ToLower(f)
	cut := len(f)
	if i := strings.IndexByte(f, '@'); mentions && i > 0 && !strings.HasPrefix(f, "<@") {
		cut = i
	}
	if i := strings.Index(f, "://"); i >= 0 {
		// Any scheme: back up over its letters ("x(https://…" keeps "x(").
		for i > 0 && isASCIIAlnum(f[i-1]) {
			i--
		}
		cut = min(cut, i)
	}
	for _, prefix := range []string{"www.", "mailto:"} {
		if i := strings.Index(low, prefix); i >= 0 && i < cut {
			cut = i
		}
	}
	return f[:cut]
}

// Split cleans and folds a chat message into tokens. Elisions ("l'", "d'", "qu'") become
// separate tokens because apostrophes fold to spaces; "st"/"ste" are expanded so that
// "St Etienne" finds Saint-Étienne.
func Split(s string) Tokens {
	f := Fold(Clean(s))
	if f == "" {
		return nil
	}
	toks := strings.Fields(f)
	for i, t := range toks {
		switch t {
		case "st":
			toks[i] = "saint"
		case "ste":
			toks[i] = "sainte"
		}
	}
	return toks
}

// latinFolds are the accented letters of French (and a few neighbours) written without
// their accent: the common text folds without Unicode decomposition.
var latinFolds = map[rune]string{
	'à': "a", 'â': "a", 'ä': "a", 'á': "a", 'ã': "a", 'å': "a", 'À': "a", 'Â': "a", 'Ä': "a", 'Á': "a",
	'é': "e", 'è': "e", 'ê': "e", 'ë': "e", 'É': "e", 'È': "e", 'Ê': "e", 'Ë': "e",
	'î': "i", 'ï': "i", 'í': "i", 'ì': "i", 'Î': "i", 'Ï': "i", 'Í': "i",
	'ô': "o", 'ö': "o", 'ó': "o", 'ò': "o", 'õ': "o", 'Ô': "o", 'Ö': "o", 'Ó': "o",
	'ù': "u", 'û': "u", 'ü': "u", 'ú': "u", 'Ù': "u", 'Û': "u", 'Ü': "u", 'Ú': "u",
	'ÿ': "y", 'Ÿ': "y", 'ç': "c", 'Ç': "c", 'ñ': "n", 'Ñ': "n",
	'œ': "oe", 'Œ': "oe", 'æ': "ae", 'Æ': "ae", 'ß': "ss",
}

// foldLatin is Fold's fast path for plain ASCII text and French accented letters, the
// common case in chat and in the KB; false when another non-ASCII character needs the
// Unicode path.
func foldLatin(s string) (string, bool) {
	b := make([]byte, 0, len(s))
	space := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRuneInString(s[i:])
			f, ok := latinFolds[r]
			if !ok {
				return "", false
			}
			b = append(b, f...)
			space = false
			i += size - 1
		case c >= 'A' && c <= 'Z':
			b = append(b, c+'a'-'A')
			space = false
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
			b = append(b, c)
			space = false
		default:
			if !space {
				b = append(b, ' ')
				space = true
			}
		}
	}
	if n := len(b); n > 0 && b[n-1] == ' ' {
		b = b[:n-1]
	}
	return string(b), true
}

func isASCIIAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.'
}
