// SPDX-License-Identifier: AGPL-3.0-or-later

package bot

// Who asks and how: alternative cues, the asker's organisation and role, self-introductions,
// platforms as where things run, negation.

import (
	"slices"
	"strings"

	"github.com/boussole-libre/boussole/knowledge/textnorm"
)

// cueAt returns the index just after an "alternative à"-like cue, or -1.
func cueAt(toks []string) int {
	for i := range toks {
		if replacesPerson(toks, i) {
			continue
		}
		for _, c := range alternativeCuePhrases {
			if i+len(c) <= len(toks) && slices.Equal(toks[i:i+len(c)], c) && !nothingReplaced(toks, i+len(c)) {
				return i + len(c)
			}
		}
	}
	return -1
}

// roleOf reports an organisation named after the asker's role in it: "I'm the treasurer of
// an English-speaking association", "trésorière d'une asso".
func roleOf(toks []string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-9; k-- { // "treasurer of an association in Bordeaux (une asso loi 1901)"
		if roleWords[toks[k]] {
			return true
		}
	}
	return false
}

// soloWords say the asker works alone: "solo consultant, want something free" describes
// the asker, who seeks no consultant.
var soloWords = wordSet("solo", "lone", "seul", "seule", "selfemployed")

var roleWords = wordSet("treasurer", "tresorier", "tresoriere", "president", "presidente", "secretary", "chair", "chairman", "bookkeeper",
	"gerant", "gerante", "owner",
	"chairwoman", "coordinator", "coordinatrice", "coordinateur", "director", "directrice")

// askerOrg reports whether the provider word at i names the asker's own organisation:
// after a possessive ("ma boîte", "notre entreprise") or "pour" ("pour une petite boîte").
func askerOrg(toks []string, i int) bool {
	if i > 0 && toks[i-1] == "junior" {
		return true // "the junior-entreprise needs clients to sign": a student firm, the asker's
	}
	// "les postes de l'agence": a definite article names an organisation already known,
	// the asker's — unless a clause follows ("l'entreprise qui peut…").
	// "l'entreprise qui peut…" is sought; "le technicien qui vient une demi-journée" is
	// the asker's.
	if i > 0 && definiteOrg[toks[i-1]] && !(i+2 < len(toks) && toks[i+1] == "qui" && ableWords[toks[i+2]]) && !networks[toks[i]] {
		return true
	}
	if i > 1 && knownOrgAdjectives[toks[i-1]] && definiteOrg[toks[i-2]] {
		return true // "leur avis sur le nouveau prestataire de ménage": one they have
	}
	if likenedOrg(toks, i) {
		return true // "virtual tours like the big agencies do": a comparison
	}
	if i > 0 && (toks[i-1] == "micro" || toks[i-1] == "auto" || toks[i-1] == "mini") {
		return true // "mes déclarations URSSAF micro-entreprise": the asker's legal status; "la mini-entreprise des bac pro": a class project
	}
	if i > 0 && (toks[i-1] == "entre" || toks[i-1] == "between") {
		return true // "les appels entre agences": the asker's own sites, linked
	}
	if i > 0 && formerWords[toks[i-1]] || madeFor(toks, i) || thanked(toks, i) || weAre(toks, i) {
		return true // "des cartes d'un ancien technicien"; "QuickBooks… for a small logging contractor"
	}

	if memberOf(toks, i) {
		return true // "I volunteer with an asylum seekers' association in Briançon": the asker's
	}
	if selfIntro(toks, i) || roleOf(toks, i) || sized(toks, i) || asRole(toks, i) || i > 0 && soloWords[toks[i-1]] || ownerOf(toks, i) || openingIntro(toks, i) || bareLabel(toks, i) {
		return true
	}
	for k, n := i-1, 0; k >= 0 && n < 3; k-- {
		if possessives[toks[k]] || toks[k] == "pour" || toks[k] == "dans" && k+1 < i && indefinite[toks[k+1]] || toks[k] == "for" && !(k > 0 && lookingWords[toks[k-1]]) {
			return true // "for a 10 people company", "dans une petite structure" — but "looking for a consultancy" is sought
		}
		// The books' noun may have been read as a category: "la [compta] d'une entreprise".
		if (toks[k] == "d" || toks[k] == "de") && k > 0 && (booksOf[toks[k-1]] || definiteWords[toks[k-1]] || toks[k-1] == "pour") {
			return true // "tenir la compta d'une petite entreprise": whose books, not who keeps them
		}
		if !isNumber(toks[k]) && !sizeWords[toks[k]] {
			n++ // "for a 10 people company": a size does not count
		}
	}
	// "je suis pas expert", "nous sommes une entreprise", "on est 4 dans une boîte", "on a
	// une petite entreprise de plomberie": the asker describes itself — up to a request word ("on est en Midi-Pyrénées, cherche
	// prestataire").
	for k := i - 1; k >= 0 && k >= i-5 && (k == i-1 || !alternativeWords[toks[k]]) && !wantVerbs[toks[k]]; k-- {
		if selfDescribing[toks[k]] && !(k+1 < len(toks) && toks[k+1] == "loin") || // not "pas loin de Clermont"
			toks[k] == "est" && k > 0 && toks[k-1] == "on" || have(toks, k) ||
			k > 0 && (toks[k] == "m" && toks[k-1] == "i" || toks[k] == "re" && toks[k-1] == "we" || toks[k] == "are" && toks[k-1] == "we" || toks[k] == "am" && toks[k-1] == "i") { // "I'm a freelance journalist"
			return true
		}
		if k < i-2 && whereWords[toks[k]] && !(toks[k] == "a" && k > 0 && englishBe[toks[k-1]]) { // "we are a small software company"
			return false // "on est dans le 2A, un prestataire…": where the asker is
		}
	}
	return false
}

// asLabel reports a provider word written as a label of the asker: in brackets ("…au
// réel (agence web), un outil libre ?") or heading the message before a colon ("Garage
// indépendant : on perd la trace…").
func (r *reading) asLabel(w string, i int) bool {
	if r.labels == nil {
		r.labels, r.heading = labelWords(r.text)
	}
	return r.labels[w] || i <= 2 && r.heading[w]
}

// labelWords are the words written in brackets, and those heading the message before a
// colon when at most three words do.
func labelWords(text string) (inBrackets, heading map[string]bool) {
	inBrackets, heading = map[string]bool{}, map[string]bool{}
	if c := strings.Index(text, ":"); c > 0 && len(strings.Fields(text[:c])) <= 3 {
		for _, w := range textnorm.Split(text[:c]) {
			heading[w] = true
		}
	}
	for rest := text; ; {
		open := strings.Index(rest, "(")
		end := strings.Index(rest[max(open, 0):], ")")
		if open < 0 || end < 0 {
			return inBrackets, heading
		}
		for _, w := range textnorm.Split(rest[open : open+end]) {
			inBrackets[w] = true
		}
		rest = rest[open+end:]
	}
}

// sized reports an organisation noun followed by its headcount: "agence web 5 pers" is the
// asker's team — not "un formateur pour 8 personnes", the group to serve.
func sized(toks []string, i int) bool {
	for j := i + 1; j < len(toks) && j <= i+3; j++ {
		if sizeWords[toks[j]] && isNumber(toks[j-1]) && !(j > 1 && (toks[j-2] == "pour" || toks[j-2] == "for")) {
			return true
		}
	}
	return false
}

// bareLabel reports a firm described with no article, as a label of the asker: "need a
// tool to schedule our guides…, small walking tour company in Bordeaux" — where "a small
// company to install it" is sought.
func bareLabel(toks []string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if smallWords[toks[k]] {
			return k == 0 || !indefinite[toks[k-1]] && !definiteWords[toks[k-1]] && !possessives[toks[k-1]] && !lookingWords[toks[k-1]] && !ofWords[toks[k-1]]
		}
	}
	return false
}

var smallWords = wordSet("small", "tiny", "petite", "petit")

// thanked reports people thanked: "merci aux formateurs", "thanks to the trainers".
func thanked(toks []string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if toks[k] == "merci" || toks[k] == "thanks" || toks[k] == "bravo" {
			return true
		}
	}
	return false
}

// weAre reports people the asker's group is made of: "on est une dizaine de JSP et
// formateurs à partager".
func weAre(toks []string, i int) bool {
	if i+1 < len(toks) && (toks[i+1] == "peut" || toks[i+1] == "pourrait" || toks[i+1] == "can" || toks[i+1] == "could") {
		return false // "nous sommes une MFR dans le Jura. Une entreprise peut-elle installer…": the firm sought
	}
	for k := i - 1; k >= 1 && k >= i-7; k-- {
		if toks[k] == "qui" || toks[k] == "who" {
			return false
		}
		if toks[k-1] == "on" && toks[k] == "est" || toks[k-1] == "nous" && toks[k] == "sommes" || toks[k-1] == "we" && (toks[k] == "are" || toks[k] == "re") ||
			(toks[k-1] == "we" || toks[k-1] == "i") && (toks[k] == "run" || toks[k] == "own") || toks[k-1] == "je" && (toks[k] == "gere" || toks[k] == "dirige") {
			// "on est une dizaine de…", "we are 12 trainers", "we run a small catering
			// company" — not "on est dans le 2A, un prestataire ?"
			return k+1 < i && (indefinite[toks[k+1]] || isNumber(toks[k+1]) || toks[k+1] == "plusieurs" || toks[k+1] == "quelques")
		}
	}
	return false
}

var formerWords = wordSet("ancien", "ancienne", "anciens", "former", "previous", "ex")

// madeFor reports an organisation named as whom the software is for: "something like
// QuickBooks but open source for a small logging contractor" — not "looking for a small
// company that can install it".
func madeFor(toks []string, i int) bool {
	for k := i - 1; k >= 2 && k >= i-3; k-- {
		if smallWords[toks[k]] && indefinite[toks[k-1]] &&
			(toks[k-2] == "for" || toks[k-2] == "pour") {
			return k-3 < 0 || !seekVerbs[toks[k-3]] && toks[k-3] != "looking" && toks[k-3] != "search"
		}
	}
	return false
}

// asRole reports a noun said as the asker's capacity: "as a freelance web developer", "en
// tant que développeur".
func asRole(toks []string, i int) bool {
	for k := i - 1; k >= 1 && k >= i-4; k-- {
		if toks[k-1] == "as" && (toks[k] == "a" || toks[k] == "an") || toks[k-1] == "tant" && toks[k] == "que" {
			return true
		}
	}
	return false
}

// hereIntro reports the English way of saying who one is: "Freelance dev here, I need…".
func hereIntro(toks []string, start, i int) bool {
	for j := i + 1; j < len(toks) && j <= start+4; j++ {
		if toks[j] == "here" {
			return j+1 == len(toks) || !hereFollowers[toks[j+1]]
		}
	}
	return false
}

// tradeOpening reports a message that opens on the asker's trade, then asks: "freelance
// translator FR>EN, looking for a free CAT tool" — unlike "freelance dev sur Nantes ?".
func tradeOpening(toks []string, i int) bool {
	if toks[i] != "freelance" && toks[i] != "independant" && toks[i] != "independent" && toks[i] != "consultant" {
		return false
	}
	for j := i + 2; j < len(toks) && j <= i+5; j++ {
		if openingAsks[toks[j]] {
			return true
		}
	}
	return false
}

var openingAsks = wordSet("looking", "need", "needs", "cherche", "besoin", "je", "j", "i", "we")

// hereFollowers turn "here" into a place or a question: "any dev here who knows Odoo?".
var hereFollowers = wordSet("who", "that", "which", "to", "in", "near", "around", "at", "can", "could", "with", "knows", "know")

// selfIntro reports an organisation noun that opens the message as the asker introduces
// itself: "Bonjour, entreprise de maçonnerie de 12 personnes. On planifie…", "agence
// immobilière de 4 négociateurs" — unlike "entreprise qui peut installer Nextcloud ?".
func selfIntro(toks []string, i int) bool {
	k := 0
	for k < i && greetingWords[toks[k]] {
		k++
	}
	if hereIntro(toks, k, i) || k == i && tradeOpening(toks, i) {
		return true
	}
	// "entreprise de maçonnerie", "agence immobilière de…": the asker's trade follows.
	if k != i || !slices.ContainsFunc(toks[i+1:min(len(toks), i+3)], func(w string) bool { return w == "de" || w == "d" }) {
		return false
	}
	for j := i + 1; j < len(toks) && j <= i+8 && toks[j] != "pour"; j++ {
		if j <= i+6 && sizeWords[toks[j]] && isNumber(toks[j-1]) || toks[j] == "on" || toks[j] == "je" || toks[j] == "j" {
			return true
		}
	}
	return false
}

var yourWords = wordSet("ton", "ta", "tes", "votre", "vos", "your")

var lookingWords = wordSet("looking", "searching", "look", "search", "hunting")

var sizeWords = wordSet("people", "personnes", "personne", "salaries", "employees", "staff", "persons", "person", "pers", "employes", "collaborateurs")

var whereWords = wordSet("dans", "en", "a", "au", "aux", "sur", "vers", "pres", "in", "near")

var selfDescribing = wordSet("suis", "sommes", "pas", "am", "not", "ni", "chui", "chuis", "jsuis")

var definiteOrg = wordSet("l", "le", "la", "les", "cette", "notre", "the", "du", "aux") // "l'infra du hackerspace", "sert aux pros"

// cueRightBefore reports "alternative à", "remplacer" just before i.
func cueRightBefore(toks []string, i int) bool {
	for _, c := range alternativeCuePhrases {
		// Only the cues that end at i: a long message may ask this for many words.
		if n := len(c); n <= i && slices.Equal(toks[i-n:i], c) && !replacesPerson(toks, i-n) {
			return true
		}
	}
	return false
}

// platformContext reports whether the name at i follows "sur", "sous", "avec", "on",
// "under" or "with", maybe with a determiner ("sur mon iPhone", "on my Mac"): the system
// something runs on.
func platformContext(toks []string, i int) bool {
	if i > 1 && toks[i-1] == "both" {
		i-- // "works on both android and iphone"
	}
	if i > 0 && (toks[i-1] == "some" || toks[i-1] == "others" || toks[i-1] == "certains") {
		return true // "some of us are on iphone, some android"
	}
	if i > 0 && deviceNouns[toks[i-1]] {
		return true // "sur mon tel Android", "des laptops (Windows + Ubuntu)", "un PC Windows"
	}
	if i > 1 && (possessives[toks[i-1]] || otherPossessives[toks[i-1]] || toks[i-1] == "un" || toks[i-1] == "une" || toks[i-1] == "le" || toks[i-1] == "a" || toks[i-1] == "the" || toks[i-1] == "l") {
		i--
	}
	return i > 0 && deviceCues[toks[i-1]]
}

// otherPossessives say whose device it is when not the asker's: "sur son Mac".
var otherPossessives = wordSet("son", "sa", "ses", "leur", "leurs", "his", "her", "their")

// deviceCues put a product in the asker's setting: "sur Android", "under Windows".
var deviceCues = wordSet("sur", "sous", "avec", "on", "under", "with", "dans", "entre", "between", "for", "pour")

var deviceNouns = wordSet("tel", "telephone", "smartphone", "portable", "mobile", "pc", "ordi", "ordinateur",
	"laptop", "laptops", "portables", "phone", "phones", "tablet", "tablets", "tablette", "smartphones", "telephones", "poste", "postes", "serveur", "serveurs", "machine", "machines", "computer", "pcs", "ordis",
	"ordinateurs", "tablettes", "computers")

// refusedVerb reports a service verb nobody wants done: "ils ne veulent plus rien
// installer de Meta" asks for no installer.
func refusedVerb(toks []string, i int) bool {
	if i > 0 && toks[i-1] == "rien" || i > 1 && (toks[i-1] == "d" || toks[i-1] == "de") && toks[i-2] == "pas" {
		return true // "pas d'install compliquée": nothing to install
	}
	if i > 2 && (toks[i-1] == "d" || toks[i-1] == "de") && toks[i-2] == "envie" && toks[i-3] == "pas" {
		return true // "pas envie d'installer un serveur": a service hosted elsewhere
	}
	if i > 1 && (toks[i-1] == "a" || toks[i-1] == "to") && hardWords[toks[i-2]] {
		return true // "Packet Tracer c'est galère à installer": a pain told, no installer sought
	}
	return i > 1 && (toks[i-1] == "plus" || toks[i-1] == "pas") && refuseVerbs[toks[i-2]]
}

// hardWords say a task is hard: "galère à installer", "hard to set up".
var hardWords = wordSet("galere", "dur", "difficile", "complique", "compliquee", "penible", "chiant", "long", "lourd", "hard", "difficult", "painful")

// "qui ne savent pas installer de logiciel": the users cannot, which asks for simple
// software, not for someone to install it.
var refuseVerbs = wordSet("veulent", "veut", "veux", "voulons", "voulez", "souhaitent", "souhaite",
	"sait", "savent", "sais", "savons", "savez")

// providerAvoided reports a provider word the asker wants to do without: "sans payer une
// agence", "sans envoyer mes données à une entreprise américaine" — not "sans payer Wix",
// where the product is still what to replace.
func providerAvoided(toks []string, i int) bool {
	if !providerWords[toks[i]] {
		return false
	}
	// "sans payer 15k€ à une agence": the sum paid stands between.
	k := i - 1
	for k > 0 && k > i-4 && (toks[k] == "a" || toks[k] == "une" || toks[k] == "un" || toks[k] == "to" || toks[k] == "an") {
		k--
	}
	if k > 1 && amount(toks[k]) && avoidGap[toks[k-1]] && withoutWords[toks[k-2]] {
		return true
	}
	return without(toks, i, 8, withoutWords, avoidGap) // "sans envoyer nos textes à une grosse boîte"
}

// amount reports a sum as written: "15k", "3000", "2k€" folded.
func amount(t string) bool {
	return t != "" && t[0] >= '0' && t[0] <= '9' && (isNumber(t) || isNumber(strings.TrimSuffix(t, "k")))
}

var avoidGap = wordSet("payer", "pay", "paying", "envoyer", "sending", "send", "mes", "nos", "my", "our", "donnees", "data",
	"textes", "documents", "fichiers", "photos", "conversations", "texts", "files", "abonnement", "subscription",
	"giving", "give", "locations", "location", "big", "tech", "grosse", "grande",
	"a", "au", "aux", "une", "un", "an", "to", "des", "de", "d", "la", "le", "les",
	"passer", "par", "going", "through") // "sans passer par un dev"

// negated reports whether the name starting at i follows "sans", "without" or "pas de",
// maybe through what holds it: "sans tableau Excel", "sans groupe WhatsApp", "sans
// passer par Google", "without a Google account", "sans envoyer ça chez YouTube".
func negated(toks []string, i int) bool {
	if i > 0 && (toks[i-1] == "ni" || toks[i-1] == "nor") {
		return true // "sans Apple ni Google derrière": neither is asked for
	}
	if i > 2 && (toks[i-1] == "or" || toks[i-1] == "ou" || toks[i-1] == "and") {
		// "without Zoom or Teams", "sans Google Meet ou Zoom": both are done without;
		// "without YouTube ads and tracking" too.
		for k := i - 2; k >= 1 && k >= i-4; k-- {
			if toks[k-1] == "without" || toks[k-1] == "sans" {
				return true
			}
		}
	}
	if i > 2 && (toks[i-1] == "sur" || toks[i-1] == "chez" || toks[i-1] == "par" || toks[i-1] == "on") && (toks[i-2] == "pas" || toks[i-2] == "not") &&
		(toks[i-3] == "mais" || toks[i-3] == "but" || toks[i-3] == "et" || toks[i-3] == "and" || toks[i-1] == "chez" || neitherAfter(toks, i) ||
			toks[i-1] == "par" && toks[i-3] != "pourquoi") { // "…leurs pièces, pas par mail" — but "pourquoi pas par Signal ?" suggests it
		// "…que tout le monde les voie, mais pas sur Facebook", "pas chez Google", "avec
		// les familles, pas sur facebook ni google photos": where not to go
		return true
	}
	if i > 1 && (toks[i-1] == "sur" || toks[i-1] == "chez") && slices.ContainsFunc(toks[max(1, i-6):i-1], func(t string) bool { return t == "que" }) &&
		slices.Contains(toks[max(0, i-7):i-1], "pas") {
		return true // "on veut pas que ça traîne sur insta": where it must not go
	}
	if i > 1 && toks[i-1] == "a" && toks[i-2] == "pas" && infinitive(toks[i]) {
		return true // "une visio qu'on n'a pas à installer": nothing to do, by anyone
	}
	if i > 0 && i+1 < len(toks) && (toks[i-1] == "n" || toks[i-1] == "ne") && negationEnds[toks[i+1]] {
		return true // "des adhérents qui n'installent rien": not done, not asked for
	}
	if i > 3 && (toks[i-1] == "sur" || toks[i-1] == "on") && toks[i-4] == "sans" && (toks[i-3] == "les" || toks[i-3] == "le" || toks[i-3] == "la") {
		return true // "partager les photos sans les mettre sur Facebook": where not to put them
	}
	return without(toks, i, 5, negationWords, holderWords)
}

// neitherAfter reports a "ni" or "nor" within the few words after i: "pas sur Facebook ni
// Google Photos" lists where not to go.
func neitherAfter(toks []string, i int) bool {
	return slices.ContainsFunc(toks[i:min(len(toks), i+4)], func(t string) bool { return t == "ni" || t == "nor" })
}

// negationEnds close a French negation after its verb: "n'installent rien", "ne forme pas".
var negationEnds = wordSet("rien", "pas", "jamais", "plus", "personne")

// withoutThat reports a verb in a "sans que…" clause: "sans que les participants aient à
// installer quoi que ce soit", "sans leur demander d'installer 36 applis" want nothing
// installed, by anyone.
func withoutThat(toks []string, i int) bool {
	for k := i - 1; k > 0 && k >= i-8; k-- {
		if toks[k-1] == "sans" && withoutOpeners[toks[k]] || toks[k-1] == "without" && toks[k] == "anyone" {
			return true
		}
	}
	return false
}

var withoutOpeners = wordSet("que", "qu", "leur", "lui", "avoir", "devoir")

// without reports a word of stops at most reach words before i, with only gap words
// between them.
func without(toks []string, i, reach int, stops, gap map[string]bool) bool {
	for k := i - 1; k >= 0 && k >= i-reach; k-- {
		switch {
		case stops[toks[k]]:
			return true
		case !gap[toks[k]] && !amount(toks[k]): // "sans s'envoyer 50 mails": a count between
			return false
		}
	}
	return false
}

var (
	withoutWords  = wordSet("sans", "without")
	negationWords = wordSet("sans", "without", "hors", "refusent", "refuse", "refusant", "refuses", "no", "rien", "nothing", // "rien à installer"
		"not") // "not tied to Google or Microsoft"
	holderWords = wordSet("le", "la", "les", "l", "de", "d", "du", "des", "any", "un", "une", "mon", "ma", "mes",
		"compte", "comptes", "account", "passer", "par", "utiliser", "tableau", "tableaux", "fichier",
		"fichiers", "feuille", "feuilles", "groupe", "groupes", "envoyer", "ca", "chez", "sur", "to", "using",
		"appeler", "contacter", "hire", "hiring", "calling", "etre", "be", "being", "que", "ce", "soit", // "sans que ce soit chez Google"
		"devoir", "savoir", "avoir", "a", "besoin", "having", "needing", "knowing", "how", // "sans devoir coder", "without having to code"
		"tied", "linked", "owned", "dependent", "by", "lie", "liee", "lies",
		"sending", "send", "giving", "give", "uploading", "upload", "everything", "tout", "data", "donnees") // "not sending everything to Google"
)
