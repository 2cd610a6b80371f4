// SPDX-License-Identifier: AGPL-3.0-or-later

package bot

import (
	"slices"
	"strings"

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
	Place      geo.Place
	Unknown    string   // the name asked about when the KB does not know it
	Corrected  []string // "gogle→google": typo corrections made
	Question   bool     // the message ends with a question mark
	Empty      bool     // nothing left once mentions and punctuation are removed
	// ContextUsed: the message completed the previous one of its conversation ("et à
	// Lyon ?"); About: it asks about one tool of the last answer ("le deuxième ?").
	ContextUsed bool
	About       bool

	heard geo.Place // the place read even when the intent drops it, for follow-ups
	// needOrder[k]: which need phrase, in message order, named Needs[k]; the first
	// phrase is the request, later ones often what it is for ("cartes mentales pour réviser").
	needOrder []int
	// onlyPlatform: the products are the system something should run on and nothing else
	// was named ("il faut qu'il marche sur Android"): a constraint on the last question.
	onlyPlatform bool
}

type span struct{ start, end int }

// reading is the state the understanding steps share: the tokens as written and as
// corrected, what names and the place cover, and the Understanding being filled in.
type reading struct {
	kb        *knowledge.KB
	ix        *knowledge.Index
	geo       *geo.Geo
	text      string
	toks      []string // folded words as written
	fixed     []string // the same with typos corrected
	taken     []bool   // words used by a name or the place before typo correction
	place     *span    // where the place was read, if any
	matches   []phraseMatch
	covered   []bool   // words inside a name or the place
	platforms []string // products named as the system something runs on ("sur Android")
	free      []string // words outside names: they carry the request
	u         Understanding
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
	return r.u
}

// takeExactNames marks the words of product and tool names as written, so that a product
// name is never read as a place.
func (r *reading) takeExactNames() {
	r.taken = make([]bool, len(r.toks))
	for _, m := range matchPhrases(r.ix, r.toks, nil) {
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
		for i, t := range toks {
			if t == "a" {
				toks[i] = "an"
			}
		}
	}
	m, ok := r.geo.Scan(toks, r.taken, asked)
	if !ok {
		return
	}
	markSpan(r.taken, m.Start, m.End)
	if abroad(toks, m.End) {
		return // "à Vienne en Autriche", "Valence (Espagne)": the French namesake is not meant
	}
	r.u.Place = m.Place
	r.place = &span{m.Start, m.End}
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

// countries are foreign countries and states whose towns share names with French communes.
var countries = wordSet("autriche", "austria", "belgique", "belgium", "suisse", "switzerland", "italie", "italy",
	"espagne", "spain", "allemagne", "germany", "portugal", "canada", "quebec", "usa", "angleterre", "england",
	"irlande", "ireland", "luxembourg", "maroc", "morocco", "algerie", "tunisie", "senegal", "japon", "chine",
	"bresil", "argentine", "mexique", "grece", "pologne", "roumanie", "suede", "norvege", "danemark", "finlande",
	"ecosse", "scotland", "texas", "louisiane", "louisiana", "amerique", "afrique", "hollande", "ukraine",
	"etats unis", "royaume uni", "pays bas", "united states", "united kingdom", "cote d", "new york")

// maxTypoWords bounds the distinct unknown words one message may have corrected: a
// person makes a few typos, a wall of gibberish must not cost a hundred typo searches.
const maxTypoWords = 24

// correctTypos corrects unknown words outside names and places: KB vocabulary first, then
// the words that carry the request ("altrenative", "prestatire").
func (r *reading) correctTypos() {
	r.fixed = slices.Clone(r.toks)
	tried := map[string]string{} // word → correction ("" for none)
	for i, t := range r.toks {
		// A real French word is no typo: "maintenu" is not "maintenir".
		if r.taken[i] || stopWords[t] || isIntentWord(t) || r.ix.Known(t) || isNumber(t) || textnorm.IsFrenchWord(t) {
			continue
		}
		c, seen := tried[t]
		if !seen {
			if len(tried) == maxTypoWords {
				continue
			}
			c = correctWord(r.ix, t)
			tried[t] = c
		}
		if c != "" {
			r.fixed[i] = c
			r.u.Corrected = append(r.u.Corrected, t+"→"+c)
		}
	}
}

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
	r.covered = slices.Clone(exclude)
	var everyday []phraseMatch // everyday words as written ("word"): a corrected name may contain them
	for _, m := range matchPhrases(r.ix, r.toks, exclude) {
		switch {
		case m.hit.Kind.Names() && m.hit.Ambiguous:
			everyday = append(everyday, m)
		case m.hit.Kind.Names():
			r.matches = append(r.matches, m)
			markSpan(r.covered, m.start, m.end)
		}
	}
	for _, m := range matchPhrases(r.ix, r.fixed, r.covered) {
		// An everyday word reached through a typo is a guess on a guess ("near" → "Bear").
		if m.hit.Ambiguous && !slices.Equal(r.fixed[m.start:m.end], r.toks[m.start:m.end]) {
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
	for _, m := range r.matches {
		markSpan(r.covered, m.start, m.end)
	}
	// Products, tools and needs are kept in the order the message names them.
	slices.SortStableFunc(r.matches, func(a, b phraseMatch) int { return a.start - b.start })
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

// readCues reads the request signals, the wanted service and the wanted kind of provider.
func (r *reading) readCues() cues {
	c := cues{alt: hasAny(r.free, alternativeWords) || hasPhrase(r.fixed, costPhrases),
		strongAlt: cueAt(r.fixed) >= 0 && !migrationService(r.fixed)}
	darkroom := photoDevelopment(r.toks)
	task := infinitive(r.toks[0]) && !serviceVerbs[r.toks[0]]
	for i, t := range r.free {
		if negated(r.free, i) {
			continue // "sans installer de logiciel", "sans prestataire": not asked for
		}
		// "pour ma boîte", "notre entreprise": the asker's organisation, not a provider;
		// "en entreprise", "en local": a setting, not someone to do the work.
		if providerWords[t] && !askerOrg(r.free, i) && !(i > 0 && r.free[i-1] == "en") {
			if k := whoAt(r.free, i); k > 0 && selfWant(r.free, k) {
				continue
			}
			c.provider = true
		}
		// "self-hosted", "auto-hébergé", "héberger nous-mêmes": a kind of software, not
		// someone to host it.
		if selfService(r.free, i) || darkroom && developWords[t] || purpose(r.free, i, task) {
			continue // "développer mes RAW" asks for a darkroom, not a developer
		}
		// "je suis développeur freelance": the asker's trade, not a service asked for.
		if s := serviceWords[t]; s != "" && r.u.Service == "" && !productSupport(r, t) && !council(r.free, i) &&
			!(trades[t] && askerOrg(r.free, i)) {
			r.u.Service = s
		}
		c.serviceVerb = c.serviceVerb || serviceVerbs[t]
		if k := kindWords[t]; k != "" && !askerOrg(r.free, i) {
			// "une asso à La Réunion qui aide…", "association Mayotte": an organisation
			// sought, not the asker's ("pour une asso qui fait des affiches").
			if r.u.Kind == "" {
				r.u.Kind = k
			}
			c.provider = c.provider || r.place != nil || whoFollows(r.free, i)
		}
	}
	c.provider = c.provider || hasPhrase(r.free, providerPhrases) ||
		(hasPhrase(r.free, askerPhrases) && (c.serviceVerb || hasAny(r.free, helperVerbs) || hasPhrase(r.free, knowerPhrases) && r.namesTool())) ||
		(hasPhrase(r.free, doerPhrases) && r.namesTool())
	return c
}

// migrationService reports a migration asked of someone: "accompagnement pour migrer de
// Google Workspace vers Nextcloud" names the service before the verb; "migrer de Dropbox
// vers du libre" asks for the software.
func migrationService(toks []string) bool {
	for i, t := range toks {
		if t != "migrer" && t != "migrate" {
			continue
		}
		return slices.ContainsFunc(toks[:i], func(w string) bool { return serviceWords[w] != "" && !serviceVerbs[w] })
	}
	return false
}

// trades are service words that name a person: said of oneself, they ask for nothing.
var trades = wordSet("developpeur", "formateur")

// council reports "conseil" naming an assembly, not advice: "les comptes rendus du
// conseil", "le conseil municipal", "conseil d'administration".
func council(toks []string, i int) bool {
	if toks[i] != "conseil" && toks[i] != "conseils" {
		return false
	}
	return i > 0 && toks[i-1] == "du" || i+1 < len(toks) && councils[toks[i+1]]
}

var councils = wordSet("municipal", "municipaux", "communautaire", "d", "de", "departemental", "regional",
	"syndical", "scientifique", "pedagogique", "citoyen", "national", "constitutionnel", "general")

// productSupport reports "support" as what a product does or lacks, not a service asked
// for: "customer support", "support client", "fin de support".
func productSupport(r *reading, t string) bool {
	return t == "support" && hasPhrase(r.fixed, supportPhrases)
}

var supportPhrases = phraseList("customer support", "support client", "support clients", "support utilisateurs",
	"fin de support", "end of support", "support technique client")

// whoFollows reports "qui" a few words after i: "une asso à La Réunion qui aide".
func whoFollows(toks []string, i int) bool {
	k := whoAt(toks, i)
	return k > 0 && !selfWant(toks, k)
}

// whoAt returns where "qui" stands a few words after i, or -1.
func whoAt(toks []string, i int) int {
	for k := i + 1; k < len(toks) && k <= i+5; k++ {
		if toks[k] == "qui" || toks[k] == "who" {
			return k
		}
	}
	return -1
}

// selfWant reports "qui cherche", "qui vend…" after an organisation: "une coopérative qui
// cherche un outil" is the asker, not a provider sought.
func selfWant(toks []string, who int) bool {
	return who+1 < len(toks) && wantVerbs[toks[who+1]]
}

var wantVerbs = wordSet("cherche", "cherchent", "veut", "veulent", "voudrait", "voudraient", "souhaite",
	"souhaitent", "aimerait", "aimeraient", "vend", "vendent", "wants", "needs", "is", "sells")

// describes reports an everyday word used as an adjective of the noun before it: "un
// hébergeur sympa", "un outil sympa", "un hébergeur mail sympa": not the tool of that name.
func describes(ix *knowledge.Index, toks []string, i int) bool {
	// "un hébergeur mail sympa": a word that names nothing may stand between the noun and
	// the adjective — "prestataire Matrix/Element" names two things.
	return i > 0 && genericNouns[toks[i-1]] ||
		i > 1 && genericNouns[toks[i-2]] && !stopWords[toks[i-1]] && !slices.ContainsFunc(ix.Phrase(toks[i-1]), func(h knowledge.Hit) bool { return h.Kind.Names() })
}

var genericNouns = wordSet("hebergeur", "hebergeurs", "prestataire", "prestataires", "presta", "outil", "outils",
	"logiciel", "logiciels", "appli", "applis", "application", "truc", "trucs", "solution", "solutions",
	"site", "service", "services", "boite", "asso", "equipe", "projet", "tool", "app", "provider", "host")

// purpose reports a service verb that says what software is for: "un logiciel pour
// héberger nos vidéos", "c'est quoi le mieux pour l'héberger ?" ask for software, unless
// someone is asked for ("qui", a provider word: handled by the caller's other cues).
func purpose(toks []string, i int, task bool) bool {
	// "partager un écran à distance pour dépanner mamie": a message that opens with what
	// to do (task) asks for software as surely as "un logiciel pour…".
	software := hasAny(toks, softwareWords) || task
	if !serviceVerbs[toks[i]] || !software || hasPhrase(toks[:i], askerPhrases) {
		return false // "quelqu'un pour installer un logiciel de compta" asks for someone
	}
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		switch toks[k] {
		case "pour", "to":
			return true
		case "l", "le", "la", "les", "nous", "me", "vous":
			continue
		}
		return false
	}
	return false
}

// softwareWords ask for a program, not a person.
var softwareWords = wordSet("logiciel", "logiciels", "outil", "outils", "appli", "application", "quoi", "solution",
	"programme", "software", "tool", "app", "what", "mieux", "truc")

// selfService reports a service word the person does themselves: "self-hosted",
// "auto-hébergé", "héberger nous-mêmes", "installer moi-même", "comment installer".
func selfService(toks []string, i int) bool {
	if i > 0 && (toks[i-1] == "self" || toks[i-1] == "auto") {
		return true
	}
	// "comment installer Nextcloud ?", "how to host Jitsi": the asker will do it.
	if i > 0 && toks[i-1] == "comment" || i > 1 && toks[i-2] == "how" && toks[i-1] == "to" {
		return true
	}
	// "qu'on peut installer", "facile à installer": the asker does it, or it is easy to.
	if i > 1 && (ableWords[toks[i-1]] && selves[toks[i-2]] || toks[i-1] == "a" && easyWords[toks[i-2]]) {
		return true
	}
	for k := i + 1; k < len(toks) && k <= i+3; k++ {
		switch {
		case toks[k] == "myself" || toks[k] == "ourselves":
			return true
		case (toks[k] == "meme" || toks[k] == "memes") && selves[toks[k-1]]:
			return true
		}
	}
	return false
}

var selves = wordSet("nous", "moi", "soi", "vous", "toi", "on", "je", "j")

var ableWords = wordSet("peut", "peux", "puisse", "pouvons", "puissions", "pourrait", "pourrions", "sais", "savons", "can", "could")

var easyWords = wordSet("facile", "faciles", "simple", "simples", "dur", "difficile", "difficiles", "complique", "compliquee", "easy", "hard")

// photoDevelopment reports "développer" said of photographs: "développer mes RAW", "develop
// my photos".
func photoDevelopment(toks []string) bool {
	for i, t := range toks {
		if !developWords[t] {
			continue
		}
		for k := i + 1; k < len(toks) && k <= i+3; k++ {
			if photoWords[toks[k]] {
				return true
			}
		}
	}
	return false
}

var developWords = wordSet("developper", "develop", "developpement", "developing")

var photoWords = wordSet("raw", "raws", "photo", "photos", "pellicule", "pellicules", "negatif", "negatifs",
	"cliches", "images", "dng", "nef", "cr2", "arw")

// namesTool reports whether a product or tool is named: "qui connaît GLPI ?" asks about it.
func (r *reading) namesTool() bool {
	return slices.ContainsFunc(r.matches, func(m phraseMatch) bool { return m.hit.Kind.Names() && !m.hit.Ambiguous })
}

// keepNames turns matches into products, tools and categories, leaving out everyday words
// without a request cue, negated names and the platform a product should run on.
func (r *reading) keepNames(c cues) {
	// "Teams libre ?" asks; "je suis libre pour teams demain" does not.
	libreQuestion := r.u.Question && (hasAny(r.free, wordSet("libre", "libres", "opensource")) || hasPhrase(r.free, openSource))
	// "et pour Doodle ?": a follow-up question names what it asks about.
	followQuestion := r.u.Question && startsFollowUp(r.toks)
	firm := c.strongAlt || firmAltCue(r.free) || c.provider || libreQuestion || followQuestion
	var loose []string // everyday words kept as products on the message's cue alone
	for _, m := range r.matches {
		// "messenger sans facebook": what comes after "sans" is not asked for.
		// "formation Blender", "hébergement Sympa": a service named right before asks about it.
		afterService := m.start > 0 && serviceWords[r.toks[m.start-1]] != ""
		if (m.hit.Ambiguous && (!(firm || afterService || libreOne(r.toks, m)) || describes(r.ix, r.toks, m.start))) || negated(r.fixed, m.start) {
			continue
		}
		switch m.hit.Kind {
		case knowledge.HitProduct:
			if r.keepProduct(m) && m.hit.Ambiguous && !afterService && !libreOne(r.toks, m) && !cueRightBefore(r.fixed, m.start) {
				loose = append(loose, m.hit.ID)
			}
		case knowledge.HitTool:
			r.u.Tools = appendNew(r.u.Tools, m.hit.ID)
		case knowledge.HitCategory:
			r.u.Categories = appendNew(r.u.Categories, m.hit.ID)
		case knowledge.HitNeed:
			r.keepNeed(m)
		}
	}
	r.settleNames(loose)
}

// keepProduct keeps a product named, or sets it aside as the platform something should
// run on: "une appli comme WhatsApp sur Android", "à jour sous Windows" do not replace the
// system — unless nothing else is named ("sous Windows, quoi de libre ?": see
// settleNames). It reports whether the product was kept.
func (r *reading) keepProduct(m phraseMatch) bool {
	// "logiciel de montage vidéo pour YouTube": a need named first, the product is where
	// the result goes, not what is replaced.
	if m.start > 0 && (r.fixed[m.start-1] == "pour" || r.fixed[m.start-1] == "for") && len(r.u.Needs)+len(r.u.Categories) > 0 {
		return false
	}
	if r.isPlatform(m.hit.ID) && (platformContext(r.fixed, m.start) || r.qualifies(m)) && !cueRightBefore(r.fixed, m.start) {
		r.platforms = appendNew(r.platforms, m.hit.ID)
		return false
	}
	r.u.Products = appendNew(r.u.Products, m.hit.ID)
	return true
}

// usedToday returns the products named as what the asker uses ("on utilise Pronote…, je
// voudrais un outil pour faire des quiz") when nothing asks to replace them: context for
// the need named, not the question.
func (r *reading) usedToday() []string {
	if cueAt(r.fixed) >= 0 || hasAny(r.fixed, replaceWords) {
		return nil
	}
	var ids []string
	for _, m := range r.matches {
		if m.hit.Kind == knowledge.HitProduct && inUse(r.fixed, m.start, 6) {
			ids = append(ids, m.hit.ID)
		}
	}
	return ids
}

// inUse reports a product named as what the asker uses: "on utilise Pronote", "we use
// Slack", "j'ai Excel".
func inUse(toks []string, i, within int) bool {
	for k := i - 1; k >= 0 && k >= i-within; k-- {
		if useVerbs[toks[k]] {
			return true
		}
	}
	return false
}

var useVerbs = wordSet("utilise", "utilisons", "utilisent", "utilisez", "use", "using", "uses", "bosse", "bossons", "travaille", "travaillons")

// keepNeed keeps a need named with the rank of its phrase, unless it only says what the
// asker's organisation does ("notre club de rando").
func (r *reading) keepNeed(m phraseMatch) {
	if ofOrganisation(r.toks, m.start) {
		return
	}
	r.u.NeedWords = appendNew(r.u.NeedWords, strings.Join(r.fixed[m.start:m.end], " "))
	order := len(r.u.NeedWords) - 1
	if inUse(r.fixed, m.start, 4) {
		order += usedNeedRank // "on utilise l'ENT de la région mais… des quiz": quiz first
	}
	if !slices.Contains(r.u.Needs, m.hit.ID) {
		r.u.Needs = append(r.u.Needs, m.hit.ID)
		r.u.needOrder = append(r.u.needOrder, order)
	}
}

// usedNeedRank ranks a need the asker already has a tool for after the needs it asks about.
const usedNeedRank = 4

// settleNames reconciles what was kept: a need outranks everyday words kept on the
// message's cue alone ("OCR tool that's open source? … scanned pages") and the products
// the asker only says they use; a platform alone
// is the question; a product named drops the tools named as its platform and the
// categories its service words name ("support", "formation").
func (r *reading) settleNames(loose []string) {
	if len(r.u.Needs) > 0 {
		loose = append(loose, r.usedToday()...)
		r.u.Products = slices.DeleteFunc(r.u.Products, func(id string) bool { return slices.Contains(loose, id) })
	}
	if len(r.u.Products)+len(r.u.Tools)+len(r.u.Categories)+len(r.u.Needs) == 0 {
		r.u.Products = r.platforms
		r.u.onlyPlatform = len(r.platforms) > 0
	}
	if len(r.u.Products) > 1 {
		// "dégoogliser ma boîte Gmail": Gmail, not every GAFAM service.
		r.u.Products = slices.DeleteFunc(r.u.Products, func(id string) bool {
			p, ok := r.kb.Product(id)
			return ok && p.Umbrella
		})
	}
	if len(r.u.Products) > 0 && len(r.u.Tools) > 0 {
		r.u.Tools = r.toolsNotPlatforms()
	}
	if len(r.u.Products)+len(r.u.Tools) > 0 {
		r.u.Categories = nil
	}
}

// ofOrganisation reports a word that says what an organisation does: "club de rando",
// "magasin de vélos", "cabinet de kiné".
func ofOrganisation(toks []string, i int) bool {
	return i > 1 && (toks[i-1] == "de" || toks[i-1] == "d") && orgNouns[toks[i-2]]
}

var orgNouns = wordSet("club", "clubs", "association", "asso", "magasin", "boutique", "cabinet", "atelier",
	"federation", "comite", "section", "ecole", "compagnie", "troupe", "bureau")

// libreOne reports an everyday word used as a product name with "libre" after it: "un
// doodle libre", "a teams open source".
func libreOne(toks []string, m phraseMatch) bool {
	return m.start > 0 && indefinite[toks[m.start-1]] && m.end < len(toks) && purposeWords[toks[m.end]]
}

// toolsNotPlatforms drops the tools named after "sur", "sous", "avec": in "un équivalent de
// photoshop sur linux" the tool is the platform, not the answer.
func (r *reading) toolsNotPlatforms() []string {
	var keep []string
	for _, m := range r.matches {
		if m.hit.Kind == knowledge.HitTool && slices.Contains(r.u.Tools, m.hit.ID) && !platformContext(r.fixed, m.start) {
			keep = appendNew(keep, m.hit.ID)
		}
	}
	return keep
}

// leadingNeed reports a message that starts with a need, as chat requests do: "un
// navigateur respectueux de la vie privée", "a password manager for the team".
func (r *reading) leadingNeed() bool {
	if len(r.toks) == 0 {
		return false
	}
	// "un navigateur…", "créer un forum…", and a precise need first: "OCR pour…" — but a
	// broad word first is often no request: "rendez-vous au 75 rue de la Paix".
	within, broad := 0, false
	switch p := purposeStart(r.toks); {
	case indefinite[r.toks[0]] || whichWords[r.toks[0]]:
		// "un navigateur…", "quelle distribution linux pour…"
		within, broad = 2, true
	case infinitive(r.toks[0]):
		within, broad = 3, true
	case p > 0:
		// "plutôt pour trouver une date de réunion": only what it is for, as a
		// follow-up says it.
		within, broad = p+3, true
	}
	// A short message that opens as a request ("fusionner et découper des pdf…", "serveur
	// pour regarder mes films…") may name its precise need anywhere.
	needWithin := within
	if (broad || forStart(r.toks)) && len(r.toks) <= maxRequestWords {
		needWithin = len(r.toks)
	}
	return slices.ContainsFunc(r.matches, func(m phraseMatch) bool {
		// "GED pour dématérialiser le courrier": a broad word that says what it is for.
		// "compta pour micro-entrepreneur": a broad word and whom it is for — not when.
		purposeNext := m.start == 0 && m.end+1 < len(r.toks) && (purposeWords[r.toks[m.end]] ||
			r.toks[m.end] == "to" && infinitive(r.toks[m.end+1]) ||
			(r.toks[m.end] == "pour" || r.toks[m.end] == "for") && !saysWhen(r.toks[m.end+1:]))
		return m.hit.Kind == knowledge.HitNeed && m.start <= needWithin ||
			m.start <= within && (broad || purposeNext) && m.hit.Kind == knowledge.HitCategory
	})
}

// maxRequestWords bounds the message read as one request fragment: past it, a need word
// far from the opening is more likely context than the question.
const maxRequestWords = 15

// forStart reports a message that opens with a noun and what it is for: "serveur pour
// regarder mes films", "appli pour réviser".
func forStart(toks []string) bool {
	return len(toks) > 2 && !stopWords[toks[0]] && (toks[1] == "pour" || toks[1] == "to") && infinitive(toks[2])
}

var purposeWords = wordSet("libre", "libres", "open")

// saysWhen reports words that start with a time: "demain", "la semaine prochaine".
func saysWhen(toks []string) bool {
	if len(toks) > 1 && (toks[0] == "la" || toks[0] == "le" || toks[0] == "l" || toks[0] == "the") {
		toks = toks[1:]
	}
	return whenWords[toks[0]]
}

// whenWords say when, not whom for: "visio pour demain", "la compta pour lundi".
var whenWords = wordSet("demain", "aujourd", "ce", "cet", "cette", "tout", "plus", "quand", "bientot", "hier",
	"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "midi", "semaine", "journee",
	"soiree", "matinee", "rentree", "fin", "suite", "mois", "annee", "weekend", "week", "prochaine", "prochain",
	"tomorrow", "today", "tonight", "now", "later", "monday", "tuesday", "wednesday", "thursday", "friday")

// hedgeWords may open a message before what it is about: "plutôt pour…", "non, pour…".
var hedgeWords = wordSet("plutot", "non", "mais", "sinon", "ou", "et", "enfait", "en", "fait", "c", "est", "ce", "serait", "rather", "no", "actually")

// purposeStart returns the index after a leading "pour" + infinitive, hedges allowed before
// it ("plutôt pour trouver…"), or 0.
func purposeStart(toks []string) int {
	for i, t := range toks {
		switch {
		case (t == "pour" || t == "for") && i+1 < len(toks) && (infinitive(toks[i+1]) || toks[i+1] == "un" || toks[i+1] == "une"):
			return i + 1
		case !hedgeWords[t]:
			return 0
		}
	}
	return 0
}

// infinitive reports a French verb in the infinitive, as requests start: "créer",
// "bloquer", "convertir", "faire".
func infinitive(t string) bool {
	return len(t) > 3 && (strings.HasSuffix(t, "er") || strings.HasSuffix(t, "ir") || strings.HasSuffix(t, "re")) &&
		textnorm.IsFrenchWord(t)
}

var whichWords = wordSet("quel", "quelle", "quels", "quelles", "which")

var indefinite = wordSet("un", "une", "des", "a", "an", "any", "some")

// signals are the facts the intent decision rests on.
type signals struct {
	help         bool // help words or phrases
	helpPhrase   bool // a help phrase ("comment ça marche ce chat ?"): it wins over a need word
	named        bool // a product, tool or category was kept
	namedProduct bool // a product or tool (not only a need)
	placed       bool // a place was read
	service      bool // a service was named ("formation", "hébergement")
	asks         bool // some request cue or a question mark
	onlyNames    bool // nothing but names and filler: "Dropbox ?"
	toolAtPlace  bool // nothing but tools and a place: "nextcloud à Rennes"
	chatter      bool // news about a product ("Slack rame aujourd'hui non ?"), no request word
	joke         bool // asks for a joke: "raconte moi une blague d'informaticien"
	postfix      bool // "Krantzify alternative", the English order
	cues
}

// needBeside reports a need named outside an unknown name: in "j'ai une Livebox Orange,
// un bloqueur de pubs ?" the need is the question and the brand only context — unlike
// "Klovia Drive", where "drive" is part of the unknown name.
func (r *reading) needBeside(name string) bool {
	if cueAt(r.fixed) >= 0 || hasAny(r.fixed, replaceWords) {
		return false // "on est sous Sybrella pour la paie, un équivalent libre ?"
	}
	folded := " " + textnorm.Fold(name) + " "
	for _, w := range r.u.NeedWords {
		if !strings.Contains(folded, " "+w+" ") {
			return true
		}
	}
	return false
}

// replaceWords ask for something in place of a named product.
var replaceWords = wordSet("alternative", "alternatives", "alternatif", "equivalent", "equivalents",
	"equivalente", "remplacer", "remplacant", "remplacement", "quitter", "substitut", "replace",
	"replacement", "instead")

// decide sets the intent from the signals, and the unknown name when an alternative to
// something the KB does not know was asked.
func (r *reading) decide(c cues) {
	u := &r.u
	if len(u.Tools) == 0 && r.unknownBrand() {
		u.Products = nil // "Yarvik Planner" is not Microsoft Planner
	}
	if name := r.unknownProduct(c); name != "" && !r.needBeside(name) {
		// "Klovia Drive", "Trovex ERP": an unknown product, not a need.
		u.Unknown = name
		u.Categories, u.Needs, u.NeedWords = nil, nil, nil
		if !c.provider {
			u.Intent = IntentAlternative
			return
		}
		// "qui peut installer Krantzbox à Dijon ?" still asks for a provider there.
	}
	named := len(u.Products)+len(u.Tools)+len(u.Categories)+len(u.Needs) > 0
	products := len(u.Products)+len(u.Tools) > 0
	s := signals{
		help: isHelp(r.toks) || isHelp(r.fixed), helpPhrase: hasPhrase(r.toks, helpPhrases),
		named: named, namedProduct: products, placed: !u.Place.IsZero(),
		service: u.Service != "",
		asks: c.alt || c.strongAlt || c.provider || u.Service != "" || u.Question || r.leadingNeed() ||
			hasPhrase(r.fixed, painPhrases),
		// Only filler words besides names: "Dropbox ?", "google drive" — not a statement
		// such as "je suis sur slack".
		onlyNames:   named && onlyFiller(r.fixed, r.matches, products),
		toolAtPlace: r.toolAtPlace(),
		postfix:     !named && postfixAlternative(r.fixed) != "",
		// "monitoring that alerts me when a server goes down": the outage is what the
		// need is for, not news.
		chatter: hasAny(r.free, statusWords) && !c.strongAlt && !c.provider && !firmAltCue(r.free) &&
			!(len(u.Needs) > 0 && c.alt),
		joke: hasAny(r.fixed, jokeWords),
		cues: c,
	}
	u.Intent = decideIntent(s)
	switch {
	case u.Intent == IntentNone || u.Intent == IntentHelp:
		// Small talk recommends nothing and places nobody: "des paris sportifs". The place
		// is kept aside for a follow-up ("et à Lyon ?").
		u.heard = u.Place
		u.Products, u.Tools, u.Categories, u.Needs, u.NeedWords, u.Place = nil, nil, nil, nil, nil, geo.Place{}
	case u.Intent == IntentAlternative && !named && c.strongAlt:
		// "alternative à Blorptastic": asked, but the KB does not know it. A verb alone
		// names nothing: "je vais quitter le bureau", "remplacer la cartouche" are no
		// question about a product.
		u.Unknown = unknownName(r.text, r.fixed)
		if u.Unknown == "" && !nounCue(r.fixed) {
			u.Intent = IntentNone
		}
	case u.Intent == IntentAlternative && !named:
		u.Unknown = postfixAlternative(r.fixed)
	}
	r.unknownNeed()
}

// unknownNeed reads a request for software whose need the KB has no word for: "une appli
// de covoiturage libre ?" gets an honest "je ne connais pas « covoiturage »" (and lands in
// the admins' /kb manques), not the small-talk answer.
func (r *reading) unknownNeed() {
	u, t := &r.u, r.fixed
	if u.Intent != IntentNone || len(u.Products)+len(u.Tools)+len(u.Categories)+len(u.Needs) > 0 ||
		!(u.Question || hasAny(t, purposeWords)) || hasAny(t, greetingWords) || hasAny(t, jokeWords) {
		return
	}
	for i := 0; i+2 < len(t); i++ {
		if !softwareNouns[t[i]] || (t[i+1] != "de" && t[i+1] != "d" && t[i+1] != "pour") {
			continue
		}
		end := i + 2
		for end < len(t) && end < i+6 && !purposeWords[t[end]] && t[end] != "pour" && t[end] != "qui" {
			end++
		}
		for end > i+2 && stopWords[t[end-1]] {
			end--
		}
		if end > i+2 && !stopWords[t[i+2]] {
			u.Intent, u.Unknown = IntentAlternative, writtenAs(r.text, t[i+2:end])
		}
		return
	}
}

var softwareNouns = wordSet("logiciel", "logiciels", "appli", "applis", "application", "applications", "outil",
	"outils", "app", "apps", "software", "tool", "tools", "programme", "plateforme", "site")

// nounCue reports an "alternative à"-like cue built on a noun ("alternative",
// "équivalent"): it asks even when what follows is missing or unreadable.
func nounCue(toks []string) bool {
	return hasAny(toks, wordSet("alternative", "alternatives", "alternativ", "equivalent", "equivalents", "substitut"))
}

// decideIntent is the intent decision, a pure function of the signals.
func decideIntent(s signals) Intent {
	switch {
	case s.joke:
		return IntentNone
	case (s.help && !s.named && !s.placed) || (s.helpPhrase && !s.namedProduct):
		return IntentHelp
	case s.provider || s.toolAtPlace || (s.serviceVerb && (s.named || s.placed) && !s.strongAlt) ||
		(s.service && !s.strongAlt && (s.placed || s.namedProduct)):
		// "formation GIMP Rennes" asks for a trainer; "un outil de ticketing pour le
		// support" (a service noun with a need only) does not.
		return IntentProviders
	case s.chatter:
		return IntentNone
	case s.named && (s.asks || s.onlyNames):
		return IntentAlternative
	case s.strongAlt && !s.named, s.postfix:
		return IntentAlternative
	default:
		return IntentNone
	}
}

func hasService(toks []string) bool {
	for _, t := range toks {
		if serviceWords[t] != "" {
			return true
		}
	}
	return false
}

func markSpan(b []bool, start, end int) {
	for k := start; k < end; k++ {
		b[k] = true
	}
}

type phraseMatch struct {
	start, end int
	hit        knowledge.Hit
}

// matchPhrases finds KB names in toks, longest first and without overlap; glued forms
// catch "googledocs" and "drop box".
func matchPhrases(ix *knowledge.Index, toks []string, exclude []bool) []phraseMatch {
	var out []phraseMatch
	maxN := min(ix.MaxWords(), 6)
	for i := 0; i < len(toks); {
		matched := 0
		for n := min(maxN, len(toks)-i); n >= 1 && matched == 0; n-- {
			if excluded(exclude, i, n) {
				continue
			}
			hits, span := lookupAt(ix, toks, i, n, exclude)
			if len(hits) == 0 || (n == 1 && stopWords[toks[i]]) {
				continue
			}
			if n == 1 && isIntentWord(toks[i]) {
				// "presta" asks for a provider even if some tool has it as a nickname.
				hits = namesOnly(hits)
				if len(hits) == 0 {
					continue
				}
			}
			for _, h := range hits {
				out = append(out, phraseMatch{i, i + span, h})
			}
			matched = span
		}
		if matched == 0 {
			i++
		} else {
			i += matched
		}
	}
	return out
}

// lookupAt looks up the n words at i and says how many words the match spans: "<name>
// de <vendor>" first ("audition d'adobe" is Adobe Audition), then as written, glued
// ("drop box") and, for a phrase, in the singular ("serveurs mail").
func lookupAt(ix *knowledge.Index, toks []string, i, n int, exclude []bool) ([]knowledge.Hit, int) {
	// Keys are built in stack buffers: the index looks them up without a string.
	var kb, vb, gb [128]byte
	key := appendWords(kb[:0], toks[i:i+n], " ", false)
	if v := i + n; v+1 < len(toks) && (toks[v] == "de" || toks[v] == "d") && !excluded(exclude, v, 2) {
		vendorKey := append(append(append(vb[:0], toks[v+1]...), ' '), key...)
		if hits := ix.PhraseBytes(vendorKey); len(hits) > 0 {
			return hits, n + 2
		}
	}
	if hits := ix.PhraseBytes(key); len(hits) > 0 {
		return hits, n
	}
	if hits := ix.GluedBytes(appendWords(gb[:0], toks[i:i+n], "", false)); len(hits) > 0 {
		return hits, n
	}
	if n > 1 && n <= 3 && slices.ContainsFunc(toks[i:i+n], textnorm.Plural) {
		if hits := ix.PhraseBytes(appendWords(gb[:0], toks[i:i+n], " ", true)); len(hits) > 0 {
			return hits, n
		}
	}
	// "compresser des vidéos" for "compresser une vidéo": a need said with other
	// determiners, in the plural, or with "libre pour" inside. The span starts and ends
	// on words that carry meaning.
	// A span that starts on "logiciel", "outil"… would swallow the request words.
	if n > 1 && !textnorm.SkeletonFiller(toks[i]) && !textnorm.SkeletonFiller(toks[i+n-1]) && !genericNouns[toks[i]] &&
		loosenable(toks[i:i+n]) {
		var buf [64]byte
		if k, words := textnorm.AppendSkeleton(buf[:0], toks[i:i+n]); words >= 2 {
			return ix.Loose(k), n
		}
	}
	return nil, n
}

// loosenable reports a span whose skeleton differs from it: a determiner, "pour",
// "libre" or a plural inside.
func loosenable(span []string) bool {
	return slices.ContainsFunc(span, func(w string) bool { return textnorm.SkeletonFiller(w) || textnorm.Plural(w) })
}

// appendWords appends words to dst with sep between them, in the singular when asked:
// "serveurs mails" → "serveur mail".
func appendWords(dst []byte, words []string, sep string, singular bool) []byte {
	for k, w := range words {
		if k > 0 {
			dst = append(dst, sep...)
		}
		if singular {
			w = textnorm.Singular(w)
		}
		dst = append(dst, w...)
	}
	return dst
}

func namesOnly(hits []knowledge.Hit) []knowledge.Hit {
	var out []knowledge.Hit
	for _, h := range hits {
		if !h.Alias {
			out = append(out, h)
		}
	}
	return out
}

func excluded(ex []bool, i, n int) bool {
	if ex == nil {
		return false
	}
	for k := i; k < i+n; k++ {
		if ex[k] {
			return true
		}
	}
	return false
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

// firmAltCue reports a word that really asks for software ("alternative", "logiciel",
// "remplacer"), unlike "comme" or "besoin" which also fill ordinary sentences: an everyday
// word such as "continue" or "signal" is a name only after a firm cue.
func firmAltCue(toks []string) bool {
	for _, t := range toks {
		if alternativeWords[t] && !weakAltWords[t] {
			return true
		}
	}
	return false
}

func hasAny(toks []string, set map[string]bool) bool {
	for _, t := range toks {
		if set[t] {
			return true
		}
	}
	return false
}

// phraseSet holds folded phrases by their first word, split once: looking one up costs a
// map access per token, with no string built.
type phraseSet map[string][][]string

// phraseList prepares folded phrases ("qui peut", "c est le bazar") for hasPhrase.
func phraseList(phrases ...string) phraseSet {
	set := phraseSet{}
	for _, p := range phrases {
		w := strings.Fields(p)
		set[w[0]] = append(set[w[0]], w)
	}
	return set
}

// hasPhrase reports whether one of the phrases stands in toks, as whole words.
func hasPhrase(toks []string, phrases phraseSet) bool {
	for i, t := range toks {
		for _, p := range phrases[t] {
			if i+len(p) <= len(toks) && slices.Equal(toks[i:i+len(p)], p) {
				return true
			}
		}
	}
	return false
}

var openSource = phraseList("open source")

func isHelp(toks []string) bool {
	if hasPhrase(toks, helpPhrases) {
		return true
	}
	for _, t := range toks {
		if helpWords[t] {
			return true
		}
	}
	return false
}

// cueAt returns the index just after an "alternative à"-like cue, or -1.
func cueAt(toks []string) int {
	for i := range toks {
		for _, c := range alternativeCuePhrases {
			if i+len(c) <= len(toks) && slices.Equal(toks[i:i+len(c)], c) {
				return i + len(c)
			}
		}
	}
	return -1
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

// onlyFiller reports whether the message is just names and filler. Around a product name,
// only true filler counts ("Dropbox ?"), so that "je suis sur slack" stays a statement;
// around a need, any function word does ("statistiques de site web sans google").
// placeCueWords stand between a tool and its place in a terse request: "nextcloud à
// Rennes", "jitsi près de Brest".
var placeCueWords = wordSet("a", "au", "aux", "en", "pres", "vers", "dans", "sur", "autour", "cote",
	"coin", "in", "near", "around")

// toolAtPlace reports a message with nothing but tools and a place: "nextcloud à Rennes",
// "jitsi en Bretagne ?" ask who provides that tool there. A product is left out: "Gmail à
// Rennes" does not say what is wanted.
func (r *reading) toolAtPlace() bool {
	if len(r.u.Tools) == 0 || len(r.u.Products) > 0 || r.place == nil {
		return false
	}
	for i, t := range r.fixed { // r.covered holds the names and the place
		if !r.covered[i] && !fillerWords[t] && !placeCueWords[t] {
			return false
		}
	}
	return true
}

func onlyFiller(toks []string, matches []phraseMatch, products bool) bool {
	covered := make([]bool, len(toks))
	for _, m := range matches {
		for k := m.start; k < m.end; k++ {
			covered[k] = true
		}
	}
	for i, t := range toks {
		filler := fillerWords[t] || (!products && stopWords[t])
		if !covered[i] && !filler && !alternativeWords[t] && t != "sans" && t != "without" {
			return false
		}
	}
	return true
}

// askerOrg reports whether the provider word at i names the asker's own organisation:
// after a possessive ("ma boîte", "notre entreprise") or "pour" ("pour une petite boîte").
func askerOrg(toks []string, i int) bool {
	// "les postes de l'agence": a definite article names an organisation already known,
	// the asker's — unless a clause follows ("l'entreprise qui peut…").
	// "les CHATONS en Bretagne": a collective's members are always sought, never the asker.
	if i > 0 && definiteOrg[toks[i-1]] && (i+1 >= len(toks) || toks[i+1] != "qui") && toks[i] != "chatons" && toks[i] != "chaton" {
		return true
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if possessives[toks[k]] || (toks[k] == "pour" && k >= i-3) || toks[k] == "for" {
			return true
		}
		// "je suis pas expert", "nous sommes une entreprise", "on est une petite asso":
		// the asker describes itself.
		if selfDescribing[toks[k]] || toks[k] == "est" && k > 0 && toks[k-1] == "on" {
			return true
		}
	}
	return false
}

var selfDescribing = wordSet("suis", "sommes", "pas", "am", "not", "ni")

var definiteOrg = wordSet("l", "le", "la", "les", "cette", "notre", "the")

// isPlatform reports a product that is a system others run on (Windows, Android, iOS).
func (r *reading) isPlatform(id string) bool {
	p, ok := r.kb.Product(id)
	return ok && slices.Contains(p.Categories, "systeme")
}

// qualifies reports a platform named right after another product, as the system it runs
// on: "un Active Directory Windows Server".
func (r *reading) qualifies(m phraseMatch) bool {
	return slices.ContainsFunc(r.matches, func(o phraseMatch) bool {
		return o.end == m.start && o.hit.Kind == knowledge.HitProduct && !r.isPlatform(o.hit.ID)
	})
}

// cueRightBefore reports "alternative à", "remplacer" just before i.
func cueRightBefore(toks []string, i int) bool {
	return cueAt(toks[:i]) == i
}

// platformContext reports whether the name at i follows "sur", "sous", "avec", "on",
// "under" or "with", maybe with a determiner ("sur mon iPhone", "on my Mac"): the system
// something runs on.
func platformContext(toks []string, i int) bool {
	if i > 2 && deviceNouns[toks[i-1]] {
		i-- // "sur mon tel Android", "sur le PC Windows"
	}
	if i > 1 && (possessives[toks[i-1]] || toks[i-1] == "un" || toks[i-1] == "une" || toks[i-1] == "le" || toks[i-1] == "a") {
		i--
	}
	if i == 0 {
		return false
	}
	switch toks[i-1] {
	case "sur", "sous", "avec", "on", "under", "with", "dans":
		return true
	}
	return false
}

var deviceNouns = wordSet("tel", "telephone", "smartphone", "portable", "mobile", "pc", "ordi", "ordinateur",
	"laptop", "phone", "tablette", "poste", "postes", "serveur", "machine", "machines", "computer")

// negated reports whether the name starting at i follows "sans", "without" or "pas de",
// maybe through what holds it: "sans tableau Excel", "sans groupe WhatsApp".
func negated(toks []string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch toks[k] {
		case "sans", "without", "hors":
			return true
		case "le", "la", "les", "l", "de", "d", "du", "des", "any", "un", "une", "mon", "ma", "mes",
			"compte", "comptes", "account", "passer", "par", "utiliser", "tableau", "tableaux", "fichier",
			"fichiers", "feuille", "feuilles", "groupe", "groupes":
			// "sans compte Google", "sans passer par Google", "without a Google account"
			continue
		}
		return false
	}
	return false
}

// postfixAlternative returns X in "X alternative(s)" when X is not a KB name.
func postfixAlternative(toks []string) string {
	n := len(toks)
	if n < 2 || (toks[n-1] != "alternative" && toks[n-1] != "alternatives") {
		return ""
	}
	var name []string
	for _, t := range toks[:n-1] {
		if !stopWords[t] && !alternativeWords[t] {
			name = append(name, t)
		}
	}
	if len(name) == 0 || len(name) > 3 {
		return ""
	}
	return strings.Join(name, " ")
}

// unknownName extracts the name asked about after the cue, as the person wrote it.
func unknownName(text string, toks []string) string {
	i := cueAt(toks)
	if i < 0 || i >= len(toks) {
		return ""
	}
	end := i
	for end < len(toks) && end-i < 4 && !stopWords[toks[end]] {
		end++
	}
	// "virer 500 euros", "quitter le bureau": after a verb, numbers and ordinary words name
	// no product ("alternative à X" always names one).
	if !nounCue(toks) && !slices.ContainsFunc(toks[i:end], func(t string) bool { return !isNumber(t) && !textnorm.IsFrenchWord(t) }) {
		return ""
	}
	return writtenAs(text, toks[i:end])
}

// writtenAs finds the words want (folded tokens) as the person wrote them, case and
// accents kept; the folded form when they cannot be found.
func writtenAs(text string, want []string) string {
	words := textnorm.Words(text)
	for s := 0; s < len(words); s++ {
		// One written word may fold into several tokens ("Krantz.io" → "krantz io"), so
		// the original span ends where enough tokens were gathered, not at s+len(want).
		var got []string
		k := s
		for ; k < len(words) && len(got) < len(want); k++ {
			got = append(got, strings.Fields(textnorm.Fold(words[k]))...)
		}
		if len(got) >= len(want) && slices.Equal(got[:len(want)], want) {
			name := strings.Join(words[s:k], " ")
			return strings.Trim(name, " ?!.,;:«»\"'()[]<>")
		}
	}
	return strings.Join(want, " ")
}
