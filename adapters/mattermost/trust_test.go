// SPDX-License-Identifier: AGPL-3.0-or-later

package mattermost

import (
	"regexp"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/mattermost/mattermost/server/public/model"

	"github.com/boussole-libre/boussole/adapters/guard/guardtest"
	"github.com/boussole-libre/boussole/bot"
)

// TestPanicsNeverReachAPersonOrTheProcess makes every entry point of the core panic and
// goes through every path that runs it, the rate limit's notice first (it used to run the
// understanding outside any recover and kill the process): a panic escaping anywhere
// would crash this test binary. Each person gets an apology or the notice, and the bot
// answers normally once the core is fixed.
func TestPanicsNeverReachAPersonOrTheProcess(t *testing.T) {
	t.Parallel()
	var boom atomic.Bool
	f := newFake(t)
	admin := model.NewId()
	cfg := f.config()
	cfg.CommandTokens = []string{"tok-one-aaaaaaaaaaaaaaaaaaa"}
	cfg.Admins = []string{admin}
	cfg.RateLimit = RateLimit{Burst: 1, Every: time.Hour}
	r := f.start(t, cfg, func(a *Adapter) { a.core = guardtest.New(t).PanicWhen(boom.Load, "boom in the core") })
	c := f.nextConn(t, 5*time.Second)
	base := r.slashURL(t)
	boom.Store(true)

	user, ch := model.NewId(), model.NewId()
	for i, want := range []string{"Désolé", "Doucement"} {
		q := question(ch, "@boussole alternative à Krantz.io")
		q.UserId = user
		c.send(posted(q, model.ChannelTypeOpen, f.bot.Id))
		if p := f.nextPost(t); p.RootId != q.Id || !strings.Contains(p.Message, want) {
			t.Fatalf("mention %d: root %q message %q, want %q in the thread", i+1, p.RootId, p.Message, want)
		}
	}
	for _, cmd := range []struct{ user, path, command, text string }{
		{model.NewId(), "/commands/alternative", "/alternative", "produit:Krantz.io"},
		{admin, "/commands/kb", "/kb", "statut"},
	} {
		form := f.commandForm("tok-one-aaaaaaaaaaaaaaaaaaa", cmd.command, cmd.text)
		form.Set("user_id", cmd.user)
		res, err := slashPost(t, base+cmd.path, form)
		if err != nil {
			t.Fatal(err)
		}
		if resp := res.answer(t); resp.ResponseType != model.CommandResponseTypeEphemeral || !strings.Contains(resp.Text, "Désolé") {
			t.Errorf("%s %s: %q %q, want a private apology", cmd.command, cmd.text, resp.ResponseType, resp.Text)
		}
	}
	if p := r.a.Stats().Panics; p < 4 {
		t.Errorf("Stats().Panics = %d, want the 4 panics counted", p)
	}
	boom.Store(false)
	q := question(ch, "@boussole alternative à Google Drive ?")
	c.send(posted(q, model.ChannelTypeOpen, f.bot.Id))
	if p := f.nextPost(t); p.RootId != q.Id || !strings.Contains(p.Message, "Nextcloud") {
		t.Fatalf("after the panics: %q, want a normal answer", p.Message)
	}
}

// TestBurstOf2000Mentions sends 2,000 mentions from 2,000 people in one go: every one
// must be answered or told to wait (it used to drop 472 with only a log line).
func TestBurstOf2000Mentions(t *testing.T) {
	t.Parallel()
	const n = 2000
	f := newFake(t)
	r := f.start(t, f.config(), nil)
	c := f.nextConn(t, 5*time.Second)
	before := runtime.NumGoroutine()
	ch := model.NewId()
	asked := map[string]bool{}
	began := time.Now()
	go func() {
		for range n {
			c.send(posted(question(ch, "@boussole alternative à Google Drive ?"), model.ChannelTypeOpen, f.bot.Id))
		}
	}()
	replies := map[string]int{}
	answers, busy := 0, 0
	peak := before
	for range n {
		select {
		case p := <-f.postCh:
			replies[p.RootId]++
			asked[p.RootId] = true
			switch {
			case strings.Contains(p.Message, "Trop de demandes"):
				busy++
			case strings.Contains(p.Message, "Nextcloud"):
				answers++
			default:
				t.Errorf("unexpected reply %.200q", p.Message)
			}
		case <-time.After(60 * time.Second):
			t.Fatalf("only %d replies for %d mentions; stats %+v", answers+busy, n, r.a.Stats())
		}
		peak = max(peak, runtime.NumGoroutine())
	}
	f.noPost(t, 200*time.Millisecond)
	for root, k := range replies {
		if k != 1 {
			t.Errorf("question %s got %d replies", root, k)
		}
	}
	st := r.a.Stats()
	t.Logf("burst of %d mentions, all replied in %v: %d answers, %d told to wait; goroutines %d before, %d at peak; stats %+v",
		n, time.Since(began).Round(time.Millisecond), answers, busy, before, peak, st)
	if len(asked) != n || st.Lost != 0 || st.Queued+st.Busy != n {
		t.Errorf("%d questions replied, stats %+v: want all %d queued or told to wait", len(asked), st, n)
	}
}

// TestSustained429IsGivenUpAndCounted: the server refuses posts with 429. A post is tried
// a few times, then given up, logged and counted; the next question is answered again.
func TestSustained429IsGivenUpAndCounted(t *testing.T) {
	t.Parallel()
	f := newFake(t)
	r := f.start(t, f.config(), func(a *Adapter) { a.retryWait = 5 * time.Millisecond })
	c := f.nextConn(t, 5*time.Second)
	f.refusePosts.Store(1 << 40)
	q := question(model.NewId(), "@boussole alternative à Google Drive ?")
	c.send(posted(q, model.ChannelTypeOpen, f.bot.Id))
	deadline := time.Now().Add(5 * time.Second)
	for r.a.Stats().SendFailed == 0 {
		if time.Now().After(deadline) {
			t.Fatalf("no failed post counted; stats %+v", r.a.Stats())
		}
		time.Sleep(10 * time.Millisecond)
	}
	f.mu.Lock()
	tries := f.refused
	f.mu.Unlock()
	if tries != 1+sendRetries {
		t.Errorf("%d attempts, want 1 + %d retries", tries, sendRetries)
	}
	if !strings.Contains(r.logs.String(), "could not post the answer; given up") {
		t.Errorf("the given-up post is not logged:\n%s", r.logs.String())
	}
	f.refusePosts.Store(0)
	q2 := question(q.ChannelId, "@boussole alternative à Google Drive ?")
	c.send(posted(q2, model.ChannelTypeOpen, f.bot.Id))
	if p := f.nextPost(t); p.RootId != q2.Id {
		t.Fatalf("after the 429s: answer to %q, want %q", p.RootId, q2.Id)
	}
}

// liveLink finds what Mattermost would make clickable: a URL or "www." not made inert,
// a domain with a path, or a markdown link no backslash escapes.
var liveLink = regexp.MustCompile(`(?i)https?://|www\.|[a-z0-9]\.[a-z]{2,}/|(^|[^\\])\[[^\]]*\]\(`)

// TestUserTextIsInert echoes people's links, masked links, mentions and markdown through
// a heading, an error and an admin list, and checks that nothing of it is live.
func TestUserTextIsInert(t *testing.T) {
	t.Parallel()
	const evil = "Zorglub(https://evil.example/login) [a](https://evil.example/b) www.evil.example evil.com/x @channel salut@all **gras**"
	f := newFake(t)
	admin := model.NewId()
	_, base := startSlash(t, f, func(c *Config) { c.Admins = []string{admin} }, func(a *Adapter) {
		c := guardtest.New(t)
		c.OnRun = func(name string, call bot.Call) bot.Reply {
			if name == "kb" { // the shape of /kb manques and /kb suggestions: people's text in a list
				return bot.Reply{Lang: call.Lang, Title: "Questions sans réponse", Text: "3× « " + evil + " » — produit inconnu\n2× « " + evil + " »", Ephemeral: true}
			}
			return c.Bot.Run(name, call)
		}
		a.core = c
	})
	for _, c := range []struct{ user, path, text string }{
		{model.NewId(), "/commands/alternative", "produit:" + evil},
		{model.NewId(), "/commands/outil", "nom:" + evil},
		{model.NewId(), "/commands/prestataires", "région:" + evil},
		{admin, "/commands/kb", "manques"},
	} {
		form := f.commandForm("tok-one-aaaaaaaaaaaaaaaaaaa", "/x", c.text)
		form.Set("user_id", c.user)
		res, err := slashPost(t, base+c.path, form)
		if err != nil {
			t.Fatal(err)
		}
		text := res.answer(t).Text
		if m := liveLink.FindString(text); m != "" {
			t.Errorf("%s: live link %q in:\n%s", c.path, m, text)
		}
		if m := liveMention.FindString(text); m != "" {
			t.Errorf("%s: live mention %q in:\n%s", c.path, m, text)
		}
		if !strings.Contains(text, "evil") {
			t.Errorf("%s: the echoed text is gone, the test proves nothing:\n%s", c.path, text)
		}
	}
}

// TestSlashCommandsAreBounded: past the slash commands being answered at once, the next
// person is told at once that the bot is too busy, never left waiting.
func TestSlashCommandsAreBounded(t *testing.T) {
	t.Parallel()
	f := newFake(t)
	release := make(chan struct{})
	defer close(release)
	_, base := startSlash(t, f, func(c *Config) { c.SlowAfter = 20 * time.Millisecond }, func(a *Adapter) {
		a.slash = make(chan struct{}, 1)
		c := guardtest.New(t)
		c.OnRun = func(name string, call bot.Call) bot.Reply { <-release; return c.Bot.Run(name, call) }
		a.core = c
	})
	first, err := slashPost(t, base+"/commands/aide", f.commandForm("tok-one-aaaaaaaaaaaaaaaaaaa", "/aide", ""))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(first.answer(t).Text, "Je cherche") {
		t.Fatalf("first command: %s, want the acknowledgement", first.body)
	}
	second, err := slashPost(t, base+"/commands/aide", f.commandForm("tok-one-aaaaaaaaaaaaaaaaaaa", "/aide", ""))
	if err != nil {
		t.Fatal(err)
	}
	if resp := second.answer(t); resp.ResponseType != model.CommandResponseTypeEphemeral || !strings.Contains(resp.Text, "Trop de demandes") {
		t.Errorf("second command while the first runs: %q %q, want the busy notice", resp.ResponseType, resp.Text)
	}
}
