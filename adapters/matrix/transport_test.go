// SPDX-License-Identifier: AGPL-3.0-or-later

package matrix

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"maunium.net/go/mautrix/event"
	"maunium.net/go/mautrix/id"
)

// A send refused with M_LIMIT_EXCEEDED is sent again after retry_after_ms, with the same
// body and transaction id, and succeeds once.
func TestSendHonoursRetryAfter(t *testing.T) {
	var calls atomic.Int32
	var bodies []string
	var paths []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		bodies, paths = append(bodies, string(b)), append(paths, r.URL.Path)
		w.Header().Set("Content-Type", "application/json")
		if calls.Add(1) == 1 {
			w.WriteHeader(http.StatusTooManyRequests)
			_, _ = io.WriteString(w, `{"errcode":"M_LIMIT_EXCEEDED","error":"Too many requests","retry_after_ms":300}`)
			return
		}
		_, _ = io.WriteString(w, `{"event_id":"$answer"}`)
	}))
	defer srv.Close()
	a := testAdapter(t, srv.URL)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	start := time.Now()
	content := &event.MessageEventContent{MsgType: event.MsgNotice, Body: "réponse", Mentions: &event.Mentions{}}
	if err := a.send(ctx, "!room:example.org", content, txnID("$q")); err != nil {
		t.Fatalf("send: %v", err)
	}
	if n := calls.Load(); n != 2 {
		t.Fatalf("%d requests, want 2", n)
	}
	if waited := time.Since(start); waited < 300*time.Millisecond {
		t.Errorf("retried after %s, before retry_after_ms (300 ms)", waited)
	}
	if bodies[0] != bodies[1] || paths[0] != paths[1] || !strings.Contains(paths[0], txnID("$q")) {
		t.Errorf("the retry differs: %q %q / %q %q", paths[0], paths[1], bodies[0], bodies[1])
	}
}

// A refusal that is not a rate limit is final: one request, an error.
func TestSendForbiddenIsFinal(t *testing.T) {
	var calls atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		calls.Add(1)
		w.WriteHeader(http.StatusForbidden)
		_, _ = io.WriteString(w, `{"errcode":"M_FORBIDDEN","error":"not in room"}`)
	}))
	defer srv.Close()
	a := testAdapter(t, srv.URL)
	err := a.send(context.Background(), "!room:example.org", &event.MessageEventContent{Body: "x"}, "t1")
	if err == nil || calls.Load() != 1 {
		t.Fatalf("err %v after %d requests, want an error after 1", err, calls.Load())
	}
}

// A bad token fails at start with a message naming the variable, never the token.
func TestBadTokenFailsAtStart(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusUnauthorized)
		_, _ = io.WriteString(w, `{"errcode":"M_UNKNOWN_TOKEN","error":"Unknown token"}`)
	}))
	defer srv.Close()
	a := testAdapter(t, srv.URL)
	err := a.Run(context.Background())
	if err == nil || !strings.Contains(err.Error(), "refused the access token") || !strings.Contains(err.Error(), EnvToken) {
		t.Fatalf("Run: %v", err)
	}
	if strings.Contains(err.Error(), "syt_secret") {
		t.Fatalf("the token leaked: %v", err)
	}
}

func testAdapter(t *testing.T, url string) *Adapter {
	t.Helper()
	off := false
	a, err := New(Config{Homeserver: url, UserID: "@boussole:example.org", Token: "syt_secret", StateDir: t.TempDir(),
		Encryption: &off, ReconnectMin: 10 * time.Millisecond}, newBot(t), slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	a.cli.DeviceID = id.DeviceID("DEV")
	return a
}
