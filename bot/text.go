// SPDX-License-Identifier: AGPL-3.0-or-later

package bot

import (
	"fmt"
	"strings"

	"github.com/boussole-libre/boussole/knowledge"
)

// KindLabel names a provider kind for people.
func KindLabel(kind string, l Lang) string {
	switch kind {
	case knowledge.KindCompany:
		return Tr(l, "entreprise", "company")
	case knowledge.KindCooperative:
		return Tr(l, "coopérative", "cooperative")
	case knowledge.KindAssociation:
		return Tr(l, "association", "non-profit")
	}
	return kind
}

// serviceEN translates the fixed service vocabulary; the KB stores it in French.
var serviceEN = map[string]string{
	"intégration": "integration", "hébergement": "hosting", "infogérance": "managed services",
	"support": "support", "formation": "training", "développement": "development", "conseil": "consulting",
}

// ServicesLabel joins a provider's services in the reply's language.
func ServicesLabel(services []string, l Lang) string {
	out := make([]string, len(services))
	for i, s := range services {
		out[i] = s
		if en, ok := serviceEN[s]; ok && l == English {
			out[i] = en
		}
	}
	return strings.Join(out, ", ")
}

// Where is a provider's place as people read it: "Rennes (35)", "Bretagne", "à distance".
func (p ProviderItem) Where(l Lang) string {
	if p.Remote {
		if p.City != "" {
			return Tr(l, "à distance — siège : ", "remote — based in ") + p.City + " (" + p.DepartementCode + ")"
		}
		return Tr(l, "à distance, toute la France", "remote, all of France")
	}
	switch {
	case p.City != "":
		return p.City + " (" + p.DepartementCode + ")"
	case p.DepartementName != "":
		return p.DepartementName + " (" + p.DepartementCode + ")"
	case p.RegionName != "":
		return p.RegionName
	case p.National:
		return Tr(l, "à distance, toute la France", "remote, all of France")
	}
	return ""
}

// Text renders a reply as plain text, the terminal's form and the "text" of the JSON
// answer. Adapters render richer forms from the same Reply.
func Text(r Reply) string {
	var b strings.Builder
	line := func(s string) {
		if s != "" {
			b.WriteString(s)
			b.WriteByte('\n')
		}
	}
	line(r.Title)
	line(r.Text)
	if r.HostsFirst {
		providerLines(&b, r)
	}
	for i, t := range r.Tools {
		fmt.Fprintf(&b, "%d. %s — %s", i+1, t.Name, t.Why)
		var tags []string
		if t.License != "" {
			tags = append(tags, Tr(r.Lang, "licence ", "licence ")+t.License)
		}
		if t.French {
			tags = append(tags, Tr(r.Lang, "développé en France", "made in France"))
		}
		if len(tags) > 0 {
			fmt.Fprintf(&b, " (%s)", strings.Join(tags, ", "))
		}
		if t.URL != "" {
			fmt.Fprintf(&b, " %s", t.URL)
		}
		b.WriteByte('\n')
	}
	if !r.HostsFirst {
		providerLines(&b, r)
	}
	if len(r.Suggestions) > 0 {
		line(Tr(r.Lang, "Vouliez-vous dire : ", "Did you mean: ") + strings.Join(r.Suggestions, ", ") + " ?")
	}
	line(r.Hint)
	return strings.TrimRight(b.String(), "\n")
}

// providerLines lists the reply's providers, under a heading when tools are listed too.
func providerLines(b *strings.Builder, r Reply) {
	if len(r.Providers) == 0 {
		return
	}
	switch {
	case r.HostsFirst:
		b.WriteString(Tr(r.Lang, "Qui peut l'héberger pour vous :", "Who can host it for you:") + "\n")
	case len(r.Tools) > 0 || r.Intent == IntentAlternative:
		b.WriteString(Tr(r.Lang, "Prestataires :", "Providers:") + "\n")
	}
	for _, p := range r.Providers {
		b.WriteString(ProviderLine(p, r.Lang))
		b.WriteByte('\n')
	}
	if r.Pages > 1 && !r.HostsFirst {
		fmt.Fprintf(b, Tr(r.Lang, "Page %d/%d (%d en tout)\n", "Page %d/%d (%d in all)\n"), r.Page, r.Pages, r.Total)
	}
}

// ProviderLine is one provider on one line: name, kind, place, services, tools, website
// and source.
func ProviderLine(p ProviderItem, l Lang) string {
	var b strings.Builder
	fmt.Fprintf(&b, "- %s (%s", p.Name, KindLabel(p.Kind, l))
	if w := p.Where(l); w != "" {
		b.WriteString(", " + w)
	}
	b.WriteString(")")
	if len(p.Services) > 0 {
		b.WriteString(" — " + ServicesLabel(p.Services, l))
	}
	if len(p.Tools) > 0 {
		b.WriteString(" — " + strings.Join(p.Tools, ", "))
	}
	if p.URL != "" {
		b.WriteString(" — " + p.URL)
	}
	if p.Source != "" {
		fmt.Fprintf(&b, " [source : %s]", p.Source)
	}
	return b.String()
}
