// SPDX-License-Identifier: AGPL-3.0-or-later

package bot

// Whether a message opens as a request: a need or a kind of software named first, a
// headline, what it is for — and the words that end such an opening.

import (
	"slices"
	"strings"

	"github.com/boussole-libre/boussole/knowledge"
	"github.com/boussole-libre/boussole/knowledge/textnorm"
)

// leadingAdjectives may open a request written as a noun phrase: "encrypted messenger…".
var leadingAdjectives = wordSet("encrypted", "secure", "simple", "lightweight", "private", "offline", "chiffre", "chiffree", "securise",
	"securisee", "leger", "legere", "selfhosted")

// listedWithin stretches the first words of a request over a list: "gérer les licences et
// les cotisations" names its things up to the one after the last coordinator.
func listedWithin(toks []string, within int) int {
	for k := 2; k <= within && k < len(toks); k++ {
		if coordinators[toks[k]] {
			within = k + 2 // the coordinator, an article, the next thing
		}
	}
	return within
}

// leadingNeed reports a message that starts with a need, as chat requests do: "un
// navigateur respectueux de la vie privée", "a password manager for the team".
func (r *reading) leadingNeed() bool {
	if len(r.toks) == 0 || subjects[r.toks[0]] || storyOpening(r.toks) {
		return false // "je stream ce soir sur Twitch": the asker's news, no request
	}
	// "un navigateur…", "créer un forum…", and a precise need first: "OCR pour…" — but a
	// broad word first is often no request: "rendez-vous au 75 rue de la Paix".
	within, broad := 0, false
	switch p := purposeStart(r.toks); {
	case len(r.toks) > 3 && indefinite[r.toks[0]] && spotNouns[r.toks[1]] && (r.toks[2] == "pour" || r.toks[2] == "to" || r.toks[2] == "where" || r.toks[2] == "ou"):
		// "un endroit pour ranger nos statuts…", "a place to keep our minutes"
		within, broad = 6, true
	case len(r.toks) > 3 && indefinite[r.toks[0]] && (softwareNouns[r.toks[1]] || systemNouns[r.toks[1]]) && needLinks[r.toks[2]]:
		// "un système de tickets pour…", "un outil de planning pour…"
		within, broad = 5, true
	case indefinite[r.toks[0]] || whichWords[r.toks[0]]:
		// "un navigateur…", "quelle distribution linux pour…"
		within, broad = 2, true
	case infinitive(r.toks[0]):
		// "gérer les licences et cotisations du club": what is done may be a list.
		within, broad = listedWithin(r.toks, 3), true
	case leadingAdjectives[r.toks[0]]:
		// "encrypted messenger that does NOT need a phone number"
		within, broad = 2, true
	case p > 0:
		// "plutôt pour trouver une date de réunion": only what it is for, as a
		// follow-up says it.
		within, broad = p+3, true
	}
	// A short message that opens as a request ("fusionner et découper des pdf…", "serveur
	// pour regarder mes films…") may name its precise need anywhere.
	needWithin := within
	if (broad || forStart(r.toks)) && len(r.toks) <= maxRequestWords {
		needWithin = len(r.toks)
	}
	opening := r.openingEnd()
	needWithin = max(needWithin, opening)
	return slices.ContainsFunc(r.matches, func(m phraseMatch) bool {
		// "GED pour dématérialiser le courrier": a broad word that says what it is for.
		// "compta pour micro-entrepreneur": a broad word and whom it is for — not when.
		purposeNext := m.start <= opening && purposeAfter(r.toks, headEnd(r.toks, m.end))
		if m.start == 0 && m.end < len(r.toks) && verbStarts[r.toks[m.end]] {
			return false // "booking vient encore de me coller une note": the subject of news
		}
		return m.hit.Kind == knowledge.HitNeed && m.start <= needWithin ||
			m.start <= within && (broad || purposeNext) && m.hit.Kind == knowledge.HitCategory ||
			m.start == 0 && m.hit.Kind == knowledge.HitCategory && traitsFollow(r.toks, r.chainEnd(m.end))
	})
}

// elidedVerb reports a word read as a verb after an elided "je": "jpaye illustrator tous
// les mois" pays, it asks for no payroll.
func elidedVerb(toks, fixed []string, i int) bool {
	return i < len(toks) && toks[i] != fixed[i] && toks[i] == "j"+fixed[i]
}

// storyOpening reports a message opening on what someone did: "un agent a laissé les clés
// du client dans le vestiaire" tells news — not "un outil à installer sur…".
func storyOpening(toks []string) bool {
	if len(toks) < 4 || !indefinite[toks[0]] || toks[2] != "a" && toks[2] != "ont" {
		return false
	}
	return participleEnding(toks[3])
}

// participleEnding guesses a folded past participle of any group by its ending: "laisse",
// "perdu", "fini", "mis" — not an infinitive after "à" ("installer", "mettre").
func participleEnding(w string) bool {
	if len(w) <= 3 || strings.HasSuffix(w, "re") {
		return false
	}
	return strings.HasSuffix(w, "e") || strings.HasSuffix(w, "u") || strings.HasSuffix(w, "i") || strings.HasSuffix(w, "is")
}

// chainEnd is where the names that follow one another from end stop: "stockage" then "de
// fichiers en ligne" make one kind.
func (r *reading) chainEnd(end int) int {
	for grown := true; grown; {
		grown = false
		for _, m := range r.matches {
			if m.end > end && (m.start == end || m.start == end+1 && (r.toks[end] == "de" || r.toks[end] == "d")) {
				end, grown = m.end, true
			}
		}
	}
	return end
}

// traitsFollow reports a wish list right after a name that opens the message, past "en
// ligne": "stockage de fichiers en ligne chiffré…", "visio en ligne sans compte…".
func traitsFollow(toks []string, i int) bool {
	i = pastOnline(toks, i)
	// "agenda partagé en ligne avec les mariés…, pas Google Calendar", "gestion électronique
	// de documents pour le CSE": a headline says whom or what it is for — unless it tells
	// news ("agenda partagé avec ma femme, c'est top") or a date ("agenda pour la semaine
	// prochaine, je suis pris").
	headline := i+1 < len(toks) && (toks[i] == "avec" || toks[i] == "pour" || toks[i] == "with" || toks[i] == "for") && !sayingIs(toks) && !saysWhen(toks[i+1:])
	return i < len(toks) && (requiredTraits[toks[i]] || toks[i] == "sans" || toks[i] == "without" || headline)
}

// pastOnline is where the words after i go on, past an "en ligne" or "online" that only
// says where a kind runs.
func pastOnline(toks []string, i int) int {
	switch {
	case i+1 < len(toks) && toks[i] == "en" && toks[i+1] == "ligne":
		return i + 2
	case i < len(toks) && toks[i] == "online":
		return i + 1
	}
	return i
}

// requiredTraits after a name that opens the message make it a wish list: "agenda partagé
// synchronisé sur les téléphones…, sans compte google".
var requiredTraits = wordSet("synchronise", "synchronisee", "synchronises", "synchronisees", "accessible", "accessibles",
	"utilisable", "compatible", "compatibles", "chiffre", "chiffree", "gratuit", "gratuite", "libre", "simple", "synced", "encrypted",
	"heberge", "hebergee", "hosted", "securise", "securisee", "secure")

var browserWords = wordSet("navigateur", "browser")

// clauseOpensRequest reports a sentence, after the first, that opens on what is sought: "J'ai
// reçu 3 faux messages de la banque. Une messagerie pour les SMS… qui soit plus sûre."
func (r *reading) clauseOpensRequest() bool {
	for k := range r.clauses() {
		if k == 0 || k+1 >= len(r.toks) || !indefinite[r.toks[k]] || r.toks[k] == "des" {
			continue
		}
		if slices.ContainsFunc(r.matches, func(m phraseMatch) bool {
			return m.start == k+1 && (m.hit.Kind == knowledge.HitCategory || m.hit.Kind == knowledge.HitNeed)
		}) {
			return true
		}
	}
	return false
}

// purposeAfter reports what a leading name is for, right at i: "GED pour dématérialiser",
// "compta pour micro-entrepreneur" — not when: "visio pour demain".
func purposeAfter(toks []string, i int) bool {
	return i+1 < len(toks) && (purposeWords[toks[i]] || toks[i] == "to" && infinitive(toks[i+1]) ||
		(toks[i] == "pour" || toks[i] == "for") && !saysWhen(toks[i+1:]))
}

// headEnd skips the nouns that only make a name the head of a request: "git server for
// our dev shop", "backup tool for…" ask for the thing named before them.
func headEnd(toks []string, i int) int {
	for i < len(toks) && (kindHeads[toks[i]] || softwareQualities[toks[i]] || leadingAdjectives[toks[i]]) { // "agenda partagé en ligne pour…", "système d'exploitation léger pour…"
		i++
	}
	return i
}

var kindHeads = wordSet("server", "serveur", "instance", "tool", "tools", "outil", "app", "software", "logiciel", "platform",
	"plateforme", "solution", "system", "systeme", "service")

// twoCategories reports words that name two categories at once ("salon de discussion"):
// which one is meant is left to what else the message says.
func (r *reading) twoCategories(m phraseMatch) bool {
	return slices.ContainsFunc(r.matches, func(o phraseMatch) bool {
		return o.hit.Kind == knowledge.HitCategory && o.hit.ID != m.hit.ID && o.start == m.start && o.end == m.end
	})
}

// categoryEnd is where the category named at m ends, its words matched one by one
// included: "git forge for 20 devs" names one forge.
func (r *reading) categoryEnd(m phraseMatch) int {
	end := m.end
	for _, o := range r.matches {
		if o.hit.Kind == knowledge.HitCategory && o.hit.ID == m.hit.ID && o.start == end {
			end = o.end
		}
	}
	return end
}

// featureLinks follow a need that opens the message and is then qualified: "coffre-fort
// de mots de passe pour une équipe… avec dossiers partagés".
// featureLinkAfter reports a feature link at i, after words that only qualify the
// category: "formulaire en ligne pour les inscriptions à la cantine".
func featureLinkAfter(toks []string, i int) bool {
	i = pastOnline(toks, i)
	for i < len(toks) && headQualifiers[toks[i]] {
		i++
	}
	return i < len(toks) && featureLinks[toks[i]]
}

var headQualifiers = wordSet("online", "libre", "libres", "simple", "gratuit", "gratuite", "partage", "partagee", "shared", "free", "open", "source")

var featureLinks = wordSet("pour", "avec", "for", "with", "qui", "that", "where", "ou", "de", "d", "of")

// spotNouns open a request for somewhere, or some device, to do something: "un endroit
// pour…", "un clavier pour écrire avec les yeux".
// verbStarts follow a message's first words when they are the subject of a verb.
var verbStarts = wordSet("vient", "viennent", "m", "me", "nous", "ne", "n", "est", "sont", "va", "vont", "fait", "font", "encore",
	"plante", "rame", "bug", "bugue", "marche", "keeps", "just", "is", "has")

// systemNouns name software by what it is built as: "un système de tickets".
var systemNouns = wordSet("systeme", "system", "service", "moyen", "truc", "serveur", "server", "dispositif", "page", "portail", "portal")

var spotNouns = wordSet("endroit", "espace", "lieu", "coin", "place", "spot", "space", "clavier", "keyboard", "souris", "mouse",
	"police", "font", "voix", "voice", "lien", "link")

// openingEnd returns where the words that open the message may start a need: 0, or after a
// first name and "et" ("cartes et analyses géographiques pour un bureau d'études").
func (r *reading) openingEnd() int {
	for _, m := range r.matches {
		if m.start == 0 && m.end+1 < len(r.toks) && coordinators[r.toks[m.end]] {
			return m.end + 1
		}
	}
	return 0
}

var coordinators = wordSet("et", "ou", "and", "or")

// maxRequestWords bounds the message read as one request fragment: past it, a need word
// far from the opening is more likely context than the question.
const maxRequestWords = 15

// forStart reports a message that opens with a noun and what it is for: "serveur pour
// regarder mes films", "appli pour réviser".
func forStart(toks []string) bool {
	return len(toks) > 2 && !stopWords[toks[0]] && (toks[1] == "pour" || toks[1] == "to") && infinitive(toks[2])
}

var purposeWords = wordSet("libre", "libres", "open", "hebergeable", "autohebergeable", "opensource", "foss", "floss")

// saysWhen reports words that start with a time: "demain", "la semaine prochaine".
func saysWhen(toks []string) bool {
	if len(toks) > 1 && (toks[0] == "la" || toks[0] == "le" || toks[0] == "l" || toks[0] == "the") {
		toks = toks[1:]
	}
	return whenWords[toks[0]]
}

// whenWords say when, not whom for: "visio pour demain", "la compta pour lundi".
var whenWords = wordSet("demain", "aujourd", "ce", "cet", "cette", "tout", "plus", "quand", "bientot", "hier",
	"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "midi", "semaine", "journee",
	"soiree", "matinee", "rentree", "fin", "suite", "mois", "annee", "weekend", "week", "prochaine", "prochain",
	"tomorrow", "today", "tonight", "now", "later", "monday", "tuesday", "wednesday", "thursday", "friday")

// hedgeWords may open a message before what it is about: "plutôt pour…", "non, pour…".
var hedgeWords = wordSet("plutot", "non", "mais", "sinon", "ou", "et", "enfait", "en", "fait", "c", "est", "ce", "serait", "rather", "no", "actually")

// purposeStart returns the index after a leading "pour" + infinitive, hedges allowed before
// it ("plutôt pour trouver…"), or 0.
func purposeStart(toks []string) int {
	for i, t := range toks {
		switch {
		case (t == "pour" || t == "for") && i+1 < len(toks) && (infinitive(toks[i+1]) || toks[i+1] == "un" || toks[i+1] == "une"):
			return i + 1
		case !hedgeWords[t]:
			return 0
		}
	}
	return 0
}

// infinitive reports a French verb in the infinitive, as requests start: "créer",
// "bloquer", "convertir", "faire".
func infinitive(t string) bool {
	return len(t) > 3 && (strings.HasSuffix(t, "er") || strings.HasSuffix(t, "ir") || strings.HasSuffix(t, "re")) &&
		!possessives[t] && !notVerbs[t] && textnorm.IsFrenchWord(t)
}

// notVerbs end like infinitives but are not verbs: "notre comptable…" opens no task.
var notVerbs = wordSet("votre", "notre", "autre", "autres", "entre", "contre", "leur", "leurs", "hier", "cher", "chere",
	"premier", "dernier", "entier", "plusieurs", "pour", "mieux", "outre", "lettre", "lettres", "centre", "libre",
	"celibataire", "membre", "membres", "ordinateur")

var whichWords = wordSet("quel", "quelle", "quels", "quelles", "which")

var indefinite = wordSet("un", "une", "des", "a", "an", "any", "some")

// onlyFiller reports whether the message is just names and filler. Around a product name,
// only true filler counts ("Dropbox ?"), so that "je suis sur slack" stays a statement;
// around a need, any function word does ("statistiques de site web sans google").
// placeCueWords stand between a tool and its place in a terse request: "nextcloud à
// Rennes", "jitsi près de Brest".
var placeCueWords = wordSet("a", "au", "aux", "en", "pres", "vers", "dans", "sur", "autour", "cote",
	"coin", "in", "near", "around")
