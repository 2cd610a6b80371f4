// SPDX-License-Identifier: AGPL-3.0-or-later

package bot

// Which products are replaced, and in which order: everyday names listed beside a sibling,
// suites beside their parts, umbrellas, the product right after the cue.

import (
	"slices"

	"github.com/boussole-libre/boussole/knowledge"
	"github.com/boussole-libre/boussole/knowledge/textnorm"
)

// orderProducts settles the products replaced: those done without give way to the precise
// ones beside them, the product right after the cue leads ("switching from mac to linux,
// what replaces Final Cut Pro?"), and when nothing else is named, what is done without is
// what to replace ("et pour publier les épisodes sans passer par Spotify for Podcasters ?").
func (r *reading) orderProducts(without, asked []string) {
	r.u.Products = r.rather(without)
	for k := len(asked) - 1; k >= 0; k-- {
		if slices.Contains(r.u.Products, asked[k]) && !r.bareVendor(asked[k]) && !isUmbrella(r.kb, asked[k]) {
			r.u.Products = moveFirst(r.u.Products, asked[k])
		}
	}
	if len(asked) > 1 && r.leftSystem(r.u.Products[0]) {
		// "I help my neighbours move off Windows 10. What's a libre replacement for
		// PowerPoint?": the system left is the setting, the app is what is asked.
		if k := slices.IndexFunc(asked, func(id string) bool { _, system := platformOf[id]; return !system && slices.Contains(r.u.Products, id) }); k >= 0 {
			r.u.Products = moveFirst(r.u.Products, asked[k])
		}
	}
	// "garder à jour les documents sur tous les PC sans passer par Dropbox": a device says
	// where, not what is asked.
	kindSaid := slices.ContainsFunc(r.u.Categories, func(c string) bool { return !slices.Contains(r.deviceCats, c) })
	if len(r.u.Products)+len(r.u.Tools)+len(r.u.Needs) == 0 && !kindSaid {
		// "suivre nos coursiers en temps réel sans Google ?": a bare vendor avoided says
		// nothing of the job — not a search engine.
		r.u.Products = slices.DeleteFunc(slices.Clone(without), r.bareVendor)
	}
	if len(r.u.Products) > 1 {
		// "j'ai un vieux Mac avec Pages…, quelle alternative ?": the Mac is the machine.
		r.u.Products = slices.DeleteFunc(r.u.Products, r.ownedMachine)
	}
}

// doneInstead reports a product named right after "sans" or "without" for a job the
// message names in other words: "transférer les photos sans WeTransfer", "sign documents
// without DocuSign". Not a bare vendor ("un agenda sans Google"), not a platform passed
// through ("sans passer par Facebook"), not the job already read ("une carte sans Google Maps").
func (r *reading) doneInstead(id string) bool {
	p, ok := r.kb.Product(id)
	if !ok || r.bareVendor(id) && textnorm.Fold(p.Name) != textnorm.Fold(p.Vendor) || slices.ContainsFunc(p.Categories, r.jobRead) || r.passedThrough(p) {
		return false
	}
	return slices.ContainsFunc(r.matches, func(m phraseMatch) bool {
		return m.hit.ID == id && m.start > 0 && withoutWords[r.fixed[m.start-1]]
	})
}

// passedThrough reports a product that carries any job rather than doing one: "sans
// Facebook" is not posted there; "gérer les adhérents sans Excel" leaves the makeshift
// once a job is named.
func (r *reading) passedThrough(p *knowledge.Product) bool {
	return slices.Contains(p.Categories, "reseau-social") || slices.Contains(p.Categories, "bureautique") && len(r.u.Needs) > 0
}

// insteadOf makes the product done without what the message asks to replace, when it names
// nothing else to replace: "transférer les photos du shooting (8 Go) sans WeTransfer".
func (r *reading) insteadOf(without []string) {
	if len(r.u.Products)+len(r.u.Tools) > 0 {
		return
	}
	// "un service de cartographie pour nos clients, pas Google Maps": the product left does
	// the job asked, and its alternatives say it more exactly.
	sameJob := len(r.u.Categories) > 0 && len(r.u.Needs) == 0
	r.u.Products = slices.DeleteFunc(slices.Clone(without), func(id string) bool {
		return !r.doneInstead(id) && !(sameJob && r.sameJob(id) && !r.bareVendor(id))
	})
	if len(r.u.Products) > 0 {
		r.u.Categories = nil // the photos sent, the mail tried: what the service carries, not the job
	}
}

// sameJob reports a product whose categories include one the message asks for.
func (r *reading) sameJob(id string) bool {
	p, ok := r.kb.Product(id)
	return ok && slices.ContainsFunc(p.Categories, func(c string) bool { return slices.Contains(r.u.Categories, c) })
}

// jobRead reports a category the message already asks for, named or through a need.
func (r *reading) jobRead(c string) bool {
	if slices.Contains(r.u.Categories, c) {
		return true
	}
	return slices.ContainsFunc(r.u.Needs, func(id string) bool {
		t, ok := r.kb.Tool(id)
		return ok && slices.Contains(t.Categories, c)
	})
}

// leftSystem reports a system product named right after a leaving verb ("move off
// Windows", "je quitte macOS"), not after "alternative à".
func (r *reading) leftSystem(id string) bool {
	if _, system := platformOf[id]; !system {
		return false
	}
	return slices.ContainsFunc(r.matches, func(m phraseMatch) bool {
		return m.hit.ID == id && phraseEnds(r.fixed[:m.start], leavingPhrases)
	})
}

// leavingPhrases say the asker leaves what follows.
var leavingPhrases = phraseList("quitter", "je quitte", "on quitte", "quittons", "sortir de", "move off", "move away from", "get off",
	"switch from", "moving off", "moving away from", "leave", "leaving")

// ownedMachine reports a system product named as the asker's machine: "j'ai un vieux Mac",
// "mon Mac", "my old Mac".
func (r *reading) ownedMachine(id string) bool {
	if _, system := platformOf[id]; !system {
		return false
	}
	return slices.ContainsFunc(r.matches, func(m phraseMatch) bool {
		if m.hit.ID != id {
			return false
		}
		for k := m.start - 1; k >= 0 && k >= m.start-3; k-- {
			if possessives[r.fixed[k]] || have(r.fixed, k) || r.toks[k] == "jai" {
				return true
			}
		}
		return false
	})
}

// appOf reports a system named as what an app is for: "une appli android pour lire mes
// ebooks", "application appareil photo android".
func appOf(toks []string, i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if appWords[toks[j]] {
			return true
		}
	}
	return false
}

// listedWithSibling reports an everyday word listed beside a product of the same vendor that
// is no everyday word: "Word and PowerPoint", "Teams et Outlook" name two products.
func (r *reading) listedWithSibling(m phraseMatch) bool {
	p, ok := r.kb.Product(m.hit.ID)
	if m.hit.Kind != knowledge.HitProduct || !ok {
		return false
	}
	for _, o := range r.matches {
		if o.hit.Kind != knowledge.HitProduct || o.hit.Ambiguous || !listedBeside(r.toks, m, o) {
			continue
		}
		if q, ok := r.kb.Product(o.hit.ID); ok && q.Vendor == p.Vendor {
			return true
		}
	}
	return false
}

// listedBeside reports two names next to each other or joined by "et", "and", "ou", "or".
func listedBeside(toks []string, a, b phraseMatch) bool {
	if b.start < a.start {
		a, b = b, a
	}
	return b.start == a.end || b.start == a.end+1 && listJoiners[toks[a.end]] ||
		b.start == a.end+2 && listJoiners[toks[a.end]] && articles[toks[a.end+1]] // "Word et d'Outlook"
}

var articles = wordSet("d", "de", "du", "l", "le", "la", "les", "the")

var listJoiners = wordSet("et", "and", "ou", "or", "ni", "nor", "plus", "avec", "with")

// dropUmbrellas keeps group names only when nothing precise is named: "dégoogliser ma
// boîte Gmail" is Gmail, not every GAFAM service; "passer au libre, par quoi commencer pour
// la bureautique ?" is office software. Among umbrellas alone, the first named: "tout chez
// Microsoft… passer au libre".
func (r *reading) dropUmbrellas() {
	precise := len(r.u.Tools)+len(r.u.Categories)+len(r.u.Needs) > 0 || !onlyUmbrellas(r.kb, r.u.Products)
	switch {
	case precise:
		r.u.Products = slices.DeleteFunc(r.u.Products, func(id string) bool { return isUmbrella(r.kb, id) })
	case len(r.u.Products) > 1:
		r.u.Products = r.u.Products[:1]
	}
}

// dropSuites drops a suite named after some of its parts: "Word and PowerPoint… I don't
// want to pay for Microsoft 365" asks for office software, not for everything 365 does.
// A suite named first stays: "je quitte Microsoft 365 : Outlook, OneDrive…".
func (r *reading) dropSuites() {
	var drop []string
	for k, id := range r.u.Products {
		suite, ok := r.kb.Product(id)
		if !ok {
			continue
		}
		for j, part := range r.u.Products {
			if p, ok := r.kb.Product(part); ok && (j < k || r.onlyUsed(part)) && p.Vendor == suite.Vendor && strictSubset(p.Categories, suite.Categories) {
				drop = append(drop, id)
				break
			}
		}
	}
	r.u.Products = slices.DeleteFunc(r.u.Products, func(id string) bool { return slices.Contains(drop, id) })
}

// onlyUsed reports a product singled out: named after "only" ("on ne se sert que de Word
// et d'Outlook", "we only use Word") or beside "surtout" ("Pour Illustrator surtout").
func (r *reading) onlyUsed(id string) bool {
	return slices.ContainsFunc(r.matches, func(m phraseMatch) bool {
		if m.hit.ID != id {
			return false
		}
		for j := m.start - 1; j >= 0 && j >= m.start-6; j-- {
			if onlyWords[r.toks[j]] || mostlyWords[r.toks[j]] {
				return true
			}
		}
		return m.end < len(r.toks) && mostlyWords[r.toks[m.end]]
	})
}

var onlyWords = wordSet("que", "qu", "only", "juste", "seulement", "uniquement", "just")

var mostlyWords = wordSet("surtout", "notamment", "particulierement", "principalement", "especially", "mostly", "mainly", "particularly")

// strictSubset reports that every element of a is in b and b has more.
func strictSubset(a, b []string) bool {
	return len(a) < len(b) && !slices.ContainsFunc(a, func(e string) bool { return !slices.Contains(b, e) })
}

// isUmbrella reports a product that stands for a group ("les GAFAM", "passer au libre"):
// anything more precise named beside it wins.
func isUmbrella(kb *knowledge.KB, id string) bool {
	p, ok := kb.Product(id)
	return ok && p.Umbrella
}

// onlyUmbrellas reports that every product named is an umbrella (true for none).
func onlyUmbrellas(kb *knowledge.KB, products []string) bool {
	return !slices.ContainsFunc(products, func(id string) bool { return !isUmbrella(kb, id) })
}
