// SPDX-License-Identifier: AGPL-3.0-or-later

package bot

// Roles a name plays besides being asked for: booked, acting, plugged into, a quality,
// a platform word, a verb, a version, a vendor's bare name.

import (
	"slices"
	"strconv"
	"strings"

	"github.com/boussole-libre/boussole/knowledge/textnorm"
)

// rather returns the products kept, where a product named after "sans" replaces its
// vendor's bare name: "Google lui demande de sauvegarder ses photos… garder ses photos
// sans Google Photos" is about leaving Google Photos.
func (r *reading) rather(without []string) []string {
	out := slices.Clone(r.u.Products)
	for _, w := range without {
		pw, ok := r.kb.Product(w)
		if !ok || pw.Vendor == "" {
			continue
		}
		out = slices.DeleteFunc(out, func(id string) bool {
			p, ok := r.kb.Product(id)
			return ok && p.Vendor == pw.Vendor && r.bareVendor(id)
		})
		if len(out) < len(r.u.Products) {
			out = appendNew(out, w)
		}
	}
	return out
}

// bareVendor reports a product named only by its vendor's word ("Google").
func (r *reading) bareVendor(id string) bool {
	return slices.ContainsFunc(r.matches, func(m phraseMatch) bool {
		if m.hit.ID != id || m.end-m.start != 1 {
			return false
		}
		p, _ := r.kb.Product(id)
		// "LastPass", "Dropbox": a product named after its vendor is still the product.
		return textnorm.Fold(p.Vendor) == r.toks[m.start] && textnorm.Fold(p.Name) != r.toks[m.start]
	})
}

// afterPronoun reports an everyday word used as a verb: "I make custom tote bags", "on
// zoom sur la carte".
func afterPronoun(toks []string, i int) bool {
	if i == 0 || !subjectPronouns[toks[i-1]] {
		return false
	}
	switch toks[i-1] {
	case "i", "we", "they", "you":
		return true
	}
	// "on calibre nos écrans": a French subject, then what the verb acts on.
	return i+1 < len(toks) && determiners[toks[i+1]]
}

// versioned reports a name written with a capital and followed by a version: "encore sur
// un Exchange 2013" is the product, whatever the rest of the message asks.
func (r *reading) versioned(m phraseMatch) bool {
	return m.start > 0 && m.end < len(r.toks) && isNumber(r.toks[m.end]) && r.capitalised(m)
}

// platformWord reports a category named as the system something runs on: "runs on linux
// and mac", "un logiciel de compta sous Linux" — not "passer sous Linux".
func (r *reading) platformWord(m phraseMatch) bool {
	if m.hit.ID != "systeme" {
		return false
	}
	if pastSwitch(r.fixed, m.start) {
		return true // "we moved to Linux last year, any photo editor?": where it must run
	}
	return platformContext(r.fixed, m.start) && !switchedTo(r.fixed, m.start)
}

// pastSwitch reports a system the asker already moved to: "we moved to Linux last year",
// "on est passés sous Linux".
func pastSwitch(toks []string, i int) bool {
	if i < 2 || toks[i-1] != "to" && toks[i-1] != "sous" && toks[i-1] != "a" && toks[i-1] != "sur" {
		return false
	}
	v := toks[i-2]
	return pastSwitchVerbs[v] || switchVerbs[v] && i > 2 && (auxiliaries[toks[i-3]] || toks[i-3] == "sommes")
}

var pastSwitchVerbs = wordSet("moved", "switched", "migrated", "went", "passes", "passees", "migres", "bascules")

// integratedWith reports a name the asked tool must plug into: "intégrable à Moodle",
// "branchée sur notre LDAP", "plays nicely with Ansible".
func integratedWith(toks []string, i int) bool {
	k := i - 1
	if k > 1 && dataNouns[toks[k]] && (indefinite[toks[k-1]] || possessives[toks[k-1]] || definiteOrg[toks[k-1]]) {
		k -= 2 // "branchés sur une base postgres"
	}
	if k > 0 && (possessives[toks[k]] || definiteOrg[toks[k]] || (toks[k] == "a" || toks[k] == "an") && toks[k-1] == "of") {
		k-- // "on top of a postgres db" — not "intégrable à Moodle"
	}
	for n := 1; n <= 3 && k-n+1 >= 0; n++ {
		if phraseAt(toks, k-n+1, integrationPhrases) == n {
			return true
		}
	}
	return false
}

var dataNouns = wordSet("base", "bdd", "instance", "serveur", "server", "database", "db")

var integrationPhrases = phraseList("auth", "authentification", "sso", "login", "on top of", "integrable a", "integrable avec", "integre a", "integree a", "compatible avec", "branche sur", "branches sur", "branchees sur",
	"branchee sur", "connecte a", "connectee a", "relie a", "reliee a", "plays nicely with", "plays nice with", "integrates with",
	"integrate with", "works with", "compatible with", "hooked to", "notifs", "notifications", "webhooks", "webhook", "alertes",
	"notifications from", "notifs de", "notifications de", "s integre dans", "integre dans", "s integre a", "par dessus", "works in",
	"plugin pour", "extension pour", "plugin for", "add on for", "via")

// qualityPair reports a category word said as a quality beside another: "allier sécurité
// et simplicité pour les mdp" wants a password manager that is both, not security software.
func qualityPair(toks []string, m phraseMatch) bool {
	return m.end+1 < len(toks) && coordinators[toks[m.end]] && qualityWords[toks[m.end+1]] ||
		m.start > 1 && coordinators[toks[m.start-1]] && qualityWords[toks[m.start-2]]
}

var qualityWords = wordSet("simplicite", "confort", "rapidite", "performance", "performances", "fiabilite", "ergonomie",
	"simplicity", "convenience", "usability", "speed", "reliability")

// actingPeople reports people who do something, the subject of a verb: "les adhérents
// réservent les courts", "les bénévoles s'inscrivent" — not a need for members software.
func actingPeople(toks []string, m phraseMatch) bool {
	if m.end-m.start != 1 || !audienceWords[toks[m.start]] || m.end >= len(toks) {
		return false
	}
	next := toks[m.end]
	return len(next) > 4 && strings.HasSuffix(next, "ent") || next == "s" || next == "se" || next == "ne" || next == "n"
}

// reservedThing reports a need named as what is booked or lent: "que les membres
// réservent la découpeuse laser" asks for bookings, not for laser software.
func reservedThing(toks []string, i int) bool {
	k := i - 1
	if k > 0 && definiteOrg[toks[k]] {
		k--
	}
	return k >= 0 && k < i && bookVerbs[toks[k]]
}

// receivedThing reports a thing the asker was given, not a need: "j'ai eu un devis à
// 15 €/mois pour du stockage", "we got a quote for".
func receivedThing(toks []string, i int) bool {
	return i > 1 && indefinite[toks[i-1]] && receivedWords[toks[i-2]]
}

var receivedWords = wordSet("eu", "recu", "recus", "obtenu", "got", "received", "gotten")

// handedIn reports what others hand in, not a need: "un espace où les ménages déposent
// leurs avis d'imposition et leurs devis", "un questionnaire sur leurs factures de chauffage".
func handedIn(toks []string, i int) bool {
	if i < 2 || !theirWords[toks[i-1]] {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-8; k-- {
		switch {
		case handInVerbs[toks[k]]:
			return true
		case toks[k] == "sur" || toks[k] == "about":
			return k > 0 && hasAny(toks[max(0, k-3):k], surveyNouns)
		case softwareNouns[toks[k]] || toks[k] == "pour" || toks[k] == "for":
			return false
		}
	}
	return false
}

var (
	theirWords  = wordSet("leurs", "leur", "their", "vos", "your")
	handInVerbs = wordSet("deposent", "deposer", "deposez", "envoient", "transmettent", "remontent", "upload", "uploadent", "submit", "send")
	surveyNouns = wordSet("questionnaire", "questionnaires", "sondage", "sondages", "enquete", "enquetes", "survey", "poll")
)

var bookVerbs = wordSet("reserver", "reservent", "reserve", "reservez", "reservons", "emprunter", "empruntent", "preter",
	"pretent", "louer", "louent", "book", "borrow", "rent")

// audienceOf returns the categories made for the asker's kind of organisation, named as
// whom the software is for: "la compta de l'asso", "pour notre école", "for our school".
func audienceOf(toks []string) []string {
	var cats []string
	for i, t := range toks {
		cat := audienceKinds[t]
		if cat == "" || slices.Contains(cats, cat) {
			continue
		}
		if whoseOrg(toks, i) {
			cats = append(cats, cat)
		}
	}
	return cats
}

// childrenServed reports children named as whom the software is for or works with: "pour
// les petits", "avec mes CM1", "for kids".
func childrenServed(toks []string) bool {
	for i, t := range toks {
		if youngAge(toks, i) {
			return true
		}
		if !childWords[t] || i == 0 {
			continue
		}
		k := i - 1
		if k > 0 && (possessives[toks[k]] || definiteWords[toks[k]] || indefinite[toks[k]]) {
			k--
		}
		if childLinks[toks[k]] {
			return true
		}
	}
	return false
}

// youngAge reports a child's age said as whom something is for: "pour les 4-6 ans", "for
// 8 year olds".
func youngAge(toks []string, i int) bool {
	if toks[i] != "ans" && toks[i] != "year" && toks[i] != "years" || i < 2 || !isNumber(toks[i-1]) {
		return false
	}
	age, err := strconv.Atoi(toks[i-1])
	if err != nil || age > 12 {
		return false
	}
	k := i - 2
	for k > 0 && (isNumber(toks[k]) || toks[k] == "a" || toks[k] == "les" || toks[k] == "des" || toks[k] == "de") {
		k--
	}
	return childLinks[toks[k]] || toks[k] == "les" || toks[k] == "des"
}

var (
	childWords = wordSet("enfants", "enfant", "eleves", "petits", "gamins", "kids", "children", "child", "pupils", "maternelles", "maternelle",
		"cp", "ce1", "ce2", "cm1", "cm2", "gs", "primaire", "primaires", "toddlers")
	childLinks = wordSet("pour", "for", "avec", "with", "aux", "en", "de", "des", "mes", "nos", "my", "our")
)

// whoseOrg reports an organisation word said as the asker's or as whom something is for:
// "notre asso", "pour une école", "de l'asso", "dans un collège".
func whoseOrg(toks []string, i int) bool {
	for k := i - 1; k >= 0; k-- {
		switch t := toks[k]; {
		case possessives[t] || orgLinks[t]:
			return true
		case !audienceFillers[t]:
			return false
		}
	}
	return false
}

// orgLinks put an organisation word as the asker's or as whom something is for: "pour une
// école", "de l'asso", "dans un collège", "at the school".
var orgLinks = wordSet("pour", "for", "de", "d", "du", "dans", "in", "at", "au", "aux", "chez")

// audienceKinds map an organisation word to the category of software made for it.
var audienceKinds = map[string]string{"asso": "vie-associative", "assos": "vie-associative", "association": "vie-associative",
	"associations": "vie-associative", "club": "vie-associative", "ecole": "education", "college": "education",
	"lycee": "education", "classe": "education", "school": "education", "nonprofit": "vie-associative", "charity": "vie-associative",
	"amicale": "vie-associative", "chorale": "vie-associative", "comite": "vie-associative"}

var audienceFillers = wordSet("l", "la", "le", "les", "une", "un", "des", "petite", "petit", "petites", "petits", "a", "an", "the", "notre", "our", "small", "little", "local")

// ownServerPhrases ask for software to run on one's own server.
var ownServerPhrases = phraseList("notre propre serveur", "notre serveur", "nos serveurs", "nos propres serveurs", "mon propre serveur",
	"mon serveur", "propre instance", "our own server", "our own servers", "my own server", "our server", "our servers",
	"self hosted", "self host", "selfhosted", "self hostable", "auto heberge", "auto hebergee", "auto hebergees", "auto heberges", "auto heberger", "auto hebergeable", "autoheberge", "autohebergee", "autoheberger", "autohebergeable", "hebergee chez nous", "heberge chez nous", "heberger nous memes",
	"heberger moi meme", "host it ourselves", "host ourselves", "on premise", "on prem", "sur site",
	"chat server", "messaging server", "serveur de chat", "serveur de tchat", "serveur de discussion", "serveur de messagerie instantanee",
	"faire tourner nous memes", "tourner nous memes", "on a un serveur", "on a un petit serveur", "nous avons un serveur", "we have a server", "we have a small server", "run it ourselves")

// wantsOwnServer: the asker will run it on a server of their own: "notre propre serveur",
// "on a VPS", or a hosting verb with "nous-mêmes" ("héberger nos mails nous-mêmes").
func wantsOwnServer(toks []string) bool {
	if hasPhrase(toks, ownServerPhrases) || hasAny(toks, serverWords) {
		return true
	}
	return hasAny(toks, hostVerbs) && hasPhrase(toks, ourselvesPhrases)
}

// madeHerePhrases ask for software made in France or Europe, not American — not for an
// interface in French ("en français").
var madeHerePhrases = phraseList("pas americain", "pas americaine", "pas un truc americain", "pas americains", "non americain",
	"pas us", "logiciel francais", "logiciels francais", "outil francais", "outils francais", "appli francaise", "application francaise",
	"solution francaise", "solutions francaises", "un truc francais", "quelque chose de francais", "francais de preference",
	"de preference francais", "made in france", "fabrique en france", "developpe en france", "europeen", "europeenne",
	"not american", "non us", "non american", "french made", "french company",
	"from france", "european", "made in europe")

// offlinePhrases ask for software that needs no server nor cloud.
var offlinePhrases = phraseList("offline", "works offline", "hors ligne", "sans cloud", "no cloud", "pas de cloud", "pas dans le cloud",
	"not in the cloud", "sans internet", "without internet", "sans connexion", "local only", "stays on my computer",
	"reste sur mon ordi", "reste sur mon ordinateur")

// hostingWords make hosting the subject of a message.
var hostingWords = wordSet("hebergement", "heberger", "hosting", "autoheberger", "selfhost")

// hostingAsked reports hosting as what the message asks about — "un hébergement mail
// pour la mairie" — not as what the asker has ("on a un hébergement chez OVH").
func hostingAsked(toks []string) bool {
	for i, t := range toks {
		if hostingWords[t] && !(i > 1 && (toks[i-1] == "un" || toks[i-1] == "une" || toks[i-1] == "notre" || toks[i-1] == "our") &&
			(haveForms[toks[i-2]] || toks[i-2] == "a" || toks[i-2] == "have" || toks[i-2] == "has")) {
			return true
		}
	}
	return false
}

// togetherWords and togetherPhrases say that several people work on the same thing at once.
var (
	togetherWords   = wordSet("collaborative", "collaboratives", "collaboratif", "collaboratifs", "collaborativement", "collaboratively", "simultanement", "coediter", "coecrire")
	togetherPhrases = phraseList("en temps reel", "real time", "in realtime", "en meme temps a plusieurs", "a plusieurs en meme temps", "write together",
		"writing together", "ecrire ensemble", "rediger ensemble", "tous ensemble en meme temps", "ecrire a plusieurs", "rediger a plusieurs",
		"saisir en meme temps", "saisir a plusieurs", "remplir a plusieurs", "dans le meme tableau", "dans le meme document", "dans le meme fichier",
		"edit together", "edit at the same time", "at the same time in the same", "a le remplir", "a le modifier")
)

// serverWords name a rented server of one's own.
var serverWords = wordSet("vps", "vpss", "dedibox")

// hostVerbs and ourselvesPhrases: hosting it oneself.
var hostVerbs = wordSet("heberger", "hebergeons", "heberge", "host", "hosting")

var ourselvesPhrases = phraseList("nous memes", "nous meme", "moi meme", "ourselves", "myself", "par nos propres moyens")

// networkWords and wholeNetworkPhrases say something is for every device of a place.
var networkWords = wordSet("dns", "box", "livebox", "freebox", "bbox", "routeur", "router", "brancher", "reseau", "network", "wifi")

var wholeNetworkPhrases = phraseList("toute la maison", "tous les appareils", "tous nos appareils", "whole house", "whole home",
	"all devices", "every device", "whole network", "tout le reseau", "sur chaque tablette", "sur chaque appareil", "sur chaque poste",
	"sur chaque telephone", "on each device", "on every tablet", "toutes les tablettes")

// trainsAt returns "formation" for "forme" used as a verb after "qui": "quelqu'un qui forme
// le personnel" — not "en forme", "la forme".
func trainsAt(toks []string, i int) string {
	if (toks[i] == "forme" || toks[i] == "forment") && i > 0 && (toks[i-1] == "qui" || toks[i-1] == "nous" || toks[i-1] == "les") {
		return "formation"
	}
	return ""
}

// cleft reports "qui" in a cleft sentence, a statement of who does it today: "c'est ma
// femme qui fait les devis", "c'est moi qui gère".
func cleft(toks []string, i int) bool {
	for j := i - 1; j >= 1 && j >= i-4; j-- {
		if toks[j] == "est" && (toks[j-1] == "c" || toks[j-1] == "ce") {
			return true
		}
	}
	return false
}

// softwarePurpose reports a verb that says what the software sought does: "un logiciel de
// calcul formel pour dériver et intégrer" asks for no integrator.
func softwarePurpose(toks []string, i int) bool {
	for j := i - 1; j >= 1 && j >= i-4; j-- {
		if toks[j] != "pour" && toks[j] != "to" {
			continue
		}
		for k := j - 1; k >= 0 && k >= j-5; k-- {
			if softwareNouns[toks[k]] {
				return true
			}
		}
		return false
	}
	return false
}

// featureVerb reports an infinitive in a message that opens on the software sought and asks
// no one: "logiciel libre pour gérer une flotte de tablettes : installer les applis,
// bloquer le reste" lists what the software does.
func featureVerb(toks []string, i int) bool {
	opens := len(toks) > 2 && (softwareNouns[toks[0]] || indefinite[toks[0]] && softwareNouns[toks[1]])
	return opens && i > 2 && strings.HasSuffix(toks[i], "er") && !hasAny(toks, personAskWords)
}

var personAskWords = wordSet("qui", "who", "qqn", "qqun", "quelqu", "quelquun", "someone", "somebody", "anyone", "presta",
	"prestataire", "prestataires", "entreprise", "asso", "association")

// ownHands reports the asker doing the work: "héberger un serveur nous-mêmes", "host it
// ourselves".
func ownHands(toks []string, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+4; k++ {
		if ourselvesWords[toks[k]] || toks[k] == "meme" && k > 0 && (toks[k-1] == "nous" || toks[k-1] == "moi" || toks[k-1] == "soi") ||
			toks[k] == "interne" && toks[k-1] == "en" { // "comment les héberger en interne ?"
			return true
		}
	}
	return false
}

var ourselvesWords = wordSet("ourselves", "myself", "nousmeme", "nousmemes", "moimeme", "soimeme", "memes")

// helperAsked reports a helping verb for someone else to do: "qqn pour dépanner le
// serveur", not "pour dépanner mes parents" (the asker helps them).
func helperAsked(toks []string) bool {
	for i, t := range toks {
		// "je monte des vidéos pour ma chaîne": the asker's own work, no helper sought.
		if helperVerbs[t] && !kinHelped(toks, i) && !thingLent(toks, i) && !(i > 0 && (toks[i-1] == "je" || toks[i-1] == "j" || toks[i-1] == "on")) {
			return true
		}
	}
	return false
}

// kinServed returns the verbs said of the asker's own people anywhere in the message,
// names included: "pour dépanner nos adhérents" ("adhérents" is also a need word, so it is
// not among the free words).
func kinServed(toks []string) map[string]bool {
	var out map[string]bool
	for i, t := range toks {
		if kinHelped(toks, i) {
			if out == nil {
				out = map[string]bool{}
			}
			out[t] = true
		}
	}
	return out
}

// kinHelped reports a service verb the asker does for their own people: "pour dépanner
// mes parents à distance", "to help my mum".
func kinHelped(toks []string, i int) bool {
	return i+2 < len(toks) && possessives[toks[i+1]] && kinWords[toks[i+2]] ||
		i+1 < len(toks) && bareKin[toks[i+1]] // "pour dépanner mamie à distance"
}

// bareKin name one's relatives without a possessive: "dépanner mamie".
var bareKin = wordSet("mamie", "mamy", "papi", "papy", "maman", "papa", "tonton", "grandma", "grandpa", "mum", "mom", "dad")

var kinWords = wordSet("parents", "mere", "pere", "maman", "papa", "mamie", "papi", "grands", "grand", "famille", "enfants",
	"fils", "fille", "soeur", "frere", "amis", "amie", "ami", "voisins", "voisine", "voisin", "beaux", "belle", "mom", "mum", "dad",
	"mother", "father", "grandma", "grandpa", "family", "kids", "friends", "sister", "brother", "neighbours", "neighbors",
	"adherents", "membres", "clients", "utilisateurs", "benevoles", "collegues", "eleves", "patients", "members", "customers",
	"users", "colleagues", "students", "neveu", "niece", "cousin", "cousine", "oncle", "tante", "mari", "femme", "copain", "copine",
	"nephew", "uncle", "aunt", "husband", "wife")
