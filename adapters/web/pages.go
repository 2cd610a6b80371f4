// SPDX-License-Identifier: AGPL-3.0-or-later

package web

import (
	"bytes"
	"embed"
	"fmt"
	"html/template"
	"io/fs"
	"log/slog"
	"net/http"
	"strconv"
	"strings"

	"github.com/boussole-libre/boussole/bot"
)

//go:embed templates/*.html
var templateFS embed.FS

// pages holds one parsed template set per page: each page fills the layout's "content".
type pages struct {
	byName map[string]*template.Template
	log    *slog.Logger
}

var pageNames = []string{"home", "directory", "provider", "tool", "widget", "status"}

func newPages(log *slog.Logger) (*pages, error) {
	funcs := template.FuncMap{
		"add":    func(a, b int) int { return a + b },
		"kind":   func(k string, l bot.Lang) string { return bot.KindLabel(k, l) },
		"svc":    func(s []string, l bot.Lang) string { return bot.ServicesLabel(s, l) },
		"join":   strings.Join,
		"notEnd": func(i, n int) bool { return i < n-1 },
	}
	base, err := template.New("layout.html").Funcs(funcs).ParseFS(templateFS, "templates/layout.html", "templates/partials.html", "templates/answer.html")
	if err != nil {
		return nil, fmt.Errorf("web templates: %w", err)
	}
	p := &pages{byName: map[string]*template.Template{}, log: log}
	for _, name := range pageNames {
		t, err := template.Must(base.Clone()).ParseFS(templateFS, "templates/"+name+".html")
		if err != nil {
			return nil, fmt.Errorf("web template %s: %w", name, err)
		}
		p.byName[name] = t
	}
	return p, nil
}

// page is what every template gets.
type page struct {
	Lang    bot.Lang
	T       dict
	Title   string
	Nav     string // the current section, for aria-current
	Version string
	Body    any
}

// render writes a whole page; the buffer keeps a template error from sending half a page.
func (p *pages) render(w http.ResponseWriter, r *http.Request, status int, name string, pg page) {
	var buf bytes.Buffer
	tmpl := p.byName[name]
	if err := tmpl.ExecuteTemplate(&buf, "layout.html", pg); err != nil {
		p.log.Error("render page", "page", name, "path", r.URL.Path, "error", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Content-Language", string(pg.Lang))
	w.Header().Add("Vary", "Accept-Language")
	w.WriteHeader(status)
	_, _ = w.Write(buf.Bytes())
}

// status writes a short page for an error status; key names its text.
func (p *pages) status(w http.ResponseWriter, r *http.Request, code int, key string) {
	l := pageLang(r)
	title := dicts[l]["badRequest"]
	if code == http.StatusNotFound {
		title = dicts[l]["notFound"]
	}
	p.render(w, r, code, "status", page{Lang: l, T: dicts[l], Title: title, Body: dicts[l][key]})
}

func (s *Server) newPage(r *http.Request, title, nav string, body any) page {
	l := pageLang(r)
	return page{Lang: l, T: dicts[l], Title: title, Nav: nav, Version: s.opts.Version, Body: body}
}

func (s *Server) pageNotFound(w http.ResponseWriter, r *http.Request) {
	s.pages.status(w, r, http.StatusNotFound, "notFoundText")
}

// homeBody is the question box and, after a question, its answer.
type homeBody struct {
	Question string
	Answer   *answerView
	Region   string // widget: the region code kept in the form
	Error    string
	Max      int
	LangArg  string // ?lang= as given ("en" or "fr"), kept by the form
}

// askFromForm reads the form's question and answers it; the answer is nil without one.
func (s *Server) askFromForm(r *http.Request) homeBody {
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	body := homeBody{Question: q, Region: r.URL.Query().Get("region"), Max: s.cfg.MaxQuery}
	if l := r.URL.Query().Get("lang"); l == "en" || l == "fr" {
		body.LangArg = l
	}
	reg, ok := s.bot.KB().Geo.Region(body.Region)
	if !ok {
		body.Region = ""
	}
	if q == "" {
		return body
	}
	if len([]rune(q)) > s.cfg.MaxQuery {
		l := pageLang(r)
		body.Error = bot.Tr(l, "La question est trop longue (", "The question is too long (") + strconv.Itoa(s.cfg.MaxQuery) +
			bot.Tr(l, " caractères au plus).", " characters at most).")
		return body
	}
	in := askInput{question: q, region: body.Region, clientIP: s.clientIP(r), lang: bot.Lang(body.LangArg),
		conversation: bounded(r.URL.Query().Get("conversation"), 64), client: bounded(r.URL.Query().Get("client"), 64)}
	_, rep := s.answer(in)
	regionName := ""
	if body.Region != "" {
		regionName = reg.Name
	}
	body.Answer = newAnswerView(q, rep, regionName)
	return body
}

func bounded(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

func (s *Server) pageHome(w http.ResponseWriter, r *http.Request) {
	body := s.askFromForm(r)
	title := "Boussole"
	if body.Question != "" {
		title = body.Question + " — Boussole"
	}
	s.pages.render(w, r, http.StatusOK, "home", s.newPage(r, title, "home", body))
}

func (s *Server) pageWidget(w http.ResponseWriter, r *http.Request) {
	body := s.askFromForm(r)
	pg := s.newPage(r, dicts[pageLang(r)]["widgetTitle"], "", body)
	s.pages.render(w, r, http.StatusOK, "widget", pg)
}

// pageAnswerFragment is the answer alone, which the page's script puts in place.
func (s *Server) pageAnswerFragment(w http.ResponseWriter, r *http.Request) {
	body := s.askFromForm(r)
	var buf bytes.Buffer
	err := s.pages.byName["home"].ExecuteTemplate(&buf, "answer-block", s.newPage(r, "", "", body))
	if err != nil {
		s.log.Error("render answer", "error", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	_, _ = w.Write(buf.Bytes())
}

// staticFS holds the stylesheet and the scripts.
//
//go:embed static
var staticFS embed.FS

func staticHandler() http.Handler {
	sub, _ := fs.Sub(staticFS, "static") // a constant path that exists: cannot fail
	fsrv := http.StripPrefix("/static/", http.FileServerFS(sub))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "public, max-age=3600")
		fsrv.ServeHTTP(w, r)
	})
}

func serveStatic(name string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "public, max-age=3600")
		w.Header().Set("Access-Control-Allow-Origin", "*")
		http.ServeFileFS(w, r, staticFS, "static/"+name)
	}
}
