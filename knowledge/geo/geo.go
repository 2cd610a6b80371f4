// SPDX-License-Identifier: AGPL-3.0-or-later

// Package geo knows French administrative geography: the 18 regions, the 101 départements
// and the communes with their postal codes, from the official data set
// @etalab/decoupage-administratif (Licence Ouverte), compacted by internal/gen. It resolves
// what people type for a place — "Rennes", "35", "35000", "Ille-et-Vilaine", "BZH",
// "Rhône-Alpes", "PACA", "la Réunion" — and finds places inside chat messages.
package geo

import (
	"embed"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/boussole-libre/boussole/knowledge/textnorm"
)

//go:embed data/regions.tsv data/departements.tsv data/common-names.txt data/near-place-words.txt
var dataFS embed.FS

// communesTSV is kept as text, not compressed: a commune's fields are substrings of it,
// and decompressing cost a tenth of the start-up time.
//
//go:embed data/communes.tsv
var communesTSV string

// Region is an INSEE region (code from the COG, e.g. "53" for Bretagne).
type Region struct {
	Code         string
	Name         string
	Departements []string // codes, sorted
	Neighbors    []string // region codes, nearest first: offered when a region has no provider
	Overseas     bool
}

// Departement is an INSEE département ("35", "2A", "974").
type Departement struct {
	Code   string
	Name   string
	Region string
}

// Commune is a French commune. Delegated and associated communes carry their parent's code
// in Parent and resolve to it.
type Commune struct {
	Code       string
	Name       string
	Dep        string
	Population int
	Postal     []string
	Parent     string
	key        string // folded name
}

// Area is a former region (before 2016) or a traditional area that people still name, with
// the title answers show: it narrows a region to its départements.
type Area struct {
	Name         string // folded, as people type it: "pays basque"
	Title        string // as answers show it: "Pays basque"
	Region       string
	Departements []string
}

// Geo is the loaded geography. It is read-only after Load and safe for concurrent use.
type Geo struct {
	regions   map[string]*Region
	deps      map[string]*Departement
	communes  []Commune
	byCode    map[string]int32   // commune code → index (current communes only)
	byPostal  map[string][]int32 // postal code → communes, most populous first
	areas     map[string]*Area   // folded name → area
	names     map[string][]ref   // folded place name → candidates
	ordinary  map[string]bool    // commune names that are ordinary French (data/common-names.txt)
	nearPlace map[string]bool    // French words one typo from a place name (data/near-place-words.txt)
	adjective map[string]string  // "nantaise" → "nantes": demonyms said of an organisation
	maxWords  int
	fuzzy     map[string][]string // symmetric-delete key → folded names (regions, départements, big cities)
	fuzzyKeys []string            // the names fuzzy indexes, built on first use
	fuzzyOnce sync.Once
	byDep     map[string][]int32 // département → its communes, built on first use
	depOnce   sync.Once
	regOrder  []string
	comp      completer
}

type refKind uint8

const (
	kindRegion refKind = iota + 1
	kindDep
	kindArea
	kindCommune
)

type ref struct {
	kind   refKind
	code   string // region/dep code, area name, or commune index as string
	idx    int32  // commune index
	common bool   // the name is also an everyday word: needs a place cue
	// ordinary: a commune whose name is ordinary French by the word list ("Ligné",
	// "Liré", "La Table"): it needs a strong cue and a message that asks for a place.
	ordinary bool
	// stripped: the name without its article ("Mans" for Le Mans), found only after "au",
	// "aux" or "à la": "à cause" is not Le Causé.
	stripped bool
	// askedOnly: a region alias that is an ordinary phrase ("aura", "grand est"): a place
	// only in a message that asks for providers.
	askedOnly bool
}

// BigCity is the population from which a commune name is recognised in a message without a
// place cue ("prestataire Nextcloud Rennes") and typos in its name are tolerated.
const BigCity = 20000

// Load reads the embedded geography.
func Load() (*Geo, error) {
	g := &Geo{
		regions:  map[string]*Region{},
		deps:     map[string]*Departement{},
		byCode:   make(map[string]int32, 35000),
		byPostal: make(map[string][]int32, 6500),
		areas:    map[string]*Area{},
		names:    make(map[string][]ref, 40000),
	}
	if err := g.loadRegions(); err != nil {
		return nil, err
	}
	if err := g.loadDeps(); err != nil {
		return nil, err
	}
	if err := g.loadCommunes(); err != nil {
		return nil, err
	}
	if err := g.loadOrdinary(); err != nil {
		return nil, err
	}
	g.index()
	return g, nil
}

// loadOrdinary reads the word lists derived from Debian's French word list by
// internal/commonwords: commune names that are ordinary words, and words that a typo
// correction must never turn into a place ("heure" is not the Eure).
func (g *Geo) loadOrdinary() error {
	var err error
	if g.ordinary, err = readList("data/common-names.txt"); err != nil {
		return err
	}
	if g.nearPlace, err = readList("data/near-place-words.txt"); err != nil {
		return err
	}
	for w := range recentWords {
		g.nearPlace[w] = true
	}
	return nil
}

func readList(name string) (map[string]bool, error) {
	b, err := dataFS.ReadFile(name)
	if err != nil {
		return nil, fmt.Errorf("geo: %w", err)
	}
	set := map[string]bool{}
	for _, line := range strings.Split(string(b), "\n") {
		if line != "" && line[0] != '#' {
			set[line] = true
		}
	}
	return set, nil
}

// eachLine calls fn with the tab-separated fields of every non-comment line. Fields are
// substrings of data, so parsing the communes allocates little.
func eachLine(data string, fields int, fn func([]string) error) error {
	f := make([]string, fields)
	for n := 1; data != ""; n++ {
		line, rest, _ := strings.Cut(data, "\n")
		data = rest
		if line == "" || line[0] == '#' {
			continue
		}
		k := 0
		for k < fields-1 {
			i := strings.IndexByte(line, '\t')
			if i < 0 {
				break
			}
			f[k], line = line[:i], line[i+1:]
			k++
		}
		f[k] = line
		if k != fields-1 || strings.IndexByte(line, '\t') >= 0 {
			return fmt.Errorf("line %d: want %d fields", n, fields)
		}
		if err := fn(f); err != nil {
			return fmt.Errorf("line %d: %w", n, err)
		}
	}
	return nil
}

// eachDataLine runs fn on each line of the embedded data file name, which has fields
// tab-separated columns.
func eachDataLine(name string, fields int, fn func(f []string) error) error {
	b, err := dataFS.ReadFile("data/" + name)
	if err != nil {
		return fmt.Errorf("geo: %w", err)
	}
	if err := eachLine(string(b), fields, fn); err != nil {
		return fmt.Errorf("geo: %s: %w", name, err)
	}
	return nil
}

func (g *Geo) loadRegions() error {
	return eachDataLine("regions.tsv", 2, func(f []string) error {
		r := &Region{Code: f[0], Name: f[1], Overseas: len(f[0]) == 2 && f[0][0] == '0'}
		r.Neighbors = neighbors[r.Code]
		g.regions[r.Code] = r
		g.regOrder = append(g.regOrder, r.Code)
		return nil
	})
}

func (g *Geo) loadDeps() error {
	return eachDataLine("departements.tsv", 3, func(f []string) error {
		r, ok := g.regions[f[1]]
		if !ok {
			return fmt.Errorf("département %s: unknown region %s", f[0], f[1])
		}
		g.deps[f[0]] = &Departement{Code: f[0], Region: f[1], Name: f[2]}
		r.Departements = append(r.Departements, f[0])
		return nil
	})
}

func (g *Geo) loadCommunes() error {
	g.communes = make([]Commune, 0, 37500)
	err := eachLine(communesTSV, 7, func(f []string) error {
		pop, err := strconv.Atoi(f[3])
		if err != nil {
			return fmt.Errorf("population %q: %w", f[3], err)
		}
		if _, ok := g.deps[f[2]]; !ok {
			return fmt.Errorf("commune %s: unknown département %s", f[0], f[2])
		}
		c := Commune{Code: f[0], Name: f[1], Dep: f[2], Population: pop, Parent: f[5], key: f[6]}
		if f[4] != "" {
			c.Postal = strings.Fields(f[4])
		}
		g.communes = append(g.communes, c)
		return nil
	})
	if err != nil {
		return fmt.Errorf("geo: communes.tsv: %w", err)
	}
	for i, c := range g.communes {
		if c.Parent == "" {
			g.byCode[c.Code] = int32(i)
			for _, p := range c.Postal {
				g.byPostal[p] = append(g.byPostal[p], int32(i))
			}
		}
	}
	for _, list := range g.byPostal {
		g.sortByPopulation(list)
	}
	return nil
}

func (g *Geo) sortByPopulation(list []int32) {
	sort.SliceStable(list, func(a, b int) bool {
		return g.population(list[a]) > g.population(list[b])
	})
}

// population of a commune, or of its parent for a delegated commune.
func (g *Geo) population(i int32) int {
	c := &g.communes[i]
	if c.Parent != "" {
		if p, ok := g.byCode[c.Parent]; ok {
			return g.communes[p].Population
		}
	}
	return c.Population
}

// Regions lists the 18 regions in INSEE order.
func (g *Geo) Regions() []*Region {
	out := make([]*Region, 0, len(g.regOrder))
	for _, c := range g.regOrder {
		out = append(out, g.regions[c])
	}
	return out
}

// Region returns a region by INSEE code.
func (g *Geo) Region(code string) (*Region, bool) {
	r, ok := g.regions[code]
	return r, ok
}

// Departement returns a département by INSEE code.
func (g *Geo) Departement(code string) (*Departement, bool) {
	d, ok := g.deps[code]
	return d, ok
}

// Departements lists all départements sorted by code.
func (g *Geo) Departements() []*Departement {
	out := make([]*Departement, 0, len(g.deps))
	for _, d := range g.deps {
		out = append(out, d)
	}
	slices.SortFunc(out, func(a, b *Departement) int { return strings.Compare(a.Code, b.Code) })
	return out
}

// CommuneCount is the number of communes known, delegated ones included.
func (g *Geo) CommuneCount() int { return len(g.communes) }

// Commune returns a current commune by INSEE code.
func (g *Geo) Commune(code string) (*Commune, bool) {
	i, ok := g.byCode[code]
	if !ok {
		return nil, false
	}
	return &g.communes[i], true
}

// FindCommune finds a commune by name inside a département (dep may be empty: then the most
// populous commune of that name). Delegated communes resolve to their parent.
func (g *Geo) FindCommune(name, dep string) (*Commune, bool) {
	for _, r := range g.names[textnorm.Fold(name)] {
		if r.kind != kindCommune {
			continue
		}
		c := g.resolveCommune(r.idx)
		if dep == "" || c.Dep == dep {
			return c, true
		}
	}
	return nil, false
}

func (g *Geo) resolveCommune(i int32) *Commune {
	c := &g.communes[i]
	if c.Parent != "" {
		if p, ok := g.byCode[c.Parent]; ok {
			return &g.communes[p]
		}
	}
	return c
}

// DepCode normalises a département code as people type it: "1" → "01", "2a" → "2A".
func DepCode(s string) string {
	s = strings.ToUpper(strings.TrimSpace(s))
	if len(s) == 1 && s[0] >= '1' && s[0] <= '9' {
		return "0" + s
	}
	return s
}

// ResolveRegion accepts a region's INSEE code, name or usual alias and returns its code.
func (g *Geo) ResolveRegion(s string) (string, bool) {
	if _, ok := g.regions[strings.TrimSpace(s)]; ok {
		return strings.TrimSpace(s), true
	}
	for _, r := range g.names[textnorm.Fold(s)] {
		switch r.kind {
		case kindRegion:
			return r.code, true
		case kindArea:
			return g.areas[r.code].Region, true
		}
	}
	return "", false
}

// ResolveDepartement accepts a département's code or name and returns its code.
func (g *Geo) ResolveDepartement(s string) (string, bool) {
	if c := DepCode(s); g.deps[c] != nil {
		return c, true
	}
	for _, r := range g.names[textnorm.Fold(s)] {
		if r.kind == kindDep {
			return r.code, true
		}
	}
	return "", false
}

// recentWords are everyday words newer than the word list behind near-place-words.txt, a
// typo away from a place, added to it on load: "filmées au drone" is no Drôme.
var recentWords = map[string]bool{"drone": true, "drones": true}
