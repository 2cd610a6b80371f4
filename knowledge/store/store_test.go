// SPDX-License-Identifier: AGPL-3.0-or-later

package store

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/boussole-libre/boussole/knowledge"
	"github.com/boussole-libre/boussole/knowledge/geo"
)

var (
	geoOnce sync.Once
	testGeo *geo.Geo
)

const providersYAML = `# Prestataires bretons — relus par l'équipe, ne pas réordonner.
providers:
  # La coopérative historique.
  - id: coop-exemple
    name: Coop Exemple
    kind: cooperative
    website: https://coop.example.org
    establishments:
      - city: Rennes
        departement: "35"
    services: [hébergement]   # vu sur leur site
    tools: [nextcloud]
    sources:
      - url: https://coop.example.org/a-propos
        checked: 2026-11-01

  - id: asso-brest
    name: Asso Brest
    kind: association
    establishments:
      - city: Brest
        departement: "29"
    sources:
      - url: https://asso.example.org
        date: 2024
`

const baseYAML = `categories:
  - id: stockage
    name: Stockage
tools:
  - id: nextcloud
    name: Nextcloud
    description: Stockage.
    license: AGPL-3.0-or-later
    website: https://nextcloud.com
    categories: [stockage]
  - id: seafile
    name: Seafile
    description: Synchronisation.
    license: AGPL-3.0-only
    website: https://www.seafile.com
    categories: [stockage]
products:
  - id: google-workspace
    name: Google Workspace
    vendor: Google
    categories: [stockage]
    alternatives: [nextcloud]
`

func newStore(t testing.TB) *Store {
	t.Helper()
	geoOnce.Do(func() {
		var err error
		if testGeo, err = geo.Load(); err != nil {
			t.Fatal(err)
		}
	})
	dir := t.TempDir()
	write(t, filepath.Join(dir, "base.yaml"), baseYAML)
	write(t, filepath.Join(dir, "providers", "bretagne.yaml"), providersYAML)
	s, err := Open(dir, testGeo, nil)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func write(t testing.TB, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func read(t testing.TB, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

var admin = Actor{Platform: "discord", ID: "42"}

func TestEditKeepsCommentsAndOrderAndServesAtOnce(t *testing.T) {
	s := newStore(t)
	var swapped int
	s.OnSwap(func(*knowledge.KB) { swapped++ })
	if _, err := s.UpdateProvider(admin, "coop-exemple", "services", "hébergement, formation"); err != nil {
		t.Fatal(err)
	}
	got := read(t, filepath.Join(s.Dir(), "providers", "bretagne.yaml"))
	for _, keep := range []string{
		"# Prestataires bretons — relus par l'équipe, ne pas réordonner.",
		"  # La coopérative historique.",
		"services: [hébergement, formation]",
		"  - id: asso-brest\n    name: Asso Brest\n    kind: association\n    establishments:\n      - city: Brest\n        departement: \"29\"\n    sources:\n      - url: https://asso.example.org\n        date: 2024\n",
	} {
		if !strings.Contains(got, keep) {
			t.Errorf("file lost %q:\n%s", keep, got)
		}
	}
	if n := strings.Count(got, "# La coopérative historique."); n != 1 {
		t.Errorf("head comment appears %d times, want once:\n%s", n, got)
	}
	if strings.Index(got, "coop-exemple") > strings.Index(got, "asso-brest") {
		t.Error("entries were reordered")
	}
	p, _ := s.KB().Provider("coop-exemple")
	if len(p.Services) != 2 {
		t.Errorf("the served KB does not have the edit: %v", p.Services)
	}
	if swapped != 1 {
		t.Errorf("OnSwap called %d times, want 1", swapped)
	}
}

func TestInvalidEditIsRefusedAndFileUntouched(t *testing.T) {
	s := newStore(t)
	path := filepath.Join(s.Dir(), "providers", "bretagne.yaml")
	before := read(t, path)
	_, err := s.UpdateProvider(admin, "coop-exemple", "outils", "nextcloud, blorptastic")
	var rej *RejectedError
	if !errors.As(err, &rej) || !strings.Contains(err.Error(), `unknown tool "blorptastic"`) {
		t.Fatalf("want a validation refusal naming the tool, got %v", err)
	}
	if !strings.Contains(err.Error(), "providers/bretagne.yaml:") {
		t.Errorf("refusal should give file and line: %v", err)
	}
	if read(t, path) != before {
		t.Error("a refused edit changed the file")
	}
	if _, err := os.Stat(s.auditPath()); !errors.Is(err, os.ErrNotExist) {
		t.Error("a refused edit was written to the audit log")
	}
}

func TestBrokenFileKeepsOldKBAndReportsWhere(t *testing.T) {
	s := newStore(t)
	old := s.KB()
	write(t, filepath.Join(s.Dir(), "providers", "bretagne.yaml"), providersYAML+"  - id: sans-nom\n    kind: company\n")
	changed, err := s.reloadIfChanged("watch")
	if !changed || err == nil {
		t.Fatalf("changed=%v err=%v, want a failed reload", changed, err)
	}
	if s.KB() != old {
		t.Error("a broken file replaced the served KB")
	}
	st := s.Status()
	if len(st.Issues) == 0 || st.Issues[0].Pos.File != "providers/bretagne.yaml" || st.Issues[0].Pos.Line == 0 {
		t.Errorf("status should show file and line, got %+v", st.Issues)
	}
	// Fixing the file recovers.
	write(t, filepath.Join(s.Dir(), "providers", "bretagne.yaml"), providersYAML)
	if _, err := s.reloadIfChanged("watch"); err != nil || s.Status().LastError != "" {
		t.Errorf("reload after fix: %v / %q", err, s.Status().LastError)
	}
}

func TestConcurrentEditsBothLand(t *testing.T) {
	s := newStore(t)
	var wg sync.WaitGroup
	errs := make(chan error, 2)
	for _, alias := range []string{"gsuite", "g suite pro"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, err := s.AddAlias(admin, "google-workspace", alias)
			errs <- err
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	p, _ := s.KB().Product("google-workspace")
	if len(p.Aliases) != 2 {
		t.Errorf("aliases = %v, want both", p.Aliases)
	}
	log, _ := s.Audit()
	if len(log) != 2 || log[0].Seq != 1 || log[1].Seq != 2 {
		t.Errorf("audit = %+v", log)
	}
}

func TestUndoRestoresPreviousContent(t *testing.T) {
	s := newStore(t)
	path := filepath.Join(s.Dir(), "base.yaml")
	before := read(t, path)
	if _, err := s.LinkAlternative(admin, "google-workspace", "seafile", 1); err != nil {
		t.Fatal(err)
	}
	if p, _ := s.KB().Product("google-workspace"); p.Alternatives[0].Tool != "seafile" {
		t.Fatalf("link not applied: %+v", p.Alternatives)
	}
	c, err := s.Undo(Actor{"mattermost", "admin2"})
	if err != nil {
		t.Fatal(err)
	}
	if read(t, path) != before {
		t.Errorf("undo did not restore the file:\n%s", read(t, path))
	}
	if p, _ := s.KB().Product("google-workspace"); p.Alternatives[0].Tool != "nextcloud" {
		t.Error("undo not served")
	}
	if c.Undoes != 1 {
		t.Errorf("undo entry = %+v", c)
	}
	if _, err := s.Undo(admin); err == nil {
		t.Error("a second undo with nothing left should be refused")
	}
}

func TestAddAndRemoveProvider(t *testing.T) {
	s := newStore(t)
	in := ProviderInput{Name: "Nouvelle Coop", Kind: "cooperative", City: "Lyon", Departement: "69",
		Services: []string{"formation"}, SourceURL: "https://nouvelle.example.org", SourceDate: "2025-06"}
	c, err := s.AddProvider(admin, in)
	if err != nil {
		t.Fatal(err)
	}
	if c.File != "providers/auvergne-rhone-alpes.yaml" {
		t.Errorf("added to %s", c.File)
	}
	if p, ok := s.KB().Provider("nouvelle-coop"); !ok || p.Establishments[0].Region != "84" {
		t.Fatalf("provider not served: %+v", p)
	}
	if _, err := s.RemoveProvider(admin, "asso-brest"); err != nil {
		t.Fatal(err)
	}
	got := read(t, filepath.Join(s.Dir(), "providers", "bretagne.yaml"))
	if strings.Contains(got, "asso-brest") || !strings.Contains(got, "# La coopérative historique.") {
		t.Errorf("remove went wrong:\n%s", got)
	}
	if _, err := s.Undo(admin); err != nil {
		t.Fatal(err)
	}
	if read(t, filepath.Join(s.Dir(), "providers", "bretagne.yaml")) != providersYAML {
		t.Error("undo of the removal did not restore the file byte for byte")
	}
	if _, err := s.Undo(admin); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(s.Dir(), "providers", "auvergne-rhone-alpes.yaml")); !errors.Is(err, os.ErrNotExist) {
		t.Error("undo of an add that created a file should remove it")
	}
}

func TestInterruptedWriteLeavesOldFileValid(t *testing.T) {
	s := newStore(t)
	path := filepath.Join(s.Dir(), "providers", "bretagne.yaml")
	// A crash after writing the temporary file, before the rename: the temporary file stays
	// behind, half written.
	tmp, err := os.CreateTemp(filepath.Dir(path), ".bretagne.yaml.tmp-*")
	if err != nil {
		t.Fatal(err)
	}
	tmp.WriteString("providers:\n  - id: half")
	tmp.Close()
	if err := s.Reload(); err != nil {
		t.Fatalf("the old file must still load: %v", err)
	}
	if read(t, path) != providersYAML {
		t.Error("the target changed")
	}
	if _, err := s.UpdateProvider(admin, "asso-brest", "site", "https://asso.example.org"); err != nil {
		t.Fatalf("edits must work with a stale temporary file around: %v", err)
	}
}

func TestUnansweredRespectsLimits(t *testing.T) {
	path := filepath.Join(t.TempDir(), "unanswered.jsonl")
	u, err := OpenUnanswered(path, time.Hour, 3)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Now()
	u.now = func() time.Time { return now }
	for _, q := range []string{"un", "deux", "trois", "quatre"} {
		if err := u.Record("alternative à "+q, "produit inconnu"); err != nil {
			t.Fatal(err)
		}
	}
	if u.Len() != 3 {
		t.Errorf("kept %d, want 3 (count limit)", u.Len())
	}
	now = now.Add(2 * time.Hour)
	u.Record("alternative à cinq", "produit inconnu")
	if u.Len() != 1 {
		t.Errorf("kept %d, want 1 (age limit)", u.Len())
	}
	u.Close() // waits for the background compaction the old lines started
	again, err := OpenUnanswered(path, time.Hour, 3)
	if err != nil {
		t.Fatal(err)
	}
	if again.Len() != 1 || again.Top(5)[0].Question != "alternative a cinq" {
		t.Errorf("file after reopening: %+v", again.Top(5))
	}
	long := strings.Repeat("très long ", 100)
	again.Record(long, "question non comprise")
	for _, s := range again.Top(5) {
		if len([]rune(s.Question)) > MaxQuestion {
			t.Errorf("question kept with %d characters", len([]rune(s.Question)))
		}
	}
}
