// SPDX-License-Identifier: AGPL-3.0-or-later

package bot

import (
	"cmp"
	"slices"
	"strings"
	"unicode"

	"github.com/boussole-libre/boussole/knowledge"
	"github.com/boussole-libre/boussole/knowledge/geo"
	"github.com/boussole-libre/boussole/knowledge/textnorm"
)

// Intent is what a message asks for.
type Intent string

// Intents.
const (
	IntentAlternative Intent = "alternative" // a libre tool for a product or a need
	IntentProviders   Intent = "providers"   // who can install, host, support, train
	IntentHelp        Intent = "help"
	IntentNone        Intent = "none"
)

// Lang is the reply language.
type Lang string

// Languages.
const (
	French  Lang = "fr"
	English Lang = "en"
)

// Understanding is what Boussole made of a message.
type Understanding struct {
	Intent     Intent
	Lang       Lang
	Products   []string // product ids, in message order
	Tools      []string // tool ids named directly
	Categories []string // category ids
	Needs      []string // ids of the tools that answer a precise need named ("antivirus" → clamav)
	NeedWords  []string // the need as written ("antivirus"), for titles
	Service    string   // wanted service (fixed vocabulary) or ""
	Kind       string   // wanted kind of provider (company, cooperative, association) or ""
	Network    string   // wanted network of providers ("FFDN" for "un FAI associatif") or ""
	Place      geo.Place
	Unknown    string // the name asked about when the KB does not know it
	// UnknownNeed: Unknown is a need ("une appli de covoiturage"), not a product's name.
	UnknownNeed bool
	// records: the unknown need keeps records ("tenir le registre des parts", "le suivi des
	// soins des chevaux"): a shared no-code database is offered as a general fallback.
	records bool
	// AboutLibre: a help question about free software itself ("c'est quoi un logiciel
	// libre ?"), answered with what it is.
	AboutLibre bool
	// Thanks: the message thanks and asks nothing ("merci, ça va bien nous aider");
	// AboutBot: it asks whether a person answers ("t'es un robot ?").
	Thanks, AboutBot bool
	// Dangling: it points at an earlier answer ("celui-là, il marche sur Mac ?") that this
	// conversation does not hold.
	Dangling bool
	// shortList names the tools of the last answer when the message points past its end
	// ("le deuxième ?" after one tool).
	shortList []string
	Corrected []string // "gogle→google": typo corrections made
	Question  bool     // the message ends with a question mark
	Empty     bool     // nothing left once mentions and punctuation are removed
	// ContextUsed: the message completed the previous one of its conversation ("et à
	// Lyon ?"); About: it asks about one tool of the last answer ("le deuxième ?").
	ContextUsed bool
	About       bool

	heard         geo.Place // the place read even when the intent drops it, for follow-ups
	hostedService bool      // a service asked to be hosted for the asker: its answer leads with hosts
	foreignPlace  bool      // a foreign town or country said where a place is, and no French place
	// needOrder[k]: which need phrase, in message order, named Needs[k]; the first
	// phrase is the request, later ones often what it is for ("cartes mentales pour réviser").
	needOrder []int
	// avoid are the tools the asker complains of having ("l'ENT est une usine à gaz"):
	// never the answer, even through a category's list.
	avoid []string
	// onlyPlatform: the products are the system something should run on and nothing else
	// was named ("il faut qu'il marche sur Android"): a constraint on the last question.
	onlyPlatform bool
	// facets are the categories named that are one side of a product named ("Teams pour
	// la visio"): they reorder its alternatives.
	facets []string
	// priceAsked: a follow-up asks what the providers just listed charge.
	priceAsked bool
	// likened: Unknown is a product the person uses and describes ("SportEasy pour les
	// convocs… une appli qui fait pareil ?"): the description is answered, the name owned up to.
	likened bool
	// needAsked: beside an unknown name, the kind is asked for on its own ("un SIG libre
	// aussi complet ?", "quel bloqueur de pub libre ?"): that kind is answered.
	needAsked bool
	// categoryAsked: the first category was asked outright ("j'ai besoin de sauvegarder
	// mon homelab… un nas"): its own list leads the needs only mentioned.
	categoryAsked bool
	// ownServer: the asker wants to run it on their own server ("notre propre serveur",
	// "self-hosted"): software that cannot be self-hosted comes last.
	ownServer bool
	// beaten: the tools named as what the answer should beat ("y a plus simple que
	// LimeSurvey ?"): a follow-up drops them from the last answer. A complaint ("X c'est
	// galère à installer ?") may be a question about X, so it is not one.
	beaten []string
	// hostingAsked: hosting is what the message is about ("un hébergement mail pour la
	// mairie"): the software one hosts comes before the apps that use it.
	hostingAsked bool
	// together: the work is done by several people at once ("prise de notes collaborative
	// en temps réel"): among the tools found, those made for writing together lead.
	together bool
	// light: a system is asked for an old or slow machine ("mon vieux portable rame, quoi
	// mettre dessus ?"): the systems made light for it come first.
	light bool
	// madeHere: the asker wants software made in France or Europe ("pas un truc américain",
	// "une solution française"): the tools developed in France come first.
	madeHere bool
	// offline: the asker wants it to work without a server or a cloud ("works offline, no
	// cloud", "hors ligne"): software that runs on the device comes first.
	offline bool
	// watching: the asker watches or listens to the service named ("ma mère regarde ses
	// recettes sur YouTube… les pubs"): apps to watch it, not a platform to host.
	watching bool
	// wholeNetwork: the asker wants it for every device ("pour toute la maison", "sur la
	// box"): a browser add-on comes after network-wide tools.
	wholeNetwork bool
	// devices are the platforms the tools should run on ("sur mon iPhone": ios; "sur mon
	// téléphone": mobile): the tools with an app there come first.
	devices []string
	// forWhom are the categories of the asker's kind of organisation ("la compta de
	// l'asso": vie-associative): among the tools found, those made for it come first.
	forWhom []string
	// likeTool: a libre tool named as what to find others like ("d'autres logiciels du
	// même genre que Scratch"): tools of its kind that answer the same needs are ranked.
	likeTool string
	// children: the software is for children ("pour les petits", "avec mes CM1"): among
	// the tools found, those made for education come first (Scratch before Vim).
	children bool
}

type span struct{ start, end int }

// reading is the state the understanding steps share: the tokens as written and as
// corrected, what names and the place cover, and the Understanding being filled in.
type reading struct {
	deviceTools []string // tools named right after a device noun ("serveurs Debian"): what runs there
	deviceCats  []string // categories named by a device word that says where ("sur les PC")
	machineOnly bool     // the system category came from a machine named as where ("sur l'ordinateur")
	chatted     bool     // the message was read as news or chatter, not as a request
	nameJudged  bool     // the unknown name is itself what is asked about: "X, c'est libre ou pas ?"
	// askedCategory, askedNeed: a category or a need named right after "quel", "quelle".
	askedCategory, askedNeed bool
	written                  []string        // the words as written (words), split on first use
	acronyms                 map[string]bool // folded words written in capitals (acronym)
	kb                       *knowledge.KB
	ix                       *knowledge.Index
	geo                      *geo.Geo
	text                     string
	toks                     []string // folded words as written
	fixed                    []string // the same with typos corrected
	taken                    []bool   // words used by a name or the place before typo correction
	place                    *span    // where the place was read, if any
	matches                  []phraseMatch
	covered                  []bool              // words inside a name or the place
	platforms                []string            // products named as the system something runs on ("sur Android")
	suffered                 []string            // needs the asker complains of having ("l'ENT est une usine à gaz")
	sufferedCats             []string            // categories the same way: "les salons de chat c'est nul"
	usedNeeds                []string            // needs named as what the asker uses ("on utilise… un tableur")
	setting                  []string            // products named as what serves today ("une feuille Excel")
	causes                   []string            // products named as the reason for a move ("after the copilot training mess")
	free                     []string            // words outside names: they carry the request
	needPhrases              map[string][]string // the phrases that named each need's tool
	clauseAt                 map[int]bool        // token indexes that open a clause, see clauses
	parenAt                  map[int]bool        // token indexes next to a parenthesis, see parens
	sentenceAt               map[int]bool        // token indexes that open a sentence, see sentences
	labels, heading          map[string]bool     // words in brackets, and heading the message before a colon: see asLabel
	capitals, inner          []bool              // tokens that start a word written with a capital, inner parts of a word: see align
	u                        Understanding
}

// cues are the request signals read from the free words.
type cues struct {
	alt         bool // "alternative", "logiciel", "remplacer"…
	strongAlt   bool // "alternative à", "remplacer"… followed by what is replaced
	provider    bool // a provider word or phrase, not the asker's own organisation
	serviceVerb bool // "installer", "héberger"…: someone should do the work
}

// Understand reads a message. It never guesses: an unknown name stays unknown, and a
// message with no request gets IntentNone. It runs the steps below in order; each one
// reads what the previous ones found.
func Understand(kb *knowledge.KB, text string) Understanding {
	r := &reading{kb: kb, ix: kb.Index(), geo: kb.Geo, text: text,
		u: Understanding{Lang: French, Question: strings.Contains(text, "?")}}
	r.toks = textnorm.Split(text)
	r.u.Question = r.u.Question || hasPhrase(r.toks, howPhrases)
	if len(r.toks) == 0 {
		r.u.Empty = true
		r.u.Intent = IntentNone
		return r.u
	}
	r.u.Lang = detectLang(r.toks)
	r.takeExactNames()
	r.readPlace()
	r.correctTypos()
	r.matchNames()
	r.freeWords()
	c := r.readCues()
	r.keepNames(c)
	r.decide(c)
	r.placeNotUnknown()
	r.othersLike()
	r.u.forWhom = audienceOf(r.fixed) // also for a follow-up: "et pour une asso ?"
	r.u.children = childrenServed(r.fixed)
	r.u.ownServer = wantsOwnServer(r.fixed)
	r.u.madeHere = hasPhrase(r.fixed, madeHerePhrases)
	r.u.offline = hasPhrase(r.fixed, offlinePhrases) && !r.u.ownServer
	r.u.hostingAsked = hostingAsked(r.fixed)
	r.u.together = hasAny(r.fixed, togetherWords) || hasPhrase(r.fixed, togetherPhrases)
	r.u.watching = len(r.u.Products) > 0 && watches(r.fixed) && !hasAny(r.fixed, publishWords)
	r.u.wholeNetwork = hasAny(r.fixed, networkWords) || hasPhrase(r.fixed, wholeNetworkPhrases)
	return r.u
}

// watchWords say the asker watches or listens; publishWords that they publish.
var (
	watchWords   = wordSet("regarde", "regarder", "regardent", "regardons", "watch", "watches", "watching", "mate", "mater")
	publishWords = wordSet("publie", "publier", "publions", "poste", "poster", "chaine", "upload", "uploader", "diffuse", "diffuser", "diffusons", "publish", "post", "channel", "heberger", "host", "nos", "our")
)

// watches reports a watch verb that is not "look into": "regarder s'il existe…".
func watches(toks []string) bool {
	for i, w := range toks {
		if watchWords[w] && !(i+1 < len(toks) && (toks[i+1] == "si" || toks[i+1] == "s" || toks[i+1] == "if" || toks[i+1] == "into" || toks[i+1] == "ce")) {
			return true
		}
	}
	return false
}

// takeExactNames marks the words of product and tool names as written, so that a product
// name is never read as a place.
func (r *reading) takeExactNames() {
	r.taken = make([]bool, len(r.toks))
	for _, m := range matchPhrases(r.ix, r.toks, nil, r.parens()) {
		if m.hit.Kind.Names() {
			markSpan(r.taken, m.start, m.end)
		}
	}
}

// readPlace finds the place before typo correction could bend a city name into a product.
// A message that asks for providers or a service expects a place: there a lone "35" is a
// département and "à Ligné" a commune, not "en ligne".
func (r *reading) readPlace() {
	asked := hasAny(r.toks, providerWords) || hasPhrase(r.toks, providerPhrases) || hasPhrase(r.toks, askerPhrases) || hasService(r.toks)
	toks := r.toks
	if r.u.Lang == English {
		// "there's a gap": in English, "a" is an article, not "à".
		toks = slices.Clone(r.toks)
		inner := r.innerParts()
		for i, t := range toks {
			if t == "a" && !inner[i] { // "Pointe-a-Pitre" keeps its "a"
				toks[i] = "an"
			}
			if t == "to" && i > 0 && moveVerbs[toks[i-1]] {
				toks[i] = "in" // "just moved to Nice": where the asker lives now
			}
		}
	}
	toks = r.unbuilt(toks)
	m, ok := r.geo.Scan(toks, r.taken, asked)
	for tries := 0; ok && tries < 3 && (r.quantity(m.Start, m.End) || r.possessive(toks, m.End) || placeDropped(toks, m.Start) || ispNamed(toks, m)); tries++ {
		// "il est à -80%", "à 17€ par mois": an amount, not a département;
		// "Saint-Gobain's IT department": a company's; "laissez tomber le Morbihan…
		// à Nantes": the place given up.
		markSpan(r.taken, m.Start, m.End)
		m, ok = r.geo.Scan(toks, r.taken, asked)
	}
	if !ok {
		m, ok = r.institutionTown(toks, asked)
	}
	if !ok {
		r.departementIn()
		r.u.foreignPlace = r.u.Place.IsZero() && abroadNamed(toks) // "et à Genève ?": no French place to carry over
		return
	}
	m = r.placeMeant(toks, m, asked)
	markSpan(r.taken, m.Start, m.End)
	m = r.narrower(toks, m, asked)
	if abroad(toks, m.End) {
		return // "à Vienne en Autriche", "Valence (Espagne)": the French namesake is not meant
	}
	if calledKinAt(toks, m.Start) {
		r.u.heard = m.Place // "c'est pour appeler mes parents à Mamoudzou": where they live, no one sought there
		return
	}
	r.u.Place = m.Place
	r.place = &span{m.Start, m.End}
}

// unbuilt hides a building noun that closes a clause, so that the name opening the next
// one reads as a place: "installer PrimTux sur les PC de l'école, Bordeaux et environs".
func (r *reading) unbuilt(toks []string) []string {
	cloned := false
	for i := range r.clauses() {
		if i <= 0 || i >= len(toks) || !geo.BuildingNoun(toks[i-1]) {
			continue
		}
		if !cloned {
			toks, cloned = slices.Clone(toks), true
		}
		toks[i-1] = ""
	}
	return toks
}

// ispNamed reports an internet provider's name read as a town: "behind a fibre box from
// Orange", "notre abonnement fibre chez Orange".
func ispNamed(toks []string, m geo.Match) bool {
	if m.End-m.Start != 1 || toks[m.Start] != "orange" {
		return false
	}
	return slices.ContainsFunc(toks[max(0, m.Start-4):m.Start], func(w string) bool { return ispContext[w] })
}

var ispContext = wordSet("box", "fibre", "fiber", "internet", "abonnement", "operateur", "isp", "routeur", "router", "livebox", "forfait", "adsl", "4g", "5g")

// narrower returns a place inside the region first named, when the message narrows it:
// "I'm in Brittany near Quimper" asks about Quimper.
func (r *reading) narrower(toks []string, m geo.Match, asked bool) geo.Match {
	if m.Place.Departement != "" || m.Place.Area != "" {
		return m
	}
	m2, ok := r.geo.Scan(toks, r.taken, asked)
	if !ok || m2.Place.Region != m.Place.Region || m2.Place.Departement == "" {
		return m
	}
	markSpan(r.taken, m2.Start, m2.End)
	return m2
}

// calledKinAt reports a place said of relatives the asker calls: "appeler mes parents à
// Mamoudzou", "to call my mum in Lyon".
func calledKinAt(toks []string, start int) bool {
	j := start - 1
	for j >= 0 && (toks[j] == "a" || toks[j] == "au" || toks[j] == "en" || toks[j] == "in" || toks[j] == "aux") {
		j--
	}
	if j < 2 || !kinWords[toks[j]] || !possessives[toks[j-1]] && !otherPossessives[toks[j-1]] {
		return false
	}
	return callVerbs[toks[j-2]] || toks[j-2] == "avec" || toks[j-2] == "with"
}

var callVerbs = wordSet("appeler", "appelle", "appelons", "joindre", "voir", "parler", "contacter", "call", "phone", "ring",
	"see", "reach", "facetime", "visio")

var moveVerbs = wordSet("moved", "move", "moving", "relocated", "relocating", "relocate")

// placeMeant returns the place the request is about when the asker first says where they
// are: "je suis à Lyon mais c'est pour ma mère qui habite à Brest" asks about Brest.
func (r *reading) placeMeant(toks []string, m geo.Match, asked bool) geo.Match {
	k := slices.IndexFunc(toks[m.End:], func(w string) bool { return w == "mais" || w == "but" })
	if k < 0 || !askerIsAt(toks, m.Start) {
		// "si personne n'existe à Tours, plutôt du côté de Bordeaux ?": the place preferred.
		k = slices.IndexFunc(toks[m.End:], func(w string) bool { return w == "plutot" || w == "rather" || w == "sinon" })
	}
	if k < 0 && noOneThere(toks, m.Start) {
		k = 0 // "et si y a personne à Dijon, qqn du côté de Lyon ça irait aussi": Lyon then
	}
	if k < 0 {
		return m
	}
	taken := slices.Clone(r.taken)
	markSpan(taken, 0, m.End+k)
	if m2, ok := r.geo.Scan(toks, taken, asked); ok {
		return m2
	}
	return m
}

// noOneThere reports a place named in "s'il n'y a personne à X": the asker then names
// where else to look.
func noOneThere(toks []string, start int) bool {
	before := toks[max(0, start-6):start]
	return (slices.Contains(before, "si") || slices.Contains(before, "if") || slices.Contains(before, "s") && slices.Contains(before, "il")) &&
		slices.ContainsFunc(before, func(w string) bool {
			return w == "personne" || w == "rien" || w == "nobody" || w == "noone" || w == "nothing"
		})
}

// askerIsAt reports a place said as where the asker is: "je suis à Lyon", "moi j'habite
// à Paris", "I'm in Lyon", "I live in Paris".
func askerIsAt(toks []string, start int) bool {
	j := start - 1
	for j >= 0 && (definiteWords[toks[j]] || toks[j] == "a" || toks[j] == "au" || toks[j] == "en" || toks[j] == "in" || toks[j] == "sur") {
		j--
	}
	return j >= 1 && (toks[j] == "suis" && toks[j-1] == "je" || toks[j] == "habite" || toks[j] == "live" || toks[j] == "m" && toks[j-1] == "i")
}

// placeDropped reports a place the asker gives up: "laissez tomber le Morbihan", "pas à
// Paris, à Lyon", "forget Lyon".
func placeDropped(toks []string, start int) bool {
	j := start - 1
	for j >= 0 && (definiteWords[toks[j]] || toks[j] == "a" || toks[j] == "au" || toks[j] == "en" || toks[j] == "sur" || toks[j] == "dans" || toks[j] == "about") {
		j--
	}
	return j >= 0 && (droppingWords[toks[j]] || toks[j] == "tomber" && j > 0 && strings.HasPrefix(toks[j-1], "laiss"))
}

var droppingWords = wordSet("oubliez", "oublie", "oublions", "forget", "pas", "not")

// countedNouns follow a number that counts things: "30000 photos", "44000 habitants".
var countedNouns = wordSet("photos", "personnes", "euros", "eur", "habitants", "pages", "fichiers", "adherents", "membres",
	"clients", "salaries", "eleves", "etudiants", "mails", "lignes", "documents", "images", "videos", "users", "utilisateurs",
	"contacts", "produits", "articles", "livres", "heures", "mots", "people", "files", "members", "students", "employees",
	"doctorants", "benevoles", "volunteers", "agents", "postes", "pc", "ordis", "machines", "computers", "laptops")

// possessive reports an English possessive after a name: "Saint-Gobain's", "Nancy's".
func (r *reading) possessive(toks []string, end int) bool {
	return r.u.Lang == English && end < len(toks) && toks[end] == "s"
}

// quantity reports a number written as an amount: a sign before it or a unit right
// after it ("-80%", "17€", "+30 %").
func (r *reading) quantity(start, end int) bool {
	if end-start != 1 || !isNumber(r.toks[start]) {
		return false
	}
	if end < len(r.toks) && r.clauses()[end] {
		return false // "dans le 35 ? module adhérents": the count, if any, is in another sentence
	}
	modifier := end+1 < len(r.toks) && !definiteWords[r.toks[end]] && !indefinite[r.toks[end]] && !stopWords[r.toks[end]] // "12 PhD students"
	if end < len(r.toks) && countedNouns[r.toks[end]] || modifier && countedNouns[r.toks[end+1]] {
		return true // "30000 photos de mariages", "12 PhD students": a count, not Nîmes
	}
	n := r.toks[start]
	for i := 0; ; {
		k := strings.Index(r.text[i:], n)
		if k < 0 {
			return false
		}
		k += i
		before, after := r.text[:k], strings.TrimLeft(r.text[k+len(n):], " ") // "Rennes - 35" is no sign
		if strings.HasSuffix(before, "-") || strings.HasSuffix(before, "+") || strings.HasSuffix(before, "−") ||
			strings.HasPrefix(after, "%") || strings.HasPrefix(after, "€") || strings.HasPrefix(after, "$") {
			return true
		}
		i = k + len(n)
	}
}

// institutionTown reads the town an institution is named after when the town's name is
// also a common word, written with its capital: "notre collège de Tours", "le lycée de
// Sens" — "un collège de profs" stays no place.
// The institution may carry its own complement first: "l'école de musique de Tours",
// "les archives départementales de la Réunion".
func (r *reading) institutionTown(toks []string, asked bool) (geo.Match, bool) {
	for i := 2; i < len(toks); i++ {
		de := i - 1
		if toks[de] == "la" && de > 1 {
			de-- // "de la Réunion"
		}
		if toks[de] != "de" || !institutionBefore(toks, de) || r.taken[i] || !r.capitalAt(i) {
			continue
		}
		cued := slices.Clone(toks)
		cued[de] = "a"
		if m, ok := r.geo.Scan(cued, r.taken, asked); ok && m.Start > de && m.Start <= i {
			return m, true
		}
	}
	return geo.Match{}, false
}

// institutionBefore reports an institution named in the few words before "de".
func institutionBefore(toks []string, de int) bool {
	for k := de - 1; k >= 0 && k >= de-5; k-- {
		if institutionNouns[toks[k]] {
			return true
		}
	}
	return false
}

var institutionNouns = wordSet("college", "lycee", "ecole", "mairie", "ville", "commune", "mediatheque", "bibliotheque", "universite",
	"fac", "hopital", "chu", "conservatoire", "agglo", "metropole", "prefecture", "tribunal", "asso", "association", "archives",
	"musee", "theatre", "cinema", "radio", "club", "campus", "iut", "office", "tourisme", "ehpad", "chambre", "cooperative", "coop",
	"cuma", "mjc", "cabinet", "maison", "entreprise", "entreprises", "boite", "societe", "structure", "presta", "prestataire",
	"antenne", "delegation", "federation", "comite", "foyer", "paroisse", "refuge", "section", "acca", "aappma", "fede", "amicale",
	"groupe", "syndicat", "gite", "camping", "clinique", "centre")

// departementIn reads "en Creuse", "en Somme" — a département whose name is also a
// common word, written with its capital after "en", the way people say where they are;
// "en somme" in lower case stays an idiom.
func (r *reading) departementIn() {
	for i := 1; i < len(r.toks); i++ {
		if r.toks[i-1] != "en" || r.taken[i] {
			continue
		}
		code, ok := r.geo.ResolveDepartement(r.toks[i])
		if !ok || !r.capitalAt(i) {
			continue
		}
		if p, ok := r.geo.Resolve(code); ok {
			markSpan(r.taken, i, i+1)
			r.u.Place, r.place = p, &span{i, i + 1}
			return
		}
	}
}

// abroad reports a foreign country right after a place name: "Vienne en Autriche",
// "Saint-Louis au Sénégal", "London in England".
func abroad(toks []string, end int) bool {
	k := end
	if k < len(toks) && (toks[k] == "en" || toks[k] == "au" || toks[k] == "aux" || toks[k] == "in") {
		k++
	}
	if k >= len(toks) {
		return false
	}
	if countries[toks[k]] {
		return true
	}
	return k+1 < len(toks) && countries[toks[k]+" "+toks[k+1]]
}

// abroadNamed reports a foreign town or country said where a place is: "et à Genève ?",
// "and in Basel?", "côté suisse".
func abroadNamed(toks []string) bool {
	for i := 1; i < len(toks); i++ {
		if (foreignTowns[toks[i]] || countries[toks[i]]) && abroadCues[toks[i-1]] {
			return true
		}
	}
	return false
}

var abroadCues = wordSet("a", "en", "au", "aux", "in", "near", "vers", "pres", "de", "d", "cote", "sur", "to", "around")

// foreignTowns are towns across the border, named by people who live or work near them;
// none is also the name of a French commune.
var foreignTowns = wordSet("geneve", "geneva", "genf", "bale", "basel", "lausanne", "zurich", "bern", "neuchatel",
	"bruxelles", "brussels", "namur", "tournai", "charleroi", "anvers", "antwerp", "gand", "ghent", "sarrebruck",
	"saarbrucken", "karlsruhe", "freiburg", "kehl", "stuttgart", "francfort", "frankfurt", "munich", "berlin",
	"londres", "london", "barcelone", "barcelona", "madrid", "irun", "donostia", "turin", "torino", "milan", "rome", "monaco",
	"andorre", "andorra")

// countries are foreign countries and states whose towns share names with French communes.
var countries = wordSet("autriche", "austria", "belgique", "belgium", "suisse", "switzerland", "italie", "italy",
	"espagne", "spain", "allemagne", "germany", "portugal", "canada", "quebec", "usa", "angleterre", "england",
	"irlande", "ireland", "luxembourg", "maroc", "morocco", "algerie", "tunisie", "senegal", "japon", "chine",
	"bresil", "argentine", "mexique", "grece", "pologne", "roumanie", "suede", "norvege", "danemark", "finlande",
	"ecosse", "scotland", "texas", "louisiane", "louisiana", "amerique", "afrique", "hollande", "ukraine",
	"etats unis", "royaume uni", "pays bas", "united states", "united kingdom", "cote d", "new york",
	// Countries a partner or a trip is in: "partners in Spain, Greece and Finland".
	"greece", "finland", "sweden", "norway", "denmark", "poland", "romania", "netherlands", "slovenie", "slovenia", "croatie",
	"croatia", "hongrie", "hungary", "tchequie", "czechia", "slovaquie", "slovakia", "bulgarie", "bulgaria", "serbie", "serbia",
	"lituanie", "lithuania", "lettonie", "latvia", "estonie", "estonia", "islande", "iceland", "turquie", "turkey", "japan",
	"china", "brazil", "inde", "india", "vietnam", "cameroun", "cameroon", "mali", "madagascar", "liban", "lebanon", "egypte",
	"egypt", "russie", "russia", "australie", "australia", "chili", "chile", "colombie", "colombia", "perou", "peru", "quebecois")

// maxTypoWords bounds the distinct unknown words one message may have corrected: a
// person makes a few typos, a wall of gibberish must not cost a hundred typo searches.
const maxTypoWords = 24

// correctTypos corrects unknown words outside names and places: KB vocabulary first, then
// the words that carry the request ("altrenative", "prestatire").
func (r *reading) correctTypos() {
	r.fixed = slices.Clone(r.toks)
	tried := map[string]string{} // word → correction ("" for none)
	for i, t := range r.toks {
		if w := chatSpellings[t]; w != "" && !r.taken[i] {
			r.fixed[i], r.toks[i] = w, w // "c koi le mieux", "mes vids", "un logiciel pr retoucher"
			continue
		}
		// A real French word is no typo: "maintenu" is not "maintenir".
		// Nor is an English word ("expensive" is not Expensify), nor an acronym written in
		// capitals ("AMAP" is not uMap).
		if r.taken[i] || stopWords[t] || isIntentWord(t) || r.ix.Known(t) || isNumber(t) || textnorm.IsFrenchWord(t) ||
			textnorm.IsEnglishWord(t) || r.acronym(t) || plainWords[t] {
			continue
		}
		if frenchPlural(t) {
			if one := t[:len(t)-1]; r.ix.Known(one) {
				r.fixed[i] = one // "les covoiturages"
			}
			continue
		}
		if w := unelided(t); w != "" {
			r.fixed[i] = w // "jutilise", "lappli": the apostrophe left out
			continue
		}
		c, seen := tried[t]
		if !seen && len(tried) == maxTypoWords {
			continue // a wall of unknown words costs no more than a few typos
		}
		if r.heardPair(i) || r.capitalAt(i) && len(r.geo.PlaceNames(t)) > 0 {
			continue // "vers Colmar ou Mulhouse": a town, not COLMAP
		}
		if !seen {
			c = cmp.Or(r.typoOf(i, t), r.ix.ByEar(t, 1)) // "ecxel", then "skaïpe"
			tried[t] = c
		}
		if c != "" && !(r.brandLike(i) && !namesSomething(r.ix, c)) {
			r.fixed[i] = c
			r.u.Corrected = append(r.u.Corrected, t+"→"+c)
		}
	}
}

// typoOf corrects a word by spelling. A capitalised name inside the sentence is corrected
// by one letter only ("Gogle"), never turned into another brand: "quelqu'un connaît
// MamaBoard ?" is no Jamboard.
func (r *reading) typoOf(i int, t string) string {
	c := correctWord(r.ix, t)
	if c != "" && i > 0 && r.capitalAt(i) && (textnorm.Distance(t, c, 2) > 1 || strings.HasPrefix(t, c)) {
		return "" // "une Xerox Versant" is no Xero: a capitalised name with a letter more is another name
	}
	return c
}

// heardPair reads an unknown word and the next one as a two-word name written as heard:
// "tim viewer" is TeamViewer.
func (r *reading) heardPair(i int) bool {
	if i+1 >= len(r.toks) || r.taken[i+1] || stopWords[r.toks[i+1]] {
		return false
	}
	name := r.ix.ByEar(r.toks[i]+" "+r.toks[i+1], 2)
	if name == "" {
		return false
	}
	w := strings.Fields(name)
	r.fixed[i], r.fixed[i+1] = w[0], w[1]
	r.u.Corrected = append(r.u.Corrected, r.toks[i]+" "+r.toks[i+1]+"→"+name)
	return true
}

// frenchPlural reports the plural of a French word that the word list lacks: "les
// suricates" are no Suricata.
func frenchPlural(t string) bool {
	return len(t) > 4 && (t[len(t)-1] == 's' || t[len(t)-1] == 'x') && textnorm.IsFrenchWord(t[:len(t)-1])
}

// unelided reads a word typed without its elided pronoun's apostrophe: "jutilise" is
// "j'utilise", "jcherche" "j'cherche", "lappli" "l'appli". It returns "" when the rest is
// no French word either.
func unelided(t string) string {
	if len(t) < 4 {
		return ""
	}
	rest := t[1:]
	switch {
	case t[0] == 'j' && textnorm.IsFrenchWord(rest):
		return rest
	case t[0] == 'l' && strings.ContainsRune("aeiouyh", rune(rest[0])) && textnorm.IsFrenchWord(rest):
		return rest
	}
	return ""
}

// brandLike reports a word written as a product's name: capitalised inside the message
// and followed by another capitalised word or a number ("Benevolia Suite 4"). It is no
// typo of a need ("bénévoles"), though it may be one of a name ("Gogle Docs").
func (r *reading) brandLike(i int) bool {
	if i == 0 || i+1 >= len(r.toks) || !r.capitalAt(i) {
		return false
	}
	return isNumber(r.toks[i+1]) || r.capitalAt(i+1)
}

// innerParts reports the tokens that are not the first part of a written word: "a" and
// "pitre" in "Pointe-a-Pitre".
func (r *reading) innerParts() []bool {
	r.align()
	return r.inner
}

// capitalAt reports whether token i starts a word written with a capital.
func (r *reading) capitalAt(i int) bool {
	r.align()
	return r.capitals[i]
}

// align lines the tokens up with the words as written, once per message: which start a
// word written with a capital, which are inner parts of a word. When they cannot be lined
// up, none is either.
func (r *reading) align() {
	if r.capitals != nil {
		return
	}
	r.capitals, r.inner = make([]bool, 0, len(r.toks)), make([]bool, 0, len(r.toks))
	shouted := r.shouted()
	for _, w := range r.words() {
		for k := range strings.Fields(textnorm.Fold(w)) {
			r.capitals = append(r.capitals, k == 0 && startsUpper(w) && !shouted)
			r.inner = append(r.inner, k > 0)
		}
	}
	if len(r.capitals) != len(r.toks) {
		r.capitals, r.inner = make([]bool, len(r.toks)), make([]bool, len(r.toks))
	}
}

// namesSomething reports a word that is (part of) a product's or a tool's name.
func namesSomething(ix *knowledge.Index, w string) bool {
	return slices.ContainsFunc(ix.Phrase(w), func(h knowledge.Hit) bool { return h.Kind.Names() })
}

// acronym reports a word written in capitals in the message, three letters or more, or
// with capitals inside ("OpenCPN"). The message's capitalised words are gathered once.
func (r *reading) acronym(t string) bool {
	if len(t) < 3 {
		return false
	}
	if r.acronyms == nil {
		r.acronyms = map[string]bool{}
		if r.shouted() {
			return false // "JE VOUDRAIS REMPLACER ECXEL": capitals all along say nothing
		}
		for _, w := range r.words() {
			if len(w) >= 3 && (strings.ToUpper(w) == w && strings.ToLower(w) != w || innerCapitals(w)) {
				r.acronyms[textnorm.Fold(w)] = true
			}
		}
	}
	return r.acronyms[t]
}

// innerCapitals reports a word with two capitals in a row after a small letter, spelt
// on purpose: "OpenCPN" is no typo of OpenVPN.
func innerCapitals(w string) bool {
	rs := []rune(w)
	for k := 2; k < len(rs); k++ {
		if unicode.IsLower(rs[k-2]) && unicode.IsUpper(rs[k-1]) && unicode.IsUpper(rs[k]) {
			return true
		}
	}
	return false
}

// shouted reports a message written in capitals, as some people type: its capitals mark
// no name and no acronym.
func (r *reading) shouted() bool {
	upper, all := 0, 0
	for _, w := range r.words() {
		if len(w) < 2 || strings.ToLower(w) == w && strings.ToUpper(w) == w {
			continue // numbers, punctuation, one letter
		}
		all++
		if strings.ToUpper(w) == w {
			upper++
		}
	}
	return all >= 4 && upper*10 >= all*8
}

// words are the message's words as written, split once.
func (r *reading) words() []string {
	if r.written == nil {
		r.written = textnorm.Words(r.text)
	}
	return r.written
}

// libreNext reports "libre", "open source" or "FOSS" right at i: "un notino open source".
func libreNext(toks []string, i int) bool {
	return i < len(toks) && (libreWords[toks[i]] || toks[i] == "foss" || phraseAt(toks, i, openSource) > 0)
}

// byLibre asks for a libre replacement: what it replaces is not libre.
var byLibre = phraseList("par du libre", "par un logiciel libre", "par un outil libre", "par quelque chose de libre",
	"par de l open source", "par un truc libre", "with something open source", "with open source", "with foss")

// correctWord corrects one word against the KB vocabulary, then the request words.
func correctWord(ix *knowledge.Index, t string) string {
	if c, ok := ix.Correct(t); ok {
		return c
	}
	c, _ := correctIntent(t)
	return c
}

// matchNames matches KB names as written first; then, with the typos corrected, everywhere
// no product or tool matched as written (a need's keyword like "drive" must not block
// "googel drive").
func (r *reading) matchNames() {
	exclude := make([]bool, len(r.toks))
	if r.place != nil {
		markSpan(exclude, r.place.start, r.place.end)
	}
	markNotNames(exclude, r.toks)
	r.markCoinedNames(exclude)
	r.covered = slices.Clone(exclude)
	var everyday []phraseMatch // everyday words as written ("word"): a corrected name may contain them
	for _, m := range matchPhrases(r.ix, r.toks, exclude, r.parens()) {
		switch {
		case m.hit.Kind.Names() && m.hit.Ambiguous:
			everyday = append(everyday, m)
		case m.hit.Kind.Names():
			r.matches = append(r.matches, m)
			markSpan(r.covered, m.start, m.end)
		}
	}
	for _, m := range matchPhrases(r.ix, r.fixed, r.covered, r.parens()) {
		// An everyday word reached through a typo is a guess on a guess ("near" → "Bear").
		// But a name asked about as such is no everyday word: "un notino open source ?".
		if m.hit.Ambiguous && !slices.Equal(r.fixed[m.start:m.end], r.toks[m.start:m.end]) &&
			!libreNext(r.fixed, m.end) && !cueRightBefore(r.fixed, m.start) {
			continue
		}
		// "remplacer Ecolia Photobox par du libre": a brand of two capitalised words, not Ecosia.
		if (m.hit.Kind == knowledge.HitTool || m.hit.Kind == knowledge.HitProduct && m.end < len(r.toks) && r.capitalAt(m.end) && !r.clauses()[m.end]) &&
			!slices.Equal(r.fixed[m.start:m.end], r.toks[m.start:m.end]) && (hasPhrase(r.fixed, byLibre) || cueRightBefore(r.fixed, m.start)) {
			// "remplacer Mobiloop par du libre", "une alternative libre à Kolibrio": what
			// is to be replaced is no libre tool, whatever tool its spelling is near.
			continue
		}
		r.matches = append(r.matches, m)
	}
	// "microsfot word": the vendor corrected, "Microsoft Word" is the name, not "word".
	for _, e := range everyday {
		if !slices.ContainsFunc(r.matches, func(m phraseMatch) bool { return m.start <= e.start && e.end <= m.end && m.end-m.start > e.end-e.start }) {
			r.matches = append(r.matches, e)
		}
	}
	r.composeNeeds()
	for i, m := range r.matches {
		markSpan(r.covered, m.start, m.end)
		r.matches[i].hit = r.videoSense(m)
	}
	// Products, tools and needs are kept in the order the message names them.
	slices.SortStableFunc(r.matches, func(a, b phraseMatch) int { return a.start - b.start })
}

// composeNeeds joins a one-word category to the people named elsewhere in the message, as
// the KB's needs say them: "on est 44 bénévoles… un outil de planning ?" is a "planning des
// bénévoles". The need is read where the category word stands.
func (r *reading) composeNeeds() {
	var people []string
	for _, t := range r.fixed {
		if groupNouns[t] {
			people = appendNew(people, t)
		}
	}
	if len(people) == 0 {
		return
	}
	for _, m := range slices.Clone(r.matches) {
		if m.hit.Kind != knowledge.HitCategory || m.end-m.start != 1 || m.end < len(r.fixed) && whoseWords[r.fixed[m.end]] {
			continue // "planning des perms" already says whose
		}
		if m.start > 1 && whoseWords[r.fixed[m.start-1]] && slices.ContainsFunc(r.matches, func(o phraseMatch) bool { return o.end == m.start-1 }) {
			continue // "un formulaire d'inscription": the word qualifies another name
		}
		for _, p := range people {
			for _, hm := range matchPhrases(r.ix, []string{r.fixed[m.start], "des", p}, nil, nil) {
				if hm.start == 0 && hm.end == 3 && hm.hit.Kind == knowledge.HitNeed {
					r.matches = append(r.matches, phraseMatch{m.start, m.end, hm.hit})
				}
			}
		}
	}
}

var whoseWords = wordSet("de", "des", "du", "d", "of", "for")

// groupNouns are the people a need is often for: "planning des bénévoles".
var groupNouns = wordSet("benevoles", "adherents", "membres", "eleves", "parents", "patients", "salaries", "agents",
	"clients", "licencies", "joueurs", "volunteers", "members", "students", "employees")

// markNotNames marks the words that name nothing whatever the KB says: English negations
// split by the apostrophe ("don't" → "don t") whose first half is a word of its own ("don"
// there is no donation, "can" no tin; the others stay readable inside a need: "doesn't
// need a phone number"), the plans of "des bons plans", deals, and the "communauté" of
// "communauté de communes", an institution.
func markNotNames(exclude []bool, toks []string) {
	for i := 0; i+1 < len(toks); i++ {
		if toks[i+1] == "t" && contractions[toks[i]] {
			exclude[i], exclude[i+1] = true, true
		}
		if goodDeal(toks, i+1) {
			exclude[i+1] = true
		}
		if toks[i] == "communaute" && institutionAfter(toks, i+1) {
			exclude[i] = true // "une communauté de communes" is an institution, not a community to chat in
		}
	}
}

var contractions = wordSet("don", "can", "won")

// markCoinedNames marks the parts of a capitalised word joined by an apostrophe that is no
// elision: "Natur'Obs Manager" and "Tabl'Oh Planner" are brands, and "obs" inside is no
// OBS Studio — but "L'Agenda" and "Qu'Excel" keep their names.
func (r *reading) markCoinedNames(exclude []bool) {
	if !capitalAfterApostrophe(r.text) {
		return // the common case, checked without splitting the words again
	}
	k := 0
	for _, w := range r.words() {
		parts := strings.Fields(textnorm.Fold(w))
		if k+len(parts) > len(exclude) {
			return // the words and the tokens cannot be lined up
		}
		if coinedName(w, parts) {
			markSpan(exclude, k, k+len(parts))
		}
		k += len(parts)
	}
}

// capitalAfterApostrophe reports an apostrophe followed by a capital: "Natur'Obs".
func capitalAfterApostrophe(text string) bool {
	prev := ' '
	for _, c := range text {
		if (prev == '\'' || prev == '’') && unicode.IsUpper(c) {
			return true
		}
		prev = c
	}
	return false
}

// coinedName reports a word such as "Natur'Obs": a capital, an apostrophe after three
// letters or more that elide nothing, and a word of two letters or more after it.
func coinedName(w string, parts []string) bool {
	i := strings.IndexAny(w, "'’")
	return i >= 3 && len(parts) == 2 && startsUpper(w) && !elisions[parts[0]] && !contractions[parts[0]] && len(parts[1]) >= 2 && !englishEndings[parts[1]]
}

// elisions end in an apostrophe in French and English words ("jusqu'à", "aujourd'hui", "isn't"); the
// contractions above count too.
var (
	elisions       = wordSet("jusqu", "lorsqu", "puisqu", "presqu", "quelqu", "aujourd", "quoiqu", "entr", "isn", "aren", "doesn", "didn", "wasn", "weren", "haven", "hasn", "couldn", "wouldn", "shouldn", "they", "you", "that", "what", "there", "here", "let", "who", "she")
	englishEndings = wordSet("re", "ll", "ve", "s", "t", "d", "m")
)

// institutionAfter reports the rest of an institution's name after "communauté":
// "de communes", "d'agglomération", "urbaine".
func institutionAfter(toks []string, i int) bool {
	return i < len(toks) && toks[i] == "urbaine" || i+1 < len(toks) && (toks[i] == "de" || toks[i] == "d") &&
		(toks[i+1] == "communes" || toks[i+1] == "agglomeration" || toks[i+1] == "agglo")
}

// freeWords keeps the words outside names, place words included: request words inside a
// name do not count ("boîte mail" is no company).
func (r *reading) freeWords() {
	r.free = make([]string, 0, len(r.fixed))
	for i, t := range r.fixed {
		inPlace := r.place != nil && i >= r.place.start && i < r.place.end
		if inPlace || !r.covered[i] {
			r.free = append(r.free, t)
		}
	}
}

func markSpan(b []bool, start, end int) {
	for k := start; k < end; k++ {
		b[k] = true
	}
}

func detectLang(toks []string) Lang {
	en, fr := 0, 0
	for _, t := range toks {
		if englishWords[t] {
			en++
		}
		if frenchWords[t] {
			fr++
		}
	}
	if en > fr {
		return English
	}
	return French
}

func isIntentWord(t string) bool {
	_, svc := serviceWords[t]
	_, kind := kindWords[t]
	return alternativeWords[t] || providerWords[t] || helpWords[t] || greetingWords[t] || svc || kind
}

var intentVocabulary = func() []string {
	var out []string
	for _, set := range []map[string]bool{alternativeWords, providerWords, helpWords} {
		for w := range set {
			if len(w) >= 5 {
				out = append(out, w)
			}
		}
	}
	for w := range serviceWords {
		if len(w) >= 5 {
			out = append(out, w)
		}
	}
	slices.Sort(out)
	return out
}()

// correctIntent fixes typos in the words that carry the request ("altrenative", "prestatire").
func correctIntent(t string) (string, bool) {
	n := textnorm.MaxTypos(len(t))
	if n == 0 {
		return "", false
	}
	best, bestD := "", n+1
	for _, w := range intentVocabulary {
		if d := textnorm.Distance(t, w, n); d < bestD {
			best, bestD = w, d
		}
	}
	return best, best != ""
}

func isNumber(t string) bool { return strings.Trim(t, "0123456789") == "" }

func appendNew(list []string, id string) []string {
	if slices.Contains(list, id) {
		return list
	}
	return append(list, id)
}
