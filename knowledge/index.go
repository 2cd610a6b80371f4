// SPDX-License-Identifier: AGPL-3.0-or-later

package knowledge

import (
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/sahilm/fuzzy"

	"github.com/boussole-libre/boussole/knowledge/textnorm"
)

// HitKind says what a matched phrase names.
type HitKind uint8

// Kinds of hits, in order of precedence when one phrase names several things.
const (
	HitProduct HitKind = iota + 1
	HitTool
	HitCategory
	HitNeed // a precise need a tool answers ("antivirus" → ClamAV); ID is the tool's
)

// Names reports whether the hit names a product or a tool, as opposed to a need.
func (k HitKind) Names() bool { return k == HitProduct || k == HitTool }

// Hit is a KB entry named by a phrase.
type Hit struct {
	Kind      HitKind
	ID        string
	Ambiguous bool // an everyday word: counts only when the message asks for something
	Alias     bool // matched an alias rather than the name
}

// Index finds KB entries from the words of a message. It is built once per loaded KB and
// read concurrently.
type Index struct {
	phrases  map[string][]Hit // folded phrase → hits
	glued    map[string][]Hit // phrase without spaces → hits ("googledocs", "dropbox")
	loose    map[string][]Hit // skeleton of a need or keyword phrase → hits (see textnorm.Skeleton)
	maxWords int
	vocab    map[string]int    // every word of every phrase → weight (for typo ties)
	spelling map[string]string // folded need or keyword → as the KB writes it, built on first use
	written  []string          // need and keyword phrases as written, for spelling
	spellOne sync.Once
	// deletes maps a symmetric-delete key to the vocabulary words it comes from, built on
	// the first typo: a word's id in delWords when one word has the key (most keys), else
	// -(k+1) for delMulti[k]. Hundreds of thousands of keys: a slice per key would double
	// the heap this index holds.
	deletes  map[string]int32
	delWords []string
	delMulti [][]int32
	ears     map[string][]string // textnorm.EarKey of a product or tool name → the names, built with deletes
	once     sync.Once

	products    []Choice // autocomplete: product names and aliases
	productKeys []string
	productFold []string // productKeys folded, for prefix matching
	tools       []Choice
	toolKeys    []string
	toolFold    []string
}

// Choice is an autocomplete entry: what to show and the value to send back.
type Choice struct {
	Name  string
	Value string
}

// genericFirstWords are first words of tool names that must not stand for the tool alone.
var genericFirstWords = map[string]bool{"apache": true, "gnu": true, "open": true, "free": true, "libre": true, "the": true, "google": true, "microsoft": true, "simple": true, "team": true, "linux": true, "web": true, "home": true, "standard": true,
	"organic": true, "sweet": true, "virtual": true, "reactive": true, "request": true, "tasks": true,
	// Everyday words, or names of something else: "sur internet", "mes démarches", "c'est
	// plausible", "nginx" (the web server, not Nginx Proxy Manager).
	"internet": true, "demarches": true, "nginx": true, "fluent": true, "delta": true, "eclipse": true, "consul": true, "canvas": true,
	"surge": true, "rocket": true, "plausible": true, "whisper": true, "subtitle": true, "firefly": true, "baobab": true,
	"thorium": true, "tableau": true, "participation": true, "reconnaissance": true, "controle": true,
	"accessibilite": true, "dictee": true, "logiciels": true, "gnome": true, "elementary": true}

func buildIndex(kb *KB) *Index {
	// Sized from the KB: growing these maps phrase by phrase cost a fifth of the index.
	n := phraseCount(kb)
	ix := &Index{
		phrases: make(map[string][]Hit, n*4/5), // the shares measured on the shipped KB
		glued:   make(map[string][]Hit, n*3/4),
		loose:   make(map[string][]Hit, n*9/20),
		vocab:   make(map[string]int, n*9/20),
	}
	ix.addProducts(kb.Products)
	ix.addTools(kb.Tools)
	for _, t := range kb.Tools {
		for _, n := range t.Needs {
			h := Hit{Kind: HitNeed, ID: t.ID, Alias: true}
			k := ix.add(n, h, 1)
			ix.addLoose(k, h)
			ix.addConjugated(k, h)
			ix.spell(n)
		}
	}
	for _, c := range kb.Categories {
		ix.add(c.Name, Hit{Kind: HitCategory, ID: c.ID}, 1)
		for _, k := range c.Keywords {
			h := Hit{Kind: HitCategory, ID: c.ID, Alias: true}
			ix.addLoose(ix.add(k, h, 1), h)
			ix.spell(k)
		}
	}
	for _, k := range ix.productKeys {
		ix.productFold = append(ix.productFold, textnorm.Fold(k))
	}
	for _, k := range ix.toolKeys {
		ix.toolFold = append(ix.toolFold, textnorm.Fold(k))
	}
	for _, m := range []map[string][]Hit{ix.phrases, ix.glued, ix.loose} {
		for _, hits := range m {
			sortHits(hits) // in place: the map holds the same slice
		}
	}
	return ix
}

// addConjugated indexes a need that opens on a first-group verb and its object with the
// verb as a chat writes it: "chiffrer une clé usb" is also "on chiffre une clé usb" and
// "chiffrez une clé usb". The object's determiner must follow, as written: "partagé" alone
// is a participle ("un agenda partagé"), and the skeleton, which drops determiners, would
// read the noun "sauvegarde" as the verb. folded is the need folded.
func (ix *Index) addConjugated(folded string, h Hit) {
	verb, rest, ok := strings.Cut(folded, " ")
	det, _, _ := strings.Cut(rest, " ")
	if !ok || len(verb) < 6 || !strings.HasSuffix(verb, "er") || !objectDeterminers[det] || !textnorm.IsFrenchWord(verb) {
		return
	}
	stem := verb[:len(verb)-2]
	for _, end := range [...]string{"e", "ez"} {
		k := stem + end + " " + rest
		ix.phrases[k] = appendHit(ix.phrases[k], h)
	}
}

// objectDeterminers open a verb's object: "chiffrer une clé", "partager les photos".
var objectDeterminers = map[string]bool{"un": true, "une": true, "des": true, "le": true, "la": true, "les": true,
	"l": true, "mes": true, "nos": true, "ses": true, "vos": true, "leurs": true, "son": true, "sa": true, "notre": true, "votre": true}

// phraseCount is how many phrases the index will hold, at most.
func phraseCount(kb *KB) int {
	n := len(kb.Categories)
	for _, t := range kb.Tools {
		n += 2 + len(t.Aliases) + len(t.Needs)
	}
	for _, p := range kb.Products {
		n += 1 + len(p.Aliases)
	}
	for _, c := range kb.Categories {
		n += len(c.Keywords)
	}
	return n
}

// addProducts indexes product names and aliases, and the autocomplete choices.
func (ix *Index) addProducts(products []*Product) {
	for _, p := range products {
		ix.add(p.Name, Hit{Kind: HitProduct, ID: p.ID, Ambiguous: p.Ambiguous && isEveryday(p.Name)}, 3)
		for _, a := range p.Aliases {
			ix.add(a, Hit{Kind: HitProduct, ID: p.ID, Ambiguous: p.Ambiguous && isEveryday(a) || oneLetter(a), Alias: true}, 2)
		}
		ix.products = append(ix.products, Choice{Name: p.Name, Value: p.ID})
		ix.productKeys = append(ix.productKeys, p.Name)
		for _, a := range p.Aliases {
			ix.products = append(ix.products, Choice{Name: a + " → " + p.Name, Value: p.ID})
			ix.productKeys = append(ix.productKeys, a)
		}
	}
}

// addTools indexes tool names, ids, aliases and short names, and the autocomplete choices.
func (ix *Index) addTools(tools []*Tool) {
	firstWords := map[string]int{}
	for _, t := range tools {
		if f := strings.Fields(textnorm.Fold(t.Name)); len(f) > 1 {
			firstWords[f[0]]++
		}
	}
	for _, t := range tools {
		amb := func(s string) bool { return t.Ambiguous && isEveryday(s) || oneLetter(s) }
		ix.add(t.Name, Hit{Kind: HitTool, ID: t.ID, Ambiguous: amb(t.Name)}, 3)
		ix.add(t.ID, Hit{Kind: HitTool, ID: t.ID, Alias: true, Ambiguous: amb(t.ID)}, 1)
		for _, a := range t.Aliases {
			ix.add(a, Hit{Kind: HitTool, ID: t.ID, Alias: true, Ambiguous: amb(a)}, 2)
		}
		// "Jitsi Meet" is "jitsi" for most people; but "Uptime Kuma" is not "uptime", so a
		// derived short name needs a request cue like an everyday word.
		// Nor is "Speech Note" "speech": a first word that is a dictionary word stays a word.
		if f := strings.Fields(textnorm.Fold(t.Name)); len(f) > 1 && len(f[0]) >= 5 && firstWords[f[0]] == 1 && !genericFirstWords[f[0]] &&
			!textnorm.IsEnglishWord(f[0]) && !textnorm.IsFrenchWord(f[0]) {
			ix.add(f[0], Hit{Kind: HitTool, ID: t.ID, Alias: true, Ambiguous: true}, 1)
		}
		ix.tools = append(ix.tools, Choice{Name: t.Name, Value: t.ID})
		ix.toolKeys = append(ix.toolKeys, t.Name)
	}
}

// buildDeletes indexes the vocabulary by symmetric deletes, on the first typo to correct:
// start-up stays fast and a KB swap costs nothing until a typo comes.
func (ix *Index) buildDeletes() {
	ix.ears = map[string][]string{}
	for _, names := range [][]string{ix.productFold, ix.toolFold} {
		for _, n := range names {
			if k := textnorm.EarKey(n); len(k) >= minEarKey && !slices.Contains(ix.ears[k], n) {
				ix.ears[k] = append(ix.ears[k], n)
			}
		}
	}
	ix.deletes = make(map[string]int32, len(ix.vocab)*16)
	ix.delWords = make([]string, 0, len(ix.vocab))
	for w := range ix.vocab {
		n := textnorm.MaxTypos(len(w))
		if n == 0 {
			continue
		}
		id := int32(len(ix.delWords))
		ix.delWords = append(ix.delWords, w)
		for _, d := range textnorm.Deletes(w, n) {
			ix.addDelete(d, id)
		}
	}
}

// addDelete notes that the word with this id has the delete key d.
func (ix *Index) addDelete(d string, id int32) {
	v, ok := ix.deletes[d]
	switch {
	case !ok:
		ix.deletes[d] = id
	case v >= 0:
		ix.delMulti = append(ix.delMulti, []int32{v, id})
		ix.deletes[d] = -int32(len(ix.delMulti))
	default:
		ix.delMulti[-v-1] = append(ix.delMulti[-v-1], id)
	}
}

// deleted returns the ids of the words with the delete key d; one holds a single id.
func (ix *Index) deleted(d string, one *[1]int32) []int32 {
	v, ok := ix.deletes[d]
	switch {
	case !ok:
		return nil
	case v >= 0:
		one[0] = v
		return one[:]
	default:
		return ix.delMulti[-v-1]
	}
}

func sortHits(h []Hit) {
	sort.SliceStable(h, func(i, j int) bool {
		if h[i].Kind != h[j].Kind {
			return h[i].Kind < h[j].Kind
		}
		return !h[i].Alias && h[j].Alias
	})
}

// oneLetter reports an alias of one letter ("X" for Twitter): like an everyday word, it
// counts only with a cue ("alternative à X", "quitter X").
func oneLetter(s string) bool { return utf8.RuneCountInString(textnorm.Fold(s)) == 1 }

// isEveryday reports whether a product name or alias is a single everyday word that needs
// a cue ("teams", "word"); multi-word names ("Microsoft Teams") are unambiguous.
func isEveryday(s string) bool { return !strings.Contains(textnorm.Fold(s), " ") }

// add indexes a phrase under its folded form, which it returns.
func (ix *Index) add(phrase string, h Hit, weight int) string {
	k := textnorm.Fold(phrase)
	if k == "" {
		return ""
	}
	ix.phrases[k] = appendHit(ix.phrases[k], h)
	// The glued form of a name catches "googledocs"; a glued form that is a word of its
	// own ("ad ds" → "adds") would catch that word.
	if g := strings.ReplaceAll(k, " ", ""); len(g) >= 4 && (g == k || !textnorm.IsEnglishWord(g) && !textnorm.IsFrenchWord(g)) {
		ix.glued[g] = appendHit(ix.glued[g], h)
	}
	words := strings.Fields(k)
	ix.maxWords = max(ix.maxWords, len(words))
	for _, w := range words {
		if len(w) >= 2 {
			ix.vocab[w] += weight
		}
	}
	return k
}

func appendHit(list []Hit, h Hit) []Hit {
	for i, e := range list {
		if e.Kind == h.Kind && e.ID == h.ID {
			if e.Alias && !h.Alias {
				list[i] = h
			}
			return list
		}
	}
	return append(list, h)
}

// addLoose indexes the skeleton of a need or keyword of two words or more, so that
// "compresser des vidéos" finds "compresser une vidéo". folded is the phrase folded.
func (ix *Index) addLoose(folded string, h Hit) {
	if k, n := textnorm.Skeleton(strings.Fields(folded)); n >= 2 {
		ix.loose[k] = appendHit(ix.loose[k], h)
	}
}

// Loose returns the needs and categories whose skeleton is k (see textnorm.Skeleton);
// the conversion in the map index does not allocate.
func (ix *Index) Loose(k []byte) []Hit { return ix.loose[string(k)] }

// spell keeps a need or keyword phrase as written; folding them all waits for the first
// title that needs one, so loading stays fast.
func (ix *Index) spell(phrase string) { ix.written = append(ix.written, phrase) }

// Spelling returns a folded need or keyword phrase as the KB writes it ("sans base de
// données"), or the folded phrase itself when the KB has no such phrase.
func (ix *Index) Spelling(folded string) string {
	ix.spellOne.Do(func() {
		ix.spelling = make(map[string]string, len(ix.written))
		for _, p := range ix.written {
			if k := textnorm.Fold(p); ix.spelling[k] == "" {
				ix.spelling[k] = p
			}
		}
	})
	if s := ix.spelling[folded]; s != "" {
		return s
	}
	return folded
}

// MaxPhraseWords is the longest phrase, in words, that understanding looks for in a
// message: longer needs never match, and the loader warns about them.
const MaxPhraseWords = 8

// MaxWords is the length in words of the longest indexed phrase.
func (ix *Index) MaxWords() int { return ix.maxWords }

// Phrase returns the entries named exactly by a folded phrase.
func (ix *Index) Phrase(k string) []Hit { return ix.phrases[k] }

// PhraseBytes is Phrase for a key built in a buffer; the lookup does not allocate.
func (ix *Index) PhraseBytes(k []byte) []Hit { return ix.phrases[string(k)] }

// GluedBytes is Glued for a key built in a buffer.
func (ix *Index) GluedBytes(k []byte) []Hit {
	if len(k) < 4 {
		return nil
	}
	return ix.glued[string(k)]
}

// Glued returns the entries whose name, without spaces, is k ("googledocs").
func (ix *Index) Glued(k string) []Hit {
	if len(k) < 4 {
		return nil
	}
	return ix.glued[k]
}

// Known reports whether w is a word of some indexed phrase.
func (ix *Index) Known(w string) bool { _, ok := ix.vocab[w]; return ok }

// minEarKey is the shortest sound key trusted, for words of six letters or more: shorter
// ones match too many names ("indie" is no Indy).
const minEarKey = 4

// Warm builds now what the first typo and the first title would otherwise build (about a
// tenth of a second), so that a server can pay it in the background after a load rather
// than in the first person's answer.
func (ix *Index) Warm() {
	ix.once.Do(ix.buildDeletes)
	ix.Spelling("")
}

// ByEar returns the product or tool name, folded and of the given number of words, that a
// word or phrase no dictionary knows sounds like to a French ear ("skaipe" → "skype", "tim
// viewer" → "team viewer"); "" when none or more than one does.
func (ix *Index) ByEar(folded string, words int) string {
	k := textnorm.EarKey(folded)
	if len(k) < minEarKey || len(folded) < 5 || len(k) == minEarKey && len(folded) < 6 {
		return ""
	}
	ix.once.Do(ix.buildDeletes)
	found := ""
	for _, n := range ix.ears[k] {
		if len(strings.Fields(n)) != words {
			continue
		}
		if found != "" && found != n {
			return "" // two names sound alike: no guess
		}
		found = n
	}
	return found
}

// Correct returns the vocabulary word within the typo budget of w (by w's length), the
// closest and then the most used; false when none is close or w is already known.
func (ix *Index) Correct(w string) (string, bool) {
	n := textnorm.MaxTypos(len(w))
	if n == 0 || ix.Known(w) {
		return "", false
	}
	ix.once.Do(ix.buildDeletes)
	best, bestD, bestW := "", n+1, -1
	var one [1]int32
	for _, d := range textnorm.Deletes(w, n) {
		for _, id := range ix.deleted(d, &one) {
			cand := ix.delWords[id]
			// In a word of four letters, one changed first letter makes another word
			// ("Cuma" is no "Kuma"): there, only the first letter is trusted.
			if textnorm.MaxTypos(len(cand)) == 0 || len(w) < 5 && cand[0] != w[0] {
				continue
			}
			dist := textnorm.Distance(w, cand, min(n, textnorm.MaxTypos(len(cand))))
			// A changed first letter and one more change make another word: "songbook" is
			// no "logbook".
			if dist > n || dist > 1 && cand[0] != w[0] {
				continue
			}
			if dist < bestD || (dist == bestD && (ix.vocab[cand] > bestW || ix.vocab[cand] == bestW && cand < best)) {
				best, bestD, bestW = cand, dist, ix.vocab[cand]
			}
		}
	}
	return best, best != ""
}

// CompleteProducts returns up to n products whose name or alias matches what was typed,
// best first (subsequence matching, so "gdr" finds Google Drive).
func (ix *Index) CompleteProducts(typed string, n int) []Choice {
	return complete(ix.products, ix.productKeys, ix.productFold, typed, n)
}

// CompleteTools returns up to n tools matching what was typed.
func (ix *Index) CompleteTools(typed string, n int) []Choice {
	return complete(ix.tools, ix.toolKeys, ix.toolFold, typed, n)
}

// Suggest returns up to n product or tool names resembling typed, for "did you mean…".
// Only names starting with the same letter are considered: it keeps the cost flat on a
// large KB, and a first letter is rarely the one mistyped.
func (ix *Index) Suggest(typed string, n int) []string {
	ft := textnorm.Fold(typed)
	if len(ft) < 3 {
		return nil
	}
	var keys, names []string
	for _, list := range []struct{ fold, keys []string }{{ix.productFold, ix.productKeys}, {ix.toolFold, ix.toolKeys}} {
		for i, f := range list.fold {
			if f != "" && f[0] == ft[0] {
				keys = append(keys, f)
				names = append(names, list.keys[i])
			}
		}
	}
	var out []string
	for _, m := range fuzzy.Find(ft, keys) {
		name := names[m.Index]
		if !slices.Contains(out, name) {
			out = append(out, name)
		}
		if len(out) == n {
			break
		}
	}
	return out
}

func complete(choices []Choice, keys, folded []string, typed string, n int) []Choice {
	typed = strings.TrimSpace(typed)
	var out []Choice
	seen := map[string]bool{}
	push := func(c Choice) bool {
		if seen[c.Value] {
			return len(out) < n
		}
		seen[c.Value] = true
		out = append(out, c)
		return len(out) < n
	}
	if typed == "" {
		for _, c := range choices {
			if !push(c) {
				break
			}
		}
		return out
	}
	ft := textnorm.Fold(typed)
	// Prefix matches first: what people expect when they type the start of a name.
	for i, k := range folded {
		if strings.HasPrefix(k, ft) {
			if !push(choices[i]) {
				return out
			}
		}
	}
	for _, m := range fuzzy.Find(typed, keys) {
		if !push(choices[m.Index]) {
			break
		}
	}
	return out
}
