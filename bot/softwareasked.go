// SPDX-License-Identifier: AGPL-3.0-or-later

package bot

// Whether software is asked for: the words that ask, and the same words used for
// something else (a milestone, an upsell, "comme d'habitude").

import (
	"slices"

	"github.com/boussole-libre/boussole/knowledge"
)

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
		// "mon fils en veut un", "mon associé veut en acheter 3", "il les veut en 135g":
		// someone wants the thing itself.
		wantsIt := wantForm(t) && (i > 0 && (toks[i-1] == "en" || t != "veux" && objectClitics[toks[i-1]] && toks[i-1] != "me" && toks[i-1] != "nous") ||
			i+2 < len(toks) && toks[i+1] == "en" && productUseVerbs[toks[i+2]]) ||
			t == "faut" && i+1 < len(toks) && (toks[i+1] == "pas" || toks[i+1] == "lui" || toks[i+1] == "leur") || // "faut pas lui dire", "faut lui créer ses accès": a task told
			wantsToGo(toks, i) // "le mien veut absolument venir à l'étude en personne"
		// "made my cat look like a potato": a likeness, not "something like X".
		// "le van aménagé comme sur Instagram": as seen there, not something like it.
		likeness := t == "like" && i > 0 && lookVerbs[toks[i-1]] || (t == "comme" || t == "like") && i+1 < len(toks) && (toks[i+1] == "sur" || toks[i+1] == "on")
		// "clients keep calling me instead": what people do instead, not software asked.
		doneInstead := t == "instead" && (i > 0 && objectPersons[toks[i-1]] || nothingReplaced(toks, i+1))
		// "c'est fou comme ça va vite": an exclamation, not "something like".
		exclaimed := t == "comme" && i > 0 && exclaimWords[toks[i-1]] || asUsual(toks, i)
		if !owned && !customer && !wantsIt && !available(toks, i) && !imposed(toks, i) && !likeness && !doneInstead && !exclaimed && !replacesPerson(toks, i) && !upsell(toks, i) && !notAsking(toks, i) {
			return true
		}
	}
	return false
}

// available reports "libre" said of a room or a person free at a time: "la salle des fêtes
// est libre le 23", "t'es libre demain ?".
func available(toks []string, i int) bool {
	if toks[i] != "libre" && toks[i] != "libres" || i == 0 || !beForms[toks[i-1]] || i+1 >= len(toks) {
		return false
	}
	return saysWhen(toks[i+1:]) || toks[i+1] == "le" && i+2 < len(toks) && isNumber(toks[i+2])
}

// wantForm reports "vouloir" in the forms a want for a thing takes: "mon fils en veut un".
func wantForm(t string) bool { return t == "veut" || t == "veux" || t == "voudrait" || t == "veulent" }

// imposed reports a want someone else has of the asker: "ma patronne veut que je fasse des
// reels" is a task told, no software asked ("Windows veut que je le jette" still asks).
func imposed(toks []string, i int) bool {
	return wantForm(toks[i]) && i > 1 && possessives[toks[i-2]] && // "ma patronne", not "Windows"
		i+2 < len(toks) && (toks[i+1] == "que" || toks[i+1] == "qu") && (toks[i+2] == "je" || toks[i+2] == "j")
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
	case t == "besoin" && i > 0 && (toks[i-1] == "plus" || toks[i-1] == "pas") && i+1 < len(toks) && (toks[i+1] == "du" || toks[i+1] == "de" || toks[i+1] == "des"):
		return true // "on a plus besoin du carnet papier": a need gone
	case t == "services" && i > 0 && toks[i-1] == "loyaux":
		return true // "après 8 ans de bons et loyaux services": a long life of work
	case t == "chose" && i > 0 && toks[i-1] == "grand":
		return true // "les marchés ont pas donné grand chose": next to nothing
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

var meetVerbs = wordSet("venir", "aller", "rester", "partir", "rentrer", "revenir", "parler", "rencontrer", "dormir", "manger", "discuter",
	"decaler", "reporter") // "elle veut décaler son rdv à jeudi": a date moved

var exclaimWords = wordSet("fou", "folle", "dingue", "ouf", "incroyable", "impressionnant", "fascinant", "marrant", "triste", "dingo",
	// "c'était nice comme site": a judgement, "comme" is "as".
	"nice", "sympa", "joli", "jolie", "beau", "belle", "top", "cool", "pratique", "moche")

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
	"scolaire", "social", "civique", "courrier", "accueil", "it", "hr", "etat", "contentieux")

// beVerbs before a participle make it a state: "c'est hébergé aux US" says where it is.
var beVerbs = wordSet("est", "sont", "etait", "etaient", "is", "are", "was", "were")
