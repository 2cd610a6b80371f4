// SPDX-License-Identifier: AGPL-3.0-or-later

package main

import (
	"context"
	"io"
	"log/slog"
	"os"

	"golang.org/x/term"

	"github.com/boussole-libre/boussole/adapters/console"
	"github.com/boussole-libre/boussole/bot"
)

// cmdChat is the terminal chat, Boussole's default command.
func cmdChat(ctx context.Context, args []string, stdin io.Reader, stdout io.Writer) error {
	fs := newFlags("boussole")
	dir := fs.String("kb", "", "knowledge directory")
	if err := parse(fs, args); err != nil {
		return err
	}
	var b *bot.Bot
	if *dir != "" {
		// A KB directory: the terminal can administer it (/kb …), with the same store as
		// `boussole run`, and picks up edits made by hand sooner than a server would.
		cfg := DefaultConfig()
		cfg.Knowledge.Dir = *dir
		cfg.Knowledge.ReloadEvery = terminalReload
		var watch func(context.Context)
		var err error
		if b, watch, err = buildBot(cfg, slog.New(slog.DiscardHandler)); err != nil {
			return err
		}
		go watch(ctx)
	} else {
		kb, err := loadKB("")
		if err != nil {
			return err
		}
		b = bot.New(kb)
	}
	return console.Chat(ctx, b, stdin, stdout, isTerminal(stdin))
}

// isTerminal reports whether r is an interactive terminal (not a pipe, a file or
// /dev/null), which decides whether the chat greets and prompts.
func isTerminal(r io.Reader) bool {
	f, ok := r.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}
