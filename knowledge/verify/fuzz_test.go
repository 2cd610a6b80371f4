// SPDX-License-Identifier: AGPL-3.0-or-later

package verify

import (
	"strings"
	"testing"
	"time"

	"github.com/boussole-libre/boussole/knowledge"
)

// FuzzRegisterAnswer: whatever the register sends back, reading it and judging a provider
// from it never panics, and a unit is called closed only when it says "C".
func FuzzRegisterAnswer(f *testing.F) {
	for _, u := range registerUnits {
		f.Add([]byte(`{"results":[` + u + `],"total_results":1}`))
	}
	f.Add([]byte(`{"results":[{"siren":123,"siege":null,"matching_etablissements":[null,{}]}]}`))
	f.Add([]byte(`{"results":null}`))
	g, err := testGeo()
	if err != nil {
		f.Fatal(err)
	}
	kb := &knowledge.KB{Geo: g}
	p := &knowledge.Provider{ID: "x", Kind: knowledge.KindCompany, SIREN: "100000001", Establishments: rennes()}
	f.Fuzz(func(t *testing.T, b []byte) {
		s, err := parseSearch(b)
		if err != nil {
			return
		}
		for i := range s.Results {
			for _, fd := range assessUnit(kb, p, &s.Results[i]) {
				if fd.Kind == "closed" && !strings.EqualFold(string(s.Results[i].EtatAdministratif), "C") {
					t.Fatalf("closed without state C: %+v", s.Results[i])
				}
			}
			_, _ = legalForm(p, &s.Results[i])
		}
	})
}

// FuzzParseRepo: an accepted repository URL has a host, and no empty or dot segment that
// could climb out of the API path.
func FuzzParseRepo(f *testing.F) {
	for _, s := range []string{"https://github.com/a/b", "https://framagit.org/g/s/p/-/tree/x", "http://h:1/a/b.git", "https://x/a/../b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r, err := parseRepo(s)
		if err != nil {
			return
		}
		if r.Host == "" || (r.Path == "" && r.hasOwnerName()) {
			t.Fatalf("parseRepo(%q) = %+v", s, r)
		}
		if r.Path == "" {
			return
		}
		for _, seg := range strings.Split(r.Path, "/") {
			if seg == "" || seg == "." || seg == ".." {
				t.Fatalf("parseRepo(%q) kept segment %q", s, seg)
			}
		}
	})
}

// FuzzRetryAfter: a server's Retry-After never makes us wait a negative time or more
// than a day.
func FuzzRetryAfter(f *testing.F) {
	for _, s := range []string{"1", "120", "Thu, 03 Dec 2026 09:00:30 GMT", "-1", "99999999999"} {
		f.Add(s)
	}
	now := time.Date(2026, 12, 3, 9, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, s string) {
		d, ok := parseRetryAfter(s, now)
		if ok && (d < 0 || d > 24*time.Hour) {
			t.Fatalf("parseRetryAfter(%q) = %v", s, d)
		}
	})
}
