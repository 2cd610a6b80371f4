// SPDX-License-Identifier: AGPL-3.0-or-later

package bot

// Which categories named are kept: a category word that says where the asker is, whom they serve
// or how they work asks for nothing.

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/boussole-libre/boussole/knowledge"
)

// keepCategory keeps a category named, unless it says where or whom, and puts first the
// one asked for ("…sécurité, quel gestionnaire de mots de passe ?").
func (r *reading) keepCategory(m phraseMatch) {
	m = r.mailSense(m)
	if r.trainingOn(m) {
		r.u.Service = "formation"
		return
	}
	if devicesOf(r.toks, m.start) || verbAfterSubject(r.toks, m) || oneOfOurs(r.toks, m.start) || qualityPair(r.toks, m) || siteVisit(r.toks, m) || peopleServed(r.toks, m) ||
		ofOrganisation(r.toks, m.start) || workplace(r.toks, m.start) || // "un petit studio d'enregistrement": who asks
		peopleSought(r.toks, m.start) || m.end-m.start == 1 && (mobileAt(r.toks, m.start) || appMobile(r.toks, m.start)) || // "une appli mobile": where, not an OS
		notKeen(r.toks, m.start) || receivedThing(r.toks, m.start) || skillLacked(r.toks, m.start) || theyHold(r.toks, m.start) || r.writtenTranscription(m) || verbAfterNoun(r.toks, m) || m.end-m.start == 1 && payVerb(r.toks, m.start) ||
		m.end-m.start == 1 && afterPronoun(r.toks, m.start) || journeyOf(r.toks, m) || modeOnly(r.toks, m) || toDoIt(r.toks, m) || // "we live in Fort-de-France", "a reporting trip"
		m.start > 0 && orgNouns[r.toks[m.start-1]] && r.toks[m.start-1] != "bureau" && !userGroup(r.toks, m) || // "le cabinet comptable"
		r.departmentOf(m) || r.subjectOrg(m) || r.runningThings(m) || placeVisited(r.toks, m) || codeLibrary(r.toks, m) || // "Lourdes and Albert from accounting": who, not what is asked
		shopOwned(r.toks, m) || r.incidental(m) || safely(r.toks, m.start) || siteDestination(r.toks, m) || r.siteAfterNeed(m) || showTickets(r.toks, m) ||
		radioAutomation(r.toks, m) || peopleAlerted(r.toks, m) || passwordProtected(r.toks, m) || onePassword(r.toks, m) || messageSent(r.toks, m) || costing(r.toks, m) || r.lentThings(m) || printFormat(r.toks, m) ||
		amongThem(r.toks, m) || wordBefore(r.toks, m) || scannedCopies(r.toks, m) || mediaSent(r.toks, m) || r.bracketedPC(m) || r.contentListed(m) || laterStep(r.toks, m.start) || upkeepOf(r.toks, m.start) {
		return
	}
	if devicesWhere(r.toks, m) || r.byMeans(m) || inTheMails(r.toks, m) || r.platformWord(m) || forDevice(r.toks, m) || inTheBrowser(r.toks, m) ||
		m.start > 0 && deviceNouns[r.toks[m.start-1]] { // "le pc caisse": the machine's role
		r.deviceCats = append(r.deviceCats, m.hit.ID)
	}
	r.machineOnly = r.machineOnly || m.hit.ID == "systeme" && m.end-m.start == 1 && deviceNouns[r.toks[m.start]] && machineWhere(r.toks, m.start)
	r.u.Categories = appendNew(r.u.Categories, m.hit.ID)
	if r.complainedCategory(m) {
		r.sufferedCats = appendNew(r.sufferedCats, m.hit.ID)
	}
	// "quel logiciel pour automatiser les sauvegardes": after "pour" comes a task, and a
	// category named by its verb is not what is asked — its object is.
	if askedWhich(r.toks, m.start) && (r.toks[m.start-1] != "pour" || m.end-m.start > 1) || r.askedLibre(m) || openedRequest(r.toks, r.clauses(), m.start) || categoryForTask(r.toks, m.start) ||
		r.opensTask(m) || r.clauseAsks(m) || namedFirst(r.toks, r.clauses(), m) && (m.end-m.start > 1 || !genericNouns[r.toks[m.start]]) || r.lastQuestionAsks(m) || wantedRightAfter(r.toks, m.start) && !r.needOn(m) || m.start == 0 && featureLinkAfter(r.toks, r.categoryEnd(m)) && !r.twoCategories(m) || notFound(r.toks, m.start) || r.pronounAsks(m) ||
		r.glossed(m) || kindLikened(r.fixed, m.start) { // "gérer les contacts clients, les relances… (CRM)", "un genre de CRM libre ?"
		r.u.Categories = moveFirst(r.u.Categories, m.hit.ID)
		r.askedCategory = true
	}
}

// contentListed reports a category named in a bracketed list beside a product: "quitter
// iCloud (photos, contacts, agenda)", "alternative à Microsoft 365 (mail, docs, agenda)"
// list what the product holds or does, and the product is what to replace.
func (r *reading) contentListed(m phraseMatch) bool {
	return r.inBrackets(m.start) && listInBrackets(r.text) && m.end-m.start == 1 && r.namesTool()
}

// printFormat reports "PDF" said as the format of a printed piece being made: "créer des
// plaquettes PDF imprimables", "a nice PDF brochure", "le livret d'accueil en PDF" ask for
// layout software, not for a PDF tool.
func printFormat(toks []string, m phraseMatch) bool {
	if m.end-m.start != 1 || toks[m.start] != "pdf" {
		return false
	}
	for k := max(0, m.start-7); k < min(len(toks), m.end+3); k++ {
		if printPieces[toks[k]] {
			return true
		}
	}
	// "des notes manuscrites… et les envoyer en pdf après": the format sent, no PDF tool.
	return m.start > 1 && toks[m.start-1] == "en" && slices.ContainsFunc(toks[max(0, m.start-4):m.start-1], func(w string) bool {
		return sendVerbs[w] || shareVerbs[w] || w == "envoyez" || w == "transmettre" || w == "recevoir"
	})
}

var printPieces = wordSet("brochure", "brochures", "plaquette", "plaquettes", "livret", "livrets", "book", "flyer", "flyers",
	"depliant", "depliants", "catalogue", "affiche", "affiches", "poster", "posters", "magazine", "gazette", "fanzine", "leaflet", "leaflets")

// siteDestination reports the asker's site named as where the work goes: "compresser mes
// photos avant de les mettre sur le site" asks for an image tool, not a website.
func siteDestination(toks []string, m phraseMatch) bool {
	if m.end-m.start != 1 || toks[m.start] != "site" || m.start < 3 {
		return false
	}
	k := m.start - 1
	if !definiteWords[toks[k]] && !possessives[toks[k]] {
		return false
	}
	if toks[k-1] != "sur" && toks[k-1] != "on" {
		return false
	}
	return slices.ContainsFunc(toks[max(0, k-4):k-1], func(w string) bool { return putVerbs[w] })
}

// peopleAlerted reports alerts sent to people, with no machine watched in the message:
// "les alertes crues par mail ou notif", "on poste les alertes routes coupées" — a
// mailing or a notice, not monitoring.
func peopleAlerted(toks []string, m phraseMatch) bool {
	return m.end-m.start == 1 && alertWords[toks[m.start]] && !hasAny(toks, watchedThings)
}

var (
	watchedThings = wordSet("serveur", "serveurs", "server", "servers", "site", "sites", "website", "disque", "disques", "disk", "disks",
		"panne", "pannes", "down", "reseau", "network", "machine", "machines", "vm", "vms", "cpu", "ram", "uptime", "service", "services",
		"imprimante", "imprimantes", "box", "routeur", "switch", "nas", "pc", "postes", "capteur", "capteurs", "sonde", "sondes", "temperature")
)

// passwordProtected reports a password said of what is shared: "password protected",
// "protégé par mot de passe" — a feature of the sharing, not a password manager.
func passwordProtected(toks []string, m phraseMatch) bool {
	return m.hit.ID == "mots-de-passe" && (m.end < len(toks) && protectedWords[toks[m.end]] || m.start > 1 && toks[m.start-1] == "par" && protectedWords[toks[m.start-2]])
}

// onePassword reports one password someone changes, forgets or loses: "comment on change
// le mot de passe de la box", "il a encore oublié son mot de passe Outlook" — that password,
// no password manager, unless software is asked for too.
func onePassword(toks []string, m phraseMatch) bool {
	if m.hit.ID != "mots-de-passe" || m.start < 2 || toks[m.start] != "mot" && toks[m.start] != "password" && toks[m.start] != "mdp" {
		return false
	}
	det := toks[m.start-1]
	if !determiners[det] && !otherPossessives[det] {
		return false
	}
	acted := slices.ContainsFunc(toks[max(0, m.start-4):m.start-1], func(w string) bool { return passwordActs[w] })
	return acted && !hasAny(toks, softwareWords) && !hasAny(toks, libreWords)
}

var (
	passwordActs = wordSet("change", "changer", "changez", "changent", "modifier", "modifie", "oublie", "oublies", "oublient",
		"perdu", "reinitialiser", "reinitialise", "retrouver", "recuperer", "rappeler", "reset", "forgot", "forgotten", "lost", "changed")
)

// mediaSent reports photos or videos named as what is sent: "a secure way to send wound
// photos between nurses", "envoyer les photos aux familles" — a way to send, no editing.
func mediaSent(toks []string, m phraseMatch) bool {
	if m.hit.ID != "photo" && m.hit.ID != "video" {
		return false
	}
	for k := m.start - 1; k >= 0 && k >= m.start-3; k-- {
		if sendVerbs[toks[k]] {
			return m.end < len(toks) && sentToWords[toks[m.end]]
		}
	}
	return false
}

var sentToWords = wordSet("between", "to", "entre", "a", "aux", "au")

// messageSent reports one message sent to someone: "je lui envoie un mail ou un sms ?",
// "on leur envoie un mail demain" — the errand, no mail or messaging software.
func messageSent(toks []string, m phraseMatch) bool {
	if m.end-m.start != 1 || m.start < 3 || !indefinite[toks[m.start-1]] {
		return false
	}
	verb := m.start - 2
	if toks[verb] == "ou" && m.start > 4 { // "un mail ou un sms": the second of the pair
		verb -= 3
	}
	return verb > 0 && sendVerbs[toks[verb]] && (toks[verb-1] == "lui" || toks[verb-1] == "leur") && !hasAny(toks, softwareWords)
}

var protectedWords = wordSet("protected", "protect", "protege", "protegee", "proteges", "protegees", "protection")

// appMobile reports the "mobile" of "une appli mobile", made or installed: the kind of
// app, never a phone system asked for.
func appMobile(toks []string, i int) bool {
	if toks[i] != "mobile" {
		return false
	}
	// "une appli mobile", and the English order: "a mobile app for our members"
	return i > 0 && appWords[toks[i-1]] || i+1 < len(toks) && appWords[toks[i+1]]
}

// lentThings reads "les prêts des vélos", "prêts d'instruments" as lending kit: the KB's
// need "prêt de matériel" (Snipe-IT, GLPI…), not library software.
func (r *reading) lentThings(m phraseMatch) bool {
	if !thingsLent(r.toks, m) {
		return false
	}
	for _, h := range r.ix.Phrase("pret de materiel") {
		if h.Kind == knowledge.HitNeed && !r.inBrackets(m.start) { // "(inventaire + prêts de coussins)": an aside
			r.keepNeed(phraseMatch{m.start, m.end, h})
		}
	}
	return true
}

// siteAfterNeed reports the site as where the result of a need goes: "convertir des
// vidéos en mp4 léger pour mettre la bande-annonce sur le site" asks for a converter.
func (r *reading) siteAfterNeed(m phraseMatch) bool {
	k := m.start - 1
	if m.end-m.start != 1 || r.toks[m.start] != "site" || k < 2 || !definiteWords[r.toks[k]] && !possessives[r.toks[k]] || r.toks[k-1] != "sur" {
		return false
	}
	for v := k - 2; v >= 0 && v >= k-7; v-- {
		if putVerbs[r.toks[v]] {
			return slices.ContainsFunc(r.matches, func(o phraseMatch) bool { return o.hit.Kind == knowledge.HitNeed && o.end <= v })
		}
	}
	return false
}

// siteVisit reports "site" as a place where work happens: "during site visits", "on
// site", "a job site" — no website.
func siteVisit(toks []string, m phraseMatch) bool {
	if m.end-m.start != 1 || toks[m.start] != "site" {
		return false
	}
	return m.end < len(toks) && siteWork[toks[m.end]] || m.start > 0 && (toks[m.start-1] == "on" || toks[m.start-1] == "job" || toks[m.start-1] == "construction")
}

var siteWork = wordSet("visit", "visits", "survey", "surveys", "manager", "managers", "work", "works", "meeting", "meetings", "inspection", "inspections")

// pronounAsks reports the category last named before a question that opens on "lequel":
// "…s'affiche mal avec mon vieux navigateur. Lequel prendre ?" asks for a browser.
func (r *reading) pronounAsks(m phraseMatch) bool {
	if deviceNouns[r.toks[m.start]] || startsFollowUp(r.toks) {
		return false // "j'ai un pc de 2015, lequel rame le moins ?": which of those answered
	}
	for k := range r.clauses() {
		if k <= m.start || k >= len(r.toks) || !whichOnes[r.toks[k]] {
			continue
		}
		// "…des vidéos… le lecteur dit codec manquant. Lequel prendre ?": the nearer need.
		return !slices.ContainsFunc(r.matches, func(o phraseMatch) bool {
			return (o.hit.Kind == knowledge.HitCategory || o.hit.Kind == knowledge.HitNeed) && o.start > m.start && o.start < k
		})
	}
	return false
}

var whichOnes = wordSet("lequel", "laquelle", "lesquels", "lesquelles", "lequelle")

// complainedCategory reports a category the asker complains of, maybe through the noun
// it qualifies: "les salons de chat c'est nul pour archiver".
func (r *reading) complainedCategory(m phraseMatch) bool {
	end := r.categoryEnd(m)
	if end+1 < len(r.fixed) && (r.fixed[end] == "de" || r.fixed[end] == "d") {
		if k := slices.IndexFunc(r.matches, func(o phraseMatch) bool { return o.start == end+1 }); k >= 0 {
			end = r.matches[k].end
		}
	}
	return complainedOf(r.fixed, end)
}

// forDevice reports a device named as what the software is for: "c'est pour un
// ordinateur portable", "for my laptop" — where it runs, not a system asked.
func forDevice(toks []string, m phraseMatch) bool {
	k := m.start - 1
	if k >= 0 && (indefinite[toks[k]] || possessives[toks[k]] || definiteWords[toks[k]]) {
		k--
	}
	if m.end-m.start == 1 && deviceNouns[toks[m.start]] && m.start > 0 && (isNumber(toks[m.start-1]) || deviceCounts[toks[m.start-1]]) {
		return true // "android phones + one PC": devices counted, no system asked
	}
	return m.end-m.start == 1 && deviceNouns[toks[m.start]] && k >= 0 && k < m.start-1 && (toks[k] == "pour" || toks[k] == "for")
}

var deviceCounts = wordSet("one", "two", "three", "deux", "trois", "quatre", "several", "plusieurs")

// mailSense reads "messagerie" as e-mail beside a mailbox: "une adresse gmail… on voudrait
// une vraie messagerie" asks for mail, not for a chat app.
func (r *reading) mailSense(m phraseMatch) phraseMatch {
	if m.hit.ID != "messagerie-instantanee" || m.end-m.start != 1 || r.toks[m.start] != "messagerie" && r.toks[m.start] != "messageries" {
		return m
	}
	// "une boîte" after "à" or "de" is a company: "donner nos numéros à une boîte".
	boxes := slices.ContainsFunc(r.toks, func(t string) bool { return mailboxWords[t] && t != "boite" }) || r.boxOwned()
	mail := boxes || slices.ContainsFunc(r.matches, func(o phraseMatch) bool {
		p, ok := r.kb.Product(o.hit.ID)
		return o.hit.Kind == knowledge.HitProduct && ok && len(p.Categories) > 0 && p.Categories[0] == "courriel"
	})
	if mail {
		m.hit.ID = "courriel"
	}
	return m
}

var mailboxWords = wordSet("mail", "mails", "email", "emails", "courriel", "courriels", "adresse", "adresses", "boite", "webmail")

// boxOwned reports "boîte" as a mailbox: "la boîte de réception", "la boîte partagée" —
// not "une boîte" or "donner nos numéros à une boîte", a company.
func (r *reading) boxOwned() bool {
	for i, t := range r.toks {
		if t == "boite" && !(i > 0 && (indefinite[r.toks[i-1]] || r.toks[i-1] == "de" || r.toks[i-1] == "d" || r.toks[i-1] == "a")) {
			return true
		}
	}
	return false
}

// departmentOf reports a category word naming someone's department: "Florence de la compta
// voudrait un outil pour fusionner des PDF" asks for a PDF tool, not accounting.
func (r *reading) departmentOf(m phraseMatch) bool {
	k := m.start - 1
	if k > 0 && (r.toks[k] == "la" || r.toks[k] == "l") {
		k--
	}
	if k < 1 || r.toks[k] != "de" && r.toks[k] != "du" && r.toks[k] != "from" {
		return false // "Nancy from accounting wants…"
	}
	who := r.toks[k-1]
	// "Logiciel de comptabilité…" opens with a capital, and is still no one's name.
	return personNouns[who] || r.capitalAt(k-1) && r.namesOnly(k-1) && !softwareNouns[who] && !genericNouns[who]
}

// subjectOrg reports an organisation that opens the message as the subject of what it
// wants, when something else is named after: "la médiathèque de Chaumont voudrait passer
// ses postes sous Linux" asks about Linux, not library software.
func (r *reading) subjectOrg(m phraseMatch) bool {
	first := m.start
	if first > 0 && (definiteOrg[r.toks[first-1]] || possessives[r.toks[first-1]]) {
		first--
	}
	if first > 0 && !r.clauses()[first] { // "Hi! Our community radio uses…" opens its sentence
		return false
	}
	v := m.end
	if v < len(r.toks) && (r.toks[v] == "de" || r.toks[v] == "d" || r.toks[v] == "du") {
		v += 2 // "de Chaumont", "du village"
	}
	if v >= len(r.toks) || !wantVerbs[r.toks[v]] && !(m.start > 1 && useVerbs[r.toks[v]]) || r.toks[v] == "is" {
		return false
	}
	return slices.ContainsFunc(r.matches, func(o phraseMatch) bool { return o.start > v })
}

// namesOnly reports words before i that are only people's names, written with capitals:
// "Lourdes and Albert from accounting need…".
func (r *reading) namesOnly(i int) bool {
	for j := range i {
		if !r.capitalAt(j) && !coordinators[r.toks[j]] {
			return false
		}
	}
	return true
}

var personNouns = wordSet("collegue", "collegues", "secretaire", "responsable", "gens", "personnes", "nana", "mec", "amie", "ami",
	"directrice", "directeur", "cheffe", "chef", "stagiaire", "agent", "agents")

// keptFeature reports a need the replacement must keep: "…tout en gardant l'ouverture
// de session sur les postes Windows", "without losing the calendar sync".
func keptFeature(toks []string, i int) bool {
	k := i - 1
	if k >= 0 && (definiteWords[toks[k]] || possessives[toks[k]]) {
		k--
	}
	return k >= 1 && (toks[k] == "gardant" || toks[k] == "conservant" || toks[k] == "keeping" || toks[k] == "losing" && toks[k-1] == "without" ||
		toks[k] == "perdre" && toks[k-1] == "sans")
}

// clauseAsks reports a category that opens the last sentence, a question: "…la tête de
// Gérard. un wiki facile à prendre en main ?".
func (r *reading) clauseAsks(m phraseMatch) bool {
	j := m.start - 1
	return r.u.Question && j > 0 && indefinite[r.toks[j]] && r.clauses()[j] && strings.HasSuffix(strings.TrimSpace(r.text), "?") &&
		r.lastClause(m.end)
}

// setUpObject reports a need named as what someone should set up: "qui peut me monter un
// serveur mail perso ?", "someone to install a wiki" — asked outright.
func setUpObject(toks []string, i int) bool {
	k := i - 1
	if k > 0 && indefinite[toks[k]] {
		k--
	}
	return k >= 0 && k < i-1 && (thingSetUpVerbs[toks[k]] || toks[k] == "up" && k > 0 && toks[k-1] == "set")
}

// thingSetUpVerbs set a thing up; "dépanner nos adhérents", "former l'équipe" serve people.
var thingSetUpVerbs = wordSet("installer", "install", "deployer", "deploy", "heberger", "host", "monter", "configurer", "setup", "mettre")

// backupTarget reports a need named as where backups go: "back up the family laptops to
// a home NAS", "sauvegarder sur un disque externe" — the backup is asked, the NAS is there.
func (r *reading) backupTarget(m phraseMatch) bool {
	k := m.start - 1
	for k > 0 && (indefinite[r.fixed[k]] || possessives[r.fixed[k]] || definiteWords[r.fixed[k]] || r.fixed[k] == "home") {
		k--
	}
	if slices.ContainsFunc(r.matches, func(o phraseMatch) bool { return o.hit.ID == "sauvegarde" && o.end == k+1 && k+1 < m.start }) {
		return true // "back up a home server": what is backed up
	}
	if k < 1 || k == m.start-1 || !targetWords[r.fixed[k]] {
		return false
	}
	return slices.ContainsFunc(r.matches, func(o phraseMatch) bool {
		return o.hit.ID == "sauvegarde" && o.end <= k && k-o.end <= 5
	})
}

var targetWords = wordSet("to", "onto", "sur", "vers")

// lastQuestionAsks reports a category named in the last sentence, a question for the software
// that does it: "…on one external drive and if it fails we're done. What free software can
// do automatic backups?" asks for backups, not storage.
func (r *reading) lastQuestionAsks(m phraseMatch) bool {
	before, ok := r.lastQuestionOpening(m)
	task := m.start > 0 && m.end-m.start == 1 && (r.toks[m.start-1] == "pour" || r.toks[m.start-1] == "to") // "…pour automatiser les sauvegardes"
	// "…Vous auriez un système très simple à lui installer ?": the first thing the last
	// question names, after "un", is asked too.
	return ok && !task && ((hasAny(before, whatWords) || hasAny(before, whichWords)) && hasAny(before, softwareNouns) ||
		len(before) <= 3 && indefinite[r.toks[m.start-1]] && hasAny(before, offerVerbs))
}

// lastQuestionNeed reports a need asked the same way: "…patient files on a USB stick. What
// should I use to encrypt it?".
func (r *reading) lastQuestionNeed(m phraseMatch) bool {
	before, ok := r.lastQuestionOpening(m)
	return ok && (hasAny(before, whatWords) || hasAny(before, whichWords)) && (hasAny(before, softwareNouns) || hasAny(before, useVerbs))
}

// lastQuestionOpening returns the words that open the message's last sentence, a question,
// up to m, when m is the first thing it names.
func (r *reading) lastQuestionOpening(m phraseMatch) ([]string, bool) {
	if !r.u.Question || !strings.HasSuffix(strings.TrimSpace(r.text), "?") || !r.lastClause(m.end) {
		return nil, false
	}
	k := 0
	for c := range r.clauses() {
		if c <= m.start && c > k {
			k = c
		}
	}
	namedBefore := slices.ContainsFunc(r.matches, func(o phraseMatch) bool { return o.start >= k && o.end <= m.start })
	return r.toks[k:m.start], k > 0 && m.start > k && !namedBefore
}

// offerVerbs open a question for something the others might have: "vous auriez un…".
var offerVerbs = wordSet("auriez", "avez", "aurais", "aurait", "have", "got", "connaissez", "connais")

// lastClause reports that no clause starts from word i to the end of the message.
func (r *reading) lastClause(i int) bool {
	for k := range r.clauses() {
		if k >= i && k < len(r.toks) {
			return false
		}
	}
	return true
}

// capitalised reports a name written with a capital, as names are.
func (r *reading) capitalised(m phraseMatch) bool {
	return r.capitalAt(m.start)
}

// needOn reports a need named by the same words as m: "logiciel de caisse" is both.
func (r *reading) needOn(m phraseMatch) bool {
	return slices.ContainsFunc(r.matches, func(o phraseMatch) bool {
		return o.hit.Kind == knowledge.HitNeed && o.start == m.start && o.end == m.end
	})
}

// categoryOn reports a category named by the same words as m.
func (r *reading) categoryOn(m phraseMatch) bool {
	return slices.ContainsFunc(r.matches, func(o phraseMatch) bool {
		return o.hit.Kind == knowledge.HitCategory && o.start == m.start && o.end == m.end
	})
}

// oneOfOurs reports a word that names a person of the asker's group: "une de nos
// bénévoles monte les vidéos" is about someone, not about volunteer management.
func oneOfOurs(toks []string, i int) bool {
	return i > 2 && possessives[toks[i-1]] && toks[i-2] == "de" && (toks[i-3] == "un" || toks[i-3] == "une") ||
		i > 2 && toks[i-1] == "our" && toks[i-2] == "of" && toks[i-3] == "one"
}

// serviceBeside reports a service word right beside a name: "formation Blender",
// "hébergement pour un Mastodon", "hosting for a Mastodon", "Nextcloud hosting".
func serviceBeside(toks []string, m phraseMatch) bool {
	if m.start > 0 && trainingKinds[toks[m.start-1]+" "+toks[m.start]] {
		return false // "la formation continue des SPV": a kind of training, not Continue
	}
	i := m.start - 1
	for k := 0; k < 2 && i > 0 && serviceLinks[toks[i]]; k++ {
		i--
	}
	return i >= 0 && serviceWords[toks[i]] != "" || i >= 1 && toks[i] == "place" && toks[i-1] == "en" || // "mettre en place Whisper"
		m.end < len(toks) && serviceWords[toks[m.end]] != "" && !serviceVerbs[toks[m.end]]
}

// trainingKinds name kinds of training with an everyday word.
var trainingKinds = map[string]bool{"formation continue": true, "formation initiale": true, "formation professionnelle": true}

// serviceLinks may stand between a service word and the name it is about.
var serviceLinks = wordSet("pour", "for", "un", "une", "a", "an", "de", "d", "du", "of", "the")

// oneLetterName reports a one-letter word that may be a name: right after the cue
// ("alternative à X", "je quitte X", not "la version X de l'outil") and written alone, not
// glued to other signs ("x@all").
// A capital letter said to have changed is a renamed service too: "X c'est devenu
// n'importe quoi".
func (r *reading) oneLetterName(i int) bool {
	cued := cueRightBefore(r.fixed, i) || i > 0 && leavingWords[r.fixed[i-1]] || postsOn(r.fixed, i) || // "leaving X, where do i go", "poster sur X"
		serviceBeside(r.toks, phraseMatch{start: i, end: i + 1}) // "an R training", "formation R"
	became := !cued && phraseAt(r.fixed, i+1, becamePhrases) > 0
	if !cued && !became {
		return false // the cheap tests first: a long message may hold many lone letters
	}
	w := writtenAs(r.text, r.toks[i:i+1])
	return utf8.RuneCountInString(w) == 1 && (cued || w == strings.ToUpper(w))
}

// postsOn reports a name after "poster sur", "posting on": a network one posts on.
func postsOn(toks []string, i int) bool {
	return i > 1 && (toks[i-1] == "sur" || toks[i-1] == "on") && postVerbs[toks[i-2]]
}

var postVerbs = wordSet("poster", "poste", "postes", "postons", "postent", "publier", "publie", "publions", "post", "posting",
	"posted", "posts", "tweeter", "tweete")

var leavingWords = wordSet("leaving", "leave", "quitting", "quit", "quitte", "quitter")

var becamePhrases = phraseList("c est devenu", "c devenu", "est devenu", "c est devenue", "est devenue", "has become",
	"became", "is now", "s est transforme")

// inTheMails reports mail named as where things are: "d'autres dans les mails".
func inTheMails(toks []string, m phraseMatch) bool {
	return m.end-m.start == 1 && m.start > 1 && toks[m.start-2] == "dans" && (definiteWords[toks[m.start-1]] || possessives[toks[m.start-1]]) &&
		mailWords[toks[m.start]]
}

var mailWords = wordSet("mail", "mails", "email", "emails", "courriel", "courriels", "messagerie")

// devicesWhere reports a device word that says where, not what: "les fichiers sur les PC
// de l'asso", "déployer des logiciels sur les 50 pc".
func devicesWhere(toks []string, m phraseMatch) bool {
	if m.end-m.start != 1 || !deviceNouns[toks[m.start]] && !browserWords[toks[m.start]] {
		return false // "direct dans le navigateur": where it runs, not a browser asked for
	}
	k := m.start - 1
	for k >= 0 && (isNumber(toks[k]) || definiteOrg[toks[k]] || possessives[toks[k]] || toks[k] == "des" || anyWords[toks[k]]) {
		k-- // "depuis n'importe quel téléphone"
	}
	return k >= 0 && (toks[k] == "sur" || toks[k] == "dans" || toks[k] == "on" || toks[k] == "depuis" || toks[k] == "from")
}

// anyWords say any one of the devices: "depuis n'importe quel téléphone".
var anyWords = wordSet("n", "importe", "quel", "quelle", "any", "tout", "tous", "chaque", "every")
