// SPDX-License-Identifier: AGPL-3.0-or-later

package bot

// Which products named are kept as the thing to replace, and which only say where a tool runs or
// what it feeds.

import "slices"

// keepProduct keeps a product named, or sets it aside as the platform something should
// run on: "une appli comme WhatsApp sur Android", "à jour sous Windows" do not replace the
// system — unless nothing else is named ("sous Windows, quoi de libre ?": see
// settleNames). It reports whether the product was kept.
func (r *reading) keepProduct(m phraseMatch) bool {
	// "logiciel de montage vidéo pour YouTube": a need named first, the product is where
	// the result goes, not what is replaced.
	// "Pour Illustrator surtout, quoi en libre ?" opens a sentence on the product: "as for".
	// "logiciel de sauvegarde pour Windows" is where it runs, kept below.
	if m.start > 0 && (r.fixed[m.start-1] == "pour" || r.fixed[m.start-1] == "for") && len(r.u.Needs)+len(r.u.Categories) > 0 && !r.clauses()[m.start-1] &&
		!r.isPlatform(m.hit.ID) {
		return false
	}
	deviceAfter := m.end < len(r.fixed) && deviceNouns[r.fixed[m.end]] // "Mac laptops", "Windows PCs"
	// "we only use the iPad for FaceTime": a phone or a tablet is a device, not a system to leave.
	hardware := m.end-m.start == 1 && appleDevices[r.fixed[m.start]]
	if r.isPlatform(m.hit.ID) && (platformContext(r.fixed, m.start) || r.qualifies(m) || r.afterPlatform(m) || deviceAfter || hardware || appOf(r.fixed, m.start)) && !cueRightBefore(r.fixed, m.start) &&
		!r.oldSystem(m) {
		r.platforms = appendNew(r.platforms, m.hit.ID)
		return false
	}
	r.u.Products = appendNew(r.u.Products, m.hit.ID)
	return true
}

// oldSystem reports a system named with its version in a message about an old machine or
// a replacement: "un vieux serveur Windows Server 2012 R2… par quoi le remplacer ?" leaves
// it; "mon pc sous Windows 11, quel logiciel de montage ?" runs there.
// "tjr sur windows 11… je passe sur quoi ?" asks what to move to: chat often skips the
// capital, so a system with its version is enough there.
func (r *reading) oldSystem(m phraseMatch) bool {
	if r.versioned(m) && (hasAny(r.fixed, oldWords) || hasAny(r.fixed, replaceVerbs)) {
		return true
	}
	numbered := m.end < len(r.toks) && isNumber(r.toks[m.end]) || m.end-m.start > 1 && isNumber(r.toks[m.end-1])
	return numbered && r.isPlatform(m.hit.ID) && hasPhrase(r.fixed, switchToPhrases)
}

var replaceVerbs = wordSet("remplacer", "remplace", "remplacons", "replace", "migrer", "migrate", "quitter")

// radioAutomation reports a radio's "automation", the playout that runs its programmes,
// not workflow automation, and its "streaming", sound not video: "la radio campus… des
// solutions libres pour l'automation et le streaming".
func radioAutomation(toks []string, m phraseMatch) bool {
	return (m.hit.ID == "automatisation" || m.hit.ID == "video" && toks[m.start] == "streaming") && hasAny(toks, radioWords)
}

var radioWords = wordSet("radio", "radios", "webradio", "antenne", "playout", "emissions", "fm")

// mediaSubject reports a need that names what photos or videos show: "les vidéos des
// recettes des chefs", "ses photos de mariage" — the media to keep or send, not a recipe
// book or a wedding site.
func mediaSubject(toks []string, i int) bool {
	j := i - 1
	if j > 0 && definiteWords[toks[j]] {
		j-- // "les photos de l'inventaire"
	}
	// "des films d'animation" say their kind, "les photos du téléphone" where they are.
	return j > 0 && ofWords[toks[j]] && mediaNouns[toks[j-1]] && !mediaKinds[toks[i]] && !deviceNouns[toks[i]]
}

// mediaKinds say what kind of film or photo it is, not what it shows.
var mediaKinds = wordSet("animation", "presentation", "promotion", "promo", "formation", "surveillance", "famille")

// mediaNouns are the media whose subject follows "de": "les vidéos des recettes".
var mediaNouns = wordSet("photo", "photos", "video", "videos", "film", "films", "rushs", "rushes", "enregistrements", "clips", "pictures", "footage")

// orgDescribed reports a need in a clause that says what an organisation does: "une asso
// loi 1901 qui revend des ordinateurs reconditionnés" asks for its bookkeeping, not for
// refurbished computers.
func orgDescribed(toks []string, i int) bool {
	for j := i - 1; j > 1 && j >= i-4; j-- {
		if toks[j] == "qui" || toks[j] == "that" || toks[j] == "which" {
			k := j - 1
			if k > 0 && isNumber(toks[k]) {
				k -= 2 // "loi 1901"
			}
			// The organisation the tool is for ("pour une asso qui…"), not one sought ("une
			// boîte qui fait du support Linux").
			return k > 1 && (orgNouns[toks[k]] || providerWords[toks[k]]) && (possessives[toks[k-1]] ||
				indefinite[toks[k-1]] && (toks[k-2] == "pour" || toks[k-2] == "for"))
		}
	}
	return false
}

// showTickets reports support tickets read where a show's tickets are sold: "online
// ticketing for our end-of-year show" sells seats, it tracks no requests.
func showTickets(toks []string, m phraseMatch) bool {
	return m.end-m.start == 1 && ticketWords[toks[m.start]] && hasAny(toks, showNouns)
}

var (
	ticketWords = wordSet("ticketing", "tickets", "ticket")
	showNouns   = wordSet("show", "shows", "concert", "concerts", "gig", "gigs", "festival", "festivals", "play", "performance",
		"performances", "screening", "screenings", "gala", "spectacle", "spectacles", "match", "matches", "event", "events", "soiree", "theatre")
)

// servedBySystem reports a need that names whom machines put under a system are for:
// "qui installe des ordis sous Linux pour un groupement de producteurs" asks for Linux.
func servedBySystem(toks []string, i int) bool {
	if i < 2 || toks[i-2] != "pour" && toks[i-2] != "for" || !indefinite[toks[i-1]] {
		return false
	}
	for j := i - 3; j > 0 && j >= i-8; j-- {
		if (toks[j-1] == "sous" || toks[j-1] == "en") && linuxWords[toks[j]] {
			return true
		}
	}
	return false
}

// needElsewhere reports need words that say something else than the need asked: what the
// asker's organisation does or owns, a verb, whom or what something is about, where a tool
// runs ("un gestionnaire de torrents sur le NAS").
func (r *reading) needElsewhere(m phraseMatch) bool {
	t, f := r.toks, r.fixed
	return ofOrganisation(t, m.start) || workplace(t, m.start) || devicesOf(t, m.start) || verbAfterSubject(t, m) || reservedThing(t, m.start) || receivedThing(t, m.start) ||
		actingPeople(t, m) || payParticiple(t, m) || m.end-m.start == 1 && payVerb(t, m.start) || r.reflexiveVerb(m) || verbAfterNoun(t, m) || barcodeScan(t, m) || orgSought(t, m) ||
		r.writtenTranscription(m) || moneyIn(f, m) || journeyOf(f, m) || callsMade(f, m) || onTheForum(f, m) || peopleServed(f, m) || r.subjectOrg(m) ||
		r.selfTrade(m) || placeVisited(t, m) || likenedNeed(f, m) || r.incidental(m) || clauseSubject(t, m.start) ||
		hostedOn(f, m) && r.namedElsewhere(m) || neededNot(f, m.start) || elidedVerb(t, f, m.start) || servedBySystem(f, m.start) ||
		showTickets(f, m) || mediaSubject(f, m.start) || orgDescribed(f, m.start) || costing(t, m) || doneInstead(f, m.start) || virusScan(t, m) ||
		amongThem(t, m) || wordBefore(t, m) || upkeepOf(t, m.start) || laterStep(t, m.start) || handedIn(t, m.start) || paidFor(t, m.start) ||
		scanIn3D(t, m) || scannedCopies(t, m)
}

// scannedCopies reports documents named as scans to handle: "transformer les devis scannés
// en PDF", "classer les factures fournisseurs scannées" — what a scanner or an OCR works
// on, no quoting or invoicing asked.
func scannedCopies(t []string, m phraseMatch) bool {
	return m.end-m.start == 1 && billingPapers[t[m.start]] && slices.ContainsFunc(t[m.end:min(len(t), m.end+2)], func(w string) bool { return paperWords[w] })
}

// billingPapers are the documents whose scans are no request to write them.
var billingPapers = wordSet("devis", "facture", "factures", "quotes", "invoices")

// wordBefore reports a one-word need or kind that the word before gives another sense:
// "en double aveugle" is a review method; "as a backup" is a fallback, no backup tool.
func wordBefore(t []string, m phraseMatch) bool {
	if m.end-m.start != 1 || m.start == 0 {
		return false
	}
	return nounBefore[t[m.start]][t[m.start-1]] || t[m.start] == "backup" && m.start > 1 && t[m.start-1] == "a" && t[m.start-2] == "as"
}

// bracketedPC reports "PC" listed in brackets among acronyms: "les demandes d'urbanisme
// (CU, DP, PC)" name a building permit, not a computer.
func (r *reading) bracketedPC(m phraseMatch) bool {
	return m.hit.ID == "systeme" && m.end-m.start == 1 && r.toks[m.start] == "pc" && r.inBrackets(m.start) && listInBrackets(r.text)
}

// amongThem reports members named as among whom something happens: "jouer à la belote en
// ligne entre adhérents du club" is for the members, not about managing them.
func amongThem(t []string, m phraseMatch) bool {
	k := m.start - 1
	if k > 0 && (definiteWords[t[k]] || possessives[t[k]]) {
		k--
	}
	return m.end-m.start == 1 && memberNouns[t[m.start]] && k >= 0 && (t[k] == "entre" || t[k] == "among" || t[k] == "between")
}

var memberNouns = wordSet("adherents", "adherentes", "membres", "members")
