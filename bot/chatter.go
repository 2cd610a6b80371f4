// SPDX-License-Identifier: AGPL-3.0-or-later

package bot

// Small talk: messages that ask nothing of the bot, even when they name a product.

import (
	"slices"
	"strings"
)

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
	which := whichWords[t[0]] && t[0] != "which" && !exclaimedNouns[t[1]]            // not "quelle galère…"
	where := (t[0] == "ou" || t[0] == "where") && (infinitive(t[1]) || t[1] == "to") // "où stocker en ligne les certificats…"
	return t[0] == "comment" || t[0] == "how" || which || where
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

// farewellCloser reports news closed by a farewell to all: "l'appli Outlook m'a encore
// déconnecté pendant ma pause, bref. bonne journée à tous" asks nothing.
func (r *reading) farewellCloser() bool {
	t := r.fixed
	for len(t) > 0 && farewellTargets[t[len(t)-1]] {
		t = t[:len(t)-1] // "… à tous"
	}
	return len(t) > 3 && phraseEnds(t, farewellPhrases) && !hasAny(t, thanksWords) && !hasAny(t, seekWords) && !hasAny(t, libreWords) &&
		!hasAny(t, wantNouns)
}

// farewellTargets are whom a farewell is wished: "bonne journée à tous", "… à moi".
var farewellTargets = wordSet("a", "tous", "toutes", "all", "everyone", "everybody", "moi", "me")

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
	// "la mariée… veut que toutes les photos soient en noir et blanc, j'avais jamais eu ça"
	"j avais jamais eu ca", "j ai jamais eu ca", "j avais jamais vu ca", "on aura tout vu", "never had that before",
	// "les clients ont juste besoin de Netflix sur le wifi, le reste ils s'en fichent"
	"ils s en fichent", "ils s en foutent", "ils s en fiche", "don t care about the rest",
	// "…pour lundi, je vais encore y passer le week-end": the workload told.
	"y passer le week end", "y passer mon week end", "y passer la nuit", "y passer la soiree",
	// "…j'ai plus la force de répondre aux messages, faudrait que je m'organise mieux"
	"faudrait que je m organise", "il faudrait que je m organise", "faut que je m organise",
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
		if errandInfinitives[toks[i]] && (objectClitics[toks[i-1]] && canSay(toks[i-2]) || canSay(toks[i-1]) && carried) ||
			approvalVerbs[toks[i]] && canSay(toks[i-1]) { // "…sur le bon de commande, qqn peut valider avant 14h ?"
			return true
		}
	}
	return false
}

var (
	errandInfinitives = wordSet("recuperer", "ramener", "apporter", "deposer", "garder", "rendre", "porter", "rapporter", "prendre", "laisser",
		"retirer", "enlever")
	// approvalVerbs ask a colleague to sign off: "qqn peut valider ?", "tu peux relire ?".
	approvalVerbs = wordSet("valider", "signer", "approuver", "relire", "contresigner")
	// carryVerbs carry a thing whatever it is: "qqn peut ramener des agrafes ?".
	carryVerbs = wordSet("ramener", "apporter", "rapporter", "porter", "deposer")
	// errandThings are what a hand carries or leaves: "qqn peut laisser la clé dans la boîte ?"
	errandThings = wordSet("cle", "cles", "clef", "clefs", "colis", "paquet", "badge", "badges", "courrier", "enveloppe", "keys", "key",
		"annonce", "affiche", "affiches", "panneau",
		// "qui peut prendre mon tour d'arrosage ?": a turn taken over, no software
		"tour", "creneau", "permanence", "garde", "shift", "ouverture", "fermeture")
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
var lately = phraseList("depuis 2 semaines", "depuis deux semaines", "depuis 15 jours", "depuis quinze jours", "depuis quelques jours", "depuis une semaine",
	"depuis 2 jours", "depuis deux jours", "depuis 3 jours", "depuis trois jours", "for two weeks", "for a week", "for a few days", "d hier", "hier soir", "ce matin", "cette semaine", "depuis lundi", "depuis mardi", "depuis mercredi", "depuis jeudi",
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
	if botSkillTeased(toks) {
		return true
	}
	for i, t := range toks {
		if jokeWords[t] && !(i > 1 && (toks[i-2] == "dans" || toks[i-2] == "among" || toks[i-2] == "entre") && (toks[i-1] == "les" || toks[i-1] == "the")) {
			return true
		}
	}
	return false
}

// botSkillTeased reports a short question about what the bot itself can do, in jest: "Tu
// sais signer toi ?" — not "tu sais faire quoi toi ?", which asks for help.
func botSkillTeased(toks []string) bool {
	n := len(toks)
	return n >= 3 && n <= 5 && toks[0] == "tu" && (toks[1] == "sais" || toks[1] == "peux") && toks[n-1] == "toi" && !helpAsked(toks) && toks[2] != "faire"
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
		(hasPhrase(r.fixed, remarkPhrases) || laughOpener(r.toks) || r.laughCloser() || r.farewellCloser()) && !asked || phraseAt(r.fixed, 0, fyiPhrases) > 0 && !asked ||
		hasPhrase(r.fixed, invitePhrases) && !c.alt || hasPhrase(r.fixed, botTaskPhrases) && !c.alt && !hasAny(r.fixed, softwareWords) ||
		hasPhrase(r.fixed, groupAskPhrases) && !c.strongAlt || tagQuestion(r.fixed) && !hasAny(r.fixed, softwareWords) && !c.alt ||
		phraseAt(r.fixed, 0, statePhrases) > 0 && !u.Question && !c.alt ||
		hasPhrase(r.fixed, boughtPhrases) && !c.alt || r.adviceOnOccasion() && !c.alt || u.Question && dilemma(r.fixed) && !products && !hasAny(r.fixed, softwareWords) && !hasAny(r.fixed, libreWords) || arrangesMeeting(r.fixed) && !c.alt && len(u.Tools) == 0 ||
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

// dilemma reports a choice between two things the asker might do: "je la relance ou je
// libère le créneau ?", "on accepte ou pas ?", "should I call her or do I wait?" — asked
// of peers, no software.
func dilemma(toks []string) bool {
	k := slices.IndexFunc(toks, func(t string) bool { return t == "ou" || t == "or" })
	// The first choice is a short clause of its own: "une visio ou je peux…" is "où" with
	// its accent dropped.
	said := k > 1 && slices.ContainsFunc(toks[max(0, k-3):k], func(t string) bool { return subjectPronouns[t] })
	return said && k+1 < len(toks) && (subjectPronouns[toks[k+1]] || toks[k+1] == "pas" || toks[k+1] == "not") || // "on accepte ou pas ?"
		k > 1 && k+2 < len(toks) && (toks[k+1] == "should" || toks[k+1] == "do") && subjectPronouns[toks[k+2]]
}

// adviceOnOccasion reports advice asked about something the KB does not name, after the
// occasion that named a kind of software: "je prépare le salon pour la séance photo de
// demain, qqn a des conseils pour la lumière ?" asks about light, not photo software.
func (r *reading) adviceOnOccasion() bool {
	for i := range r.fixed {
		if n := phraseAt(r.fixed, i, tipsPhrases); n > 0 {
			return !hasAny(r.fixed[i+n:], softwareWords) && !slices.ContainsFunc(r.matches, func(m phraseMatch) bool { return m.end > i })
		}
	}
	return false
}

// tipsPhrases ask peers for tips on a topic; adviceAskPhrases (cues.go) ask them for
// software.
var tipsPhrases = phraseList("des conseils pour", "des conseils sur", "des astuces pour", "un conseil pour", "une astuce pour",
	"tips for", "tips on", "advice on", "advice for")

// ventingPhrases say the message only lets off steam.
var ventingPhrases = phraseList("just venting", "just ranting", "anyone else s", "anyone elses", "je vide mon sac", "coup de gueule", "je rale juste", "c etait pour raler",
	// Feedback on what was advised: "l'appli que vous m'avez conseillée marche nickel".
	"que vous m avez conseille", "que vous m avez conseillee", "que tu m as conseille", "que tu m as conseillee", "you recommended works",
	"heures au telephone avec", "au telephone avec le support", "hours on the phone with", "min on the phone with", "minutes on the phone with")

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
	"qui a les acces", "qqn a les acces", "quelqu un a les acces", "qui a les codes", "qqn a les codes", "qui a les identifiants", "qqn a les identifiants",
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
// perdre mes réglages ?" asks for help with it, not for another one — but "comment garder
// à jour les documents… sans passer par Dropbox ?" asks how to do without it.
func (r *reading) updateHowTo() bool {
	k := phraseAt(r.fixed, 0, updatePhrases)
	had := slices.ContainsFunc(r.matches, func(m phraseMatch) bool {
		return m.hit.Kind.Names() && !negated(r.fixed, m.start) && (slices.Contains(r.u.Tools, m.hit.ID) || slices.Contains(r.u.Products, m.hit.ID))
	})
	return k > 0 && had && !hasAny(r.fixed, softwareWords) && !hasAny(r.fixed, libreWords)
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
	"j ai vu une pub", "vu une pub", "j ai vu un article", "j ai lu un article", "j ai vu une video", "vu passer une pub", "j ai vu passer") // news of what was seen

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
	"ca vous arrive aussi", "ca vous arrive", "ca t arrive aussi", "il vous arrive aussi", "does that happen to you",
	"quelqu un a deja remplace", "qqn a deja remplace", "vous avez deja remplace", "anyone replaced", "has anyone replaced",
	"quelqu un a garde", "qqn a garde", "c grave", "c est grave", "c est moi ou", "is it me or", "c est juste moi", "ou c est moi", "ou c est chez moi", "c est chez moi ou", "ou c est juste chez moi",
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
