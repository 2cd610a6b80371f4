package bot

import (
	"slices"
	"strings"

	"github.com/boussole-libre/boussole/knowledge"
	"github.com/boussole-libre/boussole/knowledge/geo"
	"github.com/boussole-libre/boussole/knowledge/textnorm"
)

// Intent is what a message asks for.
type Intent string

// Intents.
const (
	IntentAlternative Intent = "alternative" // a libre tool for a product or a need
	IntentProviders   Intent = "providers"   // who can install, host, support, train
	IntentHelp        Intent = "help"
	IntentNone        Intent = "none"
)

// Lang is the reply language.
type Lang string

// Languages.
const (
	French  Lang = "fr"
	English Lang = "en"
)

// Understanding is what Boussole made of a message.
type Understanding struct {
	Intent     Intent
	Lang       Lang
	Products   []string // product ids, in message order
	Tools      []string // tool ids named directly
	Categories []string // category ids
	Service    string   // wanted service (fixed vocabulary) or ""
	Kind       string   // wanted kind of provider (company, cooperative, association) or ""
	Place      geo.Place
	Unknown    string   // the name asked about when the KB does not know it
	Corrected  []string // "gogle→google": typo corrections made
	Question   bool     // the message ends with a question mark
	Empty      bool     // nothing left once mentions and punctuation are removed
}

type span struct{ start, end int }

// Understand reads a message. It never guesses: an unknown name stays unknown, and a
// message with no request gets IntentNone.
func Understand(kb *knowledge.KB, text string) Understanding {
	u := Understanding{Lang: French, Question: strings.Contains(text, "?")}
	toks := textnorm.Split(text)
	if len(toks) == 0 {
		u.Empty = true
		u.Intent = IntentNone
		return u
	}
	u.Lang = detectLang(toks)
	ix := kb.Index()

	// 1. Exact names first, so that a product name is never read as a place.
	first := matchPhrases(ix, toks, nil)
	taken := make([]bool, len(toks))
	for _, m := range first {
		if m.hit.Kind != knowledge.HitCategory {
			for k := m.start; k < m.end; k++ {
				taken[k] = true
			}
		}
	}
	providerCue := hasAny(toks, providerWords) || hasPhrase(toks, providerPhrases)
	// 2. The place, before typo correction could bend a city name into a product.
	var placeSpan *span
	if m, ok := kb.Geo.Scan(toks, taken, providerCue); ok {
		u.Place = m.Place
		placeSpan = &span{m.Start, m.End}
		for k := m.Start; k < m.End; k++ {
			taken[k] = true
		}
	}
	// 3. Typos: correct unknown words outside names and places, then match again.
	fixed := slices.Clone(toks)
	for i, t := range toks {
		if taken[i] || stopWords[t] || isIntentWord(t) || ix.Known(t) || isNumber(t) {
			continue
		}
		if c, ok := ix.Correct(t); ok {
			fixed[i] = c
			u.Corrected = append(u.Corrected, t+"→"+c)
		} else if c, ok := correctIntent(t); ok {
			fixed[i] = c
			u.Corrected = append(u.Corrected, t+"→"+c)
		}
	}
	exclude := make([]bool, len(toks))
	if placeSpan != nil {
		for k := placeSpan.start; k < placeSpan.end; k++ {
			exclude[k] = true
		}
	}
	// Names as written first; then, with the typos corrected, everywhere no product or
	// tool matched as written (a need's keyword like "drive" must not block "googel drive").
	first = matchPhrases(ix, toks, exclude)
	covered := slices.Clone(exclude)
	var matches []phraseMatch
	for _, m := range first {
		if m.hit.Kind != knowledge.HitCategory {
			matches = append(matches, m)
			for k := m.start; k < m.end; k++ {
				covered[k] = true
			}
		}
	}
	for _, m := range matchPhrases(ix, fixed, covered) {
		// An everyday word reached through a typo is a guess on a guess ("near" → "Bear").
		if m.hit.Ambiguous && !slices.Equal(fixed[m.start:m.end], toks[m.start:m.end]) {
			continue
		}
		matches = append(matches, m)
	}
	for _, m := range matches {
		for k := m.start; k < m.end; k++ {
			covered[k] = true
		}
	}
	// Request words inside a name do not count: "boîte mail" is no company.
	free := make([]string, 0, len(fixed))
	for i, t := range fixed {
		if placeSpan != nil && i >= placeSpan.start && i < placeSpan.end {
			free = append(free, t)
			continue
		}
		if !covered[i] {
			free = append(free, t)
		}
	}

	altCue := hasAny(free, alternativeWords)
	strongAlt := cueAt(fixed) >= 0
	providerCue = false
	for i, t := range free {
		// "pour ma boîte", "notre entreprise": the asker's organisation, not a provider.
		if providerWords[t] && !askerOrg(free, i) {
			providerCue = true
		}
	}
	providerCue = providerCue || hasPhrase(free, providerPhrases)
	serviceVerb := false
	for _, t := range free {
		if s := serviceWords[t]; s != "" && u.Service == "" {
			u.Service = s
		}
		serviceVerb = serviceVerb || serviceVerbs[t]
		if k := kindWords[t]; k != "" && u.Kind == "" {
			u.Kind = k
		}
	}
	asks := altCue || strongAlt || providerCue || u.Service != "" || u.Question
	for _, m := range matches {
		h := m.hit
		// "Teams libre ?" asks; "je suis libre pour teams demain" does not.
		libreQuestion := u.Question && (hasAny(free, wordSet("libre", "libres", "opensource")) || hasPhrase(free, []string{"open source"}))
		if h.Ambiguous && !(strongAlt || firmAltCue(free) || providerCue || libreQuestion) {
			continue
		}
		// "messenger sans facebook": what comes after "sans" is not asked for.
		if negated(fixed, m.start) {
			continue
		}
		switch h.Kind {
		case knowledge.HitProduct:
			u.Products = appendNew(u.Products, h.ID)
		case knowledge.HitTool:
			u.Tools = appendNew(u.Tools, h.ID)
		case knowledge.HitCategory:
			u.Categories = appendNew(u.Categories, h.ID)
		}
	}
	// "un équivalent de photoshop sur linux": a tool after "sur" is the platform, not the
	// answer, when a product is what is asked about.
	if len(u.Products) > 0 && len(u.Tools) > 0 {
		var keep []string
		for _, m := range matches {
			if m.hit.Kind == knowledge.HitTool && slices.Contains(u.Tools, m.hit.ID) && !platformContext(fixed, m.start) {
				keep = appendNew(keep, m.hit.ID)
			}
		}
		u.Tools = keep
	}
	// A product named with a service word ("support", "formation") is about that product:
	// drop the categories those words also name.
	if len(u.Products)+len(u.Tools) > 0 {
		u.Categories = nil
	}
	named := len(u.Products)+len(u.Tools)+len(u.Categories) > 0

	// Only filler words besides names: "Dropbox ?", "google drive" — not a statement such
	// as "je suis sur slack".
	onlyNames := named && onlyFiller(fixed, matches, len(u.Products)+len(u.Tools) > 0)

	switch {
	case (isHelp(toks) || isHelp(fixed)) && !named && u.Place.IsZero():
		u.Intent = IntentHelp
	case providerCue || (serviceVerb && (named || !u.Place.IsZero()) && !strongAlt) ||
		(u.Service != "" && !strongAlt && (!u.Place.IsZero() || len(u.Products)+len(u.Tools) > 0)):
		// "formation GIMP Rennes" asks for a trainer; "un outil de ticketing pour le support"
		// (a service noun with a need only) does not.
		u.Intent = IntentProviders
	case named && (asks || onlyNames):
		u.Intent = IntentAlternative
	case strongAlt && !named:
		// "alternative à Blorptastic": asked, but the KB does not know it.
		u.Intent = IntentAlternative
		u.Unknown = unknownName(text, fixed)
	case !named && postfixAlternative(fixed) != "":
		// "Krantzify alternative", the English order.
		u.Intent = IntentAlternative
		u.Unknown = postfixAlternative(fixed)
	default:
		u.Intent = IntentNone
	}
	if u.Intent == IntentNone {
		u.Products, u.Tools, u.Categories = nil, nil, nil
	}
	return u
}

type phraseMatch struct {
	start, end int
	hit        knowledge.Hit
}

// matchPhrases finds KB names in toks, longest first and without overlap; glued forms
// catch "googledocs" and "drop box".
func matchPhrases(ix *knowledge.Index, toks []string, exclude []bool) []phraseMatch {
	var out []phraseMatch
	maxN := min(ix.MaxWords(), 6)
	for i := 0; i < len(toks); {
		matched := 0
		for n := min(maxN, len(toks)-i); n >= 1 && matched == 0; n-- {
			if excluded(exclude, i, n) {
				continue
			}
			key := strings.Join(toks[i:i+n], " ")
			hits := ix.Phrase(key)
			if len(hits) == 0 {
				hits = ix.Glued(strings.ReplaceAll(key, " ", ""))
			}
			if len(hits) == 0 || (n == 1 && stopWords[toks[i]]) {
				continue
			}
			if n == 1 && isIntentWord(toks[i]) {
				// "presta" asks for a provider even if some tool has it as a nickname.
				hits = namesOnly(hits)
				if len(hits) == 0 {
					continue
				}
			}
			for _, h := range hits {
				out = append(out, phraseMatch{i, i + n, h})
			}
			matched = n
		}
		if matched == 0 {
			i++
		} else {
			i += matched
		}
	}
	return out
}

func namesOnly(hits []knowledge.Hit) []knowledge.Hit {
	var out []knowledge.Hit
	for _, h := range hits {
		if !h.Alias {
			out = append(out, h)
		}
	}
	return out
}

func excluded(ex []bool, i, n int) bool {
	if ex == nil {
		return false
	}
	for k := i; k < i+n; k++ {
		if ex[k] {
			return true
		}
	}
	return false
}

func detectLang(toks []string) Lang {
	en, fr := 0, 0
	for _, t := range toks {
		if englishWords[t] {
			en++
		}
		if frenchWords[t] {
			fr++
		}
	}
	if en > fr {
		return English
	}
	return French
}

// firmAltCue reports a word that really asks for software ("alternative", "logiciel",
// "remplacer"), unlike "comme" or "besoin" which also fill ordinary sentences: an everyday
// word such as "continue" or "signal" is a name only after a firm cue.
func firmAltCue(toks []string) bool {
	for _, t := range toks {
		if alternativeWords[t] && !weakAltWords[t] {
			return true
		}
	}
	return false
}

func hasAny(toks []string, set map[string]bool) bool {
	for _, t := range toks {
		if set[t] {
			return true
		}
	}
	return false
}

func hasPhrase(toks []string, phrases []string) bool {
	joined := " " + strings.Join(toks, " ") + " "
	for _, p := range phrases {
		if strings.Contains(joined, " "+p+" ") {
			return true
		}
	}
	return false
}

func isHelp(toks []string) bool {
	if hasPhrase(toks, helpPhrases) {
		return true
	}
	for _, t := range toks {
		if helpWords[t] {
			return true
		}
	}
	return false
}

// cueAt returns the index just after an "alternative à"-like cue, or -1.
func cueAt(toks []string) int {
	for i := range toks {
		for _, c := range alternativeCuePhrases {
			if i+len(c) <= len(toks) && slices.Equal(toks[i:i+len(c)], c) {
				return i + len(c)
			}
		}
	}
	return -1
}

func isIntentWord(t string) bool {
	_, svc := serviceWords[t]
	return alternativeWords[t] || providerWords[t] || helpWords[t] || greetingWords[t] || svc
}

var intentVocabulary = func() []string {
	var out []string
	for _, set := range []map[string]bool{alternativeWords, providerWords, helpWords} {
		for w := range set {
			if len(w) >= 5 {
				out = append(out, w)
			}
		}
	}
	for w := range serviceWords {
		if len(w) >= 5 {
			out = append(out, w)
		}
	}
	slices.Sort(out)
	return out
}()

// correctIntent fixes typos in the words that carry the request ("altrenative", "prestatire").
func correctIntent(t string) (string, bool) {
	n := textnorm.MaxTypos(len(t))
	if n == 0 {
		return "", false
	}
	best, bestD := "", n+1
	for _, w := range intentVocabulary {
		if d := textnorm.Distance(t, w, n); d < bestD {
			best, bestD = w, d
		}
	}
	return best, best != ""
}

func isNumber(t string) bool { return strings.Trim(t, "0123456789") == "" }

func appendNew(list []string, id string) []string {
	if slices.Contains(list, id) {
		return list
	}
	return append(list, id)
}

// onlyFiller reports whether the message is just names and filler. Around a product name,
// only true filler counts ("Dropbox ?"), so that "je suis sur slack" stays a statement;
// around a need, any function word does ("statistiques de site web sans google").
func onlyFiller(toks []string, matches []phraseMatch, products bool) bool {
	covered := make([]bool, len(toks))
	for _, m := range matches {
		for k := m.start; k < m.end; k++ {
			covered[k] = true
		}
	}
	for i, t := range toks {
		filler := fillerWords[t] || (!products && stopWords[t])
		if !covered[i] && !filler && !alternativeWords[t] && t != "sans" && t != "without" {
			return false
		}
	}
	return true
}

// askerOrg reports whether the provider word at i names the asker's own organisation:
// after a possessive ("ma boîte", "notre entreprise") or "pour" ("pour une petite boîte").
func askerOrg(toks []string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if possessives[toks[k]] || (toks[k] == "pour" && k >= i-3) || toks[k] == "for" {
			return true
		}
	}
	return false
}

// platformContext reports whether the name at i follows "sur", "sous", "avec", "on",
// "under" or "with": the system something runs on.
func platformContext(toks []string, i int) bool {
	if i == 0 {
		return false
	}
	switch toks[i-1] {
	case "sur", "sous", "avec", "on", "under", "with", "dans":
		return true
	}
	return false
}

// negated reports whether the name starting at i follows "sans", "without" or "pas de".
func negated(toks []string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		switch toks[k] {
		case "sans", "without", "hors":
			return true
		case "le", "la", "les", "l", "de", "d", "du", "des", "any":
			continue
		}
		return false
	}
	return false
}

// postfixAlternative returns X in "X alternative(s)" when X is not a KB name.
func postfixAlternative(toks []string) string {
	n := len(toks)
	if n < 2 || (toks[n-1] != "alternative" && toks[n-1] != "alternatives") {
		return ""
	}
	var name []string
	for _, t := range toks[:n-1] {
		if !stopWords[t] && !alternativeWords[t] {
			name = append(name, t)
		}
	}
	if len(name) == 0 || len(name) > 3 {
		return ""
	}
	return strings.Join(name, " ")
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
	if end == i {
		return ""
	}
	// Find the original spelling: the same words, case and accents kept.
	words := strings.Fields(textnorm.Clean(text))
	want := toks[i:end]
	for s := 0; s < len(words); s++ {
		var got []string
		for k := s; k < len(words) && len(got) < len(want); k++ {
			got = append(got, strings.Fields(textnorm.Fold(words[k]))...)
		}
		if len(got) >= len(want) && slices.Equal(got[:len(want)], want) {
			name := strings.Join(words[s:s+len(want)], " ")
			return strings.Trim(name, " ?!.,;:«»\"'")
		}
	}
	return strings.Join(want, " ")
}
