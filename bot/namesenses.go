// SPDX-License-Identifier: AGPL-3.0-or-later

package bot

// Everyday senses of product and tool names: a capitalised word inside a sentence, a name
// that modifies a noun, a format converted from, a product compared to or done without.

import (
	"strings"

	"github.com/boussole-libre/boussole/knowledge"
	"github.com/boussole-libre/boussole/knowledge/textnorm"
)

// capitalMidSentence reports an everyday word written with a capital inside a sentence:
// "une liste Sympa ça ferait l'affaire" names the software, "c'est sympa" not.
func (r *reading) capitalMidSentence(m phraseMatch) bool {
	// In French only a libre tool: "on se voit sur Zoom ce soir ?" names a product, and asks
	// nothing. In English a capital names: "I organise my whole PhD in Notion".
	return (m.hit.Kind == knowledge.HitTool || r.u.Lang == English) && m.start > 0 && r.capitalAt(m.start) && !r.capitalAt(m.start-1) &&
		!r.clauses()[m.start]
}

// englishNameInFrench reports a capitalised English word in a French message: "Teams
// imposé par la fédé" names the product — an English everyday word is no everyday word
// in French.
func (r *reading) englishNameInFrench(m phraseMatch) bool {
	if r.u.Lang != French || m.end-m.start != 1 || !r.capitalAt(m.start) {
		return false
	}
	t := r.toks[m.start]
	return len(t) > 3 && textnorm.IsEnglishWord(t) && !textnorm.IsFrenchWord(t) && !frenchWords[t]
}

// eventHeld reports an event named as the one being held: "des croissants pour le
// meetup", "see you at the meetup" — the gathering, not Meetup or event software.
func eventHeld(toks []string, i int) bool {
	return (toks[i] == "meetup" || toks[i] == "meetups") && i > 0 && heldBefore[toks[i-1]]
}

var heldBefore = wordSet("le", "au", "du", "ce", "the", "this", "our", "notre", "prochain", "next")

// nounModifier reports an everyday word that modifies the noun after it: "a small wine
// trading company", "our wine shop" — the trade, not Wine.
func nounModifier(toks []string, end int) bool {
	if end >= len(toks) {
		return false
	}
	next := toks[end]
	// "a wine trading company", but "the unity pricing drama" is about Unity.
	gerund := len(next) > 5 && strings.HasSuffix(next, "ing") && end+1 < len(toks) && tradeNouns[toks[end+1]]
	return gerund || tradeNouns[next]
}

var tradeNouns = wordSet("company", "companies", "business", "shop", "shops", "store", "bar", "bars", "merchant", "merchants",
	"estate", "cellar", "farm", "farms", "producer", "producers", "maker", "makers", "lovers", "club", "list", "industry", "trade")

// convertedFrom reports a product named as the format converted from: "convert my Word
// thesis chapters to LaTeX", "convertir mes fichiers Excel en CSV".
func convertedFrom(toks []string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if toks[k] == "convert" || toks[k] == "convertir" || toks[k] == "converting" || toks[k] == "export" || toks[k] == "exports" || toks[k] == "exporter" {
			return true
		}
	}
	return false
}

// contentNouns name what is made for a network: "les visuels insta" are made elsewhere.
var contentNouns = wordSet("visuels", "visuel", "posts", "stories", "story", "publications", "contenus", "reels", "miniatures", "thumbnails",
	"bio", "legende", "legendes", "caption", "captions") // "la bio insta", "mes légendes instagram"

// likenedTo reports a product the result is compared to: "my figures look like 2005
// excel charts" — what it should not look like, not what to replace.
func likenedTo(toks []string, i int) bool {
	k := i - 1
	if k > 0 && isNumber(toks[k]) {
		k--
	}
	return k > 0 && toks[k] == "like" && lookVerbs[toks[k-1]]
}

// likenedNeed reports a need named in what the result should not look like: "my figures
// look like 2005 excel charts", "mes graphiques ressemblent à ceux d'Excel".
func likenedNeed(toks []string, m phraseMatch) bool {
	for k := m.start - 1; k > 0 && k >= m.start-4; k-- {
		if toks[k] == "like" && lookVerbs[toks[k-1]] || toks[k] == "a" && resembleVerbs[toks[k-1]] {
			return true
		}
	}
	return false
}

// kindLikened reports a need said as what the thing asked is like: "un espace en ligne où
// les commerçants déposent leurs flyers…, un genre de drive partagé" asks for the drive.
// "un tableau type kanban", "genre un kanban": the kind named after the thing.
func kindLikened(toks []string, i int) bool {
	if i > 1 && likeningNouns[toks[i-1]] && !definiteWords[toks[i-2]] && toks[i-2] != "quel" && toks[i-2] != "quelle" ||
		i > 1 && indefinite[toks[i-1]] && toks[i-2] == "genre" {
		return true
	}
	return i > 2 && (toks[i-1] == "de" || toks[i-1] == "d") && (toks[i-2] == "genre" || toks[i-2] == "sorte" || toks[i-2] == "espece") && indefinite[toks[i-3]]
}

var likeningNouns = wordSet("type", "style", "facon") // "genre nas.maison" gives an example

var resembleVerbs = wordSet("ressemble", "ressemblent", "ressemblait", "ressemblaient")

// codeLibrary reports "library" or "bibliothèque" said of code: "which python library for
// plots", "une bibliothèque JavaScript" — no lending library.
func codeLibrary(toks []string, m phraseMatch) bool {
	if m.end-m.start != 1 || !libraryWords[toks[m.start]] {
		return false
	}
	return m.start > 0 && codeLanguages[toks[m.start-1]] || m.end < len(toks) && codeLanguages[toks[m.end]]
}

var (
	libraryWords  = wordSet("library", "libraries", "lib", "libs", "bibliotheque", "bibliotheques", "librairie", "librairies")
	codeLanguages = wordSet("python", "javascript", "js", "java", "go", "golang", "rust", "php", "ruby", "node", "npm", "react", "typescript",
		"ts", "kotlin", "swift", "dart", "flutter", "c", "cpp", "r", "julia", "perl", "lua", "elixir", "scala", "haskell", "code", "software")
)

// causeOf reports a product named as the reason for the move: "after the copilot training
// mess we're leaving GitHub", "à cause de Copilot" — GitHub is what to replace.
func causeOf(toks []string, i int) bool {
	k := i - 1
	if k > 0 && (toks[k] == "the" || definiteWords[toks[k]]) {
		k--
	}
	return k >= 0 && (toks[k] == "after" || toks[k] == "since" || toks[k] == "depuis") ||
		k > 0 && (toks[k-1] == "because" && toks[k] == "of" || toks[k-1] == "cause" && (toks[k] == "de" || toks[k] == "du"))
}

// makeVerb reports "make" with an object, the verb: "an alternative to make twitch
// panels", "want to make a 2D platformer" — Make, the product, ends the phrase or is
// followed by what it is ("Make scenarios").
func makeVerb(toks []string, i int) bool {
	return toks[i] == "make" && i+1 < len(toks) && !makeNameNext[toks[i+1]]
}

var makeNameNext = wordSet("com", "integromat", "scenario", "scenarios", "automation", "automations", "workflows", "ou", "or",
	"et", "and", "vs", "zapier", "ifttt", "n8n", "alternative", "alternatives", "but", "mais", "is", "est", "c")

// doneWithout reports a product the person must do without: "comment elle fait sans
// Word ?", "how do I manage without Photoshop" — what to replace, not what to avoid.
func doneWithout(toks []string, i int) bool {
	return i > 1 && (toks[i-1] == "sans" || toks[i-1] == "without") && withoutVerbs[toks[i-2]] ||
		i > 1 && toks[i-1] == "pas" && (toks[i-2] == "ai" || toks[i-2] == "a" || toks[i-2] == "avons") // "je n'ai pas Word… avec quoi ?"
}

// brandMark reports a name after its logo or mascot: "le logo de Chrome", "the Firefox
// logo" is said of the brand's picture.
func brandMark(toks []string, i int) bool {
	return i > 1 && (toks[i-1] == "de" || toks[i-1] == "du" || toks[i-1] == "of") && markWords[toks[i-2]]
}

var markWords = wordSet("logo", "logos", "mascotte", "mascot", "icone", "icon")

// refused reports a name someone does not want: "mon client veut pas de Zoom pour la
// visio" names what to replace, whatever else is said.
func refused(toks []string, i int) bool {
	return i > 2 && toks[i-1] == "de" && toks[i-2] == "pas" && wantVerbs[toks[i-3]]
}

// deviceWithout reports a bare vendor a device should come without: "une tablette comme
// l'iPad mais sans Google" wants no Google inside, not a search engine.
func deviceWithout(toks []string, i int) bool {
	return i > 0 && (toks[i-1] == "sans" || toks[i-1] == "without") && hasAny(toks, mobileNouns)
}

var withoutVerbs = wordSet("fait", "faire", "fais", "faites", "faisons", "font", "do", "manage", "cope", "live", "vivre", "passer")

// petSense reports "chat" meaning the animal: "un chat ou un chien pour un appart ?",
// "mon chat est malade".
func petSense(toks []string, i int) bool {
	if toks[i] != "chat" && toks[i] != "chats" {
		return false
	}
	return hasAny(toks, animalWords) || i > 0 && (toks[i-1] == "mon" || toks[i-1] == "ton" || toks[i-1] == "son") ||
		i > 1 && namingVerbs[toks[i-2]] // "ils ont appelé le chat Scratch"
}

// petName reports a name given to an animal: "les enfants ont appelé le chat Scratch",
// "notre chien s'appelle Linux" — no software asked for.
func petName(toks []string, i int) bool {
	if i > 0 && namingVerbs[toks[i-1]] {
		return hasAny(toks, animalWords) || hasAny(toks, petNouns)
	}
	return i > 2 && petNouns[toks[i-1]] && namingVerbs[toks[i-3]]
}

// namingVerbs give a name; petNouns stand right before a pet's name ("le chat Scratch") —
// unlike animalWords, which make "chat" the animal wherever they appear in the message, so
// they leave out "chat" and the farm animals a riding school talks about in any request.
var (
	namingVerbs = wordSet("appele", "appelee", "appelle", "appelons", "nomme", "nommee", "baptise", "baptisee", "named", "called")
	petNouns    = wordSet("chat", "chien", "chiot", "chaton", "chatte", "lapin", "cheval", "poney", "jument", "perroquet", "poisson", "cat", "dog", "puppy", "kitten")
)

var animalWords = wordSet("chien", "chiens", "chiot", "chaton", "chatons", "chatte", "animal", "animaux", "veto", "veterinaire",
	"croquettes", "litiere", "miaule", "ronronne", "pattes", "poils", "dog", "dogs", "cat", "cats", "pet", "pets", "vaccin",
	"adopter", "adoption", "adoptions", "refuge", "sterilisation", "fourriere")

// payVerb reports "paie", "paye" as the verb to pay: "notre cabinet paye trop cher pour
// AutoCAD" asks for no payroll software.
func payVerb(toks []string, i int) bool {
	if !paidForms[toks[i]] || i+1 >= len(toks) {
		return false
	}
	if i > 0 && paySubjects[toks[i-1]] {
		return true // "on paye TeamViewer une blinde"
	}
	if i > 0 && (definiteWords[toks[i-1]] || indefinite[toks[i-1]] || possessives[toks[i-1]] || toks[i-1] == "de" || toks[i-1] == "d") {
		return false // "la paye des salariés" is the payroll
	}
	// "l'asso paie Zoom Pro": a subject named before, what is paid for after; "il paie au
	// retrait", "paie en ligne": how or when one pays.
	return payObjects[toks[i+1]] || isNumber(toks[i+1]) || i > 0 && !softwareNouns[toks[i-1]] && !stopWords[toks[i+1]] ||
		i > 0 && (toks[i+1] == "au" || toks[i+1] == "en" || toks[i+1] == "par" || toks[i+1] == "sur") && !definiteWords[toks[i-1]]
}

// payParticiple reports "payé" after an auxiliary: "qui a payé sa cotisation" is about
// who paid, not the payroll ("la paye").
func payParticiple(toks []string, m phraseMatch) bool {
	return m.end-m.start == 1 && (toks[m.start] == "paye" || toks[m.start] == "payes") && m.start > 0 && auxiliaries[toks[m.start-1]]
}

// paidForms are the present forms of "payer": "on paye", "ils paient".
var paidForms = wordSet("paie", "paye", "payent", "paient")

var auxiliaries = wordSet("a", "ai", "jai", "as", "ont", "avons", "avez", "deja", "pas", "bien", "jamais", "est", "sont", "ete")

var paySubjects = wordSet("on", "je", "j", "il", "elle", "ils", "elles", "nous", "vous", "tu", "qui")

var payObjects = wordSet("trop", "plus", "moins", "cher", "pour", "des", "un", "une", "deja", "encore", "chaque", "tous", "toutes")

// letterReceived reports "courrier" as a letter that came: "on a reçu un courrier pour du
// téléchargement illégal" asks for no mail-handling software.
func letterReceived(toks []string, i int) bool {
	if toks[i] != "courrier" && toks[i] != "lettre" {
		return false
	}
	for k := max(0, i-3); k < i; k++ {
		if toks[k] == "recu" || toks[k] == "recue" || toks[k] == "recevons" || toks[k] == "recoit" {
			return true
		}
	}
	return false
}

// meetingMode reports a word that only says when or how a meeting happens: "je peux
// partager mon écran pendant la visio ?", "la formation, en présentiel ou en visio ?".
func meetingMode(toks []string, i int) bool {
	k := i - 1
	if k > 0 && (toks[k] == "la" || toks[k] == "le" || toks[k] == "l" || toks[k] == "the") {
		k--
	}
	if k < 0 {
		return false
	}
	return toks[k] == "pendant" || toks[k] == "during" || toks[k] == "en" && hasAny(toks, inPersonWords)
}

var inPersonWords = wordSet("presentiel", "physique", "person", "distanciel")
