// SPDX-License-Identifier: AGPL-3.0-or-later

package bot

// Help asked of the bot or of someone, help given, and a request word that replaces a person
// rather than a product.

import (
	"strings"

	"github.com/boussole-libre/boussole/knowledge/textnorm"
)

func isHelp(toks []string) bool {
	if helpAsked(toks) {
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

// helpAsked reports a help phrase that asks what the bot does — not "tu fais quoi ce
// week-end ?", its plans asked in passing.
func helpAsked(toks []string) bool {
	return hasPhrase(toks, helpPhrases) && !plansAsked(toks)
}

// plansAsked reports "tu fais quoi" followed by when: "tu fais quoi ce week-end boussole ?".
func plansAsked(toks []string) bool {
	for i := 1; i+2 < len(toks); i++ {
		if (toks[i] == "fais" || toks[i] == "faites") && toks[i+1] == "quoi" && planWhen[toks[i+2]] {
			return true
		}
	}
	return false
}

var planWhen = wordSet("ce", "cet", "cette", "demain", "aujourd", "de", "le", "la", "pendant", "samedi", "dimanche", "apres")

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
		i+2 < len(toks) && (toks[i+1] == "aux" && aidedWith[toks[i+2]] || toks[i+1] == "a" && toks[i+2] == "domicile")) { // "on reprend l'aide aux devoirs lundi"
		return true
	}
	return i > 0 && (toks[i-1] == "we" || toks[i-1] == "they" || toks[i-1] == "on" && i > 1 && (toks[i-2] == "qu" || toks[i-2] == "que")) ||
		i > 1 && offerModals[toks[i-1]] && (toks[i-2] == "je" || toks[i-2] == "i")
}

// aidedWith are whom or what the aid is for: "l'aide aux devoirs".
var aidedWith = wordSet("devoirs", "familles", "aidants", "victimes", "migrants", "refugies", "personnes", "seniors", "jeunes", "etudiants")

// aidKinds qualify the aid a service gives ("aide alimentaire", "aide sociale") or name a
// device or a job ("une aide auditive", "aide soignante").
var aidKinds = wordSet("alimentaire", "alimentaires", "sociale", "sociales", "financiere", "humanitaire", "juridique", "menagere",
	"auditive", "auditives", "soignante", "soignant", "soignantes", "medicale", "juridictionnelle")

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
	if i > 1 && (toks[i-1] == "des" || toks[i-1] == "les") && orderActions[toks[i-2]] {
		return true // "demain c'est emballage des commandes", "elle gère les commandes": orders handled
	}
	if i+2 < len(toks) && ofWords[toks[i+1]] && toks[i+2] != "boussole" && toks[i+2] != "bot" && toks[i+2] != "ce" {
		return true // "les commandes de la cuisine" — not "les commandes du bot"
	}
	return !commandAskers[toks[i-1]]
}

// orderParties follow "commandes" when they are orders: "les commandes fournisseurs".
// orderActions are what is done with orders: "le suivi des commandes".
var orderActions = wordSet("emballage", "suivi", "preparation", "gestion", "envoi", "envois", "livraison", "livraisons", "prise", "saisie",
	"expedition", "expeditions", "retrait", "traitement", "preparer", "emballer", "envoyer", "livrer", "gere", "gerer", "suivre",
	"suit", "traiter", "traite", "saisir", "recevoir", "recoit", "prendre", "prend", "prenons")

var orderParties = wordSet("fournisseur", "fournisseurs", "clients", "client", "clientes", "en", "web", "internet", "groupees", "groupee",
	"passees", "recues", "livrees", "annulees")

// orderVerbs are done to an order: "passer", "doubler", "annuler la commande".
var orderVerbs = wordSet("passe", "passer", "ma", "doubler", "double", "annuler", "annule", "valider", "valide", "preparer", "prepare",
	"recevoir", "recu", "livrer", "livre", "grouper", "augmenter", "modifier", "suivre", "envoyer", "confirmer", "confirme",
	"prendre", "prend", "prenons", "gerer", "traiter", "centraliser")

var commandAskers = wordSet("les", "quelles", "quelle", "tes", "vos", "ses", "des", "liste", "aux")

// helpFor reports "aider" as what software is for: "des logiciels pour aider mon fils",
// "an app to help my parents", "an offline AI assistant I can run myself to help write…"
// — not the bot asked: "I'd like you to help me".
func helpFor(toks []string, i int) bool {
	k := i - 1
	if k > 0 && (toks[k] == "m" || toks[k] == "nous" || toks[k] == "me" || toks[k] == "us" || toks[k] == "remotely" || toks[k] == "better") {
		k-- // "a way to remotely help my dad"
	}
	return k >= 0 && (toks[k] == "pour" || toks[k] == "to") && (hasAny(toks, softwareWords) || k > 0 && !personObjects[toks[k-1]])
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
	// A gerund must be an English word: "je quitte RadioKing" names a product.
	gerund := strings.HasSuffix(w, "ing") && len(w) >= 5 && !strings.HasSuffix(w, "thing") && textnorm.IsEnglishWord(w)
	activity := (gerund || infinitive(w)) && !productUseVerbs[w]
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
