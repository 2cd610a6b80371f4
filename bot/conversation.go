// SPDX-License-Identifier: AGPL-3.0-or-later

package bot

import (
	"cmp"
	"container/list"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/boussole-libre/boussole/knowledge"
	"github.com/boussole-libre/boussole/knowledge/geo"
)

// Conversation context: in a chat the next message is often "et à Lyon ?", "et qui peut
// l'installer ?" or "le deuxième, il est français ?". The bot keeps, per conversation, what
// the last question was about, for a short time, in memory only: never written to disk,
// bounded in count (least recently used first out) and in age.

// ConversationKey names one conversation: the platform, the channel or thread, and the
// person — two people in one channel have two conversations.
type ConversationKey struct {
	Platform string
	Channel  string
	User     string
}

// Defaults for the conversation memory.
const (
	ContextTTL      = 15 * time.Minute
	ContextCapacity = 10000
)

// turn is what a conversation remembers of its last answered question.
type turn struct {
	key        ConversationKey
	at         time.Time
	intent     Intent
	products   []string
	tools      []string // tools named
	categories []string
	needs      []string
	needWords  []string
	answered   []string // tool ids as answered, best first, for "le deuxième"
	pointed    string   // the tool of that list shown since ("le deuxième ?"), for "il", "it"
	place      geo.Place
	service    string
	ranking    ranking             // how the tools were ordered, so a follow-up orders them alike
	sides      map[string][]string // the products' alternatives by category: "and for photos?" picks one
}

// sideAsked reads a follow-up that names one side of the product left: "and for photos
// specifically?" after Facebook's alternatives asks for those made for photos.
func sideAsked(u Understanding, toks []string, prev turn) (Understanding, bool) {
	side := prev.sides[firstOf(u.Categories)]
	if len(u.Categories) != 1 || len(u.Needs) > 0 || len(u.forWhom) > 0 || !startsFollowUp(toks) || len(side) == 0 {
		return u, false
	}
	out := continueTurn(u, prev)
	out.Tools = side
	if u.Intent == IntentAlternative {
		out.Intent = u.Intent // "and for video calls, is that included?" after providers asks for software
	}
	return out, true
}

// productSides maps each category of the products' alternatives to those alternatives:
// after "où poster à la place de Facebook ?", "and for photos?" asks for its photo side.
func productSides(kb *knowledge.KB, products []string) map[string][]string {
	sides := map[string][]string{}
	for _, id := range products {
		p, ok := kb.Product(id)
		if !ok {
			continue
		}
		for _, a := range p.Alternatives {
			if t, ok := kb.Tool(a.Tool); ok {
				for _, c := range t.Categories {
					sides[c] = appendNew(sides[c], t.ID)
				}
			}
		}
	}
	for c, side := range sides {
		// "et juste pour la visio ?" after Teams: Jitsi Meet, the category's best, before
		// Element, listed first for Teams' chat.
		if cat, ok := kb.Category(c); ok {
			slices.SortStableFunc(side, func(a, b string) int { return bestRank(cat.Best, a) - bestRank(cat.Best, b) })
		}
	}
	return sides
}

// bestRank is a tool's place in a category's best list, or after all of it.
func bestRank(best []string, id string) int {
	if i := slices.Index(best, id); i >= 0 {
		return i
	}
	return len(best)
}

// ranking is what, besides the names, orders the tools of an answer.
type ranking struct {
	needOrder     []int
	avoid         []string
	facets        []string
	forWhom       []string
	devices       []string
	categoryAsked bool
}

// Conversations is the bounded, expiring memory of recent questions, shared by every
// adapter through the bot.
type Conversations struct {
	mu    sync.Mutex
	ttl   time.Duration
	max   int
	order *list.List // of *turn, most recent first
	turns map[ConversationKey]*list.Element
	now   func() time.Time
}

// NewConversations remembers up to max conversations for ttl each.
func NewConversations(max int, ttl time.Duration) *Conversations {
	return &Conversations{ttl: ttl, max: max, order: list.New(), turns: map[ConversationKey]*list.Element{}, now: time.Now}
}

// Len is how many conversations are remembered.
func (c *Conversations) Len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.order.Len()
}

func (c *Conversations) get(k ConversationKey) (turn, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.turns[k]
	if !ok {
		return turn{}, false
	}
	t := e.Value.(*turn)
	if c.now().Sub(t.at) > c.ttl {
		c.order.Remove(e)
		delete(c.turns, k)
		return turn{}, false
	}
	return *t, true
}

func (c *Conversations) put(t turn) {
	c.mu.Lock()
	defer c.mu.Unlock()
	t.at = c.now()
	if e, ok := c.turns[t.key]; ok {
		*e.Value.(*turn) = t
		c.order.MoveToFront(e)
		return
	}
	c.turns[t.key] = c.order.PushFront(&t)
	for c.order.Len() > c.max {
		last := c.order.Back()
		c.order.Remove(last)
		delete(c.turns, last.Value.(*turn).key)
	}
}

// rememberable reports whether an answer is worth a follow-up: it was about something.
func rememberable(u Understanding) bool {
	return u.Intent == IntentAlternative || u.Intent == IntentProviders
}

func turnOf(k ConversationKey, u Understanding, r Reply) turn {
	t := turn{key: k, intent: u.Intent, products: u.Products, tools: u.Tools, categories: u.Categories,
		needs: u.Needs, needWords: u.NeedWords, place: u.Place, service: u.Service,
		ranking: ranking{u.needOrder, u.avoid, u.facets, u.forWhom, u.devices, u.categoryAsked}}
	for _, ti := range r.Tools {
		t.answered = append(t.answered, ti.ID)
	}
	return t
}

// audiencePhrases say whom a service is for: "une formation pour les bénévoles".
var audiencePhrases = phraseList("pour les", "pour nos", "pour mes", "for our", "for the")

// aboutPhrases ask about the tools just listed.
var aboutPhrases = phraseList("il y en a", "y en a", "c est", "est ce", "is it", "are they", "any of them", "ils sont", "ca marche")

// ordinals name a tool of the last answer by its rank: "le deuxième", "the first one".
var ordinals = map[string]int{
	"premier": 1, "premiere": 1, "1er": 1, "first": 1, "deuxieme": 2, "second": 2, "seconde": 2,
	"2e": 2, "2eme": 2, "troisieme": 3, "third": 3, "3e": 3, "3eme": 3, "quatrieme": 4, "fourth": 4,
	"4e": 4, "cinquieme": 5, "fifth": 5, "5e": 5,
}

// pointers name the tool just discussed: "celui-là", "ce logiciel", "it".
var pointers = phraseList("celui la", "celui ci", "celle la", "celle ci", "ce logiciel", "cet outil", "ce dernier",
	"cette appli", "this one", "that one", "it")

// pointsBack reports a short message that only points at an earlier answer: "le deuxième
// ?", "celui-là, il marche sur Mac ?" — a platform named says where, not what to replace.
func pointsBack(u Understanding, toks []string) bool {
	if len(toks) > 8 || len(u.Tools)+len(u.Categories)+len(u.Needs) > 0 || len(u.Products) > 0 && !onlyPlatforms(u) {
		return false
	}
	i := 0
	if len(toks) > 1 && definiteWords[toks[0]] {
		i = 1
	}
	if i < len(toks) && ordinals[toks[i]] > 0 {
		// "le premier ?", "le deuxième il marche…" — not "le premier ministre".
		return i+1 == len(toks) || afterPointer[toks[i+1]]
	}
	// "it's raining" points at nothing: a pointer counts in a question.
	return u.Question && len(toks) > 0 && phraseAt(toks, 0, pointers) > 0
}

// afterPointer may follow "le premier" when it points at an answer.
var afterPointer = wordSet("il", "elle", "c", "ce", "est", "it", "is", "one", "que", "qui", "de", "du", "marche", "tourne",
	"fonctionne", "coute", "does", "works", "runs", "la", "l", "alors", "then", "dans", "of", "on", "pour", "for")

// followUp completes u from the previous turn when the message only adds a place, a
// service, a kind of provider or points at a tool of the last answer. It reports whether
// the context was used.
func followUp(u Understanding, toks []string, prev turn) (Understanding, bool) {
	out, used := carryOver(u, toks, prev)
	if u.foreignPlace {
		out.Place = geo.Place{} // "et à Genève ?" after Lyon: not Lyon again
	}
	return out, used
}

// carryOver is followUp before a town abroad drops the place carried over.
func carryOver(u Understanding, toks []string, prev turn) (Understanding, bool) {
	if out, used, done := closeReads(u, toks, prev); done {
		return out, used
	}
	if u.Intent == IntentHelp || u.Unknown != "" || len(u.Products)+len(u.Tools) > 0 {
		return otherTool(u, toks, prev)
	}
	if u.Place.IsZero() {
		u.Place = u.heard // "what about Bordeaux? we also have an office there"
	}
	if (len(u.Categories)+len(u.Needs) == 0 || pointedConstraint(toks)) && len(u.Products)+len(u.Tools) == 0 && len(prev.answered) > 0 && startsConstraint(toks) &&
		(u.Question || hasAny(toks, requirementWords)) && !hasAny(toks, greetingWords) {
		// "il faut que ça marche sans installer de logiciel": a requirement on the same tools.
		return continueTurn(u, prev), true
	}
	if n := ordinalIn(toks); n > 0 && prev.intent == IntentProviders && !hasAny(toks, softwareTraits) {
		// "le premier que tu cites, il est français ?", "le 2e ?" after a list of
		// providers is about them: the same list again, where each one's kind and place
		// are said — but "le premier il est certifié NF525 ?" asks about the software.
		return continueTurn(u, prev), true
	}
	if n := ordinalIn(toks); n > 0 && n <= len(prev.answered) {
		return pointAt(u, prev.answered[n-1], prev), true
	}
	// "and what would it cost per month?" after providers asks about them, not the tool.
	if out, ok := aboutTheList(u, toks, prev); ok {
		return out, true
	}
	if hasPhrase(toks, pointers) && len(prev.answered) > 0 && len(u.Categories)+len(u.Needs) == 0 {
		return pointAt(u, cmp.Or(prev.pointed, prev.answered[0]), prev), true
	}
	adds := !u.Place.IsZero() || u.Service != "" || u.Kind != "" || u.Intent == IntentProviders
	if out, ok := sideAsked(u, toks, prev); ok {
		return out, true
	}
	if len(u.Categories)+len(u.Needs) > 0 && !qualifiesLast(u, toks, adds) {
		if u.Place.IsZero() && !prev.place.IsZero() && startsFollowUp(toks) {
			// "et pour refaire le site de la mairie ?": a new need, in the same place.
			u.Place, u.ContextUsed = prev.place, true
			return u, true
		}
		return u, false // a new need: a new question
	}
	if !adds && !startsFollowUp(toks) && !(u.Question && aboutThem(toks)) {
		return u, false
	}
	out := continueTurn(u, prev)
	if !adds && out.Intent == IntentProviders && aboutThem(toks) && (hasAny(toks, softwareTraits) || hasAny(toks, choiceWords)) {
		// "c'est certifié NF525 ?" after a list of providers asks about the software.
		out.Intent = IntentAlternative
	}
	if out.Intent == IntentProviders && (u.Intent != IntentProviders && hasPhrase(toks, ourselvesPhrases) ||
		u.Intent == IntentAlternative && hasAny(toks, softwareNouns) && !hasAny(toks, providerWords)) {
		// "et si on le fait nous-mêmes, quel logiciel ?", "and is there any free app we
		// could use on the phones meanwhile?": software asked, no one.
		out.Intent = IntentAlternative
	}
	return out, true
}

// closeReads settles the follow-ups read before anything else: thanks that end the
// conversation, "in town", "celui-là" after one tool was shown, a platform constraint. done
// reports whether one applied.
func closeReads(u Understanding, toks []string, prev turn) (out Understanding, used, done bool) {
	switch {
	case onlyCourtesy(toks):
		return u, false, true // "super, merci et bonne journée !" ends the conversation
	case traitAsked(u, toks, prev):
		out := continueTurn(u, prev)
		out.Intent = IntentAlternative
		return out, true, true
	case len(u.beaten) > 0 && len(u.Products)+len(u.Tools)+len(u.Categories)+len(u.Needs) == 0 && len(prev.answered) > 0:
		return continueTurn(u, prev), true, true // "y a plus simple que LimeSurvey ?": the same question, LimeSurvey out
	case phraseAt(toks, 0, simplerOpenings) > 0 && len(u.Products)+len(u.Tools) == 0 && len(prev.answered) > 0:
		// "et plus simple ? nos clients sont âgés, il faut juste un lien": the same
		// question, whatever the scene said after it names.
		return continueTurn(u, prev), true, true
	case u.Intent == IntentProviders && u.Place.IsZero() && !prev.place.IsZero() && hasPhrase(toks, thoseProviders) && len(u.Tools)+len(u.Products) > 0:
		// "could that company also train our receptionists on Odoo?": the same place.
		u.Place, u.Service, u.ContextUsed = prev.place, cmp.Or(u.Service, prev.service), true
		return u, true, true
	case u.Intent == IntentProviders && u.Place.IsZero() && !prev.place.IsZero() && hasPhrase(toks, herePhrases):
		// "is there a Linux user group in town?": a new question, in the same town;
		// "someone nearby who could show us how to use it?": the same tools there.
		if len(u.Products)+len(u.Tools)+len(u.Categories)+len(u.Needs) == 0 {
			return continueTurn(u, prev), true, true
		}
		u.Place, u.ContextUsed = prev.place, true
		return u, true, true
	case prev.pointed != "" && hasPhrase(toks, pointers) && len(u.Categories)+len(u.Needs)+len(u.Tools) == 0 && (len(u.Products) == 0 || u.onlyPlatform):
		return pointAt(u, prev.pointed, prev), true, true // "celui-là, il marche sur mac ?" after "le deuxième ?"
	case hasPhrase(toks, ofThosePhrases) && len(prev.answered) > 0 && systemsOnly(u.Products):
		// "Which of those can render LaTeX math in messages?": the same list, whatever
		// the words of the feature name, a tool's name among them; "do any of these work
		// offline on an old Linux laptop?": those with a Linux version first.
		if len(u.devices) == 0 {
			u.devices = platformsNamed(u.Products)
		}
		u.Products, u.Tools, u.Categories, u.Needs, u.NeedWords = nil, nil, nil, nil, nil
		return continueTurn(u, prev), true, true
	case hasPhrase(toks, itPhrases) && len(prev.answered) > 0 && len(u.Tools) == 0:
		// "on a un NAS Synology, on peut l'installer dessus ?": the same tools; what is
		// named is where they would run.
		u.Products, u.Categories, u.Needs, u.NeedWords = nil, nil, nil, nil
		return continueTurn(u, prev), true, true
	case (u.onlyPlatform || onlyPlatforms(u)) && len(prev.answered) > 0 && !hasPhrase(toks, movingOffPhrases) &&
		(startsConstraint(toks) || startsFollowUp(toks) && cueAt(toks) < 0 || barePlatform(toks) || hasPhrase(toks, installOnPhrases)):
		// "il faut qu'il marche aussi sur Android": the same tools, not Android's
		// alternatives, those with an Android app first.
		if len(u.devices) == 0 {
			u.devices = platformsNamed(u.Products)
		}
		u.Products = nil
		return continueTurn(u, prev), true, true
	case hasPhrase(toks, worksWithPhrases) && len(prev.answered) > 0 && len(u.Categories)+len(u.Needs) == 0:
		// "et ça marche dans Thunderbird ?" after grammar checkers: the same tools; what is
		// named is the program they would work in.
		u.Products, u.Tools = nil, nil
		return continueTurn(u, prev), true, true
	}
	return u, false, false
}

// installOnPhrases ask, right after a list, how the tools install on a system: "c'est
// facile à installer sur un Mac ?".
var installOnPhrases = phraseList("a installer sur", "facile a installer", "s installe sur", "ca s installe", "ca marche sur", "ca tourne sur",
	"to install on", "easy to install", "does it run on", "will it run on")

// traitAsked reports a question on a trait of the tools just listed: "ça marche hors ligne ?
// la 4G ici à Dembeni c'est la loterie" (the place says why, it seeks no one there), "c'est
// bon ça marche aussi en anglais ?" (their language, not the bot's).
func traitAsked(u Understanding, toks []string, prev turn) bool {
	if prev.intent != IntentAlternative || len(prev.answered) == 0 {
		return false
	}
	return u.Intent == IntentNone && u.Question && !u.heard.IsZero() && hasAny(toks, softwareTraits) ||
		u.Intent == IntentHelp && hasPhrase(toks, toolLanguagePhrases) ||
		hasPhrase(toks, listTraitPhrases) && len(u.Products)+len(u.Tools) == 0 // "et ça s'exporte en pdf ?": what they export to
}

// listTraitPhrases ask, right after a list, what the tools export to and how they hold up.
var listTraitPhrases = phraseList("ca s exporte", "ca exporte", "on peut exporter", "peut on exporter", "ca peut s exporter", "il exporte",
	"can it export", "does it export", "do they export", "can they export", "it exports to",
	// "et ça tient la route à 8 joueurs avec les caméras ?": how the tools hold up
	"ca tient la route", "ca tient la charge", "does it hold up", "does it scale", "ca supporte combien")

// toolLanguagePhrases ask, right after a list, whether the tools work in a language.
var toolLanguagePhrases = phraseList("ca marche aussi en", "ca marche en", "ca existe en", "ca existe aussi en", "c est dispo en", "ca fonctionne en",
	"ca fonctionne aussi en", "il marche en", "ils marchent en", "does it work in", "do they work in", "is it available in", "are they available in")

// movingOffPhrases leave the system named: "and the PC runs Windows 10 which is out of
// support, what should we move to?" asks what replaces Windows, not tools that run on it.
var movingOffPhrases = phraseList("move to", "switch to", "migrate to", "out of support", "end of support", "end of life",
	"fin de support", "fin du support", "plus de mises a jour", "plus supporte", "passer a quoi", "migrer vers quoi", "remplacer windows")

// worksWithPhrases ask whether the tools just listed work within another program.
var worksWithPhrases = phraseList("ca marche dans", "ca marche avec", "ca fonctionne dans", "ca fonctionne avec", "ca s integre a",
	"ca s integre dans", "ca s integre avec", "il marche dans", "il marche avec", "ils marchent avec", "ils marchent dans",
	"does it work in", "does it work with", "do they work with", "do they work in", "it works with", "it work with")

// onlyPlatforms reports a message that names devices' systems and nothing else: "and for
// the iPad?" after a list asks for the same kind of tool there.
func onlyPlatforms(u Understanding) bool {
	return len(u.Products) > 0 && len(u.Tools)+len(u.Categories)+len(u.Needs) == 0 && systemsOnly(u.Products)
}

// systemsOnly reports products that are all devices' systems (true when there are none).
func systemsOnly(products []string) bool {
	return !slices.ContainsFunc(products, func(id string) bool { _, system := platformOf[id]; return !system })
}

// barePlatform reports a short message that only puts a system after a preposition: "sur
// iPhone ?", "pour Mac ?", "on Android?".
func barePlatform(toks []string) bool {
	return len(toks) >= 2 && len(toks) <= 4 && (deviceCues[toks[0]] || toks[0] == "pour" || toks[0] == "for")
}

// platformsNamed are the KB platforms of the systems named.
func platformsNamed(products []string) []string {
	var out []string
	for _, id := range products {
		if p := platformOf[id]; p != "" {
			out = appendNew(out, p)
		}
	}
	return out
}

// aboutTheList reads a question about the list just given: what the providers do, how
// they work, or which tool suits someone.
func aboutTheList(u Understanding, toks []string, prev turn) (Understanding, bool) {
	switch {
	case prev.intent == IntentProviders && theyDo(toks) && hasPhrase(toks, doItPhrases):
		// "ils peuvent le faire en visio ?": the same work, done remotely — "visio" is how,
		// not a new need.
		return continueTurn(u, prev), true
	case prev.intent == IntentProviders && theyDo(toks) && u.Service != "" && len(u.Needs) == 0 && hasPhrase(toks, audiencePhrases):
		// "est-ce qu'ils font aussi des formations pour nos bénévoles ?": the same
		// providers, for a service; the volunteers are whom it is for, not a need.
		return continueTurn(u, prev), true
	case prev.intent == IntentProviders && len(u.Categories)+len(u.Needs) > 0 && theyDo(toks):
		// "ils font aussi les boîtes mail ?" after a list of providers: providers for that.
		u.Intent, u.ContextUsed = IntentProviders, true
		if u.Place.IsZero() {
			u.Place = prev.place
		}
		return u, true
	case prev.intent == IntentProviders && len(u.Categories)+len(u.Needs) == 0 && hasPhrase(toks, pricePhrases):
		// "ça coûte combien en gros ?": the same providers, who quote their own prices.
		out := continueTurn(u, prev)
		out.Intent, out.priceAsked = IntentProviders, true
		return out, true
	case len(prev.answered) > 0 && whichForWhom(u, toks):
		// "c'est quoi le mieux comme logiciel pour une petite boutique ?" after a list of
		// tills: which of them suits that shop.
		out := continueTurn(u, prev)
		out.Intent = IntentAlternative
		return out, true
	}
	return u, false
}

// herePhrases point at the place already named: "in town", "dans le coin".
var herePhrases = phraseList("in town", "around here", "near us", "nearby", "en ville", "par ici", "dans le coin", "pres de chez nous",
	"dans notre ville", "dans la ville", "ici", "sur place", "local", "locale", "locaux")

// pricePhrases ask what the work costs.
var pricePhrases = phraseList("combien", "cb", "ca coute", "c est cher", "tarif", "tarifs", "prix", "how much", "cost",
	"price", "prices")

// farewellPhrases close a conversation: "bonne journée", "à bientôt", "have a nice day".
var farewellPhrases = phraseList("bonne journee", "bonne soiree", "bonne nuit", "bon week end", "bon weekend",
	"bonne fin de journee", "bonne continuation", "a bientot", "a plus", "a la prochaine", "au revoir",
	"have a nice day", "have a good day", "see you", "merci beaucoup", "merci bien", "thanks a lot", "thank you")

// courtesyWords are the rest of a thank-you: "super, merci à vous !", "top, thanks again".
var courtesyWords = wordSet("et", "and", "a", "vous", "toi", "tous", "encore", "again", "top", "parfait", "nickel",
	"great", "perfect", "bcp", "beaucoup", "infiniment", "you", "very", "much", "so")

// onlyCourtesy reports a message of thanks and farewells alone: it asks nothing more.
func onlyCourtesy(toks []string) bool {
	polite := false
	for i := 0; i < len(toks); i++ {
		if n := phraseAt(toks, i, farewellPhrases); n > 0 {
			polite, i = true, i+n-1
			continue
		}
		switch {
		case greetingWords[toks[i]] || thanksWords[toks[i]]:
			polite = true
		case !courtesyWords[toks[i]]:
			return false
		}
	}
	return polite
}

// choiceWords ask which software is best: "c'est quoi le mieux comme système ?".
// whatWords, with whichWords, ask for a thing, not for someone.
var whatWords = wordSet("quoi", "what", "lequel", "laquelle")

var choiceWords = wordSet("quoi", "mieux", "lequel", "laquelle", "which", "best", "simple", "facile", "easiest", "simplest")

// softwareTraits are what a question asks of software, not of a provider.
var softwareTraits = wordSet("certifie", "certifiee", "nf525", "libre", "gratuit", "gratuite", "compatible",
	"open", "licence", "license", "android", "ios", "windows", "linux", "mac", "hors", "offline", "free")

// theyDo reports a question about what the providers just listed do: "ils font aussi…",
// "do they offer…".
func theyDo(toks []string) bool {
	for len(toks) > 2 && (toks[0] == "et" || toks[0] == "and" || toks[0] == "ok" || toks[0] == "mais" || toks[0] == "but") {
		toks = toks[1:] // "et ils font aussi l'hébergement de mails ?"
	}
	if len(toks) > 3 && toks[0] == "est" && toks[1] == "ce" && (toks[2] == "qu" || toks[2] == "que") {
		toks = toks[3:] // "est-ce qu'ils font aussi…"
	}
	return len(toks) > 1 && (toks[0] == "ils" || toks[0] == "elles" || toks[0] == "they" || toks[0] == "do" && toks[1] == "they") &&
		slices.ContainsFunc(toks[1:min(4, len(toks))], func(w string) bool { return doWords[w] })
}

// doItPhrases point back to the work just asked for: "le faire", "do it".
var doItPhrases = phraseList("le faire", "la faire", "les faire", "do it", "do that", "do this")

// ofThosePhrases ask which of the tools just listed has some feature.
var ofThosePhrases = phraseList("which of those", "which of them", "which one of those", "which of these", "lequel de ces",
	"lequel d entre eux", "laquelle de ces", "lesquels de ces", "parmi eux", "parmi ceux", "parmi ces", "among them", "among those",
	"which one has", "which one is", "which one does", "which one can", "which one works", "lequel a", "lequel est", "laquelle a",
	"laquelle est", "lequel marche", "lequel fonctionne", "lequel gere", "lequel fait", "lequel permet", "laquelle permet",
	"any of these", "any of those", "any of them", "l un d eux", "ils marchent", "ils fonctionnent")

// itPhrases do something with the tool just answered: "l'installer", "host it".
var itPhrases = phraseList("l installer", "l heberger", "les installer", "les heberger", "le faire tourner", "la faire tourner",
	"install it", "host it", "run it", "set it up", "installer ca", "heberger ca")

// thoseProviders point back to the providers just listed: "could that company also train
// our receptionists on Odoo?".
var thoseProviders = phraseList("that company", "this company", "those companies", "that provider", "these providers",
	"cette entreprise", "cette boite", "ce prestataire", "ces prestataires", "cette societe", "ces entreprises")

var doWords = wordSet("font", "proposent", "gerent", "peuvent", "savent", "hebergent", "installent", "do", "offer", "host", "they")

// whichForWhom reports a question for the best of the last answer for someone, whose
// only category is that someone: "le mieux… pour une petite boutique ?".
func whichForWhom(u Understanding, toks []string) bool {
	return len(u.Needs) == 0 && len(u.Categories) <= 1 && u.Question && hasAny(toks, choiceWords) && hasPhrase(toks, forSomeonePhrases) &&
		!hasPhrase(toks, forSoftwarePhrases) // "et pour un logiciel de compta, vous conseillez quoi ?" asks anew
}

var forSoftwarePhrases = phraseList("pour un logiciel", "pour une appli", "pour une application", "pour un outil", "pour un programme",
	"for a tool", "for an app", "for a program", "for software", "for a software")

var forSomeonePhrases = phraseList("pour une petite", "pour un petit", "pour une", "pour un", "pour ma", "pour mon", "pour notre",
	"pour des", "pour les", "for a small", "for a", "for my", "for our", "for older", "for people", "for the")

// qualifiesLast reports a follow-up whose only category says on what or for whom, not
// what: "et pour le mobile ?" (the device), "et une formation pour les bénévoles dans le
// 29 ?" (the audience of a service).
func qualifiesLast(u Understanding, toks []string, adds bool) bool {
	if !startsFollowUp(toks) || len(u.Needs) > 0 {
		return false
	}
	if !slices.ContainsFunc(u.Categories, func(c string) bool { return c != "systeme" }) {
		return true
	}
	return adds && u.Service != "" && hasPhrase(toks, audiencePhrases)
}

// otherTool asks the last provider question again about another tool: "qui peut
// installer GLPI à Toulouse ?" then "et pour Zabbix ?".
func otherTool(u Understanding, toks []string, prev turn) (Understanding, bool) {
	if prev.intent != IntentProviders || u.Intent == IntentHelp || u.Unknown != "" || len(u.Tools) == 0 ||
		len(u.Products) > 0 || !startsFollowUp(toks) && !theyDo(toks) && !hasPhrase(toks, thoseProviders) || cueAt(toks) >= 0 {
		return u, false // "et pour Zabbix ?", "est-ce qu'ils font aussi de la formation k8s ?"
	}
	if u.Intent == IntentAlternative && u.Question && (hasAny(toks, whatWords) || hasAny(toks, whichWords) || len(u.Categories)+len(u.Needs) > 0 && !theyDo(toks) && !hasAny(toks, providerWords)) &&
		!hasPhrase(toks, hypothesisPhrases) {
		// "et pour un OPAC par-dessus Koha, vous conseillez quoi ?", "et pour les visios,
		// il y a un module dans Nextcloud ?" ask for software.
		return u, false
	}
	u.Intent = IntentProviders
	if u.Place.IsZero() {
		u.Place = prev.place
	}
	if u.Service == "" {
		u.Service = prev.service
	}
	u.ContextUsed = true
	return u, true
}

// hypothesisPhrases put another tool in the last question's place: "what if we go with
// Seafile instead?" asks about Seafile, not for software.
var hypothesisPhrases = phraseList("what if", "and if", "et si", "what about", "how about")

// continueTurn asks the previous question again with what the message adds.
func continueTurn(u Understanding, prev turn) Understanding {
	out := u
	out.Products, out.Tools, out.Categories = prev.products, prev.tools, prev.categories
	out.Needs, out.NeedWords = prev.needs, prev.needWords
	out.needOrder, out.facets, out.categoryAsked = prev.ranking.needOrder, prev.ranking.facets, prev.ranking.categoryAsked
	// "y a plus simple que LimeSurvey ?": the tool to beat leaves the answer too.
	out.avoid = slices.Clone(prev.ranking.avoid)
	for _, id := range u.beaten {
		out.avoid = appendNew(out.avoid, id)
	}
	out.Tools = slices.DeleteFunc(slices.Clone(out.Tools), func(id string) bool { return slices.Contains(u.beaten, id) })
	if len(u.forWhom) == 0 {
		out.forWhom = prev.ranking.forWhom // "et à Lyon ?" still asks for the asso's tools
	}
	if len(u.devices) == 0 {
		out.devices = prev.ranking.devices // "et à Lyon ?" after "sur iPhone ?"
	}
	if out.Place.IsZero() {
		out.Place = prev.place
	}
	if out.Service == "" {
		out.Service = prev.service
	}
	if u.Intent != IntentProviders {
		out.Intent = prev.intent
		// "et à Lyon ?" after a list of tools: who, near there, can install them.
		if !u.Place.IsZero() || u.Service != "" || u.Kind != "" {
			out.Intent = IntentProviders
		}
	}
	out.ContextUsed = true
	return out
}

// pointAt turns the message into a question about one tool of the last answer: its card,
// or who can install it when the message asks for providers.
// Someone asked for it is sought where the conversation is: "could someone local set it
// up?" after a question from Lyon.
func pointAt(u Understanding, tool string, prev turn) Understanding {
	out := u
	out.Tools, out.Products, out.Categories, out.Needs, out.NeedWords = []string{tool}, nil, nil, nil, nil
	if out.Intent != IntentProviders {
		out.Intent = IntentAlternative
		out.About = true
	} else if out.Place.IsZero() {
		out.Place = prev.place
	}
	out.ContextUsed = true
	return out
}

// simplerOpenings open a follow-up that asks for something simpler than the last answer.
var simplerOpenings = phraseList("et plus simple", "y a plus simple", "il y a plus simple", "ya plus simple", "plus simple", "un truc plus simple",
	"quelque chose de plus simple", "et plus facile", "y a plus facile", "plus facile", "et moins complique", "y a moins complique",
	"something simpler", "anything simpler", "simpler", "easier", "anything easier", "something easier")

// aboutThem reports a question about the tools just listed: "lequel est le plus simple ?",
// "il y en a un qui marche hors ligne ?", "c'est compliqué à utiliser ?".
func aboutThem(toks []string) bool {
	return hasAny(toks, wordSet("lequel", "laquelle", "lesquels", "lesquelles", "which", "ceux", "celles")) ||
		hasPhrase(toks, aboutPhrases)
}

func ordinalIn(toks []string) int {
	for _, t := range toks {
		if n := ordinals[t]; n > 0 {
			return n
		}
	}
	return 0
}

// purposeOpening reports a message that opens by saying what the last request is for:
// "c'est pour appeler mes parents", "c pour ma mère", "it's for my dad".
func purposeOpening(toks []string) bool {
	for _, p := range [][]string{{"c", "est", "pour"}, {"c", "pour"}, {"cest", "pour"}, {"ce", "sera", "pour"}, {"it", "s", "for"}, {"its", "for"}, {"this", "is", "for"}} {
		if len(toks) > len(p) && slices.Equal(toks[:len(p)], p) {
			return true
		}
	}
	return false
}

// startsFollowUp reports a message that continues the last one: "et …", "and …",
// "what about …", "pareil pour …".
func startsFollowUp(toks []string) bool {
	for len(toks) > 1 && greetingWords[toks[0]] {
		toks = toks[1:] // "ok et pour le mobile ?", "merci, et à Lyon ?"
	}
	if len(toks) == 0 {
		return false
	}
	// "pour une asso de 30 personnes", "for our team": whom the last question is for.
	if len(toks) > 1 && len(toks) <= 6 && (toks[0] == "pour" || toks[0] == "for") && (indefinite[toks[1]] || possessives[toks[1]]) {
		return true
	}
	if purposeOpening(toks) {
		return true // "c'est pour appeler mes parents à Mamoudzou": what the last answer is for
	}
	if len(toks) > 2 && (toks[0] == "plutot" || toks[0] == "rather" || toks[0] == "sinon" || toks[0] == "mais") && (toks[1] == "pour" || toks[1] == "for") {
		return true // "plutôt pour une petite asso": whom the last question is for, said again
	}
	return slices.Contains([]string{"et", "and", "pareil", "idem", "aussi"}, toks[0]) ||
		strings.HasPrefix(strings.Join(toks, " "), "what about")
}

// requirementWords make a remark a requirement: "il faut que ça marche…", "it must run…".
var requirementWords = wordSet("faut", "doit", "doivent", "devrait", "must", "should", "needs", "besoin")

// pointedConstraint reports a message that opens on the tools just given: "et ça marche
// sans créer de compte ? nos anciens vont jamais s'inscrire sur un site" — the site is
// where people sign up, not a new need.
func pointedConstraint(toks []string) bool {
	return phraseAt(toks, 0, pointedOpeners) > 0 || len(toks) > 1 && toks[0] == "et" && phraseAt(toks, 1, pointedOpeners) > 0
}

var pointedOpeners = phraseList("ca marche", "ca fonctionne", "ca tourne", "ca s installe", "ca se synchronise", "c est compatible",
	"it works", "does it work", "does it run", "is it compatible", "will it work", "est ce que ca marche", "est ce que ca fonctionne")

// startsConstraint reports a message that adds a requirement to what was asked: "il faut
// qu'il marche sur Android", "ça tourne sous Linux ?", "compatible iPhone ?" — not "une
// alternative à Android ?".
func startsConstraint(toks []string) bool {
	return hasAny(toks, constraintWords) && cueAt(toks) < 0
}

var constraintWords = wordSet("marche", "marchent", "fonctionne", "fonctionnent", "tourne", "tournent",
	"compatible", "compatibles", "dispo", "disponible", "disponibles", "existe", "works", "run", "runs",
	"available", "aussi", "also", "work", "too", "installe", "installent", "install", "installs", "sync", "syncs",
	"serveur", "server", "compte", "account", "inscription",
	"synchronise", "synchronisent", "synchro", "synchronize", "synchronizes")
