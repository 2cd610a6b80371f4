// SPDX-License-Identifier: AGPL-3.0-or-later

package bot

// Names that the word beside them turns into something else: "carte SD" is no map, "compte rendu"
// no accounting.

import (
	"strings"
)

// otherSense reports a one-word name the next word turns into something else: "carte SD"
// is no map, "compte rendu" no accounting, "box Orange" no Box.
func otherSense(toks []string, m phraseMatch) bool {
	if cardWords[toks[m.start]] && (hasAny(toks, diningWords) && !hasAny(toks[m.start:m.end], diningWords) || m.start > 0 && toks[m.start-1] == "par") {
		return true // "une carte en ligne… (plat du jour)" is a menu, "payer par carte en ligne" a bank card
	}
	if m.end-m.start != 1 {
		// "faire les comptes rendus", "les comptes réseaux sociaux": the phrase's last word
		// turns into another noun with the next one.
		if m.end >= len(toks) {
			return false
		}
		next := m.end
		if ofWords[toks[next]] && next+1 < len(toks) {
			next++ // "faire un journal des interventions": a log, no newspaper
		}
		return lastWordSenses[toks[m.end-1]][toks[next]]
	}
	if m.start > 0 && nounBefore[toks[m.start]][toks[m.start-1]] {
		return true // "the language exchange on thursday": a meeting, not Microsoft Exchange
	}
	if m.end >= len(toks) {
		return false
	}
	next := toks[m.end]
	if (next == "de" || next == "d" || next == "des" || next == "du") && m.end+1 < len(toks) {
		next = toks[m.end+1] // "cartes de visite", "carte de fidélité", "le forum des assos"
		if cardWords[toks[m.start]] && isNumber(next) {
			return true // "des cartes de 10 cours": passes, not maps
		}
	}
	if cardWords[toks[m.start]] && next == "a" && m.end+3 < len(toks) && toks[m.end+1] == "base" && ofWords[toks[m.end+2]] {
		next = toks[m.end+3] // "une petite carte à base d'ESP32": a circuit board
	}
	if toks[m.start] == "caisse" && m.start > 1 && toks[m.start-1] == "la" && (toks[m.start-2] == "a" || toks[m.start-2] == "derriere") {
		return true // "notre box plante tous les jours à la caisse": where, no till asked
	}
	if toks[m.start] == "box" && m.start > 0 && (routerWords[toks[m.start-1]] || feminineDeterminers[toks[m.start-1]]) {
		return true // "our internet box keeps dropping"; "les codes de la box": the router, feminine in French
	}
	if cardWords[toks[m.start]] && m.start > 1 && (toks[m.start-1] == "de" || toks[m.start-1] == "of") && gameWords[toks[m.start-2]] {
		return true // "des jeux de cartes", "a game of cards": playing cards, not maps
	}
	if (toks[m.start] == "recettes" || toks[m.start] == "recette") && hasAny(toks, revenueWords) {
		return true // "tenir mes recettes et faire mes déclarations URSSAF": takings, not recipes
	}
	return otherSenses[toks[m.start]][next] || tipPlan(toks, m.start)
}

// revenueWords make "recettes" a business's takings.
var revenueWords = wordSet("urssaf", "declarations", "declaration", "depenses", "compta", "comptabilite", "micro", "factures", "chiffre", "impots", "bnc", "tresorerie")

// diningWords make a "carte" a restaurant's menu wherever it stands in the message.
var diningWords = wordSet("menu", "menus", "plats", "plat", "resto", "restau", "restaurant", "restaurants", "bistrot", "brasserie",
	"vins", "cuisine", "desserts", "boissons", "cocktails", "traiteur")

var cardKinds = wordSet("sd", "microsd", "micro", "memoire", "bancaire", "bancaires", "grise", "vitale", "son", "voeux", "recto", "memory", "postale", "postales",
	"fidelite", "membre", "membres", "adherent", "adherents", "embarquement", "pro", "professionnelle", "professionnelles", "credit", "remerciement", "remerciements", "invitation", "invitations",
	"anniversaire", "condoleances", "felicitations",
	"graphique", "graphiques", "mere", "wifi", "reseau", "cadeau", "cadeaux", "visite", "sim", "bleue", "d", "licence", "licences",
	"identite", "adhesion", "adhesions", "club", "eleve", "eleves", "etudiant", "etudiants", "abonne", "abonnes", "grbl", "arduino", "electronique", "controleur", "esp32", "raspberry", "qsl",
	// "la nouvelle carte du food truck", "la carte du jour": a menu
	"food", "restaurant", "resto", "jour", "vins", "menu", "bar", "cafe", "brasserie", "boissons", "desserts", "midi", "soir")

// accountKinds make "comptes" a report ("comptes rendus") or logins ("les comptes
// partagés", "le compte Google"), not bookkeeping.
var accountKinds = wordSet("rendu", "rendus", "partages", "partage", "communs", "commun", "utilisateur", "utilisateurs",
	"google", "microsoft", "facebook", "instagram", "apple", "mail", "mails", "email", "gmail", "admin", "administrateur",
	"insta", "fb", "twitter", "tiktok", "linkedin", "youtube", "mastodon", "discord")

// nounBefore are the nouns before which a name means something else.
var nounBefore = map[string]map[string]bool{"comptes": wordSet("memes"), "compte": wordSet("meme"),
	// "Windows m'a encore affiché un message", "le site affiche toujours l'ancienne version",
	// "plus aucun coeff affiché": displayed, not a poster.
	"affiche": wordSet("a", "ai", "as", "ont", "avons", "avez", "encore", "deja", "bien", "est", "sont", "s", "j", "on", "il", "elle", "qui",
		"site", "ecran", "page", "appli", "application", "navigateur", "coeff", "coef", "coefficient", "message", "prix", "horaire", "horaires"),
	// "nos vieux bulletins scannés": a society's old issues, no school reports.
	"bulletins": wordSet("vieux", "anciens", "nos"),
	// "to plan the summer camp": a verb.
	"plan": planUses,
	// "scan our paper forms": documents to digitise, no form to build.
	"forms": wordSet("paper", "scanned", "printed", "handwritten", "pdf"), "formulaires": wordSet("vieux", "anciens", "pdf"),
	// "nos obs", "ses obs pendant le Big Day", "les soirées d'obs": observations, no OBS Studio.
	"obs": wordSet("nos", "ses", "mes", "leurs", "vos", "tes", "des", "les", "our", "my", "d"),
	// "tri des abstracts en double aveugle": a review method, no blind reader.
	"aveugle": wordSet("double"), "blind": wordSet("double"),
	// "de l'huile d'olive", "aux olives": the fruit, no video editor.
	"olive": wordSet("d", "l", "les", "des", "aux", "vert", "huile"),
	// "la finale du tournoi": the last match, no Finale.
	"finale": wordSet("la", "une", "demi", "grande", "the", "en"),
	// "a food composition table": what food contains, no music.
	"composition": wordSet("food", "nutritional", "chemical", "nutritionnelle", "alimentaire"),
	"plans":       planUses,
	// "there's often no mobile signal at the stops": reception, no messenger.
	"signal": wordSet("mobile", "phone", "cell", "cellular", "no", "gsm", "gps", "wifi", "weak", "bad", "poor", "faible", "mauvais", "radio", "tv"),
	// "refaire sa formation continue", "l'intégration continue": no Continue assistant.
	"continue": wordSet("formation", "formations", "integration", "amelioration", "veille", "education"),
	// "numéros de calibre, pièces changées": a watch movement, no e-book manager.
	"calibre": wordSet("de", "du", "numero", "numeros", "gros", "petit", "meme"),
	// "tools for my classroom": a room.
	"classroom": wordSet("my", "our", "your", "a", "the", "his", "her", "their"),
	"exchange":  wordSet("language", "student", "students", "currency", "cultural", "book", "skill", "skills", "house", "linguistic"),
	// "des check-lists sécurité avant chaque sortie en mer": safety, not IT security.
	"securite": wordSet("lists", "list", "checklist", "checklists", "consignes", "gilets", "exercice", "exercices", "plongee", "baignade"),
	// "our warehouse SOPs": standard operating procedures, no secrets editor.
	"sops": wordSet("our", "my", "the", "your", "their", "warehouse", "safety", "internal", "company", "team", "nos", "les", "des", "mes"),
	// "for the taxi fleet": vehicles, no device manager.
	"fleet": wordSet("taxi", "vehicle", "vehicles", "delivery", "van", "vans", "truck", "trucks", "car", "cars", "bike", "bikes", "our", "the", "a", "my", "their"),
	// "un invité au téléphone", "joindre par tél": a call, no phone system asked for.
	"telephone": wordSet("au", "par"), "tel": wordSet("au", "par")}

var (
	cardWords = wordSet("carte", "cartes", "cards")
	gameWords = wordSet("jeu", "jeux", "game", "games", "partie", "parties")
)

// otherSenses are the words after which a category word means something else.
var otherSenses = map[string]map[string]bool{"carte": cardKinds, "cartes": cardKinds, "compte": accountKinds,
	"logs": wordSet("in", "into"), "log": wordSet("in", "into"), // "each client logs in": signs in, no log monitoring
	"comptes": accountKinds, "box": routerWords, "forum": fairKinds, "voiceover": narrationWords, "plan": planKinds, "plans": planKinds,
	"telephone": landline, "telephones": landline, "tel": landline, "formulaires": paperWords, "formulaire": paperWords,
	"school": schoolPlaces, "pc": commandPosts, "composition": wordSet("nutritionnelle", "alimentaire"),
	"exchange": wordSet("student", "students", "program", "programme", "programs", "rate", "rates", "trip", "trips"),
	// "our wifi access points", "access control at the gates": no Microsoft Access.
	"access": wordSet("point", "points", "control", "rights", "right", "badge", "badges", "code", "codes", "card", "cards", "level", "levels"),
	// "les badges d'accès de la salle", "les badges ne passent plus": door badges, no event ones.
	"badges": accessBadges, "badge": accessBadges,
	// "le bulletin municipal", "bulletins d'adhésion", "bulletins de paie": no school reports.
	"bulletin": bulletinKinds, "bulletins": bulletinKinds}

var bulletinKinds = wordSet("municipal", "municipaux", "paroissial", "trimestriel", "mensuel", "annuel", "adhesion", "adhesions",
	"inscription", "inscriptions", "paie", "salaire", "salaires", "vote", "liaison", "information", "informations", "meteo", "l",
	"association", "asso", "club", "scannes")

var accessBadges = wordSet("d", "rfid", "nfc", "ne", "magnetiques", "magnetique", "acces", "access", "door", "porte")

// planUses make "plan" a verb ("to plan the camp"), a schedule ("payment plans", "training
// plans"), a pricing tier ("the free plan") or a picture's depth ("l'arrière-plan"), no drawing.
var planUses = wordSet("to", "we", "i", "you", "they", "payment", "meal", "training", "business", "lesson", "lessons", "pricing",
	"subscription", "savings", "data", "free", "paid", "premium", "basic", "starter", "family",
	"arriere", "premier", "second") // "l'arrière-plan de mes photos", "au premier plan": a picture's depth

// commandPosts make a "PC" a command post, no computer: "le PC de commandement", "le PC course".
var commandPosts = wordSet("commandement", "course", "securite", "secours", "crise")

// schoolPlaces make "school" the place a thing is for: "a school kitchen", "school meals".
var schoolPlaces = wordSet("kitchen", "kitchens", "canteen", "canteens", "cafeteria", "meals", "meal", "lunch", "lunches", "bus", "buses", "trip", "trips", "nurse")

// paperWords make forms paper ones: "nos formulaires papier", "les devis scannés" are
// documents to scan or file.
var paperWords = wordSet("papier", "papiers", "manuscrits", "scannes", "imprimes", "scannees", "scanne", "scannee", "scanned", "numerises", "numerisees")

// landline makes a "téléphone fixe" a line to subscribe to, not a device to put a system on.
var landline = wordSet("fixe", "fixes")

// lastWordSenses turn a phrase's last word into another noun: "faire les comptes rendus".
var lastWordSenses = map[string]map[string]bool{"comptes": accountKinds, "compte": accountKinds,
	"reseaux": wordSet("sociaux"), "reseau": wordSet("social"),
	"journal": wordSet("interventions", "bord", "activite", "appels", "incidents", "operations", "modifications", "maintenance", "gardes")}

// planKinds make a "plan" a worktop, a seating plan or a course of action, not a map: "le
// plan de travail", "le plan de table", "un plan d'action".
var planKinds = wordSet("travail", "table", "tables", "action", "actions", "b", "epargne", "financement", "communication", "formation", "comm",
	"gratuit", "payant", "premium", "pro", "famille", "starter", "free", "paid", // "le plan gratuit ne suffit plus": a pricing tier
	"repas", "alimentaire", "alimentaires", "entrainement", "soins", "traitement", "cours", "classement", // "le plan de repas": a programme
	"coupe", "palettisation", "chargement") // "le plan de coupe" of a garment, "les plans de palettisation"

// tipPlan reports "un plan" as a tip: "qqn a un plan pour une petite sono ?", "un bon
// plan" — no map asked.
func tipPlan(toks []string, i int) bool {
	if toks[i] != "plan" && toks[i] != "plans" || i == 0 {
		return false
	}
	return toks[i-1] == "bon" || toks[i-1] == "bons" || i > 1 && indefinite[toks[i-1]] && (haveForms[toks[i-2]] || toks[i-2] == "a") && i+1 < len(toks) && toks[i+1] == "pour"
}

// narrationWords make a "voiceover" a narration, not Apple's screen reader: "the voiceover
// audio".
var narrationWords = wordSet("audio", "track", "tracks", "recording", "recordings", "mic", "script", "work", "artist", "piste", "pistes")

// fairKinds make a "forum" a fair, not a discussion board: "le forum des assos samedi".
var fairKinds = wordSet("assos", "associations", "metiers", "emploi", "entreprises", "sports", "formations")

// feminineDeterminers make "box" the internet router, feminine in French ("la box"), not
// the masculine cloud service.
var feminineDeterminers = wordSet("la", "ma", "ta", "sa", "notre", "votre", "leur", "cette")

// routerWords make a "box" the internet router: "ma box Orange", "la box internet".
var routerWords = wordSet("orange", "free", "sfr", "bouygues", "internet", "wifi", "adsl", "fibre", "4g", "5g", "red", "sosh")

// verbAfterSubject reports a one-word need used as a verb: "la somme qu'on paie", "je
// compte sur vous".
func verbAfterSubject(toks []string, m phraseMatch) bool {
	if m.end-m.start != 1 || m.start == 0 {
		return false
	}
	// "we're planning tours of our datacenter": an English verb in -ing after a subject.
	progressive := strings.HasSuffix(toks[m.start], "ing") && m.start > 1 && englishBe[toks[m.start-1]]
	// "il faut qu'on sauvegarde le PC tous les soirs": what must be done is a need.
	mustDo := m.start > 2 && (toks[m.start-1] == "on" || toks[m.start-1] == "je" || toks[m.start-1] == "j") && (toks[m.start-2] == "qu" || toks[m.start-2] == "que") && mustWords[toks[m.start-3]]
	return subjects[toks[m.start-1]] && !mustDo || progressive
}

var mustWords = wordSet("faut", "faudrait", "voudrait", "voudrais", "aimerait", "aimerais", "souhaite", "souhaiterait")

var englishBe = wordSet("re", "are", "am", "is", "m", "s", "been", "was", "were")

var subjects = wordSet("on", "je", "j", "tu", "il", "elle", "nous", "vous", "ils", "elles", "qu")

// devicesOf reports a need word that only says whose computers they are: "les PC de la
// médiathèque", "les postes de la mairie".
func devicesOf(toks []string, i int) bool {
	k := i - 1
	if k > 0 && definiteOrg[toks[k]] {
		k-- // "de la", "de l'"
	}
	if k <= 0 || !ofWords[toks[k]] {
		return false
	}
	if deviceNouns[toks[k-1]] || networkNouns[toks[k-1]] {
		return true
	}
	// "les postes de l'accueil et de la billetterie": the second of two places served.
	for j := k - 2; toks[k-1] == "et" && j > 0 && j >= k-4; j-- {
		if ofWords[toks[j]] {
			return deviceNouns[toks[j-1]] || networkNouns[toks[j-1]]
		}
	}
	return false
}

// networkNouns name a place's connection: "le wifi de la salle des fêtes" is no hall to book.
var networkNouns = wordSet("wifi", "reseau", "connexion", "internet", "box")
