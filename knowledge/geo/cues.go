// SPDX-License-Identifier: AGPL-3.0-or-later

package geo

// Place cues: the words that announce a place ("à", "près de", "dans le"), how strong
// they are, and the articles that may stand between a cue and the name.

import (
	"slices"
	"strings"
)

// Cue words announce a place: "à Rennes", "près de Nantes", "dans le Nord", "in Brittany".
var strongCues = map[string]bool{
	"a": true, "au": true, "aux": true, "vers": true, "sur": true, "dans": true,
	"pres": true, "autour": true, "cote": true, "region": true, "departement": true,
	"dept": true, "dpt": true, "in": true, "near": true, "around": true, "at": true,
	"from": true, "proche": true, "environs": true, "secteur": true, "coin": true,
}

// takesDe are the cues followed by "de": "près de", "autour de", "du côté de".
var takesDe = map[string]bool{"pres": true, "autour": true, "cote": true, "proche": true, "environs": true,
	"region": true, "departement": true, "secteur": true, "coin": true, "proximite": true, "loin": true}

// notFar reports "pas loin de", "pas trop loin de", "not far from": near, where "loin de"
// alone is far.
func notFar(toks []string, j int) bool {
	switch toks[j] {
	case "loin":
		return j > 0 && (toks[j-1] == "pas" || j > 1 && toks[j-1] == "trop" && toks[j-2] == "pas")
	case "from":
		return j > 1 && toks[j-1] == "far" && toks[j-2] == "not"
	}
	return false
}

// placeCues announce a place without doubt: an ordinary word after "sur" or "dans" ("sur
// la ligne", "dans la table") is not a commune.
var placeCues = map[string]bool{"a": true, "au": true, "aux": true, "pres": true, "autour": true,
	"vers": true, "proche": true, "near": true, "around": true, "in": true, "at": true, "cote": true, "environs": true}

// depAfter reads the département written right after a commune's name: "(60)", "dans
// l'Oise", "en Isère", "in the Oise".
func (g *Geo) depAfter(toks []string, next int) string {
	if next >= len(toks) {
		return ""
	}
	if t := toks[next]; len(t) >= 2 && len(t) <= 3 {
		if dep := DepCode(t); g.deps[dep] != nil {
			return dep
		}
	}
	if toks[next] != "dans" && toks[next] != "en" && toks[next] != "in" && toks[next] != "a" {
		return ""
	}
	j := next + 1
	for j < len(toks) && definite[toks[j]] {
		j++
	}
	if j > next+1 && j < len(toks) && toks[next] != "a" && len(toks[j]) >= 2 && len(toks[j]) <= 3 {
		if dep := DepCode(toks[j]); g.deps[dep] != nil {
			return dep // "Valence dans le 82", "Boulogne in the 62"
		}
	}
	for n := min(4, len(toks)-j); n >= 1; n-- {
		for _, r := range g.names[strings.Join(toks[j:j+n], " ")] {
			if r.kind == kindDep && (!r.common || j > next+1) && toks[next] != "a" {
				return r.code
			}
			if r.kind == kindRegion {
				if dep := g.onlyDep(r.code); dep != "" {
					return dep // "Sainte-Rose, à la Réunion": the one in 974
				}
			}
		}
	}
	return ""
}

// onlyDep returns the département of a region that has only one (the overseas regions),
// or "".
func (g *Geo) onlyDep(region string) string {
	found := ""
	for code, d := range g.deps {
		if d.Region == region {
			if found != "" {
				return ""
			}
			found = code
		}
	}
	return found
}

// areaWords follow a city named as the centre of an area in English: "the Lyon area".
var areaWords = map[string]bool{"area": true, "region": true, "metro": true, "metropolitan": true, "suburbs": true, "agglomeration": true}

var definite = map[string]bool{"le": true, "la": true, "les": true, "l": true, "du": true, "des": true, "the": true}

var articles = map[string]bool{"le": true, "la": true, "les": true, "l": true, "de": true, "du": true, "d": true, "des": true, "the": true}

// cueBefore reports whether the words before position i announce a place, and whether an
// article stands between the cue and the name ("dans la Vienne" names the département,
// "à Vienne" the city).
func cueBefore(toks []string, i int) (cue, article bool) {
	if i > 0 && (toks[i-1] == "on" || toks[i-1] == "in") && (islands[toks[i]] || toks[i] == "la" && i+1 < len(toks) && toks[i+1] == "reunion") {
		// "a guide company on La Réunion", "on Corsica", "a surf school in Réunion": English
		// names the island without the French article.
		// ("on corse la sauce" keeps its French verb: "on" needs the article).
		return true, toks[i-1] == "in"
	}
	j := i - 1
	partitive := false
	for j >= 0 && articles[toks[j]] && i-j <= 2 {
		// "de" and "d" belong to the cue ("près de Nantes"); le, la, les are articles.
		article = article || definite[toks[j]]
		partitive = partitive || !definite[toks[j]]
		j--
	}
	if i > 0 && weakCue(toks, i-1) {
		return true, false
	}
	if j < 0 || !(strongCues[toks[j]] || toks[j] == "en" || notFar(toks, j)) {
		return false, article
	}
	// "on a eu", "il a lu": "a" after a subject is the verb, not "à".
	if toks[j] == "a" && j > 0 && subjectsBefore[toks[j-1]] && !objectThat(toks, j-1) {
		return false, article
	}
	// "de" goes with "près", "autour", "côté": "n'a de sens" has no place cue.
	if partitive && !takesDe[toks[j]] {
		return false, article
	}
	return true, article
}

// regionAt reports a region named in several words at i, under today's name: no produce
// or colour is named after one ("le comité régional des pêches des Hauts-de-France").
func (g *Geo) regionAt(toks []string, i int) bool {
	for n := 2; n <= g.maxWords && i+n <= len(toks); n++ {
		if slices.ContainsFunc(g.names[strings.Join(toks[i:i+n], " ")], func(r ref) bool { return r.kind == kindRegion }) {
			return true
		}
	}
	return false
}

// islands open the names of islands English puts after "on".
var islands = map[string]bool{"reunion": true, "corsica": true, "corse": true, "guadeloupe": true, "martinique": true,
	"mayotte": true, "belle": true, "ouessant": true, "oleron": true, "re": true, "noirmoutier": true}

// weakCue reports words that announce a town but not an ordinary word read as one:
// "bonjour depuis Pointe-à-Pitre", "la mairie de Pointe-à-Pitre" — yet "depuis mars" is a
// month and "la mairie de Plaisir" needs more (see weakCued) unless it ends the message
// (see eventOfTown).
func weakCue(toks []string, j int) bool {
	return toks[j] == "depuis" || (toks[j] == "de" || toks[j] == "d") && j > 0 && townNouns[toks[j-1]] ||
		toks[j] == "to" && j > 0 && movingWords[toks[j-1]] // "a research group moving to Saclay"
}

var movingWords = map[string]bool{"moving": true, "move": true, "moved": true, "relocating": true, "relocate": true, "relocated": true}

// townNouns are the institutions named after their town: "la mairie de Cahors".
var townNouns = map[string]bool{"mairie": true, "ville": true, "commune": true, "agglo": true, "agglomeration": true,
	"metropole": true,
	// "l union commerciale de Figeac", "l office de tourisme de Vannes"
	"commerciale": true, "commercants": true, "tourisme": true}

// weakCued reports a place word announced by a weak cue only: it never makes an ordinary
// word a place.
func weakCued(toks []string, i int) bool {
	return i > 0 && weakCue(toks, i-1)
}

// placeCueBefore reports whether the cue before i (articles and "de" skipped) is one of
// placeCues.
func placeCueBefore(toks []string, i int) bool {
	j := i - 1
	for j >= 0 && articles[toks[j]] && i-j <= 2 {
		j--
	}
	return j >= 0 && placeCues[toks[j]]
}

// articleCue reports whether the name at i follows "au"/"aux", or "à la", "près de la"…
func articleCue(toks []string, i int) bool {
	switch {
	case i >= 1 && (toks[i-1] == "au" || toks[i-1] == "aux"):
		return true
	case i >= 2 && definite[toks[i-1]] && toks[i-1] != "du" && toks[i-1] != "des" &&
		(toks[i-2] == "a" || toks[i-2] == "de" || toks[i-2] == "vers"):
		return true
	case i >= 2 && (toks[i-1] == "du" || toks[i-1] == "des") && takesDe[toks[i-2]]:
		return true // "près du Croisic", "autour des Sables": "près de" with the article
	}
	return false
}
