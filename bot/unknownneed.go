// SPDX-License-Identifier: AGPL-3.0-or-later

package bot

// Needs asked for in words the KB does not know, and how a need is cut from a message.

import "slices"

// unknownNeed reads a request for software whose need the KB has no word for: "une appli
// de covoiturage libre ?" gets an honest "je ne connais pas « covoiturage »" (and lands in
// the admins' /kb manques), not the small-talk answer.
func (r *reading) unknownNeed() {
	u, t := &r.u, r.fixed
	sought := hasAny(t, seekWords) || hasPhrase(t, needOpeners) // "Bonjour, on cherche un logiciel…" asks, greeting or not
	if u.Intent != IntentNone || r.chatted || heldOnly(t) || len(u.Products)+len(u.Tools)+len(u.Categories)+len(u.Needs) > 0 ||
		!(u.Question || hasAny(t, purposeWords) || softwareOpening(t) || sought) || hasAny(t, greetingWords) && !u.Question && !sought || hasAny(t, jokeWords) {
		return
	}
	for i := 0; i+2 < len(t); i++ {
		if !softwareWord(t, i) {
			continue
		}
		link := i + 1
		if purposeWords[t[link]] {
			link++ // "un outil libre pour…"
		}
		link = usedFor(t, link) // "which tool can I use to teach kids to code?"
		if link+1 >= len(t) || !needLinks[t[link]] {
			continue
		}
		start := link + 1
		if (t[link] == "pour" || t[link] == "for") && start+1 < len(t) && (definiteWords[t[start]] || possessives[t[start]]) {
			start++ // "une appli pour la météo", "pour ma clinique vétérinaire" — but "une appli de la mairie" is whose, not what for
		}
		start = afterThatClause(t, start)
		if need := needWords(t, start); need != nil {
			r.needUnknown(r.inClause(need, start)) // "to run a vet clinic? appointments…": up to the question mark
			return
		}
		break // "software to do colour separations": no words to quote, yet software is asked
	}
	if u.Question && softwareAsked(t) {
		if k := wantedAt(t); k > 0 {
			r.needUnknown(r.inClause(needWords(t, k), k))
		}
	}
	if u.Intent == IntentNone && libreSoftwareSought(t, u.Question || sought || hasPhrase(t, libreThings)) {
		// "any free software looper for practising at home?": software is plainly asked for,
		// in words the KB lacks — say so rather than answer with the greeting.
		u.Intent, u.UnknownNeed = IntentAlternative, true
		r.placeBack()
	}
}

// placeBack restores the place the small-talk reading had put aside, now that software is
// asked after all: "on est dans le 67, on voudrait un outil pour suivre la maturité".
func (r *reading) placeBack() {
	if r.place != nil && r.u.Place.IsZero() {
		r.u.Place = r.u.heard
	}
}

// afterThatClause skips "que la famille puisse" in "un outil pour que la famille puisse
// collecter des souvenirs": the need is what they will do.
func afterThatClause(t []string, start int) int {
	if start >= len(t) || t[start] != "que" && t[start] != "qu" {
		return start
	}
	for k := start + 1; k < len(t) && k <= start+5; k++ {
		if canSay(t[k]) {
			return k + 1
		}
	}
	return start
}

// canSay reports a form of "pouvoir" that opens what someone can do: "quelqu'un peut les
// récupérer ?", "pour que la famille puisse collecter…".
func canSay(w string) bool { return canForms[w] || pouvoirForms[w] }

// pouvoirForms are the forms of "pouvoir" other than the subjunctive's canForms.
var pouvoirForms = wordSet("peut", "peux", "peuvent", "pourrait", "pourrais", "pourraient", "pouvez", "pourriez", "pourra", "pourront")

// libreSoftwareSought reports a request for libre software itself: a software noun and a
// libre or free marker, in a question or a search.
func libreSoftwareSought(t []string, asked bool) bool {
	return asked && (hasAny(t, softwareNounsStrict) && (hasAny(t, libreMarkers) || hasPhrase(t, openSource)) || hasPhrase(t, libreThings))
}

// libreThings ask for a libre thing with no software noun: "un truc libre ça existe ?".
var libreThings = phraseList("un truc libre", "quelque chose de libre", "qqch de libre", "qqchose de libre", "qq chose de libre", "something open source", "something free", "something libre")

var (
	softwareNounsStrict = wordSet("logiciel", "logiciels", "outil", "outils", "appli", "applis", "application", "applications",
		"programme", "software", "tool", "tools", "app", "apps", "solution", "soft", "looper", "jeu", "jeux", "game", "games")
	libreMarkers = wordSet("libre", "libres", "opensource", "foss", "gratuit", "gratuite", "free")
)

// usedFor skips "can I use", "could we use", "que je peux utiliser" after a software word,
// to the link that says what for.
func usedFor(t []string, link int) int {
	for k := link; k < len(t) && k < link+4; k++ {
		if t[k] == "use" || t[k] == "utiliser" {
			if k+1 < len(t) && needLinks[t[k+1]] {
				return k + 1
			}
			return link
		}
		if !modalWords[t[k]] {
			return link
		}
	}
	return link
}

var modalWords = wordSet("can", "could", "should", "i", "we", "que", "qu", "je", "on", "peux", "peut", "pourrait", "pourrais", "dois")

// needUnknown makes the need read the message's unknown need.
func (r *reading) needUnknown(need []string) {
	if len(need) == 0 {
		return
	}
	r.u.Intent, r.u.Unknown, r.u.UnknownNeed = IntentAlternative, writtenAs(r.text, need), true
	r.u.records = recordKeeping(need)
	r.placeBack()
}

// softwareAsked reports software asked for with no need after it: "il existe un logiciel
// gratuit et libre ?", "what open source software would you suggest?", "du libre ?".
func softwareAsked(t []string) bool {
	for i := range t {
		if softwareWord(t, i) {
			return true
		}
	}
	return false
}

// softwareWord reports a word that asks for software: "un logiciel", "une appli", "du libre
// pour gérer les résultats ?".
func softwareWord(t []string, i int) bool {
	// "je cherche un moyen de facturer les familles", "a way to track staff hours"
	return softwareNouns[t[i]] || t[i] == "libre" && i > 0 && t[i-1] == "du" ||
		(t[i] == "moyen" || t[i] == "way") && i > 0 && indefinite[t[i-1]]
}

// wantedAt returns where the need starts after a wish said before the software is asked
// for: "je voudrais faire des ralentis…, il existe un logiciel libre ?", "our league needs
// to manage licences…, what open source software?" — 0 when none is.
func wantedAt(t []string) int {
	for k := 0; k+1 < len(t); k++ {
		if !wishVerbs[t[k]] {
			continue
		}
		next := k + 1
		if t[next] == "to" && next+1 < len(t) {
			next++
		}
		if infinitive(t[next]) || t[k+1] == "to" {
			return next
		}
	}
	return 0
}

// recordKeeping reports an unknown need that keeps records, which a shared database can
// do — not one that makes documents ("faire des fiches d'exercices") or records sound or
// video ("enregistrer la réunion").
func recordKeeping(need []string) bool {
	if makeVerbs[need[0]] || slices.ContainsFunc(need, func(w string) bool { return mediaWords[w] }) {
		return false
	}
	return slices.ContainsFunc(need, func(w string) bool { return recordWords[w] })
}

var (
	recordWords = wordSet("suivi", "suivre", "registre", "registres", "enregistrer", "dossiers", "fiches", "tenir", "tracer", "inventaire",
		"inventorier", "repertorier", "recenser", "track", "tracking", "log", "records", "register", "ledger")
	makeVerbs = wordSet("faire", "creer", "rediger", "ecrire", "dessiner", "imprimer", "fabriquer", "produire", "generer", "preparer", "concevoir",
		"make", "create", "write", "draw", "design", "generate")
	mediaWords = wordSet("video", "videos", "audio", "son", "voix", "reunion", "reunions", "meeting", "meetings", "ag", "stream", "film", "podcast", "musique", "music",
		"comptine", "comptines", "chant", "chants", "chantes", "chantees", "chanson", "chansons", "discours", "voeux", "micro", "interview", "interviews",
		"emission", "emissions", "concert", "concerts", "speech", "speeches", "song", "songs", "voice", "voices", "lecture", "lectures")
)

// needOpeners open a request without a question mark: "besoin d'un logiciel pour…".
var needOpeners = phraseList("besoin d un", "besoin d une", "il faut un", "il faut une", "il nous faut", "il me faut", "need a", "need an",
	"looking for a", "looking for an", "looking for some", "searching for a", "searching for an", "d like a", "d like an", "would like a", "would like an")

// softwareOpening reports a message that opens by asking for a program: "un logiciel
// pour…", "quelle appli de…".
func softwareOpening(t []string) bool {
	return len(t) > 2 && ((indefinite[t[0]] || whichWords[t[0]]) && softwareNouns[t[1]] || softwareNouns[t[0]] && needLinks[t[1]])
}

// needWords returns the need named from start: a few words, up to "libre", "pour" or
// "qui", without the small words at its ends; nil when nothing is left.
func needWords(t []string, start int) []string {
	end := start
	// "les horaires de marées sans Google": what is avoided is no part of the need.
	for end < len(t) && end < start+6 && !purposeWords[t[end]] && t[end] != "pour" && t[end] != "qui" && !withoutWords[t[end]] {
		end++
	}
	if end == start+6 && end < len(t) {
		// Cut short: end at an "et" rather than mid-phrase ("faire des ralentis et
		// comparer deux…" names "faire des ralentis").
		if k := slices.Index(t[start+2:end], "et"); k >= 0 {
			end = start + 2 + k
		}
	}
	for end > start && stopWords[t[end-1]] {
		end--
	}
	// "pour faire les plannings": a light verb may open the need; another small word
	// ("un outil de la mort") names none.
	// "pour que les habitants proposent des idées": the clause says the need.
	clause := (t[start] == "que" || t[start] == "qu") && end > start+2
	if end == start || stopWords[t[start]] && !(infinitive(t[start]) && end > start+1) && !clause {
		return nil
	}
	if end == start+1 && pronouns[t[start]] {
		return nil // "un logiciel pour ça ?" points back; quoting "ça" says nothing
	}
	return t[start:end]
}

var pronouns = wordSet("ca", "cela", "ceci", "this", "that", "it", "them", "eux")

// inClause cuts words that start at toks[start] where the message's next clause begins.
func (r *reading) inClause(words []string, start int) []string {
	clauses := r.clauses()
	for k := 1; k < len(words); k++ {
		if clauses[start+k] {
			return words[:k]
		}
	}
	return words
}

// definiteWords open a noun phrase: "pour la météo", "pour les impôts".
var definiteWords = wordSet("le", "la", "les", "l", "the")

// needLinks join a software noun to the need it is for: "une appli de covoiturage", "an
// app for carpooling".
var needLinks = wordSet("de", "d", "pour", "for", "to")

var softwareNouns = wordSet("logiciel", "logiciels", "appli", "applis", "application", "applications", "outil",
	"outils", "app", "apps", "software", "tool", "tools", "programme", "plateforme", "site", "solution", "solutions", "gestionnaire",
	"gestionnaires", "editeur", "manager", "editor")

// nounCue reports an "alternative à"-like cue built on a noun ("alternative",
// "équivalent"): it asks even when what follows is missing or unreadable.
func nounCue(toks []string) bool {
	return hasAny(toks, wordSet("alternative", "alternatives", "alternativ", "equivalent", "equivalents", "substitut"))
}
