// SPDX-License-Identifier: AGPL-3.0-or-later

package geo

// Choosing among the places that share a name, from what the words around it say.

import "strings"

// pickContext is what the words around a name say about it.
type pickContext struct {
	cue      bool // a place cue stands before it ("à", "près de", "en"…)
	strong   bool // a cue other than a bare "en"
	article  bool // an article stands between the cue and the name
	asked    bool // the message asks for providers: it expects a place
	bareDans bool // "dans" without an article
	// ofThe: "du" stands before: "les épiceries du Grand Est" names the region even
	// without a place cue, where "le plus grand est" is a sentence.
	ofThe bool
	// articleCue: "au", "aux", or "à"/"près de"/"vers" then an article: the only places a
	// name written without its article ("au Mans") stands.
	articleCue bool
	multiword  bool // the name has several words ("la réunion", "grand est")
	// leadingArticle: the name starts with an article ("le tampon", "la rochelle").
	leadingArticle bool
	placeCue       bool // the cue is one of placeCues, not "sur" or "dans"
	last           bool // the name ends the message ("prestataire AURA")
	first          bool // the name opens the message ("Corte : quelqu'un pour installer…")
	body           bool // the name follows a local authority's ("la comcom Creuse Grand Sud")
	// contracted: "au" or "aux" stands right before: only a name with its article ("au
	// Mans") or a feminine or plural area fits, not "les permanences au jardin".
	contracted bool
}

// pick chooses among the places sharing a name, given the words around it.
func (g *Geo) pick(list []ref, c pickContext) (ref, bool) {
	var best *ref
	cue, strong, article := c.cue, c.strong, c.article
	for k := range list {
		r := &list[k]
		if g.ofTheCity(r, c) {
			best = r // "notre asso de plaisanciers du Havre"
			break
		}
		if (r.common && !strong) || (r.ordinary && !(c.asked && c.placeCue)) || (r.stripped && !c.articleCue) ||
			(r.askedOnly && !(c.asked && (cue || c.last)) && !(c.multiword && (cue || c.ofThe))) {
			continue
		}
		// A département or region that is an ordinary word takes its article: "dans le Var",
		// "dans la Manche" — "à var", "à somme" are not places.
		if r.common && r.kind != kindCommune && !article && !c.multiword && !c.body {
			continue
		}
		// "il y a eu", "il a bu": a name of one or two letters is a place only when asked.
		if r.common && r.kind == kindCommune && len(g.communes[r.idx].key) <= 2 && !c.asked {
			continue
		}
		if r.kind == kindCommune && c.contracted && !r.stripped {
			continue // "au jardin" is no Jardin (38): a commune without an article takes "à"
		}
		if r.kind == kindCommune {
			if g.communeFits(r, c, best) {
				best = r
			}
			continue
		}
		if best == nil {
			best = r
		}
	}
	if best == nil {
		return ref{}, false
	}
	return *best, true
}

// ofTheCity reports a city whose name opens with "le", written after "du" ("du Havre",
// "du Mans"): big enough that the phrase names it, where "du port" is a harbour.
func (g *Geo) ofTheCity(r *ref, c pickContext) bool {
	return r.stripped && c.ofThe && r.kind == kindCommune && !r.ordinary && g.communes[r.idx].Parent == "" &&
		strings.HasPrefix(g.communes[r.idx].key, "le ") && g.population(r.idx) >= 100000
}

// communeFits reports whether the commune r is the place meant, and better than best.
func (g *Geo) communeFits(r *ref, c pickContext, best *ref) bool {
	cue, strong, article := c.cue, c.strong, c.article
	// "sur la ligne", "dans le tampon": a commune is named without an article before it,
	// unless the article is part of its name.
	if (article && !r.stripped) || (c.bareDans && c.leadingArticle) {
		return false
	}
	pop := g.population(r.idx)
	// "au titre de" is not Le Titre, "à l'échelle" not L'Échelle: a village whose name is
	// ordinary French is never read from a sentence.
	// "au temple": a former commune merged into another ("Le Temple", now Mauléon) counts
	// its own people here, not the new commune's.
	if r.ordinary && (pop < commonLimit || g.communes[r.idx].Parent != "") {
		return false
	}
	// "Pointe-à-Pitre : quelqu'un forme…": a name of three words or more is no sentence by
	// chance, and needs no cue; "Corte : quelqu'un pour installer…" opens a request on where.
	if (!cue || c.bareDans) && pop < BigCity && !(c.multiword && strings.Count(g.communes[r.idx].key, " ") >= 2 && !r.common) &&
		!(c.first && c.asked && !r.common && pop >= commonLimit) {
		return false
	}
	// "près de Taizé": a short name that is no French word, firmly cued, is the village.
	if pop < commonLimit && (!strong || !distinctive(g.communes[r.idx].key) && (r.ordinary || r.common || len(g.communes[r.idx].key) < 5)) {
		return false
	}
	// "dans la Vienne": an article after the cue names a département or region, "à Vienne"
	// the commune.
	if best != nil && best.kind != kindCommune && article {
		return false
	}
	// A big city beats a département or region of the same name ("à Paris", "à Vienne"); a
	// village does not ("à la Réunion").
	return best == nil || (best.kind != kindCommune && !article && pop >= BigCity)
}

func uncommon(list []ref) []ref {
	var out []ref
	for _, r := range list {
		if !r.common {
			out = append(out, r)
		}
	}
	return out
}

// distinctive reports whether a village's name is unlikely to be an ordinary word in a
// sentence ("à la place de" is not Placé): several words, or a long single word.
func distinctive(key string) bool {
	return strings.Contains(key, " ") || len(key) >= 7
}
