// SPDX-License-Identifier: AGPL-3.0-or-later

package discord

import (
	"fmt"
	"regexp"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/boussole-libre/boussole/adapters/guard/guardtest"
	"github.com/boussole-libre/boussole/bot"
)

// TestPanicsNeverReachAPersonOrTheProcess makes every entry point of the core panic and
// goes through every path that runs it: a mention, the rate limit's notice, a slash
// command, an admin command, autocomplete and a page button. A panic escaping anywhere
// would crash this test binary; each person must get an apology (or empty choices), and
// the bot must answer normally once the core is fixed.
func TestPanicsNeverReachAPersonOrTheProcess(t *testing.T) {
	t.Parallel()
	var boom atomic.Bool
	h := start(t,
		withConfig(func(c *Config) { c.Admins = []string{"admin-id"}; c.RateLimit = RateLimit{Burst: 1, Every: time.Hour} }),
		withAdapter(func(a *Adapter) { a.core = guardtest.New(t).PanicWhen(boom.Load, "boom in the core") }))
	boom.Store(true)

	h.f.dispatch(t, "MESSAGE_CREATE", message("pm1", "c1", "g1", "u1", "<@100> alternative à Google Drive ?", "100"))
	if s := h.waitReply(t, "c1", "pm1"); !strings.Contains(s.Content, "Désolé") {
		t.Errorf("mention: %+v, want an apology", s)
	}
	// Rate-limited: the notice path must not touch the (panicking) core.
	h.f.dispatch(t, "MESSAGE_CREATE", message("pm2", "c1", "g1", "u1", "<@100> alternative à Krantz.io", "100"))
	if s := h.waitReply(t, "c1", "pm2"); !strings.Contains(s.Content, "Doucement") {
		t.Errorf("rate-limited mention: %+v, want the slow-down notice", s)
	}
	h.f.dispatch(t, "INTERACTION_CREATE", newInteraction("pi1", "u2", "fr", 2, command("alternative", opt("produit", "Krantz.io"))))
	h.f.dispatch(t, "INTERACTION_CREATE", newInteraction("pi2", "admin-id", "fr", 2, map[string]any{"id": "cmd-kb", "name": "kb", "type": 1,
		"options": []map[string]any{{"name": "statut", "type": 1, "options": []map[string]any{}}}}))
	h.f.dispatch(t, "INTERACTION_CREATE", newInteraction("pi3", "u3", "fr", 4, command("outil", focused("nom", "nex"))))
	h.f.dispatch(t, "INTERACTION_CREATE", newInteraction("pi4", "u4", "fr", 3, map[string]any{"custom_id": "pg|u4|2|35||", "component_type": 2}))
	for _, id := range []string{"pi1", "pi2", "pi4"} {
		if cb := h.waitCallback(t, id); cb.Type != 4 || cb.Data.Flags&64 == 0 || !strings.Contains(cb.Data.Content, "Désolé") {
			t.Errorf("%s: %+v, want a private apology", id, cb)
		}
	}
	if cb := h.waitCallback(t, "pi3"); cb.Type != 8 || len(cb.Data.Choices) != 0 {
		t.Errorf("autocomplete: %+v, want an empty choice list", cb)
	}
	if p := h.a.Stats().Panics; p < 5 {
		t.Errorf("Stats().Panics = %d, want the 5 panics counted", p)
	}

	boom.Store(false)
	h.f.dispatch(t, "MESSAGE_CREATE", message("pm3", "c1", "g1", "u5", "<@100> alternative à Google Drive ?", "100"))
	if s := h.waitReply(t, "c1", "pm3"); len(s.Embeds) != 1 || !strings.Contains(embedText(s.Embeds[0]), "Nextcloud") {
		t.Errorf("after the panics: %+v, want a normal answer", s)
	}
}

// TestBurstOf2000Mentions sends 2,000 mentions from 2,000 people as fast as the gateway
// carries them: every one must be answered or told to wait, with a bounded number of
// goroutines.
func TestBurstOf2000Mentions(t *testing.T) {
	t.Parallel()
	const n = 2000
	h := start(t)
	base := runtime.NumGoroutine()
	var peak atomic.Int64
	stop := make(chan struct{})
	go func() {
		for {
			peak.Store(max(peak.Load(), int64(runtime.NumGoroutine())))
			select {
			case <-stop:
				return
			case <-time.After(2 * time.Millisecond):
			}
		}
	}()
	began := time.Now()
	for i := range n {
		h.f.dispatch(t, "MESSAGE_CREATE", message(fmt.Sprintf("b%d", i), "cb", "g1", fmt.Sprintf("ub%d", i), "<@100> alternative à Google Drive ?", "100"))
	}
	dispatched := time.Since(began)
	h.f.waitFor(t, "a reply to every mention", 120*time.Second, func() bool {
		c := 0
		for _, r := range h.f.recs {
			if r.Method == "POST" && r.Path == "/channels/cb/messages" && r.Status == 200 {
				c++
			}
		}
		return c >= n
	})
	close(stop)
	answers, busy := 0, 0
	seen := map[string]int{}
	for _, r := range h.f.calls("POST", "/channels/cb/messages") {
		s := decode[sent](t, r.Body)
		seen[s.Reference.MessageID]++
		switch {
		case len(s.Embeds) == 1:
			answers++
		case strings.Contains(s.Content, "Trop de demandes"):
			busy++
		default:
			t.Errorf("unexpected reply %+v", s)
		}
	}
	for i := range n {
		if id := fmt.Sprintf("b%d", i); seen[id] != 1 {
			t.Fatalf("mention %s got %d replies, want exactly one", id, seen[id])
		}
	}
	st := h.a.Stats()
	t.Logf("burst of %d mentions sent in %v, all replied in %v: %d answers, %d told to wait; goroutines %d before, %d at peak; stats %+v",
		n, dispatched.Round(time.Millisecond), time.Since(began).Round(time.Millisecond), answers, busy, base, peak.Load(), st)
	if st.Lost != 0 || st.Queued+st.Busy != n {
		t.Errorf("stats %+v: want every mention queued or told to wait, none lost", st)
	}
	if p := peak.Load() - int64(base); p > 200 {
		t.Errorf("goroutines grew by %d during the burst; the queue should bound them", p)
	}
}

// TestSustained429IsGivenUpAndCounted: Discord answers 429 for ever on one channel. The
// reply is given up after the send timeout, logged and counted, and other channels are
// still answered.
func TestSustained429IsGivenUpAndCounted(t *testing.T) {
	t.Parallel()
	h := start(t, withAdapter(func(a *Adapter) { a.sendTimeout = 400 * time.Millisecond }))
	h.f.rateLimit("/channels/c429/messages", 1<<30, 0.05)
	h.f.dispatch(t, "MESSAGE_CREATE", message("r429", "c429", "g1", "u1", "<@100> alternative à Google Drive ?", "100"))
	deadline := time.Now().Add(5 * time.Second)
	for h.a.Stats().SendFailed == 0 {
		if time.Now().After(deadline) {
			t.Fatalf("no failed send counted; stats %+v", h.a.Stats())
		}
		time.Sleep(20 * time.Millisecond)
	}
	if !strings.Contains(h.logs.String(), "could not send an answer; given up") {
		t.Errorf("the given-up reply is not logged:\n%s", h.logs.String())
	}
	time.Sleep(100 * time.Millisecond) // a request already on the wire when the adapter gave up may still land
	tries := len(h.f.calls("POST", "/channels/c429/messages"))
	time.Sleep(300 * time.Millisecond)
	if again := len(h.f.calls("POST", "/channels/c429/messages")); again != tries {
		t.Errorf("still retrying after giving up: %d then %d attempts", tries, again)
	}
	h.f.dispatch(t, "MESSAGE_CREATE", message("ok1", "c1", "g1", "u2", "<@100> alternative à Google Drive ?", "100"))
	h.waitReply(t, "c1", "ok1")
}

// liveLink finds what Discord would make clickable or a mention in an embed: a URL, a
// masked link or a mention syntax that no backslash escapes.
var liveLink = regexp.MustCompile(`https?://|(^|[^\\])\[[^\]]*\]\(|(^|[^\\])<[@#]|@(everyone|here)`)

// TestUserTextIsInert echoes people's links, masked links, mentions and markdown through
// every kind of reply text (a heading, an error, an admin list) and checks that nothing of
// it is live in the embed.
func TestUserTextIsInert(t *testing.T) {
	t.Parallel()
	const evil = "Zorglub(https://evil.example/login) [a](https://evil.example/b) @everyone salut@here <@&777> **gras**"
	h := start(t, withConfig(func(c *Config) { c.Admins = []string{"admin-id"} }), withAdapter(func(a *Adapter) {
		c := guardtest.New(t)
		c.OnRun = func(name string, call bot.Call) bot.Reply {
			if name == "kb" { // the shape of /kb manques and /kb suggestions: people's text in a list
				return bot.Reply{Lang: call.Lang, Title: "Questions sans réponse", Text: "3× « " + evil + " » — produit inconnu\n2× « " + evil + " »", Ephemeral: true}
			}
			return c.Bot.Run(name, call)
		}
		a.core = c
	}))
	h.f.dispatch(t, "INTERACTION_CREATE", newInteraction("li1", "u1", "fr", 2, command("alternative", opt("produit", evil))))
	h.f.dispatch(t, "INTERACTION_CREATE", newInteraction("li2", "u1", "fr", 2, command("prestataires", opt("région", evil))))
	h.f.dispatch(t, "INTERACTION_CREATE", newInteraction("li3", "admin-id", "fr", 2, map[string]any{"id": "cmd-kb", "name": "kb", "type": 1,
		"options": []map[string]any{{"name": "manques", "type": 1, "options": []map[string]any{}}}}))
	for _, id := range []string{"li1", "li2", "li3"} {
		cb := h.waitCallback(t, id)
		assertNoPing(t, cb.Data.sent)
		text := cb.Data.Content
		for _, e := range cb.Data.Embeds {
			text += embedText(e)
		}
		if m := liveLink.FindString(text); m != "" {
			t.Errorf("%s: live %q in:\n%s", id, m, text)
		}
		if !strings.Contains(text, "evil") {
			t.Errorf("%s: the echoed text is gone, the test proves nothing:\n%s", id, text)
		}
	}
}
