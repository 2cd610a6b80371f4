// SPDX-License-Identifier: AGPL-3.0-or-later

package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/boussole-libre/boussole/knowledge/verify"
)

// verifyKB is a small KB directory: one provider whose SIREN the fake register says is
// closed, one tool whose repository the fake GitHub says is archived.
const verifyKB = `categories:
  - id: stockage
    name: Stockage et partage de fichiers
    keywords: [drive, cloud]
tools:
  - id: vieux
    name: Vieux
    description: Un outil qui ne bouge plus.
    license: MIT
    website: https://vieux.example.org
    repository: https://github.com/old/vieux
    categories: [stockage]
providers:
  - id: coop-fermee
    name: Coop Fermée
    kind: cooperative
    siren: "732829320"
    establishments:
      - city: Rennes
        departement: "35"
    services: [hébergement]
    sources:
      - url: https://coop.example.org/a-propos
        date: 2015-04
`

func fakeAPIs(t *testing.T) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, `{}`) })
	mux.HandleFunc("GET /search", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, `{"results":[{"siren":"732829320","nom_complet":"COOP FERMEE","etat_administratif":"C",
		  "date_fermeture":"2022-01-31","nature_juridique":"5460","siege":{"commune":"35238","libelle_commune":"RENNES","departement":"35"}}],
		  "total_results":1,"page":1,"per_page":5,"total_pages":1}`)
	})
	mux.HandleFunc("GET /repos/old/vieux", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, `{"full_name":"old/vieux","archived":true,"pushed_at":"2020-02-02T00:00:00Z","license":{"spdx_id":"MIT","key":"mit"}}`)
	})
	s := httptest.NewServer(mux)
	t.Cleanup(s.Close)
	return s
}

func TestKBVerifyReportsAndExitsOnErrors(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "kb.yaml"), []byte(verifyKB), 0o600); err != nil {
		t.Fatal(err)
	}
	api := fakeAPIs(t)
	var out, errOut bytes.Buffer
	code := run(context.Background(), []string{"kb", "verify", dir, "--only", "sirene,projects,freshness", "--json",
		"--register-url", api.URL, "--github-api", api.URL, "--per-host", "1ms"}, strings.NewReader(""), &out, &errOut)
	if code != 1 {
		t.Fatalf("exit %d, want 1 (a closed company is an error); stderr: %s", code, errOut.String())
	}
	var rep verify.Report
	if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
		t.Fatalf("--json output: %v\n%s", err, out.String())
	}
	kinds := map[string]bool{}
	for _, f := range rep.Findings {
		kinds[f.Check+"/"+f.Subject+"/"+f.Kind] = true
	}
	for _, k := range []string{"sirene/coop-fermee/closed", "projects/vieux/archived", "projects/vieux/silent", "freshness/coop-fermee/stale"} {
		if !kinds[k] {
			t.Errorf("no %s finding in %v", k, kinds)
		}
	}
	saved, err := verify.Load(filepath.Join(dir, ".boussole"))
	if err != nil || saved.Counts != rep.Counts {
		t.Errorf("last report not saved in the KB's state directory: %v %+v", err, saved)
	}
}

func TestKBVerifyFreshnessOfflineAndUsage(t *testing.T) {
	state := t.TempDir()
	var out, errOut bytes.Buffer
	code := run(context.Background(), []string{"kb", "verify", "--only", "freshness", "--state", state, "--max-age", "100y"},
		strings.NewReader(""), &out, &errOut)
	if code != 0 || !strings.Contains(out.String(), "== Fraîcheur des sources : 0 erreur, 0 avertissement") {
		t.Errorf("exit %d, output:\n%s\n%s", code, out.String(), errOut.String())
	}
	if _, err := verify.Load(state); err != nil {
		t.Errorf("report not saved: %v", err)
	}
	for _, bad := range [][]string{{"--only", "dns"}, {"--max-age", "bientôt"}} {
		errOut.Reset()
		if code := run(context.Background(), append([]string{"kb", "verify"}, bad...), strings.NewReader(""), &out, &errOut); code != 2 {
			t.Errorf("%v: exit %d, want 2 (usage)", bad, code)
		}
	}
}
