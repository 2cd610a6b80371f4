// SPDX-License-Identifier: AGPL-3.0-or-later

package web

import (
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/boussole-libre/boussole/bot"
	"github.com/boussole-libre/boussole/knowledge"
)

// apiError is every API error's body.
type apiError struct {
	Error string `json:"error"`
	Code  string `json:"code"`
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(v) // the client may have gone; nothing to do about it
}

func writeError(w http.ResponseWriter, status int, code, msg string) {
	w.Header().Set("Cache-Control", "no-store")
	writeJSON(w, status, apiError{Error: msg, Code: code})
}

// param reads a query parameter bounded to max characters; ok is false (and the error
// written) when it is longer.
func param(w http.ResponseWriter, r *http.Request, name string, max int) (string, bool) {
	v := r.URL.Query().Get(name)
	if utf8.RuneCountInString(v) > max {
		writeError(w, http.StatusRequestURITooLong, "too_long",
			"parameter "+name+" is longer than "+strconv.Itoa(max)+" characters")
		return "", false
	}
	return v, true
}

// ProvidersPage is GET /api/v1/providers: the providers document (`boussole providers
// --json`) with its providers cut to one page.
type ProvidersPage struct {
	bot.ProvidersDocument
	Page     int `json:"page"`
	Pages    int `json:"pages"`
	PageSize int `json:"page_size"`
	Total    int `json:"total"`
}

func (s *Server) apiAsk(w http.ResponseWriter, r *http.Request) {
	q, ok := param(w, r, "q", s.cfg.MaxQuery)
	if !ok {
		return
	}
	if q == "" {
		writeError(w, http.StatusBadRequest, "missing_query", "the q parameter (the question) is required")
		return
	}
	in, ok := s.askInput(w, r, q)
	if !ok {
		return
	}
	u, rep := s.answer(in)
	w.Header().Set("Cache-Control", "no-store")
	writeJSON(w, http.StatusOK, bot.NewAnswer(q, u, rep))
}

// askInput reads the optional conversation, client, region and lang parameters.
func (s *Server) askInput(w http.ResponseWriter, r *http.Request, q string) (askInput, bool) {
	in := askInput{question: q, clientIP: s.clientIP(r)}
	for name, dst := range map[string]*string{"conversation": &in.conversation, "client": &in.client, "region": &in.region} {
		v, ok := param(w, r, name, 64)
		if !ok {
			return in, false
		}
		*dst = v
	}
	switch l := r.URL.Query().Get("lang"); l {
	case "", string(bot.French), string(bot.English):
		in.lang = bot.Lang(l)
	default:
		writeError(w, http.StatusBadRequest, "unknown_lang", "lang must be fr or en")
		return in, false
	}
	if in.region != "" {
		if _, ok := s.bot.KB().Geo.Region(in.region); !ok {
			writeError(w, http.StatusBadRequest, "unknown_region", "region must be an INSEE region code, such as 53 for Bretagne")
			return in, false
		}
	}
	return in, true
}

func (s *Server) apiProviders(w http.ResponseWriter, r *http.Request) {
	a, page, ok := s.providerArgs(w, r)
	if !ok {
		return
	}
	kb := s.bot.KB()
	doc, err := bot.NewProvidersDocument(kb, a)
	var bad *bot.SearchError
	if errors.As(err, &bad) {
		writeError(w, http.StatusBadRequest, "invalid_search", err.Error())
		return
	} else if err != nil {
		writeError(w, http.StatusInternalServerError, "internal", "the search failed")
		return
	}
	out := paginate(doc, page)
	if page > out.Pages && out.Total > 0 {
		writeError(w, http.StatusNotFound, "no_such_page", "page "+strconv.Itoa(page)+" is past the last one ("+strconv.Itoa(out.Pages)+")")
		return
	}
	w.Header().Set("Cache-Control", "public, max-age=60")
	writeJSON(w, http.StatusOK, out)
}

// providerArgs reads region (or departement, more precise), tool, service and page.
func (s *Server) providerArgs(w http.ResponseWriter, r *http.Request) (bot.ProvidersArgs, int, bool) {
	var a bot.ProvidersArgs
	var dep string
	for name, dst := range map[string]*string{"region": &a.Place, "departement": &dep, "tool": &a.Tool, "service": &a.Service} {
		v, ok := param(w, r, name, s.cfg.MaxQuery)
		if !ok {
			return a, 0, false
		}
		*dst = v
	}
	if dep != "" {
		a.Place = dep
	}
	page := 1
	if p := r.URL.Query().Get("page"); p != "" {
		n, err := strconv.Atoi(p)
		if err != nil || n < 1 || n > 10_000 {
			writeError(w, http.StatusBadRequest, "bad_page", "page must be a whole number from 1")
			return a, 0, false
		}
		page = n
	}
	a.Page = 1
	return a, page, true
}

func paginate(doc bot.ProvidersDocument, page int) ProvidersPage {
	out := ProvidersPage{ProvidersDocument: doc, Page: page, PageSize: DefaultPageSize, Total: len(doc.Providers)}
	out.Pages = max(1, (out.Total+DefaultPageSize-1)/DefaultPageSize)
	lo := min((page-1)*DefaultPageSize, out.Total)
	hi := min(lo+DefaultPageSize, out.Total)
	out.Providers = doc.Providers[lo:hi]
	return out
}

func (s *Server) apiTool(w http.ResponseWriter, r *http.Request) {
	kb := s.bot.KB()
	t, ok := findTool(kb, r.PathValue("id"))
	if !ok {
		writeError(w, http.StatusNotFound, "not_found", "no tool with id "+strconv.Quote(r.PathValue("id")))
		return
	}
	w.Header().Set("Cache-Control", "public, max-age=60")
	writeJSON(w, http.StatusOK, newToolDoc(kb, t))
}

func findTool(kb *knowledge.KB, id string) (*knowledge.Tool, bool) {
	if len(id) > 100 {
		return nil, false
	}
	return kb.Tool(id)
}

func (s *Server) apiOpenAPI(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "public, max-age=300")
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	_, _ = w.Write(s.openAPI)
}

// openAPIFor is the OpenAPI document with its server set to publicURL, when given, so
// that generated clients and API consoles reach the real address.
func openAPIFor(publicURL string) ([]byte, error) {
	if publicURL == "" {
		return openAPIDoc, nil
	}
	var doc map[string]any
	if err := json.Unmarshal(openAPIDoc, &doc); err != nil {
		return nil, fmt.Errorf("openapi.json: %w", err)
	}
	doc["servers"] = []map[string]string{{"url": strings.TrimSuffix(publicURL, "/") + "/"}}
	return json.MarshalIndent(doc, "", "  ")
}

func (s *Server) apiNotFound(w http.ResponseWriter, r *http.Request) {
	writeError(w, http.StatusNotFound, "not_found", "no such API route: see /api/v1/openapi.json")
}

// openAPIDoc is the API's OpenAPI 3 document; openapi_test.go checks it against the
// routes and the answers.
//
//go:embed openapi.json
var openAPIDoc []byte
