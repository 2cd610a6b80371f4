// SPDX-License-Identifier: AGPL-3.0-or-later

package textnorm

import "strings"

// EarKey returns a rough key of how a folded word or phrase sounds to a French ear, for
// brand names written as heard: "skaïpe" and "Skype", "tim viewer" and "TeamViewer",
// "watsap" and "WhatsApp", "Heredisse" and "Heredis" share a key. Spaces are ignored. It
// is meant for words no dictionary knows, never for ordinary words; a word with letters
// outside ASCII after folding has no key.
func EarKey(folded string) string {
	for i := 0; i < len(folded); i++ {
		if folded[i] >= 0x80 {
			return "" // no Latin letters to hear: no key
		}
	}
	s := strings.ReplaceAll(folded, " ", "")
	s = consonantsByEar.Replace(s)
	s = englishY(s)
	s = vowelsByEar.Replace(s)
	s = consonantSounds(s)
	s = collapse(s)
	s = strings.TrimSuffix(s, "e")
	if len(s) > 3 {
		s = strings.TrimRight(s, "stdx")
	}
	return s
}

// consonantsByEar and vowelsByEar write letter groups as a French ear hears them; they are
// built once, as a replacer is costly to build.
var (
	consonantsByEar = strings.NewReplacer("ph", "f", "wh", "w", "ck", "k", "qu", "k", "q", "k",
		"ee", "i", "ea", "i", "ie", "i", "oo", "ou")
	vowelsByEar = strings.NewReplacer("eau", "o", "au", "o", "ai", "e", "ei", "e", "ay", "e")
)

// englishY writes a "y" between consonants as the "aï" a French ear hears in "Skype".
func englishY(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == 'y' {
			if i > 0 && i+1 < len(s) && !isVowel(s[i-1]) && !isVowel(s[i+1]) {
				b.WriteString("ai")
			} else {
				b.WriteByte('i')
			}
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// consonantSounds writes "c" as "s" before e and i and as "k" elsewhere, keeping "ch", and
// drops the silent "h", keeping "ch" and "sh".
func consonantSounds(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == 'c' && i+1 < len(s) && (s[i+1] == 'e' || s[i+1] == 'i'):
			c = 's'
		case c == 'c' && !(i+1 < len(s) && s[i+1] == 'h'):
			c = 'k'
		case c == 'h' && !(i > 0 && (s[i-1] == 'c' || s[i-1] == 's')):
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

// collapse writes doubled letters once.
func collapse(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if i > 0 && s[i] == s[i-1] {
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

func isVowel(c byte) bool { return strings.IndexByte("aeiouy", c) >= 0 }
