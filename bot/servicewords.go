// SPDX-License-Identifier: AGPL-3.0-or-later

package bot

// Whether a service word (installer, héberger, formation, maintenance) asks for that service
// here, or names a room, a medium, another trade or a training already attended.

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

// materialOf name what a "support" (handout, medium) is of: "le support de la formation".
var materialOf = wordSet("formation", "cours", "presentation", "conference", "atelier", "communication", "com", "vente") // "un support de communication": a medium

// venueNouns name a place or body where training happens, not training asked for.
var venueNouns = wordSet("salle", "salles", "centre", "centres", "organisme", "organismes", "room", "plateau",
	"ends", "weekends", "journees", "soirees", "sessions") // "pendant les week-ends de formation": when, no course asked

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
	"fin", "debut", "offre", "offres", "modules", "module", "supports", "contenus", "salle", "videos", "video", "tutos", "tutoriels", "quiz",
	"billetterie", "billets", "tickets")

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
		i > 2 && toks[i-1] == "la" && toks[i-2] == "de" && (toks[i-3] == "support" || venueNouns[toks[i-3]] || trainingRecords[toks[i-3]]) || // "vidéos de la formation"
		i > 0 && (trainingRecords[toks[i-1]] || momentWords[toks[i-1]]) || attended(toks, i)
}

// trainingContent follow "training" when it qualifies what is made or kept.
// "my dog training business", "my training program descriptions": the asker's trade.
var trainingContent = wordSet("videos", "video", "material", "materials", "content", "records", "calendar", "schedule", "budget", "plan", "log",
	"program", "programs", "business", "company", "school", "club", "centre", "center",
	"salon", "restaurant", "kitchen", "shop", "hotel", "farm") // "the training salon": where pupils practise

// momentWords place a moment around what follows: "les tests avant formation", "pile
// pendant la mise en place" (see setupMoment).
var momentWords = wordSet("avant", "apres", "pendant", "durant", "lors", "en", "before", "after", "during")

// attended reports a course the asker took: "j'ai eu une formation H5P", "j'ai suivi une
// formation".
func attended(toks []string, i int) bool {
	return i > 1 && (toks[i-1] == "une" || toks[i-1] == "la" || toks[i-1] == "a") && attendVerbs[toks[i-2]]
}

var attendVerbs = wordSet("eu", "suivi", "fait", "took", "attended", "had")
