// SPDX-License-Identifier: AGPL-3.0-or-later

package bot

// Matching the words of a message against the KB's index of names and phrases.

import (
	"slices"

	"github.com/boussole-libre/boussole/knowledge"
	"github.com/boussole-libre/boussole/knowledge/textnorm"
)

type phraseMatch struct {
	start, end int
	hit        knowledge.Hit
}

// matchPhrases finds KB names in toks, longest first and without overlap; glued forms
// catch "googledocs" and "drop box". No name spans a break: "GitHub (Copilot…" is GitHub.
// A need phrase gives way to a longer one starting inside it: "pour scanner des docs
// avec le tel" is the phone scanner's need, not "pour scanner".
func matchPhrases(ix *knowledge.Index, toks []string, exclude []bool, breaks map[int]bool) []phraseMatch {
	var out []phraseMatch
	for i := 0; i < len(toks); {
		hits, span := longestAt(ix, toks, i, exclude, breaks)
		if span == 0 {
			i++
			continue
		}
		if j := longerNeedInside(ix, toks, i, hits, span, exclude, breaks); j > 0 {
			i = j
			continue
		}
		for _, h := range hits {
			out = append(out, phraseMatch{i, i + span, h})
		}
		i += span
	}
	return out
}

// longestAt returns the longest KB name starting at i and how many words it spans (0
// when none does).
func longestAt(ix *knowledge.Index, toks []string, i int, exclude []bool, breaks map[int]bool) ([]knowledge.Hit, int) {
	for n := min(ix.MaxWords(), knowledge.MaxPhraseWords, len(toks)-i); n >= 1; n-- {
		if excluded(exclude, i, n) || crosses(breaks, i, n) {
			continue
		}
		hits, span := lookupAt(ix, toks, i, n, exclude)
		if len(hits) == 0 || (n == 1 && stopWords[toks[i]]) || n > 1 && i+n < len(toks) && lastWordSenses[toks[i+n-1]][toks[i+n]] {
			continue // "faire un compte rendu" is no "faire les comptes": a shorter phrase may still start here
		}
		if n == 1 && isIntentWord(toks[i]) {
			// "presta" asks for a provider even if some tool has it as a nickname.
			if hits = namesOnly(hits); len(hits) == 0 {
				continue
			}
		}
		return hits, span
	}
	return nil, 0
}

// longerNeedInside returns where a longer need phrase starts inside the need phrase at
// i, or 0: a need is a job described, and the longer description is the more exact one.
func longerNeedInside(ix *knowledge.Index, toks []string, i int, hits []knowledge.Hit, span int, exclude []bool, breaks map[int]bool) int {
	if !allNeeds(hits) {
		return 0
	}
	for j := i + 1; j < i+span; j++ {
		if h, n := longestAt(ix, toks, j, exclude, breaks); (n > span || n == span && narrows(toks, i+span-1, j)) && j+n > i+span && allNeeds(h) {
			return j
		}
	}
	return 0
}

// narrows reports a need phrase as long as the one before that takes up its last word and
// says whose or which it is: in "suivre mes dépenses de coloc", "dépenses de coloc" is the
// more exact job; "self-hosted CI on k8s" only says where it runs.
func narrows(toks []string, last, j int) bool {
	return j == last && last+1 < len(toks) && (toks[last+1] == "de" || toks[last+1] == "du" || toks[last+1] == "des" || toks[last+1] == "d")
}

// allNeeds reports hits that all name needs.
func allNeeds(hits []knowledge.Hit) bool {
	return !slices.ContainsFunc(hits, func(h knowledge.Hit) bool { return h.Kind != knowledge.HitNeed })
}

// lookupAt looks up the n words at i and says how many words the match spans: "<name>
// de <vendor>" first ("audition d'adobe" is Adobe Audition), then as written, glued
// ("drop box") and, for a phrase, in the singular ("serveurs mail").
func lookupAt(ix *knowledge.Index, toks []string, i, n int, exclude []bool) ([]knowledge.Hit, int) {
	// Keys are built in stack buffers: the index looks them up without a string.
	var kb, vb, gb [128]byte
	key := appendWords(kb[:0], toks[i:i+n], " ", false)
	if v := i + n; v+1 < len(toks) && (toks[v] == "de" || toks[v] == "d") && !excluded(exclude, v, 2) {
		vendorKey := append(append(append(vb[:0], toks[v+1]...), ' '), key...)
		// "Word de Microsoft" is a name; "un serveur de sauvegarde" read backwards is no need.
		if hits := ix.PhraseBytes(vendorKey); slices.ContainsFunc(hits, func(h knowledge.Hit) bool { return h.Kind.Names() }) {
			return hits, n + 2
		}
	}
	if hits := ix.PhraseBytes(key); len(hits) > 0 {
		return hits, n
	}
	// "drop box" for Dropbox — but a one-letter word or an article glued on is a word of
	// its own: "un petit gîte à la campagne" is no Gitea, "tours de table au conseil" no
	// Tableau.
	if n == 1 || !slices.ContainsFunc(toks[i:i+n], func(w string) bool { return len(w) < 2 || unglued[w] }) {
		if hits := ix.GluedBytes(appendWords(gb[:0], toks[i:i+n], "", false)); len(hits) > 0 {
			return hits, n
		}
	}
	if n > 1 && n <= 3 && slices.ContainsFunc(toks[i:i+n], textnorm.Plural) {
		if hits := ix.PhraseBytes(appendWords(gb[:0], toks[i:i+n], " ", true)); len(hits) > 0 {
			return hits, n
		}
	}
	// "compresser des vidéos" for "compresser une vidéo": a need said with other
	// determiners, in the plural, or with "libre pour" inside. The span starts and ends
	// on words that carry meaning.
	// A span that starts on "logiciel", "outil"… would swallow the request words.
	if n > 1 && !textnorm.SkeletonFiller(toks[i]) && !textnorm.SkeletonFiller(toks[i+n-1]) && !genericNouns[toks[i]] &&
		loosenable(toks[i:i+n]) {
		var buf [64]byte
		if k, words := textnorm.AppendSkeleton(buf[:0], toks[i:i+n]); words >= 2 {
			return ix.Loose(k), n
		}
	}
	return nil, n
}

// unglued are the articles and prepositions never glued into a name.
var unglued = wordSet("au", "aux", "le", "la", "les", "de", "du", "des", "un", "une", "en", "et", "ou", "sur",
	"par", "the", "of", "and", "to", "in", "ca", "ce", "se", "sa", "ma", "ta", "on", "il", "je", "tu", "ne", "ni", "si", "is", "it", "est") // "le CA. Libre et…" is no calibre; "my French is so-so" no Isso

// loosenable reports a span whose skeleton differs from it: a determiner, "pour",
// "libre" or a plural inside.
func loosenable(span []string) bool {
	return slices.ContainsFunc(span, func(w string) bool { return textnorm.SkeletonFiller(w) || textnorm.Plural(w) })
}

// appendWords appends words to dst with sep between them, in the singular when asked:
// "serveurs mails" → "serveur mail".
func appendWords(dst []byte, words []string, sep string, singular bool) []byte {
	for k, w := range words {
		if k > 0 {
			dst = append(dst, sep...)
		}
		if singular {
			w = textnorm.Singular(w)
		}
		dst = append(dst, w...)
	}
	return dst
}

func namesOnly(hits []knowledge.Hit) []knowledge.Hit {
	var out []knowledge.Hit
	for _, h := range hits {
		if !h.Alias {
			out = append(out, h)
		}
	}
	return out
}

// crosses reports a break inside the n words at i.
func crosses(breaks map[int]bool, i, n int) bool {
	for j := i + 1; j < i+n; j++ {
		if breaks[j] {
			return true
		}
	}
	return false
}

func excluded(ex []bool, i, n int) bool {
	if ex == nil {
		return false
	}
	for k := i; k < i+n; k++ {
		if ex[k] {
			return true
		}
	}
	return false
}
