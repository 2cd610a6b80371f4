// SPDX-License-Identifier: AGPL-3.0-or-later

package bot

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/boussole-libre/boussole/knowledge"
	"github.com/boussole-libre/boussole/knowledge/geo"
	"github.com/boussole-libre/boussole/knowledge/textnorm"
)

// Unknown products. A person asking to replace a product the KB does not know must hear
// "je ne connais pas", never a list guessed from a word around the name: "Klovia Drive"
// is no request for file storage, "Trovex ERP" none for Odoo. A name is unknown when it is
// neither a KB word, nor a French word, nor a typo the KB could correct, and it stands where
// a product name stands: right by the request ("alternative à Vemblo", "Fennomail
// alternative", "comme Wexlo"), or written with a capital in a request, before a generic
// word ("Norvando Cloud") or where nothing else is named.

// requestBefore are the words after which a name is what the person asks about.
var requestBefore = wordSet("a", "au", "de", "to", "for", "comme", "like", "remplacer", "replace", "quitter",
	"sous", "utilise", "utilisons", "using", "of", "remplace", "replaced", "quitte")

// unknownProduct returns the unknown product a request names, as the person wrote it, or "".
func (r *reading) unknownProduct(c cues) string {
	if len(r.u.Products)+len(r.u.Tools) > 0 || !(c.alt || c.strongAlt || r.u.Question || c.provider) {
		return ""
	}
	words := textnorm.Words(r.text)
	// "Bulbazap 2 marche plus sur mon pc": the device's category says where, not what.
	generic := len(r.u.Needs) > 0 || slices.ContainsFunc(r.u.Categories, func(c string) bool { return !slices.Contains(r.deviceCats, c) })
	onlyProvider := !(c.alt || c.strongAlt || r.u.Question)
	for i, w := range words {
		k := nameKey(w)
		if editionName(words, i) && r.byRequest(words, i) && len(r.u.Products)+len(r.u.Tools) == 0 && !r.inMatch(k) {
			return nameFrom(words, i) // "remplacer Gribouille Pad Pro par du libre": French words, a brand's name
		}
		if !r.strangeWord(k) || onlyProvider && !(i > 0 && toolAskers[firstToken(words[i-1])]) || generic && bracketedWord(words, i) && !askedIfLibre(words, i) {
			// "prestataire Zimbra vers Orléans" names a tool; "une SCOP Dupont" a firm;
			// "un gestionnaire de mots de passe pour les comptes (plateforme Beneficiary
			// Module, …)" lists what the kind asked will hold.
			continue
		}
		if i > 0 && calledWords[lastToken(words[i-1])] && personCalled(words, i) || originAdjective(words, i) || eventOrSpeaker(words, i) ||
			personTitles[k] || i > 0 && personTitles[lastToken(words[i-1])] {
			continue // "mon héroïne s'appelle Margaux", "an Icelandic crime novel", "le concours Europan", "Margaux dit que…", "le dossier de Mme K."
		}
		// "une TPE", "le RGPD": a short acronym is rarely the product asked about.
		capital := startsUpper(w) && (i > 0 || r.u.Lang == English) && !acronym(w)
		switch {
		case r.byRequest(words, i), libreAfter(words, i), askedIfLibre(words, i), startsUpper(w) && !acronym(w) && askedIfKnown(words, i):
		case startsUpper(w) && !acronym(w) && i+1 < len(words) && r.genericWord(firstToken(words[i+1])) && !nameGoesOn(words, i):
			// "Norvando Cloud ?" — not "les clients du Gap Year Tour", a name that started before.
		case startsUpper(w) && !acronym(w) && i+1 < len(words) && versionNumber(firstToken(words[i+1])) && !generic: // "Bulbazap 2 marche plus"
		case capital && !generic && !afterPlaceCue(words, i) && !nameGoesOn(words, i) && r.softwareTalk():
		case i == 0 && startsUpper(w) && !acronym(w) && !generic && nounCue(r.fixed):
			// "ClimbLogr pour le suivi des voies ouvertes, vous connaissez un équivalent libre ?"
		case startsUpper(w) && !acronym(w) && becomesPaid(words, i): // "Transkribus devient payant…"
		case startsUpper(w) && !acronym(w) && usedThenLikened(words, i): // "uses FlexiGrange…, anything similar?"
		case startsUpper(w) && !acronym(w) && i > 0 && (calledWords[firstToken(words[i-1])] || calledWords[lastToken(words[i-1])]): // "something called DocuNimbus", "qui s'appelle Memoraflow"
		case startsUpper(w) && !acronym(w) && (judged(words, i) || r.comparedPair(words, i)): // "est-ce que AgriTrakr Pro est un bon logiciel…"
		case startsUpper(w) && !acronym(w) && (introduced(words, i) || cleftUsed(words, i)): // "tu connais DonnaTrack ?", "runs on DriveBookly"
		case subjectAsked(words, i): // "Est-ce que DronaVault s'installe sur Linux ?"
		case startsUpper(w) && !acronym(w) && i > 0 && (reviewedBefore[lastToken(words[i-1])] ||
			i > 1 && lastToken(words[i-1]) == "sur" && opinionNouns[lastToken(words[i-2])]):
			// "quelqu'un a testé l'appli KidoPlanner ?", "des retours sur FamiliaSafe ?"
		case startsUpper(w) && !acronym(w) && i > 0 && advisedWords[firstToken(words[i-1])] && (hasPhrase(r.fixed, insteadPhrases) || hasAny(r.fixed, replaceWords) || hasPhrase(r.fixed, nameDoubtPhrases) || hasPhrase(r.fixed, betterAskedPhrases)):
			// "la DRAC nous a conseillé Biblionexa…, une alternative libre à ce truc ?", "un ami
			// m'a conseillé ResidoMatic pour les factures, quelqu'un l'utilise ?"
		case startsUpper(w) && !acronym(w) && hasPhrase(r.fixed, nameDoubtPhrases) && r.softwareTalk():
			// "on nous demande d'installer Vizzifam…, c'est quoi ce truc ?"
		default:
			continue
		}
		r.nameJudged = askedIfLibre(words, i) || r.comparedPair(words, i) || subjectAsked(words, i) || hasPhrase(r.fixed, nameDoubtPhrases)
		return nameFrom(words, i)
	}
	return ""
}

// placeNotUnknown drops a place read from the unknown name itself: "une alternative à
// Tavernly ?" asks about a product, not about Taverny (95).
func (r *reading) placeNotUnknown() {
	if r.place == nil || r.u.Unknown == "" || r.u.UnknownNeed {
		return
	}
	name := strings.Fields(textnorm.Fold(r.u.Unknown))
	if slices.ContainsFunc(r.toks[r.place.start:r.place.end], func(t string) bool { return slices.Contains(name, t) }) {
		r.u.Place, r.place = geo.Place{}, nil
	}
}

// bracketedWord reports a word written inside round brackets.
func bracketedWord(words []string, i int) bool {
	depth := 0
	for _, w := range words[:i] {
		depth += strings.Count(w, "(") - strings.Count(w, ")")
	}
	return depth > 0 || strings.HasPrefix(words[i], "(")
}

// softwareTalk reports a message that speaks of software at all: without it, "qqn sait si
// Karim a récupéré les clés ?" names a person, and "le bac 2 de la Ricoh" a printer.
func (r *reading) softwareTalk() bool {
	return hasAny(r.fixed, softwareNouns) || hasAny(r.fixed, libreWords) || hasAny(r.fixed, replaceWords) || hasPhrase(r.fixed, openSource) ||
		hasAny(r.fixed, alternativeWords) && r.u.Question || hasPhrase(r.fixed, nameAskedPhrases) || hasAny(r.fixed, serviceVerbs) ||
		hasAny(r.fixed, providerWords)
}

// nameAskedPhrases ask what a name is worth: "c'est quoi BeneVolix ?", "Do you know
// Compostr?" — a product asked about, whatever else the message says.
var nameAskedPhrases = phraseList("c est quoi", "pensez quoi", "penses quoi", "vaut quoi", "valent quoi", "ca marche", "vous connaissez",
	"tu connais", "do you know", "what is", "what s", "is it any good", "any good", "heard of", "entendu parler")

// nameDoubtPhrases are the narrow part of the questions about a name: they ask about the
// name alone ("quelqu'un l'utilise ?", "c'est quoi ce truc ?"), so the name is owned up to
// and the needs said beside it are not answered — unlike nameAskedPhrases' bare "c'est
// quoi" or "vous connaissez", which also open a need ("vous connaissez un outil pour…").
var nameDoubtPhrases = phraseList("quelqu un l utilise", "qqn l utilise", "qqun l utilise", "vous l utilisez", "tu l utilises", "c est quoi ce truc",
	"c quoi ce truc", "c est quoi ce machin", "c est quoi ce logiciel", "c est quoi cette appli", "anyone use it", "anyone using it", "anybody use it",
	"vous le conseillez", "tu le conseilles", "vous le recommandez", "tu le recommandes", "would you recommend it", "do you recommend it")

// unknownBeside finds, in a message that names known products, a name the KB does not
// know and that is asked about: "Vous connaissez PitonCloud ? On nous l'a conseillé pour
// remplacer OneDrive", "Est-ce que KoliMail est une bonne alternative libre à Gmail ?".
// The known product is answered; the unknown one is owned up to, not passed over.
// requested says the name is itself what a replacement is asked for, with nothing known
// before it: "a replacement for Doorvinta? we use it for our door access" asks nothing
// about Microsoft Access.
func (r *reading) unknownBeside() (name string, requested bool) {
	if len(r.u.Products)+len(r.u.Tools) == 0 {
		return "", false
	}
	words := textnorm.Words(r.text)
	for i, w := range words {
		if i == 0 && r.u.Lang != English && !judged(words, 0) || !startsUpper(w) || acronym(w) || !r.strangeWord(nameKey(w)) {
			continue
		}
		if r.replacedName(words, i) {
			return nameFrom(words, i), true
		}
		if askedIfKnown(words, i) || judged(words, i) || askedIfLibre(words, i) || introduced(words, i) || i > 0 && (reviewedBefore[lastToken(words[i-1])] ||
			calledWords[firstToken(words[i-1])] || calledWords[lastToken(words[i-1])] || advisedWords[firstToken(words[i-1])]) {
			return nameFrom(words, i), false
		}
	}
	return "", false
}

// replacedName reports a name right after a request for its replacement ("a replacement
// for Doorvinta", "l'alternative libre à Skipr Nautic") with no product or tool read
// before it, in it ("Teamvewer" is TeamViewer misspelt) or beside it ("alternative à Obat
// ou Tolteck" asks about Tolteck too).
func (r *reading) replacedName(words []string, i int) bool {
	if i == 0 || !requestBefore[firstToken(words[i-1])] || !r.cueNear(words, i) {
		return false
	}
	start := 0
	for _, w := range words[:i] {
		start += len(strings.Fields(textnorm.Fold(w)))
	}
	end := start + len(strings.Fields(textnorm.Fold(nameFrom(words, i))))
	return !slices.ContainsFunc(r.matches, func(m phraseMatch) bool {
		known := m.hit.Kind == knowledge.HitProduct || m.hit.Kind == knowledge.HitTool
		return known && (m.start <= start || m.start >= end && m.start <= end+2)
	})
}

// judged reports a name whose worth is asked: "est-ce que AgriTrakr Pro est un bon
// logiciel ?", "Zorblex c'est bien ?", "is Zorblex any good?".
func judged(words []string, i int) bool {
	j := i + 1
	for j < len(words) && (startsUpper(words[j]) || isNumber(firstToken(words[j]))) {
		j++ // the rest of the name: "AgriTrakr Pro", "Bulbazap 2"
	}
	rest := folded(words[j:min(len(words), j+5)])
	if len(rest) < 2 || !(rest[0] == "est" || rest[0] == "is" || rest[0] == "c" && rest[1] == "est" || rest[0] == "vaut") {
		return false
	}
	return slices.ContainsFunc(rest[1:], func(k string) bool { return worthWords[k] })
}

// comparedPair reports two strange names set against each other for a choice:
// "HoneyDashr ou BeeFolio, lequel vous conseillez ?", "Zorblex or Quintly, which is better?"
// — only knowing both can answer.
func (r *reading) comparedPair(words []string, i int) bool {
	k := i + 1
	if k+1 < len(words) && startsUpper(words[k]) && !startsUpper(words[k+1]) {
		k++ // "Kalimbo Booking vs Ctoutvert": a name of two words
	}
	if k+1 >= len(words) || !startsUpper(words[k+1]) || !r.strangeWord(firstToken(words[k+1])) {
		return false
	}
	switch firstToken(words[k]) {
	case "ou", "or", "vs", "versus":
		// "Brel ou Brassens pour l'atelier chant ?" compares singers: coined names only.
		return hasAny(r.fixed, choiceAskWords) && (coined(words[i]) && coined(words[k+1]) || r.softwareTalk())
	}
	return false
}

// coined reports a word with a capital inside it, as brands are coined: "HoneyDashr",
// "BeeFolio" — not "Brel".
func coined(w string) bool {
	for k, c := range w {
		if k > 0 && unicode.IsUpper(c) {
			return true
		}
	}
	return false
}

var choiceAskWords = wordSet("lequel", "laquelle", "lesquels", "which", "mieux", "better", "conseillez", "conseilles", "recommend", "prefer", "preferez")

var worthWords = wordSet("bon", "bonne", "bien", "fiable", "good", "worth", "reliable", "recommandable", "serieux", "le", "la", "mieux", "better",
	"alternative", "compatible") // "BIMora c'est une alternative open source à Revit ?", "Cimetix 3 est-il compatible…"

// introduced reports a name right after words that make it the thing asked about:
// "tu connais DonnaTrack ?", "has anyone tried Chambrello", "un abonnement à Ateliflow",
// "passer sur Trombivox", "runs on DriveBookly", "le mieux entre Brikklo et Cowrkly",
// "c'est quoi TalentBridgr, le logiciel de matching que notre réseau veut imposer ?", "on
// nous propose Kolvana CSE pour la billetterie".
func introduced(words []string, i int) bool {
	return phraseEnds(foldedBefore(words, i, 3), introPhrases)
}

// cleftUsed reports a name set apart as what is used: "C'est Crumbly qu'on utilise pour la
// gestion de la boutique".
func cleftUsed(words []string, i int) bool {
	if i+1 >= len(words) || !phraseEnds(foldedBefore(words, i, 2), cleftOpeners) {
		return false
	}
	after := folded(words[i+1 : min(len(words), i+4)])
	return len(after) > 1 && (after[0] == "qu" || after[0] == "que") && slices.ContainsFunc(after[1:], func(t string) bool { return useVerbs[t] })
}

var cleftOpeners = phraseList("c est", "c etait")

// subjectAsked reports a coined name that a question is about: "Est-ce que DronaVault
// s'installe sur Linux ?", "does FlyQuote export to PDF?" — what it does is asked, so its
// description ("pour gérer une flotte") is no request. Coined names only: "est-ce que
// Karim a les clés ?" asks about a person.
func subjectAsked(words []string, i int) bool {
	return coined(words[i]) && phraseEnds(foldedBefore(words, i, 3), subjectAskPhrases)
}

var subjectAskPhrases = phraseList("est ce que", "est ce qu", "does", "do", "can", "will", "is")

// foldedBefore returns the folded tokens of the n written words before word i.
func foldedBefore(words []string, i, n int) []string { return folded(words[max(0, i-n):i]) }

// folded returns the folded tokens of written words: "l'appli" gives "l", "appli".
func folded(words []string) []string {
	var out []string
	for _, w := range words {
		out = append(out, strings.Fields(textnorm.Fold(w))...)
	}
	return out
}

var introPhrases = phraseList("tu connais", "vous connaissez", "je connais pas", "connaissez vous", "do you know", "does anyone know", "know anything about", "heard about",
	"heard of", "entendu parler de", "entendu parler du", "entendu parler d", "m a parle de", "m a parle du", "nous a parle de", "tried", "abonnement a", "abonnement au", "abonnement", "abonne a", "subscription to", "passer sur", "basculer sur", "migrer sur",
	"runs on", "running on", "run on", "tourne sur", "tournent sur", "mieux entre", "between",
	"c est quoi", "c quoi", "what is", "what s", "nous propose", "nous a propose", "m a propose", "me propose", "est sous", "sommes sous") // "c'est quoi JobFlowz ? un collègue dit que c'est mieux que notre logiciel de paie…"

// usedThenLikened reports a name the person says they use, in a message that asks for
// something like it: "our co-op uses FlexiGrange for the farm planning, anything similar?".
// What it is used for is then its description, not the request.
// "le CROUS nous fait utiliser ResiLink…, vous connaissez une version libre ?" and "…
// utiliser RouloPote pour le covoiturage, il y a une alternative libre ?" ask the same.
func usedThenLikened(words []string, i int) bool {
	if i == 0 || !useVerbs[firstToken(words[i-1])] && firstToken(words[i-1]) != "utiliser" {
		return false
	}
	return slices.ContainsFunc(words[i+1:], func(w string) bool { return similarWords[firstToken(w)] })
}

var similarWords = wordSet("similar", "similaire", "equivalent", "pareil", "same", "ressemble", "ressemblant", "comparable", "version",
	"alternative", "alternatives")

// lastToken returns the last folded token of a written word: "l'appli" gives "appli".
func lastToken(w string) string {
	f := strings.Fields(textnorm.Fold(w))
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// opinionNouns ask what others think of a name: "des retours sur FamiliaSafe ?".
var opinionNouns = wordSet("retours", "retour", "avis", "feedback", "experience", "experiences")

// reviewedBefore introduce a name whose users are asked about.
var reviewedBefore = wordSet("appli", "application", "app", "logiciel", "connait", "connaissez", "connaissait", "teste", "essaye", "utilise")

// advisedWords introduce a name someone advised or sold.
var advisedWords = wordSet("conseille", "recommande", "propose", "vendu", "impose", "recommended", "suggested", "advised",
	"installe", "mis", "installed") // "ma fille m'a installé FamiloFoto…, quelque chose de libre à la place ?"

// calledWords introduce a name: "something called DocuNimbus", "un logiciel appelé Bidule".
// personCalled reports a person's or a pet's name: "mon héroïne s'appelle Margaux".
func personCalled(words []string, i int) bool {
	for k := i - 2; k >= 0 && k >= i-4; k-- {
		if namedBeings[lastToken(words[k])] || personNouns[lastToken(words[k])] {
			return true
		}
	}
	return false
}

var namedBeings = wordSet("heroine", "heros", "personnage", "fille", "fils", "chat", "chien", "copine", "copain", "femme", "mari",
	"frere", "soeur", "prof", "collegue", "bebe", "daughter", "son", "cat", "dog", "character", "wife", "husband", "friend")

// eventOrSpeaker reports a name that is an event's ("le concours Europan", "the
// Hackfest contest") or a person's who speaks ("Margaux dit que c'est 1907"): no product.
func eventOrSpeaker(words []string, i int) bool {
	return i > 0 && eventNouns[lastToken(words[i-1])] || i+1 < len(words) && speechVerbs[firstToken(words[i+1])]
}

var (
	eventNouns  = wordSet("concours", "festival", "salon", "congres", "trophee", "trophees", "prix", "contest", "award", "competition", "tournoi")
	speechVerbs = wordSet("dit", "disait", "pense", "raconte", "explique", "says", "said", "thinks")
)

// originAdjective reports an English adjective of origin before a noun: "an Icelandic
// crime novel", "a Danish firm", "recordings of Corsican speakers".
func originAdjective(words []string, i int) bool {
	k := textnorm.Fold(words[i])
	suffixed := strings.HasSuffix(k, "ic") || strings.HasSuffix(k, "ish") || strings.HasSuffix(k, "ese") || strings.HasSuffix(k, "ian") || strings.HasSuffix(k, "ean") ||
		strings.HasSuffix(k, "can")
	return suffixed && i > 0 && i+1 < len(words) && (singleArticle[lastToken(words[i-1])] || originLinks[lastToken(words[i-1])]) && !startsUpper(words[i+1])
}

// originLinks may stand before an adjective of origin: "recordings of Corsican speakers".
var originLinks = wordSet("the", "of", "in", "for", "our", "with", "by")

var calledWords = wordSet("called", "named", "appele", "appelee", "nomme", "nommee", "appelle")

// editionName reports capitalised words ending with an edition ("Gribouille Pad Pro",
// "Zorglub Plus"): a product's name, whatever its words.
func editionName(words []string, i int) bool {
	if !startsUpper(words[i]) {
		return false
	}
	for k := i + 1; k < len(words) && k <= i+3 && startsUpper(words[k]); k++ {
		if editions[firstToken(words[k])] {
			return true
		}
	}
	return false
}

var editions = wordSet("pro", "plus", "premium", "max", "ultimate", "enterprise", "entreprise", "deluxe")

// becomesPaid reports a name followed by news of its price: "Transkribus devient payant".
func becomesPaid(words []string, i int) bool {
	j := i + 1
	for j < len(words) && j-i < 3 && startsUpper(words[j]) {
		j++ // "Moviqo Coach devient payant": the rest of the name
	}
	var next []string
	for _, w := range words[j:min(len(words), j+3)] {
		next = append(next, firstToken(w))
	}
	return hasPhrase(next, priceyPhrases) || len(next) > 1 && (next[0] == "devient" || next[0] == "passe") && (next[1] == "payant" || next[1] == "cher")
}

// versionNumber reports a short number that can follow a product's name ("2", "360").
func versionNumber(t string) bool { return t != "" && len(t) <= 4 && isNumber(t) }

// versionTag reports a version as written after a name: "3", "2024", "v3".
func versionTag(t string) bool {
	return versionNumber(t) || len(t) > 1 && t[0] == 'v' && versionNumber(t[1:])
}

// toolAskers are provider nouns and service verbs a tool's name follows: "presta Zimbra",
// "installer Krantzbox".
var toolAskers = wordSet("prestataire", "prestataires", "presta", "prestas", "integrateur", "integrateurs", "specialiste",
	"specialistes", "expert", "experts", "installer", "heberger", "deployer", "migrer", "former", "maintenir")

// afterPlaceCue reports a capitalised word right after words that say where: "on est à
// côté de Sarlat", "near Plouzané" — a place the geography does not know, not a product.
func afterPlaceCue(words []string, i int) bool {
	before := foldedBefore(words, i, 3)
	n := len(before)
	if n == 0 {
		return false
	}
	last := before[n-1]
	return whereWordsBefore[last] || last == "de" && n > 1 && nearWords[before[n-2]]
}

// whereWordsBefore put a place after them; not "sur" ("tout tourne sur Quadrelium").
var whereWordsBefore = wordSet("a", "au", "aux", "en", "pres", "vers", "autour", "near", "around", "in", "at")

var nearWords = wordSet("cote", "pres", "autour", "proche", "loin", "region", "coin")

// askedIfLibre reports a name asked about: "Bibliozor 3 c'est libre ou pas ?", "is
// Zorblex open source?".
func askedIfLibre(words []string, i int) bool {
	j := i + 1
	for j < len(words) && (isNumber(firstToken(words[j])) || startsUpper(words[j]) && !strings.ContainsAny(words[j-1], ",.?!")) {
		j++ // a version or the rest of the name: "Bibliozor 3", "Sylvadex Cloud est-il libre ?"
	}
	rest := folded(words[j:min(len(words), j+12)])
	if before := foldedBefore(words, i, 1); len(before) == 1 && (before[0] == "is" || before[0] == "est") && len(rest) > 0 &&
		(libreWords[rest[0]] || rest[0] == "free" || rest[0] == "open" || rest[0] == "opensource") {
		return true // "Is Solarquil Pro free software?"
	}
	// "Bibliozor, c'est libre ?", and a little later: "j'ai vu passer CutMasterix pour
	// piloter les plotters, c'est libre ou pas ?"
	for k := range min(len(rest)-1, 10) {
		if !(rest[k] == "c" && rest[k+1] == "est" || k == 0 && (rest[k] == "est" || rest[k] == "is" || rest[k] == "it")) || rest[k+1] == "there" {
			continue // "ISP, is there an open source firewall…" asks for something else
		}
		for j := k + 1; j < min(len(rest), k+4); j++ {
			// "ReservaLogis, c'est bien ou pas ?" judges it — not "c'est bien mais…";
			// "Vous connaissez CampoFlux ? c'est un logiciel de gestion" says what it is.
			w := rest[j]
			if purposeWords[w] || w == "opensource" || w == "free" || judgeWords[w] && k <= 8 && (j+1 == len(rest) || rest[j+1] != "mais" && rest[j+1] != "but") || k <= 1 && softwareNouns[w] {
				return true
			}
		}
	}
	return false
}

// nameGoesOn reports a capitalised word that continues a name begun before it, not at
// the start of a sentence: "les clients du Gap Year Tour" — not "Is Trusquel Vault…".
func nameGoesOn(words []string, i int) bool {
	return i > 1 && startsUpper(words[i-1]) && !strings.ContainsAny(words[i-2], ".?!")
}

// judgeWords judge a name just introduced: "c'est bien ou pas ?", "is it reliable?".
var judgeWords = wordSet("bien", "bon", "bonne", "fiable", "serieux", "good", "reliable", "legit")

// askedIfKnown reports a name the members are asked whether they know: "MediPlanix, vous
// connaissez ?", "anyone know Trovex?".
func askedIfKnown(words []string, i int) bool {
	j := i + 1
	if j < len(words) && versionTag(firstToken(words[j])) {
		j++ // "Parapentix v3 vous connaissez ?"
	}
	rest := folded(words[j:min(len(words), j+3)])
	return hasPhrase(rest, knownAskPhrases) && phraseAt(rest, 0, knownAskPhrases) > 0
}

var knownAskPhrases = phraseList("vous connaissez", "tu connais", "connaissez vous", "ca vous dit", "ca te dit", "you know", "anyone know", "heard of",
	"on connait", "qqn connait", "quelqu un connait", "ca vous parle", "ca te parle")

// libreAfter reports a name followed only by the wish for a libre version: "Synkora en
// libre ?", "Zorblex mais open source".
// What follows the wish may say what it is for: "Tramouflex 3000 en libre ça existe ? c'est
// pour le club d'astro".
func libreAfter(words []string, i int) bool {
	libre := false
	j := i + 1
	for j < len(words) && isNumber(firstToken(words[j])) {
		j++ // a version: "Tramouflex 3000"
	}
	asked := false // "…en libre ça existe": the question is over, context may follow
	for _, w := range words[j:] {
		k := firstToken(w)
		switch {
		case k == "" || libreTail[k]:
			libre = libre || purposeWords[k] || k == "opensource"
		case libre && existWords[k]:
			asked = asked || k == "existe" || k == "exist" || k == "exists"
		default:
			return libre && asked
		}
	}
	return libre
}

var libreTail = wordSet("en", "mais", "version", "libre", "libres", "open", "source", "opensource", "svp", "stp")

// existWords ask whether the libre version exists: "en libre ça existe ?".
var existWords = wordSet("ca", "existe", "exist", "exists", "il", "y", "a", "t")

// unknownBrand finds "Yarvik Planner", "Zentrova Teams": an unknown capitalised brand
// right before the one-word name of a known product is another vendor's product, not that
// one ("Microsoft Teams" is known, so it stays Teams).
func (r *reading) unknownBrand() bool {
	single := map[string]bool{}
	for _, m := range r.matches {
		if m.end-m.start == 1 && m.hit.Kind == knowledge.HitProduct {
			single[r.fixed[m.start]] = true
		}
	}
	if len(single) == 0 {
		return false
	}
	words := textnorm.Words(r.text)
	for i := 0; i+1 < len(words); i++ {
		if startsUpper(words[i]) && !acronym(words[i]) && r.strangeWord(firstToken(words[i])) && single[firstToken(words[i+1])] {
			return true
		}
	}
	return false
}

// strangeWord: not a word Boussole knows in any way.
func (r *reading) strangeWord(k string) bool {
	return len(k) >= 3 && !stopWords[k] && !isIntentWord(k) && !englishWords[k] && !frenchWords[k] && !isNumber(k) &&
		!r.ix.Known(k) && !textnorm.IsFrenchWord(k) && !(r.u.Lang == English && (textnorm.IsEnglishWord(k) || englishAdverb(k))) &&
		len(r.geo.PlaceNames(k)) == 0 && !countries[k] && !century(k) && !languages[k] && !calendarWords[k] && !r.inMatch(k)
}

// englishAdverb reports an adverb the word list lacks, made from an adjective it has:
// "collaboratively", "seamlessly" are no product names — "Brimly", "Trunkly" may be.
func englishAdverb(k string) bool {
	s, ok := strings.CutSuffix(k, "ly")
	if !ok || len(s) < 6 || !slices.ContainsFunc(adjectiveEndings, func(e string) bool { return strings.HasSuffix(s, e) }) {
		return false
	}
	return textnorm.IsEnglishWord(s)
}

var adjectiveEndings = []string{"ive", "al", "ful", "ous", "ent", "ant", "ate", "less", "ed", "ing", "ic"}

// personTitles come before a person's name: "M. Laval", "Mme K.", "Dr Martin".
var personTitles = wordSet("m", "mme", "mmes", "mlle", "mr", "mrs", "ms", "dr", "monsieur", "madame", "me", "pr")

// calendarWords name days and months: "I left it in the locker on Saturday".
var calendarWords = wordSet("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
	"march", "april", "june", "july", "august", "september", "october", "november", "december", "lundi", "mardi", "mercredi",
	"jeudi", "vendredi", "samedi", "dimanche", "janvier", "fevrier", "avril", "juin", "juillet", "aout", "septembre", "octobre",
	"novembre", "decembre")

// inMatch reports a word read as part of a KB name: "we want to livestream our march"
// names a need, not an unknown product "livestream"; "il utilise Premiere Pro crackée, un
// logiciel de montage libre ?" names a product the KB knows, kept or not.
func (r *reading) inMatch(k string) bool {
	return slices.ContainsFunc(r.matches, func(m phraseMatch) bool { return slices.Contains(r.fixed[m.start:m.end], k) })
}

// languages are no product's name: "a small English language school".
var languages = wordSet("english", "french", "anglais", "francais", "spanish", "german", "italian", "espagnol", "allemand",
	"italien", "breton", "occitan", "creole", "arabic", "arabe", "chinese", "chinois")

// century reports a century written in Roman numerals: "du XVIIe", "XIXème".
func century(k string) bool {
	n := strings.TrimRight(strings.TrimSuffix(strings.TrimSuffix(k, "eme"), "er"), "e")
	return n != "" && strings.Trim(n, "ivxlc") == ""
}

// byRequest: the word stands right after "alternative à", "comme", "remplacer"…, or right
// before "alternative" ("Fennomail alternative"), or opens a question about its alternative
// ("Glimmera, c'est quoi l'alternative ?").
func (r *reading) byRequest(words []string, i int) bool {
	if i > 0 && requestBefore[firstToken(words[i-1])] && r.cueNear(words, i) {
		return true
	}
	for k := i + 1; k < len(words) && k <= i+5; k++ {
		t := firstToken(words[k])
		if t == "alternative" || t == "alternatives" || t == "equivalent" || t == "alternativ" {
			return true
		}
		if strings.Contains(textnorm.Fold(words[k]), "alternative") {
			return true
		}
	}
	return false
}

// cueNear reports a request word within the three words before i.
func (r *reading) cueNear(words []string, i int) bool {
	for k := max(0, i-3); k < i; k++ {
		for _, t := range strings.Fields(textnorm.Fold(words[k])) {
			if alternativeWords[t] || t == "remplacer" || t == "quitter" || t == "comme" || t == "like" || t == "utilise" {
				return true
			}
		}
	}
	return false
}

// genericWord: a KB word a brand name is often followed by ("Drive", "Cloud", "ERP").
func (r *reading) genericWord(k string) bool { return k != "" && !stopWords[k] && r.ix.Known(k) }

// nameFrom is the name starting at word i: it and the capitalised words or numbers after
// it ("Yarvik Planner 2026"), without trailing punctuation.
func nameFrom(words []string, i int) string {
	j := i + 1
	for j < len(words) && j-i < 4 && !strings.ContainsAny(words[j-1], ",;:?!") {
		next := words[j]
		if !startsUpper(next) && !isNumber(firstToken(next)) {
			break
		}
		j++
	}
	return strings.Trim(strings.Join(words[i:j], " "), " ?!.,;:«»\"'()[]<>")
}

func acronym(w string) bool {
	w = strings.Trim(w, " ?!.,;:«»\"'()[]<>")
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s") // "our NGO's page"
	return len(w) <= 5 && strings.ToUpper(w) == w
}

func firstToken(w string) string {
	f := strings.Fields(textnorm.Fold(w))
	if len(f) == 0 {
		return ""
	}
	return f[0]
}

// nameKey is the folded word that may be a name: its first token, or the whole word glued
// when an apostrophe joins two capitalised parts no elision makes ("Vol'Tikit", not
// "L'Équipe" nor "jusqu'à").
func nameKey(w string) string {
	w = strings.Trim(w, " ?!.,;:«»\"()[]<>")
	left, right, ok := strings.Cut(strings.ReplaceAll(w, "’", "'"), "'")
	if ok && len(left) >= 3 && startsUpper(left) && startsUpper(right) && !elisions[textnorm.Fold(left)] {
		return strings.Join(strings.Fields(textnorm.Fold(w)), "")
	}
	return firstToken(w)
}

func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(w, "«\"'(["))
	return unicode.IsUpper(r)
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
