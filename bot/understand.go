// SPDX-License-Identifier: AGPL-3.0-or-later

package bot

import (
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
// name is never read as a place — unless the name is only part of a written word: "Lô" in
// "Saint-Lô" is no LibreOffice.
func (r *reading) takeExactNames() {
	r.taken = make([]bool, len(r.toks))
	inner := r.innerParts()
	for _, m := range matchPhrases(r.ix, r.toks, nil, r.parens()) {
		partial := inner[m.start] || m.end < len(inner) && inner[m.end]
		if m.hit.Kind.Names() && !partial {
			markSpan(r.taken, m.start, m.end)
		}
	}
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
