// SPDX-License-Identifier: AGPL-3.0-or-later

package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func runCLI(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(context.Background(), args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestAskJSONContract(t *testing.T) {
	code, out, errOut := runCLI(t, "", "ask", "--json", "qui peut héberger Nextcloud à Rennes ?")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var a map[string]any
	if err := json.Unmarshal([]byte(out), &a); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	for _, k := range []string{"question", "intent", "replaces", "tools", "region", "departement", "city", "providers", "text"} {
		if _, ok := a[k]; !ok {
			t.Errorf("missing key %q", k)
		}
	}
	if a["intent"] != "providers" || a["city"] != "Rennes" {
		t.Errorf("intent %v city %v", a["intent"], a["city"])
	}
	if r, _ := a["region"].(map[string]any); r["code"] != "53" || r["name"] != "Bretagne" {
		t.Errorf("region = %v", a["region"])
	}
	if d, _ := a["departement"].(map[string]any); d["code"] != "35" {
		t.Errorf("departement = %v", a["departement"])
	}
}

func TestAskReadsOneQuestionPerLineInOrder(t *testing.T) {
	in := "alternative à Google Drive ?\nbonne journée !\n\nalternative à Blorptastic\n"
	code, out, _ := runCLI(t, in, "ask", "--json")
	if code != 0 {
		t.Fatal(code)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 3 {
		t.Fatalf("%d answers for 3 questions:\n%s", len(lines), out)
	}
	want := []struct {
		q, intent string
		tools     bool
	}{{"alternative à Google Drive ?", "alternative", true}, {"bonne journée !", "none", false}, {"alternative à Blorptastic", "alternative", false}}
	for i, l := range lines {
		var a struct {
			Question string `json:"question"`
			Intent   string `json:"intent"`
			Tools    []any  `json:"tools"`
			Region   any    `json:"region"`
		}
		if err := json.Unmarshal([]byte(l), &a); err != nil {
			t.Fatal(err)
		}
		if a.Question != want[i].q || a.Intent != want[i].intent || (len(a.Tools) > 0) != want[i].tools {
			t.Errorf("line %d = %+v, want %+v", i, a, want[i])
		}
		if a.Tools == nil {
			t.Errorf("line %d: tools must be [] not null", i)
		}
	}
}

func TestProvidersForEveryRegion(t *testing.T) {
	regions := []string{"Guadeloupe", "Martinique", "Guyane", "La Réunion", "Mayotte", "Île-de-France", "Centre-Val de Loire",
		"Bourgogne-Franche-Comté", "Normandie", "Hauts-de-France", "Grand Est", "Pays de la Loire", "Bretagne",
		"Nouvelle-Aquitaine", "Occitanie", "Auvergne-Rhône-Alpes", "Provence-Alpes-Côte d'Azur", "Corse"}
	for _, r := range regions {
		code, out, errOut := runCLI(t, "", "providers", "--region", r, "--json")
		if code != 0 {
			t.Errorf("%s: exit %d %s", r, code, errOut)
			continue
		}
		var res struct {
			Region    *struct{ Code, Name string } `json:"region"`
			Providers []struct {
				ID, Name, Kind, URL string
				Services, Tools     []string
				Sources             []struct{ URL string }
				Establishments      []struct {
					City        *string
					Departement *struct{ Code, Name string }
					Region      struct{ Code, Name string }
				}
				Match string
			} `json:"providers"`
			Local   int `json:"local"`
			Nearest []struct {
				Code, Name string
				Count      int
			} `json:"nearest"`
			Text string `json:"text"`
		}
		if err := json.Unmarshal([]byte(out), &res); err != nil {
			t.Fatalf("%s: %v", r, err)
		}
		if res.Region == nil || res.Region.Name != r {
			t.Errorf("%s: region = %+v", r, res.Region)
		}
		local := 0
		for _, p := range res.Providers {
			if len(p.Sources) == 0 {
				t.Errorf("%s: provider %s has no source", r, p.ID)
			}
			if p.Match != "national" {
				local++
			}
		}
		if local != res.Local {
			t.Errorf("%s: local = %d, want %d", r, res.Local, local)
		}
		if local == 0 && !strings.Contains(res.Text, "Aucun prestataire connu") {
			t.Errorf("%s: no local provider and no honest notice: %s", r, res.Text)
		}
		if local == 0 && (len(res.Nearest) == 0 || res.Nearest[0].Count == 0 || res.Nearest[0].Name == "") {
			t.Errorf("%s: no local provider and no nearest region offered: %+v", r, res.Nearest)
		}
	}
}

func TestProvidersUnknownRegionIsAClearError(t *testing.T) {
	code, _, errOut := runCLI(t, "", "providers", "--region", "Atlantide", "--json")
	if code == 0 || !strings.Contains(errOut, "Lieu inconnu") {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
}

func TestValidateBrokenDirReportsFileAndLine(t *testing.T) {
	code, _, errOut := runCLI(t, "", "kb", "validate", filepath.Join("..", "..", "knowledge", "testdata", "broken"))
	if code != 1 {
		t.Fatalf("exit %d, want 1", code)
	}
	for _, want := range []string{"base.yaml:13:5: unknown field \"licence\"", "providers/bretagne.yaml:6:12:", "problem(s) in the knowledge base"} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errOut)
		}
	}
}

func TestExportThenValidate(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "kb")
	if code, _, errOut := runCLI(t, "", "kb", "export", dir); code != 0 {
		t.Fatalf("export: %s", errOut)
	}
	if code, out, errOut := runCLI(t, "", "kb", "validate", dir); code != 0 || !strings.Contains(out, "OK") {
		t.Fatalf("validate exported: %s %s", out, errOut)
	}
	if code, _, errOut := runCLI(t, "", "kb", "export", dir); code == 0 || !strings.Contains(errOut, "exists") {
		t.Errorf("export over an existing copy must refuse, got %d %s", code, errOut)
	}
}

func TestKBCommandsSayWhatOperandsTheyNeed(t *testing.T) {
	for _, args := range [][]string{{"kb", "export"}, {"kb", "export", "a", "b"}, {"kb", "validate", "a", "b"}} {
		code, _, errOut := runCLI(t, "", args...)
		if code != 2 || !strings.Contains(errOut, "needs") {
			t.Errorf("%q: exit %d, stderr %q; want a usage error saying what it needs", args, code, errOut)
		}
	}
}

func TestStatsJSON(t *testing.T) {
	code, out, _ := runCLI(t, "", "kb", "stats", "--json")
	var s struct{ Tools, Products, Providers, Categories int }
	if code != 0 || json.Unmarshal([]byte(out), &s) != nil || s.Tools == 0 || s.Products == 0 || s.Providers == 0 {
		t.Errorf("stats: %d %s", code, out)
	}
}

func TestChatAnswersEachLineWhenNotATerminal(t *testing.T) {
	code, out, _ := runCLI(t, "alternative à Dropbox\n/prestataires région:35\n/inconnue\n")
	if code != 0 {
		t.Fatal(code)
	}
	for _, want := range []string{"Alternatives libres à Dropbox", "Prestataires — Ille-et-Vilaine (35)", "Commande inconnue : /inconnue"} {
		if !strings.Contains(out, want) {
			t.Errorf("chat output lacks %q:\n%s", want, out)
		}
	}
}

func TestRunConfigErrors(t *testing.T) {
	dir := t.TempDir()
	write := func(name, s string) string {
		p := filepath.Join(dir, name)
		os.WriteFile(p, []byte(s), 0o644)
		return p
	}
	cases := []struct{ cfg, want string }{
		{"knowledge:\n  dri: /tmp\n", "field dri not found"},
		{"discord:\n  enabled: true\n", "BOUSSOLE_DISCORD_TOKEN is not set"},
		{"log:\n  level: info\n", "no adapter is enabled"},
	}
	t.Setenv("BOUSSOLE_DISCORD_TOKEN", "")
	for i, c := range cases {
		p := write(filepath.Base(t.Name())+string(rune('a'+i))+".yaml", c.cfg)
		code, _, errOut := runCLI(t, "", "run", "--config", p)
		if code == 0 || !strings.Contains(errOut, c.want) {
			t.Errorf("config %q: exit %d, stderr %q, want %q", c.cfg, code, errOut, c.want)
		}
	}
	if code, _, errOut := runCLI(t, "", "frobnicate"); code != 2 || !strings.Contains(errOut, "Usage") {
		t.Errorf("unknown command: %d %s", code, errOut)
	}
}

func TestTerminalAdministersAKBDirectory(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "kb")
	if code, _, errOut := runCLI(t, "", "kb", "export", dir); code != 0 {
		t.Fatal(errOut)
	}
	in := "/kb alias ajouter produit:google-drive alias:gougueule drive\nalternative à gougueule drive\n/kb annuler\n/kb statut\n"
	code, out, errOut := runCLI(t, in, "--kb", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{"Modification enregistrée", "Alternatives libres à Google Drive", "Modification annulée", "Statut de la base"} {
		if !strings.Contains(out, want) {
			t.Errorf("terminal output lacks %q:\n%s", want, out)
		}
	}
}

func TestConfigIsValidatedAsAWhole(t *testing.T) {
	p := filepath.Join(t.TempDir(), "c.yaml")
	cfg := "knowledge:\n  reload_every: -1s\n  unanswered:\n    max_count: -3\nlog:\n  level: loud\n"
	if err := os.WriteFile(p, []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errOut := runCLI(t, "", "run", "--config", p)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	for _, want := range []string{"knowledge.reload_every: -1s", "knowledge.unanswered.max_count: -3", `log.level "loud"`} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errOut)
		}
	}
}

func TestAskAnswersAnOverlongLineWithAnErrorAndGoesOn(t *testing.T) {
	in := "alternative à Google Drive ?\n" + strings.Repeat("a", 70*1024) + "\nalternative à Dropbox\n"
	code, out, errOut := runCLI(t, in, "ask", "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 3 {
		t.Fatalf("%d lines for 3 inputs:\n%.500s", len(lines), out)
	}
	var e struct {
		Line  int    `json:"line"`
		Error string `json:"error"`
	}
	if err := json.Unmarshal([]byte(lines[1]), &e); err != nil || e.Line != 2 || !strings.Contains(e.Error, "trop longue") {
		t.Errorf("second line = %s (%v)", lines[1], err)
	}
	if !strings.Contains(lines[2], "Dropbox") {
		t.Errorf("the batch did not go on: %s", lines[2])
	}
}

func TestChatFromDevNullPrintsNoPrompt(t *testing.T) {
	f, err := os.Open(os.DevNull)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out, errOut bytes.Buffer
	if code := run(context.Background(), nil, f, &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	if out.Len() != 0 {
		t.Errorf("boussole < /dev/null printed %q", out.String())
	}
}
