// SPDX-License-Identifier: AGPL-3.0-or-later

package bot

// Clauses of a message and what they say of the names in them: where a clause opens,
// what "pour ça" points back to, the means of today, the name a message opens on.

import (
	"slices"
	"strings"

	"github.com/boussole-libre/boussole/knowledge"
)

// thatAsked puts first the name a closing "pour ça" points back to: "…comment tenir une
// compta. Y a un logiciel libre simple pour ça ?" asks for accounting, whatever the
// story named before.
func (r *reading) thatAsked() {
	at := -1
	for i := range r.fixed {
		if phraseAt(r.fixed, i, thatPhrases) > 0 {
			at = i
		}
	}
	if at < 0 || slices.ContainsFunc(r.matches, func(m phraseMatch) bool { return m.start > at }) {
		return
	}
	last := -1
	for k, m := range r.matches {
		if r.byMeans(m) || slices.Contains(r.usedNeeds, m.hit.ID) || recipients(r.fixed, m.start) {
			continue // "tout se fait par mail et tableur": how it is done today
		}
		if r.kept(m) {
			last = k
		}
	}
	if last < 0 {
		return
	}
	for _, m := range r.matches {
		if m.start != r.matches[last].start || !r.kept(m) {
			continue // every name the last words make: "s'inscrivent aux permanences"
		}
		if m.hit.Kind == knowledge.HitCategory {
			r.u.Categories = moveFirst(r.u.Categories, m.hit.ID)
		} else {
			k := slices.Index(r.u.Needs, m.hit.ID)
			r.u.needOrder[k] = min(r.u.needOrder[k], -1)
		}
	}
}

// recipients reports a name said as whom something is sent to: "envoyer une lettre d'info
// à 300 adhérents… un logiciel pour ça" asks for the newsletter, not for the members' file.
func recipients(toks []string, i int) bool {
	j := i - 1
	for j >= 0 && (isNumber(toks[j]) || definiteWords[toks[j]] || possessives[toks[j]] || toks[j] == "tous" || toks[j] == "all") {
		j--
	}
	if j < 1 || !(toks[j] == "a" || toks[j] == "aux" || toks[j] == "to") {
		return false
	}
	for k := j - 1; k >= 0 && k >= j-6; k-- {
		if sendVerbs[toks[k]] {
			return true
		}
	}
	return false
}

var sendVerbs = wordSet("envoyer", "envoie", "envoyons", "envoient", "diffuser", "diffuse", "send", "sending", "sends", "email", "mail")

var (
	meansPrepositions = wordSet("dans", "sur", "in", "on")
	sheetWords        = wordSet("tableur", "tableurs", "spreadsheet", "spreadsheets", "excel", "sheet", "sheets")
)

// kept reports a category or need match still among what the message names.
func (r *reading) kept(m phraseMatch) bool {
	return m.hit.Kind == knowledge.HitCategory && slices.Contains(r.u.Categories, m.hit.ID) ||
		m.hit.Kind == knowledge.HitNeed && slices.Contains(r.u.Needs, m.hit.ID)
}

// byMeans reports a name said as the means things are done with today: "par mail",
// "par mail et tableur".
func (r *reading) byMeans(m phraseMatch) bool {
	for m.start > 0 {
		prev := r.fixed[m.start-1]
		if prev == "par" || prev == "by" || prev == "via" {
			return true
		}
		if m.start > 2 && indefinite[prev] && meansPrepositions[r.fixed[m.start-2]] && (trackVerbs[r.fixed[m.start-3]] || sheetWords[r.fixed[m.start]]) {
			return true // "tout est suivi dans un tableur partagé", "we do the accounts in a spreadsheet"
		}
		if meansListed(r.fixed, m.start) {
			return true // "gérés par SMS et un tableur partagé"
		}
		if doneNowWith(r.fixed, m.start) {
			return true // "actuellement c'est un tableur qui fait peur"
		}
		k := slices.IndexFunc(r.matches, func(o phraseMatch) bool { return o.end == m.start-1 })
		if !coordinators[prev] || k < 0 {
			return false
		}
		m = r.matches[k]
	}
	return false
}

// doneNowWith reports a name said as what is used today: "actuellement c'est un
// tableur", "for now it's a spreadsheet", "aujourd'hui on utilise un Excel".
func doneNowWith(toks []string, i int) bool {
	for j := i - 1; j >= 0 && j >= i-5; j-- {
		switch w := toks[j]; {
		case nowWords[w]:
			return true
		case !nowFiller[w]:
			return false
		}
	}
	return false
}

var (
	nowWords  = wordSet("actuellement", "currently", "aujourd", "hui", "now", "today", "instant", "moment")
	nowFiller = wordSet("c", "est", "ce", "sont", "on", "a", "utilise", "utilisons", "un", "une", "le", "la", "des", "it", "s", "is",
		"we", "use", "an", "the", "just", "juste", "que", "qu", "encore", "toujours", "still", "only", "gros", "big", "vieux", "old")
)

// meansListed reports a name in a list after "par": "par SMS et un tableur" — one other
// word, a coordinator and articles between.
func meansListed(toks []string, i int) bool {
	words, linked := 0, false
	for j := i - 1; j >= 0 && j >= i-5; j-- {
		switch w := toks[j]; {
		case w == "par" || w == "via":
			return linked && words == 1
		case coordinators[w]:
			linked = true
		case indefinite[w] || definiteWords[w]:
		default:
			words++
		}
	}
	return false
}

var thatPhrases = phraseList("pour ca", "pour cela", "for that", "for this", "pour faire ca", "to do that", "to do this")

var trackVerbs = wordSet("suivi", "suivis", "suivie", "note", "notes", "notee", "gere", "geres", "geree", "fait", "faits", "tenu", "tenus")

// clauses returns where the message's clauses start, computed once.
func (r *reading) clauses() map[int]bool {
	return r.starts(&r.clauseAt, ".!?;:,()\n")
}

// sentences returns the token indexes that open a sentence.
func (r *reading) sentences() map[int]bool {
	return r.starts(&r.sentenceAt, ".!?\n")
}

// parens returns the token indexes next to a parenthesis, where no name spans.
func (r *reading) parens() map[int]bool {
	return r.starts(&r.parenAt, "()[]")
}

// starts computes once, into *memo, the token indexes that open a piece of the message
// between the separators; the message's start alone when the pieces do not add up.
func (r *reading) starts(memo *map[int]bool, seps string) map[int]bool {
	if *memo == nil && !strings.ContainsAny(r.text, seps) {
		*memo = map[int]bool{0: true}
	}
	if *memo == nil {
		*memo = splitStarts(r.text, len(r.toks), seps)
		if *memo == nil {
			*memo = map[int]bool{0: true}
		}
	}
	return *memo
}

// opensTask reports a category that the message opens on as a task: "faire un site pour
// mon gîte avec les dispos et un formulaire de contact", "un site pour l'école de cirque
// avec les horaires et les photos" ask for a website.
// But "un site pour notre boutique": the shop says which kind of site.
func (r *reading) opensTask(m phraseMatch) bool {
	toks := r.toks
	if m.start == 2 && infinitive(toks[0]) && indefinite[toks[1]] {
		return true
	}
	if m.start != 1 || !indefinite[toks[0]] || m.end+1 >= len(toks) || toks[m.end] != "pour" && toks[m.end] != "for" || !forWhom[toks[m.end+1]] {
		return false
	}
	return !slices.ContainsFunc(r.matches, func(o phraseMatch) bool {
		return o.hit.Kind == knowledge.HitCategory && o.start > m.end+1 && o.start <= m.end+3
	})
}

// forWhom open whom or what a thing is for, not a purpose: "pour l'école", "for our club"
// — not "pour que les membres s'inscrivent".
var forWhom = wordSet("l", "le", "la", "les", "mon", "ma", "mes", "notre", "nos", "un", "une", "the", "our", "my", "a")

// painAfter reports a pain phrase right after a name: "un tableur partagé c'est le bazar"
// opens on what hurts, not on what is asked.
func painAfter(toks []string, end int) bool {
	for i := end; i < len(toks) && i <= end+2; i++ {
		if phraseAt(toks, i, painPhrases) > 0 {
			return true
		}
	}
	return false
}

// opensWith reports a need that opens the message after "un", "une": "un forum pour les
// parents d'élèves ? les groupes WhatsApp…" asks for a forum.
func opensWith(toks []string, m phraseMatch) bool {
	return m.start == 1 && indefinite[toks[0]] || m.start == 0 && m.end-m.start > 1 && indefinite[toks[0]]
}
