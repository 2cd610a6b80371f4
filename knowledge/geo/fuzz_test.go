// SPDX-License-Identifier: AGPL-3.0-or-later

package geo

import (
	"strings"
	"testing"

	"github.com/boussole-libre/boussole/knowledge/textnorm"
)

// FuzzResolve feeds arbitrary option values and messages to the place resolver and the
// place scanner: no panic, and a place found is one the geography knows.
func FuzzResolve(f *testing.F) {
	for _, s := range []string{
		"35", "Bretagne", "35000", "Saint-Étienne", "près de Nantes", "2A", "971", "ile de france",
		"dans le nord", "region bretagne", strings.Repeat("z", 2000), "à " + strings.Repeat("x", 500),
	} {
		f.Add(s)
	}
	g, err := Load()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if p, ok := g.Resolve(s); ok {
			if _, known := g.Region(p.Region); !known {
				t.Fatalf("Resolve(%q) = region %q, unknown", s, p.Region)
			}
		}
		toks := textnorm.Split(s)
		if m, ok := g.Scan(toks, nil, true); ok {
			if m.Start < 0 || m.End > len(toks) || m.Start >= m.End {
				t.Fatalf("Scan(%q): span %d..%d of %d tokens", s, m.Start, m.End, len(toks))
			}
		}
	})
}
