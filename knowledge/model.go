// SPDX-License-Identifier: AGPL-3.0-or-later

// Package knowledge holds Boussole's knowledge base (KB): needs (categories), libre tools,
// the proprietary products they replace and the organisations that deploy them. It loads
// the KB from a directory of YAML files, validates it with file:line:col messages, and
// answers lookups through an in-memory index.
package knowledge

import (
	"fmt"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/boussole-libre/boussole/knowledge/geo"
)

// Pos is where an entry or a field was written.
type Pos struct {
	File      string
	Line, Col int
}

func (p Pos) String() string { return fmt.Sprintf("%s:%d:%d", p.File, p.Line, p.Col) }

// Category is a need people have ("visio", "compta").
type Category struct {
	ID          string
	Name        string
	NameEN      string
	Description string
	Keywords    []string
	Best        []string // tool ids recommended first for this need, best first
	Pos         Pos
}

// Tool is a piece of free software.
type Tool struct {
	ID          string
	Name        string
	Description string
	License     string
	Website     string
	Categories  []string
	SelfHosted  bool
	French      bool
	Developer   string
	Aliases     []string
	Popularity  int
	Notes       string
	Ambiguous   bool     // the name is also an everyday word ("Signal", "Element", "Calibre")
	Repository  string   // where the source code lives (a forge URL), for kb verify
	Needs       []string // precise needs it answers ("pare-feu", "firewall", "OCR"), French and English
	// Platforms are where its own apps run (one of Platforms): "et sur iPhone ?" puts
	// first the tools known to have an iOS app. Empty when not written down.
	Platforms []string
	Sources   []Source // pages that back the licence or other claims
	Pos       Pos
}

// Alternative is a libre tool recommended for a product, with an optional reason.
type Alternative struct {
	Tool string
	Why  string
}

// Product is a proprietary product or service people want to replace.
type Product struct {
	ID           string
	Name         string
	Vendor       string
	Aliases      []string
	Categories   []string
	Alternatives []Alternative
	Ambiguous    bool
	Notes        string
	Service      bool     // a hosted service (mail, storage, music…): leaving it needs a host first
	Umbrella     bool     // a group of products ("les GAFAM"): a precise product named beside it wins
	Sources      []Source // pages that back claims about the product
	Pos          Pos
}

// Lists reports whether the product names the tool among its alternatives.
func (p *Product) Lists(tool string) bool {
	return slices.ContainsFunc(p.Alternatives, func(a Alternative) bool { return a.Tool == tool })
}

// Establishment is where a provider is. Region is always set after loading; Departement and
// Commune (INSEE codes) and City when the sources show them.
type Establishment struct {
	City        string
	Commune     string
	Departement string
	Region      string
}

// Source is a public page that shows a provider's facts.
type Source struct {
	URL     string
	Date    string // date of the page, when it shows one
	Checked string // when an undated page was read
	Shows   string
}

// When is the source's date for display: the page's own, else when it was read.
func (s Source) When() string {
	if s.Date != "" {
		return s.Date
	}
	return s.Checked
}

// Provider kinds.
const (
	KindCompany     = "company"
	KindCooperative = "cooperative"
	KindAssociation = "association"
)

// Services is the fixed vocabulary of what providers do, in display order.
var Services = []string{"intégration", "hébergement", "infogérance", "support", "formation", "développement", "conseil"}

// Platforms is the fixed vocabulary of where a tool's own apps run; "web" is a web app any
// device opens in its browser.
var Platforms = []string{"windows", "macos", "linux", "android", "ios", "web"}

// Audiences is the fixed vocabulary of whom providers serve.
var Audiences = []string{"particuliers", "associations", "entreprises", "collectivités"}

// Provider is an organisation that deploys, hosts, supports, trains on or develops free
// software.
type Provider struct {
	ID             string
	Name           string
	Kind           string
	Website        string
	Description    string
	SIREN          string
	CNLLURL        string
	Establishments []Establishment
	National       bool
	Services       []string
	Tools          []string
	// Hosts are the categories of services it runs for the public to sign up to
	// (mailboxes, cloud storage, visio rooms…), whatever software: who can host your mail
	// when you leave Gmail.
	Hosts    []string
	Networks []string
	Audience []string
	Sources  []Source
	Pos      Pos

	sortName string // lower-cased name, for a stable order
}

// MainSource is the source a reply shows: the first one on the organisation's own
// website when there is one (its legal notice, its own page), else the first listed. A
// third party's page may prove a fact, but the reader trusts the organisation's own first.
func (p *Provider) MainSource() (Source, bool) {
	if len(p.Sources) == 0 {
		return Source{}, false
	}
	own := siteHost(p.Website)
	for _, s := range p.Sources {
		if h := siteHost(s.URL); own != "" && (h == own || strings.HasSuffix(h, "."+own)) {
			return s, true
		}
	}
	return p.Sources[0], true
}

// siteHost is a URL's host without "www.", lower-cased, or "".
func siteHost(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}

// KB is a loaded, validated knowledge base. It is immutable once loaded, so a reload
// builds a new one and swaps it whole.
type KB struct {
	Categories []*Category
	Tools      []*Tool
	Products   []*Product
	Providers  []*Provider
	Geo        *geo.Geo
	Files      []string
	LoadedAt   time.Time
	Warnings   []Issue // what loads but deserves a look, such as a need that is also a commune

	categories map[string]*Category
	tools      map[string]*Tool
	products   map[string]*Product
	providers  map[string]*Provider
	index      *Index

	toolsByCategory   map[string][]*Tool     // category id → the tools that list it, in file order
	providersByRegion map[string][]*Provider // region code → providers with an establishment there
	nationalProviders []*Provider
	regionCandidates  map[string][]*Provider // region code → its providers then the national ones
}

// Category returns a category by id.
func (kb *KB) Category(id string) (*Category, bool) { c, ok := kb.categories[id]; return c, ok }

// Tool returns a tool by id.
func (kb *KB) Tool(id string) (*Tool, bool) { t, ok := kb.tools[id]; return t, ok }

// ToolsIn returns the tools that list a category, in the KB's order; ranking a category
// reads them for every question, so they are indexed once at load.
func (kb *KB) ToolsIn(category string) []*Tool { return kb.toolsByCategory[category] }

// Product returns a product by id.
func (kb *KB) Product(id string) (*Product, bool) { p, ok := kb.products[id]; return p, ok }

// Provider returns a provider by id.
func (kb *KB) Provider(id string) (*Provider, bool) { p, ok := kb.providers[id]; return p, ok }

// Index returns the search index built at load time.
func (kb *KB) Index() *Index { return kb.index }

// Stats counts what the KB holds.
type Stats struct {
	Categories        int            `json:"categories"`
	Tools             int            `json:"tools"`
	FrenchTools       int            `json:"french_tools"`
	Products          int            `json:"products"`
	Providers         int            `json:"providers"`
	ProvidersByKind   map[string]int `json:"providers_by_kind"`
	ProvidersByRegion map[string]int `json:"providers_by_region"`
	NationalProviders int            `json:"national_providers"`
	Sources           int            `json:"sources"`
	Regions           int            `json:"regions"`
	Departements      int            `json:"departements"`
	Communes          int            `json:"communes"`
}

// Stats counts the KB's entries; providers are counted once per region they are in.
func (kb *KB) Stats() Stats {
	s := Stats{
		Categories: len(kb.Categories), Tools: len(kb.Tools), Products: len(kb.Products),
		Providers: len(kb.Providers), ProvidersByKind: map[string]int{}, ProvidersByRegion: map[string]int{},
	}
	for _, t := range kb.Tools {
		if t.French {
			s.FrenchTools++
		}
	}
	for _, p := range kb.Providers {
		s.ProvidersByKind[p.Kind]++
		s.Sources += len(p.Sources)
		if p.National {
			s.NationalProviders++
		}
		seen := map[string]bool{}
		for _, e := range p.Establishments {
			if !seen[e.Region] {
				seen[e.Region] = true
				if r, ok := kb.Geo.Region(e.Region); ok {
					s.ProvidersByRegion[r.Name]++
				}
			}
		}
	}
	if kb.Geo != nil {
		s.Regions = len(kb.Geo.Regions())
		s.Departements = len(kb.Geo.Departements())
		s.Communes = kb.Geo.CommuneCount()
	}
	return s
}
