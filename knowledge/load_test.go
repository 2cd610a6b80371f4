// SPDX-License-Identifier: AGPL-3.0-or-later

package knowledge

import (
	"os"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/boussole-libre/boussole/knowledge/geo"
)

var (
	geoOnce sync.Once
	testGeo *geo.Geo
	geoErr  error
)

func loadGeo(t *testing.T) *geo.Geo { return loadGeoF(t) }

func loadGeoF(t testing.TB) *geo.Geo {
	t.Helper()
	geoOnce.Do(func() { testGeo, geoErr = geo.Load() })
	if geoErr != nil {
		t.Fatal(geoErr)
	}
	return testGeo
}

func TestLoadReportsEveryProblemWithFileAndLine(t *testing.T) {
	_, err := Load(os.DirFS("testdata/broken"), loadGeo(t))
	v, ok := IsValidation(err)
	if !ok {
		t.Fatalf("want a validation error, got %v", err)
	}
	want := []struct{ at, msg string }{
		{"base.yaml:4:5", `duplicate category id "stockage"`},
		{"base.yaml:13:5", `unknown field "licence" in tool (did you mean "license"?)`},
		{"base.yaml:14:26", `unknown platform "iphone" (use: windows, macos, linux, android, ios, web)`},
		{"base.yaml:18:14", "Business Source License"},
		{"base.yaml:20:18", `unknown category "stokage" (did you mean "stockage"?)`},
		{"base.yaml:21:5", `required field "name" is missing or empty`},
		{"base.yaml:25:14", "website must start with https://"},
		{"base.yaml:32:31", `unknown tool "seafile"`},
		{"providers/bretagne.yaml:6:12", "SIREN"},
		{"providers/bretagne.yaml:9:22", `unknown département "99"`},
		{"providers/bretagne.yaml:10:29", `unknown service "cuisine"`},
		{"providers/bretagne.yaml:11:24", `unknown tool "nextclod" in provider tools (did you mean "nextcloud"?)`},
		{"providers/bretagne.yaml:14:15", `source date "2024-13"`},
		{"providers/bretagne.yaml:15:5", "needs at least one source"},
		{"providers/bretagne.yaml:19:17", `unknown region "Bretonnie"`},
		{"providers/bretagne.yaml:24:15", `no commune "Quimper" in département 35`},
		{"providers/bretagne.yaml:27:14", "not a url"},
		{"samerepo.yaml:9:5", `tool "pad-two" has the repository of tool "pad-one"`},
		{"syntax.yaml:2:1", "YAML syntax"},
	}
	got := v.Error()
	for _, w := range want {
		found := false
		for _, is := range v.Issues {
			if strings.HasPrefix(is.String(), w.at+": ") && strings.Contains(is.Msg, w.msg) {
				found = true
			}
		}
		if !found {
			t.Errorf("missing %s: …%s…\ngot:\n%s", w.at, w.msg, got)
		}
	}
	if len(v.Issues) > len(want)+3 {
		t.Errorf("%d issues for %d mistakes: cascading errors?\n%s", len(v.Issues), len(want), got)
	}
}

func TestLoadGoodKB(t *testing.T) {
	kb, err := Load(os.DirFS("testdata/good"), loadGeo(t))
	if err != nil {
		t.Fatal(err)
	}
	p, ok := kb.Provider("coop-exemple")
	if !ok || p.Establishments[0].Region != "53" || p.Establishments[0].Commune != "35238" {
		t.Fatalf("provider establishment not resolved: %+v", p)
	}
	prod, _ := kb.Product("google-drive")
	if prod.Alternatives[0].Why == "" {
		t.Error("alternative reason lost")
	}
	if hits := kb.Index().Phrase("gdrive"); len(hits) == 0 || hits[0].ID != "google-drive" {
		t.Errorf("alias not indexed: %v", hits)
	}
}

func TestValidSIREN(t *testing.T) {
	for s, want := range map[string]bool{
		"732829320": true, "431473669": true, "448762526": true, "123456789": false,
		"12345678": false, "43147366a": false, "356000000": true,
	} {
		if got := ValidSIREN(s); got != want {
			t.Errorf("ValidSIREN(%s) = %v, want %v", s, got, want)
		}
	}
}

func TestCheckLicense(t *testing.T) {
	for expr, ok := range map[string]bool{
		"AGPL-3.0-or-later": true, "MIT OR Apache-2.0": true, "GPL-2.0-only WITH Classpath-exception-2.0": true,
		"(MPL-2.0 AND MIT)": true, "BUSL-1.1": false, "SSPL-1.0": false, "Proprietary": false, "Foo-1.0": false,
	} {
		if got := checkLicense(expr) == ""; got != ok {
			t.Errorf("checkLicense(%q) accepted=%v, want %v (%s)", expr, got, ok, checkLicense(expr))
		}
	}
}

// A need that is also a place name, or longer than a message is ever matched on (dead
// data), loads with a warning the admin hears of.
func TestNeedWarnings(t *testing.T) {
	for _, tt := range []struct{ needs, want string }{
		{"[cagnotte, pare-feu]", `kb.yaml:11:13: need "cagnotte" is also a place name (Cagnotte (40))`},
		{"[pare-feu, remettre les pages d'un pdf dans l'ordre]", `need "remettre les pages d'un pdf dans l'ordre" has 9 words`},
	} {
		doc := "categories:\n  - id: a\n    name: A\ntools:\n  - id: x\n    name: X\n    description: d\n    license: MIT\n" +
			"    website: https://x.org\n    categories: [a]\n    needs: " + tt.needs + "\n"
		kb, err := Load(fstest.MapFS{"kb.yaml": {Data: []byte(doc)}}, loadGeo(t))
		if err != nil {
			t.Fatal(err)
		}
		if len(kb.Warnings) != 1 || !strings.Contains(kb.Warnings[0].String(), tt.want) {
			t.Errorf("needs %s: warnings = %v", tt.needs, kb.Warnings)
		}
	}
}
