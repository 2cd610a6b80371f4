// SPDX-License-Identifier: AGPL-3.0-or-later

package bot

// Typo correction: unknown words corrected to KB vocabulary or to the words that carry a
// request, with the cases where a word must stay as written.

import (
	"cmp"
	"slices"
	"strings"
	"unicode"

	"github.com/boussole-libre/boussole/knowledge"
	"github.com/boussole-libre/boussole/knowledge/textnorm"
)

// maxTypoWords bounds the distinct unknown words one message may have corrected: a
// person makes a few typos, a wall of gibberish must not cost a hundred typo searches.
const maxTypoWords = 24

// correctTypos corrects unknown words outside names and places: KB vocabulary first, then
// the words that carry the request ("altrenative", "prestatire").
func (r *reading) correctTypos() {
	r.fixed = slices.Clone(r.toks)
	tried := map[string]string{} // word → correction ("" for none)
	for i, t := range r.toks {
		if w := chatSpellings[t]; w != "" && !r.taken[i] {
			r.fixed[i], r.toks[i] = w, w // "c koi le mieux", "mes vids", "un logiciel pr retoucher"
			continue
		}
		// A real French word is no typo: "maintenu" is not "maintenir".
		// Nor is an English word ("expensive" is not Expensify), nor an acronym written in
		// capitals ("AMAP" is not uMap).
		if r.taken[i] || stopWords[t] || isIntentWord(t) || r.ix.Known(t) || isNumber(t) || textnorm.IsFrenchWord(t) ||
			textnorm.IsEnglishWord(t) || r.acronym(t) || plainWords[t] {
			continue
		}
		if frenchPlural(t) {
			if one := t[:len(t)-1]; r.ix.Known(one) {
				r.fixed[i] = one // "les covoiturages"
			}
			continue
		}
		if w := unelided(t); w != "" {
			r.fixed[i] = w // "jutilise", "lappli": the apostrophe left out
			continue
		}
		c, seen := tried[t]
		if !seen && len(tried) == maxTypoWords {
			continue // a wall of unknown words costs no more than a few typos
		}
		if r.heardPair(i) || r.capitalAt(i) && len(r.geo.PlaceNames(t)) > 0 {
			continue // "vers Colmar ou Mulhouse": a town, not COLMAP
		}
		if !seen {
			c = cmp.Or(r.typoOf(i, t), r.ix.ByEar(t, 1)) // "ecxel", then "skaïpe"
			tried[t] = c
		}
		if c != "" && !(r.brandLike(i) && !r.nameGoesOnAs(i, c)) {
			r.fixed[i] = c
			r.u.Corrected = append(r.u.Corrected, t+"→"+c)
		}
	}
}

// typoOf corrects a word by spelling. A capitalised name inside the sentence is corrected
// by one letter only ("Gogle"), never turned into another brand: "quelqu'un connaît
// MamaBoard ?" is no Jamboard.
func (r *reading) typoOf(i int, t string) string {
	c := correctWord(r.ix, t)
	if c != "" && i > 0 && r.capitalAt(i) && (textnorm.Distance(t, c, 2) > 1 || strings.HasPrefix(t, c)) {
		return "" // "une Xerox Versant" is no Xero: a capitalised name with a letter more is another name
	}
	return c
}

// heardPair reads an unknown word and the next one as a two-word name written as heard:
// "tim viewer" is TeamViewer.
func (r *reading) heardPair(i int) bool {
	if i+1 >= len(r.toks) || r.taken[i+1] || stopWords[r.toks[i+1]] {
		return false
	}
	name := r.ix.ByEar(r.toks[i]+" "+r.toks[i+1], 2)
	if name == "" {
		return false
	}
	w := strings.Fields(name)
	r.fixed[i], r.fixed[i+1] = w[0], w[1]
	r.u.Corrected = append(r.u.Corrected, r.toks[i]+" "+r.toks[i+1]+"→"+name)
	return true
}

// frenchPlural reports the plural of a French word that the word list lacks: "les
// suricates" are no Suricata.
func frenchPlural(t string) bool {
	return len(t) > 4 && (t[len(t)-1] == 's' || t[len(t)-1] == 'x') && textnorm.IsFrenchWord(t[:len(t)-1])
}

// unelided reads a word typed without its elided pronoun's apostrophe: "jutilise" is
// "j'utilise", "jcherche" "j'cherche", "lappli" "l'appli". It returns "" when the rest is
// no French word either.
func unelided(t string) string {
	if len(t) < 4 {
		return ""
	}
	rest := t[1:]
	switch {
	case t[0] == 'j' && textnorm.IsFrenchWord(rest):
		return rest
	case t[0] == 'l' && strings.ContainsRune("aeiouyh", rune(rest[0])) && textnorm.IsFrenchWord(rest):
		return rest
	}
	return ""
}

// brandLike reports a word written as a product's name: capitalised inside the message
// and followed by another capitalised word or a number ("Benevolia Suite 4"). It is no
// typo of a need ("bénévoles"), though it may be one of a name ("Gogle Docs").
func (r *reading) brandLike(i int) bool {
	if i == 0 || i+1 >= len(r.toks) || !r.capitalAt(i) {
		return false
	}
	return isNumber(r.toks[i+1]) || r.capitalAt(i+1)
}

// nameGoesOnAs reports a brand-like word at i whose correction c goes on into the next
// word as one name, or whose next word starts another sentence: "Gogle Docs" is Google
// Docs, "Teamvewer ? Il me bloque" TeamViewer — but "Brokeo Flux" is no Bookeo, whose name
// does not go on with "Flux".
func (r *reading) nameGoesOnAs(i int, c string) bool {
	next := r.toks[i+1]
	return namesSomething(r.ix, c) && (isNumber(next) || stopWords[next] || namesSomething(r.ix, c+" "+next))
}

// innerParts reports the tokens that are not the first part of a written word: "a" and
// "pitre" in "Pointe-a-Pitre".
func (r *reading) innerParts() []bool {
	r.align()
	return r.inner
}

// capitalAt reports whether token i starts a word written with a capital.
func (r *reading) capitalAt(i int) bool {
	r.align()
	return r.capitals[i]
}

// align lines the tokens up with the words as written, once per message: which start a
// word written with a capital, which are inner parts of a word. When they cannot be lined
// up, none is either.
func (r *reading) align() {
	if r.capitals != nil {
		return
	}
	r.capitals, r.inner = make([]bool, 0, len(r.toks)), make([]bool, 0, len(r.toks))
	shouted := r.shouted()
	for _, w := range r.words() {
		for k := range strings.Fields(textnorm.Fold(w)) {
			r.capitals = append(r.capitals, k == 0 && startsUpper(w) && !shouted)
			r.inner = append(r.inner, k > 0)
		}
	}
	if len(r.capitals) != len(r.toks) {
		r.capitals, r.inner = make([]bool, len(r.toks)), make([]bool, len(r.toks))
	}
}

// namesSomething reports a word that is (part of) a product's or a tool's name.
func namesSomething(ix *knowledge.Index, w string) bool {
	return slices.ContainsFunc(ix.Phrase(w), func(h knowledge.Hit) bool { return h.Kind.Names() })
}

// acronym reports a word written in capitals in the message, three letters or more, or
// with capitals inside ("OpenCPN"). The message's capitalised words are gathered once.
func (r *reading) acronym(t string) bool {
	if len(t) < 3 {
		return false
	}
	if r.acronyms == nil {
		r.acronyms = map[string]bool{}
		if r.shouted() {
			return false // "JE VOUDRAIS REMPLACER ECXEL": capitals all along say nothing
		}
		for _, w := range r.words() {
			if len(w) >= 3 && (strings.ToUpper(w) == w && strings.ToLower(w) != w || innerCapitals(w)) {
				r.acronyms[textnorm.Fold(w)] = true
			}
		}
	}
	return r.acronyms[t]
}

// innerCapitals reports a word with two capitals in a row after a small letter, spelt
// on purpose: "OpenCPN" is no typo of OpenVPN.
func innerCapitals(w string) bool {
	rs := []rune(w)
	for k := 2; k < len(rs); k++ {
		if unicode.IsLower(rs[k-2]) && unicode.IsUpper(rs[k-1]) && unicode.IsUpper(rs[k]) {
			return true
		}
	}
	return false
}

// shouted reports a message written in capitals, as some people type: its capitals mark
// no name and no acronym.
func (r *reading) shouted() bool {
	upper, all := 0, 0
	for _, w := range r.words() {
		if len(w) < 2 || strings.ToLower(w) == w && strings.ToUpper(w) == w {
			continue // numbers, punctuation, one letter
		}
		all++
		if strings.ToUpper(w) == w {
			upper++
		}
	}
	return all >= 4 && upper*10 >= all*8
}

// words are the message's words as written, split once.
func (r *reading) words() []string {
	if r.written == nil {
		r.written = textnorm.Words(r.text)
	}
	return r.written
}

// libreNext reports "libre", "open source" or "FOSS" right at i: "un notino open source".
func libreNext(toks []string, i int) bool {
	return i < len(toks) && (libreWords[toks[i]] || toks[i] == "foss" || phraseAt(toks, i, openSource) > 0)
}

// byLibre asks for a libre replacement: what it replaces is not libre.
var byLibre = phraseList("par du libre", "par un logiciel libre", "par un outil libre", "par quelque chose de libre",
	"par de l open source", "par un truc libre", "with something open source", "with open source", "with foss")

// correctWord corrects one word against the KB vocabulary, then the request words.
func correctWord(ix *knowledge.Index, t string) string {
	if c, ok := ix.Correct(t); ok {
		return c
	}
	c, _ := correctIntent(t)
	return c
}
