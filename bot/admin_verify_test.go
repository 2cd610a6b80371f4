// SPDX-License-Identifier: AGPL-3.0-or-later

package bot

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/boussole-libre/boussole/knowledge"
	"github.com/boussole-libre/boussole/knowledge/verify"
)

// fakeReport is what a verification of a KB with one closed company would give.
func fakeReport() *verify.Report {
	at := time.Date(2026, 12, 3, 9, 30, 0, 0, time.UTC)
	return &verify.Report{Version: verify.ReportVersion, Started: at, Finished: at, Checks: []string{"sirene"},
		Counts: verify.Counts{Errors: 1, Warnings: 1}, ByCheck: map[string]verify.Counts{"sirene": {Errors: 1, Warnings: 1}},
		Findings: []verify.Finding{
			{Severity: verify.Error, Check: "sirene", Kind: "closed", Subject: "coop-exemple", Message: "fermée au registre (état administratif C)"},
			{Severity: verify.Warning, Check: "sirene", Kind: "moved", Subject: "autre", Message: "siège à LYON (69), hors des départements de la fiche (35)"},
		}}
}

func verifyCall(args map[string]string, who Caller) Call {
	return Call{Path: []string{"verifier"}, Caller: who, Lang: French, Args: args}
}

func TestKBVerifierRunsInBackgroundAndReports(t *testing.T) {
	dir := t.TempDir()
	release := make(chan struct{})
	var gotChecks []string
	v := NewVerifier(func(ctx context.Context, kb *knowledge.KB, checks []string) (*verify.Report, error) {
		gotChecks = checks
		<-release // the run takes time: the command must answer before it ends
		return fakeReport(), nil
	}, dir, nil)
	b := New(shippedKB(t), WithVerifier(v))
	var mu sync.Mutex
	var sent []string
	b.RegisterNotifier("discord", func(_ context.Context, userID string, r Reply) error {
		mu.Lock()
		sent = append(sent, userID+": "+r.Title+"\n"+r.Text)
		mu.Unlock()
		return nil
	})

	r := b.Run("kb", verifyCall(map[string]string{"controles": "sirene"}, adminCaller))
	if r.Title != "Vérification lancée" || !r.Ephemeral || !strings.Contains(r.Text, "message privé") {
		t.Fatalf("start: %q %q", r.Title, r.Text)
	}
	if again := b.Run("kb", verifyCall(nil, adminCaller)); again.Title != "Vérification déjà en cours" {
		t.Errorf("second start while running: %q", again.Title)
	}
	if st := b.Run("kb", Call{Path: []string{"statut"}, Caller: adminCaller, Lang: French}); !strings.Contains(st.Text, "En cours depuis") {
		t.Errorf("/kb statut while running: %s", st.Text)
	}
	close(release)
	v.Wait()
	if strings.Join(gotChecks, ",") != "sirene" {
		t.Errorf("checks passed = %v", gotChecks)
	}
	mu.Lock()
	if len(sent) != 1 || !strings.HasPrefix(sent[0], "111: Vérification terminée") || !strings.Contains(sent[0], "coop-exemple — fermée au registre") {
		t.Errorf("summary sent to the admin: %q", sent)
	}
	mu.Unlock()

	rep := b.Run("kb", verifyCall(map[string]string{"action": "rapport"}, adminCaller))
	for _, s := range []string{"1 erreur, 1 avertissement", "• [sirene] coop-exemple — fermée", "• [sirene] autre — siège à LYON"} {
		if !strings.Contains(rep.Text, s) {
			t.Errorf("/kb verifier rapport lacks %q:\n%s", s, rep.Text)
		}
	}
	st := b.Run("kb", Call{Path: []string{"statut"}, Caller: adminCaller, Lang: French})
	if !strings.Contains(st.Text, "Dernière vérification (kb verify) : 2026-12-03 09:30 — 1 erreur, 1 avertissement, 0 info.") {
		t.Errorf("/kb statut: %s", st.Text)
	}
	if saved, err := verify.Load(dir); err != nil || saved.Counts.Errors != 1 {
		t.Errorf("report not saved in the state directory: %v", err)
	}
}

// TestKBVerifierReadsTheCommandLineReport: a report saved by `boussole kb verify DIR`
// shows in /kb statut and /kb verifier rapport of a bot that never ran one itself.
func TestKBVerifierReadsTheCommandLineReport(t *testing.T) {
	dir := t.TempDir()
	if err := verify.Save(dir, fakeReport()); err != nil {
		t.Fatal(err)
	}
	v := NewVerifier(func(context.Context, *knowledge.KB, []string) (*verify.Report, error) {
		return nil, errors.New("unused")
	}, dir, nil)
	b := New(shippedKB(t), WithVerifier(v))
	st := b.Run("kb", Call{Path: []string{"statut"}, Caller: adminCaller, Lang: French})
	if !strings.Contains(st.Text, "Dernière vérification (kb verify) : 2026-12-03 09:30") {
		t.Errorf("/kb statut: %s", st.Text)
	}
	// Mattermost sends "/kb verifier rapport": the loose word lands in the first option.
	cmd, _ := FindCommand("kb")
	path, sub, rest := SplitPath(cmd, "verifier rapport")
	args, err := ParseArgs(sub, rest)
	if err != nil {
		t.Fatal(err)
	}
	rep := b.Run("kb", Call{Path: path, Args: args, Caller: adminCaller, Lang: French})
	if !strings.Contains(rep.Text, "coop-exemple — fermée") {
		t.Errorf("/kb verifier rapport (Mattermost text): %q %q", rep.Title, rep.Text)
	}
}

func TestKBVerifierFailureAndRefusals(t *testing.T) {
	v := NewVerifier(func(context.Context, *knowledge.KB, []string) (*verify.Report, error) {
		return nil, errors.New("boom")
	}, "", nil)
	b := New(shippedKB(t), WithVerifier(v))
	if r := b.Run("kb", verifyCall(nil, userCaller)); !strings.Contains(r.Title, "Réservé aux admins") {
		t.Errorf("non-admin: %q", r.Title)
	}
	if r := b.Run("kb", verifyCall(map[string]string{"controles": "dns"}, adminCaller)); r.Title != "Contrôle inconnu" {
		t.Errorf("unknown check: %q", r.Title)
	}
	r := b.Run("kb", verifyCall(nil, adminCaller))
	if !strings.Contains(r.Text, "redemandez /kb verifier rapport") {
		t.Errorf("without a notifier the admin must be told to ask again: %q", r.Text)
	}
	v.Wait()
	rep := b.Run("kb", verifyCall(map[string]string{"action": "rapport"}, adminCaller))
	if !strings.Contains(rep.Text, "Dernière vérification en échec : boom") || !strings.Contains(rep.Text, "Aucun rapport") {
		t.Errorf("failed run: %q", rep.Text)
	}
	if r := New(shippedKB(t)).Run("kb", verifyCall(nil, adminCaller)); r.Title != "Vérification non disponible" {
		t.Errorf("bot without verifier: %q", r.Title)
	}
}
