// SPDX-License-Identifier: AGPL-3.0-or-later

package textnorm

import "strings"

// Plural reports a folded word that looks plural: "serveurs", "réseaux" — not "express".
func Plural(w string) bool {
	return len(w) > 3 && (w[len(w)-1] == 's' || w[len(w)-1] == 'x') && !strings.HasSuffix(w, "ss")
}

// Singular folds a plural-looking word: "serveurs" → "serveur", "vidéos" → "vidéo".
func Singular(w string) string {
	if Plural(w) {
		return w[:len(w)-1]
	}
	return w
}

// Skeleton reduces a folded phrase to what carries its meaning: no determiners, no
// "pour" or "libre", every word in the singular. "compresser des vidéos" and "compresser
// une vidéo" share the skeleton "compresser video"; "clavier libre pour android" and
// "clavier android" too. It returns the skeleton and how many words it kept.
func Skeleton(words []string) (string, int) {
	b, n := AppendSkeleton(nil, words)
	return string(b), n
}

// AppendSkeleton appends the skeleton of words to dst, for lookups that should not
// allocate.
func AppendSkeleton(dst []byte, words []string) ([]byte, int) {
	n := 0
	for _, w := range words {
		if SkeletonFiller(w) {
			continue
		}
		if n > 0 {
			dst = append(dst, ' ')
		}
		dst = append(dst, Singular(w)...)
		n++
	}
	return dst, n
}

// SkeletonFiller reports a word Skeleton leaves out: a determiner, "pour", "libre", or a
// count ("nos 40 bénévoles"), which says how many, not what.
func SkeletonFiller(w string) bool {
	return skeletonFillers[w] || w != "" && strings.Trim(w, "0123456789") == ""
}

var skeletonFillers = map[string]bool{
	"un": true, "une": true, "des": true, "le": true, "la": true, "les": true, "l": true, "du": true,
	"de": true, "d": true, "mes": true, "mon": true, "ma": true, "nos": true, "notre": true, "ses": true,
	"son": true, "sa": true, "tes": true, "ton": true, "ta": true, "vos": true, "votre": true,
	"leur": true, "leurs": true, "ce": true, "cet": true, "cette": true, "ces": true, "pour": true,
	"libre": true, "libres": true, "a": true, "au": true, "aux": true, "the": true, "an": true,
	"my": true, "our": true, "for": true, "of": true,
}
