// SPDX-License-Identifier: AGPL-3.0-or-later

package bot

import (
	"fmt"
	"strings"

	"github.com/boussole-libre/boussole/knowledge"
)

// Reply is a platform-neutral answer. Adapters render it (Discord embed, Mattermost
// markdown, plain text); nothing in it is specific to a platform.
type Reply struct {
	Intent   Intent
	Lang     Lang
	Title    string
	Text     string // a short paragraph
	Replaces []Ref  // the products the tools replace
	Tools    []ToolItem
	ProviderPage
	Suggestions []string // "vouliez-vous dire…"
	Hint        string   // a follow-up, such as the slash command to list more
	Ephemeral   bool     // only the asker should see it (errors, admin answers)
}

// ProviderPage is the part of a reply that lists providers: the place understood and one
// page of the providers for it.
type ProviderPage struct {
	Place       *PlaceInfo
	Providers   []ProviderItem // one page of providers
	Total       int            // providers matching in all
	Page, Pages int            // 1-based page of Providers, and the page count
	Query       *ProvidersArgs // how to ask for another page, when Pages > 1
	Nearest     []RegionCount  // when the region has none: nearby regions and their counts
	// HostsFirst: the providers are who can host a service for the person ("alternative à
	// Gmail": a mail host first), to show before the software to host it oneself.
	HostsFirst bool
}

// Ref names a KB entry.
type Ref struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// ToolItem is a recommended libre tool.
type ToolItem struct {
	ID         string
	Name       string
	Why        string
	License    string
	URL        string
	Score      float64
	SelfHosted bool
	French     bool
	raw        float64 // the unrounded score, for ranking
}

// PlaceInfo is the place understood, with names for display.
type PlaceInfo struct {
	Label           string
	RegionCode      string
	RegionName      string
	DepartementCode string
	DepartementName string
	City            string
}

// ProviderItem is a provider as a person wants to see it.
type ProviderItem struct {
	ID              string
	Name            string
	Kind            string
	City            string
	DepartementCode string
	DepartementName string
	RegionCode      string
	RegionName      string
	National        bool
	Services        []string
	Tools           []string // names of the wanted tools it lists (all its tools when none wanted)
	URL             string
	Source          string
	SourceDate      string
	Level           knowledge.Level
	Remote          bool // listed because it works remotely, not because it is near
}

// RegionCount is a region and how many providers it has.
type RegionCount struct {
	Code  string `json:"code"`
	Name  string `json:"name"`
	Count int    `json:"count"`
}

// ProvidersArgs are the options of the providers command; adapters put them in "next
// page" buttons.
type ProvidersArgs struct {
	Place   string
	Tool    string
	Service string
	Page    int
}

// PageCommand is the command that shows page n of this providers answer, for platforms
// whose commands start with prefix ("/" or "!"). Values are folded to one line so that
// the command stays one command.
func (q ProvidersArgs) PageCommand(prefix string, n int) string {
	parts := []string{prefix + "prestataires"}
	add := func(k, v string) {
		if v = strings.Join(strings.Fields(v), " "); v != "" {
			parts = append(parts, k+":"+v)
		}
	}
	add("région", q.Place)
	add("outil", q.Tool)
	add("service", q.Service)
	parts = append(parts, fmt.Sprintf("page:%d", n))
	return strings.Join(parts, " ")
}
