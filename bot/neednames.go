// SPDX-License-Identifier: AGPL-3.0-or-later

package bot

// Which needs named are kept, and how brackets and glosses rank them.

import (
	"slices"
	"strings"
)

// keepNeed keeps a need named with the rank of its phrase, unless it only says what the
// asker's organisation does ("notre club de rando").
func (r *reading) keepNeed(m phraseMatch) {
	if r.needElsewhere(m) {
		return
	}
	phrase := strings.Join(r.fixed[m.start:m.end], " ")
	// "la facturation… et la facturation": the same words twice name one need once.
	repeated := slices.Contains(r.needPhrases[m.hit.ID], phrase)
	if r.needPhrases == nil {
		r.needPhrases = map[string][]string{}
	}
	r.needPhrases[m.hit.ID] = append(r.needPhrases[m.hit.ID], phrase)
	r.u.NeedWords = appendNew(r.u.NeedWords, phrase)
	order := len(r.u.NeedWords) - 1
	if (askedWhich(r.toks, m.start) || r.askedLibre(m) || opensWith(r.toks, m) && !painAfter(r.fixed, m.end) ||
		openedRequest(r.toks, r.clauses(), m.start) || keptFeature(r.fixed, m.start) || softwareForTask(r.fixed, m.start) || goalOf(r.toks, m.start) ||
		r.doneOnProduct(m) || hasAny(r.fixed[m.start:m.end], libreWords) && !freeAccess(r.fixed[m.start:m.end]) || setUpObject(r.fixed, m.start) || r.lastQuestionNeed(m) || r.restates(m) || softwareForOthers(r.fixed, m.start) || suitedFor(r.fixed, m.start) || kindLikened(r.fixed, m.start)) && !complainedOf(r.fixed, m.end) {
		order = -1 // "…quelle supervision libre ?", "un forum libre ?": the need asked leads
		r.askedNeed = true
	}
	order = r.bracketRank(m, order)
	if selfDescribed(r.toks, m.start) {
		order += usedNeedRank // "we're a small organic farm… open source e-shop?": who asks comes after
	}
	if cat := r.featureOf(m); cat != "" {
		order += usedNeedRank // "BI with dashboards": BI is asked, dashboards are how
		r.u.Categories = moveFirst(r.u.Categories, cat)
	}
	if inUse(r.fixed, m.start, 4) || inUseAlongside(r.fixed, m.start) || doneUnder(r.fixed, m.start) || r.byMeans(m) || r.backupTarget(m) || r.appsFor(m) ||
		m.end+1 < len(r.fixed) && switchedTo(r.fixed, m.end+1) { // "passer ses postes publics sous Linux": what moves
		// "on utilise l'ENT de la région mais… des quiz": quiz first; "tapés sous
		// traitement de texte": what it is done with today.
		order += usedNeedRank
		r.usedNeeds = appendNew(r.usedNeeds, m.hit.ID)
	}
	if complainedOf(r.fixed, m.end) {
		r.suffered = appendNew(r.suffered, m.hit.ID) // "l'ENT est une usine à gaz"
	} else {
		// "le planning des créneaux est un enfer… un logiciel où chaque bénévole choisit
		// ses créneaux ?": what hurts today, named again, is what is asked.
		r.suffered = slices.DeleteFunc(r.suffered, func(id string) bool { return id == m.hit.ID })
	}
	if k := slices.Index(r.u.Needs, m.hit.ID); k >= 0 {
		// Named twice, in other words ("les comptes rendus… on écrit tous ensemble"), a
		// need is what the message is about — before a tool that answers only the need
		// asked ("la trace des pc… un outil d'inventaire": GLPI, not a stock manager).
		if repeated {
			r.u.needOrder[k] = min(r.u.needOrder[k], order)
		} else {
			r.u.needOrder[k] = min(min(r.u.needOrder[k], order)-1, -1)
		}
		return
	}
	r.u.Needs = append(r.u.Needs, m.hit.ID)
	r.u.needOrder = append(r.u.needOrder, order)
}

// neededNot reports a need the asker wants to do without: "Google Analytics replacement
// that doesn't need a cookie banner", "pas besoin de bandeau cookies", "sans bandeau".
func neededNot(toks []string, i int) bool {
	k := i - 1
	for k >= 0 && (indefinite[toks[k]] || definiteWords[toks[k]] || toks[k] == "de" || toks[k] == "d") {
		k--
	}
	if k > 0 && addVerbs[toks[k]] {
		k-- // "sans mettre un cookie banner partout", "without adding a cookie banner"
	}
	if k < 0 {
		return false
	}
	return toks[k] == "sans" || toks[k] == "without" || k > 0 && (toks[k] == "need" || toks[k] == "besoin") && notWords[toks[k-1]]
}

var notWords = wordSet("pas", "t", "not", "doesn", "don", "plus", "jamais", "never", "no")

// addVerbs put something in place: "sans mettre un cookie banner" wants none — unlike
// "sans choper de virus", which wants protection.
var addVerbs = wordSet("mettre", "installer", "ajouter", "utiliser", "using", "adding", "installing", "putting")

// selfDescribed reports a need's words that say what the asker is, which rank after the
// needs asked: "we're a small organic
// farm selling veg boxes", "nous sommes une petite épicerie".
func selfDescribed(toks []string, i int) bool {
	// "je suis maraîchère": a trade says itself without an article in French — but "je
	// suis trésorière d'une asso" names a role whose work is asked.
	if i > 0 && (toks[i-1] == "suis" || toks[i-1] == "sommes" || i > 1 && toks[i-1] == "est" && toks[i-2] == "on") && !(i+1 < len(toks) && ofWords[toks[i+1]]) {
		return true
	}
	for k := i - 2; k >= max(0, i-5); k-- {
		if beingA(toks, k) {
			return true
		}
	}
	return false
}

// bracketRank ranks a need named in brackets: examples of what was said come after the
// needs and products outside ("déposer leurs pièces (relevés, factures)", "Notion pour
// les chantiers (devis, planning)"), an acronym glossing what
// was just described leads ("documents scannés en texte (OCR)").
func (r *reading) bracketRank(m phraseMatch, order int) int {
	if r.glosses(m) {
		r.askedNeed = true
		return -2
	}
	if r.inBrackets(m.start) && listInBrackets(r.text) && len(r.u.Needs)+len(r.u.Products)+len(r.u.Categories) > 0 {
		return order + usedNeedRank
	}
	return order
}

// glosses reports a need named by its acronym in brackets after the asker's own words:
// "convertir des documents scannés en texte (OCR)" gives the precise term for what was
// just described. Other bracketed words are often context ("(paniers légumes)").
func (r *reading) glosses(m phraseMatch) bool {
	return len(r.u.Needs) > 0 && r.glossed(m)
}

// glossed reports a one-word name written in capitals in brackets after other words: the
// asker's own words said what "(CRM)" names.
func (r *reading) glossed(m phraseMatch) bool {
	return m.end-m.start == 1 && m.start > 0 && strings.Contains(r.text, "("+strings.ToUpper(r.fixed[m.start])+")")
}

// listInBrackets reports brackets that hold a list of examples ("(relevés, factures)",
// "(machine inventory, tutorials, etc)") rather than an explanation ("visio (le logiciel
// de diagrammes)").
func listInBrackets(text string) bool {
	for rest := text; ; {
		i := strings.IndexByte(rest, '(')
		if i < 0 {
			return false
		}
		j := strings.IndexByte(rest[i:], ')')
		if j < 0 {
			return false
		}
		if parts := strings.Split(rest[i+1:i+j], ","); len(parts) > 1 && !slices.ContainsFunc(parts, func(p string) bool { return len(strings.Fields(p)) > 3 }) {
			return true // short items: "(relevés, factures)", not "(le logiciel de schémas hein, pas…)"
		}
		rest = rest[i+j:]
	}
}

// inBrackets reports a word inside round brackets, when the message's brackets pair up.
func (r *reading) inBrackets(i int) bool {
	if strings.Count(r.text, "(") != strings.Count(r.text, ")") || strings.HasPrefix(strings.TrimSpace(r.text), "(") || !strings.Contains(r.text, "(") {
		return false
	}
	starts := r.parens()
	piece := -1
	for k := 0; k <= i; k++ {
		if starts[k] {
			piece++
		}
	}
	return piece%2 == 1
}

// listedInBrackets reports a word written only inside a bracketed list of short items:
// "(install logiciel, comptes, imprimantes…)" lists examples, it asks for nothing.
func (r *reading) listedInBrackets(w string) bool {
	if !listInBrackets(r.text) {
		return false
	}
	seen := false
	for j, t := range r.toks {
		if t == w {
			if !r.inBrackets(j) {
				return false
			}
			seen = true
		}
	}
	return seen
}

// usedNeedRank ranks a need the asker already has a tool for after the needs it asks about.
const usedNeedRank = 8
