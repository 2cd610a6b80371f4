package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"sync"

	"github.com/boussole-libre/boussole/adapters/discord"
	"github.com/boussole-libre/boussole/adapters/mattermost"
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
	var runners []runner
	var names []string
	if cfg.Discord.Enabled {
		a, err := discord.New(cfg.Discord, b, log.With("adapter", "discord"))
		if err != nil {
			return err
		}
		runners, names = append(runners, a), append(names, "discord")
	}
	if cfg.Mattermost.Enabled {
		a, err := mattermost.New(cfg.Mattermost, b, log.With("adapter", "mattermost"))
		if err != nil {
			return err
		}
		runners, names = append(runners, a), append(names, "mattermost")
	}
	if len(runners) == 0 {
		return errors.New("run: no adapter is enabled in the config (discord.enabled, mattermost.enabled); `boussole` alone opens the terminal chat")
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	if watch != nil {
		go watch(ctx)
	}
	log.Info("boussole started", "adapters", names, "kb", kbLabel(cfg.Knowledge.Dir))
	// Adapters run side by side; the first to fail stops the others, so that a broken
	// token is not hidden behind a running second adapter.
	errs := make([]error, len(runners))
	var wg sync.WaitGroup
	for i, r := range runners {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := r.Run(ctx); err != nil {
				errs[i] = fmt.Errorf("%s: %w", names[i], err)
				cancel()
			}
		}()
	}
	wg.Wait()
	log.Info("boussole stopped")
	return errors.Join(errs...)
}

func kbLabel(dir string) string {
	if dir == "" {
		return "embedded"
	}
	return dir
}

// buildBot loads the KB (a store on disk when knowledge.dir is set) and the admin logs. The
// returned watch function, when not nil, polls the KB directory until its context ends.
func buildBot(cfg *Config, log *slog.Logger) (*bot.Bot, func(context.Context), error) {
	g, err := geo.Load()
	if err != nil {
		return nil, nil, err
	}
	opts := []bot.BotOption{bot.WithLogger(log)}
	var kb *knowledge.KB
	var watch func(context.Context)
	state := cfg.StateDir
	if cfg.Knowledge.Dir != "" {
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
		if state == "" {
			state = filepath.Join(st.Dir(), store.StateDir)
		}
	} else {
		if kb, err = knowledge.Load(data.FS, g); err != nil {
			return nil, nil, err
		}
	}
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
	sg, err := store.OpenSuggestions(statePath("suggestions.jsonl"), cfg.Knowledge.Suggestions)
	if err != nil {
		return nil, nil, err
	}
	opts = append(opts, bot.WithSuggestions(sg))
	return bot.New(kb, opts...), watch, nil
}
