// SPDX-License-Identifier: AGPL-3.0-or-later

package matrix

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"maunium.net/go/mautrix/event"
	"maunium.net/go/mautrix/id"

	"github.com/boussole-libre/boussole/adapters/guard"
)

func TestStripMention(t *testing.T) {
	a := testAdapter(t, "http://127.0.0.1:1")
	a.displayName = "Boussole"
	me := a.cli.UserID
	tests := []struct {
		name      string
		content   event.MessageEventContent
		text      string
		mentioned bool
	}{
		{"m.mentions", event.MessageEventContent{Body: "alternative à Teams ?", Mentions: &event.Mentions{UserIDs: []id.UserID{me}}}, "alternative à Teams ?", true},
		{"someone else's mention", event.MessageEventContent{Body: "alice: ça va ?", Mentions: &event.Mentions{UserIDs: []id.UserID{"@alice:example.org"}}}, "alice: ça va ?", false},
		{"pill", event.MessageEventContent{Body: "boussole: !prestataires 35", Format: event.FormatHTML,
			FormattedBody: `<a href="https://matrix.to/#/%40boussole%3Aexample.org">boussole</a>: !prestataires 35`}, "!prestataires 35", true},
		{"display name first", event.MessageEventContent{Body: "Boussole, alternative à Doodle ?"}, "alternative à Doodle ?", true},
		{"display name inside", event.MessageEventContent{Body: "tu connais boussole ?"}, "tu connais boussole ?", true},
		{"user id first", event.MessageEventContent{Body: "@boussole:example.org !aide"}, "!aide", true},
		{"longer word", event.MessageEventContent{Body: "Boussolerie du lundi"}, "Boussolerie du lundi", false},
		{"nothing", event.MessageEventContent{Body: "alternative à Zoom ?"}, "alternative à Zoom ?", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, mentioned := a.stripMention(&tt.content)
			if text != tt.text || mentioned != tt.mentioned {
				t.Errorf("got %q %v, want %q %v", text, mentioned, tt.text, tt.mentioned)
			}
		})
	}
}

func TestInviteAllowed(t *testing.T) {
	tests := []struct {
		from    []string
		inviter id.UserID
		want    bool
	}{
		{nil, "@alice:example.org", true}, // default: the bot's own server
		{nil, "@mallory:evil.example", false},
		{[]string{"@alice:other.org"}, "@alice:other.org", true},
		{[]string{"@alice:other.org"}, "@bob:other.org", false},
		{[]string{"other.org"}, "@bob:other.org", true},
		{[]string{":Other.org"}, "@bob:other.org", true},
		{[]string{"other.org"}, "@alice:example.org", false},
		{[]string{"*"}, "@anyone:anywhere.net", true},
	}
	a := testAdapter(t, "http://127.0.0.1:1")
	for _, tt := range tests {
		a.cfg.InviteFrom = tt.from
		if got := a.inviteAllowed(tt.inviter); got != tt.want {
			t.Errorf("invite_from %v, inviter %s: %v, want %v", tt.from, tt.inviter, got, tt.want)
		}
	}
}

// A flood gets its answers up to the burst, then one polite notice, then silence; other
// people are not affected.
func TestRateLimitNotice(t *testing.T) {
	var mu sync.Mutex
	var sent []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var c event.MessageEventContent
		_ = json.NewDecoder(r.Body).Decode(&c)
		mu.Lock()
		sent = append(sent, c.Body)
		mu.Unlock()
		_, _ = io.WriteString(w, `{"event_id":"$answer"}`)
	}))
	defer srv.Close()
	a := testAdapter(t, srv.URL)
	a.cfg.RateLimit = RateLimit{Burst: 2, Every: time.Minute}.WithDefaults(DefaultBurst, DefaultEvery)
	a.limits = guard.NewLimits(a.cfg.RateLimit)
	a.pool = guard.NewPool(guard.PoolSize{Workers: 1, Queue: 16, NoticeWorkers: 1, NoticeQueue: 4}, &a.stats, a.log)
	a.pool.Start(context.Background())
	for i := range 4 {
		a.accept(context.Background(), question{id: id.EventID(fmt.Sprintf("$flood%d", i)), room: "!r:example.org",
			sender: "@flood:example.org", text: "alternative à Teams ?", how: direct})
	}
	a.accept(context.Background(), question{id: "$calm", room: "!r:example.org", sender: "@calm:example.org", text: "alternative à Teams ?", how: direct})
	a.pool.Close()
	if !a.pool.Wait(10 * time.Second) {
		t.Fatal("the answers did not finish")
	}
	mu.Lock()
	defer mu.Unlock()
	if len(sent) != 4 {
		t.Fatalf("%d messages sent, want 2 answers, 1 notice and the other person's answer: %q", len(sent), sent)
	}
	if !strings.Contains(sent[0], "Teams") || !strings.Contains(sent[1], "Teams") || !strings.Contains(sent[2], "Doucement") || !strings.Contains(sent[3], "Teams") {
		t.Fatalf("messages: %q", sent)
	}
	if st := a.Stats(); st.Limited != 2 {
		t.Errorf("Limited = %d, want 2 (the notice and the silent drop)", st.Limited)
	}
}

// In a listed room, small talk gets no answer at all.
func TestPassiveSmallTalkQuiet(t *testing.T) {
	a := testAdapter(t, "http://127.0.0.1:1")
	if _, send := a.respond(context.Background(), question{sender: "@a:example.org", text: "bonjour à tous", how: passive}); send {
		t.Fatal("small talk in a listed room was answered")
	}
}
