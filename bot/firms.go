// SPDX-License-Identifier: AGPL-3.0-or-later

package bot

// Provider and service words: whether a firm, a kind or a service is sought, or only the asker's
// own trade, setting or organisation named.

import (
	"slices"
	"strings"

	"github.com/boussole-libre/boussole/knowledge"
)

// partnerOnly reports a partner who is no provider sought: "envoyer un fichier à un
// partenaire en Pologne", "requests come from partner staff" — unless one is sought for
// a job: "un partenaire qui pourrait nous accompagner", "looking for a partner to host".
func partnerOnly(toks []string, i int) bool {
	if toks[i] != "partenaire" && toks[i] != "partenaires" && toks[i] != "partner" && toks[i] != "partners" {
		return false
	}
	if i+1 < len(toks) && partnerJob[toks[i+1]] {
		return false
	}
	for k := max(0, i-3); k < i; k++ {
		if lookingWords[toks[k]] || toks[k] == "cherche" || toks[k] == "cherchons" || toks[k] == "trouver" || toks[k] == "besoin" || toks[k] == "need" {
			return false
		}
	}
	return true
}

var partnerJob = wordSet("qui", "who", "pour", "for", "to", "capable", "local", "locale", "locaux", "that", "pres", "near", "dans", "in", "sur")

// embedOnSite reports "intégrer" something on a web site: "une carte à intégrer sur son
// site", "intégrer un plan du village sur notre site" embed it, no integrator's job.
func embedOnSite(toks []string, i int) bool {
	if toks[i] != "integrer" && toks[i] != "embed" || i+1 >= len(toks) {
		return false
	}
	if toks[i+1] != "sur" && toks[i+1] != "dans" && toks[i+1] != "on" && toks[i+1] != "in" {
		return hasPhrase(toks[i+1:min(len(toks), i+9)], onPagePhrases)
	}
	// The site itself may have been read as a category: "sur son [site]".
	return i+2 < len(toks) && (possessives[toks[i+2]] || otherPossessives[toks[i+2]] || definiteWords[toks[i+2]] || toks[i+2] == "site" || toks[i+2] == "website")
}

var feelings = wordSet("peur", "mal", "rire", "pitie", "plaisir", "envie", "froid")

var sizeVerbs = wordSet("fait", "font", "pese", "pesent", "contient", "has", "weighs")

// sourceOf reports a provider word that says where something came from: "12 PC donnés
// par une entreprise", "reçu d'une entreprise du coin" — not "besoin d'une entreprise".
func sourceOf(toks []string, i int) bool {
	if i > 2 && firmQualities[toks[i-1]] {
		i-- // "maintained by a French company"
	}
	if i >= 2 && (toks[i-1] == "d" || toks[i-1] == "de") && hasAny(toks[max(0, i-9):i-1], sourceVerbs) {
		return true // "des dons de PC d'entreprises": donors
	}
	if i < 2 || !indefinite[toks[i-1]] {
		return false
	}
	// "on a reçu 12 vieux PC portables (Windows 7 !) d'une entreprise du coin": a donor.
	return toks[i-2] == "par" || toks[i-2] == "by" ||
		(toks[i-2] == "d" || toks[i-2] == "de") && i >= 3 && hasAny(toks[max(0, i-9):i-2], sourceVerbs)
}

var sourceVerbs = wordSet("recu", "recus", "recues", "recoit", "recevons", "recoivent", "dons", "don", "donne", "donnes", "offert", "offerts", "vendu", "vendus",
	"achete", "achetes", "fourni", "fournis", "recupere", "recuperes", "portables", "pc", "ordinateurs", "postes")

// compoundOf reports a provider word that completes another noun: "jeux de société",
// "chef d'entreprise", and in English "a small architecture firm" (the asker's).
func compoundOf(toks []string, i int) bool {
	return i > 1 && (toks[i-1] == "de" || toks[i-1] == "d") && compoundHeads[toks[i-2]] || listingBuilt(toks, i) ||
		i+2 < len(toks) && (toks[i+1] == "a" || toks[i+1] == "aux") && containerOf[toks[i+2]] || // "une boîte à chaussures"
		englishFirms[toks[i]] && i > 0 && !stopWords[toks[i-1]] && !indefinite[toks[i-1]] && !alternativeWords[toks[i-1]] &&
			!possessives[toks[i-1]] && !isNumber(toks[i-1]) && !firmQualities[toks[i-1]]
}

// listingBuilt reports providers that fill a directory or a map being made: "faire un
// annuaire en ligne des prestataires avec filtres" builds the directory, it seeks no one.
func listingBuilt(toks []string, i int) bool {
	for k := i - 1; k >= 1 && k >= i-4; k-- {
		if listingNouns[toks[k]] {
			return slices.ContainsFunc(toks[max(0, k-3):k], func(t string) bool { return buildVerbs[t] })
		}
	}
	return false
}

var (
	listingNouns = wordSet("annuaire", "annuaires", "repertoire", "carte", "cartes", "directory", "map")
	buildVerbs   = wordSet("faire", "creer", "monter", "construire", "fabriquer", "make", "build", "create")
)

// inSetting reports "en entreprise", "en petite auto entreprise": a setting, not someone
// to do the work.
func inSetting(toks []string, i int) bool {
	if i > 1 && (toks[i-1] == "d" || toks[i-1] == "de") && (toks[i] == "entreprise" || toks[i] == "societe") && !quantityWords[toks[i-2]] {
		return true // "le proxy d'entreprise", "une messagerie d'entreprise": a kind, not a firm
	}
	k := i - 1
	for k > 0 && (sizeAdjectives[toks[k]] || indefinite[toks[k]]) {
		k--
	}
	// "en petite entreprise"; "je paye comme une vraie boîte": a comparison.
	return k >= 0 && (toks[k] == "en" || toks[k] == "comme" || toks[k] == "like")
}

var quantityWords = wordSet("liste", "annuaire", "besoin", "plein", "beaucoup", "peu", "reseau", "groupement")

var sizeAdjectives = wordSet("petite", "petit", "grande", "grand", "moyenne", "auto", "micro", "tres", "vraie", "vrai", "real", "big")

// firmQualities say what firm is sought, not whose: "a French company that hosts Nextcloud".
var firmQualities = wordSet("french", "local", "european", "reliable", "trustworthy", "good", "serious", "breton", "ethical", "cooperative")

var englishFirms = wordSet("firm", "firms", "company", "companies")

// containerOf follow "boîte à" in the names of boxes: "une boîte à chaussures".
var containerOf = wordSet("chaussures", "lettres", "outils", "idees", "musique", "gants", "secrets", "rythmes",
	"vitesses", "pizza", "biscuits", "bijoux", "couture", "oeufs")

var compoundHeads = wordSet("jeux", "jeu", "chef", "chefs", "comite", "culture", "vie", "esprit", "voiture",
	"voitures", "repas", "creation", "creer", "soirees", "soiree",
	"honoraires", "rapport", "rapports", "cabinet", "cabinets") // "des notes d'honoraires d'expert"

// adjectiveAfterNoun reports a provider word that qualifies the noun before it: "garage
// auto indépendant", "un traducteur freelance" is no freelancer sought.
func adjectiveAfterNoun(toks []string, i int) bool {
	return adjectiveProviders[toks[i]] && i > 0 && !stopWords[toks[i-1]] && !indefinite[toks[i-1]] &&
		!alternativeWords[toks[i-1]] && !wantVerbs[toks[i-1]] &&
		!definiteOrg[toks[i-1]] && !possessives[toks[i-1]] && toks[i-1] != "en" && toks[i-1] != "un"
}

var adjectiveProviders = wordSet("independant", "freelance", "expert", "specialiste")

// migrationService reports a migration asked of someone: "accompagnement pour migrer de
// Google Workspace vers Nextcloud" names the service before the verb; "migrer de Dropbox
// vers du libre" asks for the software.
func migrationService(toks []string) bool {
	for i, t := range toks {
		if t != "migrer" && t != "migrate" {
			continue
		}
		return slices.ContainsFunc(toks[:i], func(w string) bool { return serviceWords[w] != "" && !serviceVerbs[w] })
	}
	return false
}

// council reports "conseil" naming an assembly, not advice: "les comptes rendus du
// conseil", "le conseil municipal", "conseil d'administration".
func council(toks []string, i int) bool {
	if toks[i] != "conseil" && toks[i] != "conseils" {
		return false
	}
	return i > 0 && councilDeterminers[toks[i-1]] || i+1 < len(toks) && councils[toks[i+1]] ||
		i > 1 && toks[i-1] == "de" && sittingWords[toks[i-2]] // "nos séances de conseil"
}

// councilDeterminers make "conseil" an assembly: "tout le conseil", "au conseil", "notre
// conseil".
var councilDeterminers = wordSet("du", "le", "au", "ce", "notre", "votre", "leur")

var sittingWords = wordSet("seance", "seances", "reunion", "reunions", "salle", "membres", "membre", "president", "presidente")

var councils = wordSet("municipal", "municipaux", "communautaire", "d", "de", "departemental", "regional",
	"syndical", "scientifique", "pedagogique", "citoyen", "national", "constitutionnel", "general")

// productSupport reports "support" as what a product does or lacks, not a service asked
// for: "customer support", "support client", "fin de support".
func productSupport(r *reading, t string) bool {
	return t == "support" && hasPhrase(r.fixed, supportPhrases)
}

var supportPhrases = phraseList("customer support", "support client", "support clients", "support utilisateurs",
	"fin de support", "end of support", "support technique client", "support has ended", "support ended", "support ends",
	"support is ending", "n est plus supporte", "plus de support", "fin du support", "support de windows", "windows support",
	// the vendor's support complained of: "le support met des jours à répondre"
	"le support met", "le support ne", "le support est", "leur support", "son support", "their support", "support takes", "support is slow")

// whoFollows reports "qui" a few words after i: "une asso à La Réunion qui aide".
// "chaque asso voit ce qui est libre" seeks no one: "chaque" counts the askers, "ce qui"
// is a thing.
func whoFollows(toks []string, i int) bool {
	k := whoAt(toks, i)
	return k > 0 && !selfWant(toks, k) && toks[k-1] != "ce" && !(i > 0 && (toks[i-1] == "chaque" || toks[i-1] == "each"))
}

// kindSought reports a kind of organisation asked for by "is there a", "any", "know a":
// "is there a French hosting co-op?", "vous connaissez une scop ?".
func kindSought(toks []string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if k > 0 && (toks[k] == "a" || toks[k] == "an" || toks[k] == "une" || toks[k] == "un") && kindSeekWords[toks[k-1]] || toks[k] == "any" {
			return true
		}
	}
	return false
}

var kindSeekWords = wordSet("there", "know", "connais", "connait", "connaissez", "recommend", "conseiller", "conseillez")

// whoAt returns where "qui" stands a few words after i, or -1.
func whoAt(toks []string, i int) int {
	for k := i + 1; k < len(toks) && k <= i+5; k++ {
		if toks[k] == "qui" || toks[k] == "who" {
			return k
		}
	}
	return -1
}

// selfWant reports "qui cherche", "qui vend…" after an organisation: "une coopérative qui
// cherche un outil" is the asker, not a provider sought.
func selfWant(toks []string, who int) bool {
	return who+1 < len(toks) && wantVerbs[toks[who+1]]
}

// askerDoesIt reports a service word for work the asker does or has done, or that others
// already do, not asked of anyone: "host its own forge", "what could we install", "on a
// fini la migration", "mon neveu qui fait le support", "qqn peut me dépanner une boîte ?"
// (a thing lent).
func askerDoesIt(toks []string, i int) bool {
	return ownDoing(toks, i) || selfDoing(toks, i) || workDone(toks, i) || kinHelped(toks, i) || softwarePurpose(toks, i) || usersWould(toks, i) ||
		askerTrade(toks, i) || featureVerb(toks, i) || ownHands(toks, i) || appInstalled(toks, i) || doneByWho(toks, i) || thingLent(toks, i)
}

// thingLent reports "dépanner" meaning to lend: "qqn peut me dépanner une boîte jusqu'à
// lundi ?", "tu peux me dépanner de 20 balles ?" — no repair sought.
func thingLent(toks []string, i int) bool {
	return strings.HasPrefix(toks[i], "depann") && i > 0 && (toks[i-1] == "me" || toks[i-1] == "m" || toks[i-1] == "nous") &&
		i+1 < len(toks) && (indefinite[toks[i+1]] || toks[i+1] == "de" || toks[i+1] == "d")
}

// doneByWho reports a service someone already does: "mon neveu qui fait le support de
// l'agence", "la personne qui s'occupe de la maintenance", "the guy who does our support".
func doneByWho(toks []string, i int) bool {
	k := i - 1
	if k > 0 && (definiteWords[toks[k]] || possessives[toks[k]]) {
		k--
	}
	if k > 2 && (toks[k] == "de" || toks[k] == "du") && toks[k-1] == "occupe" && toks[k-2] == "s" {
		k -= 2 // "qui s'occupe de la"
	}
	return k > 0 && tradeVerbs[toks[k]] && (toks[k-1] == "qui" || toks[k-1] == "who")
}

// memberOf reports an organisation the asker works or volunteers in, a few words before
// its kind: "I volunteer with an asylum seekers' association", "je suis bénévole dans une
// petite asso".
func memberOf(toks []string, i int) bool {
	for k := i - 1; k >= 1 && k >= i-5; k-- {
		if memberVerbs[toks[k-1]] && memberLinks[toks[k]] {
			return true
		}
	}
	return false
}

var (
	memberVerbs = wordSet("volunteer", "volunteers", "volunteering", "work", "works", "working", "benevole", "benevoles", "bosse",
		"bossons", "travaille", "travaillons", "militant", "militante", "engage", "engagee")
	memberLinks = wordSet("with", "for", "at", "in", "dans", "pour", "chez", "a")
)

// appInstalled reports an install the users must do themselves: "il faut installer une
// appli ?", "do they need to install an app?" — a trait of the software, no one sought.
func appInstalled(toks []string, i int) bool {
	if i == 0 || !(i+2 < len(toks) && indefinite[toks[i+1]] && softwareNouns[toks[i+2]]) {
		return false
	}
	return toks[i-1] == "faut" || toks[i-1] == "faudrait" || i > 1 && toks[i-1] == "to" && (toks[i-2] == "need" || toks[i-2] == "have")
}

// enrolledIn reports a service named as what people sign up for: "Google Forms pour les
// inscriptions à la formation", "registration for the training" — an event, no trainer sought.
func enrolledIn(toks []string, word string) bool {
	seen := false
	for i, t := range toks {
		if t != word {
			continue
		}
		if !slices.ContainsFunc(toks[max(0, i-3):i], func(w string) bool { return enrolWords[w] }) {
			return false
		}
		seen = true
	}
	return seen
}

var enrolWords = wordSet("inscription", "inscriptions", "inscrire", "inscrits", "registration", "registrations", "register", "signup",
	"signups", "enrol", "enroll", "enrolment", "enrollment", "participants",
	// "je reprends une formation de secrétaire": the asker's own course.
	"reprends", "reprend", "commence", "entame", "suis", "fais", "suit", "termine", "finis")

// supportEnded reports the vendor's support coming to its end: "Windows 10 which is out of
// support", "la fin du support de Windows 10" — a product's life, no service sought.
func supportEnded(toks []string, i int) bool {
	if i+1 < len(toks) && endVerbs[toks[i+1]] || i+2 < len(toks) && (toks[i+1] == "s" || toks[i+1] == "se") && endVerbs[toks[i+2]] {
		return true // "le support s'arrête", "support ends in October"
	}
	for k := i + 1; k < len(toks)-1 && k <= i+4; k++ {
		if toks[k] == "ne" && failVerbs[toks[k+1]] {
			return true // "l'assistance en ligne ne répond pas": the vendor's, failing
		}
	}
	return i > 1 && (toks[i-1] == "of" && (toks[i-2] == "out" || toks[i-2] == "end") || (toks[i-1] == "du" || toks[i-1] == "de") && toks[i-2] == "fin")
}

var failVerbs = wordSet("repond", "repondent", "decroche", "decrochent", "rappelle", "marche", "fonctionne")

var endVerbs = wordSet("arrete", "arretera", "termine", "terminera", "finit", "finira", "ends", "ended", "stops", "stopped", "expire", "expires")

// askerTrade reports a service the asker provides: "(I do IT support for small shops)",
// "je fais de la formation" — the asker's trade, no helper sought.
func askerTrade(toks []string, i int) bool {
	k := i - 1
	for k > 0 && (toks[k] == "it" || toks[k] == "informatique" || toks[k] == "some" || partitive[toks[k]]) {
		k--
	}
	return k > 0 && k < i && tradeVerbs[toks[k]] && selfSubjects[toks[k-1]]
}

// tradeVerbs do a job: the asker's trade ("je fais de la formation") or someone's
// ("mon neveu qui fait le support").
var tradeVerbs = wordSet("do", "provide", "offer", "fais", "fait", "propose", "proposons", "faisons", "assure", "assurons",
	"font", "assurent", "gere", "gerent", "occupe", "does", "handles", "runs")

var partitive = wordSet("du", "de", "la", "le", "l", "des")

// modelTraining reports the training of an AI model: "after the copilot training thing",
// "our code used as training data" — no course for people.
func modelTraining(toks []string) bool {
	for i, t := range toks {
		if t != "training" && t != "entrainement" {
			continue
		}
		if i > 0 && aiWords[toks[i-1]] || i+1 < len(toks) && (toks[i+1] == "data" || toks[i+1] == "des" && i+2 < len(toks) && aiWords[toks[i+2]]) {
			return true
		}
	}
	return false
}

var aiWords = wordSet("copilot", "ai", "ia", "model", "models", "llm", "llms", "gpt", "chatgpt", "modele", "modeles")

// usersWould reports a verb the users themselves would do: "smth they'd actually install",
// "an app people would install" — what the software must be, not a service asked.
func usersWould(toks []string, i int) bool {
	k := i - 1
	if k > 0 && (toks[k] == "actually" || toks[k] == "really" || toks[k] == "even") {
		k--
	}
	return k > 0 && (toks[k] == "d" || toks[k] == "would" || toks[k] == "ll") && userSubjects[toks[k-1]]
}

var userSubjects = wordSet("they", "people", "folks", "users", "members", "everyone", "she", "he", "kids", "parents")

// workDone reports a service named as finished: "on a fini la migration vers Proxmox".
func workDone(toks []string, i int) bool {
	k := i - 1
	if k > 0 && (toks[k] == "it" || toks[k] == "informatique") {
		k-- // "after the IT migration"
	}
	if k > 0 && (definiteWords[toks[k]] || possessives[toks[k]] || toks[k] == "the") {
		k--
	}
	return k >= 0 && (doneWords[toks[k]] || toks[k] == "after" || toks[k] == "apres" || toks[k] == "since" || toks[k] == "depuis")
}

// doneWords say a piece of work is over: "after the migration is done", "migration terminée".
var doneWords = wordSet("fini", "finie", "termine", "terminee", "termines", "terminees", "acheve", "reussi", "reussie", "boucle", "finished",
	"completed", "complete", "done")

// ownDoing reports a service verb the asker does for themselves: "host its own forge",
// "héberger nos propres mails", "set it up ourselves".
func ownDoing(toks []string, i int) bool {
	for k := i + 1; k < min(len(toks), i+5); k++ {
		if ownWords[toks[k]] || toks[k] == "meme" && (toks[k-1] == "moi" || toks[k-1] == "soi") {
			return true
		}
	}
	return false
}

// selfCan reports "on peut (plus) le <verb>", "je peux pas le maintenir": what the asker
// can or cannot do themselves.
func selfCan(toks []string, i int) bool {
	k := i - 1
	if k > 0 && objectPronouns[toks[k]] {
		k--
	}
	if k > 0 && (toks[k] == "plus" || toks[k] == "pas") {
		k--
	}
	return k > 0 && k < i-1 && canSay(toks[k]) && selfSubjects[toks[k-1]]
}

// selfDoing reports a service verb whose subject is the asker, or what software is for:
// "what could we install instead", "parametric CAD to design parts".
func selfDoing(toks []string, i int) bool {
	if i == 0 {
		return false
	}
	if wishedBySelf(toks, i) || softwareToDo(toks, i) {
		return true // "on aimerait les héberger ailleurs", "un logiciel libre à installer"
	}
	if i > 1 && (toks[i] == "installe" || toks[i] == "installons") && (toks[i-1] == "m" || toks[i-1] == "s" || toks[i-1] == "nous") &&
		(selfSubjects[toks[i-2]] || toks[i-2] == "nous") {
		return true // "je m'installe": the asker settles somewhere — not "qui peut m'installer"
	}
	if toks[i-1] == "to" {
		return i < 2 || !helperNouns[toks[i-2]]
	}
	if i > 2 && objectPronouns[toks[i-1]] && toks[i-2] == "pour" && softwareQualities[toks[i-3]] {
		return true // "si possible libre pour l'installer sur tous les postes": the asker installs it
	}
	if whatToDo(toks, i) {
		return true // "quel système léger installer ?", "quoi lui installer ?": what to install, asked
	}
	if selfCan(toks, i) {
		return true // "on peut plus le maintenir": the asker's own upkeep, given up
	}
	if i > 1 && (toks[i-1] == "apt" && selfSubjects[toks[i-2]] || toks[i-1] == "you" && (toks[i-2] == "do" || toks[i-2] == "can")) {
		return true // "what should I apt install", "how do you install apps without the play store?"
	}
	return selfSubjects[toks[i-1]] // not "nous": "qui peut nous installer" is its object
}

// softwareToDo reports a verb that says what the software sought is for: "un logiciel
// libre à installer à la place", "quels logiciels éducatifs installer".
func softwareToDo(toks []string, i int) bool {
	if i > 1 && toks[i-1] == "a" && libreWords[toks[i-2]] || i > 0 && toks[i-1] == "quoi" || i+1 < len(toks) && toks[i+1] == "quoi" ||
		embedOnSite(toks, i) {
		return true // "une carte libre à intégrer", "je sais pas quoi installer", "faut installer quoi": what to, not who
	}
	j := i
	if j > 1 && toks[j-2] == "a" && (toks[j-1] == "lui" || toks[j-1] == "leur") {
		j-- // "un système très simple à lui installer": what the asker would install for her
	}
	if j > 1 && toks[j-1] == "a" && indefinite[toks[j-2]] {
		return true // "un [système simple] à installer": the name read leaves a gap in the free words
	}
	for k := j - 1; k >= 0 && k >= j-4; k-- {
		if toks[k] == "qui" || toks[k] == "who" || modalVerbs[toks[k]] {
			return false // "une appli chinoise. Qui pourrait installer ça ?" asks someone
		}
		if softwareNouns[toks[k]] || toks[k] == "systeme" {
			return k > 0 && (whichWords[toks[k-1]] || indefinite[toks[k-1]]) || toks[j-1] == "a"
		}
	}
	return false
}

// wishedBySelf reports a verb the asker wishes to do: "on aimerait les héberger", "nous
// voudrions l'installer" — subject, modal, maybe an object pronoun, then the verb.
func wishedBySelf(toks []string, i int) bool {
	k := i - 1
	if k > 0 && objectPronouns[toks[k]] {
		k--
	}
	if k > 1 && toks[k] == "a" && seekVerbs[toks[k-1]] {
		k-- // "on cherche à mettre en place la signature électronique": the asker sets it up
	} else if k < 1 || !modalVerbs[toks[k]] {
		return false
	}
	return selfSubjects[toks[k-1]] || toks[k-1] == "nous" // "nous voudrions l'installer"
}

var seekVerbs = wordSet("cherche", "cherchons", "cherchent", "essaie", "essayons", "essaye", "tente", "tentons", "pense", "pensons")

var modalVerbs = wordSet("aimerait", "aimerais", "aimerions", "voudrait", "voudrais", "voudrions", "veut", "veux", "voulons",
	"souhaite", "souhaitons", "va", "vais", "allons", "doit", "dois", "devons", "want", "need", "would", "will", "could", "can")

// helperNouns ask someone to do the work: "someone to set up", "help to install".
var helperNouns = wordSet("someone", "somebody", "anyone", "anybody", "help", "company", "companies", "firm", "freelancer",
	"consultant", "contractor", "people", "person", "provider", "agency", "pro", "professional")

var ownWords = wordSet("own", "propre", "propres", "ourselves", "myself", "itself", "themselves", "memes")

var wantVerbs = wordSet("cherche", "cherchent", "veut", "veux", "voulons", "voulez", "veulent", "voudrait", "voudraient", "souhaite",
	"souhaitent", "aimerait", "aimeraient", "vend", "vendent", "wants", "needs", "is", "sells")

// describes reports an everyday word used as an adjective of the noun before it: "un
// hébergeur sympa", "un outil sympa", "un hébergeur mail sympa": not the tool of that name.
func describes(ix *knowledge.Index, toks []string, i int) bool {
	// "un hébergeur mail sympa": a word that names nothing may stand between the noun and
	// the adjective — "prestataire Matrix/Element" names two things.
	return i > 0 && genericNounAt(toks, i-1) ||
		i > 1 && genericNounAt(toks, i-2) && !stopWords[toks[i-1]] && !likeWords[toks[i-1]] &&
			!slices.ContainsFunc(ix.Phrase(toks[i-1]), func(h knowledge.Hit) bool { return h.Kind.Names() })
}

// genericNounAt reports a generic noun at j — "host" after "can", "to" or "who" is the
// verb: "who can host Matrix?" names Matrix.
func genericNounAt(toks []string, j int) bool {
	return genericNouns[toks[j]] && !(toks[j] == "host" && j > 0 && hostVerbBefore[toks[j-1]])
}

var hostVerbBefore = wordSet("can", "could", "to", "who", "will", "would", "we", "i", "you", "they", "also", "should", "must")

// likeWords compare what is sought to a name: "un truc comme Doodle", "an app like Canva".
var likeWords = wordSet("comme", "like", "genre", "type", "facon", "style")

var genericNouns = wordSet("hebergeur", "hebergeurs", "prestataire", "prestataires", "presta", "outil", "outils",
	"logiciel", "logiciels", "appli", "applis", "application", "truc", "trucs", "solution", "solutions",
	"site", "service", "services", "boite", "asso", "equipe", "projet", "tool", "app", "provider", "host")

// choiceOfTools reports a choice between tools, one named at least: "Grist ou NocoDB pour migrer ?"
// asks which software, as "un logiciel pour migrer" would.
func (r *reading) choiceOfTools() bool {
	return r.namesKind(knowledge.HitTool) && (hasAny(r.fixed, wordSet("ou", "or")) || hasPhrase(r.fixed, versusPhrases))
}

var versusPhrases = phraseList("vs", "versus", "plutot que", "rather than")

// purpose reports a service verb that says what software is for: "un logiciel pour
// héberger nos vidéos", "c'est quoi le mieux pour l'héberger ?" ask for software, unless
// someone is asked for ("qui", a provider word: handled by the caller's other cues).
func purpose(toks []string, i int, task bool) bool {
	// "partager un écran à distance pour dépanner mamie": a message that opens with what
	// to do (task) asks for software as surely as "un logiciel pour…".
	software := hasAny(toks, softwareWords) || task
	if !serviceVerbs[toks[i]] || !software || hasPhrase(toks[:i], askerPhrases) {
		return false // "quelqu'un pour installer un logiciel de compta" asks for someone
	}
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		switch toks[k] {
		case "pour", "to":
			return true
		case "l", "le", "la", "les", "nous", "me", "vous":
			continue
		}
		return false
	}
	return false
}

// softwareWords ask for a program, not a person.
var softwareWords = wordSet("logiciel", "logiciels", "outil", "outils", "appli", "application", "quoi", "solution",
	"programme", "software", "tool", "app", "what", "mieux", "truc")

// selfService reports a service word the person does themselves: "self-hosted",
// "auto-hébergé", "héberger nous-mêmes", "installer moi-même", "comment installer".
func selfService(toks []string, i int) bool {
	if i > 0 && (toks[i-1] == "self" || toks[i-1] == "auto") {
		return true
	}
	// "comment installer Nextcloud ?", "how to host Jitsi": the asker will do it; so in
	// "on installe quoi ?", "j'installe quoi ?".
	if i > 0 && (toks[i-1] == "comment" || selfSubjects[toks[i-1]]) ||
		i > 1 && toks[i-2] == "how" && toks[i-1] == "to" {
		return true
	}
	// "on lui installe quoi ?": the asker, for someone; "Windows 11 refuse de
	// s'installer": the program itself.
	if i > 1 && (selfSubjects[toks[i-2]] || wantVerbs[toks[i-2]]) && objectPronouns[toks[i-1]] || i > 0 && (toks[i-1] == "s" || toks[i-1] == "se") {
		return true
	}
	// "je me suis installé comme plombier", "on s'est installés": the asker settled;
	// "j'ai installé Linux Mint hier", "j'ai fini de migrer": done already.
	if i > 1 && beForms[toks[i-1]] && reflexives[toks[i-2]] || i > 0 && haveForms[toks[i-1]] && pastParticiple(toks[i]) ||
		i > 1 && toks[i-1] == "a" && (toks[i-2] == "on" || toks[i-2] == "il" || toks[i-2] == "elle") && pastParticiple(toks[i]) || // "on a installé un Moodle"
		i > 1 && (toks[i-1] == "de" || toks[i-1] == "d") && slices.ContainsFunc(toks[max(0, i-4):i-1], func(w string) bool { return doneVerbs[w] }) {
		return true // also "j'ai convaincu mon père d'installer Firefox"
	}
	// "qu'on peut installer", "facile à installer": the asker does it, or it is easy to.
	if i > 1 && (ableWords[toks[i-1]] && selves[toks[i-2]] || toks[i-1] == "a" && easyWords[toks[i-2]]) {
		return true
	}
	for k := i + 1; k < len(toks) && k <= i+3; k++ {
		switch {
		case toks[k] == "myself" || toks[k] == "ourselves":
			return true
		case (toks[k] == "meme" || toks[k] == "memes") && selves[toks[k-1]]:
			return true
		case (toks[k] == "seul" || toks[k] == "seule" || toks[k] == "seuls") && (toks[k-1] == "tout" || toks[k-1] == "toute"):
			return true // "j'ai réussi à tout installer tout seul"
		}
	}
	return false
}

var selfSubjects = wordSet("on", "je", "j", "we", "i")

var objectPronouns = wordSet("lui", "leur", "y", "les", "le", "la", "l", "en", "it", "them")

var haveForms = wordSet("ai", "as", "avons", "avez", "ont", "avait", "avais")

// doneVerbs end a task: "j'ai fini de migrer", "on vient de migrer".
var doneVerbs = wordSet("fini", "termine", "vient", "viens", "venons", "acheve", "convaincu", "decide", "reussi",
	"essaye", "oublie", "arrete")

// pastParticiple reports a folded word that can be a past participle: "installe" after
// "ai" is "installé".
func pastParticiple(t string) bool { return strings.HasSuffix(t, "e") || strings.HasSuffix(t, "es") }

var beForms = wordSet("suis", "est", "sommes", "etes", "sont", "etais", "etait", "es", "soit", "sera", "serait")

var reflexives = wordSet("me", "m", "se", "s", "nous", "vous", "te", "t")

var selves = wordSet("nous", "moi", "soi", "vous", "toi", "on", "je", "j")

var ableWords = wordSet("peut", "peux", "puisse", "pouvons", "puissions", "pourrait", "pourrions", "sais", "savons", "can", "could")

var easyWords = wordSet("facile", "faciles", "simple", "simples", "dur", "difficile", "difficiles", "complique", "compliquee", "easy", "hard")

// photoDevelopment reports "développer" said of photographs: "développer mes RAW", "develop
// my photos".
func photoDevelopment(toks []string) bool {
	for i, t := range toks {
		if !developWords[t] {
			continue
		}
		for k := i + 1; k < len(toks) && k <= i+3; k++ {
			if photoWords[toks[k]] {
				return true
			}
		}
	}
	return false
}

var developWords = wordSet("developper", "develop", "developpement", "developing", "developpeur", "developer")

var photoWords = wordSet("raw", "raws", "photo", "photos", "pellicule", "pellicules", "negatif", "negatifs",
	"cliches", "images", "pictures", "picture", "shots", "film", "negatives", "dng", "nef", "cr2", "arw")
