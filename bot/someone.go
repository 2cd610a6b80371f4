// SPDX-License-Identifier: AGPL-3.0-or-later

package bot

// Whether someone is sought: who asks, the phrases that seek a person or a firm, and the
// people and organisations only described.

import (
	"slices"
	"strings"
)

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
	// "TikTok est plein de vidéos d'opticiens qui font des trucs bizarres mdr": a remark
	// laughed off, no one sought.
	laughed := !r.u.Question && r.laughCloser()
	// "…un prestataire pour former ses animateurs, ça existe à Mayotte ?" asks where.
	return provider && !cheered && !laughed && !(c.alt && !c.serviceVerb && r.u.Kind == "" && hasPhrase(r.fixed, thatExistsPhrases) && !r.existsThere())
}

// existsThere reports existence asked at a place: "ça existe à Mayotte ?".
func (r *reading) existsThere() bool {
	if r.place == nil {
		return false
	}
	for i := range r.fixed {
		if n := phraseAt(r.fixed, i, thatExistsPhrases); n > 0 && i+n+1 < len(r.fixed) && placeLinks[r.fixed[i+n]] {
			return len(r.geo.PlaceNames(r.fixed[i+n+1])) > 0
		}
	}
	return false
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

var adviserVerbs = wordSet("recommended", "suggested", "advised", "told", "said", "asked", "wants", "recommande", "recommandait", "conseille", "conseillait")

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
	return k >= 0 && k < i-1 && recordNouns[toks[k]] || upkeepTracked(toks, i)
}

// upkeepTracked reports upkeep named as what a tool keeps track of: "we use Trello to
// track orders and instrument maintenance", "suivre la maintenance des machines".
func upkeepTracked(toks []string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if trackInfinitives[toks[k]] {
			return true
		}
		if toks[k] == "qui" || toks[k] == "who" || toks[k] == "someone" || toks[k] == "quelqu" {
			return false
		}
	}
	return false
}

// trackInfinitives say what a tool is to keep track of (clauses.go's trackVerbs are participles: "suivi à la main").
var trackInfinitives = wordSet("track", "tracks", "tracking", "log", "logging", "suivre", "planifier", "schedule", "scheduling")

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
// qui font les inscriptions", "nos salariés qui font la compta", "mon neveu qui fait le
// support" — described, not sought.
func knownPeople(toks []string, i int) bool {
	return i > 1 && (definiteWords[toks[i-2]] || possessives[toks[i-2]]) && (describedPeople[toks[i-1]] || kinWords[toks[i-1]])
}

var describedPeople = wordSet("benevole", "salarie", "salariee", "collegue", "secretaire", "stagiaire", "prof", "animateur", "volunteer", "colleague",
	"guides", "guide", "benevoles", "salaries", "collegues", "adherents", "membres", "animateurs", "animatrices", "profs", "enseignants",
	"volunteers", "staff", "employees", "colleagues", "members", "parents", "eleves", "agents", "secretaires", "travailleurs", "jeune", "gars", "fils", "fille",
	"member", "membre", "adherent", "parent", "secretary", "intern", "clients", "clientes", "customers", "users", "utilisateurs")

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
