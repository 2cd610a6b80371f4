// SPDX-License-Identifier: AGPL-3.0-or-later

package bot

// Reading the request's cues: who asks, for whom, what is negated, which words ask.

import (
	"cmp"
	"slices"
	"strings"

	"github.com/boussole-libre/boussole/knowledge"
	"github.com/boussole-libre/boussole/knowledge/textnorm"
)

// readCues reads the request signals, the wanted service and the wanted kind of provider.
func (r *reading) readCues() cues {
	c := cues{alt: asksSoftware(r.free, departmentNamed(r.fixed)) || hasPhrase(r.fixed, costPhrases) || r.libreName() || hasPhrase(r.fixed, onItPhrases) ||
		hasPhrase(r.fixed, somethingForPhrases) || hasPhrase(r.fixed, switchToPhrases),
		strongAlt: cueAt(r.fixed) >= 0 && !migrationService(r.fixed)}
	job, served := r.readJob(), kinServed(r.fixed)
	// "tu connais la différence entre une SCOP et une SCIC ?": kinds defined, none sought.
	comparing := hasPhrase(r.fixed, differencePhrases)
	for i, t := range r.free {
		if negated(r.free, i) || withoutThat(r.free, i) || providerAvoided(r.free, i) || t == "setup" && nounSetup(r.fixed) || hostedWhere(r.free, i, r.namesTool()) {
			continue // "sans installer de logiciel", "sans prestataire": not asked for; "a router setup": a configuration
		}
		if providerWords[t] && !comparing && !r.kittens(t) && r.firmSought(i, job) {
			if k := whoAt(r.free, i); k > 0 && selfWant(r.free, k) {
				continue
			}
			c.provider = true
		}
		if r.askerDoes(i, job) {
			continue // "développer mes RAW" asks for a darkroom, not a developer
		}
		// "je suis développeur freelance": the asker's trade, not a service asked for.
		// "a remote support tool": the kind of software, not a service asked for; "le
		// contrat de maintenance explose": the vendor's, today.
		// "ton conseil sur Linux Mint était top": the bot's advice, not a service asked for.
		if s := cmp.Or(serviceWords[t], trainsAt(r.free, i)); s != "" && r.u.Service == "" && !served[t] && !productSupport(r, t) && !council(r.free, i) && !beforeSoftwareNoun(r.free, i) &&
			!(t == "former" && r.u.Lang == English) && // "former scouts of our group"
			!(s == "formation" && modelTraining(r.fixed)) &&
			!(i > 0 && yourWords[r.free[i-1]]) &&
			!(i > 1 && r.free[i-1] == "de" && r.free[i-2] == "contrat") && !(i+1 < len(r.free) && offeredWords[r.free[i+1]]) &&
			!(trades[t] && askerOrg(r.free, i)) && (!askerDoesIt(r.free, i) || trainedToDoIt(r.free, s, i)) && !refusedVerb(r.free, i) && !doneAlready(r.free, i) && !enrolledIn(r.fixed, t) && !supportEnded(r.free, i) &&
			!toolPurpose(r.free, i) && !r.notServiceHere(s, i) && !usersWouldInstall(r.free, i) && !hasPhrase(r.fixed, groupAskPhrases) && !finished(r.free, i) && !orgMission(r.free, i) {
			r.u.Service = s
		}
		// "dans le train": a French noun, not the English verb.
		// "host its own git forge", "héberger notre propre forge": the asker does the work.
		c.serviceVerb = c.serviceVerb || (serviceVerbs[t] || trainsAt(r.free, i) != "") && !(t == "train" && r.u.Lang == French) && !(t == "former" && r.u.Lang == English) &&
			!hostNoun(r.free, i) && !askerDoesIt(r.free, i) && !refusedVerb(r.free, i) &&
			!served[t] && !doneAlready(r.free, i) && !toolPurpose(r.free, i) && !r.readAnywhere(i, embedOnSite) && !usersWouldInstall(r.free, i) &&
			!(i == 1 && r.free[0] == "pour" && r.fixed[0] != "pour") // "AnyDesk pour dépanner les postes…": what the product is for
		c.provider = r.readKind(i) && !comparing || c.provider
	}
	r.readNetwork(&c)
	if r.setupAsked(c) {
		c.serviceVerb = true
		if r.u.Service == "" {
			r.u.Service = "intégration"
		}
	}
	c.provider = r.someoneAsked(c)
	return c
}

// firmSought reports the provider word at i as someone sought. "pour ma boîte", "notre
// entreprise": the asker's organisation; "en entreprise", "en local": a setting; "un
// développeur RAW": a darkroom program; "a consultant recommended it": who advised; "aux
// clients pros": whom the asker serves; "les postes des autres agences": the asker's own.
func (r *reading) firmSought(i int, j job) bool {
	free, t := r.free, r.free[i]
	before := ""
	if i > 0 {
		before = free[i-1]
	}
	return !askerOrg(free, i) && !inSetting(free, i) && !adjectiveAfterNoun(free, i) && !r.asLabel(t, i) &&
		!compoundOf(free, i) && !sourceOf(free, i) && !r.thingBox(i) && !partnerOnly(free, i) && !(i > 0 && (countedOrgs[before] || isNumber(before))) &&
		!r.readAnywhere(i, sentTo) && !r.readAnywhere(i, recordOf) && !r.inName(i) && !(i+1 < len(free) && shopNouns[free[i+1]]) &&
		!r.readAnywhere(i, belongsTo) && !forWhomKind(free, i) && !eachTracked(free, i) && !beingOne(free, i) && !(j.darkroom && developWords[t]) &&
		!(i+1 < len(free) && adviserVerbs[free[i+1]]) && before != "clients" && before != "client" && before != "autres" && before != "other"
}

// usersWouldInstall reports an install the users would do themselves: "an alternative
// that teenagers would actually install" — not "who would install it for us?".
func usersWouldInstall(toks []string, i int) bool {
	k := i - 1
	if k >= 0 && (toks[k] == "actually" || toks[k] == "really") {
		k--
	}
	return k > 0 && (toks[k] == "would" || toks[k] == "will") && !installers[toks[k-1]]
}

var installers = wordSet("who", "someone", "somebody", "anyone", "anybody", "you", "company", "provider", "freelancer", "they")

// orgMission reports a service noun that says what the asker's own organisation does:
// "notre asso d'accompagnement à l'installation agricole paie Zoom" asks for no adviser.
func orgMission(toks []string, i int) bool {
	if i < 2 || toks[i-1] != "de" && toks[i-1] != "d" || !providerWords[toks[i-2]] && !orgNouns[toks[i-2]] {
		return false
	}
	return i > 2 && possessives[toks[i-3]]
}

// sentTo reports organisations things are sent to: "les envoyer aux entreprises" names
// recipients, it seeks no provider.
func sentTo(toks []string, i int) bool {
	j := i - 1
	if j > 0 && indefinite[toks[j]] && (toks[j-1] == "a" || toks[j-1] == "to") {
		j-- // "filer nos données à une boîte américaine"
	}
	if j > 1 && (toks[j] == "all" || toks[j] == "tous" || toks[j] == "the" || toks[j] == "les") && (toks[j-1] == "with" || toks[j-1] == "avec") {
		j-- // "share it with all vendors", "partager avec les entreprises"
	}
	if j < 1 || toks[j] != "aux" && toks[j] != "to" && toks[j] != "with" && toks[j] != "avec" && !(toks[j] == "a" && j < i-1) {
		return false
	}
	for k := j - 1; k >= 0 && k >= j-3; k-- {
		if sendVerbs[toks[k]] || toks[k] == "transmettre" || toks[k] == "forward" || dataGivers[toks[k]] || shareVerbs[toks[k]] {
			return true
		}
	}
	// "faire signer les conventions de formation aux entreprises": the clients sign.
	return slices.ContainsFunc(toks[max(0, j-6):j], func(w string) bool { return signVerbs[w] })
}

var shareVerbs = wordSet("share", "partager", "partage", "sharing")

var signVerbs = wordSet("signer", "facturer", "sign", "invoice")

// dataGivers hand the asker's data over: "sans filer nos données à une boîte américaine".
var dataGivers = wordSet("filer", "donner", "refiler", "vendre", "livrer", "confier", "donnees", "data", "give", "hand")

// countedOrgs count the organisations of a setting: "chaque structure peut ajouter ses
// événements", "les PC des 3 agences" describe the users, they seek no provider (a number
// counts them too).
var countedOrgs = wordSet("chaque", "each", "every", "plusieurs", "several", "multi", "multiple")

// readKind reads the kind of organisation named at i, and reports whether it is sought:
// "une asso à La Réunion qui aide…", "association Mayotte", "is there a hosting co-op?" —
// not the asker's own ("pour une asso qui fait des affiches").
func (r *reading) readKind(i int) bool {
	k := kindWords[r.free[i]]
	if r.free[i] == "co" && i+1 < len(r.free) && r.free[i+1] == "op" {
		k = "cooperative" // "a hosting co-op"
	}
	// "les devis aux comités d'entreprise": a kind of committee, not a firm sought.
	if k == "" || askerOrg(r.free, i) || forWhomKind(r.free, i) || i > 1 && (r.free[i-1] == "d" || r.free[i-1] == "de") && inSetting(r.free, i) || r.inName(i) || i+1 < len(r.free) && shopNouns[r.free[i+1]] || i > 0 && countedOrgs[r.free[i-1]] || softwareFor(r.free, i) || r.kittens(r.free[i]) {
		return false // "a small bike repair shop": the asker's trade
	}
	if r.u.Kind == "" {
		r.u.Kind = k
	}
	return r.place != nil || whoFollows(r.free, i) || kindSought(r.free, i)
}

// kittens reports "chatons" that are young cats, not the associative hosters: "les vidéos
// des chatons qu'on envoie aux familles", "les chatons de la portée".
// The whole message is read, names included: "vidéos" may be a need's word.
func (r *reading) kittens(t string) bool {
	if t != "chaton" && t != "chatons" {
		return false
	}
	toks := r.fixed
	for i := 2; i < len(toks); i++ {
		if toks[i] == t && (toks[i-1] == "des" || toks[i-1] == "du") && kittenMedia[toks[i-2]] {
			return true
		}
	}
	return slices.ContainsFunc(toks, func(w string) bool { return w != "chaton" && w != "chatons" && (animalWords[w] || litterWords[w]) })
}

var (
	kittenMedia = wordSet("videos", "video", "photos", "photo", "naissance", "portee", "pesee", "pesees", "vaccins", "adoption")
	litterWords = wordSet("portee", "portees", "chatterie", "elevage", "eleveuse", "eleveur", "adoptants")
)

// softwareFor reports a kind named as whom software is made for: "un logiciel libre
// d'association", "un outil pour les associations".
func softwareFor(toks []string, i int) bool {
	k := i - 1
	if k >= 0 && (toks[k] == "d" || toks[k] == "de" || toks[k] == "pour") {
		k--
	}
	k = beforeQualities(toks, k)
	return k >= 0 && k < i-1 && softwareNouns[toks[k]]
}

// inName reports the word at i of r.free written with a capital after another capitalised
// word inside the sentence: "la compta est sur Ciel Associations" names a product, not an
// association.
func (r *reading) inName(i int) bool {
	if i < 1 {
		return false
	}
	for j := 2; j < len(r.toks); j++ {
		if r.toks[j] == r.free[i] && r.toks[j-1] == r.free[i-1] && r.capitalAt(j) && r.capitalAt(j-1) && !r.clauses()[j-1] {
			return true
		}
	}
	return false
}

var shopNouns = wordSet("shop", "shops", "store", "business", "boutique")

// nounSetup reports "setup" used as a noun after another noun: "a firewall / router setup
// for the farm shop" describes a configuration, not someone to set it up.
func nounSetup(toks []string) bool {
	for i, t := range toks {
		if t == "setup" && i > 0 && !setupLeads[toks[i-1]] {
			return true
		}
	}
	return false
}

var setupLeads = wordSet("to", "a", "the", "with", "for", "help", "can", "could", "someone", "somebody", "me", "us", "you", "pour",
	"le", "la", "un", "une", "du", "de", "our", "my", "and", "et", "or", "ou", "initial", "quick")

// doneAlready reports a service the asker did or does: "j'ai installé Linux Mint sur le pc
// de ma grand-mère, elle adore !", "I do consulting as a micro-entrepreneur".
func doneAlready(toks []string, i int) bool {
	if i == 0 {
		return false
	}
	prev := toks[i-1]
	if i > 1 && (prev == "enfin" || prev == "bien" || prev == "juste" || prev == "finalement") {
		prev = toks[i-2] // "j'ai enfin installé Firefox"
	}
	// "mon mari a installé un truc": done by someone — not "m'aider à installer".
	someoneDid := (prev == "a" || prev == "ont" || prev == "avait" || prev == "avaient") && i > 1 && (!helpObjects[toks[i-2]] || doneForMe(toks, i))
	return (prev == "ai" || prev == "jai" || prev == "avons" || prev == "deja" || someoneDid) && strings.HasSuffix(toks[i], "e") ||
		prev == "do" && i > 1 && toks[i-2] == "i"
}

// doneForMe reports a participle done for the asker by someone: "ma fille m'a installé
// TikTok", "c'est mon petit-fils qui m'a installé le téléphone" — not "qui peut m'a
// installer", nor "qui m'a installé" asked of someone ("qqn qui m'a installé…" seeks).
func doneForMe(toks []string, i int) bool {
	if i <= 2 || toks[i-2] != "m" && toks[i-2] != "nous" && toks[i-2] != "t" {
		return false
	}
	return !askingWords[toks[i-3]] || toks[i-3] == "qui" && i > 3 && !askingWords[toks[i-4]]
}

var askingWords = wordSet("peut", "pourrait", "pourriez", "pouvez", "qui", "qqn", "quelqu", "doit", "va", "vient", "saurait")

var helpObjects = wordSet("aider", "aide", "m", "t", "nous", "vous", "pour", "qui", "quelqu", "qqn", "qqun", "apprendre", "arrive", "arriver", "reussi", "pret", "prets")

// finished reports a service word the message says is over: "migration vers Zabbix 7
// terminée ce weekend".
func finished(toks []string, i int) bool {
	return slices.ContainsFunc(toks[i+1:min(len(toks), i+5)], func(w string) bool { return doneWords[w] })
}

// someoneAsked completes the provider cue from phrases: "qqun dans le Limousin qui
// connait Odoo ?", "des gens qui font du libre en Martinique ?" ask for someone,
// somewhere, about something named.
func (r *reading) someoneAsked(c cues) bool {
	if !c.provider && (hasPhrase(r.fixed, peerPhrases) || hasPhrase(r.fixed, groupAskPhrases) || hasPhrase(r.fixed, knowsToolPhrases)) {
		// "quelqu'un a eu le même souci ?" asks the other members; "qqn connaît un
		// logiciel pour gérer l'entretien des véhicules ?" asks them for software.
		return false
	}
	// not "qui peut être différent"; "qqn connaît un outil pour…" asks the members for
	// software.
	// "une petite boîte avec des gens à Strasbourg et à Kehl": the staff, not people sought.
	someone := hasPhrase(r.free, peoplePhrases) && !hasPhrase(r.fixed, knowsToolPhrases) && !hasPhrase(r.fixed, staffPhrases)
	provider := c.provider || someone && r.place != nil && (len(r.matches) > 0 || hasAny(r.free, softwareWords) || r.u.Service != "" ||
		hasPhrase(r.fixed, gatheringPhrases)) // "des gens à Lille qui organisent des install party ?"
	provider = provider || providerNamed(r.fixed) || devsSought(r.free) ||
		(someoneSought(r.free) && !r.softwareDoes() && !hasPhrase(r.fixed, adviceAskPhrases) && (c.serviceVerb || helperAsked(r.fixed) || hasPhrase(r.free, knowerPhrases) && r.namesTool())) ||
		(doerAsked(r.free) && (r.namesTool() || r.place != nil) && !r.softwareDoes())
	// "…chez un hébergeur certifié HDS. Est-ce que ça existe en libre ?": the host is a
	// constraint, the question is whether the software exists.
	// "bon courage à toutes les IDEL qui font la tournée sous la neige dans les Vosges":
	// cheers for people at a place, no one sought.
	cheered := phraseAt(r.fixed, 0, cheerOpenings) > 0 && !r.u.Question
	return provider && !cheered && !(c.alt && !c.serviceVerb && r.u.Kind == "" && hasPhrase(r.fixed, thatExistsPhrases))
}

// someoneSought reports a "who" phrase that seeks a person — not "quelqu'un connaît
// Quaydock 360 pour gérer les pontons ?", which asks the members whether they know a product.
func someoneSought(toks []string) bool {
	if rolesListed(toks) {
		return false
	}
	for i := range toks {
		if whoAtPlace(toks, i) {
			return true // "qui à Dijon peut nous aider…"
		}
		n := phraseAt(toks, i, askerPhrases)
		// "qui fait quel registre": the share of tasks a tool should track.
		if n > 0 && !(i+n < len(toks) && knowVerbs[toks[i+n]] && anyoneWords[toks[i+n-1]]) && !(i+n < len(toks) && (whichWords[toks[i+n]] || toks[i+n] == "quoi")) {
			return true
		}
	}
	return false
}

// whoAtPlace reports "qui" with a place before its verb: "qui à Dijon peut nous aider",
// "qui sur Lyon pourrait…".
func whoAtPlace(toks []string, i int) bool {
	if toks[i] != "qui" || i+2 >= len(toks) || !placeLinks[toks[i+1]] {
		return false
	}
	for k := i + 2; k < len(toks) && k <= i+5; k++ {
		if whoVerbs[toks[k]] {
			return true
		}
	}
	return false
}

var (
	placeLinks = wordSet("a", "en", "dans", "sur", "vers", "pres", "autour", "du", "de")
	whoVerbs   = wordSet("peut", "pourrait", "peuvent", "pourraient", "sait", "saurait", "savent", "fait", "font")
)

var (
	knowVerbs   = wordSet("connait", "connais", "connaitrait", "conait", "knows", "know")
	anyoneWords = wordSet("un", "qqn", "qqun", "quelquun", "qq1", "someone", "somebody", "anyone")
)

// staffPhrases tell the people the asker already has.
var staffPhrases = phraseList("avec des gens", "on a des gens", "nous avons des gens", "with people in", "we have people")

// cheerOpenings open a message that cheers people on.
var cheerOpenings = phraseList("bon courage", "courage a", "bravo a", "bravo aux", "merci a", "merci aux", "chapeau a", "good luck to", "kudos to")

// notServiceHere reports a service word that names something else here: "une salle de
// formation" is a room, "réservations des chevaux + hébergement" at a gîte is lodging.
func (r *reading) notServiceHere(s string, i int) bool {
	switch s {
	case "formation":
		// "le support de la formation RGPD": the course's material, not a course asked.
		// "les dossiers de formation des aides-soignants": records kept about training.
		// The free words lack the names matched ("nos [factures] de formation"): read
		// the word where the whole message has it.
		return r.readAnywhere(i, trainingMentioned)
	case "conseil":
		// "avant audit énergétique": the asker's own trade, not an IT audit.
		return r.free[i] == "audit" && i+1 < len(r.free) && tradeAudits[r.free[i+1]]
	case "intégration":
		// "une clé USB d'installation", "le guide d'installation": the medium or the
		// manual, not an install asked for.
		// "l'installation agricole", "l'installation électrique": a farm or a wiring set
		// up, no software.
		return r.readAnywhere(i, installMedium) || r.readAnywhere(i, embedOnSite) || r.readAnywhere(i, tradeInstall)
	case "hébergement":
		// "a two-host podcast", "our co-host": who speaks, not hosting.
		return hasAny(r.toks, lodgingWords) || hostNoun(r.free, i)
	case "infogérance":
		// "the machine maintenance log", "le carnet de maintenance": records kept of the
		// upkeep, a need, not a service asked.
		return r.readAnywhere(i, upkeepRecord)
	case "support":
		// "le support de la formation", "le support de cours": the material handed out;
		// "a refugee support group": who asks.
		next := r.free[i+1 : min(len(r.free), i+4)]
		return hasAny(next, materialOf) || i+1 < len(r.free) && supportCompounds[r.free[i+1]]
	}
	return false
}

// installMedium reports "d'installation" after what it qualifies.
func installMedium(toks []string, i int) bool {
	return i > 1 && (toks[i-1] == "d" || toks[i-1] == "de") && installMedia[toks[i-2]]
}

// tradeInstall reports "installation" of a farm or a building trade, no software.
func tradeInstall(toks []string, i int) bool {
	return toks[i] == "installation" && i+1 < len(toks) && tradeInstalls[toks[i+1]]
}

var tradeInstalls = wordSet("agricole", "agricoles", "paysanne", "electrique", "electriques", "solaire", "photovoltaique",
	"sanitaire", "sanitaires", "chauffage", "thermique")

var onPagePhrases = phraseList("sur notre site", "sur le site", "dans notre site", "sur la page", "sur notre page", "on our site",
	"on our website", "on the website", "in our website")

// installMedia are what "d'installation" qualifies.
var installMedia = wordSet("cle", "cles", "usb", "support", "supports", "disque", "dvd", "cd", "iso", "image", "guide", "tuto", "tutoriel", "notice",
	"procedure", "assistant", "programme", "fichier", "media", "medium")

// supportCompounds make a compound with "support": "a support group", "un groupe de soutien".
var supportCompounds = wordSet("group", "groups", "groupe", "groupes", "network", "association", "organisation", "organization", "team", "worker", "workers")

// materialOf name what a "support" (handout) is of: "le support de la formation".
var materialOf = wordSet("formation", "cours", "presentation", "conference", "atelier")

// venueNouns name a place or body where training happens, not training asked for.
var venueNouns = wordSet("salle", "salles", "centre", "centres", "organisme", "organismes", "room", "plateau")

var tradeAudits = wordSet("energetique", "energetiques", "thermique", "thermiques", "environnemental", "acoustique", "financier", "comptable", "energy",
	"qualiopi", "qualite", "haccp") // "l'audit Qualiopi c'est demain": a certification audit

// whatToDo reports a verb after "quel…" or "quoi" with no subject between: the asker asks
// what to install, not who.
func whatToDo(toks []string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		switch {
		case whichWords[toks[k]] || toks[k] == "quoi":
			return true
		case selfSubjects[toks[k]] || toks[k] == "qui" || toks[k] == "who":
			return false
		}
	}
	return false
}

// hostNoun reports "host" as who speaks in a show: "a two-host podcast", "our co-host".
func hostNoun(free []string, i int) bool {
	return (free[i] == "host" || free[i] == "hosts") && i > 0 && speakerCounts[free[i-1]]
}

var speakerCounts = wordSet("two", "three", "four", "co", "guest", "deux", "trois", "2", "3", "4")

var differencePhrases = phraseList("la difference entre", "difference entre une", "difference entre un", "the difference between", "what s the difference")

// trainingRecords are what an organisation keeps about its training: "le plan de
// formation", "les dossiers de formation".
var trainingRecords = wordSet("dossier", "dossiers", "fiche", "fiches", "plan", "plans", "catalogue", "programme", "programmes",
	"suivi", "heures", "frais", "budget", "demandes", "attestations", "inscriptions", "parcours", "planning", "calendrier", "registre", "besoins",
	"conventions", "convention", "factures", "facture", "devis", "sessions", "session", "attestation", "feuilles", "feuille", "emargement",
	"fin", "debut", "offre", "offres", "modules", "module", "supports", "contenus", "salle", "videos", "video", "tutos", "tutoriels", "quiz")

// readAnywhere reports whether test holds for the free word at i, or for the same word
// where the whole message has it: the free words lack the names matched ("nos
// [factures] de formation", "faire [signer] les conventions… aux entreprises").
func (r *reading) readAnywhere(i int, test func(toks []string, i int) bool) bool {
	if test(r.free, i) {
		return true
	}
	for j, t := range r.fixed {
		if t == r.free[i] && test(r.fixed, j) {
			return true
		}
	}
	return false
}

// ownedToolPhrases say what the asker has or had: then "pour la formation" is what it
// served.
var ownedToolPhrases = phraseList("on avait un", "on avait une", "on a un", "on a une", "on utilise", "on utilisait", "nous avons un",
	"nous avions un", "we had a", "we have a", "we use")

// trainingMentioned reports a course named as the place, the records, the moment or the
// past of something else: "le support de la formation RGPD", "les dossiers de formation",
// "fiches formations", "avant formation", "j'ai eu une formation H5P".
func trainingMentioned(toks []string, i int) bool {
	if i > 1 && toks[i-2] == "pour" && definiteWords[toks[i-1]] && hasPhrase(toks, ownedToolPhrases) {
		return true // "pour la formation continue des SPV on avait un Google Classroom"
	}
	if i+1 < len(toks) && trainingContent[toks[i+1]] {
		return true // "we film short training videos": what is made, not a course asked
	}
	return i > 1 && (toks[i-1] == "de" || toks[i-1] == "d" || toks[i-1] == "des") && (venueNouns[toks[i-2]] || trainingRecords[toks[i-2]]) ||
		i > 2 && toks[i-1] == "la" && toks[i-2] == "de" && (toks[i-3] == "support" || toks[i-3] == "supports") ||
		i > 0 && (trainingRecords[toks[i-1]] || trainingMoments[toks[i-1]]) || attended(toks, i)
}

// trainingContent follow "training" when it qualifies what is made or kept.
var trainingContent = wordSet("videos", "video", "material", "materials", "content", "records", "calendar", "schedule", "budget", "plan", "log")

// trainingMoments place a moment around a course: "les tests avant formation".
var trainingMoments = wordSet("avant", "apres", "pendant", "durant", "en", "before", "after", "during")

// attended reports a course the asker took: "j'ai eu une formation H5P", "j'ai suivi une
// formation".
func attended(toks []string, i int) bool {
	return i > 1 && (toks[i-1] == "une" || toks[i-1] == "la" || toks[i-1] == "a") && attendVerbs[toks[i-2]]
}

var attendVerbs = wordSet("eu", "suivi", "fait", "took", "attended", "had")

// openingIntro reports an organisation the message opens with, described by its trade:
// "Bonjour, petite entreprise de déménagement (5 salariés). On fait nos devis…".
func openingIntro(toks []string, i int) bool {
	next := i + 1
	if next+1 < len(toks) && selfKinds[toks[i]] && strings.HasSuffix(toks[next], "iste") {
		next++ // "asso naturaliste du Limousin, on cherche…"
	}
	// "Asso en Normandie : pour les diaporamas, on peut utiliser quoi ?" — an association
	// says where it is; a provider word so placed is sought ("prestataire en Picardie ?").
	if next >= len(toks) {
		return false
	}
	placedSelf := selfKinds[toks[i]] && (toks[next] == "en" || toks[next] == "du" || toks[next] == "des")
	// "petite agence immo à 3 personnes"
	sized := next+2 < len(toks) && toks[next+1] == "a" && isNumber(toks[next+2])
	if toks[next] != "de" && toks[next] != "d" && !sized && !placedSelf && !(introLinks[toks[next]] && i > 0 && sizedIntro[toks[i-1]]) {
		return false // "petite agence de Nantes", "petite agence en centre-ville, on…" — not "prestataire GLPI en Picardie ? on est…"
	}
	for _, t := range toks[:i] {
		if !greetingWords[t] && !sizeWords[t] && t != "petite" && t != "petit" && t != "small" {
			return false
		}
	}
	// The message goes on about "us": not "entreprise de Dijon spécialisée Odoo ?".
	return slices.ContainsFunc(toks[i:], func(t string) bool {
		return t == "on" || t == "nous" || t == "nos" || t == "notre" || t == "we" || t == "our"
	})
}

// selfKinds are the organisations that introduce themselves, never the provider sought.
var selfKinds = wordSet("asso", "association", "club", "collectif", "ligue", "federation", "mairie", "commune", "ecole", "college",
	"lycee", "creche", "ehpad", "reserve", "ferme", "compagnie", "troupe", "paroisse", "amicale", "comite")

// recordOf reports people named as whom a record is about: "le planning des formateurs".
func recordOf(toks []string, i int) bool {
	return i > 1 && (toks[i-1] == "des" || toks[i-1] == "de" || toks[i-1] == "of") && peopleRecords[toks[i-2]]
}

var peopleRecords = wordSet("planning", "plannings", "agenda", "agendas", "fichier", "contacts", "coordonnees", "disponibilites",
	"horaires", "schedule", "schedules", "rota", "roster", "carte", "cartes", "map", "maps") // "une carte des partenaires": what is shown

var knownOrgAdjectives = wordSet("nouveau", "nouvelle", "ancien", "ancienne", "actuel", "actuelle", "precedent", "precedente", "meme")

// likenedOrg reports organisations named as a model: "like the big agencies do", "comme
// les grandes agences".
func likenedOrg(toks []string, i int) bool {
	k := i - 1
	for k >= 0 && (sizeWords[toks[k]] || bigWords[toks[k]]) {
		k--
	}
	return k >= 1 && (toks[k] == "the" || toks[k] == "les") && (toks[k-1] == "like" || toks[k-1] == "comme")
}

var bigWords = wordSet("big", "large", "grandes", "grosses", "grands", "gros", "other", "autres")

var (
	introLinks = wordSet("en", "a", "au", "dans", "sur", "pres", "in", "near", "based")
	sizedIntro = wordSet("petite", "petit", "small", "jeune", "young")
)

// ownerOf reports an organisation named as whose something is, or where: "les membres
// d'une coopérative d'habitants", "l'union des coopératives", "project tracking in a
// cooperative" — unless a clause says what it should do ("d'une SCOP qui installe…").
func ownerOf(toks []string, i int) bool {
	if i+1 < len(toks) && (toks[i+1] == "qui" || toks[i+1] == "who" || toks[i+1] == "that") {
		return false
	}
	k := i - 1
	for k > 0 && (orgArticles[toks[k]]) {
		k--
	}
	if k >= 1 && (toks[k] == "in" || toks[k] == "within") && k < i-1 {
		return true
	}
	// The noun the organisation complements has its own determiner: "l'union des", "les
	// membres d'une" — not "vous connaissez des chatons", "ya des presta".
	return k >= 2 && (toks[k] == "de" || toks[k] == "d" || toks[k] == "du" || toks[k] == "des") && !soughtHeads[toks[k-1]] && !stopWords[toks[k-1]] && !isNumber(toks[k-1]) &&
		(orgArticles[toks[k-2]] || possessives[toks[k-2]] || toks[k-2] == "des" || countedOrgs[toks[k-2]])
}

var (
	orgArticles = wordSet("une", "un", "la", "le", "l", "les", "meme", "a", "an", "our", "notre", "the")
	soughtHeads = wordSet("besoin", "recherche", "liste", "coordonnees", "nom", "noms", "contact", "contacts", "adresse", "adresses",
		"annuaire", "carte", "reseau", "conseil", "conseils", "aide", "services", "l", "cherche", "cherchons", "recommandation")
)

// beingA reports the asker saying what it is at k: "we're a…", "nous sommes une…".
func beingA(toks []string, k int) bool {
	be := k > 0 && (toks[k] == "re" || toks[k] == "are") && toks[k-1] == "we" || toks[k] == "sommes" || toks[k] == "suis" || toks[k] == "am"
	return be && k+1 < len(toks) && (indefinite[toks[k+1]] || peopleCounts[toks[k+1]] || isNumber(toks[k+1]))
}

// peopleCounts count the people who describe themselves: "nous sommes trois éleveurs".
var peopleCounts = wordSet("deux", "trois", "quatre", "cinq", "six", "sept", "huit", "dix", "two", "three", "four", "five", "plusieurs", "several")

// gatheringPhrases name the events and groups where people help each other with libre
// software.
var gatheringPhrases = phraseList("install party", "install parties", "installparty", "repair cafe", "repair cafes", "user group",
	"user groups", "gull", "lug", "atelier linux", "ateliers linux", "linux party", "apero libre", "permanence linux")

// providerNamed reports a provider phrase that names someone sought, not the asker's own
// organisation: "une agence web ?" but not "for our small web agency".
func providerNamed(toks []string) bool {
	for i := range toks {
		// "les grands-parents qui peuvent pas se déplacer": nobody is sought to come.
		if n := phraseAt(toks, i, providerPhrases); n > 0 && !ownedBefore(toks, i) && !without(toks, i+n-1, 6, withoutWords, avoidGap) &&
			!(i > 0 && (toks[i-1] == "pas" || toks[i-1] == "plus" || toks[i-1] == "jamais" || passingWords[toks[i-1]])) {
			return true
		}
	}
	return false
}

// passingWords make "par ici" a visit to the channel: "merci à elle si elle passe par ici".
var passingWords = wordSet("passe", "passes", "passez", "passent", "passera", "passait")

// belongingWords say the asker belongs to what follows "au": "nouveau au club informatique".
var belongingWords = wordSet("nouveau", "nouvelle", "inscrit", "inscrite", "inscrits", "membre", "membres", "adherent", "adherente", "benevole", "benevoles", "animateur", "animatrice")

var presentVerbs = wordSet("presenter", "presente", "faire", "connaitre", "annoncer", "promouvoir", "animer", "gerer", "organiser")

// ownedBefore reports a possessive of the asker's just before i ("our small web agency"), or
// whom the work is for ("pour le club informatique des aînés").
func ownedBefore(toks []string, i int) bool {
	if ownerOf(toks, i) {
		return true // "les cotisations du club informatique": whose
	}
	if i > 1 && (toks[i-1] == "au" || toks[i-1] == "a") && belongingWords[toks[i-2]] {
		return true // "nouveau au club informatique": the asker's own club
	}
	if i > 1 && definiteWords[toks[i-1]] && (toks[i-2] == "pour" || toks[i-2] == "for" || presentVerbs[toks[i-2]]) {
		// "…on peut en faire quoi pour le club informatique des aînés ?", "un site pour
		// présenter le club informatique": whom it is for.
		return true
	}
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		if possessives[toks[k]] && k >= i-3 || beingA(toks, k) {
			return true // "our small web agency", "we're a 5-person IT shop", "nous sommes une agence web"
		}
		if k >= i-4 && k > 0 && indefinite[toks[k]] && (toks[k-1] == "for" || toks[k-1] == "pour") && hasAny(toks[:k], replaceWords) {
			return true // "an alternative to Square POS for a small bike repair shop": whom it is for
		}
	}
	return false
}

// doerAsked reports "qui fait", "who can"… asking for someone — not "qui fait quoi, qui
// ramène quoi", the share of tasks a tool should track.
func doerAsked(toks []string) bool {
	if rolesListed(toks) {
		return false
	}
	for i := range toks {
		// "un fichier qui fait 12 onglets": a size; "un tableur qui fait peur": a feeling —
		// not someone who does the work.
		if n := phraseAt(toks, i, doerPhrases); n > 0 && !(i+n < len(toks) && (toks[i+n] == "quoi" || toks[i+n] == "what" || toks[i+n] == "koi" ||
			isNumber(toks[i+n]) || feelings[toks[i+n]] || habitWords[toks[i+n]] || whichWords[toks[i+n]])) && !cleft(toks, i) && !thingBefore(toks, i) && !knownPeople(toks, i) {
			return true
		}
	}
	return false
}

// rolesListed reports a tool asked for, then the roles it should track: "un outil pour
// le planning des bénévoles (qui tient la caisse, qui fait l'accueil…)".
func rolesListed(toks []string) bool {
	first := slices.Index(toks, "qui")
	if first < 0 || !hasAny(toks[:first], softwareNouns) {
		return false
	}
	n := 0
	for _, t := range toks[first:] {
		if t == "qui" {
			n++
		}
	}
	return n >= 2
}

// eachTracked reports providers counted as records: "keep track of which vendor has
// signed", "le devis de chaque prestataire", "des freelances à payer tous les mois" — the
// asker's suppliers, none sought.
func eachTracked(free []string, i int) bool {
	return i > 0 && (free[i-1] == "each" || free[i-1] == "chaque" || free[i-1] == "per") ||
		i > 1 && free[i-1] == "which" && (free[i-2] == "of" || free[i-2] == "track") ||
		i+2 < len(free) && (free[i+1] == "a" || free[i+1] == "to") && payVerbs[free[i+2]]
}

// beingOne reports a trade said as what one must be: "il faut être informaticien ?",
// "do I need to be a developer?" asks how hard, not for one.
func beingOne(free []string, i int) bool {
	return i > 0 && (free[i-1] == "etre" || free[i-1] == "be") ||
		i > 1 && indefinite[free[i-1]] && (free[i-2] == "etre" || free[i-2] == "be")
}

var adviserVerbs = wordSet("recommended", "suggested", "advised", "told", "said", "recommande", "recommandait", "conseille", "conseillait")

var payVerbs = wordSet("payer", "pay", "remunerer", "regler")

// upkeepRecord reports the word at i naming the records of an upkeep: "maintenance log",
// "carnet de maintenance", "suivi de la maintenance".
func upkeepRecord(toks []string, i int) bool {
	if i+1 < len(toks) && recordNouns[toks[i+1]] {
		return true
	}
	k := i - 1
	if k > 0 && (toks[k] == "la" || toks[k] == "l") {
		k--
	}
	if k > 0 && (toks[k] == "de" || toks[k] == "d") {
		k--
	}
	return k >= 0 && k < i-1 && recordNouns[toks[k]]
}

var recordNouns = wordSet("log", "logs", "logbook", "records", "record", "schedule", "history", "tracking", "tracker",
	"carnet", "suivi", "registre", "cahier", "historique", "planning", "fiches", "fiche")

// forWhomKind reports an organisation named as whom the software is for: "un ERP libre
// pour une coop viticole", "adapté à une SCIC", "adapté aux assos", "pour une petite
// boîte" — the asker's kind, no firm sought.
func forWhomKind(free []string, i int) bool {
	k := i - 1
	for k >= 0 && sizeAdjectives[free[k]] {
		k--
	}
	if k >= 0 && indefinite[free[k]] {
		k--
	}
	if k < 0 {
		return false
	}
	// "looking for a company": the firm sought, "for" after the verb.
	sought := k > 0 && (free[k-1] == "looking" || free[k-1] == "look" || free[k-1] == "searching" || free[k-1] == "search")
	return free[k] == "pour" || free[k] == "for" && !sought || (free[k] == "a" || free[k] == "aux") && k > 0 && adaptedWords[free[k-1]]
}

var adaptedWords = wordSet("adapte", "adaptee", "adaptes", "adaptees", "destine", "destinee", "fait", "faite", "pense", "pensee")

// belongsTo reports an organisation word that owns the thing before it: "les PC des
// agences", "les téléphones pros" — the asker's branches and work phones, no firm sought.
func belongsTo(free []string, i int) bool {
	k := i - 1
	if k >= 0 && (free[k] == "des" || free[k] == "du" || free[k] == "de") {
		k--
	}
	return k >= 0 && (deviceNouns[free[k]] || belongings[free[k]])
}

// belongings are what an organisation has besides its machines.
var belongings = wordSet("comptes", "adresses", "mails", "locaux", "vehicules", "voitures", "bureaux", "fichiers", "donnees", "cartes",
	"devis", "factures")

// habitWords after "qui fait" describe someone's usual work, not someone sought: "pour un
// archi qui fait surtout de la maison individuelle". A question word after it ("qui fait
// quelle sortie") is the share of tasks a tool should track.
var habitWords = wordSet("surtout", "principalement", "beaucoup", "souvent", "essentiellement", "mostly", "mainly")

// knownPeople reports people the asker already has before "qui font…": "les bénévoles
// qui font les inscriptions", "nos salariés qui font la compta" — described, not sought.
func knownPeople(toks []string, i int) bool {
	return i > 1 && (definiteWords[toks[i-2]] || possessives[toks[i-2]]) && describedPeople[toks[i-1]]
}

var describedPeople = wordSet("benevole", "salarie", "salariee", "collegue", "secretaire", "stagiaire", "prof", "animateur", "volunteer", "colleague",
	"guides", "guide", "benevoles", "salaries", "collegues", "adherents", "membres", "animateurs", "animatrices", "profs", "enseignants",
	"volunteers", "staff", "employees", "colleagues", "members", "parents", "eleves", "agents", "secretaires", "travailleurs")

// hostedWhere reports "hébergé" said of the tool wanted, with where it should run: "un
// gestionnaire de mots de passe… hébergé chez nous", "qqch de libre et hébergé en France"
// is a constraint on the software, not a request for a host — unlike "qui héberge en
// Bretagne ?".
func hostedWhere(toks []string, i int, named bool) bool {
	if hostedParticiples[toks[i]] && i > 0 && hostedWherePrev[toks[i-1]] {
		return true // "EU hosted or self-hosted", "French-hosted"
	}
	if (toks[i] == "heberger" || toks[i] == "host") && i+2 < len(toks) && (toks[i+1] == "en" && toks[i+2] == "interne" || toks[i+1] == "in" && toks[i+2] == "house") {
		return true // "un logiciel… à héberger en interne": the asker hosts it
	}
	if !hostedParticiples[toks[i]] || i+1 >= len(toks) || !hostedWhereNext[toks[i+1]] {
		return false
	}
	k := i - 1
	for k > 0 && objectPronouns[toks[k]] {
		k-- // "qui en héberge dans le Rhône ?"
	}
	if i == 0 {
		return true
	}
	// "quelqu'un héberge en France ?", "un [Nextcloud] hébergé en France ?" ask for a host;
	// "un [tchat d'équipe] hébergé en Europe", no product named, is a constraint.
	someone := indefinite[toks[k]] && (named || k > 0 && toks[k-1] == "quelqu")
	return !(toks[k] == "qui" || toks[k] == "who" || subjectPronouns[toks[k]] || toks[k] == "il" || toks[k] == "elle" || someone)
}

var (
	hostedParticiples = wordSet("heberge", "hebergee", "heberges", "hebergees", "hosted", "installe", "installee")
	hostedWhereNext   = wordSet("chez", "en", "dans", "localement", "in", "on", "sur", "au", "a")
	hostedWherePrev   = wordSet("eu", "europe", "european", "france", "french", "locally", "self", "selfhosted")
)

// toolPurpose reports a service verb that says what a tool named just before is for:
// "TeamViewer pour dépanner les postes de mes clients", "un outil pour installer les
// mises à jour" — the asker does the work with it. The name left the free words, so
// "pour" opens them.
func toolPurpose(free []string, i int) bool {
	if playedAlong(free, i) {
		return true
	}
	if j := enabledBy(free, i); j > 0 {
		i = j + 1 // "un outil libre pour que ma petite-fille puisse dépanner mon ordinateur"
	}
	if i > 1 && definiteWords[free[i-1]] && free[i-2] == "pour" {
		i-- // "TeamViewer pour la maintenance des postes": what the tool is for
	}
	if i == 0 || free[i-1] != "pour" {
		return false
	}
	// "une [plateforme de formation en ligne] libre pour former les bénévoles": the tool
	// asked, named or not, and its qualities, come right before.
	k := beforeQualities(free, i-2)
	if k > 0 && (free[k] == "a" || free[k] == "de" || free[k] == "au") {
		// "une alternative libre à [360Learning] pour former les agents": the product
		// named is out of the free words; what replaces it is asked.
		if j := beforeQualities(free, k-1); j >= 0 && replaceWords[free[j]] {
			return true
		}
	}
	// "on utilise [TeamViewer] pour dépanner les PC des résidents": the product used
	// left the free words right after the verb.
	return k < 0 || softwareNouns[free[k]] || k < i-2 && indefinite[free[k]] || k == i-2 && (useVerbs[free[k]] || free[k] == "paie" || free[k] == "payons")
}

// enabledBy finds the "pour" of "pour que quelqu'un puisse <verb>" before the verb at i,
// or -1.
func enabledBy(free []string, i int) int {
	if i < 3 || !canForms[free[i-1]] {
		return -1
	}
	for j := i - 2; j >= 0 && j >= i-6; j-- {
		if free[j] == "pour" && (free[j+1] == "que" || free[j+1] == "qu") {
			return j
		}
	}
	return -1
}

var canForms = wordSet("puisse", "puissent", "puissions", "puissiez", "puisses")

// beforeQualities steps back from k over the qualities asked of a tool ("libre", "en
// ligne", "gratuit"), to the word they follow.
func beforeQualities(toks []string, k int) int {
	for k >= 0 && softwareQualities[toks[k]] {
		k--
	}
	return k
}

var softwareQualities = wordSet("libre", "libres", "gratuit", "gratuite", "simple", "open", "source", "free", "opensource", "en", "ligne", "online")

// knowsToolPhrases ask the members whether they know some software.
var knowsToolPhrases = phraseList("connait un outil", "connait un logiciel", "connait une appli", "connait une application", "connait un truc",
	"connait une solution", "connait des outils", "connait des logiciels", "connaissez un outil", "connaissez un logiciel", "knows a tool",
	"know a tool", "know any tool", "know of a tool", "know any software", "know of any software", "knows an app", "know an app",
	"aurait un logiciel", "aurait un outil", "aurait une appli", "aurait un truc", "aurait une solution", "a un logiciel a", "a un outil a",
	"has a tool", "have a tool", "has an app")

// thingBefore reports a "qui" that opens a clause about a thing just named: "un vieux
// serveur Windows Server 2012 R2 qui fait AD" says what the server does.
func thingBefore(toks []string, i int) bool {
	if i == 0 || toks[i] != "qui" {
		return false
	}
	k := beforeQualities(toks, i-1) // "un truc gratuit qui fait pareil"
	if k < 0 {
		return false
	}
	p := toks[k]
	// "pour une SARL qui fait hôtel-restaurant": whom the software is for.
	forWhomOrg := i > 2 && indefinite[toks[i-2]] && (toks[i-3] == "pour" || toks[i-3] == "for")
	// A year or a release ("2012 R2 qui…", "Windows 7 qui…"), not a département ("dans le
	// 93 qui…").
	return deviceNouns[p] || thingNouns[p] || forWhomOrg || p == "r2" || isNumber(p) && (len(p) == 4 || i > 1 && !deptLeads[toks[i-2]])
}

// deptLeads come before a département's number: "dans le 93 qui…".
var deptLeads = wordSet("le", "du", "dans", "en", "au", "the")

var thingNouns = wordSet("logiciel", "logiciels", "outil", "outils", "tableur", "fichier", "fichiers", "site", "appli", "application",
	"systeme", "programme", "box", "nas", "routeur", "imprimante", "truc", "trucs", "app", "tool", "software")

// somethingForPhrases ask for a thing that does a job: "something to keep my passwords
// safe", "quelque chose pour trier mes photos".
var somethingForPhrases = phraseList("something to", "something for", "something that", "something simple to", "something easy to",
	"vous avez quoi d autre", "quoi d autre pour", "autre chose pour", "anything else for", "something else for",
	"quelque chose de simple pour", "un truc simple pour", "anything to", "anything for",
	"anything that", "quelque chose pour", "quelque chose qui", "un truc pour", "un truc qui", "un machin pour",
	"cherche de quoi", "de quoi faire", "some kind of", "a way to", "a way for", "un moyen de", "un moyen pour",
	"nice to find", "trying to find", "want to find", "j aimerais trouver", "ce serait bien de trouver", "aimerais trouver",
	"sans trouver", "without finding", "je trouve pas", "je ne trouve pas", "can t find", "cannot find",
	// "I'd love to move us somewhere non-Meta": leaving, for somewhere else.
	"somewhere non", "somewhere else", "move us somewhere", "move somewhere", "move us to something", "ailleurs que chez",
	"partir ailleurs", "migrer ailleurs", "aller ailleurs", "somewhere that isn t", "somewhere not owned",
	// "pour l'école de mon fils ils cherchent des logiciels éducatifs": asked on their behalf.
	"cherchent des logiciels", "cherchent un logiciel", "cherchent un outil", "cherchent des outils", "cherchent une appli", "cherchent une solution")

var thatExistsPhrases = phraseList("ca existe", "existe en libre", "existent en libre", "does it exist", "does that exist",
	"il existe un outil", "il existe un logiciel", "existe t il un outil", "existe t il un logiciel", "is there a tool",
	"s il existe un", "s il existe une", "il existe une solution", "existe t il une solution",
	"is there an open source", "is there a free")

// devsSought reports developers asked for: "des devs Django sur Lille ?", "on cherche des
// devs" — not "les postes des devs", the asker's own.
func devsSought(toks []string) bool {
	for i := 0; i+1 < len(toks); i++ {
		if toks[i] == "des" && (toks[i+1] == "devs" || toks[i+1] == "developpeurs") && (i == 0 || seekWords[toks[i-1]] || wantVerbs[toks[i-1]]) {
			return true
		}
	}
	return false
}

// job is what the message says of the asker's own work.
type job struct {
	darkroom bool // "développer mes RAW": photos to develop
	task     bool // the message opens with what to do: "partager un écran pour dépanner mamie"
	// own: "installer 30 pc d'un coup, libre ?", "déployer des logiciels sur 50 pc" — a
	// message that opens with the job and asks for software is the asker's task.
	own bool
	// steps: "gérer le parc de tablettes (installer les applis, bloquer les réglages)" — the
	// steps of a task the message opens with are the asker's, unless someone is sought.
	steps bool
}

func (r *reading) readJob() job {
	j := job{darkroom: photoDevelopment(r.toks), task: infinitive(r.toks[0]) && !serviceVerbs[r.toks[0]]}
	j.own = serviceVerbs[r.toks[0]] && (hasAny(r.free, purposeWords) || hasAny(r.free, softwareWords))
	j.steps = j.task && !hasPhrase(r.free, askerPhrases) && !hasPhrase(r.free, providerPhrases)
	return j
}

// askerDoes reports a service word at i that says what the asker does or wants the
// software to do, not whom they seek: "self-hosted", "auto-hébergé", "héberger
// nous-mêmes", "un logiciel pour héberger nos vidéos", "install party".
func (r *reading) askerDoes(i int, j job) bool {
	t := r.free[i]
	return selfService(r.free, i) || j.darkroom && developWords[t] || purpose(r.free, i, j.task || r.choiceOfTools()) ||
		j.own && i == 0 || j.steps && serviceVerbs[t] || migrateWhere(r.free, i) ||
		i+1 < len(r.free) && (r.free[i+1] == "party" || r.free[i+1] == "parties") ||
		(serviceWords[t] != "" || serviceVerbs[t]) && r.participle(t) && (!r.namesKind(knowledge.HitTool) || i > 0 && beVerbs[r.free[i-1]])
}

// thingBox reports "boîte" said of a box, not a company: a mailbox ("un client mail qui
// gère plusieurs boîtes", "nos boîtes mail"), a box to keep things in ("les boîtes
// d'archives", "la boîte à idées"), an internet box or a gearbox ("une boîte Orange qui
// rame", "le permis boîte auto") — the brand after it may have been read as a name.
func (r *reading) thingBox(i int) bool {
	toks := r.free
	if toks[i] != "boite" && toks[i] != "boites" {
		return false
	}
	boxOf := i+2 < len(toks) && (toks[i+1] == "d" || toks[i+1] == "de" || toks[i+1] == "a" || toks[i+1] == "aux") && boxContents[toks[i+2]]
	return boxOf || i+1 < len(toks) && mailWords[toks[i+1]] || i > 0 && (toks[i-1] == "plusieurs" || isNumber(toks[i-1])) && hasAny(r.fixed, mailWords) ||
		r.readAnywhere(i, boxKindAfter)
}

// boxKindAfter reports a box's kind right after "boîte": "boîte Orange", "boîte auto".
func boxKindAfter(toks []string, i int) bool {
	return i+1 < len(toks) && boxKinds[toks[i+1]]
}

var boxKinds = wordSet("auto", "automatique", "manuelle", "orange", "sfr", "free", "bouygues", "internet", "livebox", "freebox", "noire")

// boxContents say what a box holds: "boîtes d'archives", "boîte à idées", "boîte aux lettres".
var boxContents = wordSet("archives", "archive", "rangement", "idees", "lettres", "chaussures", "outils", "dons", "conserve", "vitesses", "vitesse", "nuit", "jeux", "secours")

// beforeSoftwareNoun reports a word that qualifies the software noun after it.
func beforeSoftwareNoun(toks []string, i int) bool {
	// "formateur Linux/logiciels libres": a trainer of the software, still sought.
	return i+1 < len(toks) && softwareNouns[toks[i+1]] && !servicePeople[toks[i]] ||
		i > 0 && (toks[i-1] == "pleine" || toks[i-1] == "plein" || toks[i-1] == "during") || // "en pleine formation Zotero": when
		i > 1 && toks[i-1] == "la" && toks[i-2] == "pendant"
}

// trainedToDoIt reports a course asked so that the asker can do the job: "formation
// Scribus pour faire nous-mêmes nos étiquettes" still asks for a trainer.
func trainedToDoIt(toks []string, s string, i int) bool {
	if s != "formation" {
		return false
	}
	for j := i + 1; j < len(toks); j++ {
		if toks[j] == "pour" || toks[j] == "to" {
			return hasAny(toks[j+1:min(len(toks), j+5)], ourselvesWords) || hasPhrase(toks[j+1:min(len(toks), j+6)], ourselvesPhrases)
		}
	}
	return false
}

var servicePeople = wordSet("formateur", "formatrice", "formateurs", "formatrices", "consultant", "consultante", "consultants",
	"technicien", "technicienne", "techniciens", "installateur", "installateurs", "trainer", "trainers")

// adviceAskPhrases ask the room for a suggestion: "qqn a une alternative à Google Keep ?".
var adviceAskPhrases = phraseList("a une alternative", "a un logiciel", "a une appli", "a un outil", "connait une alternative",
	"has an alternative", "have an alternative", "knows an alternative", "help me choose", "help us choose", "help me pick",
	"help us pick", "m aider a choisir", "nous aider a choisir", "me conseiller un", "me conseiller une")

// offeredWords after a service noun make it an offer the asker received: "la migration
// proposée coûte une blinde".
var offeredWords = wordSet("propose", "proposee", "proposees", "proposes", "facture", "facturee", "vendu", "vendue",
	"offered", "quoted")

// migrateWhere reports "migrer" asked as where to: "what do people migrate to?", "on
// migre vers quoi ?" ask for software.
func migrateWhere(toks []string, i int) bool {
	if toks[i] != "migrate" && toks[i] != "migrer" && toks[i] != "migre" {
		return false
	}
	return hasAny(toks[max(0, i-6):i], wordSet("what", "which", "quoi", "quel", "quelle")) ||
		i+1 < len(toks) && (toks[i+1] == "to" || toks[i+1] == "vers") && (i+2 == len(toks) || toks[i+2] == "quoi" || toks[i+2] == "what")
}

// readNetwork reads a network of providers asked for: "un FAI associatif" (the FFDN's
// members, who alone provide internet access), "un chaton" (the CHATONS collective).
func (r *reading) readNetwork(c *cues) {
	switch {
	case hasPhrase(r.fixed, ispPhrases):
		r.u.Network, c.provider = "FFDN", true
		if r.u.Kind == "" {
			r.u.Kind = "association"
		}
	case hasAny(r.fixed, networks):
		r.u.Network = "CHATONS"
	}
}

var ispPhrases = phraseList("fai associatif", "fai associatifs", "fournisseur d acces associatif",
	"fournisseurs d acces associatifs", "ffdn", "fai local", "fai locaux", "fai libre", "fai libres",
	"fai non commercial", "nonprofit isp", "community isp")

// setupAsked reports a set-up asked of someone: "qqun pour mettre en place un serveur
// mail" — not "pour mettre en place un partage de fichiers, vous conseillez quoi de
// libre ?", the asker's own project, when software is asked for and no one is sought.
func (r *reading) setupAsked(c cues) bool {
	// "mise en place d'un parapheur…, quoi de libre ?": a project named as a title.
	aim := hasPhrase(r.free, ownSetupPhrases) || len(r.free) > 0 && phraseAt(r.free, 0, setupPhrases) > 0
	ownSetup := (c.alt || questionOpening(r.fixed)) && !c.provider && aim && !hasPhrase(r.free, askerPhrases) && !hasPhrase(r.free, peoplePhrases)
	return hasPhrase(r.free, setupPhrases) && !ownSetup && !r.setupInBrackets()
}

// setupInBrackets reports a setup named only inside brackets, as an item of what the
// tool asked will hold: "un wiki pour les procédures (mise en place d'un DPS, …)".
func (r *reading) setupInBrackets() bool {
	found := false
	for j := range r.fixed {
		if phraseAt(r.fixed, j, setupPhrases) > 0 {
			if !r.inBrackets(j) {
				return false
			}
			found = true
		}
	}
	return found
}

// libreName reports a category named with "libre" in it ("quel système libre ?"): the
// word asks for software there too.
func (r *reading) libreName() bool {
	return slices.ContainsFunc(r.matches, func(m phraseMatch) bool {
		return m.hit.Kind == knowledge.HitCategory && slices.ContainsFunc(r.toks[m.start:m.end], func(w string) bool { return purposeWords[w] })
	})
}

// asksSoftware reports a word that asks for software. A software noun the asker owns
// ("notre logiciel de caisse") and a customer service ("le service client") name what is
// there: they ask for nothing.
func asksSoftware(toks []string, department bool) bool {
	for i, t := range toks {
		if !alternativeWords[t] {
			continue
		}
		// "mon logiciel", "notre service"; "c'est pas mon truc" is a taste, no request.
		owned := (softwareNouns[t] || t == "service" || t == "truc" || t == "trucs") && i > 0 && possessives[toks[i-1]]
		// "le service client", "du service RH": a department, not an online service.
		customer := t == "service" && (department || i+1 < len(toks) && (toks[i+1] == "client" || toks[i+1] == "clients" || departments[toks[i+1]]))
		// "mon fils en veut un": someone else wants the product itself.
		wantsIt := i > 0 && toks[i-1] == "en" && (t == "veut" || t == "veux" || t == "voudrait" || t == "veulent") ||
			t == "faut" && i+1 < len(toks) && toks[i+1] == "pas" || // "faut pas lui dire": no need said
			wantsToGo(toks, i) // "le mien veut absolument venir à l'étude en personne"
		// "made my cat look like a potato": a likeness, not "something like X".
		likeness := t == "like" && i > 0 && lookVerbs[toks[i-1]]
		// "clients keep calling me instead": what people do instead, not software asked.
		doneInstead := t == "instead" && (i > 0 && objectPersons[toks[i-1]] || nothingReplaced(toks, i+1))
		// "c'est fou comme ça va vite": an exclamation, not "something like".
		exclaimed := t == "comme" && i > 0 && exclaimWords[toks[i-1]] || asUsual(toks, i)
		if !owned && !customer && !wantsIt && !likeness && !doneInstead && !exclaimed && !replacesPerson(toks, i) && !upsell(toks, i) && !notAsking(toks, i) {
			return true
		}
	}
	return false
}

// notAsking reports a request word used otherwise: "chantier arrêté" (a site stopped, not
// a product dropped), "faut qu'on s'y remette" (a task), "après le service" (a meal), "m'a
// fait passer par un chemin" (a route taken).
func notAsking(toks []string, i int) bool {
	t := toks[i]
	switch {
	case t == "arrete" && i > 0:
		return !subjects[toks[i-1]] && !wantWords[toks[i-1]]
	case t == "faut":
		k := i + 1
		for k < len(toks) && (toks[k] == "vraiment" || toks[k] == "absolument" || toks[k] == "juste") {
			k++
		}
		// "faut qu'on s'y remette", "faut que je m'en occupe" — but "faut que je gère les
		// conteneurs depuis une interface web" says a need.
		// "faut juste que je trouve le lien": an errand about a thing at hand.
		// "il faut juste le mettre à jour avec les chiffres": a task on a thing at hand.
		return k+2 < len(toks) && (toks[k] == "que" || toks[k] == "qu") && subjects[toks[k+1]] &&
			(cliticWords[toks[k+2]] || errandVerbs[toks[k+2]] && k+3 < len(toks) && definiteWords[toks[k+3]]) ||
			k > i+1 && k+1 < len(toks) && (toks[k] == "le" || toks[k] == "la" || toks[k] == "les") && infinitive(toks[k+1])
	case t == "service" && i > 0 && toks[i-1] == "plein":
		return true // "Spotify m'a coupé la musique en plein service": the meal served
	case t == "service" && i > 1 && definiteWords[toks[i-1]]:
		return mealTimes[toks[i-2]] || toks[i-2] == "tout" && i > 2 && mealTimes[toks[i-3]] // "pendant tout le service"
	case t == "passer" && milestone(toks, i+1):
		return true // "la page vient de passer les 10 000 abonnés": a threshold crossed
	case t == "passer" && i > 0:
		return toks[i-1] == "fait" || toks[i-1] == "faire" // "le GPS m'a fait passer par un chemin de terre"
	case (t == "besoin" || t == "needs" || t == "need") && phraseAt(toks, i+1, accessPhrases) > 0:
		return true // "elle a besoin d'un accès au drive": a door opened on what exists
	case t == "services" && i > 0 && toks[i-1] == "loyaux":
		return true // "après 8 ans de bons et loyaux services": a long life of work
	}
	return false
}

// accessPhrases say an access, right after a need: "d'un accès au drive", "access to the
// shared folder".
var accessPhrases = phraseList("d un acces", "d acces", "de l acces", "des acces", "de ses acces", "de son acces", "access to", "an access")

// milestone reports a threshold after "passer": "les 10 000 abonnés", "le cap des mille",
// "la barre des 500".
func milestone(toks []string, i int) bool {
	return i+1 < len(toks) && (toks[i] == "les" && isNumber(toks[i+1]) || toks[i] == "le" && toks[i+1] == "cap" || toks[i] == "la" && toks[i+1] == "barre")
}

// errandVerbs say an errand about a thing at hand: "faut que je trouve le lien".
var errandVerbs = wordSet("vire", "enleve", "retire", "trouve", "retrouve", "demande", "appelle", "rappelle", "regarde", "verifie", "recupere", "imprime", "range", "envoie", "renvoie",
	"mette", "corrige", "modifie", "change") // "faut juste que je mette le menu à jour sur le site"

var (
	wantWords = wordSet("faut", "veux", "veut", "voudrais", "voudrait", "voulons", "dois", "doit", "devons", "va", "vais", "allons", "d", "de", "pour")
	mealTimes = wordSet("apres", "avant", "pendant", "durant", "fin")
	// cliticWords stand between a subject and its verb: "qu'on s'y remette", "que je m'en occupe".
	cliticWords = wordSet("s", "se", "m", "me", "y", "en", "l", "le", "la", "les", "lui", "leur", "t", "te")
)

// asUsual reports "comme d'hab", "comme toujours", "comme prévu", "comme en 1990": how
// things go, no likeness asked.
func asUsual(toks []string, i int) bool {
	if toks[i] != "comme" || i+1 >= len(toks) {
		return false
	}
	next := toks[i+1]
	return next == "toujours" || next == "prevu" || next == "convenu" || next == "dab" || next == "quoi" || // "un message comme quoi mon PC…"
		next == "en" && i+2 < len(toks) && isNumber(toks[i+2]) || // "tout noté sur un carnet comme en 1990"
		next == "d" && i+2 < len(toks) && (toks[i+2] == "hab" || toks[i+2] == "habitude")
}

// upsell reports "passer à l'offre pro", "passer au premium": the vendor's own paid plan,
// not a move to other software.
func upsell(toks []string, i int) bool {
	if toks[i] != "passer" {
		return false
	}
	k := i + 1
	for k < len(toks) && (toks[k] == "a" || toks[k] == "au" || toks[k] == "en" || toks[k] == "la" || toks[k] == "l" || toks[k] == "leur") {
		k++
	}
	return k > i+1 && k < len(toks) && planWords[toks[k]]
}

var planWords = wordSet("offre", "premium", "pro", "payant", "abonnement", "forfait", "plus", "version", "formule")

// wantsToGo reports a wish to go somewhere or meet, not a request for software: "il veut
// absolument venir en personne".
func wantsToGo(toks []string, i int) bool {
	if !wishVerbs[toks[i]] {
		return false
	}
	k := i + 1
	for k < len(toks) && wishAdverbs[toks[k]] {
		k++
	}
	if k < len(toks) && toks[k] == "partir" && (k+1 == len(toks) || !travelAfter[toks[k+1]]) {
		return false // "Slack -> on veut partir, 25 personnes": leaving a service
	}
	return k < len(toks) && meetVerbs[toks[k]]
}

// travelAfter make "partir" a trip: "partir en vacances", "partir à Lyon", "partir demain".
var travelAfter = wordSet("en", "a", "au", "aux", "pour", "chez", "demain", "ce", "cet", "cette", "vers", "loin", "avec", "plus", "tot", "tard", "sur", "dans")

var wishAdverbs = wordSet("absolument", "vraiment", "toujours", "quand", "meme", "encore", "juste")

var meetVerbs = wordSet("venir", "aller", "rester", "partir", "rentrer", "revenir", "parler", "rencontrer", "dormir", "manger", "discuter")

var exclaimWords = wordSet("fou", "folle", "dingue", "ouf", "incroyable", "impressionnant", "fascinant", "marrant", "triste", "dingo")

var objectPersons = wordSet("me", "us", "him", "her", "them", "you")

var lookVerbs = wordSet("look", "looks", "looked", "looking", "feel", "feels", "felt", "sound", "sounds", "seems", "seem")

// departmentNamed reports "service" followed by a department in the whole message: "du
// service RH", even when "RH" was read as a name and left the free words.
func departmentNamed(toks []string) bool {
	for i := 0; i+1 < len(toks); i++ {
		if (toks[i] == "service" || toks[i] == "services") && departments[toks[i+1]] {
			return true
		}
	}
	return false
}

// departments follow "service" when it names a part of the organisation.
var departments = wordSet("rh", "compta", "comptabilite", "comptable", "informatique", "technique", "techniques", "juridique",
	"achats", "paie", "urbanisme", "jeunesse", "communication", "administratif", "financier", "commercial", "marketing",
	"scolaire", "social", "civique", "courrier", "accueil", "it", "hr", "etat")

// beVerbs before a participle make it a state: "c'est hébergé aux US" says where it is.
var beVerbs = wordSet("est", "sont", "etait", "etaient", "is", "are", "was", "were")

// participle reports a service word written as a past participle: "ChatGPT mais hébergé
// en France", "un agenda installé chez nous" describe the software wanted, they ask no one
// to do the work — but "un Nextcloud hébergé en France" asks for a host of that tool (the
// caller checks). Only the written accent tells "hébergé" from "héberge".
func (r *reading) participle(t string) bool {
	for _, w := range r.words() {
		lw := strings.ToLower(w)
		if (strings.HasSuffix(lw, "é") || strings.HasSuffix(lw, "ée") || strings.HasSuffix(lw, "és") ||
			strings.HasSuffix(lw, "ées")) && textnorm.Fold(w) == t {
			return true
		}
	}
	return false
}

// namesKind reports a name of that kind among the matches.
func (r *reading) namesKind(k knowledge.HitKind) bool {
	return slices.ContainsFunc(r.matches, func(m phraseMatch) bool { return m.hit.Kind == k })
}

// softwareDoes reports "qui fait", "qui peut" said of a program: "un logiciel libre qui
// fait ça bien ?" asks for software, not for a company that does it. A "qui" that opens a
// clause starts a new question: "migrer vers du libre, qui peut nous accompagner ?".
func (r *reading) softwareDoes() bool {
	toks, starts := r.fixed, r.clauses()
	for i, t := range toks {
		if starts[i] {
			continue
		}
		if (t == "qui" || t == "which" || t == "that") && i+2 < len(toks) && sizeVerbs[toks[i+1]] && (isNumber(toks[i+2]) || feelings[toks[i+2]]) {
			return true // "un fichier qui fait 12 onglets", "un tableur qui fait peur": a thing's size or effect
		}
		if t == "qui" || t == "who" {
			if i > 0 && toks[i-1] == "ce" {
				return true // "qu'est-ce qui peut remplacer MS Access ?": a thing
			}
			for k := i - 1; k >= 0 && k >= i-2; k-- {
				if softwareNouns[toks[k]] || purposeWords[toks[k]] {
					return true
				}
			}
		}
	}
	return false
}

var booksOf = wordSet("compta", "comptabilite", "gestion", "facturation", "paie", "parc", "informatique", "site", "stock", "stocks")

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

// askerDoesIt reports a service word for work the asker does or has done, not asked of
// anyone: "host its own forge", "what could we install", "on a fini la migration".
func askerDoesIt(toks []string, i int) bool {
	return ownDoing(toks, i) || selfDoing(toks, i) || workDone(toks, i) || kinHelped(toks, i) || softwarePurpose(toks, i) || usersWould(toks, i) ||
		askerTrade(toks, i) || featureVerb(toks, i) || ownHands(toks, i) || appInstalled(toks, i)
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

var tradeVerbs = wordSet("do", "provide", "offer", "fais", "fait", "propose", "proposons", "faisons", "assure", "assurons")

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

var wantVerbs = wordSet("cherche", "cherchent", "veut", "veulent", "voudrait", "voudraient", "souhaite",
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

var beForms = wordSet("suis", "est", "sommes", "etes", "sont", "etais", "etait")

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

func hasService(toks []string) bool {
	for _, t := range toks {
		if serviceWords[t] != "" {
			return true
		}
	}
	return false
}

// firmAltCue reports a word that really asks for software ("alternative", "logiciel",
// "remplacer"), unlike "comme" or "besoin" which also fill ordinary sentences: an everyday
// word such as "continue" or "signal" is a name only after a firm cue.
func firmAltCue(toks []string) bool {
	for _, t := range toks {
		if alternativeWords[t] && !weakAltWords[t] {
			return true
		}
	}
	return hasPhrase(toks, switchToPhrases)
}

// switchToPhrases ask what to move to: "…pour Office, c'est abusé, on passe à quoi ?"; "je
// peux passer à quoi ?" is no offer to drop by.
var switchToPhrases = phraseList("on passe a quoi", "passer a quoi", "passer a un truc libre", "passer a un outil libre",
	"passer a un logiciel libre", "passer a une solution libre", "passer sur un truc libre", "passer a du libre", "switch to something open source", "on passe sur quoi", "on bascule sur quoi",
	"on prend quoi a la place", "what should we switch to", "what do we switch to", "passer sur quoi", "passer sous quoi",
	"basculer sur quoi", "basculer vers quoi", "migrer vers quoi", "migrer sur quoi", "quoi prendre a la place",
	"quoi prendre en libre", "on met quoi a la place", "quoi mettre a la place", "je prends quoi a la place", "on prend quoi",
	"on utilise quoi", "on passe sur quoi", "je passe a quoi", "je passe sur quoi", "je passe sous quoi", "je migre vers quoi",
	"on migre vers quoi", "what should i switch to", "what do i switch to", "what should i move to", "what should we move to",
	"switch to what", "move to what", "quoi a la place", "a la place quoi", "on fait quoi a la place", "quoi en remplacement")

func hasAny(toks []string, set map[string]bool) bool {
	for _, t := range toks {
		if set[t] {
			return true
		}
	}
	return false
}

// phraseSet holds folded phrases by their first word, split once: looking one up costs a
// map access per token, with no string built.
type phraseSet map[string][][]string

// phraseList prepares folded phrases ("qui peut", "c est le bazar") for hasPhrase.
func phraseList(phrases ...string) phraseSet {
	set := phraseSet{}
	for _, p := range phrases {
		w := strings.Fields(p)
		set[w[0]] = append(set[w[0]], w)
	}
	return set
}

// hasPhrase reports whether one of the phrases stands in toks, as whole words.
func hasPhrase(toks []string, phrases phraseSet) bool {
	for i := range toks {
		if phraseAt(toks, i, phrases) > 0 {
			return true
		}
	}
	return false
}

// phraseAt is the length of the phrase that starts at toks[i], or 0.
func phraseAt(toks []string, i int, phrases phraseSet) int {
	if i < 0 || i >= len(toks) {
		return 0 // past either end: no phrase there
	}
	for _, p := range phrases[toks[i]] {
		if i+len(p) <= len(toks) && slices.Equal(toks[i:i+len(p)], p) {
			return len(p)
		}
	}
	return 0
}

// phraseEnds reports whether one of the phrases closes toks.
func phraseEnds(toks []string, phrases phraseSet) bool {
	for i := max(0, len(toks)-5); i < len(toks); i++ {
		if n := phraseAt(toks, i, phrases); n > 0 && i+n == len(toks) {
			return true
		}
	}
	return false
}

var openSource = phraseList("open source")

func isHelp(toks []string) bool {
	if hasPhrase(toks, helpPhrases) {
		return true
	}
	for i, t := range toks {
		// "merci pour hier, ça m'a bien aidé": help received, not asked for; "un logiciel pour
		// aider mon fils à lire": what the software is for.
		// "merci pour l'aide": thanks for help given.
		// "merci, ça va bien nous aider": help to come from the answers given.
		received := i > 0 && (toks[i-1] == "a" || toks[i-1] == "bien" || toks[i-1] == "l" || toks[i-1] == "ton" || toks[i-1] == "votre" || (toks[i-1] == "m" || toks[i-1] == "nous") && t == "aide" ||
			toks[i-1] == "the" || toks[i-1] == "your" || hasAny(toks[max(0, i-3):i], helpToCome)) && hasAny(toks, thanksWords)
		// "ceux qui m'ont aidé hier": help given in the past.
		past := t == "aide" && i > 0 && (haveForms[toks[i-1]] || toks[i-1] == "avaient" || toks[i-1] == "aviez") ||
			helpedBy(toks, i) // "ma voisine… elle m'aide beaucoup pour le français"
		if helpWords[t] && !received && !past && !helpFor(toks, i) && !anOrder(toks, i) && !helpGiven(toks, i) && !tutorialHad(toks, i) {
			return true
		}
	}
	return false
}

// helpedBy reports help someone else gives the asker: "elle m'aide", "il nous aide".
func helpedBy(toks []string, i int) bool {
	return i > 1 && (toks[i-1] == "m" || toks[i-1] == "nous" || toks[i-1] == "me") && thirdPersons[toks[i-2]]
}

var thirdPersons = wordSet("elle", "il", "elles", "ils", "on")

// tutorialHad reports a tutorial the asker got or watched: "j'ai eu droit à un tuto
// scrapbooking", "j'ai regardé un tuto sur YouTube" — no help asked of the bot.
func tutorialHad(toks []string, i int) bool {
	return (toks[i] == "tuto" || toks[i] == "tutoriel" || toks[i] == "tutos") && hasAny(toks[max(0, i-4):i], tutorialSeen)
}

var tutorialSeen = wordSet("droit", "regarde", "suivi", "vu", "trouve", "lu", "fait", "ecrit", "watched", "found", "followed", "read", "made", "wrote")

// helpGiven reports the help the asker's group gives: "for the people we help", "les
// familles qu'on aide" — the people served, no request for help.
// "je peux aider pour les tutos", "I can help": help offered.
// "durée d'aide", "l'aide alimentaire": the aid a service gives its public.
func helpGiven(toks []string, i int) bool {
	if toks[i] == "aide" && (i > 1 && (toks[i-1] == "d" || toks[i-1] == "de") && toks[i-2] != "besoin" || i+1 < len(toks) && aidKinds[toks[i+1]] ||
		i+2 < len(toks) && toks[i+1] == "aux" && aidedWith[toks[i+2]]) { // "on reprend l'aide aux devoirs lundi"
		return true
	}
	return i > 0 && (toks[i-1] == "we" || toks[i-1] == "they" || toks[i-1] == "on" && i > 1 && (toks[i-2] == "qu" || toks[i-2] == "que")) ||
		i > 1 && offerModals[toks[i-1]] && (toks[i-2] == "je" || toks[i-2] == "i")
}

// aidKinds qualify the aid a service gives: "aide alimentaire", "aide sociale".
var aidedWith = wordSet("devoirs", "familles", "aidants", "victimes", "migrants", "refugies", "personnes", "seniors", "jeunes", "etudiants")

var aidKinds = wordSet("alimentaire", "alimentaires", "sociale", "sociales", "financiere", "humanitaire", "juridique", "menagere")

// offerModals say what the speaker can or wants to do: "je peux aider", "I can help".
var offerModals = wordSet("peux", "pourrais", "veux", "voudrais", "can", "could")

var thanksWords = wordSet("merci", "thanks", "thank", "remercie", "thx", "mercii", "thks")

// helpToCome put a help word in the future, as said when thanking: "ça va nous aider".
var helpToCome = wordSet("va", "vont", "will", "gonna", "going")

// anOrder reports "commande" meaning an order, not the bot's commands: "on commande des
// pizzas ?", "ma commande n'est pas arrivée" — but "les commandes ?", "quelles commandes".
func anOrder(toks []string, i int) bool {
	if toks[i] != "commande" && toks[i] != "commandes" || i == 0 {
		return false
	}
	if toks[i-1] == "une" || toks[i-1] == "la" {
		// "faut une commande genre !boussole ?" — but "j'ai passé une commande", "faudra
		// doubler la commande".
		return i > 1 && orderVerbs[toks[i-2]]
	}
	if i+1 < len(toks) && orderParties[toks[i+1]] {
		return true // "les commandes fournisseurs": orders placed, not the bot's commands
	}
	if i+2 < len(toks) && ofWords[toks[i+1]] && toks[i+2] != "boussole" && toks[i+2] != "bot" && toks[i+2] != "ce" {
		return true // "les commandes de la cuisine" — not "les commandes du bot"
	}
	return !commandAskers[toks[i-1]]
}

// orderParties follow "commandes" when they are orders: "les commandes fournisseurs".
var orderParties = wordSet("fournisseur", "fournisseurs", "clients", "client", "clientes", "en", "web", "internet", "groupees", "groupee",
	"passees", "recues", "livrees", "annulees")

// orderVerbs are done to an order: "passer", "doubler", "annuler la commande".
var orderVerbs = wordSet("passe", "passer", "ma", "doubler", "double", "annuler", "annule", "valider", "valide", "preparer", "prepare",
	"recevoir", "recu", "livrer", "livre", "grouper", "augmenter", "modifier", "suivre", "envoyer", "confirmer", "confirme",
	"prendre", "prend", "prenons", "gerer", "traiter", "centraliser")

var commandAskers = wordSet("les", "quelles", "quelle", "tes", "vos", "ses", "des", "liste", "aux")

// helpFor reports "aider" as what software is for: "des logiciels pour aider mon fils",
// "an app to help my parents".
func helpFor(toks []string, i int) bool {
	k := i - 1
	if k > 0 && (toks[k] == "m" || toks[k] == "nous" || toks[k] == "me" || toks[k] == "us") {
		k--
	}
	return k >= 0 && (toks[k] == "pour" || toks[k] == "to") && hasAny(toks, softwareWords)
}

// replacesPerson reports "remplacer" said of people: "l'IA va nous remplacer", "AI will
// replace us" is talk about the world, no product to replace.
func replacesPerson(toks []string, i int) bool {
	switch toks[i] {
	case "remplacer", "remplace", "remplacera", "remplacent":
		// "me remplacer"; "l'IA va remplacer les dessinateurs": people's jobs, no product.
		return i > 0 && personObjects[toks[i-1]] || i+2 < len(toks) && (toks[i+1] == "les" || toks[i+1] == "nos" || toks[i+1] == "des") && peopleJobs[toks[i+2]]
	case "replace", "replaces", "replacing":
		return i+1 < len(toks) && personObjects[toks[i+1]]
	}
	return false
}

// peopleJobs are trades a machine is said to replace.
var peopleJobs = wordSet("dessinateurs", "projeteurs", "traducteurs", "developpeurs", "devs", "profs", "enseignants", "graphistes", "comptables",
	"secretaires", "journalistes", "salaries", "employes", "humains", "artistes", "illustrateurs", "redacteurs", "doubleurs", "medecins", "avocats")

// nothingReplaced reports a cue followed by a count or an activity: "200 vues au lieu de
// 5k" compares numbers, "instead of going outside" names no product — nothing is replaced.
func nothingReplaced(toks []string, next int) bool {
	if next >= len(toks) || toks[next] == "" {
		return false
	}
	w := toks[next]
	if (w == "of" || w == "de" || w == "d") && next+1 < len(toks) {
		w = toks[next+1] // "instead" then "of going outside"
	}
	// "fixing docker networking instead of going outside", "au lieu de sortir": an
	// activity, not a product — unless it is the product's use ("au lieu de payer Zoom").
	activity := (strings.HasSuffix(w, "ing") && len(w) >= 5 && !strings.HasSuffix(w, "thing") || infinitive(w)) && !productUseVerbs[w]
	// "au lieu de celui de la section": one of the things just named, not a product.
	// "j'en ai marre de cette semaine": a time, not a product.
	timed := (w == "cette" || w == "ce" || w == "this") && next+1 < len(toks) && timeNouns[toks[next+1]]
	return w[0] >= '0' && w[0] <= '9' || activity || replacedPronouns[w] || timed
}

var timeNouns = wordSet("semaine", "journee", "matin", "mois", "annee", "week", "month", "year", "morning", "soir", "hiver", "ete")

var replacedPronouns = wordSet("celui", "celle", "ceux", "celles", "that", "those")

var productUseVerbs = wordSet("paying", "using", "buying", "renting", "subscribing", "payer", "utiliser", "acheter", "louer",
	"prendre", "installer", "garder", "rester")

var personObjects = wordSet("nous", "vous", "me", "m", "te", "t", "us", "you", "them", "humans", "humains")

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

var roleWords = wordSet("treasurer", "tresorier", "tresoriere", "president", "presidente", "secretary", "chair", "chairman",
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
	if i > 0 && (toks[i-1] == "micro" || toks[i-1] == "auto") {
		return true // "mes déclarations URSSAF micro-entreprise": the asker's legal status
	}
	if i > 0 && formerWords[toks[i-1]] || madeFor(toks, i) || thanked(toks, i) || weAre(toks, i) {
		return true // "des cartes d'un ancien technicien"; "QuickBooks… for a small logging contractor"
	}

	if memberOf(toks, i) {
		return true // "I volunteer with an asylum seekers' association in Briançon": the asker's
	}
	if selfIntro(toks, i) || roleOf(toks, i) || sized(toks, i) || asRole(toks, i) || i > 0 && soloWords[toks[i-1]] || ownerOf(toks, i) || openingIntro(toks, i) {
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
	for k := i - 1; k >= 1 && k >= i-7; k-- {
		if toks[k] == "qui" || toks[k] == "who" {
			return false
		}
		if toks[k-1] == "on" && toks[k] == "est" || toks[k-1] == "nous" && toks[k] == "sommes" || toks[k-1] == "we" && toks[k] == "are" ||
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
		if (toks[k] == "small" || toks[k] == "petite" || toks[k] == "petit" || toks[k] == "tiny") && indefinite[toks[k-1]] &&
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

var sizeWords = wordSet("people", "personnes", "salaries", "employees", "staff", "persons", "pers", "personnes", "employes", "collaborateurs")

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
	"a", "au", "aux", "une", "un", "an", "to", "des", "de", "d", "la", "le", "les")

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
		(toks[i-3] == "mais" || toks[i-3] == "but" || toks[i-3] == "et" || toks[i-3] == "and" || toks[i-1] == "chez" || neitherAfter(toks, i)) {
		// "…que tout le monde les voie, mais pas sur Facebook", "pas chez Google", "avec
		// les familles, pas sur facebook ni google photos": where not to go
		return true
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
// installer quoi que ce soit" wants nothing installed, by anyone.
func withoutThat(toks []string, i int) bool {
	for k := i - 1; k > 0 && k >= i-8; k-- {
		if toks[k-1] == "sans" && (toks[k] == "que" || toks[k] == "qu") || toks[k-1] == "without" && toks[k] == "anyone" {
			return true
		}
	}
	return false
}

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
		"appeler", "contacter", "hire", "hiring", "calling", "etre", "be", "being",
		"devoir", "savoir", "avoir", "a", "besoin", "having", "needing", "knowing", "how", // "sans devoir coder", "without having to code"
		"tied", "linked", "owned", "dependent", "by", "lie", "liee", "lies",
		"sending", "send", "giving", "give", "uploading", "upload", "everything", "tout", "data", "donnees") // "not sending everything to Google"
)
