// SPDX-License-Identifier: AGPL-3.0-or-later

package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"

	"golang.org/x/sync/errgroup"

	"github.com/boussole-libre/boussole/bot"
	"github.com/boussole-libre/boussole/knowledge"
	"github.com/boussole-libre/boussole/knowledge/data"
	"github.com/boussole-libre/boussole/knowledge/geo"
	"github.com/boussole-libre/boussole/knowledge/store"
)

// runner is an adapter started by `boussole run`.
type runner interface {
	Run(ctx context.Context) error
}

// namedRunner is an adapter and the name it logs under.
type namedRunner struct {
	name string
	runner
}

// adapterStarter builds one adapter from the config, or returns nil when it is disabled.
// Each adapter registers its starter in its own file (adapter_<name>.go), behind a build
// tag, so that a binary can leave out an adapter it does not use.
type adapterStarter func(cfg *Config, env startEnv) (runner, error)

// startEnv is what every starter is given besides the config: the core the adapter serves
// and the logger it writes to, already labelled with the adapter's name.
type startEnv struct {
	bot *bot.Bot
	log *slog.Logger
}

// chatAdapter is a chat adapter: it runs, and delivers the admins' background reports
// (/kb verifier's summary) by direct message.
type chatAdapter interface {
	runner
	Notify(ctx context.Context, userID string, r bot.Reply) error
}

// startChat builds a chat adapter when the config enables it and registers its notifier
// under platform, the name the core records with each admin's request.
func startChat[A chatAdapter](enabled bool, platform string, b *bot.Bot, build func() (A, error)) (runner, error) {
	if !enabled {
		return nil, nil
	}
	a, err := build()
	if err != nil {
		return nil, err
	}
	b.RegisterNotifier(platform, a.Notify)
	return a, nil
}

func cmdRun(ctx context.Context, args []string, _ io.Reader, _, stderr io.Writer) error {
	fs := newFlags("run")
	cfgPath := fs.String("config", "", "configuration file")
	kbDir := fs.String("kb", "", "knowledge directory (overrides knowledge.dir)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *cfgPath == "" {
		return fmt.Errorf("%w: run needs --config FILE (see config.example.yaml)", errUsage)
	}
	cfg, err := loadConfig(*cfgPath, os.Getenv)
	if err != nil {
		return err
	}
	if *kbDir != "" {
		cfg.Knowledge.Dir = *kbDir
	}
	log, err := cfg.Log.logger(stderr)
	if err != nil {
		return err
	}
	b, watch, err := buildBot(cfg, log)
	if err != nil {
		return err
	}
	runners, err := startAdapters(cfg, b, log)
	if err != nil {
		return err
	}
	return runAll(ctx, runners, watch, log, kbLabel(cfg.Knowledge.Dir))
}

// startAdapters builds every adapter the config enables.
func startAdapters(cfg *Config, b *bot.Bot, log *slog.Logger) ([]namedRunner, error) {
	var runners []namedRunner
	for _, a := range adapters() {
		r, err := a.start(cfg, startEnv{bot: b, log: log.With("adapter", a.name)})
		if err != nil {
			return nil, fmt.Errorf("%s: %w", a.name, err)
		}
		if r != nil {
			runners = append(runners, namedRunner{a.name, r})
		}
	}
	connectReadiness(runners) // adapter_web.go: /readyz asks the others
	if len(runners) == 0 {
		return nil, errors.New("run: no adapter is enabled in the config (discord.enabled, mattermost.enabled, matrix.enabled, http.enabled); `boussole` alone opens the terminal chat")
	}
	return runners, nil
}

// runAll runs the adapters side by side until ctx ends; the first to fail stops the
// others, so that a broken token is not hidden behind a running second adapter.
func runAll(ctx context.Context, runners []namedRunner, watch func(context.Context), log *slog.Logger, kb string) error {
	g, ctx := errgroup.WithContext(ctx)
	if watch != nil {
		watchCtx, stopWatch := context.WithCancel(ctx)
		defer stopWatch()
		go watch(watchCtx)
	}
	names := make([]string, len(runners))
	for i, r := range runners {
		names[i] = r.name
		g.Go(func() error {
			if err := r.Run(ctx); err != nil {
				return fmt.Errorf("%s: %w", r.name, err)
			}
			return nil
		})
	}
	log.Info("boussole started", "adapters", names, "kb", kb)
	err := g.Wait()
	log.Info("boussole stopped")
	return err
}

func kbLabel(dir string) string {
	if dir == "" {
		return "embedded"
	}
	return dir
}

// stateDir is where Boussole keeps its state (admin logs, the last verify report, the
// adapters' own state): state_dir, else the KB directory's state folder, else "" when
// the KB is the embedded one and state lives in memory.
func (c *Config) stateDir() string {
	if c.StateDir != "" || c.Knowledge.Dir == "" {
		return c.StateDir
	}
	return filepath.Join(c.Knowledge.Dir, store.StateDir)
}

// buildBot loads the KB (a store on disk when knowledge.dir is set) and the admin logs. The
// returned watch function, when not nil, polls the KB directory until its context ends.
func buildBot(cfg *Config, log *slog.Logger) (*bot.Bot, func(context.Context), error) {
	opts := []bot.Setting{bot.WithLogger(log)}
	var kb *knowledge.KB
	var watch func(context.Context)
	var err error
	state := cfg.stateDir()
	if cfg.Knowledge.Dir != "" {
		g, err := geo.Load()
		if err != nil {
			return nil, nil, err
		}
		st, err := store.Open(cfg.Knowledge.Dir, g, log.With("part", "knowledge"))
		if err != nil {
			if v, ok := knowledge.IsValidation(err); ok {
				return nil, nil, &kbError{v}
			}
			return nil, nil, err
		}
		kb = st.KB()
		opts = append(opts, bot.WithStore(st))
		every := cfg.Knowledge.ReloadEvery
		watch = func(ctx context.Context) { st.Watch(ctx, every) }
	} else {
		if kb, err = knowledge.LoadAlong(data.FS, geo.Load); err != nil {
			return nil, nil, err
		}
	}
	go kb.Index().Warm() // off the first answer's path
	statePath := func(name string) string {
		if state == "" {
			return "" // in memory
		}
		return filepath.Join(state, name)
	}
	if un := cfg.Knowledge.Unanswered; un.Enabled == nil || *un.Enabled {
		u, err := store.OpenUnanswered(statePath("unanswered.jsonl"), un.MaxAge, un.MaxCount)
		if err != nil {
			return nil, nil, err
		}
		opts = append(opts, bot.WithUnanswered(u))
	}
	sg, err := store.OpenSuggestions(statePath("suggestions.jsonl"), cfg.Knowledge.Suggestions,
		store.PerPersonPerDay(cfg.Knowledge.SuggestionsPerPerson))
	if err != nil {
		return nil, nil, err
	}
	opts = append(opts, bot.WithSuggestions(sg))
	opts = append(opts, bot.WithVerifier(chatVerifier(state, os.Getenv, log.With("part", "verify")))) // kb_verify.go
	return bot.New(kb, opts...), watch, nil
}
