// SPDX-License-Identifier: AGPL-3.0-or-later

package bot

// The intent decision, from the signals the reading gathered, and unknown names and needs.

import (
	"slices"
	"strings"

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
	if name != "" && (!r.needBeside(name) || r.nameJudged) && !hasPhrase(r.fixed, helpPhrases) && !remark {
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
	if k < 0 || k >= len(r.fixed) || !platformOnly || slices.ContainsFunc(r.matches, func(m phraseMatch) bool { return m.start >= k && m.start <= k+3 }) ||
		!r.clauseBetween(k+1, len(r.fixed)-1) {
		return // the name asked is known, or nothing else is said apart from it
	}
	if name := unknownName(r.text, r.fixed); name != "" {
		r.u.Unknown = name
		r.u.Categories, r.u.Needs, r.u.NeedWords, r.u.needOrder = nil, nil, nil, nil
	}
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

// placeSaid reports a town written with its capital right after "à" or "en" in a message
// that asks nothing: "je suis prothésiste à Limoges", where the asker is, even in small
// talk — not "et à Lyon ?" with nothing before it to complete.
func (r *reading) placeSaid() bool {
	if r.place == nil || r.place.start == 0 {
		return false
	}
	i := r.place.start // "merci à Nancy": a person thanked
	if r.u.Question && r.toks[i-1] != "de" {
		return false // "et à Lyon ?" after small talk asks nothing of Lyon; "le Secours populaire de Metz ouvre ?" is there
	}
	return smallTalkPlaceWords[r.toks[i-1]] && !thanked(r.toks, i) && r.capitalAt(i)
}

// smallTalkPlaceWords say where something happens before a town's name.
var smallTalkPlaceWords = wordSet("a", "en", "au", "aux", "de", "du", "in", "sur", "la", "near", "pres")

// smallTalk marks, in a message that asks nothing of the KB, thanks and the question
// "are you a robot?": each has its own short answer. The intent stays: "t'es un robot
// ?" gets the help too, "tu manges des croissants ?" a joke's answer.
func (r *reading) smallTalk(u *Understanding) {
	switch {
	case hasPhrase(r.fixed, botAskPhrases) && !hasAny(r.fixed, whatForWords):
		u.AboutBot = true
	case u.Intent == IntentNone && hasAny(r.fixed, thanksWords) && !u.Question && !hasAny(r.fixed, thanksButWords) && !hasPhrase(r.fixed, othersThankedPhrases):
		u.Thanks = true
	}
}

// othersThankedPhrases thank other members, not the bot: "merci à ceux qui m'ont aidé".
var othersThankedPhrases = phraseList("a ceux qui", "a celles qui", "a tous ceux", "a toutes celles", "a celui qui", "a celle qui",
	"to everyone who", "to those who", "to whoever")

// whatForWords ask what the bot does, which its help answers: "t'es une IA qui fait quoi ?".
var whatForWords = wordSet("quoi", "what", "fais", "fait", "sers", "sert", "do", "does", "can")

// thanksButWords turn thanks into a complaint: "merci mais ça ne marche pas".
var thanksButWords = wordSet("mais", "but", "pas", "not", "toujours", "still", "however", "cependant", "sauf")

// howPhrases ask how, wherever they stand, with or without a question mark: "…on a pas la
// licence office, on fait comment".
var howPhrases = phraseList("on fait comment", "je fais comment", "jfais comment", "comment on fait", "comment je fais", "comment faire",
	"how do i", "how do we", "how can i", "how can we", "how do you")

// questionOpening reports a message that opens, after a greeting, on "comment", "how" or
// "quel…": a question even without its question mark ("comment bloquer toutes ces pubs, ma
// tablette en est pleine", "bonjour, quel hébergement en ligne… pas chez google").
func questionOpening(t []string) bool {
	for len(t) > 1 && greetingWords[t[0]] {
		t = t[1:] // "bonjour, quel hébergement… pas chez google ou microsoft"
	}
	if len(t) <= 2 {
		return false
	}
	which := whichWords[t[0]] && t[0] != "which" && !exclaimedNouns[t[1]] // not "quelle galère…"
	return t[0] == "comment" || t[0] == "how" || which
}

var exclaimedNouns = wordSet("galere", "horreur", "bonheur", "enfer", "plaie", "joie", "journee", "chaleur", "honte", "misere",
	"cauchemar", "surprise", "dommage", "plaisir", "chance", "angoisse", "soiree", "semaine", "epoque", "bazar", "boulot", "histoire")

// boughtPhrases tell of a purchase: "je viens d'acheter un iPhone, il est beau hein ?" shows
// it off, asks for nothing.
var boughtPhrases = phraseList("je viens d acheter", "on vient d acheter", "j ai achete", "on a achete", "je me suis achete",
	"je me suis offert", "j ai recu mon", "just bought", "i bought", "we bought", "i just got")

// laughOpener reports a message that opens on a laugh: "lol I spent all night making a
// beat in FL Studio" tells a story; with no question it asks nothing.
func laughOpener(toks []string) bool {
	return len(toks) > 0 && laughWords[toks[0]]
}

// botThanked reports a message that opens by thanking the bot: "Merci Boussole, t'es plus
// utile que le support de Microsoft" praises; with no question it asks nothing.
func botThanked(toks []string) bool {
	return len(toks) > 1 && thanksWords[toks[0]] && (toks[1] == "boussole" || toks[1] == "bot" || len(toks) > 2 && toks[1] == "le" && toks[2] == "bot")
}

// laughCloser reports a remark closed by a laugh: "il dit que Teams est la pire chose qui
// lui soit arrivée haha" — unless a need is named with it ("tout est sur un post-it lol").
func (r *reading) laughCloser() bool {
	t := r.toks
	return len(t) > 2 && laughWords[t[len(t)-1]] && len(r.u.Needs)+len(r.u.Categories) == 0 && !hasAny(r.fixed, softwareWords) &&
		!hasAny(r.fixed, seekWords) && !hasAny(r.fixed, wantNouns)
}

// wantNouns say something is wanted: "besoin d'un truc… lol" still asks.
var wantNouns = wordSet("besoin", "envie", "idee", "conseil", "recommandation", "recommendation", "advice")

// invitePhrases invite people to come: "on se retrouve le 21 mars pour Norouz, vous
// venez ?" asks who comes, not for software.
var invitePhrases = phraseList("vous venez", "tu viens", "vous serez la", "tu seras la", "are you coming", "you coming", "who s coming", "see you there",
	"ca vous dit un", "ca vous dit une", "ca te dit un", "ca te dit une", "je ramene les",
	"qui est chaud", "qui est partant", "qui est partante", "qui est dispo ce soir", "anyone up for", "who s up for", "who is up for",
	"tu viens en", "vous venez en", "tu viens au", "vous venez au")

// botTaskPhrases ask the bot to do a job on the asker's own things: "tu peux vérifier que
// le bulletin est à jour sur le site ?", "vous validez avant qu'on monte les poteaux ?".
var botTaskPhrases = phraseList("tu peux verifier", "peux tu verifier", "vous pouvez verifier", "pouvez vous verifier", "vous validez", "tu valides",
	"tu peux relire", "peux tu relire", "can you check", "could you check", "can you proofread")

var laughWords = wordSet("lol", "mdr", "ptdr", "haha", "hahaha", "xd", "lmao", "rofl", "mdrr", "jpp")

// testingPhrases say the bot is being tried out, nothing asked.
var testingPhrases = phraseList("just testing", "only testing", "testing this thing", "testing the bot", "juste pour tester", "je teste juste",
	"je teste le bot", "on teste le bot", "test du bot", "petit test")

// helpReceivedPhrases tell of help received, said when thanking.
var helpReceivedPhrases = phraseList("pour le tuyau", "pour les tuyaux", "pour l astuce", "for the tips", "for the tip", "for the advice", "pour les conseils", "pour le conseil", "pour les infos",
	"helped us", "helped me", "really helped", "ca m aide", "ca nous aide", "ca m a aide", "ca nous a aide",
	"ca m a bien aide", "ca nous a bien aides", "vous m avez aide", "tu m as aide", "tu nous as aide")

// remarkPhrases say what the asker thinks and ask nothing: "je vis très bien comme ça",
// "je voulais juste le dire", "c'est encore un truc de geek".
var remarkPhrases = phraseList("je vis tres bien", "on vit tres bien", "bon courage a", "bon courage aux", "besoin de vacances", "besoin de repos", "besoin de dormir",
	"besoin d un cafe", "besoin d une pause", "besoin de courage", "need a holiday", "need a vacation", "need a break", "need coffee", "je voulais juste le dire", "je voulais juste dire",
	"worked great", "works great",
	"ca a marche", "ca a super bien marche", "ca marche nickel", "worked perfectly", "worked like a charm",
	"juste pour dire", "ca me va tres bien", "ca me convient tres bien", "truc de geek", "trucs de geek", "truc de geeks",
	"just wanted to say", "works fine for me", "i m happy with", "i am happy with", "je comprends rien a l informatique",
	// "c'est nice comme outil Nextcloud, on l'a testé la semaine dernière": a tool tried.
	"on l a teste", "on l a essaye", "je l ai teste", "je l ai essaye", "we tested it", "we tried it", "i tried it", "i tested it",
	// "just pushed my first PR… so hyped": news.
	"just pushed", "just merged", "so hyped", "my first pr",
	// "super soirée hier au marché de producteurs, merci à tous ceux qui sont venus !"
	"merci a tous ceux", "merci a toutes celles", "merci a ceux qui", "thanks to everyone who", "thanks to all who",
	"merci aux benevoles", "merci aux organisateurs", "merci aux participants", "thanks to the volunteers", "plaisir de retrouver",
	"plaisir de vous retrouver", "content de vous avoir vus", "ravi de vous avoir vus",
	// "Thank you so much, we finally managed the video call yesterday!"
	// "mon reportage sort en mars, faut juste que je finisse les sous-titres": the asker's own task.
	"faut juste que je finisse", "faut que je finisse", "il me reste a finir", "je dois juste finir", "just need to finish",
	// "trop bien la formation de la CCI hier, j'ai enfin compris comment marche le cloud !"
	"j ai enfin compris", "on a enfin compris", "c est la fete", "c etait la fete",
	// "c'est nice ce bot, j'avais jamais pensé à chercher du libre pour le musée"
	"c est nice ce bot", "c est top ce bot", "super ce bot", "j avais jamais pense a", "je n avais jamais pense a", "never thought of",
	// "Nice! c'est exactement l'outil de carte qu'il nous fallait": praise for what was found.
	// "petite présentation : je viens d'arriver…, ravie de rejoindre le serveur !"
	"petite presentation", "ravi de rejoindre", "ravie de rejoindre", "contente de rejoindre", "content de rejoindre", "happy to join",
	"glad to join", "je viens d arriver comme", "i just joined as",
	"qu il nous fallait", "qu il me fallait", "students loved", "kids loved", "loved the quiz", "ont adore le", "ont adore la", "that s a nice tool", "exactly what we needed", "exactly what i needed", "exactly what we were looking for",
	"thank you so much", "finally managed", "on a enfin reussi", "j ai enfin reussi", "ca y est on a reussi", "merci beaucoup pour votre aide")

// tagQuestion reports a question only in its tag: "…quand on a 2 Go de fichiers, non ?".
func tagQuestion(toks []string) bool {
	n := len(toks)
	return n > 0 && (toks[n-1] == "non" || toks[n-1] == "right" || n > 1 && toks[n-2] == "n" && toks[n-1] == "est")
}

// paidNeedlessly reports an opinion that paying for a product makes no sense when the asker
// has the means already: "ça n'a aucun sens de payer iCloud quand on a un NAS" asks nothing,
// "aucun sens de payer une licence juste pour un tableur" hints at a request.
func paidNeedlessly(toks []string) bool {
	return hasPhrase(toks, senselessPayPhrases) && hasPhrase(toks, alreadyHavePhrases)
}

var (
	senselessPayPhrases = phraseList("aucun sens de payer", "pas de sens de payer", "makes no sense to pay", "no sense paying")
	alreadyHavePhrases  = phraseList("quand on a", "alors qu on a", "puisqu on a", "vu qu on a", "when we have", "when we ve got",
		"when you have", "quand j ai", "alors que j ai", "quand on est", "quand on n est que", "when we re only", "when there are only")
)

// statePhrases open a message on what the asker is doing: "je suis en télétravail
// aujourd'hui", "je suis en train de monter la vidéo du mariage" — news, unless a question
// or a request word follows.
var statePhrases = phraseList("je suis en", "j suis en", "chui en", "jsuis en", "on est en", "nous sommes en",
	"i m in the middle of", "i am in the middle of", "i m working on")

// sayingIs reports a message that says what something is: "c'est du live", "la compta
// c'est pas mon truc", "it's a spreadsheet" — a remark, no request, unless it asks which
// ("la visio c'est quoi le mieux").
func sayingIs(t []string) bool {
	if hasAny(t, whichWords) || slices.Contains(t, "quoi") {
		return false
	}
	for i := range t[:max(0, len(t)-1)] {
		if t[i] == "c" && (t[i+1] == "est" || t[i+1] == "etait") || i == 0 && t[i] == "it" && (t[i+1] == "s" || t[i+1] == "was") {
			return true
		}
	}
	return slices.Contains(t, "cest")
}

// libreEquivalentPhrases ask for free software in place of what was just described.
var libreEquivalentPhrases = phraseList("equivalent libre", "alternative libre", "libre equivalent", "libre alternative",
	"open source equivalent", "open source alternative")

// signals gathers what the intent decision needs from the reading.
func (r *reading) signals(c cues) signals {
	u := &r.u
	named := len(u.Products)+len(u.Tools)+len(u.Categories)+len(u.Needs) > 0
	products := len(u.Products)+len(u.Tools) > 0
	return signals{
		help: isHelp(r.toks) || isHelp(r.fixed), helpPhrase: hasPhrase(r.toks, helpPhrases), askingHow: hasPhrase(r.fixed, askingHowPhrases), botWhere: hasPhrase(r.fixed, botWherePhrases) || hasPhrase(r.fixed, botLikePhrases),
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
		joke: jokeAsked(r.fixed) || hasPhrase(r.fixed, jokePhrases) || takenBack(r.fixed) || botThanked(r.toks) && !u.Question || len(u.Categories)+len(u.Needs) == 0 &&
			(len(u.Tools) > 1 && (hasPhrase(r.fixed, tastePhrases) || sideTaken(r.fixed)) || r.namesMatched() > 1 && hasPhrase(r.fixed, preferPhrases) || len(u.Products) == 0 && len(u.Tools) > 0 && hasPhrase(r.fixed, likePhrases)),
		kindNamed: r.u.Kind != "",
		cues:      c,
	}
}

// asks reports a message that asks for something: a cue, a service, a question, a need
// leading a clause, a pain told with a product.
func (r *reading) asks(c cues, products bool) bool {
	u := &r.u
	if c.alt || c.strongAlt || c.provider || u.Service != "" || r.leadingNeed() || r.clauseOpensRequest() || r.painAsks() ||
		hasPhrase(r.fixed, putWhatPhrases) || products && (usedButLeaving(r.fixed) || priceyFor(r.fixed) || brokenForTask(r.fixed)) ||
		hasPhrase(r.fixed, requirementPhrases) && len(u.Categories)+len(u.Needs) > 0 {
		return true
	}
	questioned := u.Question || hasPhrase(r.fixed, bestAskedPhrases) || questionOpening(r.fixed)
	// "vous avez vu… ?", "qqun a Surviving Mars ?": a question about something else.
	ownsIt := hasPhrase(r.fixed, ownPhrases) && !hasAny(r.fixed, triedWords) && !hasPhrase(r.fixed, adviceAskPhrases)
	return questioned && !hasPhrase(r.fixed, seenPhrases) && !ownsIt && !errandAsked(r.fixed) && !hasPhrase(r.fixed, whyPhrases) &&
		!(phraseAt(r.fixed, 0, memberPollOpenings) > 0 && !hasAny(r.fixed, softwareNouns))
}

// memberPollOpenings open a question put to the members: "sondage rapide : vous êtes
// plutôt tabs ou spaces ?" polls them, it asks for no poll tool.
var memberPollOpenings = phraseList("sondage rapide", "petit sondage", "mini sondage", "quick poll", "petite question a tous")

// whyPhrases ask for the cause of a trouble, not for software: "le site affiche toujours
// l'ancienne version, vous savez pourquoi ?".
var whyPhrases = phraseList("vous savez pourquoi", "tu sais pourquoi", "une idee pourquoi", "une idee du pourquoi", "any idea why",
	"do you know why", "anyone know why", "quelqu un sait pourquoi", "qqn sait pourquoi",
	// "ses mails partent en spam, c'est un pb de SPF à votre avis ?": a cause guessed
	"c est un pb de", "c est un probleme de", "is it a problem with", "is it an issue with")

// errandAsked reports a hand asked for an errand: "quelqu'un peut les récupérer ?", "qqn
// pourrait me ramener la clé ?" — people are asked, not software.
func errandAsked(toks []string) bool {
	for i := 2; i < len(toks); i++ {
		carried := carryVerbs[toks[i]] || i+2 < len(toks) && errandThings[toks[i+2]]
		if errandInfinitives[toks[i]] && (objectClitics[toks[i-1]] && canSay(toks[i-2]) || canSay(toks[i-1]) && carried) {
			return true
		}
	}
	return false
}

var (
	errandInfinitives = wordSet("recuperer", "ramener", "apporter", "deposer", "garder", "rendre", "porter", "rapporter", "prendre", "laisser",
		"retirer", "enlever")
	// carryVerbs carry a thing whatever it is: "qqn peut ramener des agrafes ?".
	carryVerbs = wordSet("ramener", "apporter", "rapporter", "porter", "deposer")
	// errandThings are what a hand carries or leaves: "qqn peut laisser la clé dans la boîte ?"
	errandThings = wordSet("cle", "cles", "clef", "clefs", "colis", "paquet", "badge", "badges", "courrier", "enveloppe", "keys", "key",
		"annonce", "affiche", "affiches", "panneau",
		// "qui peut prendre mon tour d'arrosage ?": a turn taken over, no software
		"tour", "creneau", "permanence", "garde", "shift")
	objectClitics = wordSet("le", "la", "les", "l", "me", "m", "nous", "lui", "leur")
)

// painAsks reports a pain told that asks for a better tool — not news of what a product
// just did, vented with nothing asked: "Facebook vient encore de restreindre la portée de
// notre page, ras le bol franchement".
func (r *reading) painAsks() bool {
	if !hasPhrase(r.fixed, painPhrases) {
		return false
	}
	dated := hasPhrase(r.fixed, lately) || doneAgain(r.fixed)
	return r.u.Question || len(r.u.Needs)+len(r.u.Categories) > 0 && !dated || !hasPhrase(r.fixed, justDonePhrases) && !dated
}

// lately dates what is told: "la visio Zoom d'hier a coupé 3 fois, j'en ai marre de cette
// semaine" tells a bad week.
var lately = phraseList("d hier", "hier soir", "ce matin", "cette semaine", "depuis lundi", "depuis mardi", "depuis mercredi", "depuis jeudi",
	"depuis vendredi", "depuis samedi", "depuis dimanche", "depuis la semaine derniere", "depuis ce week end", "since monday", "since yesterday", "cet aprem", "cet apres midi", "yesterday", "this morning", "this week",
	"depuis hier", "depuis ce matin") // "a encore planté": doneAgain

// doneAgain reports a mishap told as done once more: "Gmail a encore classé le bulletin
// en spam", "le site a encore planté" — a story, like one dated.
func doneAgain(toks []string) bool {
	for i := 1; i+1 < len(toks); i++ {
		if toks[i] == "encore" && (toks[i-1] == "a" || toks[i-1] == "ont") && participle(toks[i+1]) {
			return true
		}
	}
	return false
}

// participle reports a folded word shaped like a past participle: "classe", "fini", "perdu".
func participle(w string) bool {
	return len(w) > 2 && (strings.HasSuffix(w, "e") || strings.HasSuffix(w, "i") || strings.HasSuffix(w, "u") || strings.HasSuffix(w, "is") || strings.HasSuffix(w, "it"))
}

// justDonePhrases tell what someone or something just did.
var justDonePhrases = phraseList("vient de", "vient encore de", "viennent de", "viennent encore de", "has just", "have just", "just changed",
	"just killed", "a encore change", "ont encore change", "a encore fait", "ont encore fait")

// jokeAsked reports a joke word not said as where something gets lost: "raconte une
// blague", "a joke" — not "les annonces se perdent dans les blagues".
func jokeAsked(toks []string) bool {
	for i, t := range toks {
		if jokeWords[t] && !(i > 1 && (toks[i-2] == "dans" || toks[i-2] == "among" || toks[i-2] == "entre") && (toks[i-1] == "les" || toks[i-1] == "the")) {
			return true
		}
	}
	return false
}

// requirementPhrases set conditions on what is sought, which asks for it even without a
// question mark: "on doit faire des visios… juste un lien, et que ce soit pas américain".
var requirementPhrases = phraseList("que ce soit pas", "que ce ne soit pas", "que ce soit libre", "que ce soit simple", "que ca soit",
	"faut que ce soit", "il faut que ce soit", "doit etre libre", "doit etre simple", "must be open source", "has to be open source")

// opinionOnly reports a message that closes on a judgement asked of the group, with no
// word asking for libre software or someone: "un serveur discord pour son club de foot,
// c'est une bonne idée ?", "netflix a encore augmenté, c'est du vol non ?".
func (r *reading) opinionOnly(c cues) bool {
	return hasPhrase(r.fixed, opinionPhrases) && !c.strongAlt && !c.provider && !hasAny(r.fixed, libreWords) && !nounCue(r.fixed) &&
		!hasPhrase(r.fixed, switchToPhrases) && !hasPhrase(r.fixed, somethingForPhrases)
}

// stateOnly reports a message about the state of what the asker already has, or how to
// hold it, with no word asking for libre software or someone: "le site de la mairie est
// à jour ?", "dans quel sens je dois mettre le QR code… je le fais sur Inkscape", "payer
// 30 € par mois… ça n'a aucun sens, je reste au papier".
func (r *reading) stateOnly(c cues) bool {
	return !c.strongAlt && !c.provider && heldOnly(r.fixed)
}

// heldOnly reports a state or a handling told, with nothing asked for.
func heldOnly(t []string) bool {
	return (hasPhrase(t, heldPhrases) || inChargeTold(t)) && !hasAny(t, libreWords) && !nounCue(t) && !hasPhrase(t, switchToPhrases) &&
		!hasPhrase(t, somethingForPhrases) && !hasPhrase(t, whichToolPhrases)
}

// inChargeTold reports who handles something, told: "c'est Nancy qui gère le planning
// maintenant, faut lui écrire".
func inChargeTold(t []string) bool {
	return len(t) > 5 && t[0] == "c" && t[1] == "est" && t[3] == "qui" && (t[4] == "gere" || t[4] == "s" && t[5] == "occupe")
}

var heldPhrases = phraseList("est a jour", "sont a jour", "est pas a jour", "sont pas a jour", "jamais a jour", "est il a jour",
	"est elle a jour", "sont ils a jour", "mette a jour", "dans quel sens", "dans le sens ou", "dans le sens de",
	"je reste au papier", "on reste au papier", "j ai perdu le combat")

// whichToolPhrases ask which software to use, whatever else the message says.
var whichToolPhrases = phraseList("quel logiciel", "quel outil", "quelle appli", "quelle application", "which software", "which tool",
	"vous conseillez", "tu conseilles", "vous utilisez quoi", "je mets quoi", "quoi utiliser", "y a quoi", "what should i use")

var opinionPhrases = phraseList("c est une bonne idee", "c une bonne idee", "bonne idee ou pas", "c est du vol", "c est abuse non",
	"c est normal", "c est grave", "c est moi ou", "vous trouvez pas", "is it a good idea", "is that normal", "is it just me",
	"ca va changer quoi", "ca change quoi", "qu est ce que ca va changer", "qu est ce que ca change", "what will it change", "what will change")

// onlyChatPlatforms reports that the only names are chat platforms, where the bot is
// asked about: "comment on t'utilise dans le salon discord de l'orchestre ?".
func (r *reading) onlyChatPlatforms() bool {
	u := &r.u
	names := append(slices.Clone(u.Products), u.Tools...)
	return len(names) > 0 && len(u.Categories)+len(u.Needs) == 0 && !slices.ContainsFunc(names, func(id string) bool { return !botPlatforms[id] })
}

var botPlatforms = wordSet("discord", "slack", "microsoft-teams", "whatsapp", "telegram", "element", "matrix-synapse", "mattermost")

// toDoBy reports a task with a deadline, said to the team: "il faut mettre à jour le site
// avant vendredi", "we need to send the newsletter tomorrow" — not "il faut un logiciel".
func toDoBy(toks []string) bool {
	k := phraseAt(toks, 0, toDoOpeners)
	if k == 0 || k >= len(toks) || !(infinitive(toks[k]) || englishVerbs[toks[k]]) {
		return false
	}
	return hasPhrase(toks, deadlinePhrases)
}

// dueBy reports work someone else wants by a date: "Nancy (ma cliente) veut les photos
// du mariage avant vendredi, je vais faire une nuit blanche" — a deadline told, not a
// tool wanted ("on veut un outil avant vendredi" is the asker's own wish).
func dueBy(toks []string) bool {
	for i, t := range toks {
		if i > 0 && dueVerbs[t] && !selfSubjects[toks[i-1]] && !askerSides[toks[i-1]] && hasPhrase(toks[i+1:min(len(toks), i+8)], deadlinePhrases) {
			return true
		}
	}
	return false
}

var (
	dueVerbs    = wordSet("veut", "veulent", "attend", "attendent", "wants", "expects", "needs")
	askerSides  = wordSet("nous", "en", "qui") // "nous veut", "en veut", "qui veut": the asker's side or a question
	toDoOpeners = phraseList("il faut", "faut", "je dois", "on doit", "nous devons", "il faudrait", "faudrait", "n oubliez pas de",
		"pensez a", "we need to", "i need to", "i have to", "we have to", "don t forget to", "remember to")
	deadlinePhrases = phraseList("avant vendredi", "avant lundi", "avant mardi", "avant mercredi", "avant jeudi", "avant samedi",
		"avant dimanche", "avant demain", "avant ce soir", "avant la fin de la semaine", "avant la reunion", "avant l ag", "demain",
		"ce soir", "cet aprem", "cet apres midi", "cette semaine", "d ici vendredi", "d ici lundi", "d ici demain", "tomorrow",
		"tonight", "this week", "by friday", "by monday", "before friday", "before monday", "before the meeting")
	englishVerbs = wordSet("send", "update", "finish", "fix", "call", "check", "book", "print", "write", "move", "clean", "renew")
)

// chatter reports news rather than a request: an offer, a remark, the asker's state, a
// purchase, a meeting being set, a product's status ("Slack rame aujourd'hui non ?").
func (r *reading) chatter(c cues, products bool) bool {
	u := &r.u
	if laughOpener(r.toks) && !u.Question && hasPhrase(r.fixed, storyPhrases) {
		return true // "lol I asked my boss to switch from Excel to LibreOffice and he looked at me…"
	}
	if hasPhrase(r.fixed, ventingPhrases) && !c.strongAlt || hasPhrase(r.fixed, fedUpPhrases) && !u.Question {
		return true // "Does anyone else find that Outlook search never works? Just venting."
	}
	if hasAny(r.fixed, thanksWords) && hasPhrase(r.fixed, helpReceivedPhrases) && !u.Question {
		return true // "thanks, the bot helped us a lot with our move away from Dropbox!"
	}
	if hasPhrase(r.fixed, testingPhrases) && !c.strongAlt && !c.provider {
		return true // "How's it going? just testing this thing between two oil changes"
	}
	if c.strongAlt || c.provider {
		return false
	}
	asked := u.Question || hasPhrase(r.fixed, askWithoutMark)
	news := hasPhrase(r.fixed, newsAskPhrases) || r.updateHowTo() || hasPhrase(r.fixed, offerPhrases) && !hasPhrase(r.fixed, switchToPhrases) || hasPhrase(r.fixed, peerPhrases) && !c.alt ||
		(hasPhrase(r.fixed, remarkPhrases) || laughOpener(r.toks) || r.laughCloser()) && !asked || phraseAt(r.fixed, 0, fyiPhrases) > 0 && !asked ||
		hasPhrase(r.fixed, invitePhrases) && !c.alt || hasPhrase(r.fixed, botTaskPhrases) && !c.alt && !hasAny(r.fixed, softwareWords) ||
		hasPhrase(r.fixed, groupAskPhrases) && !c.strongAlt || tagQuestion(r.fixed) && !hasAny(r.fixed, softwareWords) && !c.alt ||
		phraseAt(r.fixed, 0, statePhrases) > 0 && !u.Question && !c.alt ||
		hasPhrase(r.fixed, boughtPhrases) && !c.alt || arrangesMeeting(r.fixed) && !c.alt && len(u.Tools) == 0 ||
		(toDoBy(r.fixed) || dueBy(r.fixed)) && !u.Question || paidNeedlessly(r.fixed) && (!u.Question || tagQuestion(r.fixed)) ||
		// "…l'appli de planning et plus rien ne marche, c'est en ligne depuis hier": an
		// outage dated, nothing named to leave, nothing asked.
		hasPhrase(r.free, outagePhrases) && hasPhrase(r.fixed, lately) && !u.Question && !products && !hasAny(r.fixed, libreWords) &&
			!hasAny(r.fixed, outrightVerbs) && !hasPhrase(r.fixed, whichToolPhrases) ||
		// "qqn sait si le match passe sur TF1 ce soir ?", "le site du CESU est encore en
		// maintenance… grrr": whether something happens, a groan — no software asked.
		(hasPhrase(r.fixed, whetherPhrases) || hasAny(r.fixed, groanWords) && !u.Question) && !c.alt && !hasAny(r.fixed, softwareWords) && !hasAny(r.fixed, libreWords)
	if news && !c.serviceVerb {
		return true
	}
	// "monitoring that alerts me when a server goes down": the outage is what the need is
	// for; "Zoom a planté 3 fois, y a quoi de libre pour la visio ?": news, then a question
	// about libre software, asks.
	status := slices.ContainsFunc(r.free, func(t string) bool { return statusWords[t] }) && !hasPhrase(r.free, droppingPhrases) ||
		hasPhrase(r.free, outagePhrases)
	return status && !firmAltCue(r.free) && !hasPhrase(r.fixed, switchToPhrases) && !(len(u.Needs) > 0 && (c.alt || u.Question || r.leadingNeed())) && !(u.Question && hasPhrase(r.fixed, bestAskedPhrases)) &&
		!(len(u.Categories) > 0 && c.alt && u.Question) && !(u.Question && hasAny(r.free, purposeWords)) && !r.askedCategory &&
		!(products && brokenForTask(r.fixed))
}

// ventingPhrases say the message only lets off steam.
var ventingPhrases = phraseList("just venting", "just ranting", "anyone else s", "anyone elses", "je vide mon sac", "coup de gueule", "je rale juste", "c etait pour raler",
	// Feedback on what was advised: "l'appli que vous m'avez conseillée marche nickel".
	"que vous m avez conseille", "que vous m avez conseillee", "que tu m as conseille", "que tu m as conseillee", "you recommended works",
	"heures au telephone avec", "au telephone avec le support", "hours on the phone with")

// takenBack reports a question the asker laughs off at once, with nothing asked instead:
// "une alternative libre à Mastodon ? ah non c'est déjà libre mdr" — not "…c déjà libre
// mdr. bon alors à Cinema 4D".
func takenBack(toks []string) bool {
	return hasPhrase(toks, alreadyLibrePhrases) && !hasAny(toks, wordSet("alors", "then", "instead"))
}

var alreadyLibrePhrases = phraseList("deja libre mdr", "deja libre ptdr", "c est deja libre lol")

// fedUpPhrases say the asker is fed up with a situation, not with a product to leave:
// "Gmail a encore mis la newsletter en spam…, j'en ai marre de ces histoires".
var fedUpPhrases = phraseList("marre de ces histoires", "marre de ces conneries", "marre de ce cirque", "marre de ces bugs",
	"c est vraiment n importe quoi") // "c'est vraiment n'importe quoi, ce tableau de service n'a aucun sens"

// askWithoutMark ask a question without its question mark: "ptdr mon abonnement a expiré,
// c quoi l'alternative libre pour faire des logos".
var askWithoutMark = phraseList("c quoi", "c est quoi", "cest quoi", "quel est", "quelle est", "vous conseillez", "what s the",
	"what is the", "which is the", "y a quoi")

// groupAskPhrases ask the other members for something only they have or know: "qqn
// aurait les notes de L2 de lundi ?", "quelqu'un a compris la consigne ?" — even beside a
// word that asks for software.
var groupAskPhrases = phraseList("qui a la derniere version", "qqn a la derniere version", "qui a les cles", "qqn a les cles",
	"quelqu un a les cles", "quelqu un a deja fait la formation", "qqn a deja fait la formation", "anyone done the training", "qqn aurait les", "quelqu un aurait les", "quelqu un a les notes", "qqn a les notes",
	"anyone have the notes", "quelqu un a compris la consigne", "qqn a compris la consigne",
	// "dans quel sens on branche le câble du tiroir-caisse ?": hardware, not software.
	"dans quel sens on branche", "dans quel sens il faut brancher", "dans quel sens on met", "qui vous l a faite", "qui vous l a fait",
	// Colleagues and members asked about each other and about their day's trouble.
	"quelqu un a reussi a", "qqn a reussi a", "qqn a deja eu ce souci", "quelqu un a deja eu ce souci", "c est normal",
	"qqn sait relancer", "quelqu un sait relancer", "est en conge", "demande si les", "a bien recu", "a bien envoye", "a recu son", "ont recu leur", "avez recu", "avez tous recu", "avez bien recu", "pensez a le mettre", "n oubliez pas de",
	// Opening hours: "la salle de lecture des archives est ouverte le samedi ?".
	"est ouverte le", "est ouvert le", "sont ouverts le", "sont ouvertes le", "est fermee le", "est ferme le",
	"is it open on", "is open on",
	// "trop nice ton montage ! t'as utilisé quel logiciel ?": their tool, asked of them.
	"t as utilise quel", "tu as utilise quel", "t as utilise quoi", "tu as utilise quoi", "what did you use", "what did you make it with",
	// "Unity vient de sortir une nouvelle version, qqn a déjà upgrade ?": their experience.
	"qqn a deja upgrade", "quelqu un a deja upgrade", "qqn a deja mis a jour", "quelqu un a deja mis a jour", "qqn a deja migre",
	"quelqu un a deja migre", "anyone upgraded", "has anyone upgraded", "anyone already upgraded", "vous avez deja mis a jour",
	// "has anyone seen my avalanche transceiver?": something lost.
	"has anyone seen my", "anyone seen my", "quelqu un a vu mon", "quelqu un a vu ma", "qqn a vu mon", "qqn a vu ma", "vous avez vu mon",
	"vous avez vu ma", "quelqu un a retrouve", "qqn a retrouve")

// updateHowTo reports how to update a tool the asker has: "comment mettre à jour NVDA sans
// perdre mes réglages ?" asks for help with it, not for another one.
func (r *reading) updateHowTo() bool {
	k := phraseAt(r.fixed, 0, updatePhrases)
	return k > 0 && len(r.u.Tools)+len(r.u.Products) > 0 && !hasAny(r.fixed, softwareWords) && !hasAny(r.fixed, libreWords)
}

var updatePhrases = phraseList("comment mettre a jour", "comment on met a jour", "comment garder", "how do i update", "how to update", "how do i keep")

// newsAskPhrases ask the group for news of a firm, named or not in the KB.
// whetherPhrases ask the group whether something happens.
var whetherPhrases = phraseList("sait si", "sais si", "savez si", "savez vous si", "sauriez si", "know if", "knows if", "know whether",
	"valable juridiquement", "juridiquement valable", "legally valid", "legally binding") // "le vote en ligne est valable juridiquement pour une AG ?"

// groanWords groan at something, asking nothing.
var groanWords = wordSet("grrr", "grr", "grrrr", "pfff", "pff", "pffff", "argh", "rhaa", "rhaaa", "raaah", "ugh")

var newsAskPhrases = phraseList("a des nouvelles de", "avez des nouvelles de", "any news from", "savez ce qui a change", "sais ce qui a change", "know what changed",
	"know what has changed")

// fyiPhrases open a message that informs: "FYI the counter will be closed Friday".
var fyiPhrases = phraseList("fyi", "heads up", "pour info", "pour information", "petite info", "info du jour", "rappel",
	"j ai vu une pub", "vu une pub", "j ai vu un article", "j ai lu un article", "j ai vu une video") // news of what was seen

// preferPhrases ask the bot's own taste: "tu préfères Windows ou Mac toi ?".
var preferPhrases = phraseList("tu preferes", "tu prefere", "vous preferez", "do you prefer", "you prefer", "le plus fort", "la plus forte",
	"qui gagne", "team windows", "team mac", "team linux")

// namesMatched counts the names of products and tools the message holds, kept or not:
// "tu préfères Windows ou Mac ?" names two.
func (r *reading) namesMatched() int {
	seen := map[string]bool{}
	for _, m := range r.matches {
		if m.hit.Kind.Names() {
			seen[m.hit.ID] = true
		}
	}
	return len(seen)
}

// storyPhrases tell what happened: a story, not a request.
var storyPhrases = phraseList("i asked", "i told", "he looked", "she looked", "they looked", "he said", "she said", "j ai demande",
	"j ai dit", "il m a regarde", "elle m a regarde", "il m a dit", "elle m a dit")

// peerPhrases ask the other members about what happened to them: "quelqu'un a suivi le
// webinaire d'hier sur Teams ?", "qqn a eu le même souci ?".
var peerPhrases = phraseList(
	// "Albert est en arrêt, qui peut reprendre la saisie des dons ?": a colleague is sought.
	"qui peut reprendre", "qui peut me remplacer", "qui peut le remplacer", "qui peut la remplacer", "qqn peut reprendre",
	"quelqu un peut reprendre", "who can take over", "who can cover",
	// "quelqu'un a déjà testé un logiciel libre pour gérer un gîte ?": experience asked.
	"c est pareil chez vous", "pareil chez vous", "chez vous aussi", "is it just me", "same for you",
	"quelqu un a garde", "qqn a garde", "c grave", "c est grave", "c est moi ou", "is it me or",
	"ca vous est deja arrive", "ca vous est arrive", "vous est deja arrive", "has this happened to you", "happened to anyone",
	"quelqu un a deja teste", "qqn a deja teste", "quelqu un a deja fait", "qqn a deja fait", "qq un a deja fait", "quelqu un a teste", "qqn a teste", "quelqu un a deja essaye", "qqn a deja essaye",
	"quelqu un a deja utilise", "qqn a deja utilise", "anyone tried", "has anyone tried", "anyone tested", "has anyone used",
	"quelqu un a suivi", "qqn a suivi", "quelqu un a eu", "qqn a eu", "quelqu un a deja eu", "qqn a deja eu", "qqn l a modifie", "quelqu un l a modifie", "c normal", "vous pensez que", "tu penses que", "tu l as fait toi meme", "vous l avez fait vous meme", "tu l as fait avec quoi", "vous en pensez quoi", "t en penses quoi",
	"je comprends rien a ce", "je comprends rien a cette", "un avis sur le nouveau", "un avis sur la nouvelle", "vous pensez quoi du nouveau", "tu penses quoi du nouveau", "qui l a modifie", "qui a modifie", "qqn a touche", "quelqu un a touche",
	"quelqu un m explique", "qqn m explique", "quelqu un pour m expliquer", "vous avez deja eu", "anyone had", "has anyone had", "quelqu un a vu", "qqn a vu",
	"quelqu un d autre", "qqn d autre a", "qqun d autre a", "qui d autre", "who else", "vous aussi", "moi aussi", "anyone else", "anybody else", "did anyone", "has anyone else", "le meme souci",
	"le meme probleme", "the same problem", "the same issue", "quelqu un a compris", "qqn a compris", "anyone understood", "did anyone understand",
	// "c'est qui qui gère le serveur Discord ici ?": a member is asked for.
	"c est qui qui", "qui gere le serveur", "qui s occupe du serveur", "who runs the server", "who manages the server", "who s in charge of")

// droppingPhrases drop a product: "je lâche Dropbox" leaves it, unlike "le disque lâche".
var droppingPhrases = phraseList("je lache", "on lache", "j ai lache", "on a lache", "nous lachons")

// arrangesMeeting reports a meeting being set, on whatever tool: "on se voit sur Discord ce
// soir ?", "réunion Teams à 14h, qui vient ?" — news for the group, no request.
func arrangesMeeting(toks []string) bool {
	if hasPhrase(toks, meetPhrases) {
		return true
	}
	if !hasAny(toks, meetingNouns) {
		return false
	}
	for i, t := range toks {
		if clockTime(t) || t == "a" && i+1 < len(toks) && isNumber(toks[i+1]) && i+2 < len(toks) && toks[i+2] == "h" ||
			t == "ce" && i+1 < len(toks) && toks[i+1] == "soir" || t == "tonight" || t == "tomorrow" || t == "demain" {
			return true
		}
	}
	return false
}

// clockTime reports a time of day written "14h", "14h30", "9am".
func clockTime(t string) bool {
	digits := strings.TrimLeft(t, "0123456789")
	return digits != t && (strings.HasPrefix(digits, "h") && len(digits) <= 3 || digits == "am" || digits == "pm")
}

var meetPhrases = phraseList("on se voit sur", "on se retrouve sur", "on se capte sur", "on s appelle sur", "rdv sur", "rendez vous sur",
	"see you on", "let s meet on", "meet you on", "call you on", "on se fait un call", "on se fait une visio")

var meetingNouns = wordSet("reunion", "reunions", "call", "visio", "meeting", "rdv", "point", "apero", "standup", "daily")

// brokenForTask reports a product that no longer does a job: "iTunes marche plus pour
// mettre la musique sur mon vieux baladeur" needs something else for that job.
func brokenForTask(toks []string) bool {
	for i := range toks {
		if n := phraseAt(toks, i, outagePhrases); n > 0 {
			k := i + n
			return k+1 < len(toks) && (toks[k] == "pour" || toks[k] == "to") && infinitive(toks[k+1])
		}
	}
	return false
}

// unknownNeed reads a request for software whose need the KB has no word for: "une appli
// de covoiturage libre ?" gets an honest "je ne connais pas « covoiturage »" (and lands in
// the admins' /kb manques), not the small-talk answer.
func (r *reading) unknownNeed() {
	u, t := &r.u, r.fixed
	sought := hasAny(t, seekWords) || hasPhrase(t, needOpeners) // "Bonjour, on cherche un logiciel…" asks, greeting or not
	if u.Intent != IntentNone || r.chatted || heldOnly(t) || len(u.Products)+len(u.Tools)+len(u.Categories)+len(u.Needs) > 0 ||
		!(u.Question || hasAny(t, purposeWords) || softwareOpening(t) || sought) || hasAny(t, greetingWords) && !u.Question && !sought || hasAny(t, jokeWords) {
		return
	}
	for i := 0; i+2 < len(t); i++ {
		if !softwareWord(t, i) {
			continue
		}
		link := i + 1
		if purposeWords[t[link]] {
			link++ // "un outil libre pour…"
		}
		link = usedFor(t, link) // "which tool can I use to teach kids to code?"
		if link+1 >= len(t) || !needLinks[t[link]] {
			continue
		}
		start := link + 1
		if (t[link] == "pour" || t[link] == "for") && start+1 < len(t) && (definiteWords[t[start]] || possessives[t[start]]) {
			start++ // "une appli pour la météo", "pour ma clinique vétérinaire" — but "une appli de la mairie" is whose, not what for
		}
		start = afterThatClause(t, start)
		if need := needWords(t, start); need != nil {
			r.needUnknown(r.inClause(need, start)) // "to run a vet clinic? appointments…": up to the question mark
			return
		}
		break // "software to do colour separations": no words to quote, yet software is asked
	}
	if u.Question && softwareAsked(t) {
		if k := wantedAt(t); k > 0 {
			r.needUnknown(r.inClause(needWords(t, k), k))
		}
	}
	if u.Intent == IntentNone && libreSoftwareSought(t, u.Question || sought || hasPhrase(t, libreThings)) {
		// "any free software looper for practising at home?": software is plainly asked for,
		// in words the KB lacks — say so rather than answer with the greeting.
		u.Intent, u.UnknownNeed = IntentAlternative, true
	}
}

// afterThatClause skips "que la famille puisse" in "un outil pour que la famille puisse
// collecter des souvenirs": the need is what they will do.
func afterThatClause(t []string, start int) int {
	if start >= len(t) || t[start] != "que" && t[start] != "qu" {
		return start
	}
	for k := start + 1; k < len(t) && k <= start+5; k++ {
		if canSay(t[k]) {
			return k + 1
		}
	}
	return start
}

// canSay reports a form of "pouvoir" that opens what someone can do: "quelqu'un peut les
// récupérer ?", "pour que la famille puisse collecter…".
func canSay(w string) bool { return canForms[w] || pouvoirForms[w] }

// pouvoirForms are the forms of "pouvoir" other than the subjunctive's canForms.
var pouvoirForms = wordSet("peut", "peux", "peuvent", "pourrait", "pourrais", "pouvez", "pourriez", "pourra", "pourront")

// libreSoftwareSought reports a request for libre software itself: a software noun and a
// libre or free marker, in a question or a search.
func libreSoftwareSought(t []string, asked bool) bool {
	return asked && (hasAny(t, softwareNounsStrict) && (hasAny(t, libreMarkers) || hasPhrase(t, openSource)) || hasPhrase(t, libreThings))
}

// libreThings ask for a libre thing with no software noun: "un truc libre ça existe ?".
var libreThings = phraseList("un truc libre", "quelque chose de libre", "qqch de libre", "qqchose de libre", "qq chose de libre", "something open source")

var (
	softwareNounsStrict = wordSet("logiciel", "logiciels", "outil", "outils", "appli", "applis", "application", "applications",
		"programme", "software", "tool", "tools", "app", "apps", "solution", "soft", "looper", "jeu", "jeux", "game", "games")
	libreMarkers = wordSet("libre", "libres", "opensource", "foss", "gratuit", "gratuite", "free")
)

// usedFor skips "can I use", "could we use", "que je peux utiliser" after a software word,
// to the link that says what for.
func usedFor(t []string, link int) int {
	for k := link; k < len(t) && k < link+4; k++ {
		if t[k] == "use" || t[k] == "utiliser" {
			if k+1 < len(t) && needLinks[t[k+1]] {
				return k + 1
			}
			return link
		}
		if !modalWords[t[k]] {
			return link
		}
	}
	return link
}

var modalWords = wordSet("can", "could", "should", "i", "we", "que", "qu", "je", "on", "peux", "peut", "pourrait", "pourrais", "dois")

// needUnknown makes the need read the message's unknown need.
func (r *reading) needUnknown(need []string) {
	if len(need) == 0 {
		return
	}
	r.u.Intent, r.u.Unknown, r.u.UnknownNeed = IntentAlternative, writtenAs(r.text, need), true
	r.u.records = recordKeeping(need)
}

// softwareAsked reports software asked for with no need after it: "il existe un logiciel
// gratuit et libre ?", "what open source software would you suggest?", "du libre ?".
func softwareAsked(t []string) bool {
	for i := range t {
		if softwareWord(t, i) {
			return true
		}
	}
	return false
}

// softwareWord reports a word that asks for software: "un logiciel", "une appli", "du libre
// pour gérer les résultats ?".
func softwareWord(t []string, i int) bool {
	// "je cherche un moyen de facturer les familles", "a way to track staff hours"
	return softwareNouns[t[i]] || t[i] == "libre" && i > 0 && t[i-1] == "du" ||
		(t[i] == "moyen" || t[i] == "way") && i > 0 && indefinite[t[i-1]]
}

// wantedAt returns where the need starts after a wish said before the software is asked
// for: "je voudrais faire des ralentis…, il existe un logiciel libre ?", "our league needs
// to manage licences…, what open source software?" — 0 when none is.
func wantedAt(t []string) int {
	for k := 0; k+1 < len(t); k++ {
		if !wishVerbs[t[k]] {
			continue
		}
		next := k + 1
		if t[next] == "to" && next+1 < len(t) {
			next++
		}
		if infinitive(t[next]) || t[k+1] == "to" {
			return next
		}
	}
	return 0
}

// recordKeeping reports an unknown need that keeps records, which a shared database can
// do — not one that makes documents ("faire des fiches d'exercices") or records sound or
// video ("enregistrer la réunion").
func recordKeeping(need []string) bool {
	if makeVerbs[need[0]] || slices.ContainsFunc(need, func(w string) bool { return mediaWords[w] }) {
		return false
	}
	return slices.ContainsFunc(need, func(w string) bool { return recordWords[w] })
}

var (
	recordWords = wordSet("suivi", "suivre", "registre", "registres", "enregistrer", "dossiers", "fiches", "tenir", "tracer", "inventaire",
		"inventorier", "repertorier", "recenser", "track", "tracking", "log", "records", "register", "ledger")
	makeVerbs = wordSet("faire", "creer", "rediger", "ecrire", "dessiner", "imprimer", "fabriquer", "produire", "generer", "preparer", "concevoir",
		"make", "create", "write", "draw", "design", "generate")
	mediaWords = wordSet("video", "videos", "audio", "son", "voix", "reunion", "reunions", "meeting", "meetings", "ag", "stream", "film", "podcast", "musique", "music",
		"comptine", "comptines", "chant", "chants", "chantes", "chantees", "chanson", "chansons", "discours", "voeux", "micro", "interview", "interviews",
		"emission", "emissions", "concert", "concerts", "speech", "speeches", "song", "songs", "voice", "voices", "lecture", "lectures")
)

// needOpeners open a request without a question mark: "besoin d'un logiciel pour…".
var needOpeners = phraseList("besoin d un", "besoin d une", "il faut un", "il faut une", "il nous faut", "il me faut", "need a", "need an")

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

// softwareOpening reports a message that opens by asking for a program: "un logiciel
// pour…", "quelle appli de…".
func softwareOpening(t []string) bool {
	return len(t) > 2 && ((indefinite[t[0]] || whichWords[t[0]]) && softwareNouns[t[1]] || softwareNouns[t[0]] && needLinks[t[1]])
}

// needWords returns the need named from start: a few words, up to "libre", "pour" or
// "qui", without the small words at its ends; nil when nothing is left.
func needWords(t []string, start int) []string {
	end := start
	// "les horaires de marées sans Google": what is avoided is no part of the need.
	for end < len(t) && end < start+6 && !purposeWords[t[end]] && t[end] != "pour" && t[end] != "qui" && !withoutWords[t[end]] {
		end++
	}
	if end == start+6 && end < len(t) {
		// Cut short: end at an "et" rather than mid-phrase ("faire des ralentis et
		// comparer deux…" names "faire des ralentis").
		if k := slices.Index(t[start+2:end], "et"); k >= 0 {
			end = start + 2 + k
		}
	}
	for end > start && stopWords[t[end-1]] {
		end--
	}
	// "pour faire les plannings": a light verb may open the need; another small word
	// ("un outil de la mort") names none.
	// "pour que les habitants proposent des idées": the clause says the need.
	clause := (t[start] == "que" || t[start] == "qu") && end > start+2
	if end == start || stopWords[t[start]] && !(infinitive(t[start]) && end > start+1) && !clause {
		return nil
	}
	if end == start+1 && pronouns[t[start]] {
		return nil // "un logiciel pour ça ?" points back; quoting "ça" says nothing
	}
	return t[start:end]
}

var pronouns = wordSet("ca", "cela", "ceci", "this", "that", "it", "them", "eux")

// inClause cuts words that start at toks[start] where the message's next clause begins.
func (r *reading) inClause(words []string, start int) []string {
	clauses := r.clauses()
	for k := 1; k < len(words); k++ {
		if clauses[start+k] {
			return words[:k]
		}
	}
	return words
}

// definiteWords open a noun phrase: "pour la météo", "pour les impôts".
var definiteWords = wordSet("le", "la", "les", "l", "the")

// needLinks join a software noun to the need it is for: "une appli de covoiturage", "an
// app for carpooling".
var needLinks = wordSet("de", "d", "pour", "for", "to")

var softwareNouns = wordSet("logiciel", "logiciels", "appli", "applis", "application", "applications", "outil",
	"outils", "app", "apps", "software", "tool", "tools", "programme", "plateforme", "site", "solution", "solutions", "gestionnaire",
	"gestionnaires", "editeur", "manager", "editor")

// nounCue reports an "alternative à"-like cue built on a noun ("alternative",
// "équivalent"): it asks even when what follows is missing or unreadable.
func nounCue(toks []string) bool {
	return hasAny(toks, wordSet("alternative", "alternatives", "alternativ", "equivalent", "equivalents", "substitut"))
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
