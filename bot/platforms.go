// SPDX-License-Identifier: AGPL-3.0-or-later

package bot

// Platforms: the systems named beside what is asked (Android, Windows, LaTeX as a host) —
// when they are the question, when they only say where the answer must run.

import (
	"slices"

	"github.com/boussole-libre/boussole/knowledge"
)

// dropHostTools leaves out a tool named right after a need as where the need is met: "un
// correcteur grammatical pour LibreOffice", "manage my bibliography in LaTeX" ask for
// LanguageTool or Zotero, not for the host they plug into. Someone sought to work on the
// tool still needs it (the caller checks); "diffuser en direct sur PeerTube" asks about
// PeerTube.
func (r *reading) dropHostTools() {
	if len(r.u.Needs) == 0 {
		return
	}
	for _, m := range r.matches {
		if m.hit.Kind != knowledge.HitTool || m.start < 2 || !hostPrepositions[r.fixed[m.start-1]] {
			continue
		}
		if slices.ContainsFunc(r.matches, func(n phraseMatch) bool {
			return n.hit.Kind == knowledge.HitNeed && n.hit.ID != m.hit.ID && slices.Contains(r.u.Needs, n.hit.ID) && n.end <= m.start-1 && m.start-1-n.end <= 2
		}) {
			r.u.Tools = slices.DeleteFunc(r.u.Tools, func(id string) bool { return id == m.hit.ID })
		}
	}
}

// hostPrepositions put a tool as the host a need plugs into. Unlike deviceCues, "sur" and
// "avec" are left out: "diffuser en direct sur PeerTube" does the job with the tool named.
var hostPrepositions = wordSet("pour", "for", "in", "en", "dans")

// platformAsked makes the platforms named the question when nothing else is: "il faut
// qu'il marche sur Android" alone, or "les PC… sous Windows 10, on installe quoi ?" (a
// system asked for replaces the system the machines run — not in "une appli de notes…
// sur android et linux").
func (r *reading) platformAsked() {
	if k := cueAt(r.fixed); k >= 0 && k < len(r.fixed) && r.strangeWord(r.fixed[k]) {
		return // "alternative to Quenzo for iPad?": the cue names something unknown
	}
	if len(r.u.Products)+len(r.u.Tools)+len(r.u.Categories)+len(r.u.Needs) == 0 && !purposeStated(r.fixed) {
		r.u.Products = r.platforms
		r.u.onlyPlatform = len(r.platforms) > 0
	} else if len(r.u.Products)+len(r.u.Tools)+len(r.u.Needs) == 0 && r.systemAskedBeside() {
		r.u.Products = slices.DeleteFunc(slices.Clone(r.platforms), func(id string) bool { return !r.inCategories(id) })
	}
}

// purposeStated reports software asked for a job, in words the KB may lack: "une appli
// libre sur android pour noter les récoltes" asks for that job, on Android.
func purposeStated(toks []string) bool {
	for i := range toks {
		if !softwareWord(toks, i) {
			continue
		}
		for k := i + 1; k+1 < len(toks) && k <= i+5; k++ {
			if toks[k] == "pour" && infinitive(toks[k+1]) {
				return true
			}
		}
	}
	return false
}

// inCategories reports a product of one of the categories named.
func (r *reading) inCategories(id string) bool {
	p, ok := r.kb.Product(id)
	return ok && slices.ContainsFunc(p.Categories, func(c string) bool { return slices.Contains(r.u.Categories, c) })
}

// systemAskedBeside reports a category of the platforms named that is asked for, not
// itself named as a platform: "sous Windows 10… passer sous Linux ?" asks for a system,
// "une appli de notes… sur android et linux" does not.
func (r *reading) systemAskedBeside() bool {
	return slices.ContainsFunc(r.matches, func(m phraseMatch) bool {
		if m.hit.Kind != knowledge.HitCategory || !slices.Contains(r.u.Categories, m.hit.ID) || !r.platformCategory(m.hit.ID) ||
			forDevice(r.toks, m) {
			return false // "they have android phones + one PC": a device counted
		}
		asPlatform := r.afterPlatform(m) || platformContext(r.fixed, m.start) && !switchedTo(r.fixed, m.start)
		return !asPlatform
	})
}

// platformCategory reports a category one of the platforms named belongs to.
func (r *reading) platformCategory(cid string) bool {
	return slices.ContainsFunc(r.platforms, func(id string) bool {
		p, ok := r.kb.Product(id)
		return ok && slices.Contains(p.Categories, cid)
	})
}

// toolsNotPlatforms drops the tools named after "sur", "sous", "avec": in "un équivalent de
// photoshop sur linux" the tool is the platform, not the answer; and the tools the asker
// already uses: "j'utilise OBS mais pour le montage CapCut, une alternative ?".
func (r *reading) toolsNotPlatforms() []string {
	var keep []string
	for _, m := range r.matches {
		if m.hit.Kind == knowledge.HitTool && slices.Contains(r.u.Tools, m.hit.ID) && !platformContext(r.fixed, m.start) && !inUse(r.fixed, m.start, 2) {
			keep = appendNew(keep, m.hit.ID)
		}
	}
	return keep
}

// systemLast puts a server's system after the applications it runs: "maintenir le serveur
// de l'asso (Debian + Nextcloud)" needs someone who knows Nextcloud first — but "installer
// YunoHost sur un petit serveur… pour Nextcloud" asks for the system installed.
func (r *reading) systemLast() {
	system := func(id string) bool {
		installed := slices.ContainsFunc(r.matches, func(m phraseMatch) bool {
			return m.hit.ID == id && m.start > 0 && serviceVerbs[r.fixed[m.start-1]]
		})
		return r.isSystem(id) && !installed
	}
	if !hasAny(r.fixed, watchedThings) || !slices.ContainsFunc(r.u.Tools, func(id string) bool { return !system(id) }) {
		return
	}
	apps := slices.DeleteFunc(slices.Clone(r.u.Tools), system)
	r.u.Tools = append(apps, slices.DeleteFunc(slices.Clone(r.u.Tools), func(id string) bool { return !system(id) })...)
}

// isPlatform reports a product that is a system others run on (Windows, Android, iOS).
func (r *reading) isPlatform(id string) bool {
	p, ok := r.kb.Product(id)
	return ok && slices.Contains(p.Categories, "systeme")
}

// qualifies reports a platform named right after another product, as the system it runs
// on: "un Active Directory Windows Server".
func (r *reading) qualifies(m phraseMatch) bool {
	return slices.ContainsFunc(r.matches, func(o phraseMatch) bool {
		return o.end == m.start && o.hit.Kind == knowledge.HitProduct && !r.isPlatform(o.hit.ID)
	})
}

// afterPlatform reports a platform named right after another one set aside as the
// system: "sur son tel (android + iphone)", "sous Windows ou Mac".
func (r *reading) afterPlatform(m phraseMatch) bool {
	return slices.ContainsFunc(r.matches, func(o phraseMatch) bool {
		next := o.end == m.start || o.end+1 == m.start && coordinators[r.fixed[o.end]]
		return next && (slices.Contains(r.platforms, o.hit.ID) || o.hit.Kind == knowledge.HitCategory && r.platformWord(o))
	})
}
