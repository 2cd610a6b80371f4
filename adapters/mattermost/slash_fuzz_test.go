// SPDX-License-Identifier: AGPL-3.0-or-later

package mattermost

import (
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/mattermost/mattermost/server/public/model"

	"github.com/boussole-libre/boussole/bot"
	"github.com/boussole-libre/boussole/knowledge/kbtest"
)

var (
	// codeSpan and linkTarget are the parts of a rendered answer where a URL is allowed:
	// inside inline code (never linked) and as the target of one of the KB's own links.
	codeSpan   = regexp.MustCompile("(^|[^\\\\])`[^`]*`")
	linkTarget = regexp.MustCompile(`\]\([^)\s]*\)`)
	// liveURL is a URL or "www." that Mattermost would autolink.
	liveURL = regexp.MustCompile(`(?i)[a-z]://|www\.`)
)

// FuzzSlashCommand posts arbitrary slash-command forms (with a valid token) to the real
// handler, with the real bot behind it. Whatever the form, the handler must not panic,
// must answer with a status Mattermost understands, and a 200 must carry a JSON answer
// with no live mention and no link other than the KB's own.
func FuzzSlashCommand(f *testing.F) {
	a, err := New(Config{URL: "http://127.0.0.1:1", Token: "t", CommandTokens: []string{"fuzz-token"}, SlowAfter: time.Minute},
		bot.New(kbtest.Shipped(f)), slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		f.Fatal(err)
	}
	f.Add("prestataires", "text=r%C3%A9gion%3A35+outil%3Anextcloud&user_id=u1&team_id=t1")
	f.Add("", "command=%2Fboussole&text=alternative+Google+Drive")
	f.Fuzz(func(t *testing.T, name, body string) {
		req := httptest.NewRequest(http.MethodPost, "/commands", strings.NewReader("token=fuzz-token&"+body))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		req.SetPathValue("name", name)
		w := httptest.NewRecorder()
		a.serveCommand(w, req)
		switch w.Code {
		case http.StatusBadRequest, http.StatusRequestEntityTooLarge:
			return
		case http.StatusOK:
		default:
			t.Fatalf("status %d for name %q body %q", w.Code, name, body)
		}
		if ct := w.Header().Get("Content-Type"); ct != "application/json" {
			t.Fatalf("Content-Type %q", ct)
		}
		var resp model.CommandResponse
		if err := json.Unmarshal(w.Body.Bytes(), &resp); err != nil {
			t.Fatalf("answer is not JSON: %v", err)
		}
		if m := liveMention.FindString(resp.Text); m != "" {
			t.Fatalf("live mention %q in:\n%s", m, resp.Text)
		}
		shown := linkTarget.ReplaceAllString(codeSpan.ReplaceAllString(resp.Text, "$1"), "]")
		if m := liveURL.FindString(shown); m != "" {
			t.Fatalf("live link %q in:\n%s", m, resp.Text)
		}
	})
}
