// SPDX-License-Identifier: AGPL-3.0-or-later

package mattermost

import (
	"context"
	"io"
	"log/slog"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/mattermost/mattermost/server/public/model"

	"github.com/boussole-libre/boussole/adapters/guard/guardtest"
	"github.com/boussole-libre/boussole/bot"
)

// liveMention finds an "@" that Mattermost would read as a mention: directly followed by
// a username character.
var liveMention = regexp.MustCompile(`@[A-Za-z0-9._-]`)

func TestMentionGetsThreadedAnswer(t *testing.T) {
	t.Parallel()
	f, c := startedFake(t)

	q := question(model.NewId(), "@boussole alternative à Google Drive ?")
	c.send(posted(q, model.ChannelTypeOpen, f.bot.Id))
	p := f.nextPost(t)
	if p.RootId != q.Id {
		t.Errorf("answer RootId = %q, want the question's id %q (a threaded answer)", p.RootId, q.Id)
	}
	if p.ChannelId != q.ChannelId {
		t.Errorf("answer in channel %q, want %q", p.ChannelId, q.ChannelId)
	}
	if !strings.Contains(p.Message, "Nextcloud") || !strings.Contains(p.Message, "](https://nextcloud.com)") {
		t.Errorf("answer does not link the alternatives:\n%s", p.Message)
	}

	// A question inside an existing thread is answered in that thread.
	q2 := question(q.ChannelId, "@boussole et pour Trello ?")
	q2.RootId = model.NewId()
	c.send(posted(q2, model.ChannelTypePrivate, f.bot.Id))
	if p := f.nextPost(t); p.RootId != q2.RootId {
		t.Errorf("answer in a thread: RootId = %q, want the thread root %q", p.RootId, q2.RootId)
	}
}

func TestDirectMessageGetsAnswer(t *testing.T) {
	t.Parallel()
	f, c := startedFake(t)

	q := question(model.NewId(), "qui peut héberger Nextcloud à Rennes ?") // no mention in a DM
	c.send(posted(q, model.ChannelTypeDirect))
	p := f.nextPost(t)
	if p.ChannelId != q.ChannelId {
		t.Fatalf("DM answered in channel %q, want %q", p.ChannelId, q.ChannelId)
	}
	if p.RootId != "" {
		t.Errorf("DM answer RootId = %q, want a plain reply in the conversation", p.RootId)
	}
	if !strings.Contains(p.Message, "| ") || !strings.Contains(p.Message, "Rennes") {
		t.Errorf("DM answer has no providers table:\n%s", p.Message)
	}
}

func TestIgnoresOwnBotSystemAndUnaddressedPosts(t *testing.T) {
	t.Parallel()
	f, c := startedFake(t)
	ch := model.NewId()

	own := question(ch, "@boussole alternative à Google Drive ?")
	own.UserId = f.bot.Id
	c.send(posted(own, model.ChannelTypeOpen, f.bot.Id))

	other := question(ch, "@boussole alternative à Google Drive ?")
	other.AddProp(model.PostPropsFromBot, "true")
	c.send(posted(other, model.ChannelTypeOpen, f.bot.Id))

	hook := question(ch, "@boussole alternative à Google Drive ?")
	hook.AddProp(model.PostPropsFromWebhook, "true")
	c.send(posted(hook, model.ChannelTypeDirect))

	system := question(ch, "@boussole joined the channel")
	system.Type = model.PostTypeJoinChannel
	c.send(posted(system, model.ChannelTypeOpen, f.bot.Id))

	unaddressed := question(ch, "quelqu'un connaît une alternative à Google Drive ?")
	c.send(posted(unaddressed, model.ChannelTypeOpen))

	// Events are filtered in order: once the sentinel is answered, the others were seen.
	sentinel := question(ch, "@boussole alternative à Trello ?")
	c.send(posted(sentinel, model.ChannelTypeOpen, f.bot.Id))
	if p := f.nextPost(t); p.RootId != sentinel.Id {
		t.Fatalf("first post answers %q, want only the sentinel %q (own, bot, webhook, system or unaddressed post answered)", p.RootId, sentinel.Id)
	}
	f.noPost(t, 200*time.Millisecond)
}

func TestBadTokenFailsAtStart(t *testing.T) {
	t.Parallel()
	f := newFake(t)
	cfg := f.config()
	cfg.Token = "wrong-token"
	a, err := New(cfg, newBot(t), slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	err = a.Run(ctx)
	if err == nil || !strings.Contains(err.Error(), "refused the bot token") || !strings.Contains(err.Error(), EnvToken) {
		t.Fatalf("Run with a bad token = %v, want a clear error naming %s", err, EnvToken)
	}
	if ctx.Err() != nil {
		t.Error("Run waited for the context instead of failing at once")
	}
	if strings.Contains(err.Error(), "wrong-token") {
		t.Error("the error shows the token")
	}
}

func TestBadURLFailsAtStart(t *testing.T) {
	t.Parallel()
	f := newFake(t)
	for name, url := range map[string]string{
		"not Mattermost": f.srv.URL + "/elsewhere",
		"unreachable":    "http://127.0.0.1:1",
	} {
		t.Run(name, func(t *testing.T) {
			cfg := f.config()
			cfg.URL = url
			a, err := New(cfg, newBot(t), slog.New(slog.NewTextHandler(io.Discard, nil)))
			if err != nil {
				t.Fatal(err)
			}
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			err = a.Run(ctx)
			if err == nil || !strings.Contains(err.Error(), "mattermost.url") {
				t.Fatalf("Run = %v, want an error pointing at mattermost.url", err)
			}
		})
	}
}

func TestConfigErrors(t *testing.T) {
	t.Parallel()
	b := newBot(t)
	for name, cfg := range map[string]Config{
		"no url":        {Token: "x"},
		"api url":       {URL: "https://chat.example.org/api/v4", Token: "x"},
		"no token":      {URL: "https://chat.example.org"},
		"register bare": {URL: "https://chat.example.org", Token: "x", RegisterCommands: true},
	} {
		if _, err := New(cfg, b, nil); err == nil {
			t.Errorf("%s: New accepted %+v", name, cfg)
		}
	}
}

func TestReconnectsAfterDrop(t *testing.T) {
	t.Parallel()
	f := newFake(t)
	var a *Adapter
	f.start(t, f.config(), func(ad *Adapter) { a = ad })
	c1 := f.nextConn(t, 5*time.Second)
	guardtest.Eventually(t, 5*time.Second, "the first connection to be ready", func() bool { return a.Ready() == nil })
	c1.drop()
	c2 := f.nextConn(t, 5*time.Second)

	q := question(model.NewId(), "@boussole alternative à Google Drive ?")
	c2.send(posted(q, model.ChannelTypeOpen, f.bot.Id))
	if p := f.nextPost(t); p.RootId != q.Id {
		t.Fatalf("after reconnecting, answer RootId = %q, want %q", p.RootId, q.Id)
	}
	if err := a.Ready(); err != nil || a.Reconnects() != 1 {
		t.Errorf("after the reconnect: Ready() = %v, %d reconnects, want nil and 1", err, a.Reconnects())
	}
}

func TestNotReadyWhileTheServerIsDown(t *testing.T) {
	t.Parallel()
	b := newBot(t)
	a, err := New(Config{Enabled: true, URL: "http://127.0.0.1:1", Token: "x"}, b, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := a.Ready(); err == nil {
		t.Error("Ready() = nil before any connection")
	}
}

func TestSilencePastPingTimeoutReconnects(t *testing.T) {
	t.Parallel()
	f := newFake(t)
	cfg := f.config()
	cfg.PingTimeout = 300 * time.Millisecond
	f.start(t, cfg, nil)
	c1 := f.nextConn(t, 5*time.Second)

	// Pings every 50 ms keep the connection: no reconnect for several timeouts.
	select {
	case <-f.conns:
		t.Fatal("reconnected although the server kept pinging")
	case <-time.After(4 * cfg.PingTimeout):
	}

	c1.quiet.Store(true) // the server (or the network) goes silent
	c2 := f.nextConn(t, 5*time.Second)
	select {
	case <-c1.closed:
	case <-time.After(2 * time.Second):
		t.Error("the silent connection was not closed by the client")
	}
	q := question(model.NewId(), "@boussole alternative à Google Drive ?")
	c2.send(posted(q, model.ChannelTypeOpen, f.bot.Id))
	if p := f.nextPost(t); p.RootId != q.Id {
		t.Fatalf("after the ping timeout, answer RootId = %q, want %q", p.RootId, q.Id)
	}
}

func TestEchoedMentionsAreNeutralised(t *testing.T) {
	t.Parallel()
	f, c := startedFake(t)

	for _, msg := range []string{
		"@boussole alternative à Zorglub«@channel» ?",
		"@boussole alternative à x@all ?",
		"@boussole alternative à Fooz.@here ?",
		"@boussole alternative à Zorglub@alice ?",
	} {
		q := question(model.NewId(), msg)
		c.send(posted(q, model.ChannelTypeOpen, f.bot.Id))
		p := f.nextPost(t)
		if m := liveMention.FindString(p.Message); m != "" {
			t.Errorf("question %q: the answer contains a live mention %q:\n%s", msg, m, p.Message)
		}
		if !strings.Contains(p.Message, "@"+wordJoiner) {
			t.Errorf("question %q: the echoed name is missing from the answer:\n%s", msg, p.Message)
		}
	}
}

func TestDuplicateEventsAnsweredOnce(t *testing.T) {
	t.Parallel()
	f, c := startedFake(t)

	q := question(model.NewId(), "@boussole alternative à Google Drive ?")
	c.send(posted(q, model.ChannelTypeOpen, f.bot.Id))
	c.send(posted(q, model.ChannelTypeOpen, f.bot.Id)) // a replay after a resume
	sentinel := question(q.ChannelId, "@boussole alternative à Trello ?")
	c.send(posted(sentinel, model.ChannelTypeOpen, f.bot.Id))

	got := map[string]int{}
	for range 2 {
		got[f.nextPost(t).RootId]++
	}
	f.noPost(t, 200*time.Millisecond)
	if got[q.Id] != 1 || got[sentinel.Id] != 1 {
		t.Fatalf("answers per question = %v, want one each", got)
	}
}

func TestFloodIsLimited(t *testing.T) {
	t.Parallel()
	f := newFake(t)
	cfg := f.config()
	cfg.RateLimit = RateLimit{Burst: 2, Every: time.Hour}
	f.start(t, cfg, nil)
	c := f.nextConn(t, 5*time.Second)

	user := model.NewId()
	ch := model.NewId()
	for range 6 {
		q := question(ch, "@boussole alternative à Google Drive ?")
		q.UserId = user
		c.send(posted(q, model.ChannelTypeOpen, f.bot.Id))
	}
	other := question(ch, "@boussole alternative à Trello ?")
	c.send(posted(other, model.ChannelTypeOpen, f.bot.Id))

	answers, notices, others := 0, 0, 0
	for range 4 {
		p := f.nextPost(t)
		switch {
		case p.RootId == other.Id:
			others++
		case strings.Contains(p.Message, "Doucement"):
			notices++
		default:
			answers++
		}
	}
	f.noPost(t, 200*time.Millisecond)
	if answers != 2 || notices != 1 || others != 1 {
		t.Fatalf("flood of 6: %d answers, %d notices, %d for another user; want 2, 1 and 1", answers, notices, others)
	}
}

func TestPanicGetsShortErrorReply(t *testing.T) {
	t.Parallel()
	f := newFake(t)
	r := f.start(t, f.config(), func(a *Adapter) {
		c := guardtest.New(t)
		c.OnAsk = func(s string) (bot.Understanding, bot.Reply) {
			if strings.Contains(s, "boum") {
				panic("boum")
			}
			return c.Bot.Ask(s)
		}
		a.core = c
	})
	c := f.nextConn(t, 5*time.Second)
	q := question(model.NewId(), "@boussole boum")
	c.send(posted(q, model.ChannelTypeOpen, f.bot.Id))
	if p := f.nextPost(t); p.RootId != q.Id || !strings.Contains(p.Message, "Désolé") {
		t.Fatalf("after a panic: root %q message %q, want a short apology in the thread", p.RootId, p.Message)
	}
	// The adapter still works.
	q2 := question(q.ChannelId, "@boussole alternative à Google Drive ?")
	c.send(posted(q2, model.ChannelTypeOpen, f.bot.Id))
	if p := f.nextPost(t); p.RootId != q2.Id {
		t.Fatalf("after a panic, next answer RootId = %q, want %q", p.RootId, q2.Id)
	}
	if !strings.Contains(r.logs.String(), "handler panic") {
		t.Error("the panic was not logged")
	}
}

func TestAnswerFitsMaxPostSize(t *testing.T) {
	t.Parallel()
	f := newFake(t)
	f.maxPostSize = 700 // the fake refuses longer posts, as the server does
	f.start(t, f.config(), nil)
	c := f.nextConn(t, 5*time.Second)
	q := question(model.NewId(), "@boussole qui peut héberger Nextcloud à Rennes ?")
	c.send(posted(q, model.ChannelTypeOpen, f.bot.Id))
	p := f.nextPost(t)
	if n := len([]rune(p.Message)); n > 700 {
		t.Fatalf("post of %d runes, limit 700", n)
	}
	if !strings.Contains(p.Message, "de plus") {
		t.Errorf("truncated answer does not say how many more:\n%s", p.Message)
	}
}

func TestGracefulShutdown(t *testing.T) {
	t.Parallel()
	f := newFake(t)
	cfg := f.config()
	cfg.CommandTokens = []string{"cmd-token"}
	r := f.start(t, cfg, nil)
	c := f.nextConn(t, 5*time.Second)
	base := r.slashURL(t)

	start := time.Now()
	if err := r.stop(); err != nil {
		t.Fatalf("Run returned %v on cancellation, want nil", err)
	}
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("shutdown took %s", d)
	}
	select {
	case <-c.closed:
	case <-time.After(2 * time.Second):
		t.Error("the WebSocket was not closed at shutdown")
	}
	_, err := slashPost(t, base+"/commands/aide", f.commandForm("cmd-token", "/aide", ""))
	if err == nil {
		t.Error("the slash endpoint still answers after shutdown")
	}
	select {
	case <-f.conns:
		t.Error("reconnected after shutdown")
	case <-time.After(100 * time.Millisecond):
	}
}

// TestReconnectStormWithFastPings closes connections while the server pings every
// millisecond: the model client panics if its ping handler writes after Close, so this
// checks the adapter's guard around it (a panic would crash the test binary).
func TestReconnectStormWithFastPings(t *testing.T) {
	t.Parallel()
	f := newFake(t)
	f.pingEvery.Store(int64(time.Millisecond))
	cfg := f.config()
	cfg.PingTimeout = 40 * time.Millisecond
	cfg.ReconnectMin, cfg.ReconnectMax = time.Millisecond, 5*time.Millisecond
	r := f.start(t, cfg, nil)
	for i := range 12 {
		c := f.nextConn(t, 5*time.Second)
		switch i % 3 {
		case 0:
			c.drop() // server side
		case 1:
			c.quiet.Store(true) // client side, on ping timeout
		default:
			c.ws.Close()
		}
	}
	c := f.nextConn(t, 5*time.Second)
	q := question(model.NewId(), "@boussole alternative à Google Drive ?")
	c.send(posted(q, model.ChannelTypeOpen, f.bot.Id))
	if p := f.nextPost(t); p.RootId != q.Id {
		t.Fatalf("after the storm, answer RootId = %q, want %q", p.RootId, q.Id)
	}
	if err := r.stop(); err != nil {
		t.Fatal(err)
	}
}

func TestRevokedTokenIsReported(t *testing.T) {
	t.Parallel()
	f := newFake(t)
	r := f.start(t, f.config(), nil)
	c := f.nextConn(t, 5*time.Second)
	f.revoked.Store(true) // an admin revokes the token, then the server restarts
	c.drop()
	deadline := time.Now().Add(5 * time.Second)
	for !strings.Contains(r.logs.String(), "refuses the bot token") {
		if time.Now().After(deadline) {
			t.Fatalf("a revoked token is not reported:\n%s", r.logs.String())
		}
		time.Sleep(10 * time.Millisecond)
	}
	f.revoked.Store(false) // fixed: it connects again
	f.nextConn(t, 5*time.Second)
}

func TestNotifySendsADirectMessage(t *testing.T) {
	t.Parallel()
	f := newFake(t)
	var a *Adapter
	f.start(t, f.config(), func(ad *Adapter) { a = ad })
	f.nextConn(t, 5*time.Second)
	admin := model.NewId()
	r := bot.Reply{Title: "Vérification terminée", Text: "2 erreurs @channel", Lang: bot.French}
	if err := a.Notify(context.Background(), admin, r); err != nil {
		t.Fatalf("Notify: %v", err)
	}
	p := f.nextPost(t)
	if want := f.direct(f.bot.Id, admin); want == "" || p.ChannelId != want || p.RootId != "" {
		t.Errorf("posted in %q (root %q), want the direct channel %q", p.ChannelId, p.RootId, want)
	}
	if !strings.Contains(p.Message, "Vérification terminée") || strings.Contains(p.Message, "@channel") {
		t.Errorf("message = %q: want the title, and @channel neutralised", p.Message)
	}
	if err := a.Notify(context.Background(), "not-an-id", r); err == nil || !strings.Contains(err.Error(), "not-an-id") {
		t.Errorf("a bad user id: err = %v, want one naming it", err)
	}
}
