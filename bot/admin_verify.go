// SPDX-License-Identifier: AGPL-3.0-or-later

package bot

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"strings"
	"sync"
	"time"

	"github.com/boussole-libre/boussole/knowledge"
	"github.com/boussole-libre/boussole/knowledge/verify"
)

// VerifyFunc runs `kb verify` on a KB with the given checks (all when empty). The binary
// supplies it, with the network options and tokens of its configuration.
type VerifyFunc func(ctx context.Context, kb *knowledge.KB, checks []string) (*verify.Report, error)

// Notifier sends a reply to one person outside of a command's answer (a direct message):
// adapters register one per platform so that a background job can report when it ends.
type Notifier func(ctx context.Context, userID string, r Reply) error

// Verifier runs /kb verifier in the background, one run at a time, saves each report as
// the last one in the state directory (where `boussole kb verify DIR` saves too) and tells
// the admin who asked when it is done.
type Verifier struct {
	run      VerifyFunc
	stateDir string // "" keeps the last report in memory only
	timeout  time.Duration
	log      *slog.Logger

	mu        sync.Mutex
	running   bool
	since     time.Time
	asker     Caller
	last      *verify.Report
	lastErr   string
	notifiers map[string]Notifier
	done      chan struct{} // closed when the current run ends (for tests and shutdown)
}

// NewVerifier returns a verifier that runs fn and keeps its last report in stateDir.
func NewVerifier(fn VerifyFunc, stateDir string, log *slog.Logger) *Verifier {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Verifier{run: fn, stateDir: stateDir, timeout: 2 * time.Hour, log: log, notifiers: map[string]Notifier{}}
}

// WithVerifier enables /kb verifier and the last report's line in /kb statut.
func WithVerifier(v *Verifier) Setting { return func(b *Bot) { b.verifier = v } }

// RegisterNotifier lets an adapter deliver the end-of-run summary to the admin who asked;
// without one for the platform, the admin asks /kb verifier rapport.
func (b *Bot) RegisterNotifier(platform string, n Notifier) {
	if b.verifier == nil {
		return
	}
	b.verifier.mu.Lock()
	b.verifier.notifiers[platform] = n
	b.verifier.mu.Unlock()
}

// Last returns the last report: the one kept in memory, else the one saved in the state
// directory (a `boussole kb verify` run counts too); nil when there is none.
func (v *Verifier) Last() *verify.Report {
	v.mu.Lock()
	last := v.last
	v.mu.Unlock()
	if last != nil || v.stateDir == "" {
		return last
	}
	r, err := verify.Load(v.stateDir)
	if err != nil {
		if !errors.Is(err, fs.ErrNotExist) {
			v.log.Warn("last verify report", "error", err)
		}
		return nil
	}
	return r
}

// Running reports whether a run is in progress, and since when.
func (v *Verifier) Running() (bool, time.Time) {
	v.mu.Lock()
	defer v.mu.Unlock()
	return v.running, v.since
}

// Start begins a run in the background unless one is running; false when one already is.
func (v *Verifier) Start(kb *knowledge.KB, checks []string, asker Caller) bool {
	v.mu.Lock()
	if v.running {
		v.mu.Unlock()
		return false
	}
	v.running, v.since, v.asker = true, time.Now(), asker
	v.done = make(chan struct{})
	done := v.done
	v.mu.Unlock()
	go func() {
		defer close(done)
		v.finish(v.execute(kb, checks))
	}()
	return true
}

// Wait blocks until the current run, if any, ends.
func (v *Verifier) Wait() {
	v.mu.Lock()
	done := v.done
	v.mu.Unlock()
	if done != nil {
		<-done
	}
}

// execute runs the check, recovering from a panic so that the bot keeps serving.
func (v *Verifier) execute(kb *knowledge.KB, checks []string) (rep *verify.Report, err error) {
	defer func() {
		if p := recover(); p != nil {
			rep, err = nil, fmt.Errorf("kb verify panicked: %v", p)
		}
	}()
	ctx, cancel := context.WithTimeout(context.Background(), v.timeout)
	defer cancel()
	return v.run(ctx, kb, checks)
}

// finish keeps and saves the report, then tells the admin who asked.
func (v *Verifier) finish(rep *verify.Report, err error) {
	if rep != nil && err == nil && v.stateDir != "" {
		if serr := verify.Save(v.stateDir, rep); serr != nil {
			v.log.Warn("save verify report", "error", serr)
		}
	}
	v.mu.Lock()
	v.running = false
	asker := v.asker
	notify := v.notifiers[asker.Platform]
	if err != nil {
		v.lastErr = err.Error()
	} else {
		v.last, v.lastErr = rep, ""
	}
	v.mu.Unlock()
	if err != nil {
		v.log.Warn("kb verify", "error", err)
	}
	if notify == nil {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if nerr := notify(ctx, asker.UserID, verifySummary(French, rep, err)); nerr != nil {
		v.log.Warn("kb verify: notify the admin", "platform", asker.Platform, "error", nerr)
	}
}

func (v *Verifier) hasNotifier(platform string) bool {
	v.mu.Lock()
	defer v.mu.Unlock()
	return v.notifiers[platform] != nil
}

// verifyCommand is /kb verifier: start a run, or show the last report.
func verifyCommand() Command {
	return Command{Name: "verifier", NameEN: "verify", Admin: true,
		Description:   "Vérifier la base : registre des entreprises, liens, dépôts, fraîcheur",
		DescriptionEN: "Check the KB: company register, links, repositories, freshness",
		Example:       "/kb verifier (puis /kb verifier rapport)",
		Options: []Option{
			{Name: "action", NameEN: "action", Description: "vide : lancer ; rapport : voir le dernier rapport",
				DescriptionEN: "empty: start; rapport: show the last report", Kind: KindText},
			{Name: "controles", NameEN: "checks", Description: "sirene, links, projects, freshness (tous par défaut)",
				DescriptionEN: "sirene, links, projects, freshness (all by default)", Kind: KindText},
		},
		run: runVerify}
}

func runVerify(b *Bot, kb *knowledge.KB, c Call) Reply {
	if r, no := refuse(c); no {
		return r
	}
	l := c.Lang
	if b.verifier == nil {
		return adminReply(l, Tr(l, "Vérification non disponible", "Verification unavailable"),
			Tr(l, "Cette instance n'a pas activé la vérification : utilisez `boussole kb verify` en ligne de commande.",
				"This instance has no verifier: use `boussole kb verify` on the command line."))
	}
	switch strings.ToLower(strings.TrimSpace(c.Args["action"])) {
	case "rapport", "report":
		return verifyReport(l, b.verifier)
	case "", "lancer", "start":
	default:
		return adminReply(l, Tr(l, "Action inconnue", "Unknown action"), "/kb verifier — /kb verifier rapport")
	}
	checks, err := verify.ParseChecks(c.Args["controles"])
	if err != nil {
		return adminReply(l, Tr(l, "Contrôle inconnu", "Unknown check"), err.Error())
	}
	if !b.verifier.Start(kb, checks, c.Caller) {
		_, since := b.verifier.Running()
		return adminReply(l, Tr(l, "Vérification déjà en cours", "Verification already running"),
			fmt.Sprintf(Tr(l, "Lancée à %s. /kb verifier rapport pour le dernier rapport.", "Started at %s. /kb verifier rapport for the last report."),
				since.Format("15:04")))
	}
	next := Tr(l, "Le résumé vous sera envoyé en message privé à la fin ; le détail avec /kb verifier rapport.",
		"You will get the summary in a direct message when it ends; details with /kb verifier rapport.")
	if !b.verifier.hasNotifier(c.Caller.Platform) {
		next = Tr(l, "Cela prend quelques minutes (une requête par seconde et par site) : redemandez /kb verifier rapport.",
			"It takes a few minutes (one request per second per site): ask /kb verifier rapport again.")
	}
	what := strings.Join(checks, ", ")
	if what == "" {
		what = strings.Join(verify.AllChecks, ", ")
	}
	return adminReply(l, Tr(l, "Vérification lancée", "Verification started"), what+". "+next)
}

// verifySummary is the end-of-run message: the counts per check and the first errors.
func verifySummary(l Lang, rep *verify.Report, err error) Reply {
	if err != nil && rep == nil {
		return adminReply(l, Tr(l, "Vérification en échec", "Verification failed"), err.Error())
	}
	lines := []string{fmt.Sprintf("%s (%s).", rep.Summary(), rep.Finished.Format("2006-01-02 15:04"))}
	lines = append(lines, checkLines(rep)...)
	lines = append(lines, findingLines(rep, verify.Error, 5)...)
	lines = append(lines, Tr(l, "Détail : /kb verifier rapport", "Details: /kb verifier rapport"))
	return adminReply(l, Tr(l, "Vérification terminée", "Verification finished"), strings.Join(lines, "\n"))
}

func checkLines(rep *verify.Report) []string {
	var out []string
	for _, c := range rep.Checks {
		n := rep.ByCheck[c]
		out = append(out, fmt.Sprintf("%s : %d erreur(s), %d avertissement(s), %d info(s)", c, n.Errors, n.Warnings, n.Infos))
	}
	return out
}

// findingLines lists up to n findings of one severity, one line each.
func findingLines(rep *verify.Report, sev verify.Severity, n int) []string {
	var out []string
	total := 0
	for _, f := range rep.Findings {
		if f.Severity != sev {
			continue
		}
		total++
		if len(out) < n {
			line := fmt.Sprintf("• [%s] %s — %s", f.Check, f.Subject, f.Message)
			if u := f.Evidence["url"]; u != "" {
				line += " (" + u + ")"
			}
			out = append(out, line)
		}
	}
	if total > n {
		out = append(out, fmt.Sprintf("… +%d", total-n))
	}
	return out
}

// maxReportText keeps the chat report within what every platform shows in one message.
const maxReportText = 3500

// verifyReport shows the last report: counts, then errors and warnings until the message
// is full; the whole report is in the state directory and `boussole kb verify`.
func verifyReport(l Lang, v *Verifier) Reply {
	running, since := v.Running()
	rep := v.Last()
	var head []string
	if running {
		head = append(head, fmt.Sprintf(Tr(l, "Vérification en cours depuis %s.", "Verification running since %s."), since.Format("15:04")))
	}
	v.mu.Lock()
	if v.lastErr != "" {
		head = append(head, Tr(l, "Dernière vérification en échec : ", "Last verification failed: ")+v.lastErr)
	}
	v.mu.Unlock()
	if rep == nil {
		head = append(head, Tr(l, "Aucun rapport : lancez /kb verifier.", "No report yet: run /kb verifier."))
		return adminReply(l, Tr(l, "Rapport de vérification", "Verification report"), strings.Join(head, "\n"))
	}
	head = append(head, fmt.Sprintf("%s — %s.", rep.Finished.Format("2006-01-02 15:04"), rep.Summary()))
	head = append(head, checkLines(rep)...)
	body := append(findingLines(rep, verify.Error, len(rep.Findings)), findingLines(rep, verify.Warning, len(rep.Findings))...)
	text := strings.Join(head, "\n")
	for i, line := range body {
		if len(text)+len(line)+1 > maxReportText {
			text += fmt.Sprintf("\n… +%d : %s", len(body)-i, Tr(l, "rapport complet avec `boussole kb verify` ou dans verify-last.json",
				"full report with `boussole kb verify` or in verify-last.json"))
			break
		}
		text += "\n" + line
	}
	return adminReply(l, Tr(l, "Rapport de vérification", "Verification report"), text)
}

// statusLine is /kb statut's line about the last verification.
func (v *Verifier) statusLine(l Lang) string {
	running, since := v.Running()
	line := ""
	if rep := v.Last(); rep != nil {
		line = fmt.Sprintf(Tr(l, "Dernière vérification (kb verify) : %s — %s.", "Last verification (kb verify): %s — %s."),
			rep.Finished.Format("2006-01-02 15:04"), rep.Summary())
	} else {
		line = Tr(l, "Aucune vérification enregistrée (/kb verifier).", "No verification recorded (/kb verifier).")
	}
	if running {
		line += fmt.Sprintf(Tr(l, " En cours depuis %s.", " Running since %s."), since.Format("15:04"))
	}
	return line
}
