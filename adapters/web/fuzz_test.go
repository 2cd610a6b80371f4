// SPDX-License-Identifier: AGPL-3.0-or-later

package web

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"testing"

	"github.com/boussole-libre/boussole/bot"
	"github.com/boussole-libre/boussole/knowledge/kbtest"
)

// FuzzAsk: whatever the question and the parameters, the API answers JSON with a
// documented status, never a 500.
func FuzzAsk(f *testing.F) {
	for _, s := range []string{"alternative à Google Drive ?", "", "qui installe GLPI à 69001 ?", "\x00\xff<script>", "et à Lyon ?"} {
		f.Add(s, "c1", "53")
	}
	cfg := DefaultConfig()
	cfg.RateLimit.Burst = -1
	s, err := New(cfg, bot.New(kbtest.Shipped(f)), Options{})
	if err != nil {
		f.Fatal(err)
	}
	h := s.Handler()
	f.Fuzz(func(t *testing.T, q, conversation, region string) {
		v := url.Values{"q": {q}, "conversation": {conversation}, "region": {region}, "client": {"x"}}
		w := httptest.NewRecorder()
		h.ServeHTTP(w, httptest.NewRequest(http.MethodGet, "/api/v1/ask?"+v.Encode(), nil))
		switch w.Code {
		case http.StatusOK, http.StatusBadRequest, http.StatusRequestURITooLong:
		default:
			t.Fatalf("status %d for %q: %s", w.Code, q, w.Body)
		}
		if !json.Valid(w.Body.Bytes()) {
			t.Fatalf("not JSON for %q: %s", q, w.Body)
		}
	})
}
