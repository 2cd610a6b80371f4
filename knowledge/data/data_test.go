// SPDX-License-Identifier: AGPL-3.0-or-later

package data_test

import (
	"testing"

	"github.com/boussole-libre/boussole/knowledge/kbtest"
)

// The shipped providers must keep the promise "someone near you": at least one in every
// metropolitan region, and a real choice (five or more) in the nine most populous ones.
// Removing a record that breaks this should fail loudly, not silently thin the bot.
func TestShippedProvidersCoverEveryMetropolitanRegion(t *testing.T) {
	kb := kbtest.Shipped(t)
	if n := len(kb.Providers); n < 100 {
		t.Errorf("%d providers, want at least 100", n)
	}
	// INSEE region codes; the nine most populous first (INSEE 2021 population).
	largest := []string{"11", "84", "32", "75", "76", "44", "93", "52", "53"}
	others := []string{"28", "27", "24", "94"} // Normandie, BFC, Centre-Val de Loire, Corse
	for _, code := range largest {
		if n := kb.ProvidersInRegion(code); n < 5 {
			r, _ := kb.Geo.Region(code)
			t.Errorf("%s: %d providers, want at least 5", r.Name, n)
		}
	}
	for _, code := range others {
		if n := kb.ProvidersInRegion(code); n < 1 {
			r, _ := kb.Geo.Region(code)
			t.Errorf("%s: no provider", r.Name)
		}
	}
	for _, p := range kb.Providers {
		if len(p.Sources) == 0 {
			t.Errorf("%s: no source", p.ID)
		}
		for _, s := range p.Sources {
			if s.Date == "" && s.Checked == "" {
				t.Errorf("%s: source %s has neither date nor checked", p.ID, s.URL)
			}
		}
	}
}
