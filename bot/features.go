// SPDX-License-Identifier: AGPL-3.0-or-later

package bot

// A matched name that only names a feature, a part or the content of something else asked
// for: "un agenda avec rappels" asks for a calendar.

import (
	"slices"
	"strings"

	"github.com/boussole-libre/boussole/knowledge"
)

// featureOf returns the category just named that a need is a feature of: "an identity
// provider with 2FA", "un agenda avec rappels" — the category is the request.
func (r *reading) featureOf(m phraseMatch) string {
	if c := r.qualifiedNoun(m); c != "" {
		return c
	}
	k := r.featureListStart(m.start)
	if k < 1 {
		return ""
	}
	for _, o := range r.matches {
		// "on cherche un service de visio pour faire les cours…, avec tableau blanc": the
		// kind of software that opens the message, with nothing else named before the
		// feature, is the request. A need of a tool of that category ranks within it: "un logiciel de
		// dessin… avec une tablette graphique".
		askedHead := k-o.end <= 8 && o.start > 1 && ofWords[r.fixed[o.start-1]] && (softwareNouns[r.fixed[o.start-2]] || r.fixed[o.start-2] == "service") &&
			!r.toolIn(m.hit.ID, o.hit.ID)
		if o.hit.Kind == knowledge.HitCategory && slices.Contains(r.u.Categories, o.hit.ID) &&
			(o.end == k || !r.matchedBetween(0, o.start) && (k-o.end <= 3 && hasAny(r.fixed[k:m.end], coordinators) || askedHead) && !r.matchedBetween(o.end, k)) {
			// "video conferencing tool for webinars with … screen sharing and
			// whiteboard": the head that opens the message, a few words before a list
			// of features, is the request.
			return r.featureHead(o.hit.ID, m.hit.ID, k)
		}
	}
	return ""
}

// toolIn reports whether the tool is of the category.
func (r *reading) toolIn(tool, category string) bool {
	t, ok := r.kb.Tool(tool)
	return ok && slices.Contains(t.Categories, category)
}

// featureHead returns the category a feature belongs to: the one named before it, or
// another one named before the list that has the feature's tool — "video calls for an
// online meetup with breakout rooms" asks for video calls.
func (r *reading) featureHead(before, tool string, k int) string {
	if r.toolIn(tool, before) {
		return before
	}
	for _, o := range r.matches {
		if o.hit.Kind == knowledge.HitCategory && o.end <= k && slices.Contains(r.u.Categories, o.hit.ID) && r.toolIn(tool, o.hit.ID) {
			return o.hit.ID
		}
	}
	return before
}

// featureListStart returns where the "with"/"avec" that opens a list of features ending
// at i stands, or -1: "with 200 people, screen sharing and whiteboard", "des visios avec
// traduction / sous-titres". A new article or a tool noun starts another request ("avec
// mes collègues et un outil de sondage").
func (r *reading) featureListStart(i int) int {
	for k := i - 1; k > 0 && k >= i-8; k-- {
		switch w := r.fixed[k]; {
		case w == "with" || w == "avec":
			return k
		case k < i-2 && !r.listedFeature(k) && (indefinite[w] || thingNouns[w] || featureBreaks[w]):
			return -1
		}
	}
	return -1
}

// featureBreaks end a list of features: a new clause or purpose.
var featureBreaks = wordSet("pour", "for", "qui", "that", "que", "mais", "but", "to", "ou", "or", "sans", "without")

// restates reports a need that names again, more precisely, the first category asked for:
// "un dashboard / page d'accueil pour les services", "un agenda ou planning partagé" — not
// an aside in brackets: "des gros fichiers (photos RAW…)" says what the files hold.
func (r *reading) restates(m phraseMatch) bool {
	return slices.ContainsFunc(r.matches, func(o phraseMatch) bool {
		return o.hit.Kind == knowledge.HitCategory && (o.end == m.start || o.end == m.start-1 && coordinators[r.fixed[o.end]]) &&
			o.start > 0 && indefinite[r.fixed[o.start-1]] && !r.matchedBetween(0, o.start) && r.inBrackets(m.start) == r.inBrackets(o.start)
	})
}

// appsFor reports libre apps in general asked for a job named after them: "des applis
// libres pour les appels vidéo" asks for video calls, not for an app store.
func (r *reading) appsFor(m phraseMatch) bool {
	generic := !slices.ContainsFunc(r.fixed[m.start:m.end], func(w string) bool { return !softwareNouns[w] && !purposeWords[w] })
	if !generic || m.end >= len(r.fixed) || r.fixed[m.end] != "pour" && r.fixed[m.end] != "for" {
		return false
	}
	return slices.ContainsFunc(r.matches, func(o phraseMatch) bool {
		return o.start > m.end && o.start <= m.end+3 && (o.hit.Kind == knowledge.HitCategory || o.hit.Kind == knowledge.HitNeed)
	})
}

// namedElsewhere reports another name, category or need matched outside m.
func (r *reading) namedElsewhere(m phraseMatch) bool {
	return slices.ContainsFunc(r.matches, func(o phraseMatch) bool {
		return (o.end <= m.start || o.start >= m.end) && o.hit.ID != m.hit.ID
	})
}

// matchedBetween reports a name or need matched between two token positions.
func (r *reading) matchedBetween(from, to int) bool {
	return slices.ContainsFunc(r.matches, func(o phraseMatch) bool { return o.start >= from && o.start < to })
}

// listedFeature reports a word of a list of features at k: a conjunction or a one-word
// category or need named there.
func (r *reading) listedFeature(k int) bool {
	if r.fixed[k] == "et" || r.fixed[k] == "ou" || r.fixed[k] == "and" || r.fixed[k] == "or" {
		return true
	}
	return slices.ContainsFunc(r.matches, func(o phraseMatch) bool { return o.start == k && o.end == k+1 })
}

// qualifiedNoun returns the category a need qualifies, written as an adjective right
// before its noun: "which end-to-end encrypted messenger" asks for a messenger.
func (r *reading) qualifiedNoun(m phraseMatch) string {
	last := r.fixed[m.end-1]
	if !strings.HasSuffix(last, "ed") && !frenchParticiple(last) {
		return ""
	}
	for _, o := range r.matches {
		if o.hit.Kind == knowledge.HitCategory && o.start == m.end {
			return o.hit.ID
		}
	}
	return ""
}

// frenchParticiple reports a folded French past participle: "chiffree", "securise".
func frenchParticiple(w string) bool {
	return len(w) > 4 && (strings.HasSuffix(w, "ise") || strings.HasSuffix(w, "isee") || strings.HasSuffix(w, "fre") || strings.HasSuffix(w, "free") ||
		strings.HasSuffix(w, "ere") || strings.HasSuffix(w, "eree"))
}

// contentFor reports a product name that says where some content goes: "insta posts",
// "des stories Instagram" is not what is replaced.
func contentFor(toks []string, end int) bool {
	return end < len(toks) && contentWords[toks[end]]
}
