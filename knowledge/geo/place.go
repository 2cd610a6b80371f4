// SPDX-License-Identifier: AGPL-3.0-or-later

package geo

import (
	"slices"
	"strings"

	"github.com/boussole-libre/boussole/knowledge/textnorm"
)

// Place is where a person is or wants a provider. The most specific known level is set;
// the broader ones are filled in (a commune gives its département and region).
type Place struct {
	Region      string   // INSEE region code
	Departement string   // INSEE département code, or ""
	Commune     string   // INSEE commune code, or ""
	City        string   // commune name as INSEE writes it, or ""
	Area        string   // former region named ("Picardie"), or ""
	AreaDeps    []string // its départements
	Label       string   // what to show: "Rennes (35)", "Finistère (29)", "Bretagne", "Picardie (Hauts-de-France)"
}

// IsZero reports whether no place was found.
func (p Place) IsZero() bool { return p.Region == "" }

func (g *Geo) regionPlace(code string) Place {
	return Place{Region: code, Label: g.regions[code].Name}
}

func (g *Geo) depPlace(code string) Place {
	d := g.deps[code]
	return Place{Region: d.Region, Departement: code, Label: d.Name + " (" + code + ")"}
}

func (g *Geo) communePlace(i int32) Place {
	c := g.resolveCommune(i)
	d := g.deps[c.Dep]
	return Place{Region: d.Region, Departement: c.Dep, Commune: c.Code, City: c.Name, Label: c.Name + " (" + c.Dep + ")"}
}

func (g *Geo) areaPlace(name string) Place {
	a := g.areas[name]
	label := a.Title + " (" + g.regions[a.Region].Name + ")"
	return Place{Region: a.Region, Area: a.Title, AreaDeps: a.Departements, Label: label}
}

func (g *Geo) refPlace(r ref) Place {
	switch r.kind {
	case kindRegion:
		return g.regionPlace(r.code)
	case kindDep:
		return g.depPlace(r.code)
	case kindArea:
		return g.areaPlace(r.code)
	default:
		return g.communePlace(r.idx)
	}
}

// Resolve interprets a place typed on its own, as in a slash-command option: a region code
// or name, a département code or name, a postal code, or a commune name. An exact name wins
// over a typo-corrected one.
func (g *Geo) Resolve(s string) (Place, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return Place{}, false
	}
	if p, ok := g.postal(s); ok {
		return p, true
	}
	if c := DepCode(s); g.deps[c] != nil {
		return g.depPlace(c), true
	}
	if r, ok := g.regions[s]; ok && len(s) == 2 && s[0] != '0' { // "53": but "01" is the Ain
		return g.regionPlace(r.Code), true
	}
	k := textnorm.Fold(s)
	if list := g.names[k]; len(list) > 0 {
		return g.refPlace(list[0]), true
	}
	if k2 := strings.TrimPrefix(strings.TrimPrefix(k, "region "), "departement "); k2 != k {
		return g.Resolve(k2)
	}
	if name, ok := g.correct(k); ok {
		return g.refPlace(g.names[name][0]), true
	}
	return Place{}, false
}

func (g *Geo) postal(s string) (Place, bool) {
	if len(s) != 5 || strings.Trim(s, "0123456789") != "" {
		return Place{}, false
	}
	list := g.byPostal[s]
	if len(list) == 0 {
		return Place{}, false
	}
	return g.communePlace(list[0]), true
}

// PlaceNames returns the places a folded name can mean (regions, départements, communes),
// for a validator that warns when a KB word is also a place.
func (g *Geo) PlaceNames(folded string) []string {
	var out []string
	for _, r := range g.names[folded] {
		out = append(out, g.refPlace(r).Label)
	}
	return out
}

// CorrectName returns the region, département or big-city name (folded) within the typo
// budget of the folded word w, as Scan would correct it after a place cue.
func (g *Geo) CorrectName(w string) (string, bool) { return g.correct(w) }

// correct finds the place name within the typo budget of k, among regions, départements
// and big cities. It returns false when there is none or when two names tie.
func (g *Geo) correct(k string) (string, bool) {
	g.fuzzyOnce.Do(g.buildFuzzy)
	glued := strings.ReplaceAll(k, " ", "")
	max := textnorm.MaxTypos(len(glued))
	if max == 0 {
		return "", false
	}
	best, bestD, tie := "", max+1, false
	seen := map[string]bool{}
	for _, d := range textnorm.Deletes(glued, max) {
		for _, name := range g.fuzzy[d] {
			if seen[name] {
				continue
			}
			seen[name] = true
			gluedName := strings.ReplaceAll(name, " ", "")
			// The budget holds for both words: "amapiens" is two letters from "amiens",
			// too many for a six-letter town.
			dist := textnorm.Distance(glued, gluedName, min(max, textnorm.MaxTypos(len(gluedName))))
			if dist > textnorm.MaxTypos(len(gluedName)) {
				continue
			}
			switch {
			case dist < bestD:
				best, bestD, tie = name, dist, false
			case dist == bestD && name != best:
				tie = true
			}
		}
	}
	if best == "" || tie {
		return "", false
	}
	return best, true
}

// Match is a place found in a message and the token span it covers.
type Match struct {
	Place      Place
	Start, End int // tokens[Start:End]
	Cued       bool
}

// Scan finds the first place named in a tokenised message, skipping tokens marked in skip
// (already taken by product names). bareDeps lets a lone "35" count as a département, which
// only makes sense when the person asked for providers.
func (g *Geo) Scan(toks []string, skip []bool, bareDeps bool) (Match, bool) {
	s := scan{g: g, toks: toks, skip: skip, bareDeps: bareDeps, table: numberCount(toks) >= tableNumbers}
	for i := range toks {
		if skip != nil && skip[i] {
			continue
		}
		if m, ok := s.at(i); ok {
			return s.depCorrected(m), true
		}
	}
	return Match{}, false
}

// depCorrected trusts the département number written a few words after a commune over
// the commune guessed from part of its name: "Saint-Hilaire-du-Touvet (38)", a name
// gone since the communes merged, is in Isère, not Barbezieux-Saint-Hilaire (16).
func (s scan) depCorrected(m Match) Match {
	if m.Place.Commune == "" {
		return m
	}
	for k := m.End; k < len(s.toks) && k <= m.End+3; k++ {
		if !isDigits(s.toks[k]) {
			continue
		}
		if d, ok := s.number(k, true); ok && d.Place.Departement != "" && d.Place.Commune == "" && d.Place.Departement != m.Place.Departement {
			return Match{d.Place, m.Start, k + 1, true}
		}
		return m
	}
	return m
}

// scan is one message being scanned for a place.
type scan struct {
	g        *Geo
	toks     []string
	skip     []bool
	bareDeps bool
	table    bool // many numbers: a pasted table or log, where numbers are not places
}

// at tries the place that would start at token i: a number, a name, or a typo of a name.
func (s scan) at(i int) (Match, bool) {
	toks, t := s.toks, s.toks[i]
	cue, article := cueBefore(toks, i)
	if isDigits(t) && !(i+1 < len(toks) && len(s.g.names[t+" "+toks[i+1]]) > 0) { // "le 9-3" is a name
		return s.number(i, cue)
	}
	if t == "saint" && i > 0 && toks[i-1] == "la" {
		return Match{}, false // "à la Saint-Valentin": a feast day
	}
	if participles[t] && i > 1 && (toks[i-1] == "a" || toks[i-1] == "ai") && (subjects[toks[i-2]] || i+1 < len(toks) && hadThings[toks[i+1]]) {
		return Match{}, false // "quelqu'un a eu le même souci ?", "ma collègue a eu une box": a verb, not Eu
	}
	if place, ok := s.g.adjective[t]; ok && i > 0 && (orgWords[toks[i-1]] || areaNouns[toks[i-1]]) && len(s.g.names[place]) > 0 && s.free(i, 1) {
		// "une SCOP nantaise", "un presta lyonnais": where the organisation is; "région
		// lilloise": the area.
		return Match{s.g.refPlace(s.g.names[place][0]), i, i + 1, true}, true
	}
	if (t == "2a" || t == "2b") && (cue || s.bareDeps) && !labelled(toks, i) {
		return Match{s.g.depPlace(DepCode(t)), i, i + 1, cue}, true
	}
	c := pickContext{cue: cue, strong: cue && !(i > 0 && toks[i-1] == "en" && !article) && !weakCued(toks, i), article: article,
		asked: s.bareDeps, placeCue: placeCueBefore(toks, i),
		// "dans apt-get", "dans Limoges": without an article, "dans" reads as a place only
		// before a big city.
		bareDans: i > 0 && toks[i-1] == "dans", ofThe: i > 0 && toks[i-1] == "du", first: i == 0 && !(len(toks) > 1 && appositions[toks[1]])}
	if !c.strong && eventOfTown(toks, i) {
		c.cue, c.strong = true, true
	}
	if i > 0 && localBodies[toks[i-1]] {
		c.cue, c.strong, c.placeCue, c.body = true, true, true, true // "notre comcom (Creuse Grand Sud)"
	}
	if languageContext(toks, i) || streetContext(toks, i) || buildingName(toks, i) || idiom(toks, i) || travel(toks, i) || notThere(toks, i) || s.calledSo(i) || onTheRiver(toks, i) ||
		i+1 < len(toks) && compounds[t] == toks[i+1] { // "des stickers en die cut": a trade term, not Die (26)
		return Match{}, false // "au 3 rue de Strasbourg": a street, wherever the street is
	}
	// "au champagne" is the wine even after a strong cue: the province is "en Champagne".
	if theWine(toks, i) || drinkVessel(toks, i) || !c.strong && !s.g.regionAt(toks, i) && (colourContext(toks, i) || produceContext(toks, i) || wineContext(toks, i) || tradeListed(toks, i) || (i > 0 && notPlaceBefore[toks[i-1]] && !institutionOf(toks, i))) {
		// "bordeaux et blanc", "couleur bordeaux": a colour; "je suis maçon", "un artisan
		// maçon": a trade; "arrête tes vannes": a noun; "ça se corse": a verb.
		return Match{}, false
	}
	if m, ok := s.named(i, c); ok {
		return m, true
	}
	if cue {
		if m, ok := s.shortened(i); ok {
			return m, true
		}
	}
	if cue && len(t) >= 4 && !s.g.nearPlace[t] {
		if m, ok := s.typo(i, c); ok && !styleContext(toks, m.End) {
			return m, true
		}
	}
	return Match{}, false
}

// shortened reads the first word of a commune's name followed by its département, as
// people shorten it: "près d'Argelès (66)" is Argelès-sur-Mer.
func (s scan) shortened(i int) (Match, bool) {
	if len(s.toks[i]) < 4 || len(s.g.names[s.toks[i]]) > 0 {
		return Match{}, false
	}
	dep := s.g.depAfter(s.toks, i+1)
	if dep == "" {
		return Match{}, false
	}
	s.g.depOnce.Do(s.g.indexDeps)
	prefix, found := s.toks[i]+" ", int32(-1)
	for _, k := range s.g.byDep[dep] {
		if strings.HasPrefix(s.g.communes[k].key, prefix) {
			if found >= 0 {
				return Match{}, false // two communes start so: which one is unknown
			}
			found = k
		}
	}
	if found < 0 {
		return Match{}, false
	}
	return Match{s.g.communePlace(found), i, i + 1, true}, true
}

// named tries the place names that start at token i, longest first, each read with the
// words around it.
func (s scan) named(i int, c pickContext) (Match, bool) {
	toks, t, cue := s.toks, s.toks[i], c.cue
	for n := min(s.g.maxWords, len(toks)-i); n >= 1; n-- {
		list := s.g.names[strings.Join(toks[i:i+n], " ")]
		if len(list) == 0 || !s.free(i, n) {
			continue
		}
		c.articleCue, c.multiword, c.leadingArticle, c.last = articleCue(toks, i), n > 1, articles[t] && n > 1, i+n == len(toks)
		c.contracted = i > 0 && (toks[i-1] == "au" || toks[i-1] == "aux")
		pc := c
		if surroundings(toks, i+n) {
			pc.cue, pc.strong, pc.placeCue = true, true, true // "Tours ou alentours"
		}
		if i > 0 && toks[i-1] == "the" && i+n < len(toks) && areaWords[toks[i+n]] {
			pc.article = false // "in the Bordeaux area": the city's area, "the" is English
		}
		if cue && i+n < len(toks) && ofWords[toks[i+n]] && !(i+n+1 < len(toks) && toks[i+n+1] == "cote") {
			// "à l'aube de la rentrée", "au centre de": a phrase — not "à La Réunion du
			// côté de Saint-Pierre", a second place cue.
			list = s.ofPhrase(list, i, n)
		}
		if deps := depsOnly(list); len(deps) > 0 && institutionOf(toks, i) && !(i+n < len(toks) && ofWords[toks[i+n]]) {
			list, pc.cue, pc.strong, pc.article = deps, true, true, true // "une petite mairie du Var"
		}
		if r, ok := s.regionAfter(list, i+n); ok {
			list, pc.cue, pc.strong = []ref{r}, true, true // "Saint-Gilles, La Réunion": the commune there, or the region
		}
		if k, ok := s.g.postalNamed(toks, i, n); ok {
			return Match{s.g.communePlace(k), i, i + n + 1, true}, true // "Saint-Gervais (74170)": Saint-Gervais-les-Bains
		}
		if in := s.g.inDep(list, toks, i+n); len(in) > 0 {
			list, pc.cue, pc.strong, pc.placeCue, pc.body = in, true, true, true, true // "Clermont (60)": the one in the Oise; "Provins 77"; "Reunion (974)"
		}
		if styleContext(toks, i+n) || timeAfter(toks, i+n) {
			continue // "la déco en Provence-style", "à la réunion de lundi"
		}
		if r, ok := s.g.pick(list, pc); ok {
			return Match{s.g.refPlace(r), i, i + n, cue}, true
		}
	}
	return Match{}, false
}

// postalNamed reads a name followed by a postal code as the commune of that code whose
// name it is or starts: "Saint-Gervais (74170)" is Saint-Gervais-les-Bains, not the
// Saint-Gervais of Vendée.
func (g *Geo) postalNamed(toks []string, i, n int) (int32, bool) {
	if i+n >= len(toks) || len(toks[i+n]) != 5 || strings.Trim(toks[i+n], "0123456789") != "" {
		return 0, false
	}
	name := strings.Join(toks[i:i+n], " ")
	for _, k := range g.byPostal[toks[i+n]] {
		if key := g.communes[k].key; key == name || strings.HasPrefix(key, name+" ") {
			return k, true
		}
	}
	return 0, false
}

// compounds are place names that open an English trade term.
var compounds = map[string]string{"die": "cut"}

// onTheRiver reports a river named like its département: "des canoës sur la Loire près
// d'Amboise", "au bord de la Marne" — the river, not the département.
func onTheRiver(toks []string, i int) bool {
	if !rivers[toks[i]] || i < 2 {
		return false
	}
	return (toks[i-1] == "la" || toks[i-1] == "le" || toks[i-1] == "l") && (toks[i-2] == "sur" || toks[i-2] == "long" || toks[i-2] == "de" && i > 2 && toks[i-3] == "bord") ||
		toks[i-1] == "de" && toks[i-2] == "bords"
}

var rivers = map[string]bool{"loire": true, "marne": true, "somme": true, "dordogne": true, "cher": true, "vienne": true, "indre": true,
	"allier": true, "aude": true, "tarn": true, "lot": true, "var": true, "orne": true, "sarthe": true, "mayenne": true, "gard": true,
	"aisne": true, "oise": true, "meuse": true, "moselle": true, "isere": true, "drome": true, "ardeche": true, "charente": true,
	"creuse": true, "yonne": true, "eure": true, "loiret": true, "rhone": true, "doubs": true, "saone": true}

// indexDeps lists each département's communes, for names shortened to their first word.
func (g *Geo) indexDeps() {
	g.byDep = map[string][]int32{}
	for k := range g.communes {
		g.byDep[g.communes[k].Dep] = append(g.byDep[g.communes[k].Dep], int32(k))
	}
}

// regionAfter reads a commune's name followed by its overseas region's ("Saint-Gilles, La
// Réunion"; the comma is gone): the commune of that name there, else the region itself —
// "Saint-Gilles" here is Saint-Gilles-les-Bains, no commune of its own.
func (s scan) regionAfter(list []ref, next int) (ref, bool) {
	if !slices.ContainsFunc(list, func(r ref) bool { return r.kind == kindCommune }) {
		return ref{}, false
	}
	for n := min(3, len(s.toks)-next); n >= 1; n-- {
		for _, r := range s.g.names[strings.Join(s.toks[next:next+n], " ")] {
			if r.kind != kindRegion || !s.g.regions[r.code].Overseas {
				continue // an overseas region, named after the town as its address
			}
			for _, c := range list {
				if c.kind == kindCommune && s.g.deps[s.g.communes[c.idx].Dep] != nil && s.g.deps[s.g.communes[c.idx].Dep].Region == r.code {
					return c, true
				}
			}
			return r, true
		}
	}
	return ref{}, false
}

// ofPhrase narrows the places a name followed by "de", "des" can be: the communes, as
// "au centre de" is a phrase — but "à la Réunion, des prestataires ?" still asks there
// (the comma is gone), while "à la réunion des parents" is a meeting, and La Réunion (47)
// is not what anyone means by it.
func (s scan) ofPhrase(list []ref, i, n int) []ref {
	if name := strings.Join(s.toks[i:i+n], " "); name != "reunion" && name != "la reunion" {
		return communesOnly(list)
	}
	if i+n+1 < len(s.toks) && soughtAfter[s.toks[i+n+1]] {
		return list
	}
	return nil
}

// soughtAfter are the people a request seeks right after a place and "des": "à la
// Réunion, des prestataires ?".
var soughtAfter = map[string]bool{"prestataires": true, "entreprises": true, "informaticiens": true, "gens": true,
	"personnes": true, "structures": true, "assos": true, "associations": true, "hebergeurs": true, "professionnels": true}

// areaNouns name an area a demonym can qualify: "région lilloise", "agglomération
// nantaise".
var areaNouns = map[string]bool{"region": true, "agglomeration": true, "agglo": true, "metropole": true, "secteur": true,
	"banlieue": true, "zone": true, "coin": true}

// orgWords name organisations a demonym can qualify.
var orgWords = map[string]bool{"scop": true, "scic": true, "cooperative": true, "entreprise": true, "societe": true,
	"boite": true, "asso": true, "association": true, "agence": true, "presta": true, "prestataire": true,
	"integrateur": true, "esn": true, "startup": true, "structure": true, "hebergeur": true,
	// "la ligue guadeloupéenne de football", "un club breton"
	"ligue": true, "club": true, "comite": true, "federation": true, "collectif": true}

// timeAfter reports a name followed by when it happens: "présenter le projet à la réunion
// de lundi" is a meeting.
func timeAfter(toks []string, j int) bool {
	return j+1 < len(toks) && (toks[j] == "de" || toks[j] == "du" || toks[j] == "d") && timeWords[toks[j+1]]
}

var timeWords = map[string]bool{"lundi": true, "mardi": true, "mercredi": true, "jeudi": true, "vendredi": true,
	"samedi": true, "dimanche": true, "demain": true, "hier": true, "ce": true, "cet": true, "cette": true, "midi": true,
	"rentree": true, "fin": true, "debut": true}

// notThere reports a place the message says the asker is not at: "mais on n'est pas à
// Marseille", "we're not in Paris".
func notThere(toks []string, i int) bool {
	return i > 1 && (toks[i-2] == "pas" || toks[i-2] == "not") && placeLinks[toks[i-1]] || outside(toks, i)
}

// outside reports a place named as where not to look: "et en dehors de la Bretagne ? y en
// a sur Paris ?", "hors de Lyon", "outside Brittany".
func outside(toks []string, i int) bool {
	j := i - 1
	if j >= 0 && definite[toks[j]] {
		j--
	}
	if j >= 0 && (toks[j] == "de" || toks[j] == "d") {
		j--
	}
	return j >= 0 && (toks[j] == "hors" || toks[j] == "outside" || toks[j] == "dehors" && j > 0 && toks[j-1] == "en")
}

var placeLinks = map[string]bool{"a": true, "au": true, "en": true, "dans": true, "sur": true, "in": true, "at": true}

// calledSo reports a name given to a thing: "our server's hostname is 'brest'", "le
// serveur s'appelle Lyon", "une machine nommée Nancy".
func (s scan) calledSo(i int) bool {
	toks := s.toks
	// "s'appellent Tours, Sens et Nice": back over the other names of the list.
	for i > 1 && (s.g.names[toks[i-1]] != nil || coordinators[toks[i-1]]) && !namingWords[toks[i-1]] {
		i--
	}
	if i > 0 && (namingWords[toks[i-1]] || thingNouns[toks[i-1]]) {
		return true // "…appelle Lyon", "l'API Marseille", "le projet Nancy"
	}
	return i > 1 && (toks[i-1] == "is" || toks[i-1] == "est") && namingWords[toks[i-2]]
}

// thingNouns name things people christen after towns: "l'API Marseille (nom de code)".
var thingNouns = map[string]bool{"api": true, "projet": true, "project": true, "cluster": true, "vm": true,
	"hyperviseur": true, "codename": true, "batiment": true, "salle": true, "building": true,
	// Sports clubs: "les supporters de l'AS Saint-Étienne".
	"as": true, "fc": true, "racing": true, "olympique": true, "sporting": true}

var coordinators = map[string]bool{"et": true, "ou": true, "and": true, "or": true}

var namingWords = map[string]bool{"hostname": true, "nomme": true, "nommee": true, "appelle": true, "appele": true, "appellent": true,
	"nommes": true, "nommees": true, "hostnames": true,
	"appelee": true, "baptise": true, "baptisee": true, "called": true, "named": true, "surnomme": true}

// surroundings reports "ou alentours", "et environs", "et sa région" at i: a cue after a
// name that makes it a place.
func surroundings(toks []string, i int) bool {
	if preferred(toks, i) {
		return true // "Grand Est de préférence": where the asker wants someone
	}
	if i+1 >= len(toks) || (toks[i] != "ou" && toks[i] != "et") {
		return false
	}
	switch toks[i+1] {
	case "alentours", "environs", "alentour":
		return true
	case "sa", "son":
		return i+2 < len(toks) && (toks[i+2] == "region" || toks[i+2] == "agglo" || toks[i+2] == "agglomeration")
	}
	return false
}

// preferred reports "de préférence", "si possible", "preferably" at i, which make the name
// before it a wish for a place.
func preferred(toks []string, i int) bool {
	if i >= len(toks) {
		return false
	}
	switch toks[i] {
	case "de", "si":
		return i+1 < len(toks) && (toks[i+1] == "preference" || toks[i+1] == "pref" || toks[i+1] == "possible")
	case "preferably", "ideally", "idealement", "preferablement":
		return true
	}
	return false
}

// typo reads a place name with a typo after a cue: "près de Nantess", "en Bretgne".
func (s scan) typo(i int, c pickContext) (Match, bool) {
	for n := min(3, len(s.toks)-i); n >= 1; n-- {
		if !s.free(i, n) || !typoSpan(s.toks[i:i+n], s.g.nearPlace) || n == 1 && (foreignCountries[s.toks[i]] || legalForms[s.toks[i]]) {
			continue // "un partenaire en Pologne" is abroad, not in Sologne
		}
		if n == 1 && (len(s.g.names[s.toks[i]]) > 0 || textnorm.IsFrenchWord(s.toks[i])) {
			continue // "ostréiculteur à Marennes" is no typo of Ardennes, "en forêt" none of Forez
		}
		name, ok := s.g.correct(strings.Join(s.toks[i:i+n], " "))
		if !ok {
			continue
		}
		c.articleCue, c.multiword, c.leadingArticle, c.last = false, n > 1, false, i+n == len(s.toks)
		// A typo never turns into an everyday word: "chez" is not "Cher".
		if r, ok := s.g.pick(uncommon(s.g.names[name]), c); ok {
			return Match{s.g.refPlace(r), i, i + n, c.cue}, true
		}
	}
	return Match{}, false
}

func (s scan) free(i, n int) bool {
	for k := i; k < i+n; k++ {
		if s.skip != nil && s.skip[k] {
			return false
		}
	}
	return true
}

// legalForms are never a typo of a place: "passé en EURL" is no Eure.
var legalForms = map[string]bool{"eurl": true, "sarl": true, "sasu": true, "sas": true, "scop": true, "scic": true, "sci": true, "gaec": true, "earl": true}

// foreignCountries are never a typo of a French place: "en Pologne" is not "en Sologne".
var foreignCountries = map[string]bool{"pologne": true, "poland": true, "espagne": true, "spain": true, "allemagne": true,
	"germany": true, "italie": true, "italy": true, "belgique": true, "belgium": true, "suisse": true, "portugal": true,
	"autriche": true, "austria": true, "irlande": true, "ireland": true, "angleterre": true, "england": true, "ecosse": true,
	"scotland": true, "grece": true, "greece": true, "suede": true, "sweden": true, "norvege": true, "norway": true,
	"danemark": true, "denmark": true, "roumanie": true, "romania": true, "hongrie": true, "hungary": true, "croatie": true,
	"tunisie": true, "maroc": true, "algerie": true, "senegal": true, "canada": true, "quebec": true, "bresil": true}

// localBodies name a local authority, whose name follows: "la comcom Creuse Grand Sud".
var localBodies = map[string]bool{"comcom": true, "agglo": true, "cc": true, "intercommunalite": true, "intercom": true}

// participles after "a" or "ai" and a subject are verbs: "on a eu", "j'ai vu".
var participles = map[string]bool{"eu": true, "vu": true, "lu": true, "su": true, "pu": true, "du": true}

var subjects = map[string]bool{"j": true, "on": true, "il": true, "elle": true, "un": true, "qqn": true, "qui": true, "tu": true,
	"nous": true, "vous": true, "ils": true, "elles": true, "ca": true, "personne": true}

// hadThings follow "a eu" as what was had: "ma collègue a eu une box Orange".
var hadThings = map[string]bool{"un": true, "une": true, "le": true, "la": true, "les": true, "des": true, "du": true, "l": true,
	"beaucoup": true, "peur": true, "besoin": true, "raison": true, "tort": true, "lieu": true, "droit": true}

// appositions follow a first name, not a town: "Albert, notre maire, veut…".
var appositions = map[string]bool{"notre": true, "nos": true, "mon": true, "ma": true, "son": true, "sa": true, "le": true, "la": true,
	"our": true, "my": true, "the": true, "his": true, "her": true, "et": true, "and": true, "dit": true, "says": true, "veut": true, "wants": true}

// typoSpan reports whether words may be typo-corrected together into a place: each is a
// content word, not an ordinary word a typo away from a place ("heure", "et le").
func typoSpan(words []string, near map[string]bool) bool {
	french := 0
	for _, w := range words {
		if len(w) <= 3 || near[w] {
			return false
		}
		if textnorm.IsFrenchWord(w) {
			french++
		}
	}
	// "à mort elle" is no typo of Moselle: words that are all French are meant as written.
	return len(words) == 1 || french < len(words)
}

// shortRequest is the most words a message may have for a lone number in it to be read
// as a département.
const shortRequest = 12

// notPlaceBefore make the next word a noun or a verb, not a place, when no place cue
// stands before it.
var notPlaceBefore = map[string]bool{"suis": true, "sommes": true, "un": true, "une": true, "des": true,
	"mes": true, "tes": true, "ses": true, "nos": true, "vos": true, "leurs": true, "ce": true, "cette": true,
	"ces": true, "se": true, "s": true, "artisan": true, "apprenti": true, "ouvrier": true,
	// People named like places: "ma collègue Lorraine", "mon voisin Albert".
	"collegue": true, "copine": true, "copain": true, "amie": true, "ami": true, "voisine": true, "voisin": true,
	"mr": true, "mrs": true, "ms": true, "dr": true,
	"soeur": true, "frere": true, "cousine": true, "cousin": true, "tante": true, "oncle": true, "madame": true,
	"monsieur": true, "mme": true, "mlle": true}

var ofWords = map[string]bool{"de": true, "du": true, "des": true, "d": true}

// communesOnly keeps the communes of a list: after "à l'" and before "de", a département
// or region name that is an everyday word reads as a phrase ("à l'aube de").
func communesOnly(list []ref) []ref {
	var out []ref
	for _, r := range list {
		if r.kind == kindCommune || !r.common {
			out = append(out, r)
		}
	}
	return out
}

// subjectsBefore make the "a" after them the verb avoir: "on a eu", "qui a vu".
// objectThat reports "ça" as the object of a verb before it: "installer ca a Port-Vendres"
// is "installer ça à Port-Vendres", not "ça a".
func objectThat(toks []string, k int) bool {
	return toks[k] == "ca" && k > 0 && (strings.HasSuffix(toks[k-1], "er") || strings.HasSuffix(toks[k-1], "ir") || strings.HasSuffix(toks[k-1], "re"))
}

var subjectsBefore = map[string]bool{"on": true, "il": true, "elle": true, "qui": true, "y": true, "ca": true,
	"ce": true, "cela": true, "tout": true, "personne": true}

// inDep returns the places of list in the département whose number follows the name
// ("Clermont (60)", "Valence 26", "Reunion (974)"), or nil.
func (g *Geo) inDep(list []ref, toks []string, next int) []ref {
	dep := g.depAfter(toks, next)
	if dep == "" {
		return nil
	}
	var out []ref
	for _, r := range list {
		if r.kind == kindCommune && g.communes[r.idx].Dep == dep || r.kind == kindDep && r.code == dep || r.kind == kindRegion && g.deps[dep] != nil && g.deps[dep].Region == r.code {
			out = append(out, r) // "Reunion (974)": the region of the département in brackets
		}
	}
	return out
}
