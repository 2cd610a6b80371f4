// SPDX-License-Identifier: AGPL-3.0-or-later

package bot

// The other senses of words that name needs, categories and tools: verbs ("la télé affiche
// des pubs"), common nouns ("les réparations du garage", "our office"), what is done with a
// thing ("en scannant le code barre"), who holds it ("c'est eux qui ont les contacts").

import (
	"slices"
	"strings"

	"github.com/boussole-libre/boussole/knowledge"
)

// officeElsewhere reports "office" that is not Microsoft Office: a workplace ("our
// office", "a 20-person office": in English, the product is written "Office"), a body
// ("l'office de tourisme"), or part of an unknown brand ("Zentrix Cloud Office").
func (r *reading) officeElsewhere(m phraseMatch) bool {
	if !r.capitalised(m) {
		return r.u.Lang == English || workplaceOffice(r.toks, m.start, r.u.Lang)
	}
	return m.start > 1 && r.capitalAt(m.start-1)
}

// workplaceOffice reports "office" as a place or a body, not Microsoft Office: "our
// office", "I work in an office", "l'office de tourisme", "back office".
func workplaceOffice(toks []string, i int, lang Lang) bool {
	if i > 0 && toks[i-1] == "a" && lang == French {
		return false // "alternative à Office"
	}
	return i > 0 && (determiners[toks[i-1]] || toks[i-1] == "back" || toks[i-1] == "front" || toks[i-1] == "home" ||
		sizeAdjectives[toks[i-1]] || i > 1 && determiners[toks[i-2]] && !cueWordsBefore[toks[i-1]]) ||
		i+1 < len(toks) && (toks[i+1] == "de" || toks[i+1] == "du" || toks[i+1] == "d" || toks[i+1] == "notarial" || toks[i+1] == "manager")
}

// cueWordsBefore may stand between an article and a product's name: "la suite Office".
var cueWordsBefore = wordSet("suite", "pack", "licence", "licences", "license", "version")

// commonNounBefore reports an everyday word used as one: "les réparations du garage",
// "mon signal", not Garage or Signal — the software is named bare.
func commonNounBefore(toks []string, i int) bool {
	if i > 2 && toks[i-1] == "du" {
		// "les réparations du garage", "aux appels du garage" — but "héberge du Matrix"
		return definiteWords[toks[i-3]] || toks[i-3] == "aux" || toks[i-3] == "des" || toks[i-3] == "au"
	}
	return i > 0 && (toks[i-1] == "au" || toks[i-1] == "aux" || possessives[toks[i-1]] && toks[i-1] != "our" && toks[i-1] != "my")
}

// everydayUse reports an everyday word used as one, in French: an attribute ("c'est
// sympa mais proprio") or a noun an adjective qualifies ("un petit garage de 3
// personnes") — not the tools Sympa or Garage.
func everydayUse(toks []string, i int) bool {
	if i == 0 {
		return false
	}
	prev := toks[i-1]
	return attributeBefore[prev] || i > 1 && prev == "est" && toks[i-2] == "c" || qualifiers[prev] ||
		i+1 < len(toks) && qualifiersAfter[toks[i+1]] // "garage indépendant"
}

var qualifiersAfter = wordSet("independant", "independante", "auto", "automobile", "solidaire", "associatif", "associative", "municipal", "communal", "intercommunal",
	"familial", "familiale", "local", "locale")

// goodDeal reports "un bon plan", "des bons plans pour une salle": a deal, not a map or
// a floor plan.
func goodDeal(toks []string, i int) bool {
	return i > 0 && (toks[i] == "plan" || toks[i] == "plans") && goodWords[toks[i-1]]
}

var goodWords = wordSet("bon", "bons", "meilleur", "meilleurs")

var attributeBefore = wordSet("trop", "tres", "super", "vraiment", "assez", "plutot", "hyper", "pas")

var qualifiers = wordSet("petit", "petite", "petits", "petites", "grand", "grande", "grands", "grandes", "vieux", "vieil",
	"vieille", "nouveau", "nouvel", "nouvelle", "beau", "bel", "belle")

// userGroup reports a Linux user group sought: "un club linux en Auvergne ?" asks for
// people who know Linux, and so about Linux.
func userGroup(toks []string, m phraseMatch) bool {
	return m.hit.ID == "systeme" && m.start > 1 && userGroupNouns[toks[m.start-1]] &&
		(indefinite[toks[m.start-2]] || toks[m.start-2] == "des")
}

var userGroupNouns = wordSet("club", "clubs", "groupe", "groupes", "asso", "assos", "association", "associations")

// trainingOn reports a training given on a named tool, a service: "une formation en ligne
// sur LibreOffice" asks for a trainer, not for an e-learning platform.
func (r *reading) trainingOn(m phraseMatch) bool {
	if m.hit.Kind == knowledge.HitNeed && !slices.ContainsFunc(r.matches, func(o phraseMatch) bool {
		return o.hit.ID == "elearning" && o.start == m.start && o.end == m.end
	}) || m.hit.Kind == knowledge.HitCategory && m.hit.ID != "elearning" {
		return false // "une formation en ligne" names Moodle's need with the same words
	}
	k := slices.IndexFunc(r.toks[m.start:m.end], func(t string) bool { return trainingNouns[t] })
	if k < 0 || m.end+1 >= len(r.toks) || !onWords[r.toks[m.end]] || trainingMentioned(r.toks, m.start+k) {
		return false // "nos factures de formation sur Excel": invoices, no course on Excel
	}
	return slices.ContainsFunc(r.matches, func(o phraseMatch) bool {
		return o.start == m.end+1 && (o.hit.Kind == knowledge.HitTool || o.hit.Kind == knowledge.HitProduct)
	})
}

var trainingNouns = wordSet("formation", "formations", "cours", "training", "trainings", "course", "courses")

var onWords = wordSet("sur", "on", "a", "au", "de", "du", "about")

// theyHold reports what a platform keeps for itself: "c'est eux qui ont les contacts des
// clients" complains of Uber Eats, it asks for no address book.
func theyHold(toks []string, i int) bool {
	if i > 2 && ofWords[toks[i-1]] && theyHold(toks, i-2) {
		return true // "les contacts des clients"
	}
	return i > 2 && (toks[i-1] == "les" || toks[i-1] == "nos" || toks[i-1] == "mes" || toks[i-1] == "toutes" || toks[i-1] == "tous") &&
		(toks[i-2] == "ont" || toks[i-2] == "gardent") && (toks[i-3] == "qui" || toks[i-3] == "ils" || toks[i-3] == "eux")
}

// writtenTranscription reports a transcription of written pages: "40 registres notariaux à
// transcrire… reconnaissance d'écriture manuscrite" is no recording to turn into text.
func (r *reading) writtenTranscription(m phraseMatch) bool {
	if m.end-m.start != 1 || !transcribeWords[r.toks[m.start]] {
		return false
	}
	return hasAny(r.toks, writtenWords) && !hasAny(r.toks, recordingWords)
}

// doneOnProduct reports a need done today on the product named right after: "la carte des
// producteurs du canton sur Google Maps" — what the product is used for is what to replace.
func (r *reading) doneOnProduct(m phraseMatch) bool {
	for k := m.end; k < len(r.toks) && k <= m.end+3; k++ {
		if r.toks[k] != "sur" && r.toks[k] != "on" {
			continue
		}
		if slices.ContainsFunc(r.matches, func(o phraseMatch) bool {
			return o.start == k+1 && o.hit.Kind == knowledge.HitProduct && r.serviceWithAlternative(o.hit.ID, m.hit.ID)
		}) {
			return true
		}
	}
	return false
}

// serviceWithAlternative reports a hosted service that lists the tool among its
// alternatives.
func (r *reading) serviceWithAlternative(product, tool string) bool {
	p, ok := r.kb.Product(product)
	return ok && p.Service && p.Lists(tool)
}

// orgSought reports a need word that names the kind of organisation sought: "une
// recyclerie informatique qui remet les pc sous Linux", "genre ressourcerie ?" — unlike
// "un logiciel pour une ressourcerie", the asker's.
func orgSought(toks []string, m phraseMatch) bool {
	if m.end-m.start != 1 || !soughtKinds[toks[m.start]] || m.start == 0 {
		return false
	}
	k := m.start - 1
	if !indefinite[toks[k]] && toks[k] != "genre" && toks[k] != "type" {
		return false
	}
	return k == 0 || !(toks[k-1] == "pour" || toks[k-1] == "for" || possessives[toks[k-1]])
}

var soughtKinds = wordSet("recyclerie", "recycleries", "ressourcerie", "ressourceries")

// barcodeScan reports a scanning word said of a barcode: "en scannant le code barre des
// livres" reads a code, it digitises no paper.
func barcodeScan(toks []string, m phraseMatch) bool {
	if !slices.ContainsFunc(toks[m.start:m.end], func(w string) bool { return strings.HasPrefix(w, "scan") }) || hasAny(toks[m.start:m.end], scannedTickets) {
		return false // "scanner les billets (QR code)": checking tickets in is the need
	}
	if hasAny(toks, networkScanned) {
		return true // "le port 22 est ouvert…, un outil pour scanner et auditer ça": a network scan
	}
	for k := m.end; k < len(toks) && k <= m.end+3; k++ {
		if barcodeWords[toks[k]] {
			return true
		}
	}
	return false
}

var networkScanned = wordSet("port", "ports", "ssh", "pentest")

var scannedTickets = wordSet("billets", "billet", "tickets", "ticket", "entrees")

var barcodeWords = wordSet("code", "codes", "barcode", "barcodes", "qr", "isbn", "ean")

// verbAfterNoun reports a noun-verb homograph used as the verb of a named subject: "la télé
// connectée affiche des pubs partout" makes no poster, "la ferme livre des paniers" no book.
func verbAfterNoun(toks []string, m phraseMatch) bool {
	if m.end-m.start != 1 || !verbHomographs[toks[m.start]] || m.start == 0 || m.end >= len(toks) {
		return false
	}
	prev := toks[m.start-1]
	return !determiners[prev] && !stopWords[prev] && (determiners[toks[m.end]] || toks[m.end] == "partout")
}

// placeVisited reports a place one goes to, named like a category: "faut que je vienne à
// la médiathèque avec ma clé", "I'll go to the library" — a trip, not library software.
// "Passer à" is left out: "passer à l'OCR", "passer à la visio" is a move.
func placeVisited(toks []string, m phraseMatch) bool {
	j := m.start - 1
	switch {
	case j >= 1 && (toks[j] == "la" || toks[j] == "l" || toks[j] == "the") && (toks[j-1] == "a" || toks[j-1] == "to" || toks[j-1] == "at"):
		j -= 2
	case j >= 0 && (toks[j] == "au" || toks[j] == "aux"):
		j--
	default:
		return false
	}
	// "notre expo photo à la médiathèque": where an event takes place.
	held := j >= 0 && hasAny(toks[max(0, j-2):j+1], heldEvents)
	return j >= 0 && (goVerbs[toks[j]] || j >= 1 && goVerbs[toks[j-1]] || held)
}

// heldEvents are events held somewhere: "l'expo à la médiathèque", "un atelier au musée".
var heldEvents = wordSet("expo", "exposition", "atelier", "ateliers", "animation", "animations", "conference", "soiree", "spectacle",
	"projection", "projections", "stand", "permanence", "permanences", "rencontre", "rencontres", "lecture", "lectures", "concert", "vernissage",
	"workshop", "workshops", "exhibition", "event", "events", "screening")

var goVerbs = wordSet("aller", "vais", "va", "vas", "allons", "allez", "vont", "venir", "viens", "vient", "vienne", "venons", "venez",
	"retourner", "retourne", "rendre", "emmener", "amener", "go", "goes", "going", "went",
	"come", "coming", "came", "head", "heading")

// runningThings reports the English "running" of someone who runs something: "running
// LaTeX workshops", "running our server", "running Windows 10" — no jogging. The sport
// is "running" bare or before what is done with it ("a running app").
func (r *reading) runningThings(m phraseMatch) bool {
	if m.end-m.start != 1 || r.toks[m.start] != "running" || m.end >= len(r.toks) {
		return false
	}
	next := r.toks[m.end]
	return determiners[next] || possessives[next] || isNumber(next) || r.capitalAt(m.end) ||
		slices.ContainsFunc(r.matches, func(o phraseMatch) bool { return o.start == m.end && o.hit.Kind != knowledge.HitCategory })
}

// reflexiveVerb reports a need word used as a French verb after "se" or "ne": "la carte
// s'affiche plus" is no poster to make.
func (r *reading) reflexiveVerb(m phraseMatch) bool {
	if m.end-m.start != 1 || m.start == 0 || r.u.Lang != French {
		return false
	}
	w := r.toks[m.start-1]
	return w == "s" || w == "se" || w == "ne" || w == "n"
}

var (
	transcribeWords = wordSet("transcrire", "transcription", "retranscrire", "retranscription", "transcribe", "transcrit", "transcrits", "transcrites")
	writtenWords    = wordSet("manuscrit", "manuscrits", "manuscrite", "manuscrites", "registre", "registres", "archives", "actes",
		"notariaux", "htr", "ecriture", "handwritten", "handwriting", "manuscripts", "paleographie", "parchemins", "page", "pages")
	recordingWords = wordSet("audio", "enregistrement", "enregistrements", "entretien", "entretiens", "interview", "interviews",
		"podcast", "podcasts", "reunion", "reunions", "video", "videos", "recording", "recordings", "voix", "voice")
)

var (
	verbHomographs = wordSet("affiche", "affichent", "livre", "livrent")
	determiners    = wordSet("le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "ce", "cet", "cette", "ces", "mon", "ma", "mes",
		"ton", "ta", "tes", "son", "sa", "ses", "notre", "nos", "votre", "vos", "leur", "leurs", "the", "a", "an", "my", "our")
)

// moneyIn reports "recettes" as takings, beside expenses or the books: "compta…
// recettes/dépenses" is bookkeeping, not a cookbook.
func moneyIn(toks []string, m phraseMatch) bool {
	return m.end-m.start == 1 && (toks[m.start] == "recettes" || toks[m.start] == "recette") && hasAny(toks, bookWords)
}

var bookWords = wordSet("depenses", "depense", "compta", "comptabilite", "bnc", "tresorerie", "factures", "facturation", "bilan", "caisse")

// legalForm reports a company's legal form, not a product: "notre petite SAS", "en SARL".
func legalForm(toks []string, i int) bool {
	return legalForms[toks[i]] && i > 0 && (possessives[toks[i-1]] || toks[i-1] == "une" || toks[i-1] == "petite" || toks[i-1] == "en" || toks[i-1] == "la")
}

var legalForms = wordSet("sas", "sasu", "sarl", "eurl", "sa", "sci")

// journeyOf reports a need word that names what a journey is for: "during a reporting
// trip" is a journalist's assignment, not business reporting.
func journeyOf(toks []string, m phraseMatch) bool {
	return m.end < len(toks) && journeyNouns[toks[m.end]]
}

var journeyNouns = wordSet("trip", "trips", "assignment", "journey", "voyage", "deplacement", "mission")

// callsMade reports "appels" followed by how they are made: "faire des appels vidéo avec
// mes petits-enfants" calls people, it is no class roll call.
func callsMade(toks []string, m phraseMatch) bool {
	last := toks[m.end-1]
	return (last == "appel" || last == "appels") && m.end < len(toks) && callKinds[toks[m.end]]
}

var callKinds = wordSet("video", "videos", "visio", "audio", "telephoniques", "telephonique", "en")

// modeOnly reports a category word naming how one joins, not what is sought: "I'll join
// with audio only".
func modeOnly(toks []string, m phraseMatch) bool {
	return m.end < len(toks) && (toks[m.end] == "only" || toks[m.end] == "seulement" || toks[m.end] == "uniquement")
}

// onTheForum reports a forum named as where one looked: "plusieurs tours sur le forum
// sans trouver…" — this community's forum, no forum software asked.
func onTheForum(toks []string, m phraseMatch) bool {
	return m.end-m.start == 1 && (toks[m.start] == "forum" || toks[m.start] == "forums") && m.start > 1 && definiteWords[toks[m.start-1]] &&
		(toks[m.start-2] == "sur" || toks[m.start-2] == "on" || toks[m.start-2] == "dans")
}

// toDoIt reports "to do" as a verb: "scared to do it alone" is no to-do list.
func toDoIt(toks []string, m phraseMatch) bool {
	return m.end-m.start == 2 && toks[m.start] == "to" && toks[m.start+1] == "do" && m.end < len(toks) &&
		(toks[m.end] == "it" || toks[m.end] == "this" || toks[m.end] == "that" || toks[m.end] == "so" || toks[m.end] == "the")
}

// peopleServed reports people a service is for: "former nos adhérents à Orca" trains the
// members, it asks for no membership software.
func peopleServed(toks []string, m phraseMatch) bool {
	// "accompagner un centre de santé… pour passer les PC sous Linux": the client.
	if m.start > 1 && serveVerbs[toks[m.start-2]] && (m.end-m.start == 1 && possessives[toks[m.start-1]] || singleArticle[toks[m.start-1]] && toks[m.start-1] != "a") {
		return true
	}
	// "demander l'avis des adhérents", "demander aux adhérents", "protéger les adhérents
	// contre les arnaques": the people asked or protected, not their management.
	// "pour que les clients voient la carte": the customers act, no customer file is asked;
	// "les vélos qu'on loue aux clients": they are served.
	if m.end-m.start == 1 && servedPeople[toks[m.start]] && (clauseSubject(toks, m.start) || m.start > 1 && toks[m.start-1] == "aux" && rentVerbs[toks[m.start-2]] ||
		m.start > 1 && (toks[m.start-2] == "pour" && (toks[m.start-1] == "nos" || toks[m.start-1] == "les" || toks[m.start-1] == "mes") ||
			toks[m.start-2] == "avec" && (toks[m.start-1] == "nos" || toks[m.start-1] == "les")) &&
			!(m.start > 2 && softwareNouns[toks[m.start-3]])) {
		// "une messagerie… pour nos adhérents", "discuter en direct avec les adhérents" —
		// but "un logiciel pour les élèves" asks for software made for them
		return true
	}
	k := m.start - 1
	if k >= 1 && (toks[k] == "des" || toks[k] == "aux" || toks[k] == "les" || toks[k] == "nos") {
		return askedPeople[toks[k-1]] || k >= 2 && toks[k-1] == "avis" && (toks[k-2] == "l" || toks[k-2] == "leur")
	}
	return false
}

var rentVerbs = wordSet("loue", "louons", "louent", "propose", "proposons", "offre", "offrons", "vend", "vendons", "envoie", "envoyons")

var servedPeople = wordSet("clients", "client", "clientes", "adherents", "membres", "benevoles", "parents", "eleves", "patients",
	"visiteurs", "usagers", "habitants", "salaries", "voyageurs", "touristes", "customers", "guests", "members")

var askedPeople = wordSet("demander", "sonder", "consulter", "interroger", "proteger", "prevenir", "informer", "ask", "survey", "protect")

var serveVerbs = wordSet("former", "formons", "forme", "accompagner", "accompagne", "aider", "aide", "train", "training", "help", "helping", "sensibiliser")

// videoSense reads the words of video in the sense the message gives them, before any
// other step: "faire des appels vidéo" are calls, not video editing; "Visio alternative"
// in English (unless calls are spoken of), or right after a cue, is Microsoft's diagram
// tool, not a video call.
func (r *reading) videoSense(m phraseMatch) knowledge.Hit {
	switch {
	case m.hit.ID == "video" && m.start > 0 && (r.toks[m.start-1] == "appels" || r.toks[m.start-1] == "appel"),
		m.hit.ID == "video" && m.start > 1 && r.toks[m.start-1] == "en" && slices.ContainsFunc(r.toks[max(0, m.start-6):m.start-1], func(w string) bool { return inVideoCalls[w] }):
		m.hit.ID = "visio" // "des appels en vidéo", "se voir en vidéo"
	case m.hit.ID == "visio" && m.end-m.start == 1 && r.toks[m.start] == "visio" && (r.u.Lang == English && !hasAny(r.toks, callWords) ||
		cueRightBefore(r.fixed, m.start) && r.toks[m.start-1] != "de" && r.toks[m.start-1] != "d"): // "une appli libre de visio": a call
		return knowledge.Hit{Kind: knowledge.HitProduct, ID: "microsoft-visio"}
	}
	return m.hit
}

// inVideoCalls come before "en vidéo" in a video call: "des appels en vidéo", "on se voit en vidéo".
var inVideoCalls = wordSet("appels", "appel", "appeler", "appelle", "voir", "voit", "voient", "parler", "parle", "discuter", "rencontrer")

// callWords make an English "visio" the video call French speakers mean: "a visio service
// for the weekly family call", "a hosted visio for parents' evenings".
var callWords = wordSet("call", "calls", "calling", "meeting", "meetings", "webinar", "webinars", "videocall", "videocalls",
	"evening", "evenings", "session", "sessions", "hosted", "room", "rooms", "link")

// nurseIDE reports "IDE" in a message about nursing: an "infirmier diplômé d'État", not
// a code editor ("un cabinet d'infirmiers (5 IDE)").
func nurseIDE(toks []string, m phraseMatch) bool {
	return m.end-m.start == 1 && (toks[m.start] == "ide" || toks[m.start] == "ides" || toks[m.start] == "idel") && hasAny(toks, careWords)
}

var careWords = wordSet("infirmier", "infirmiers", "infirmiere", "infirmieres", "soins", "patient", "patients", "patientele", "medical",
	"medicale", "sante", "nurse", "nurses", "nursing", "kine", "kines", "soignant", "soignants", "ehpad", "ssiad")

// incidental reports a need or category word that only says who asks, when, or how a
// chat ends: the organisation named after its town, the "-ci" of "ce mois-ci", "je
// retourne à mes devis", nurses' "IDE".
func (r *reading) incidental(m phraseMatch) bool {
	return r.namedAfterPlace(m) || demonstrativeCi(r.toks, m) || backTo(r.toks, m.start) || nurseIDE(r.toks, m) || capturedWith(r.toks, m.start) ||
		personFrom(r.toks, m.start) || r.whereToolRuns(m) || attachedPhotos(r.toks, m)
}

// attachedPhotos reports photos named as what a record carries: "les comptes rendus de
// chantier avec photos", "a truck check with pictures" ask for no photo editor — but
// "faire un montage avec des photos" works on them.
func attachedPhotos(toks []string, m phraseMatch) bool {
	if m.end-m.start != 1 || !attachedKinds[toks[m.start]] {
		return false
	}
	k := m.start - 1
	if k > 0 && (toks[k] == "des" || toks[k] == "les" || toks[k] == "the") {
		k--
	}
	if k < 1 || toks[k] != "avec" && toks[k] != "with" {
		return false
	}
	return !photoWork[toks[k-1]]
}

// photoWork are the words before "avec des photos" that work on them.
var photoWork = wordSet("faire", "fait", "creer", "monter", "montage", "montages", "diaporama", "diaporamas", "album", "albums",
	"video", "videos", "collage", "collages", "jouer", "travailler", "retoucher", "make", "create", "slideshow", "slideshows", "edit")

var attachedKinds = wordSet("photo", "photos", "pictures", "picture", "photographies")

// whereToolRuns reports a need that says where a tool named just before is used: "nos
// postes sous Linux Mint au cabinet médical" asks about Linux Mint, not practice software.
func (r *reading) whereToolRuns(m phraseMatch) bool {
	if m.start < 2 || r.toks[m.start-1] != "au" {
		return false
	}
	return slices.ContainsFunc(r.matches, func(o phraseMatch) bool { return o.end == m.start-1 && o.hit.Kind == knowledge.HitTool })
}

// personFrom reports an organisation named as where someone who spoke comes from: "le
// monsieur de la médiathèque m'a parlé de Linux" asks nothing about library software.
func personFrom(toks []string, i int) bool {
	j := i - 1
	if j > 0 && (toks[j] == "la" || toks[j] == "l") {
		j--
	}
	if j < 1 || toks[j] != "de" && toks[j] != "du" && toks[j] != "d" {
		return false
	}
	return speakerNouns[toks[j-1]]
}

var speakerNouns = wordSet("monsieur", "dame", "madame", "gars", "type", "mec", "nana", "fille", "benevole", "benevoles",
	"conseiller", "conseillere", "animateur", "animatrice", "vendeur", "vendeuse", "technicien", "technicienne", "employe",
	"employee", "jeune", "jeunes", "gens", "guy", "lady", "woman", "man", "pote", "potes", "copain", "copine", "copains",
	"copines", "camarade", "camarades", "ami", "amie", "amis", "amies")

// namedAfterPlace reports a category word that names the asker's organisation after its
// town: "médiathèque de Pointe-à-Pitre : un prestataire qui maintient des postes sous
// Linux ?" asks nothing about library software.
func (r *reading) namedAfterPlace(m phraseMatch) bool {
	k := m.end
	if k < len(r.toks) && (r.toks[k] == "de" || r.toks[k] == "d") {
		k++
	}
	if k < len(r.toks) && (r.toks[k] == "la" || r.toks[k] == "l") {
		k++
	}
	return k > m.end && k < len(r.toks) && r.taken[k] && !r.u.Place.IsZero()
}

// demonstrativeCi reports the "-ci" of "ce mois-ci", "celui-ci", "ci-joint": no
// continuous integration.
func demonstrativeCi(toks []string, m phraseMatch) bool {
	if m.end-m.start != 1 || toks[m.start] != "ci" {
		return false
	}
	i := m.start
	return i > 0 && demonstratives[toks[i-1]] || i > 1 && demonstratives[toks[i-2]] ||
		i+1 < len(toks) && (toks[i+1] == "joint" || toks[i+1] == "jointe" || toks[i+1] == "dessous" || toks[i+1] == "dessus" || toks[i+1] == "apres")
}

// backTo reports what the asker goes back to: "enfin bref, je retourne à mes devis" ends
// a chat, it asks for no quoting software.
func backTo(toks []string, i int) bool {
	return i > 2 && possessives[toks[i-1]] && (toks[i-2] == "a" || toks[i-2] == "to") && backVerbs[toks[i-3]]
}

var backVerbs = wordSet("retourne", "retournons", "retourner", "repars", "replonge", "back", "return")

// safely reports "en toute sécurité", "en sécurité": how a thing is done, not security
// software asked for.
func safely(toks []string, i int) bool {
	return i > 0 && toks[i] == "securite" && (toks[i-1] == "en" || i > 1 && toks[i-1] == "toute" && toks[i-2] == "en")
}

var demonstratives = wordSet("ce", "cet", "cette", "ces", "celui", "celle", "ceux", "celles")

// clauseSubject reports a need phrase that is who acts in a "pour que" clause: in "pour
// que les bénévoles du festival signent les feuilles", signing is asked, not a volunteer
// planner.
func clauseSubject(toks []string, i int) bool {
	return i > 1 && (toks[i-2] == "que" || toks[i-2] == "qu") && (definiteWords[toks[i-1]] || toks[i-1] == "nos" || toks[i-1] == "vos")
}

// costing reports "chiffrer" as pricing work: "chiffrer ses métrés et estimations", "le
// chiffrage des travaux" — no encryption.
// "pour chiffrer sans se déplacer", "avant de chiffrer ?": a quote, for a verb with no
// object — "un outil libre pour chiffrer ?" after the files named still encrypts.
func costing(toks []string, m phraseMatch) bool {
	beforeQuote := m.start > 1 && toks[m.start-1] == "de" && toks[m.start-2] == "avant"
	bare := m.end-m.start == 1 && toks[m.start] == "chiffrer" && (m.end < len(toks) && quoteFollowers[toks[m.end]] || beforeQuote)
	return bare || saidOf(toks, m, costWords, costObjects, 5)
}

// quoteFollowers follow "chiffrer" used without an object.
var quoteFollowers = wordSet("sans", "avant", "plus", "vite", "rapidement", "au", "a", "et", "mieux", "juste")

// saidOf reports a name of one word among heads with one of objects in the few words after
// it: the sense of the word is the one its object gives.
func saidOf(toks []string, m phraseMatch, heads, objects map[string]bool, window int) bool {
	return m.end-m.start == 1 && heads[toks[m.start]] && hasAny(toks[m.end:min(len(toks), m.end+window)], objects)
}

var costWords = wordSet("chiffrer", "chiffrage", "chiffre")

var costObjects = wordSet("metres", "metre", "estimation", "estimations", "devis", "travaux", "cout", "couts", "prix", "budget",
	"budgets", "chantier", "chantiers", "refection", "prestation", "prestations", "heures", "commandes", "commande", "projets")

// thingsLent reports "prêts" of things that are no books: "les prêts des maillots, ballons
// et chasubles" lends kit, no library software.
func thingsLent(toks []string, m phraseMatch) bool {
	if m.end-m.start != 1 || toks[m.start] != "prets" && toks[m.start] != "pret" || m.end+1 >= len(toks) {
		return false
	}
	if toks[m.end] != "des" && toks[m.end] != "de" && toks[m.end] != "du" && toks[m.end] != "d" || hasAny(toks, bookish) {
		return false // "les prêts de la bibliothèque", "prêts de partitions de la bibliothèque"
	}
	k := m.end + 1
	for k < len(toks) && (definiteWords[toks[k]] || possessives[toks[k]]) {
		k++
	}
	return k < len(toks)
}

var bookish = wordSet("livres", "livre", "ouvrages", "ouvrage", "documents", "bd", "revues", "dvd", "cd", "romans", "albums", "mangas", "magazines",
	"jeux", "bibliotheque", "biblioteque", "bibliotheques", "mediatheque", "mediatheques", "ludotheque", "catalogue", "lecteurs", "lectrices")

// virusScan reports "scanner" said of files checked for viruses: "scanner les pièces
// jointes", "scan the server" — no document scanner.
func virusScan(toks []string, m phraseMatch) bool {
	return saidOf(toks, m, scanWords, scannedForVirus, 4)
}

var scanWords = wordSet("scanner", "scan")

var scannedForVirus = wordSet("jointes", "attachments", "virus", "malware", "malwares", "serveur", "serveurs", "server", "servers",
	"ports", "port", "reseau", "network", "vulnerabilites", "vulnerabilities", "disque", "disk")

// scanIn3D reports "scanner" said of a 3D scan: "scanner mes sculptures en 3D avec des
// photos" is photogrammetry, no document scanner.
func scanIn3D(t []string, m phraseMatch) bool { return saidOf(t, m, scanWords, threeD, 5) }

var threeD = wordSet("3d")

// paidFor reports a need said as what a product's paid tier takes away: "on paye chaque
// année juste pour enlever la pub" tells the cost of the site builder, it asks for no ad
// blocker — unlike "payer une licence pour lire des PDF", the need itself.
func paidFor(t []string, i int) bool {
	if i == 0 || t[i-1] != "pour" || !removeVerbs[t[i]] {
		return false
	}
	return slices.ContainsFunc(t[max(0, i-6):i-1], func(w string) bool { return paidForms[w] || payVerbs[w] })
}

var removeVerbs = wordSet("enlever", "retirer", "supprimer", "remove") // what a paid tier takes away

// laterStep reports a need said as what comes after the job asked: "un rendu réaliste pour
// montrer au client avant de signer", "flouter les visages avant de publier".
func laterStep(t []string, i int) bool {
	return i > 1 && (t[i-1] == "de" || t[i-1] == "d") && t[i-2] == "avant"
}

// upkeepOf reports "entretien" as upkeep: "les contrats d'entretien annuels", "le carnet
// d'entretien" maintain things; the annual review of staff is "les entretiens annuels".
func upkeepOf(t []string, i int) bool {
	return (t[i] == "entretien" || t[i] == "entretiens") && i > 1 && (t[i-1] == "d" || t[i-1] == "de") && upkeepHolders[t[i-2]]
}

var upkeepHolders = wordSet("contrat", "contrats", "carnet", "carnets", "bon", "bons", "plan", "plans", "fiche", "fiches", "produits", "produit",
	"agent", "agents", "service", "frais", "travaux")

// playedAlong reports "accompagner" said of music: "une boîte à rythmes pour accompagner
// mes répets" plays along, it seeks no adviser.
func playedAlong(t []string, i int) bool {
	return t[i] == "accompagner" && i+2 < len(t) && musicWords[t[i+2]]
}

// musicWords are what an instrument accompanies.
var musicWords = wordSet("repets", "repet", "repetitions", "chant", "chants", "chanteur", "chanteurs", "chanteuse", "chorale", "morceaux",
	"morceau", "musique", "voix", "eleves", "solos", "impros")

// kittens reports "chatons" that are young cats, not the associative hosters: "les vidéos
// des chatons qu'on envoie aux familles", "les chatons de la portée".
// The whole message is read, names included: "vidéos" may be a need's word.
func (r *reading) kittens(t string) bool {
	if t != "chaton" && t != "chatons" {
		return false
	}
	toks := r.fixed
	for i := 1; i < len(toks); i++ {
		// "les vaccins des chatons", "journée de vaccins chatons"
		if toks[i] == t && (kittenMedia[toks[i-1]] || i > 1 && (toks[i-1] == "des" || toks[i-1] == "du") && kittenMedia[toks[i-2]]) {
			return true
		}
	}
	return slices.ContainsFunc(toks, func(w string) bool { return w != "chaton" && w != "chatons" && (animalWords[w] || litterWords[w]) })
}

var (
	kittenMedia = wordSet("videos", "video", "photos", "photo", "naissance", "portee", "pesee", "pesees", "vaccins", "adoption")
	litterWords = wordSet("portee", "portees", "chatterie", "elevage", "eleveuse", "eleveur", "adoptants")
)
