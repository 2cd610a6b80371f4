// SPDX-License-Identifier: AGPL-3.0-or-later

package bot

// The intent decision, from the signals the reading gathered.

import (
	"slices"
	"strings"

	"github.com/boussole-libre/boussole/knowledge"
	"github.com/boussole-libre/boussole/knowledge/geo"
	"github.com/boussole-libre/boussole/knowledge/textnorm"
)

// signals are the facts the intent decision rests on.
type signals struct {
	help         bool // help words or phrases
	helpPhrase   bool // a help phrase ("comment ça marche ce chat ?"): it wins over a need word
	askingHow    bool // how or whether the bot can be asked: "je peux te demander qui installe… ?"
	botWhere     bool // where the bot itself lives: "tu marches aussi sur Matrix ?"
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
	kindNamed    bool // a kind of provider is named: "une asso ou une entreprise pourrait nous aider ?"
	cues
}

// softwareCalled reports a name introduced as the asker's software: "ce bot peut me dire
// comment faire … dans notre logiciel Kalypso BiblioNet ?" asks about that software, which
// a help phrase does not make the bot's.
func softwareCalled(toks []string, name string) bool {
	first, _, _ := strings.Cut(textnorm.Fold(name), " ")
	i := slices.Index(toks, first)
	return i > 1 && softwareNouns[toks[i-1]] && possessives[toks[i-2]]
}

// needBeside reports a need named outside an unknown name: in "j'ai une Livebox Orange,
// un bloqueur de pubs ?" the need is the question and the brand only context — unlike
// "Klovia Drive", where "drive" is part of the unknown name.
func (r *reading) needBeside(name string) bool {
	if cueAt(r.fixed) >= 0 || hasAny(r.fixed, replaceWords) {
		return false // "on est sous Sybrella pour la paie, un équivalent libre ?"
	}
	if r.askedCategory && len(r.u.Categories) > 0 && !strings.Contains(" "+textnorm.Fold(name)+" ", " "+r.u.Categories[0]+" ") {
		return true // "j'utilise Genealix… Existe-t-il un logiciel libre de généalogie ?"
	}
	folded := " " + textnorm.Fold(name) + " "
	for _, w := range r.u.NeedWords {
		if !strings.Contains(folded, " "+w+" ") {
			return true
		}
	}
	return false
}

// kindAskedBeside reports, beside an unknown name, a kind asked for on its own — which
// is then answered — rather than a request that only the named product could answer.
func (r *reading) kindAskedBeside() bool {
	return r.askedCategory || r.askedNeed || !refersBack(r.fixed)
}

// refersBack reports a request that points back at the product named, so that only the
// product can answer it: "une appli qui fait pareil ?", "y a mieux ?", "vous connaissez ?",
// "a libre version of it?" — not "un SIG libre aussi complet ?", a kind asked on its own.
func refersBack(toks []string) bool {
	return hasAny(toks, backWords) || hasAny(toks, knowVerbs) || hasPhrase(toks, backPhrases)
}

var (
	backWords = wordSet("pareil", "pareille", "pareils", "similaire", "similaires", "similar", "mieux", "better", "avis", "vaut",
		"valent", "connaissez", "compatible", "equivalent", "equivalents", "equivalente", "opinion")
	backPhrases = phraseList("version libre", "version open source", "open source version", "libre version", "free version",
		"meme chose", "same thing", "like it", "c est libre", "est libre", "is it open source", "is it libre", "bonne alternative",
		"good alternative", "heard of", "entendu parler", "en pensez", "think of", "qui fait la meme", "that does the same", "a la place",
		"instead of it", "des retours", "un bon", "une bonne", "dans votre base", "in your database", "any good")
)

// worthPhrases ask whether a named product is any good.
var worthPhrases = phraseList("est un bon", "est une bonne", "est bien", "c est bien", "vaut le coup", "is any good", "is it good",
	"is a good", "worth it")

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
	// "lol le petit a battu papy à Mario Kart": a story told, no product asked about.
	// "vous avez vu le prix du nouveau MacBook Pro ?": news shared, the name is no request.
	remark := (hasPhrase(r.fixed, remarkPhrases) || laughOpener(r.toks) && !c.strongAlt) && !u.Question ||
		phraseAt(r.fixed, 0, seenPhrases) > 0 && !c.alt && !c.strongAlt ||
		(hasPhrase(r.fixed, newsAskPhrases) || hasPhrase(r.fixed, invitePhrases)) && !c.strongAlt
	name := r.unknownProduct(c)
	if name != "" && r.needBeside(name) && !remark && !r.nameJudged {
		// "on utilise SportEasy pour les convocs…, une appli qui fait pareil ?", "est-ce
		// que AgriTrakr Pro est un bon logiciel pour le suivi des parcelles ?": the needs
		// described are answered, and the name owned up to.
		u.Unknown, u.likened, u.needAsked = name, true, r.kindAskedBeside()
	}
	if name != "" && (!r.needBeside(name) || r.nameJudged) && (!hasPhrase(r.fixed, helpPhrases) || softwareCalled(r.fixed, name)) && !remark {
		// "Klovia Drive", "Trovex ERP": an unknown product, not a need.
		u.Unknown = name
		u.Categories, u.Needs, u.NeedWords, u.needOrder = nil, nil, nil, nil
		if !c.provider {
			u.Intent = IntentAlternative
			return
		}
		// "qui peut installer Krantzbox à Dijon ?" still asks for a provider there.
	}
	named := len(u.Products)+len(u.Tools)+len(u.Categories)+len(u.Needs) > 0
	sig := r.signals(c)
	u.Intent = r.refineIntent(decideIntent(sig), c, named)
	r.chatted = sig.chatter && u.Intent == IntentNone // news, not a need the KB lacks
	if r.aboutLibre() {
		// "c'est quoi un logiciel libre ?", "pourquoi passer au libre ?"
		u.Intent, u.AboutLibre = IntentHelp, true
		u.Products, u.Place = nil, geo.Place{}
	}
	if u.Intent == IntentAlternative && named && c.strongAlt && len(u.Products)+len(u.Tools) == 0 && u.Unknown == "" {
		r.unknownAfterCue()
	}
	switch {
	case u.Intent == IntentNone || u.Intent == IntentHelp:
		r.recommendNothing()
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
	if u.Intent == IntentAlternative {
		r.alternativeAsides()
	}
	r.unknownNeed()
}

// unknownAfterCue owns up to an unknown name right after "alternative à" when the only
// kind named, in another clause, is where it should run: "alternative libre à Visual Topo ?
// on est passés sous linux au club" asks about Visual Topo, not for a system.
func (r *reading) unknownAfterCue() {
	k := cueAt(r.fixed)
	platformOnly := len(r.u.Needs) == 0 && !slices.ContainsFunc(r.u.Categories, func(c string) bool { return c != "systeme" && !slices.Contains(r.deviceCats, c) })
	if k < 0 || k >= len(r.fixed) || !r.coinedBeforeKind(k) && (!platformOnly || slices.ContainsFunc(r.matches, func(m phraseMatch) bool { return m.start >= k && m.start <= k+3 }) ||
		!r.clauseBetween(k+1, len(r.fixed)-1)) {
		return // the name asked is known, or nothing else is said apart from it
	}
	if name := unknownName(r.text, r.fixed); name != "" {
		r.u.Unknown = name
		r.u.Categories, r.u.Needs, r.u.NeedWords, r.u.needOrder = nil, nil, nil, nil
	}
}

// coinedBeforeKind reports, right after the cue, a strange capitalised word whose next one,
// a capitalised kind, ends its name: "l'équivalent libre de Dégaïna Cloud pour les registres
// d'EPI" asks about Dégaïna Cloud, not for cloud storage.
func (r *reading) coinedBeforeKind(k int) bool {
	for k < len(r.fixed) && (r.fixed[k] == "de" || r.fixed[k] == "d" || r.fixed[k] == "a" || r.fixed[k] == "to" || r.fixed[k] == "for") {
		k++
	}
	// Two capitals in a row after the cue name a product even when the first is also a
	// word: "Dégaïna" is a form of "dégainer".
	if k+1 >= len(r.fixed) || !r.capitalAt(k) || !r.capitalAt(k+1) || r.covered[k] || stopWords[r.fixed[k]] || r.ix.Known(r.fixed[k]) ||
		len(r.geo.PlaceNames(r.fixed[k])) > 0 {
		return false
	}
	return slices.ContainsFunc(r.matches, func(m phraseMatch) bool { return m.start == k+1 && m.hit.Kind == knowledge.HitCategory })
}

// recommendNothing clears what small talk and help named: "des paris sportifs" recommend
// nothing and place nobody — save where the asker says they are ("il pleut depuis trois
// jours à Crozon"). The place is kept aside for a follow-up ("et à Lyon ?").
func (r *reading) recommendNothing() {
	u := &r.u
	u.heard = u.Place
	u.Products, u.Tools, u.Categories, u.Needs, u.NeedWords = nil, nil, nil, nil, nil
	if u.Intent == IntentHelp || !r.placeSaid() {
		u.Place = geo.Place{}
	}
	u.needOrder = nil
	r.smallTalk(u)
}

// alternativeAsides reads, in a request for alternatives, an unknown name asked about
// beside known products and a wish for no server of one's own.
func (r *reading) alternativeAsides() {
	u := &r.u
	if u.Unknown == "" {
		switch name, requested := r.unknownBeside(); {
		case requested: // "a replacement for Doorvinta? we use it for our door access"
			u.Unknown = name
			u.Products, u.Tools, u.Categories, u.Needs, u.NeedWords, u.needOrder = nil, nil, nil, nil, nil, nil
		case name != "":
			// "Vous connaissez PitonCloud ? …pour remplacer OneDrive": owned up to, and
			// OneDrive answered only when the request does not point back at the name.
			u.Unknown, u.likened, u.needAsked = name, true, r.kindAskedBeside()
		}
	}
	if hasPhrase(r.fixed, noServerPhrases) {
		u.hostedService = true // "pas envie d'installer un serveur": whoever runs it leads the answer
	}
}

// noServerPhrases say the asker wants no server of their own to run.
var noServerPhrases = phraseList("pas envie d installer un serveur", "pas envie de gerer un serveur", "gerer de serveur", "gerer un serveur",
	"pas de serveur a gerer", "pas a installer nous meme", "pas a installer nous memes", "pas d informaticien", "sans informaticien",
	"don t want to run a server", "don t want to manage a server", "without running a server", "no server to manage", "no it person")

// refineIntent corrects the intent the signals give where the message's own words say
// otherwise.
func (r *reading) refineIntent(intent Intent, c cues, named bool) Intent {
	switch {
	case intent == IntentProviders && !named && r.u.Place.IsZero() && hasAny(r.fixed, otherTrades):
		// "souci avec la photocopieuse, quelqu'un sait la réparer ?": a repair no libre
		// provider is for.
		return IntentNone
	case intent == IntentProviders && r.asksHostedService():
		// "un hébergeur éthique pour une adresse mail pro", "un service de visio hébergé":
		// the service is what is asked; its answer leads with who runs it.
		r.u.hostedService = true
		return IntentAlternative
	case intent == IntentProviders && r.leavesHostedService(c):
		// "mon site est chez Wix, je veux passer sur un truc libre avec un hébergeur": the
		// answer to leaving a hosted service leads with its hosts, then the software.
		return IntentAlternative
	case intent == IntentAlternative && r.umbrellaOnly() && !r.u.Question && hasPhrase(r.fixed, pastPhrases):
		return IntentNone // "on a voté pour passer au libre 🎉": news, no request
	}
	return intent
}

// otherTrades are things repaired by other trades than software's.
var otherTrades = wordSet("photocopieuse", "photocopieur", "copieur", "cafetiere", "frigo", "refrigerateur", "chaudiere", "voiture",
	"velo", "clim", "climatisation", "chauffage", "plomberie", "fuite", "serrure", "photocopier", "fridge", "boiler", "bike", "plumbing",
	"fontaine", "robinet", "tondeuse", "portail", "volet", "volets", "toiture", "lawnmower")

// bestAskedPhrases ask which is best even without a question mark: "la visio c'est quoi
// le mieux", "what's the best for video calls".
var bestAskedPhrases = phraseList("c est quoi le mieux", "c est quoi le meilleur", "c quoi le mieux", "c quoi le meilleur",
	"cest quoi le mieux", "quoi de mieux", "quel est le mieux", "quel est le meilleur", "quelle est la meilleure",
	"quels sont les meilleurs", "quelles sont les meilleures", "qu est ce qui est le mieux", "what s the best", "what is the best",
	"whats the best", "which is the best", "what s best", "what is best", "which is best",
	"c est quoi le plus simple", "c quoi le plus simple", "quel est le plus simple", "le plus simple pour un debutant",
	"what s the easiest", "what is the easiest", "which is the easiest")

// botWherePhrases ask on which platforms the bot itself answers: "tu marches aussi sur
// Matrix ou t'es que sur Discord ?" names platforms, yet asks the bot about itself.
var botWherePhrases = phraseList("tu marches aussi sur", "tu marches sur", "tu fonctionnes aussi sur", "tu fonctionnes sur",
	"t es que sur", "tu es que sur", "t es aussi sur", "tu es aussi sur", "t es dispo sur", "tu es dispo sur",
	"es tu aussi sur", "es tu dispo sur", "vous etes aussi sur", "are you also on", "are you available on", "do you work on",
	"does this bot work on", "can i use you on", "je peux t utiliser sur", "on peut t utiliser sur", "ce bot marche sur")

// insteadPhrases ask for something in place of what was described: "on utilise Tramoline
// Pro pour les plannings, y a du libre à la place ?".
var insteadPhrases = phraseList("a la place", "instead", "en remplacement", "pour remplacer ca", "to replace it",
	"alternative libre a ce", "alternative a ce", "alternative libre a ca", "alternative a ca", "alternative to that", "alternative to it", "equivalent libre a ce")

// botLikePhrases compare the bot itself to a product: "are you some kind of chatgpt?".
var botLikePhrases = phraseList("are you some kind of", "are you a kind of", "are you like", "are you just", "t es une sorte de",
	"tu es une sorte de", "t es un genre de", "tu es un genre de", "t es comme", "tu es comme", "es tu comme",
	// How to ask the bot, whatever the request given as an example.
	"comment je dois te poser", "comment je dois formuler", "comment formuler ma question", "comment je dois te demander",
	"comment on fait pour te demander", "comment je fais pour te demander", "comment faut il te demander", "comment il faut te demander",
	// What the bot does, asked of it by a newcomer who names the platform it met it on.
	"what this bot does", "what does this bot do", "what kind of questions", "quel genre de questions", "quel type de questions",
	"quelles questions je peux", "quelles questions on peut", "explain what this bot", "ce que fait ce bot", "a quoi sert ce bot",
	"la langue du bot", "changer la langue", "change la langue", "change the bot s language", "change the language")

// botAskPhrases ask whether the bot is a program or a person behind it.
var botAskPhrases = phraseList("t es un robot", "tu es un robot", "es tu un robot", "t es un bot", "tu es un bot", "es tu un bot",
	"c est un robot", "c est un bot", "t es une ia", "tu es une ia", "es tu une ia", "c est une ia", "qqn derriere", "qqun derriere",
	"quelqu un derriere", "une vraie personne", "un vrai humain", "are you a bot", "are you a robot", "are you human", "are you an ai",
	"is this a bot", "is this a real person", "a real person", "a real human")

// libreEquivalentPhrases ask for free software in place of what was just described.
var libreEquivalentPhrases = phraseList("equivalent libre", "alternative libre", "libre equivalent", "libre alternative",
	"open source equivalent", "open source alternative")

// signals gathers what the intent decision needs from the reading.
func (r *reading) signals(c cues) signals {
	u := &r.u
	named := len(u.Products)+len(u.Tools)+len(u.Categories)+len(u.Needs) > 0
	products := len(u.Products)+len(u.Tools) > 0
	return signals{
		help: isHelp(r.toks) || isHelp(r.fixed), helpPhrase: helpAsked(r.toks), askingHow: hasPhrase(r.fixed, askingHowPhrases), botWhere: hasPhrase(r.fixed, botWherePhrases) || hasPhrase(r.fixed, botLikePhrases),
		named: named, namedProduct: products && !(hasPhrase(r.toks, helpPhrases) && r.onlyChatPlatforms()), placed: !u.Place.IsZero(),
		// "le support répond pas… je râle juste"; "la formation, on la fait par Zoom, c'est quoi
		// l'équivalent libre ?": what the product is used for, with software asked.
		service: u.Service != "" && !hasPhrase(r.fixed, ventingPhrases) && !(u.Place.IsZero() && hasPhrase(r.fixed, libreEquivalentPhrases)),
		asks:    !r.opinionOnly(c) && !r.stateOnly(c) && r.asks(c, products),
		// Only filler words besides names: "Dropbox ?", "google drive" — not a statement
		// such as "je suis sur slack".
		onlyNames:   named && onlyFiller(r.fixed, r.matches, products) && !(sayingIs(r.fixed) && !u.Question),
		toolAtPlace: r.toolAtPlace(),
		postfix:     !named && postfixAlternative(r.fixed) != "",
		chatter:     r.chatter(c, products),
		// "tu préfères vim ou emacs ?": the bot's taste between libre tools, not a request.
		// "Merci Boussole, t'es plus utile que le support de Microsoft": praise, no request.
		joke: jokeAsked(r.fixed) || hasPhrase(r.fixed, jokePhrases) || takenBack(r.fixed) || botThanked(r.toks) && !u.Question ||
			!named && hasPhrase(r.fixed, tastePhrases) || // "tu préfères Nadal ou Federer toi le bot ?"
			len(u.Categories)+len(u.Needs) == 0 &&
				(len(u.Tools) > 1 && (hasPhrase(r.fixed, tastePhrases) || sideTaken(r.fixed)) || r.namesMatched() > 1 && hasPhrase(r.fixed, preferPhrases) || len(u.Products) == 0 && len(u.Tools) > 0 && hasPhrase(r.fixed, likePhrases)),
		kindNamed: r.u.Kind != "",
		cues:      c,
	}
}

// asks reports a message that asks for something: a cue, a service, a question, a need
// leading a clause, a pain told with a product.
func (r *reading) asks(c cues, products bool) bool {
	u := &r.u
	if !c.alt && !c.strongAlt && !c.provider && (factAsked(r.fixed) || practicePolled(r.fixed) || !u.Question && (hasPhrase(r.fixed, lately) || hasPhrase(r.fixed, soonPhrases)) || r.yoursNamed()) {
		return false // "…pas en ligne depuis hier soir, je relance l'hébergeur": a day told
	}
	if c.alt || c.strongAlt || c.provider || u.Service != "" || r.leadingNeed() || r.clauseOpensRequest() || r.painAsks() ||
		hasPhrase(r.fixed, putWhatPhrases) || products && (usedButLeaving(r.fixed) || priceyFor(r.fixed) || brokenForTask(r.fixed)) ||
		hasPhrase(r.fixed, requirementPhrases) && len(u.Categories)+len(u.Needs) > 0 {
		return true
	}
	questioned := u.Question || hasPhrase(r.fixed, bestAskedPhrases) || questionOpening(r.fixed)
	// "vous avez vu… ?", "qqun a Surviving Mars ?": a question about something else.
	ownsIt := ownsThat(r.fixed) && !hasAny(r.fixed, triedWords) && !hasPhrase(r.fixed, adviceAskPhrases)
	return questioned && !hasPhrase(r.fixed, seenPhrases) && !ownsIt && !errandAsked(r.fixed) && !hasPhrase(r.fixed, whyPhrases) && !hasPhrase(r.fixed, rhetoricalPhrases) &&
		!(phraseAt(r.fixed, 0, memberPollOpenings) > 0 && !hasAny(r.fixed, softwareNouns))
}

// soonPhrases date what is told to the next hours: "faut que je fasse les photos demain
// matin" is the day's plan, not a request.
var soonPhrases = phraseList("demain matin", "demain soir", "demain aprem", "demain apres midi", "ce soir", "tomorrow morning", "tonight")

// practicePolled reports the members asked which of two ways they work: "pour le plan du
// réseau, vous faites pente 2 % max ou vous montez plus ?" — their habit, no software.
func practicePolled(toks []string) bool {
	return hasPhrase(toks, practicePhrases) && hasPhrase(toks, orYouPhrases)
}

var (
	practicePhrases = phraseList("vous faites", "tu fais", "vous mettez", "tu mets", "do you do", "do you go")
	orYouPhrases    = phraseList("ou vous", "ou tu", "or do you", "or you")
)

// yoursNamed reports kinds named only as the person spoken to's own thing: "c'est pas dans
// le bon sens ta photo, tu l'as retournée ?" is about that photo, no photo software.
func (r *reading) yoursNamed() bool {
	kinds := 0
	for _, m := range r.matches {
		if m.hit.Kind != knowledge.HitCategory {
			continue
		}
		if m.start == 0 || !tuYours[r.fixed[m.start-1]] {
			return false
		}
		kinds++
	}
	return kinds > 0
}

// tuYours are the familiar part of yourWords: "pour vos photos, vous utilisez quoi ?" polls
// the members about software, "ta photo" points at one picture.
var tuYours = wordSet("ta", "ton", "tes")

// rhetoricalPhrases close a complaint with a question that wants no answer: "Instagram nous a
// encore bloqué la pub… ils sont sérieux ?".
var rhetoricalPhrases = phraseList("ils sont serieux", "sont ils serieux", "are they serious", "are they kidding")

// ownsThat reports a member asked whether they have a thing: "qqun a Surviving Mars ?",
// "qqn a les chiffres du sondage ?", "qqn a une idée ?" — not "qqn a un gestionnaire de
// mots de passe…", a kind asked for.
func ownsThat(toks []string) bool {
	for i := range toks {
		if n := phraseAt(toks, i, ownPhrases); n > 0 && !(i+n+1 < len(toks) && indefinite[toks[i+n]] && toks[i+n+1] != "idee" && toks[i+n+1] != "idea") {
			return true
		}
	}
	return false
}

// factAsked reports a question to the members about a fact or a person: "quelqu'un sait si
// la salle des fêtes est libre le 23 ?", "qui s'en occupe cette année ?" — not "qqn sait
// s'il existe un logiciel pour…".
func factAsked(toks []string) bool {
	if !hasPhrase(toks, factAskPhrases) || hasAny(toks, softwareNouns) {
		return false
	}
	for i, t := range toks {
		if libreWords[t] && !available(toks, i) || strings.HasPrefix(t, "exist") {
			return false
		}
	}
	return true
}

var factAskPhrases = phraseList("sait si", "savez si", "sais si", "sait s il", "sais s il", "savez s il", "sait s ils", "savez s ils", "knows if", "know if", "knows whether", "know whether",
	"qui s en occupe", "qui s occupe", "who s in charge", "who is in charge", // "…toujours pas en ligne, qui s'en occupe ?"
	"comment on dit", "comment dit on", "how do you say", "how do i say", // "comment on dit « tulle de parmesan » en anglais ?"
	"c est qui le", "c est qui la", "c qui le", "c qui la", "who took", // "les photos de Nala…, c'est qui le photographe ?"
	"je relance par", "je les relance", "je le relance", "je la relance") // "…toujours pas de nouvelles, je relance par mail ou pas ?"

// aboutLibre reports a question about free software itself, naming nothing more precise
// than going libre.
func (r *reading) aboutLibre() bool {
	u := &r.u
	return len(u.Tools)+len(u.Categories)+len(u.Needs) == 0 && u.Intent != IntentProviders &&
		hasPhrase(r.fixed, aboutLibrePhrases) && onlyUmbrellas(r.kb, u.Products)
}

// leavesHostedService reports a message that leaves one hosted service for libre software
// and a host, with no place and no one asked for by name.
func (r *reading) leavesHostedService(c cues) bool {
	u := &r.u
	// "besoin d'un hébergeur associatif pour nos mails… on est sur gmail.com": the kind
	// of host named is whom to ask, as in asksHostedService.
	if len(u.Products) != 1 || len(u.Tools) > 0 || !u.Place.IsZero() || !c.alt || hasPhrase(r.free, hostKindPhrases) || (u.Service != "" && u.Service != "hébergement") ||
		hasPhrase(r.free, askerPhrases) || hasPhrase(r.free, peoplePhrases) {
		return false
	}
	p, ok := r.kb.Product(u.Products[0])
	return ok && p.Service && !p.Umbrella
}

// hostKindPhrases ask for a kind of host by name — not "notre serveur est chez un
// hébergeur associatif", where one is had already.
var hostKindPhrases = phraseList("d un hebergeur associatif", "un hebergeur associatif pour", "des hebergeurs associatifs pour", "un chaton pour",
	"a chaton for", "an associative host for")

// asksHostedService reports a provider request that asks for a service run for the asker,
// where a host is the only provider meant and nobody is sought to work on site: "un
// hébergeur éthique pour nos mails", "any ethical email provider?". A place, a tool or a
// kind of organisation named ("un hébergeur pour Paheko en Picardie", "un chaton pour nos
// mails") still asks for providers.
func (r *reading) asksHostedService() bool {
	u := &r.u
	if !hasAny(r.fixed, hostedWords) || len(u.Products)+len(u.Tools)+len(u.Categories)+len(u.Needs) == 0 ||
		!u.Place.IsZero() || u.Service != "" && u.Service != "hébergement" {
		return false
	}
	if len(u.Tools) > 0 || u.Kind != "" || hasPhrase(r.fixed, hostSoughtPhrases) {
		return false // "un Nextcloud hébergé en France", "un hébergeur associatif pour nos mails": whom to ask
	}
	return !hasPhrase(r.fixed, askerPhrases) && !hasPhrase(r.fixed, peoplePhrases) && !hasAny(r.fixed, staffedWords)
}

// hostedWords ask for a service hosted for the asker.
var hostedWords = wordSet("hebergeur", "hebergeurs", "hebergement", "hebergements", "heberge", "hebergee", "heberges", "hebergees",
	"heberger", "hoster", "hosters", "hosting", "hosted", "host", "provider")

// hostSoughtPhrases seek a host beside the software: "un truc libre avec un hébergeur sympa".
var hostSoughtPhrases = phraseList("avec un hebergeur", "with a host", "with a hoster", "who hosts", "qui heberge", "qui hebergent")

// staffedWords name a provider who works for the asker rather than runs a service:
// "un prestataire pour héberger et maintenir", "une boîte qui héberge".
var staffedWords = wordSet("prestataire", "prestataires", "presta", "prestas", "boite", "boites", "entreprise", "entreprises",
	"societe", "societes", "esn", "ssii", "integrateur", "integrateurs", "agence", "agences", "freelance", "freelances", "independant",
	"consultant", "consultants", "company", "companies", "firm", "firms", "integrator", "integrators", "structure", "structures",
	"organisation", "organisme", "installer", "install", "maintenir", "maintain", "former", "formation", "train", "training")

// umbrellaOnly reports a message that names only umbrella products ("passer au libre",
// "les GAFAM") and nothing more precise.
func (r *reading) umbrellaOnly() bool {
	u := &r.u
	return len(u.Products) > 0 && len(u.Tools)+len(u.Categories)+len(u.Needs) == 0 && onlyUmbrellas(r.kb, u.Products)
}

// decideIntent is the intent decision, a pure function of the signals.
func decideIntent(s signals) Intent {
	switch {
	case s.botWhere:
		return IntentHelp
	case s.joke:
		return IntentNone
	case (s.help && !s.named && !s.placed && !(s.provider && (s.serviceVerb || s.kindNamed))) || (s.helpPhrase && !s.namedProduct && !(s.provider && (s.named || s.placed || s.serviceVerb))):
		// "qui peut m'aider ?" asks the bot; "quelqu'un pourrait nous aider à tout
		// configurer ?" and "qui peut m'installer un logiciel de caisse et me montrer
		// comment ça marche ?", "une asso ou une entreprise pourrait nous aider ?" ask for
		// someone.
		return IntentHelp
	case s.askingHow && !s.named && !s.placed:
		// "je peux te demander qui installe des logiciels près de chez moi ?", "comment je
		// demande un prestataire dans ma région ?": how to ask the bot, no one sought yet.
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

// askingHowPhrases ask whether or how the bot can be asked something.
var askingHowPhrases = phraseList("je peux te demander", "je peux vous demander", "on peut te demander", "on peut vous demander",
	"comment je demande", "comment demander", "comment je fais pour demander", "comment on fait pour demander", "comment on demande",
	"comment je te demande", "comment te demander", "comment on te demande", "comment je vous demande",
	"tu peux aussi me dire", "things can i ask", "can i ask you", "can i ask it", "does the bot speak", "how do i ask you", "how can i ask you",
	"possible de demander des", "possible de te demander", "possible de vous demander",
	"derriere ce bot", "derriere le bot", "les infos viennent d ou", "tes infos viennent", "vos infos viennent")

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
