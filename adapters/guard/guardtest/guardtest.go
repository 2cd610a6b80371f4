// SPDX-License-Identifier: AGPL-3.0-or-later

// Package guardtest gives adapter tests a guard.Core they can steer: the real bot on the
// shipped KB, with any of its entry points replaced (to make it slow, fail or panic).
package guardtest

import (
	"testing"
	"time"

	"github.com/boussole-libre/boussole/bot"
	"github.com/boussole-libre/boussole/knowledge"
	"github.com/boussole-libre/boussole/knowledge/kbtest"
)

// Core is a guard.Core: the embedded Bot answers, unless a hook is set.
type Core struct {
	*bot.Bot
	// OnAsk, OnRun, OnComplete and OnKB replace the bot's method when set; they may call
	// the embedded Bot.
	OnAsk      func(text string) (bot.Understanding, bot.Reply)
	OnRun      func(name string, c bot.Call) bot.Reply
	OnComplete func(kind bot.OptionKind, typed string, n int) []knowledge.Choice
	OnKB       func() *knowledge.KB
}

// New is the shipped bot with no hook set.
func New(t testing.TB) *Core {
	t.Helper()
	return &Core{Bot: bot.New(kbtest.Shipped(t))}
}

// Converse answers a message of a conversation (OnAsk, when set, answers instead).
func (c *Core) Converse(k bot.ConversationKey, text string) (bot.Understanding, bot.Reply) {
	if c.OnAsk != nil {
		return c.OnAsk(text)
	}
	return c.Bot.Converse(k, text)
}

// Run runs a command.
func (c *Core) Run(name string, call bot.Call) bot.Reply {
	if c.OnRun != nil {
		return c.OnRun(name, call)
	}
	return c.Bot.Run(name, call)
}

// Complete suggests option values.
func (c *Core) Complete(kind bot.OptionKind, typed string, n int) []knowledge.Choice {
	if c.OnComplete != nil {
		return c.OnComplete(kind, typed, n)
	}
	return c.Bot.Complete(kind, typed, n)
}

// KB is the knowledge base in use.
func (c *Core) KB() *knowledge.KB {
	if c.OnKB != nil {
		return c.OnKB()
	}
	return c.Bot.KB()
}

// PanicWhen makes every entry point of c panic with msg while on() is true, as a bug in
// the core would; otherwise the bot answers.
func (c *Core) PanicWhen(on func() bool, msg string) *Core {
	c.OnAsk = func(text string) (bot.Understanding, bot.Reply) {
		if on() {
			panic(msg)
		}
		return c.Bot.Ask(text)
	}
	c.OnRun = func(name string, call bot.Call) bot.Reply {
		if on() {
			panic(msg)
		}
		return c.Bot.Run(name, call)
	}
	c.OnComplete = func(kind bot.OptionKind, typed string, n int) []knowledge.Choice {
		if on() {
			panic(msg)
		}
		return c.Bot.Complete(kind, typed, n)
	}
	c.OnKB = func() *knowledge.KB {
		if on() {
			panic(msg)
		}
		return c.Bot.KB()
	}
	return c
}

// Eventually waits, polling, until cond holds, and fails the test with what it waited for
// when it does not within d: adapters change state on their own goroutines.
func Eventually(t testing.TB, d time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("after %s, still waiting for %s", d, what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}
