// SPDX-License-Identifier: AGPL-3.0-or-later

package verify

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// recorder notes when each request reached a fake, per host, and how many were in flight
// at once over all fakes, so tests can check the client's politeness from the server side.
type recorder struct {
	mu          sync.Mutex
	hits        map[string][]time.Time // host → arrival times
	paths       map[string][]string    // host → request URIs, in order
	agents      map[string]bool        // User-Agent values seen
	inFlight    atomic.Int32
	maxInFlight atomic.Int32
}

func newRecorder() *recorder {
	return &recorder{hits: map[string][]time.Time{}, paths: map[string][]string{}, agents: map[string]bool{}}
}

func (rec *recorder) wrap(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n := rec.inFlight.Add(1)
		defer rec.inFlight.Add(-1)
		for {
			m := rec.maxInFlight.Load()
			if n <= m || rec.maxInFlight.CompareAndSwap(m, n) {
				break
			}
		}
		rec.mu.Lock()
		rec.hits[r.Host] = append(rec.hits[r.Host], time.Now())
		rec.paths[r.Host] = append(rec.paths[r.Host], r.URL.RequestURI())
		rec.agents[r.UserAgent()] = true
		rec.mu.Unlock()
		h.ServeHTTP(w, r)
	})
}

// serve starts a fake on 127.0.0.1 (or on "localhost" when named so, for a second
// domain) and closes it with the test.
func serve(t *testing.T, rec *recorder, h http.Handler, hostname string) *httptest.Server {
	t.Helper()
	s := httptest.NewUnstartedServer(rec.wrap(h))
	s.Start()
	t.Cleanup(s.Close)
	if hostname != "" {
		s.URL = strings.Replace(s.URL, "127.0.0.1", hostname, 1)
	}
	return s
}

func writeJSON(w http.ResponseWriter, status int, body string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	fmt.Fprint(w, body)
}

// registerUnits are the fake register's answers by SIREN, in the shape of the API
// Recherche d'entreprises (GET /search: results, total_results, page, per_page, total_pages).
var registerUnits = map[string]string{
	// closed company
	"100000001": `{"siren":"100000001","nom_complet":"FERMEE SARL","nom_raison_sociale":"FERMEE SARL","sigle":null,
	  "etat_administratif":"C","date_creation":"2009-03-01","date_fermeture":"2021-06-30","nature_juridique":"5499",
	  "statut_diffusion":"O","nombre_etablissements":1,"nombre_etablissements_ouverts":0,
	  "siege":{"siret":"10000000100011","commune":"35238","libelle_commune":"RENNES","code_postal":"35000","departement":"35",
	    "region":"53","etat_administratif":"F","est_siege":true,"latitude":"48.11","longitude":"-1.68"},
	  "matching_etablissements":[],"complements":{"est_association":false,"est_ess":false}}`,
	// head office moved to Lyon, the record says Rennes
	"100000002": `{"siren":"100000002","nom_complet":"DEMENAGE SAS","etat_administratif":"A","date_creation":"2015-05-12",
	  "nature_juridique":"5710","statut_diffusion":"O",
	  "siege":{"siret":"10000000200012","commune":"69123","libelle_commune":"LYON","code_postal":"69001","departement":"69",
	    "region":"84","etat_administratif":"A","est_siege":true},
	  "matching_etablissements":[{"siret":"10000000200012","commune":"69123","libelle_commune":"LYON","etat_administratif":"A","est_siege":true}],
	  "complements":{"est_association":false}}`,
	// an association filed as a company
	"100000003": `{"siren":"100000003","nom_complet":"LES AMIS DU LIBRE","etat_administratif":"A","date_creation":"2004-10-01",
	  "nature_juridique":"9220","statut_diffusion":"O",
	  "siege":{"commune":"35238","libelle_commune":"RENNES","departement":"35","etat_administratif":"A"},
	  "complements":{"est_association":true,"identifiant_association":"W353000000","est_ess":true}}`,
	// a SCOP filed as a company
	"100000004": `{"siren":"100000004","nom_complet":"OUVRIERS DU CODE SCOP","etat_administratif":"A","date_creation":"2012-01-01",
	  "nature_juridique":"5458","siege":{"commune":"35238","libelle_commune":"RENNES","departement":"35"},
	  "complements":{"est_association":false,"est_ess":true}}`,
	// partially diffused unit: state and address withheld
	"100000005": `{"siren":"100000005","nom_complet":"[NON-DIFFUSIBLE]","etat_administratif":null,"date_creation":null,
	  "nature_juridique":"5710","statut_diffusion":"P","siege":{"siret":"10000000500015","commune":null,"libelle_commune":null,
	  "departement":null,"etat_administratif":"A","latitude":null},"matching_etablissements":[],"complements":null}`,
	// head office in Paris, but an active establishment in Rennes as the record says
	"100000009": `{"siren":"100000009","nom_complet":"SUCCURSALE SA","etat_administratif":"A","date_creation":"2001-02-03",
	  "nature_juridique":"5599","siege":{"commune":"75056","libelle_commune":"PARIS","departement":"75","etat_administratif":"A"},
	  "matching_etablissements":[{"commune":"35238","libelle_commune":"RENNES","etat_administratif":"A","est_siege":false}]}`,
	// fine, once the rate limit lets us ask
	"100000007": `{"siren":"100000007","nom_complet":"PATIENTE SCIC","etat_administratif":"A","date_creation":"2018-07-01",
	  "nature_juridique":"5460","siege":{"commune":"35238","libelle_commune":"RENNES","departement":"35","etat_administratif":"A"}}`,
}

// fakeRegister serves GET /search like the API Recherche d'entreprises: 429 with
// Retry-After on the first request for 100000007, a hang for 100000006, no result for
// unknown SIRENs, and name searches for the candidates of providers without SIREN.
func fakeRegister(limited *atomic.Int32) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) { writeJSON(w, 200, `{"status":"ok"}`) })
	mux.HandleFunc("GET /search", func(w http.ResponseWriter, r *http.Request) {
		q := r.URL.Query().Get("q")
		switch {
		case q == "100000007" && limited.Add(1) == 1:
			w.Header().Set("Retry-After", "1")
			writeJSON(w, http.StatusTooManyRequests, `{"erreur":"Vous avez effectué trop de requêtes"}`)
			return
		case q == "100000006":
			select { // hang until the client gives up
			case <-r.Context().Done():
			case <-time.After(5 * time.Second):
			}
			return
		case q == "Coop du Libre":
			if r.URL.Query().Get("departement") != "35" {
				writeJSON(w, 200, `{"results":[],"total_results":0,"page":1,"per_page":5,"total_pages":0}`)
				return
			}
			writeJSON(w, 200, `{"results":[
			  {"siren":"200000001","nom_complet":"COOP DU LIBRE","etat_administratif":"A","nature_juridique":"5460",
			   "siege":{"commune":"35238","libelle_commune":"RENNES","departement":"35"}},
			  {"siren":"200000002","nom_complet":"COOP DU LIBRE ANCIENNE","etat_administratif":"C","nature_juridique":"5460",
			   "siege":{"commune":"35238","libelle_commune":"RENNES","departement":"35"}}],
			  "total_results":2,"page":1,"per_page":5,"total_pages":1}`)
			return
		}
		if u, ok := registerUnits[q]; ok {
			writeJSON(w, 200, `{"results":[`+u+`],"total_results":1,"page":1,"per_page":5,"total_pages":1}`)
			return
		}
		writeJSON(w, 200, `{"results":[],"total_results":0,"page":1,"per_page":5,"total_pages":0}`)
	})
	return mux
}

// fakeGitHub serves GET /repos/{owner}/{repo} like the GitHub REST API.
func fakeGitHub() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) { writeJSON(w, 200, `{}`) })
	repos := map[string]string{
		"old/archived": `{"id":1,"full_name":"old/archived","html_url":"https://github.com/old/archived","archived":true,
		  "disabled":false,"pushed_at":"2021-01-05T10:00:00Z","updated_at":"2024-02-01T00:00:00Z",
		  "license":{"key":"mit","name":"MIT License","spdx_id":"MIT","url":"https://api.github.com/licenses/mit","node_id":"x"}}`,
		"org/custom": `{"id":2,"full_name":"org/custom","archived":false,"pushed_at":"2026-11-20T10:00:00Z",
		  "license":{"key":"other","name":"Other","spdx_id":"NOASSERTION","url":null,"node_id":"y"}}`,
		"org/fine": `{"id":3,"full_name":"org/fine","archived":false,"pushed_at":"2026-11-30T10:00:00Z",
		  "license":{"key":"agpl-3.0","name":"GNU Affero General Public License v3.0","spdx_id":"AGPL-3.0"}}`,
	}
	mux.HandleFunc("GET /repos/{owner}/{repo}", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-RateLimit-Limit", "60")
		w.Header().Set("X-RateLimit-Remaining", "59")
		if body, ok := repos[r.PathValue("owner")+"/"+r.PathValue("repo")]; ok {
			writeJSON(w, 200, body)
			return
		}
		writeJSON(w, 404, `{"message":"Not Found","documentation_url":"https://docs.github.com/rest/repos/repos#get-a-repository","status":"404"}`)
	})
	return mux
}

// fakeGitLab serves a GitLab instance's /api/v4: /version needs a token (401), projects by
// URL-encoded path with ?license=true.
func fakeGitLab(t *testing.T) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.EscapedPath() {
		case "/api/v4/version":
			writeJSON(w, 401, `{"message":"401 Unauthorized"}`)
		case "/api/v4/projects/group%2Fsub%2Fquiet":
			if r.URL.Query().Get("license") != "true" {
				t.Errorf("GitLab project asked without license=true: %s", r.URL)
			}
			writeJSON(w, 200, `{"id":7,"path_with_namespace":"group/sub/quiet","web_url":"http://x/group/sub/quiet",
			  "archived":false,"last_activity_at":"2023-09-01T08:00:00.000Z",
			  "license":{"key":"gpl-3.0","name":"GNU General Public License v3.0","nickname":"GNU GPLv3",
			  "html_url":"http://choosealicense.com/licenses/gpl-3.0/","source_url":null}}`)
		default:
			writeJSON(w, 404, `{"message":"404 Project Not Found"}`)
		}
	})
}

// fakeGitea serves a Forgejo/Gitea /api/v1/repos/{owner}/{repo}.
func fakeGitea() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /api/v1/repos/someone/tool", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, 200, `{"id":9,"full_name":"someone/tool","empty":false,"archived":false,
		  "created_at":"2019-01-01T00:00:00Z","updated_at":"2026-10-01T00:00:00Z","archived_at":"1970-01-01T00:00:00Z",
		  "default_branch":"main","licenses":["MIT"]}`)
	})
	return mux
}

// fakeSite serves pages for the link check: fine, gone, redirected on the same site and
// to another domain.
func fakeSite(other func() string) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /ok", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "<html>bonjour</html>") })
	mux.HandleFunc("GET /gone", func(w http.ResponseWriter, r *http.Request) { http.Error(w, "gone", http.StatusNotFound) })
	mux.HandleFunc("GET /same", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/ok", http.StatusFound) })
	mux.HandleFunc("GET /moved", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, other()+"/ok", http.StatusMovedPermanently)
	})
	return mux
}

// dnsFails is a transport for which one host has no DNS record, as an expired domain.
type dnsFails struct {
	host string
	next http.RoundTripper
}

func (d dnsFails) RoundTrip(r *http.Request) (*http.Response, error) {
	if r.URL.Hostname() == d.host {
		return nil, &net.OpError{Op: "dial", Net: "tcp", Err: &net.DNSError{Err: "no such host", Name: d.host, IsNotFound: true}}
	}
	return d.next.RoundTrip(r)
}

// localhostTransport dials "localhost" as 127.0.0.1, so that a second fake can play
// another domain without depending on the machine's resolver.
func localhostTransport() *http.Transport {
	tr := http.DefaultTransport.(*http.Transport).Clone()
	dialer := &net.Dialer{Timeout: 2 * time.Second}
	tr.DialContext = func(ctx context.Context, network, addr string) (net.Conn, error) {
		if host, port, err := net.SplitHostPort(addr); err == nil && host == "localhost" {
			addr = net.JoinHostPort("127.0.0.1", port)
		}
		return dialer.DialContext(ctx, network, addr)
	}
	return tr
}

// netConn and errNoNetwork simulate a machine without network, as this sandbox: every name
// lookup fails with "no such host".
type netConn = net.Conn

var errNoNetwork = &net.OpError{Op: "dial", Net: "tcp", Err: &net.DNSError{Err: "no such host", Name: "any", IsNotFound: true}}
