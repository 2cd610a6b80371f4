// SPDX-License-Identifier: AGPL-3.0-or-later

package bot

// Ranking the libre tools for what was understood: named tools, needs, products' alternatives, categories.

import (
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/boussole-libre/boussole/knowledge"
	"github.com/boussole-libre/boussole/knowledge/textnorm"
)

// rankTools orders the tools that answer u: alternatives of the products named (in the
// KB's order), tools named directly, the tools that answer a precise need named, then the
// tools of the categories named.
func rankTools(kb *knowledge.KB, u Understanding) []ToolItem {
	s := toolScores{score: map[string]float64{}, why: map[string]string{}}
	for ti, t := range u.Tools {
		s.add(t, namedScore-0.01*float64(ti), "") // the first named leads: "Nextcloud or Collabora"
	}
	for pi, pid := range u.Products {
		if p, ok := kb.Product(pid); ok {
			// The first product named leads a tie: "un groupe WhatsApp… pas de Facebook".
			for k, a := range p.Alternatives {
				s.add(a.Tool, max(0.95-0.1*float64(k), 0.3)-0.01*float64(pi), a.Why)
			}
		}
	}
	s.addFacets(kb, u)
	s.addNeeds(kb, u)
	s.similarTo(kb, u.likeTool)
	for ci, cid := range u.Categories {
		// The first need named is the request; later ones are often context ("pour ma
		// boutique", "pour mon pc").
		weight := 1.0
		if ci > 0 {
			weight = 0.5
		}
		s.addCategory(kb, cid, weight, len(u.Needs) > 0)
	}
	s.coverage(kb, u)
	s.forWhom(kb, u)
	s.wishes(kb, u)
	for _, id := range u.avoid {
		delete(s.score, id)
	}
	return s.items(kb)
}

// similarTo scores the tools that share a category with the tool named and the most
// words of its needs: others like Scratch are other block-programming tools for children.
func (s toolScores) similarTo(kb *knowledge.KB, id string) {
	like, ok := kb.Tool(id)
	if !ok {
		return
	}
	words := needVocabulary(like)
	for _, t := range kb.Tools {
		if t.ID == id || !slices.ContainsFunc(t.Categories, func(c string) bool { return slices.Contains(like.Categories, c) }) {
			continue
		}
		shared := 0
		other := needVocabulary(t)
		for w := range other {
			if words[w] {
				shared++
			}
		}
		if shared > 0 {
			s.add(t.ID, float64(shared)/math.Sqrt(float64(len(words)*len(other)))+0.01*float64(t.Popularity), "")
		}
	}
}

// needVocabulary is the set of content words in a tool's needs.
func needVocabulary(t *knowledge.Tool) map[string]bool {
	out := map[string]bool{}
	for _, n := range t.Needs {
		for _, w := range strings.Fields(textnorm.Fold(n)) {
			if len(w) > 3 && !stopWords[w] {
				out[w] = true
			}
		}
	}
	return out
}

// wishes reorders the tools found by what the asker wants of them: their own server, a
// light system, writing together, French-made, offline, a device.
func (s toolScores) wishes(kb *knowledge.KB, u Understanding) {
	if u.ownServer || u.hostingAsked {
		// "un hébergement mail… ?": hosting is the subject, so what one hosts comes before
		// the apps that only use it (mailcow before Thunderbird).
		s.selfHostedFirst(kb)
	}
	if u.light {
		s.lightFirst(kb)
	}
	if u.together {
		s.togetherFirst(kb, askedJob(kb, u))
	}
	if u.wholeNetwork {
		s.browserLast(kb)
	}
	if u.madeHere && !servicesNamed(kb, u.Products) && !u.hostingAsked {
		// For a hosted service, named or asked ("un service d'hébergement… pas américain"),
		// the hosts are what is not American: French hosts lead the answer anyway.
		s.madeHereFirst(kb)
	}
	if u.offline || u.watching {
		s.localFirst(kb)
	}
	if u.children && len(u.Tools)+len(u.Needs) == 0 && len(u.Categories) > 0 && childKinds[u.Categories[0]] {
		// Made for education first, and of the kind asked: Tux Paint among drawing tools.
		for id, v := range s.score {
			if t, ok := kb.Tool(id); ok && len(t.Categories) > 1 && t.Categories[0] == "education" && slices.Contains(t.Categories, u.Categories[0]) {
				s.score[id] = v + childBonus
			}
		}
	}
	if len(u.devices) > 0 && (u.Intent != IntentProviders || slices.Equal(u.devices, []string{"web"})) && !systemAsked(kb, u) {
		// Who installs it does not depend on the device — but an online version asked
		// for is what they would install.
		s.onDevices(kb, u.devices, len(u.Needs) == 0)
	}
}

// systemAsked reports a system for the device as what leads the question: "je voudrais
// un android sans google" asks for /e/OS, not for apps that run on Android.
func systemAsked(kb *knowledge.KB, u Understanding) bool {
	for k, id := range u.Needs {
		if k < len(u.needOrder) && u.needOrder[k] < 0 {
			if t, ok := kb.Tool(id); ok && slices.Contains(t.Categories, "systeme") {
				return true
			}
		}
	}
	return false
}

// toolScores accumulates each tool's best score and the first reason given for it.
type toolScores struct {
	score map[string]float64
	why   map[string]string
}

func (s toolScores) add(id string, v float64, reason string) {
	if v > s.score[id] {
		s.score[id] = v
	}
	if reason != "" && s.why[id] == "" {
		s.why[id] = reason
	}
}

// addFacets lifts a product's alternatives made for the side asked: Jitsi Meet for "Teams
// pour la visio", not a team chat that also calls.
// The side's own curated list joins in, just under the product's first alternative:
// "l'agenda d'Outlook" also gets the shared calendars Outlook's list does not name.
func (s toolScores) addFacets(kb *knowledge.KB, u Understanding) {
	for id, v := range s.score {
		if t, ok := kb.Tool(id); ok && len(t.Categories) > 0 && slices.Contains(u.facets, t.Categories[0]) {
			s.score[id] = v + facetBonus
		}
	}
	for _, f := range u.facets {
		if c, ok := kb.Category(f); ok {
			for k, id := range c.Best {
				s.add(id, 0.9-0.05*float64(k), "")
			}
		}
	}
}

// addNeeds ranks the tools that answer a precise need named ("un antivirus", "un VPN")
// before a broad category's default list. With a product named, see productNeeds.
func (s toolScores) addNeeds(kb *knowledge.KB, u Understanding) {
	if len(u.Products) > 0 {
		s.productNeeds(kb, u)
		return
	}
	for k, id := range u.Needs {
		t, ok := kb.Tool(id)
		if !ok {
			continue
		}
		v := needScore - 0.05*float64(needRank(u, k)) + 0.01*float64(t.Popularity)
		// A need whose tool is also of the kind asked qualifies it: "un outil de sondage
		// pour choisir la date de l'AG" is a date poll.
		if u.categoryAsked && len(u.Categories) > 0 && needRank(u, k) >= 0 && !slices.Contains(t.Categories, u.Categories[0]) {
			// "besoin de sauvegarder mon homelab… un nas": a NAS system only mentioned
			// comes after the backup list — not "un vieil ordi", a system's own need.
			v = mentionedScore + 0.01*float64(t.Popularity)
		}
		s.add(id, v, "")
	}
}

// productNeeds lets the needs named reorder a product's alternatives: "alternative à Teams
// pour la visio". A need asked outright that none of them answers leads on its own:
// "notre Discord est un bazar, un forum libre ce serait mieux ?" asks for a forum.
func (s toolScores) productNeeds(kb *knowledge.KB, u Understanding) {
	askedAlt := false
	for k, id := range u.Needs {
		if _, ok := s.score[id]; ok && needRank(u, k) < 0 {
			askedAlt = true
		}
	}
	for k, id := range u.Needs {
		if v, ok := s.score[id]; ok {
			bonus := productNeedBonus / 4 // a need said in passing only breaks near ties
			if needRank(u, k) < 0 {
				bonus = productNeedBonus
			}
			s.score[id] = v + bonus
		} else if t, ok := kb.Tool(id); ok && needRank(u, k) < 0 && !askedAlt {
			s.add(id, needScore+0.01*float64(t.Popularity), "")
		}
	}
}

// needRank is the rank of the phrase that named u.Needs[k]: below 0 when asked outright.
func needRank(u Understanding, k int) int {
	if k < len(u.needOrder) {
		return u.needOrder[k]
	}
	return 0
}

// coverage favours, among the tools found, one that covers several of the categories asked:
// "devis, factures et suivi des clients" is one ERP with a CRM, not an invoicing tool alone.
func (s toolScores) coverage(kb *knowledge.KB, u Understanding) {
	if len(u.Categories) < 2 || len(u.Products) > 0 || u.categoryAsked || slices.ContainsFunc(u.needOrder, func(o int) bool { return o < 0 }) {
		// One category asked outright, or a need: the others are context ("faire signer
		// électroniquement les devis aux clients" asks for e-signing, not an ERP).
		return
	}
	for id, v := range s.score {
		t, ok := kb.Tool(id)
		if !ok {
			continue
		}
		n := 0
		for _, c := range u.Categories {
			if slices.Contains(t.Categories, c) {
				n++
			}
		}
		if n >= 2 {
			s.score[id] = v + 0.3*float64(n-1)
		}
	}
}

// forWhom lifts, among the tools found, those made for the asker's kind of organisation:
// Paheko before Dolibarr for "la compta de l'asso". A tool made first for it (its primary
// category) gains most; a tool named or a precise need keeps its lead.
func (s toolScores) forWhom(kb *knowledge.KB, u Understanding) {
	if len(u.forWhom) == 0 || len(u.Tools) > 0 {
		return
	}
	for id, v := range s.score {
		t, ok := kb.Tool(id)
		if !ok {
			continue
		}
		for _, c := range u.forWhom {
			switch k := slices.Index(t.Categories, c); {
			case k == 0:
				s.score[id] = v + 2*audienceBonus
			case k > 0:
				s.score[id] = v + audienceBonus
			}
		}
	}
}

// selfHostedFirst puts last the software one cannot run on one's own server: Signal is
// no answer to "si on veut notre propre serveur".
func (s toolScores) selfHostedFirst(kb *knowledge.KB) {
	for id, v := range s.score {
		if t, ok := kb.Tool(id); ok && !t.SelfHosted {
			s.score[id] = v - 1
		}
	}
}

// lightFirst lifts, among the systems found, those the KB says are light ("système
// léger" among their needs): for an old or slow machine.
func (s toolScores) lightFirst(kb *knowledge.KB) {
	s.lift(kb, func(t *knowledge.Tool) bool {
		return slices.ContainsFunc(t.Needs, func(n string) bool { return textnorm.Fold(n) == "systeme leger" })
	})
}

// togetherFirst lifts the tools made for writing together that do the job asked:
// "prise de notes collaborative en temps réel" wants a shared pad (Etherpad), not a
// personal notebook (Joplin), even when only the notebooks answered the words. Only
// writing is concerned: "une visio en temps réel" stays a video call.
func (s toolScores) togetherFirst(kb *knowledge.KB, job string) {
	const together = "edition-collaborative"
	if !writingKinds[job] {
		return
	}
	fits := func(t *knowledge.Tool) bool {
		return len(t.Categories) > 0 && t.Categories[0] == together && slices.Contains(t.Categories, job)
	}
	top := 0.0
	for _, v := range s.score {
		top = max(top, v)
	}
	best := []string{}
	if c, ok := kb.Category(together); ok {
		best = c.Best
	}
	for _, t := range kb.ToolsIn(together) {
		if fits(t) {
			k := slices.Index(best, t.ID)
			if k < 0 {
				k = len(best)
			}
			s.add(t.ID, top-0.05-0.01*float64(k), "") // the category's own order among them
		}
	}
	s.lift(kb, fits)
}

// askedJob is the category of what is asked: the first named, else that of the first
// need's tool.
func askedJob(kb *knowledge.KB, u Understanding) string {
	if len(u.Categories) > 0 {
		return u.Categories[0]
	}
	for _, id := range u.Needs {
		if t, ok := kb.Tool(id); ok && len(t.Categories) > 0 {
			return t.Categories[0]
		}
	}
	return ""
}

// writingKinds are the jobs that writing together changes.
var writingKinds = map[string]bool{"notes": true, "bureautique": true}

// madeHereFirst lifts, among the tools found, those developed in France: "une messagerie
// sécurisée… pas un truc américain si possible".
func (s toolScores) madeHereFirst(kb *knowledge.KB) {
	s.lift(kb, func(t *knowledge.Tool) bool { return t.French })
}

// lift raises the tools found that have what the asker wants above five places of a list.
func (s toolScores) lift(kb *knowledge.KB, wanted func(*knowledge.Tool) bool) {
	for id, v := range s.score {
		if t, ok := kb.Tool(id); ok && wanted(t) {
			s.score[id] = v + madeHereBonus
		}
	}
}

// localFirst puts server software after the apps that run on the device: "works
// offline, no cloud" is KeePassXC, not Bitwarden. A server that also ships a desktop
// program (LanguageTool) loses less: the program may still need its server (Bitwarden).
func (s toolScores) localFirst(kb *knowledge.KB) {
	for id, v := range s.score {
		t, ok := kb.Tool(id)
		switch {
		case !ok || !t.SelfHosted:
		case slices.ContainsFunc(t.Platforms, desktopPlatform):
			s.score[id] = v - 0.1
		default:
			s.score[id] = v - 0.5
		}
	}
}

func desktopPlatform(p string) bool { return p == "windows" || p == "macos" || p == "linux" }

// servicesNamed reports a hosted service among the products named ("Gmail"): where it is
// made is then the host's business.
func servicesNamed(kb *knowledge.KB, products []string) bool {
	return slices.ContainsFunc(products, func(id string) bool {
		p, ok := kb.Product(id)
		return ok && p.Service
	})
}

// madeHereBonus outranks five places of a list, not a need named.
// childKinds are the kinds of software that have versions made for children: drawing,
// programming, writing — not audio, where education tools train the ear.
var childKinds = map[string]bool{"graphisme": true, "developpement": true, "bureautique": true, "photo": true, "video": true, "jeu-video": true, "notes": true}

// childBonus lifts a tool made for education above a category's picks for adults.
const childBonus = 1.0

const madeHereBonus = 0.5 // also what lift gives a light system for an old machine

// browserLast puts a browser add-on after the tools that serve the whole network: "un
// bloqueur de pubs pour toute la maison" is Pi-hole, not uBlock Origin.
func (s toolScores) browserLast(kb *knowledge.KB) {
	for id, v := range s.score {
		if t, ok := kb.Tool(id); ok && len(t.Categories) > 0 && t.Categories[0] == "navigateur" {
			s.score[id] = v - 0.5
		}
	}
}

// audienceBonus breaks near ties in favour of a tool made for the asker's organisation.
const audienceBonus = 0.06

// Scores: a tool named leads; a precise need outranks a broad category's list (at most
// 1.0), the first need named first.
const (
	namedScore = 2.0
	needScore  = 1.2
	// mentionedScore ranks a need only mentioned beside an asked category after that
	// category's curated list.
	mentionedScore = 0.7
	// productNeedBonus lifts a product's alternative that answers the need named
	// ("alternative à Google Maps… une carte sur notre site": uMap) above the others.
	productNeedBonus = 0.4
	// facetBonus lifts an alternative made for the side of the product asked, even the
	// last listed, above its first (0.95 - 0.1 per rank).
	facetBonus = 0.5
)

// addCategory ranks a category's curated list first, in its order, then its other tools
// by popularity, those whose primary need it is first.
func (s toolScores) addCategory(kb *knowledge.KB, cid string, weight float64, needs bool) {
	c, ok := kb.Category(cid)
	if ok {
		for k, id := range c.Best {
			s.add(id, (1.0-0.05*float64(k))*weight, "")
		}
	}
	if needs && ok && len(c.Best) > 0 {
		return // a precise need leads; the category's own picks follow, not all its members (KiCad for furniture)
	}
	for _, t := range kb.ToolsIn(cid) {
		k := slices.Index(t.Categories, cid)
		v := 0.3 + 0.1*float64(t.Popularity)
		if k > 0 {
			v -= 0.25
		}
		s.add(t.ID, v*weight, "")
	}
}

// items turns the scores into the ranked list, best first.
func (s toolScores) items(kb *knowledge.KB) []ToolItem {
	out := make([]ToolItem, 0, len(s.score))
	for id, v := range s.score {
		t, ok := kb.Tool(id)
		if !ok {
			continue
		}
		w := s.why[id]
		if w == "" {
			w = t.Description
		}
		out = append(out, ToolItem{ID: t.ID, Name: t.Name, Why: w, License: t.License, URL: t.Website,
			Score: float64(int(min(v, 1)*100+0.5)) / 100, SelfHosted: t.SelfHosted, French: t.French, raw: v})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].raw != out[j].raw {
			return out[i].raw > out[j].raw
		}
		return out[i].Name < out[j].Name
	})
	return out
}
