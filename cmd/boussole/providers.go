package main

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/boussole-libre/boussole/bot"
	"github.com/boussole-libre/boussole/knowledge"
)

// jsonProvider is a provider in `boussole providers --json`.
type jsonProvider struct {
	ID             string              `json:"id"`
	Name           string              `json:"name"`
	Kind           string              `json:"kind"`
	URL            string              `json:"url"`
	Description    string              `json:"description,omitempty"`
	SIREN          string              `json:"siren,omitempty"`
	CNLLURL        string              `json:"cnll_url,omitempty"`
	National       bool                `json:"national"`
	Services       []string            `json:"services"`
	Tools          []string            `json:"tools"`
	Networks       []string            `json:"networks"`
	Audience       []string            `json:"audience"`
	Sources        []jsonSource        `json:"sources"`
	Establishments []jsonEstablishment `json:"establishments"`
	Match          string              `json:"match"`
}

type jsonSource struct {
	URL     string `json:"url"`
	Date    string `json:"date,omitempty"`
	Checked string `json:"checked,omitempty"`
	Shows   string `json:"shows,omitempty"`
}

type jsonEstablishment struct {
	City        *string       `json:"city"`
	Departement *bot.CodeName `json:"departement"`
	Region      bot.CodeName  `json:"region"`
}

// jsonProviders is the whole `boussole providers --json` document.
type jsonProviders struct {
	Region      *bot.CodeName     `json:"region"`
	Departement *bot.CodeName     `json:"departement"`
	City        *string           `json:"city"`
	Tool        *bot.Ref          `json:"tool"`
	Service     *string           `json:"service"`
	Providers   []jsonProvider    `json:"providers"`
	Local       int               `json:"local"` // providers in the place asked for, before national ones
	Nearest     []bot.RegionCount `json:"nearest,omitempty"`
	Text        string            `json:"text"`
}

var levelNames = map[knowledge.Level]string{
	knowledge.LevelNone: "", knowledge.LevelNational: "national", knowledge.LevelRegion: "region",
	knowledge.LevelArea: "former_region", knowledge.LevelDep: "departement", knowledge.LevelCity: "city",
}

func orEmpty(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// cmdProviders is what /prestataires shows, as text or as a JSON document for scripts.
func cmdProviders(args []string, stdout io.Writer) error {
	fs := newFlags("providers")
	region := fs.String("region", "", "region, département, postal code or city")
	tool := fs.String("tool", "", "libre tool")
	service := fs.String("service", "", "service")
	page := fs.Int("page", 1, "page (text output)")
	asJSON := fs.Bool("json", false, "JSON output")
	dir := fs.String("kb", "", "knowledge directory")
	if err := parse(fs, args); err != nil {
		return err
	}
	kb, err := loadKB(*dir)
	if err != nil {
		return err
	}
	a := bot.ProvidersArgs{Place: *region, Tool: *tool, Service: *service, Page: *page}
	if !*asJSON {
		r := bot.ProvidersFor(kb, a, bot.French)
		fmt.Fprintln(stdout, bot.Text(r))
		if r.Ephemeral {
			return fmt.Errorf("%s", r.Title)
		}
		return nil
	}
	a.Page = 1
	out, err := providersJSON(kb, a)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

// providersJSON builds the JSON document: what was understood, then every provider.
func providersJSON(kb *knowledge.KB, a bot.ProvidersArgs) (jsonProviders, error) {
	s, bad := bot.ResolveProviders(kb, a, bot.French)
	if bad != nil {
		return jsonProviders{}, fmt.Errorf("%s — %s", bad.Title, bad.Text)
	}
	out := jsonProviders{Providers: []jsonProvider{}}
	r := bot.ProvidersFor(kb, a, bot.French)
	out.Text, out.Nearest = bot.Text(r), r.Nearest
	describeSearch(kb, s, &out)
	for _, rp := range rankAll(kb, s) {
		out.Providers = append(out.Providers, providerJSON(kb, rp))
		if rp.Level != knowledge.LevelNational { // LevelNone: no place asked, every provider counts
			out.Local++
		}
	}
	return out, nil
}

// describeSearch fills in the place, tool and service understood.
func describeSearch(kb *knowledge.KB, s bot.ProviderSearch, out *jsonProviders) {
	if !s.Place.IsZero() {
		reg, _ := kb.Geo.Region(s.Place.Region)
		out.Region = &bot.CodeName{Code: reg.Code, Name: reg.Name}
		if d, ok := kb.Geo.Departement(s.Place.Departement); ok {
			out.Departement = &bot.CodeName{Code: d.Code, Name: d.Name}
		}
		if s.Place.City != "" {
			c := s.Place.City
			out.City = &c
		}
	}
	if len(s.Tools) > 0 {
		t, _ := kb.Tool(s.Tools[0])
		out.Tool = &bot.Ref{ID: t.ID, Name: t.Name}
	}
	if s.Service != "" {
		out.Service = &s.Service
	}
}

// rankAll ranks every provider for the search; when none shows the tool or service, all
// providers near the place instead.
func rankAll(kb *knowledge.KB, s bot.ProviderSearch) []knowledge.RankedProvider {
	q := knowledge.ProviderQuery{Place: s.Place, Tools: s.Tools, Service: s.Service, Strict: true, StrictService: true}
	ranked := kb.RankProviders(q)
	if len(ranked) == 0 && (len(s.Tools) > 0 || s.Service != "") {
		q.Strict, q.StrictService = false, false
		ranked = kb.RankProviders(q)
	}
	return ranked
}

func providerJSON(kb *knowledge.KB, rp knowledge.RankedProvider) jsonProvider {
	p := rp.Provider
	jp := jsonProvider{ID: p.ID, Name: p.Name, Kind: p.Kind, URL: p.Website, Description: p.Description,
		SIREN: p.SIREN, CNLLURL: p.CNLLURL, National: p.National, Services: orEmpty(p.Services), Tools: orEmpty(p.Tools),
		Networks: orEmpty(p.Networks), Audience: orEmpty(p.Audience), Match: levelNames[rp.Level],
		Establishments: []jsonEstablishment{}}
	for _, src := range p.Sources {
		jp.Sources = append(jp.Sources, jsonSource{URL: src.URL, Date: src.Date, Checked: src.Checked, Shows: src.Shows})
	}
	for _, e := range p.Establishments {
		je := jsonEstablishment{}
		reg, _ := kb.Geo.Region(e.Region)
		je.Region = bot.CodeName{Code: reg.Code, Name: reg.Name}
		if d, ok := kb.Geo.Departement(e.Departement); ok {
			je.Departement = &bot.CodeName{Code: d.Code, Name: d.Name}
		}
		if e.City != "" {
			c := e.City
			je.City = &c
		}
		jp.Establishments = append(jp.Establishments, je)
	}
	return jp
}
