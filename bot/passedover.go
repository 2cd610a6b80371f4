// SPDX-License-Identifier: AGPL-3.0-or-later

package bot

// Matches that name nothing asked: an everyday word, a negated or set-apart name, a unit, a
// brand's mark, where an ad was seen, a vendor's bare name — and the tests keepNames runs on
// each match before it keeps one.

import (
	"slices"

	"github.com/boussole-libre/boussole/knowledge"
)

// passedOver reports a match that names nothing asked: an everyday word without a firm
// cue or that describes a noun, a negated name, a lone letter, a unit, a word the next
// one turns into something else.
func (r *reading) passedOver(m phraseMatch, firm bool) bool {
	one := m.end-m.start == 1
	firm = firm || one && len(r.toks[m.start]) == 1 && m.hit.Ambiguous && r.oneLetterName(m.start) // "X c'est devenu…"
	firm = firm || m.hit.Ambiguous && (r.listedWithSibling(m) || r.englishNameInFrench(m) || r.capitalMidSentence(m) || r.likenedLast(m) || r.namedOnPurpose(m))
	// "sous windows", "mon pc windows": in French the word is only ever the system where
	// the tool must run — "encore sous windows 7", a version, tells the system to leave.
	firm = firm || m.hit.Ambiguous && r.u.Lang == French && r.isPlatform(m.hit.ID) && platformContext(r.fixed, m.start) &&
		!(m.end < len(r.fixed) && isNumber(r.fixed[m.end]))
	switch {
	case m.hit.Ambiguous && (!(firm || libreOne(r.toks, m) || doneWithout(r.fixed, m.start)) || describes(r.ix, r.toks, m.start) && !r.capitalMidSentence(m) || afterPronoun(r.toks, m.start)),
		negated(r.fixed, m.start) && !doneWithout(r.fixed, m.start):
		return true // "messenger sans facebook": what comes after "sans" is not asked for
	case one && len(r.toks[m.start]) == 1 && !r.oneLetterName(m.start):
		return true
	case m.hit.Kind == knowledge.HitProduct && brandMark(r.fixed, m.start):
		return true // "se faire tatouer le logo de Chrome": the brand's mark, no software
	case m.hit.Kind == knowledge.HitTool && m.hit.Ambiguous && !r.capitalAt(m.start) && r.needAtSpan(m):
		return true // "un inventaire libre existe ?": inventory software, not the book site Inventaire
	case one && len(r.toks[m.start]) <= 2 && m.start > 0 && isNumber(r.toks[m.start-1]):
		return true // "2 TB of plans": a unit, not Thunderbird
	case one && petSense(r.toks, m.start), petName(r.toks, m.start), !firm && meetingMode(r.toks, m.start), one && letterReceived(r.toks, m.start),
		one && payVerb(r.toks, m.start), one && m.hit.Kind == knowledge.HitTool && m.hit.Ambiguous && commonNounBefore(r.toks, m.start),
		one && m.hit.Kind == knowledge.HitTool && m.hit.Ambiguous && r.u.Lang == French && !r.capitalAt(m.start) && everydayUse(r.toks, m.start),
		one && r.toks[m.start] == "office" && r.officeElsewhere(m), one && r.u.Lang == English && makeVerb(r.toks, m.start), one && eventHeld(r.toks, m.start),
		one && m.hit.Ambiguous && r.u.Lang == English && !r.capitalAt(m.start) && (nounModifier(r.toks, m.end) || m.hit.Kind == knowledge.HitTool && m.start > 0 && commonArticles[r.toks[m.start-1]] ||
			m.end < len(r.toks) && r.toks[m.end] == "of" || // "a fleet of rental e-bikes"
			m.end == len(r.toks) && m.start > 0 && !cueRightBefore(r.fixed, m.start) && !likeWords[r.toks[m.start-1]] || // "…a speech dataset later?"
			m.start > 0 && r.toks[m.start-1] == "to" && m.end < len(r.toks) && !stopWords[r.toks[m.end]]), // "a way to exchange sensitive documents": a verb
		one && r.u.Lang == French && legalForm(r.toks, m.start), one && r.pluralNoun(m), one && r.otherVendorProduct(m), one && r.plainListItem(m),
		one && m.hit.Ambiguous && m.start > 0 && r.toks[m.start-1] == "qui" && !r.capitalAt(m.start): // "une caisse qui continue de marcher": a verb
		return true
	}
	return otherSense(r.toks, m) || r.setAside(m) || botLikened(r.toks, m) || seenOn(r.fixed, m.start) || r.brandLogo(m) // "ma box Orange" is a router, "compte rendu" a report
}

// brandLogo reports a logo named as a brand's own mark: "tatoué le logo de Windows XP" is
// that mark, no logo to design.
func (r *reading) brandLogo(m phraseMatch) bool {
	if m.end-m.start != 1 || !markWords[r.fixed[m.start]] || m.end+1 >= len(r.fixed) || !brandMark(r.fixed, m.end+1) {
		return false
	}
	return slices.ContainsFunc(r.matches, func(n phraseMatch) bool { return n.start == m.end+1 && n.hit.Kind.Names() })
}

// seenOn reports a name said as where the asker saw something: "c'est quoi ChineurPro ?
// j'ai vu une pub sur insta" asks about ChineurPro, not for another Instagram.
func seenOn(toks []string, i int) bool {
	if i < 2 || toks[i-1] != "sur" && toks[i-1] != "on" {
		return false
	}
	return slices.ContainsFunc(toks[max(0, i-4):i-1], func(w string) bool { return seenWords[w] })
}

var seenWords = wordSet("vu", "vue", "vus", "lu", "saw", "seen")

// plainListItem reports an English everyday word in lower case listed between commas
// among other plain words: "a daily log per child (naps, bottles, nappies)" — no Bottles.
func (r *reading) plainListItem(m phraseMatch) bool {
	cl, pa := r.clauses(), r.parens()
	if r.u.Lang != English || !m.hit.Ambiguous || r.capitalAt(m.start) || m.end >= len(r.toks) || !cl[m.start] || !cl[m.end] || m.start == 0 ||
		pa[m.start] && pa[m.end] { // "un serveur de transcription (whisper)": the one named
		return false
	}
	return !slices.ContainsFunc(r.matches, func(o phraseMatch) bool {
		return o.hit.Kind.Names() && (o.start == m.end || o.end == m.start)
	})
}

// botLikened reports a product the bot is likened to: "Boussole tu fais quoi ? tu
// remplaces Google ?" asks what the bot is — "tu remplaces Word par quoi ?" asks for tools.
func botLikened(toks []string, m phraseMatch) bool {
	i := m.start
	if i > 1 && (toks[i-1] == "et" || toks[i-1] == "and") && (toks[i-2] == "toi" || toks[i-2] == "vous" || toks[i-2] == "you") {
		return true // "c'est quoi la différence entre toi et ChatGPT ?": the bot compared
	}
	return i > 1 && (toks[i-1] == "remplaces" || toks[i-1] == "remplacez" || toks[i-1] == "replace") &&
		(toks[i-2] == "tu" || toks[i-2] == "vous" || toks[i-2] == "you") && (i < 3 || toks[i-3] != "would") &&
		(m.end == len(toks) || !replacedBy[toks[m.end]])
}

var replacedBy = wordSet("par", "avec", "with", "by", "pour", "for", "et", "dans", "chez", "au", "a", "en")

// knownAlready reports a tool the asker says they know, before asking for more: "Stellarium
// je connais, mais une alternative à SkySafari ?" wants others.
func knownAlready(toks []string, end int) bool {
	return phraseAt(toks, end, knownPhrases) > 0
}

var knownPhrases = phraseList("je connais", "je connais deja", "on connait", "on connait deja", "je l ai deja", "on l a deja",
	"i know", "i already know", "we know", "we already know", "we already use", "deja teste", "already tried")

// setApart keeps a tool named as set apart as one to avoid, and its kind as what is
// asked: "en dehors de listmonk, d'autres logiciels libres ?" asks for others of its kind.
func (r *reading) setApart(m phraseMatch) bool {
	if m.hit.Kind != knowledge.HitTool || !excepted(r.fixed, m.start) {
		return false
	}
	r.u.avoid = appendNew(r.u.avoid, m.hit.ID)
	if t, ok := r.kb.Tool(m.hit.ID); ok && len(t.Categories) > 0 {
		r.u.Categories = appendNew(r.u.Categories, t.Categories[0])
	}
	return true
}

// excepted reports a name set apart: "en dehors de Nextcloud", "en plus de LibreOffice", "à
// part Jitsi", "besides Mastodon".
func excepted(toks []string, i int) bool {
	return i > 1 && (toks[i-1] == "de" || toks[i-1] == "d") && (toks[i-2] == "dehors" || toks[i-2] == "plus" && i > 2 && toks[i-3] == "en") || // "en plus de LibreOffice"
		i > 1 && toks[i-1] == "part" && toks[i-2] == "a" || i > 0 && (toks[i-1] == "hormis" || toks[i-1] == "besides")
}

// siteOn reports a tool named as the site something runs on: "sur ma boutique
// WooCommerce", "sur notre site WordPress".
func siteOn(toks []string, i int) bool {
	k := i - 1
	if k < 2 || !siteNouns[toks[k]] || !(possessives[toks[k-1]] || definiteWords[toks[k-1]]) {
		return false
	}
	return toks[k-2] == "sur" || toks[k-2] == "on"
}

// productNamed reports a product among the names matched.
func (r *reading) productNamed() bool {
	return slices.ContainsFunc(r.matches, func(m phraseMatch) bool { return m.hit.Kind == knowledge.HitProduct })
}

// namedOnPurpose reports a product named as the one to replace even when its name is an
// everyday word: set apart in a question, or used or paid for today.
func (r *reading) namedOnPurpose(m phraseMatch) bool { return r.otherThan(m) || r.usedNamed(m) }

// otherThan reports a product set apart in a question: "des visites en direct avec quoi à
// part Zoom ?" asks for another than Zoom.
func (r *reading) otherThan(m phraseMatch) bool {
	return m.hit.Kind == knowledge.HitProduct && r.u.Question && excepted(r.fixed, m.start) && !r.parens()[m.start] // "le son enregistré à part (zoom h4n)"
}

// usedNamed reports a product named right after "on utilise", "on paie", "we use": the
// name, even when it is an everyday word ("on paie Zoom pour les visites virtuelles").
func (r *reading) usedNamed(m phraseMatch) bool {
	k := m.start - 1
	return m.hit.Kind == knowledge.HitProduct && k > 0 && (paySubjects[r.toks[k-1]] && r.toks[k-1] != "qui" || r.toks[k-1] == "we") &&
		(useVerbs[r.toks[k]] || payVerb(r.toks, k))
}

// vendorProduct reads a vendor's bare name as its product of the kind asked: "un agenda
// partagé… plutôt que chez Google" leaves Google Agenda, not the search engine.
func (r *reading) vendorProduct() {
	k := slices.Index(r.u.Products, bareGoogle)
	bare, ok := r.kb.Product(bareGoogle)
	if k < 0 || !ok || hasAny(r.fixed, searchWords) {
		return
	}
	// "…dans un google sheets géant, on voudrait sortir de Google": the Google named.
	if i := slices.IndexFunc(r.matches, func(m phraseMatch) bool {
		p, ok := r.kb.Product(m.hit.ID)
		return m.hit.Kind == knowledge.HitProduct && m.hit.ID != bareGoogle && ok && p.Vendor == bare.Vendor
	}); i >= 0 {
		r.u.Products[k] = r.matches[i].hit.ID
		r.u.Products = slices.Compact(r.u.Products)
		return
	}
	if len(r.u.Categories) == 0 {
		return
	}
	for _, p := range r.kb.Products {
		if p.Vendor == bare.Vendor && len(p.Categories) > 0 && p.Categories[0] == r.u.Categories[0] {
			r.u.Products[k] = p.ID
			return
		}
	}
}

// bareGoogle is the product a bare "Google" names: its search engine.
const bareGoogle = "google-search"

var searchWords = wordSet("recherche", "rechercher", "moteur", "search", "chercher")

// otherVendorProduct reports a vendor's bare name that starts the name of another of its
// products: "Google One", "Google Scholar" are no search engine.
func (r *reading) otherVendorProduct(m phraseMatch) bool {
	return m.hit.ID == bareGoogle && r.toks[m.start] == "google" && m.end < len(r.toks) && r.capitalAt(m.end) &&
		!stopWords[r.toks[m.end]]
}

// pluralNoun reports an everyday word after a plural article, which the product's name
// never takes: "découper les pages", "des teams de 5" — not "les Pages".
func (r *reading) pluralNoun(m phraseMatch) bool {
	return m.hit.Kind == knowledge.HitProduct && m.hit.Ambiguous && !r.capitalAt(m.start) && m.start > 0 &&
		(r.toks[m.start-1] == "les" || r.toks[m.start-1] == "des")
}

// likenedLast reports a name that closes a question as its model: "un service pour
// sonder les bénévoles sur la date, style doodle ?".
func (r *reading) likenedLast(m phraseMatch) bool {
	return r.u.Question && m.end == len(r.toks) && m.start > 0 && likeWords[r.fixed[m.start-1]]
}

// needAtSpan reports a need or a category matched on the same words as m.
func (r *reading) needAtSpan(m phraseMatch) bool {
	return slices.ContainsFunc(r.matches, func(o phraseMatch) bool {
		return o.start == m.start && o.end == m.end && (o.hit.Kind == knowledge.HitNeed || o.hit.Kind == knowledge.HitCategory)
	})
}

// commonArticles make a lower-case English everyday word a common noun: "track the wine in
// the cellar" is about wine.
var commonArticles = wordSet("the", "some")

// setAside reports a name a clause opens by refusing: "juste la discussion écrite, pas la
// visio", "chat only, not video".
func (r *reading) setAside(m phraseMatch) bool {
	k := m.start - 1
	if k > 0 && (definiteWords[r.toks[k]] || indefinite[r.toks[k]] || r.toks[k] == "de" || r.toks[k] == "d") {
		k--
	}
	if k < 0 || r.toks[k] != "pas" && r.toks[k] != "not" {
		return false
	}
	return r.clauses()[k] || k > 0 && (r.toks[k-1] == "mais" || r.toks[k-1] == "but")
}
