// SPDX-License-Identifier: AGPL-3.0-or-later

package bot

import (
	"slices"
	"strings"

	"github.com/boussole-libre/boussole/knowledge/textnorm"
)

// What the message asks for among the names it holds: after "quel", "on cherche un",
// "un X libre", in the clause about the tool.

// askedWhich reports a name right after "quel", "quelle", or after "besoin d'un logiciel
// de": what the message asks for.
func askedWhich(toks []string, i int) bool {
	if i > 0 && whichWords[toks[i-1]] || whichTool(toks, i) || toolWhere(toks, i) || whatFor(toks, i) {
		return true
	}
	if sought(toks, i) || howTo(toks, i) {
		return true
	}
	if i > 1 && needLinks[toks[i-1]] {
		if j := skipPurpose(toks, i-2); j >= 0 && softwareNouns[toks[j]] {
			if j == 0 {
				return true // "logiciel de compta libre pour un artisan… je galère avec les factures"
			}
			i = j // "besoin d'un logiciel (libre) de | montage audio"
			if softwareSought(toks, j) {
				return true
			}
		}
	}
	if i > 1 && ((toks[i-1] == "de" || toks[i-1] == "d") && toks[i-2] == "besoin" || toks[i-1] == "to" && toks[i-2] == "need") {
		return true // "j'ai besoin de sauvegarder mon homelab… un nas…", "what do I need to record and edit?"
	}
	return i > 2 && indefinite[toks[i-1]] && (toks[i-2] == "d" || toks[i-2] == "de") && toks[i-3] == "besoin"
}

// splitStarts returns the token indexes that open a piece of text between the separators,
// or nil when the pieces do not add up to the n tokens of the message.
func splitStarts(text string, n int, seps string) map[int]bool {
	starts, at := map[int]bool{0: true}, 0
	for _, piece := range strings.FieldsFunc(text, func(r rune) bool { return strings.ContainsRune(seps, r) }) {
		at += len(textnorm.Split(piece))
		starts[at] = true
	}
	if at != n {
		return nil
	}
	return starts
}

// openedRequest reports a name in a clause that opens on "un outil (libre) pour…": the
// request, whatever story came before.
func openedRequest(toks []string, starts map[int]bool, i int) bool {
	if i < 3 || !needLinks[toks[i-1]] {
		return false
	}
	j := skipPurpose(toks, i-2)
	return j > 0 && softwareNouns[toks[j]] && indefinite[toks[j-1]] && starts[j-1]
}

// wantedRightAfter reports a category the message wants outright, maybe after one
// modifier: "we need a docs wiki…", "on cherche un agenda partagé" — what comes after
// (markdown, full-text search, SSO via Keycloak) are the wiki's requirements.
func wantedRightAfter(toks []string, i int) bool {
	k := i - 1
	if k >= 1 && !singleArticle[toks[k]] && singleArticle[toks[k-1]] {
		k-- // one modifier: "a docs wiki"
	}
	if k >= 2 && singleArticle[toks[k]] && toks[k-1] == "d" && toks[k-2] == "besoin" {
		return true // "besoin d'un coffre-fort numérique pour…"
	}
	return k >= 1 && singleArticle[toks[k]] && outrightVerbs[toks[k-1]]
}

// namedFirst reports a category that opens a clause with its article: "un gestionnaire de
// mots de passe pour les comptes partagés de l'office (réseaux sociaux, billetterie…) ?" —
// what follows says what it is for, or what it does.
func namedFirst(toks []string, starts map[int]bool, m phraseMatch) bool {
	i, e := m.start, m.end
	if i > 2 && (toks[i-1] == "de" || toks[i-1] == "d") && (softwareNouns[toks[i-2]] || toks[i-2] == "service") {
		i -= 2 // "un service de visio libre pour faire des lives"
	}
	for e < len(toks) && (softwareQualities[toks[e]] || (toks[e] == "et" || toks[e] == "and") && e+1 < len(toks) && softwareQualities[toks[e+1]]) && toks[e] != "en" {
		e++
	}
	// "besoin d'un service de visio pour…": the need opener starts the clause.
	opened := i > 0 && starts[i-1] || i > 2 && toks[i-2] == "d" && toks[i-3] == "besoin"
	if i == 0 || !singleArticle[toks[i-1]] || !opened {
		return false
	}
	// "…, un wiki simple et libre svp": the clause is the request itself.
	return e == len(toks) || qualifierOpens[toks[e]] || politeWords[toks[e]] && e+1 == len(toks)
}

var politeWords = wordSet("svp", "stp", "please", "pls", "merci", "thanks")

// qualifierOpens open what qualifies the thing just named: "un moteur de recherche qui
// trace pas les usagers pour les postes publics" asks for a search engine.
var qualifierOpens = wordSet("pour", "for", "qui", "that", "which", "sans", "without")

var singleArticle = wordSet("a", "an", "un", "une")

var outrightVerbs = wordSet("need", "needs", "want", "wants", "cherche", "cherchons", "faut", "faudrait", "voudrais", "voudrait", "voudrions", "veut", "faire", "creer", "monter", "make", "build", "create",
	"veux", "voulons", "besoin", "aimerait", "aimerais", "aimerions", "souhaite", "souhaitons", "souhaiterait", "souhaiterions", "recherche", "recherchons")

// softwareForTask reports a need named as the task a software is sought for: "il me faut un
// logiciel libre pour gérer ma bibliographie", "a tool to track our hours" — asked
// outright, whatever was said before ("je dois rendre mon mémoire…").
func softwareForTask(toks []string, i int) bool {
	j := i - 1
	for j >= 0 && (possessives[toks[j]] || definiteWords[toks[j]] || indefinite[toks[j]]) {
		j--
	}
	switch {
	case j >= 0 && taskVerbs[toks[j]]:
		j-- // "pour gérer ma bibliographie", "a way to share a family tree"
	case j != i-1 || !infinitive(toks[i]) && !taskVerbs[toks[i]]:
		return false // only a need that names the task itself: "pour caler les pistes"
	}
	if j < 2 || !needLinks[toks[j]] {
		return false
	}
	j = skipPurpose(toks, j-1)
	// "y a un truc pour limiter le temps d'écran ?": a thing asked for as software is;
	// "a better open source way to…" too.
	if j <= 0 || !softwareNouns[toks[j]] && toks[j] != "truc" && toks[j] != "service" && toks[j] != "moyen" && toks[j] != "way" {
		return false
	}
	k := j - 1
	for k > 0 && (betterWords[toks[k]] || toks[k] == "open" || toks[k] == "source") {
		k--
	}
	return indefinite[toks[k]] || whichWords[toks[k]] // "quel service libre pour transférer des gros fichiers"
}

var betterWords = wordSet("better", "best", "meilleur", "meilleure", "mieux", "easier", "simpler", "plus")

// softwareForOthers reports a need that others are to do with the software asked: "un
// logiciel libre pour que les élèves fassent une carte mentale" asks for mind maps.
func softwareForOthers(toks []string, i int) bool {
	for k := i - 2; k >= 2 && k >= i-6; k-- {
		if (toks[k] == "que" || toks[k] == "qu") && toks[k-1] == "pour" {
			j := beforeQualities(toks, k-2)
			return j >= 0 && (softwareNouns[toks[j]] || toks[j] == "truc")
		}
	}
	return false
}

// freeAccess reports "libre accès", "libre-service": free to use, not libre software.
func freeAccess(words []string) bool {
	k := slices.Index(words, "libre")
	return k >= 0 && k+1 < len(words) && (words[k+1] == "acces" || words[k+1] == "service")
}

// taskVerbs say what a software is for: "pour gérer", "to track".
var taskVerbs = wordSet("gerer", "limiter", "bloquer", "controler", "limit", "block", "faire", "organiser", "tenir", "suivre", "planifier", "creer", "collecter", "recevoir", "envoyer", "publier", "vendre", "manage", "track", "organize", "collect", "send", "publish", "sell",
	"organise", "keep", "make", "run", "handle", "plan", "share", "partager", "transferer", "transfer", "echanger", "exchange")

// categoryForTask reports a category named as what a software is sought for: "quel outil
// libre pour faire des visios à 30… pour nos formations" asks for video calls.
func categoryForTask(toks []string, i int) bool {
	// Only a thing counted ("des visios", "une visio"): "pour les notes", "pour le
	// planning" more often name the object of a task named elsewhere.
	j := i - 1
	if j < 0 || !indefinite[toks[j]] {
		return false
	}
	j--
	if j >= 0 && (toks[j] == "faire" || toks[j] == "make" || toks[j] == "run") {
		j--
	}
	if j < 2 || toks[j] != "pour" && toks[j] != "for" {
		return false
	}
	j = skipPurpose(toks, j-1)
	return j > 0 && softwareNouns[toks[j]] && (indefinite[toks[j-1]] || whichWords[toks[j-1]])
}

// softwareSought reports a software noun at toks[j] that the message looks for: "il existe
// un logiciel de", "y a-t-il un outil de", "je cherche une appli de", "is there a tool for".
func softwareSought(toks []string, j int) bool {
	if j < 1 || !indefinite[toks[j-1]] {
		return false
	}
	if phraseEnds(toks, existsPhrases) {
		return true // "Un outil libre de feuilles de temps…, ça existe ?"
	}
	if j < 3 {
		return false
	}
	w, prev := toks[j-2], toks[j-3]
	return seekWords[w] || w == "existe" || w == "exist" ||
		w == "il" && prev == "t" || // "y a-t-il", "existe-t-il"
		w == "a" && prev == "y" || // "y a un logiciel de"
		w == "is" && prev == "there"
}

// existsPhrases close a message that asks whether a tool exists.
var existsPhrases = phraseList("ca existe", "ca existe t il", "existe t il", "existe t elle", "does it exist", "does that exist", "is there one")

var seekWords = wordSet("cherche", "cherchons", "cherchez", "recherche", "recherchons", "jcherche", "seeking",
	"voudrais", "voudrai", "voudrait", "voudrions", "aimerais", "aimerait", "aimerions", "souhaitons", "veux", "voulons", "want", "wants", "need", "needs")

// sought reports a need after "on cherche un", "je voudrais une vraie": what is sought
// ("on cherche un espace de stockage en ligne", "je voudrais une vraie adresse pro").
func sought(toks []string, i int) bool {
	j := i - 1
	if j >= 0 && seekQualifiers[toks[j]] {
		j--
	}
	return j > 0 && indefinite[toks[j]] && seekWords[toks[j-1]]
}

// howTo reports a task asked with "comment", "how": "comment les chiffrer avec un outil
// libre ?", "how do I encrypt them?".
func howTo(toks []string, i int) bool {
	if !infinitive(toks[i]) && !englishVerbAt(toks, i) {
		return false
	}
	j := i - 1
	for j >= 0 && j >= i-4 && howFillers[toks[j]] {
		j--
	}
	return j >= 0 && (toks[j] == "comment" || toks[j] == "how")
}

// englishVerbAt reports a word after "to" or "do I", "can we": "how to encrypt".
func englishVerbAt(toks []string, i int) bool {
	return i > 0 && (toks[i-1] == "to" || toks[i-1] == "i" || toks[i-1] == "we")
}

var howFillers = wordSet("les", "le", "la", "l", "y", "en", "me", "se", "nous", "faire", "pour", "peut", "on", "puis", "je",
	"do", "i", "can", "we", "to", "should", "them", "it")

// seekQualifiers may stand between the article and the need sought.
var seekQualifiers = wordSet("vraie", "vrai", "bonne", "bon", "nouvelle", "nouveau", "nouvel", "petite", "petit", "simple",
	"real", "proper", "good", "new", "decent")

// whatFor reports a name after "quoi de mieux pour (le)", "what to use for": "un tableur
// partagé c'est le bazar, quoi de mieux pour le planning ?" asks for planning.
func whatFor(toks []string, i int) bool {
	k := i - 1
	if k > 0 && definiteWords[toks[k]] {
		k--
	}
	if k < 2 || toks[k] != "pour" && toks[k] != "for" {
		return false
	}
	for n := 2; n <= 3 && k-n >= 0; n++ {
		if phraseAt(toks, k-n, whatPhrases) == n {
			return true
		}
	}
	return false
}

var whatPhrases = phraseList("quoi de mieux", "quoi de libre", "quoi utiliser", "quoi prendre", "utilisez quoi", "utilises quoi", "vous utilisez quoi", "tu utilises quoi", "prenez quoi", "you use", "do you use", "what to use", "what s best", "what is best")

// whichTool reports a name asked for as "quel outil (libre) de …": "Quel outil libre de
// supervision simple ?" after a story about the NAS, "which open source tool for …".
func whichTool(toks []string, i int) bool {
	if i < 3 || !needLinks[toks[i-1]] {
		return false
	}
	j := skipPurpose(toks, i-2)
	if j < 1 || !softwareNouns[toks[j]] {
		return false
	}
	j = skipPurpose(toks, j-1)
	return j >= 0 && whichWords[toks[j]]
}

// toolWhere reports a name in the clause that says what the tool asked for does: "un
// truc libre où on écrit tous ensemble", "une appli qui gère les dons".
func toolWhere(toks []string, i int) bool {
	j := i - 1
	if j >= 0 && subjectPronouns[toks[j]] {
		j-- // "où on écrit", "dans lequel nous…"
	} else if j > 0 && eachWords[toks[j-1]] {
		j -= 2 // "où chaque bénévole choisit ses créneaux"
	}
	if j < 1 || !relatives[toks[j]] {
		return false
	}
	j = skipPurpose(toks, j-1)
	return j >= 0 && (softwareNouns[toks[j]] || toks[j] == "truc" || toks[j] == "solution")
}

var eachWords = wordSet("chaque", "les", "nos", "tous", "each", "every", "our")

var relatives = wordSet("ou", "qui", "lequel", "laquelle", "where", "that", "which")

var subjectPronouns = wordSet("on", "nous", "je", "j", "tu", "vous", "ils", "elles", "we", "i", "you", "they")

// skipPurpose steps back from toks[j] over "libre", "open source" and the like.
func skipPurpose(toks []string, j int) int {
	for j >= 0 && (purposeWords[toks[j]] || toks[j] == "source" || plainAdjectives[toks[j]]) {
		j--
	}
	return j
}

// plainAdjectives may stand between a software noun and its task: "un logiciel simple pour
// retoucher les photos".
var plainAdjectives = wordSet("simple", "simples", "facile", "gratuit", "gratuite", "leger", "legere", "easy", "free", "good", "bon")

// askedLibre reports a name asked for as libre: "un forum libre", "un outil de planning
// libre ?", or with "libre" in its own words, "un forum libre ce serait mieux ?".
// askedLibre is askedLibre within one clause: "un forum… avec des photos. Libre et simple ?"
// asks for a libre forum, not libre photos.
func (r *reading) askedLibre(m phraseMatch) bool {
	return askedLibre(r.toks, m) && !(m.end < len(r.toks) && r.clauses()[m.end])
}

func askedLibre(toks []string, m phraseMatch) bool {
	if libreOne(toks, m) || indefiniteOf(toks, m) && m.end-m.start > 1 && purposeWords[toks[m.end-1]] || freeBefore(toks, m.start) {
		return true
	}
	return m.end < len(toks) && purposeWords[toks[m.end]] && m.start > 1 && needLinks[toks[m.start-1]] && softwareNouns[toks[m.start-2]]
}

// freeBefore reports a name asked for as free in English word order: "is there a free
// password manager", "an open-source firewall".
func freeBefore(toks []string, i int) bool {
	j := i - 1
	switch {
	case j >= 0 && (toks[j] == "free" || toks[j] == "libre"):
		j--
	case j >= 1 && toks[j] == "source" && toks[j-1] == "open":
		j -= 2
	default:
		return false
	}
	return j >= 0 && indefinite[toks[j]]
}

// libreOne reports an everyday word used as a product name with "libre" after it: "un
// doodle libre", "a teams open source".
func libreOne(toks []string, m phraseMatch) bool {
	return indefiniteOf(toks, m) && m.end < len(toks) && (purposeWords[toks[m.end]] || freeOf(toks, m.end))
}

// freeOf reports "sans pub", "without ads" at toks[i]: what the one sought must be free
// of, as "un doodle sans pub ?" asks for a poll tool.
func freeOf(toks []string, i int) bool {
	return i+1 < len(toks) && (toks[i] == "sans" || toks[i] == "without") && adWords[toks[i+1]] ||
		i+1 < len(toks) && toks[i] == "ad" && toks[i+1] == "free"
}

var adWords = wordSet("pub", "pubs", "publicite", "publicites", "ads", "advertising", "pistage", "tracking", "abonnement")

// indefiniteOf reports a name after "un", "une", "a", or whose own words start with one (the
// need "un forum").
func indefiniteOf(toks []string, m phraseMatch) bool {
	return m.start > 0 && indefinite[toks[m.start-1]] || m.end-m.start > 1 && indefinite[toks[m.start]]
}
