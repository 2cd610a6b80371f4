// SPDX-License-Identifier: AGPL-3.0-or-later

package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/boussole-libre/boussole/bot"
	"github.com/boussole-libre/boussole/knowledge"
	"github.com/boussole-libre/boussole/knowledge/store"
	"github.com/boussole-libre/boussole/knowledge/verify"
)

// errVerifyFound is returned when the report holds errors: the report itself was printed,
// and the exit code is 1.
type errVerifyFound struct{ n int }

func (e errVerifyFound) Error() string {
	return fmt.Sprintf("kb verify: %d erreur(s) trouvée(s)", e.n)
}

// cmdKBVerify checks the KB against the company register, the links it cites, its tools'
// repositories and the age of its sources; it prints the report, saves it as the last
// report in the state directory and exits 1 when any finding is an error.
func cmdKBVerify(args []string, stdout io.Writer) error {
	fs, asJSON := jsonFlags("kb verify")
	kbDir := fs.String("kb", "", "knowledge directory (default: the embedded KB)")
	only := fs.String("only", "", "checks to run, comma-separated: sirene,links,projects,freshness")
	verbose := fs.Bool("verbose", false, "list every info in the text report")
	maxAge := fs.String("max-age", "3y", "freshness: age after which a provider is listed (3y, 18m, 90d)")
	stateDir := fs.String("state", "", "where to save the last report (default: DIR/.boussole, or ./.boussole)")
	perHost := fs.Duration("per-host", time.Second, "minimum time between two requests to one host")
	concurrency := fs.Int("concurrency", 8, "requests in flight at once, all hosts together")
	timeout := fs.Duration("timeout", 20*time.Second, "timeout of one request")
	registerURL := fs.String("register-url", "", "base URL of the API Recherche d'entreprises (tests, mirrors)")
	githubAPI := fs.String("github-api", "", "base URL of the GitHub REST API (tests, GitHub Enterprise)")
	if err := parse(fs, reorder(args)); err != nil {
		return err
	}
	if *kbDir == "" && fs.NArg() > 0 {
		*kbDir = fs.Arg(0)
	}
	opts := verify.Options{PerHost: *perHost, Concurrency: *concurrency, Timeout: *timeout,
		RegisterURL: *registerURL, GitHubAPI: *githubAPI, KBLabel: *kbDir}
	if opts.KBLabel == "" {
		opts.KBLabel = "la base embarquée"
	}
	var err error
	if opts.Checks, err = verify.ParseChecks(*only); err != nil {
		return fmt.Errorf("%w: kb verify: %v", errUsage, err)
	}
	if opts.MaxAge, err = verify.ParseAge(*maxAge); err != nil {
		return fmt.Errorf("%w: kb verify: %v", errUsage, err)
	}
	opts.TokensFromEnv(os.Getenv)
	kb, err := loadKB(*kbDir)
	if err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	rep, runErr := verify.Run(ctx, kb, opts)
	if rep == nil {
		return runErr
	}
	if err := printReport(stdout, rep, *asJSON, *verbose); err != nil {
		return err
	}
	if runErr != nil {
		return runErr // interrupted: the partial report is printed, not saved as the last one
	}
	if err := verify.Save(verifyStateDir(*stateDir, *kbDir), rep); err != nil {
		return err
	}
	if rep.HasErrors() {
		return errVerifyFound{rep.Counts.Errors}
	}
	return nil
}

func printReport(w io.Writer, rep *verify.Report, asJSON, verbose bool) error {
	if asJSON {
		return verify.WriteJSON(w, rep)
	}
	return verify.WriteText(w, rep, verbose)
}

// verifyStateDir is where the last report goes: the flag, else the KB directory's state
// directory (where a running Boussole's /kb statut looks), else ./.boussole.
func verifyStateDir(flagDir, kbDir string) string {
	switch {
	case flagDir != "":
		return flagDir
	case kbDir != "":
		return filepath.Join(kbDir, store.StateDir)
	}
	return store.StateDir
}

// reorder moves the positional DIR after the flags, so that `kb verify DIR --json` works
// as well as `kb verify --json DIR` (the flag package stops at the first non-flag).
func reorder(args []string) []string {
	var flags, rest []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--":
			rest = append(rest, args[i+1:]...)
			i = len(args)
		case len(a) > 1 && a[0] == '-':
			flags = append(flags, a)
			if !hasValue(a) && i+1 < len(args) && takesValue(a) {
				flags = append(flags, args[i+1])
				i++
			}
		default:
			rest = append(rest, a)
		}
	}
	return append(flags, rest...)
}

func hasValue(flag string) bool {
	for _, c := range flag {
		if c == '=' {
			return true
		}
	}
	return false
}

// takesValue lists kb verify's flags that read the next argument.
func takesValue(flag string) bool {
	switch trimDashes(flag) {
	case "kb", "only", "max-age", "state", "per-host", "concurrency", "timeout", "register-url", "github-api":
		return true
	}
	return false
}

func trimDashes(s string) string {
	for len(s) > 0 && s[0] == '-' {
		s = s[1:]
	}
	return s
}

// chatVerifier builds what /kb verifier runs in `boussole run`: the same checks as the
// command line with its polite defaults, tokens from the environment, and the last report
// kept in the state directory ("" keeps it in memory), where /kb statut reads it.
func chatVerifier(stateDir string, getenv func(string) string, log *slog.Logger) *bot.Verifier {
	fn := func(ctx context.Context, kb *knowledge.KB, checks []string) (*verify.Report, error) {
		o := verify.Options{Checks: checks, KBLabel: "la base servie"}
		o.TokensFromEnv(getenv)
		return verify.Run(ctx, kb, o)
	}
	return bot.NewVerifier(fn, stateDir, log)
}
