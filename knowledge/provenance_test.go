// SPDX-License-Identifier: AGPL-3.0-or-later

package knowledge_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/boussole-libre/boussole/knowledge"
	"github.com/boussole-libre/boussole/knowledge/geo"
)

// provenanceKB gives a tool a repository and sources, and a product sources, as
// docs/kb-format.md documents (issue 12: provenance for tools and products too).
const provenanceKB = `categories:
  - id: stockage
    name: Stockage
    keywords: [drive]
tools:
  - id: nextcloud
    name: Nextcloud
    description: Stockage et partage de fichiers.
    license: AGPL-3.0-or-later
    website: https://nextcloud.com
    repository: https://github.com/nextcloud/server
    categories: [stockage]
    sources:
      - url: https://github.com/nextcloud/server/blob/master/COPYING
        checked: 2026-11-30
        shows: licence AGPL-3.0
products:
  - id: google-drive
    name: Google Drive
    vendor: Google
    categories: [stockage]
    alternatives: [nextcloud]
    sources:
      - url: https://www.google.com/drive/
        date: 2025-06
`

func loadMap(t *testing.T, yaml string) (*knowledge.KB, error) {
	t.Helper()
	g, err := geo.Load()
	if err != nil {
		t.Fatal(err)
	}
	return knowledge.Load(fstest.MapFS{"kb.yaml": {Data: []byte(yaml)}}, g)
}

func TestToolsAndProductsCarryTheirSources(t *testing.T) {
	kb, err := loadMap(t, provenanceKB)
	if err != nil {
		t.Fatal(err)
	}
	tool, _ := kb.Tool("nextcloud")
	if tool.Repository != "https://github.com/nextcloud/server" || len(tool.Sources) != 1 ||
		tool.Sources[0].When() != "2026-11-30" || tool.Sources[0].Shows != "licence AGPL-3.0" {
		t.Errorf("tool = %+v", tool)
	}
	p, _ := kb.Product("google-drive")
	if len(p.Sources) != 1 || p.Sources[0].Date != "2025-06" {
		t.Errorf("product sources = %+v", p.Sources)
	}
}

// TestToolSourcesAreValidatedLikeProviders: a tool's or product's source is held to the
// same rules as a provider's (URL, a date), and a repository must be a URL.
func TestToolSourcesAreValidatedLikeProviders(t *testing.T) {
	bad := strings.NewReplacer(
		"checked: 2026-11-30", "checked: 30/11/2026",
		"repository: https://github.com/nextcloud/server", "repository: github nextcloud",
		"date: 2025-06", "shows: sans date",
	).Replace(provenanceKB)
	_, err := loadMap(t, bad)
	v, ok := knowledge.IsValidation(err)
	if !ok {
		t.Fatalf("want validation errors, got %v", err)
	}
	msg := v.Error()
	for _, want := range []string{"kb.yaml:15:18: source checked \"30/11/2026\"", "kb.yaml:11:17: tool \"nextcloud\": repository", "kb.yaml:24:9: source: a date is required"} {
		if !strings.Contains(msg, want) {
			t.Errorf("errors lack %q:\n%s", want, msg)
		}
	}
}

// TestMainSourcePrefersOwnSite: a reply shows the organisation's own page before a third
// party's that also proves a fact.
func TestMainSourcePrefersOwnSite(t *testing.T) {
	p := &knowledge.Provider{Website: "https://www.example.coop", Sources: []knowledge.Source{
		{URL: "https://other.org/statuts", Date: "2024-06"},
		{URL: "https://example.coop/mentions-legales", Checked: "2026-12-01"},
	}}
	if s, _ := p.MainSource(); s.URL != "https://example.coop/mentions-legales" {
		t.Errorf("main source = %s, want the organisation's own page", s.URL)
	}
	p.Sources = p.Sources[:1]
	if s, _ := p.MainSource(); s.URL != "https://other.org/statuts" {
		t.Errorf("main source = %s, want the only one", s.URL)
	}
	if _, ok := (&knowledge.Provider{}).MainSource(); ok {
		t.Error("a provider without sources has a main source")
	}
}
