// SPDX-License-Identifier: AGPL-3.0-or-later

package bot

// Reading the request's cues: the service and the kind of provider wanted, what a tool is
// for; who is sought is in someone.go, which words ask for software in softwareasked.go.

import (
	"cmp"
	"slices"
	"strings"

	"github.com/boussole-libre/boussole/knowledge"
	"github.com/boussole-libre/boussole/knowledge/textnorm"
)

// readCues reads the request signals, the wanted service and the wanted kind of provider.
func (r *reading) readCues() cues {
	free, thing := r.free, r.thingReplaced()
	if thing {
		free = slices.DeleteFunc(slices.Clone(r.free), func(t string) bool { return replaceWords[t] }) // the cue replaced a thing
	}
	c := cues{alt: asksSoftware(free, departmentNamed(r.fixed)) || hasPhrase(r.fixed, costPhrases) || r.libreName() || hasPhrase(r.fixed, onItPhrases) ||
		hasPhrase(r.fixed, somethingForPhrases) || hasPhrase(r.fixed, switchToPhrases),
		strongAlt: cueAt(r.fixed) >= 0 && !migrationService(r.fixed) && !thing}
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
			!r.otherLanguageWord(t) && // "former scouts of our group", "le club de train miniature"
			!(s == "formation" && modelTraining(r.fixed)) &&
			!(i > 0 && yourWords[r.free[i-1]]) &&
			!(i > 1 && r.free[i-1] == "de" && r.free[i-2] == "contrat") && !(i+1 < len(r.free) && offeredWords[r.free[i+1]]) &&
			!(trades[t] && askerOrg(r.free, i)) && (!askerDoesIt(r.free, i) || trainedToDoIt(r.free, s, i)) && !refusedVerb(r.free, i) && !doneAlready(r.free, i) && !enrolledIn(r.fixed, t) && !supportEnded(r.free, i) &&
			!toolPurpose(r.free, i) && !r.notServiceHere(s, i) && !usersWouldInstall(r.free, i) && !hasPhrase(r.fixed, groupAskPhrases) && !finished(r.free, i) && !orgMission(r.free, i) && !r.listedInBrackets(t) {
			r.u.Service = s
		}
		// "host its own git forge", "héberger notre propre forge": the asker does the work.
		c.serviceVerb = c.serviceVerb || (serviceVerbs[t] || trainsAt(r.free, i) != "") && !r.otherLanguageWord(t) &&
			!hostNoun(r.free, i) && !askerDoesIt(r.free, i) && !refusedVerb(r.free, i) &&
			!served[t] && !doneAlready(r.free, i) && !toolPurpose(r.free, i) && !r.readAnywhere(i, embedOnSite) && !usersWouldInstall(r.free, i) &&
			!(i == 1 && r.free[0] == "pour" && r.fixed[0] != "pour") && // "AnyDesk pour dépanner les postes…": what the product is for
			!r.listedInBrackets(t) // "les demandes des chercheurs (install logiciel, comptes…)": examples of what is handled
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

// thingReplaced reports a plain word the KB does not know right after the replacing cue
// and its articles: "le devis pour le remplacement de l'onduleur arrivait demain" replaces
// hardware, not software to leave.
func (r *reading) thingReplaced() bool {
	k := cueAt(r.fixed)
	if k >= 0 && k < len(r.fixed) && definiteWords[r.fixed[k]] {
		k++
	}
	if k < 0 || k >= len(r.fixed) || r.covered[k] || r.capitalAt(k) || slices.ContainsFunc(r.matches, func(m phraseMatch) bool { return m.hit.Kind.Names() }) {
		return false // "alternative à Loupiot Connect", "sortir de l'offre gratuite de Flickr": a name
	}
	w := r.fixed[k]
	return !r.ix.Known(w) && !stopWords[w] && (textnorm.IsFrenchWord(w) || textnorm.IsEnglishWord(w)) && !softwareNouns[w]
}

// otherLanguageWord reports a service word of one language inside a message in the other,
// where it is another word: "dans le train" is a French noun, "former scouts" English.
func (r *reading) otherLanguageWord(t string) bool {
	return t == "train" && r.u.Lang == French || t == "former" && r.u.Lang == English
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
		!compoundOf(free, i) && !sourceOf(free, i) && !r.thingBox(i) && !partnerOnly(free, i) && !(i > 0 && (countedOrgs[before] || isNumber(before))) && !(i > 1 && isNumber(free[i-2]) && providerWords[before]) &&
		!r.readAnywhere(i, sentTo) && !r.readAnywhere(i, recordOf) && !r.inName(i) && !(i+1 < len(free) && shopNouns[free[i+1]]) &&
		!r.readAnywhere(i, belongsTo) && !forWhomKind(free, i) && !eachTracked(free, i) && !beingOne(free, i) && !(j.darkroom && developWords[t]) &&
		!(i+1 < len(free) && adviserVerbs[free[i+1]]) && before != "clients" && before != "client" && before != "autres" && before != "other" &&
		before != "non" && !r.leftForOurselves(i) && !workPlacement(free, i) && !cameVia(free, i) // "les non-informaticiens"
}

// leftForOurselves reports the provider who does the work today, in a message that wants
// to do it oneself: "la mise en page se fait chez un prestataire, y a moyen de le faire
// nous-mêmes en libre ?".
func (r *reading) leftForOurselves(i int) bool {
	free := r.free
	return i > 1 && (free[i-2] == "chez" || free[i-2] == "par") && (indefinite[free[i-1]] || definiteWords[free[i-1]] || possessives[free[i-1]]) &&
		hasPhrase(r.fixed, ourselvesPhrases)
}

// usersWouldInstall reports an install or upkeep the asker's own people would do: "an
// alternative that teenagers would actually install", "an option that a volunteer can
// maintain", "qu'un bénévole peut maintenir" — not "who would install it for us?".
func usersWouldInstall(toks []string, i int) bool {
	k := i - 1
	if k >= 0 && (toks[k] == "actually" || toks[k] == "really" || toks[k] == "easily" || toks[k] == "facilement") {
		k--
	}
	return k > 0 && ((toks[k] == "would" || toks[k] == "will") && !installers[toks[k-1]] || (canSay(toks[k]) || toks[k] == "can" || toks[k] == "could") && describedPeople[toks[k-1]])
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
	if j < 1 || toks[j] != "aux" && toks[j] != "au" && toks[j] != "to" && toks[j] != "with" && toks[j] != "avec" && !(toks[j] == "a" && j < i-1) {
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
	if k == "" || askerOrg(r.free, i) || workPlacement(r.free, i) || ownKindAgain(r.free, i) || forWhomKind(r.free, i) || i > 1 && (r.free[i-1] == "d" || r.free[i-1] == "de") && inSetting(r.free, i) || r.inName(i) || i+1 < len(r.free) && shopNouns[r.free[i+1]] || i > 0 && countedOrgs[r.free[i-1]] || softwareFor(r.free, i) || r.kittens(r.free[i]) || ownersKind(r.free, i) || cameVia(r.free, i) {
		return false // "a small bike repair shop": the asker's trade
	}
	if r.u.Kind == "" {
		r.u.Kind = k
	}
	return r.place != nil || whoFollows(r.free, i) || kindSought(r.free, i)
}

// cameVia reports the organisation something came through: "on a reçu 3 chiots de
// Guadeloupe via une asso partenaire" — no one sought.
func cameVia(free []string, i int) bool {
	return i > 1 && free[i-2] == "via" && indefinite[free[i-1]]
}

// workPlacement reports the firms where apprentices and trainees work, no firm sought:
// "leurs périodes en entreprise", "2 semaines centre / 2 semaines entreprise", "les
// entreprises d'accueil".
func workPlacement(toks []string, i int) bool {
	if toks[i] != "entreprise" && toks[i] != "entreprises" {
		return false
	}
	return i > 0 && (toks[i-1] == "en" || toks[i-1] == "semaines" || toks[i-1] == "semaine") ||
		i+2 < len(toks) && toks[i+1] == "d" && toks[i+2] == "accueil"
}

// ownersKind reports a kind word that qualifies the asker's organisation or whom a thing is
// for: "les réunions du conseil de la cave coopérative" are the co-op's, no co-op is sought.
func ownersKind(toks []string, i int) bool {
	return i > 0 && !stopWords[toks[i-1]] && !providerWords[toks[i-1]] && whoseOrg(toks, i-1) // not "d'un hébergeur associatif"
}

// ownKindAgain reports a kind word the asker already used for their own organisation:
// "notre coopérative d'habitants (SAS coopérative, 22 logements à Montreuil)".
func ownKindAgain(toks []string, i int) bool {
	for j := range i {
		if toks[j] == toks[i] && askerOrg(toks, j) {
			return true
		}
	}
	return false
}

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
	if j := helpedTo(free, i); j > 0 {
		i = j // "TeamViewer pour aider les membres à configurer leurs logiciels"
	}
	if j := coordinatedWith(free, i); j > 0 {
		i = j // "un logiciel pour faire des fiches de procédures et former les nouveaux clercs"
	}
	if i > 2 && free[i-1] == "pour" && free[i-2] == "est" && free[i-3] == "c" {
		return true // "un équivalent libre d'AnyDesk ? c'est pour dépanner les postes"
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
	// "on a un [TeamViewer] pour aider…": the product had left its article behind.
	had := k == i-2 && k > 0 && indefinite[free[k]] && (haveForms[free[k-1]] || free[k-1] == "a" || useVerbs[free[k-1]])
	// "une alternative libre pour dépanner le PC": what the replacement is for.
	return k < 0 || softwareNouns[free[k]] || replaceWords[free[k]] || k < i-2 && indefinite[free[k]] || had || k == i-2 && (useVerbs[free[k]] || free[k] == "paie" || free[k] == "payons")
}

// coordinatedWith finds the first verb of "pour <verb> … et <verb>" before the verb at i,
// or -1: both say what the tool is for.
func coordinatedWith(free []string, i int) int {
	if i < 3 || free[i-1] != "et" {
		return -1
	}
	for j := i - 2; j > 0 && j >= i-8; j-- {
		if free[j-1] == "pour" && infinitive(free[j]) {
			return j
		}
	}
	return -1
}

// helpedTo finds the verb of "aider quelqu'un à <verb>", "help them to <verb>" before the
// verb at i, or -1: the help is what the tool is for.
func helpedTo(free []string, i int) int {
	if i < 2 || free[i-1] != "a" && free[i-1] != "to" && free[i-1] != "de" {
		return -1
	}
	for j := i - 2; j >= max(0, i-5); j-- {
		if helpVerbs[free[j]] {
			return j
		}
	}
	return -1
}

var helpVerbs = wordSet("aider", "help", "permettre", "allow")

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
		r.readAnywhere(i, boxKindAfter) || i > 1 && thingLent(toks, i-2) // "qqn peut me dépanner une boîte ?"
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
	return hasPhrase(r.free, setupPhrases) && !ownSetup && !r.setupInBrackets() && !setupMoment(r.fixed)
}

// setupMoment reports a setup named as when something happened: "WhatsApp est tombé…
// pile pendant la mise en place" — the event's setting up, no one asked to set up.
func setupMoment(toks []string) bool {
	for j := 2; j < len(toks); j++ {
		if phraseAt(toks, j, setupPhrases) > 0 && definiteWords[toks[j-1]] && momentWords[toks[j-2]] {
			return true
		}
	}
	return false
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
