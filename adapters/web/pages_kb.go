// SPDX-License-Identifier: AGPL-3.0-or-later

package web

import (
	"errors"
	"net/http"
	"net/url"
	"strconv"

	"github.com/boussole-libre/boussole/bot"
	"github.com/boussole-libre/boussole/knowledge"
)

// directoryBody is the provider directory: its filters and one page of results.
type directoryBody struct {
	Regions, Deps, Tools, Services []option
	Region, Dep, Tool, Service     string
	Results                        []providerView
	Total, Page, Pages             int
	Prev, Next                     string // links to the neighbouring pages, "" at the ends
	Error                          string
}

func (s *Server) pageDirectory(w http.ResponseWriter, r *http.Request) {
	kb := s.bot.KB()
	l := pageLang(r)
	q := r.URL.Query()
	b := directoryBody{Region: q.Get("region"), Dep: q.Get("departement"), Tool: q.Get("tool"), Service: q.Get("service"), Page: 1}
	b.Regions, b.Deps, b.Tools, b.Services = filterOptions(kb)
	if n, err := strconv.Atoi(q.Get("page")); err == nil && n > 1 && n <= 10_000 {
		b.Page = n
	}
	a := bot.ProvidersArgs{Tool: b.Tool, Service: b.Service, Page: 1}
	if reg, ok := kb.Geo.Region(b.Region); ok {
		a.Place = reg.Name // a bare code such as "53" would read as a département
	}
	if b.Dep != "" {
		a.Place = b.Dep
	}
	status := http.StatusOK
	for _, v := range []string{a.Place, a.Tool, a.Service} {
		if len(v) > s.cfg.MaxQuery {
			s.pages.status(w, r, http.StatusRequestURITooLong, "badRequest")
			return
		}
	}
	doc, err := bot.NewProvidersDocument(kb, a)
	var bad *bot.SearchError
	if errors.As(err, &bad) {
		b.Error, status = bad.Reply.Title+" — "+bad.Reply.Text, http.StatusBadRequest
	}
	pg := paginate(doc, b.Page)
	b.Total, b.Pages = pg.Total, pg.Pages
	for _, p := range pg.Providers {
		b.Results = append(b.Results, listedProvider(kb, p, l))
	}
	b.links()
	title := dicts[l]["directory"]
	if b.Pages > 1 {
		title += " — " + dicts[l]["page"] + " " + strconv.Itoa(b.Page)
	}
	s.pages.render(w, r, status, "directory", s.newPage(r, title+" — Boussole", "directory", b))
}

// providerBody is a provider's page: every fact, then the sources behind them.
type providerBody struct {
	P        *knowledge.Provider
	Places   []string
	Tools    []bot.Ref
	Services string
}

func (s *Server) pageProvider(w http.ResponseWriter, r *http.Request) {
	kb := s.bot.KB()
	p, ok := kb.Provider(r.PathValue("id"))
	if !ok {
		s.pageNotFound(w, r)
		return
	}
	l := pageLang(r)
	b := providerBody{P: p, Services: bot.ServicesLabel(p.Services, l)}
	for _, e := range p.Establishments {
		place := ""
		if d, ok := kb.Geo.Departement(e.Departement); ok {
			place = d.Name + " (" + d.Code + ")"
		}
		if e.City != "" {
			place = e.City + ", " + place
		}
		if reg, ok := kb.Geo.Region(e.Region); ok {
			place += " — " + reg.Name
		}
		b.Places = append(b.Places, place)
	}
	for _, id := range p.Tools {
		if t, ok := kb.Tool(id); ok {
			b.Tools = append(b.Tools, bot.Ref{ID: t.ID, Name: t.Name})
		}
	}
	s.pages.render(w, r, http.StatusOK, "provider", s.newPage(r, p.Name+" — Boussole", "directory", b))
}

func (s *Server) pageTool(w http.ResponseWriter, r *http.Request) {
	kb := s.bot.KB()
	t, ok := findTool(kb, r.PathValue("id"))
	if !ok {
		s.pageNotFound(w, r)
		return
	}
	s.pages.render(w, r, http.StatusOK, "tool", s.newPage(r, t.Name+" — Boussole", "", newToolDoc(kb, t)))
}

// links sets the links to the previous and next pages, keeping the filters.
func (b *directoryBody) links() {
	link := func(n int) string {
		v := url.Values{}
		for k, val := range map[string]string{"region": b.Region, "departement": b.Dep, "tool": b.Tool, "service": b.Service} {
			if val != "" {
				v.Set(k, val)
			}
		}
		v.Set("page", strconv.Itoa(n))
		return "/prestataires?" + v.Encode()
	}
	if b.Page > 1 {
		b.Prev = link(b.Page - 1)
	}
	if b.Page < b.Pages {
		b.Next = link(b.Page + 1)
	}
}
