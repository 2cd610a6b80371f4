// SPDX-License-Identifier: AGPL-3.0-or-later

package bot

// The alternative reply: the tools, the hosts first for a hosted service, and honest unknowns.

import (
	"slices"
	"strings"

	"github.com/boussole-libre/boussole/knowledge"
)

func productRefs(kb *knowledge.KB, ids []string) []Ref {
	var out []Ref
	for _, id := range ids {
		if p, ok := kb.Product(id); ok {
			out = append(out, Ref{ID: p.ID, Name: p.Name})
		}
	}
	return out
}

func names(kb *knowledge.KB, ids []string, kind knowledge.HitKind) []string {
	var out []string
	for _, id := range ids {
		switch kind {
		case knowledge.HitProduct:
			if p, ok := kb.Product(id); ok {
				out = append(out, p.Name)
			}
		case knowledge.HitTool:
			if t, ok := kb.Tool(id); ok {
				out = append(out, t.Name)
			}
		case knowledge.HitCategory:
			if c, ok := kb.Category(id); ok {
				out = append(out, c.Name)
			}
		}
	}
	return out
}

// unknownReply says honestly that the KB does not know the product or the need asked
// about, rather than guessing.
func unknownReply(kb *knowledge.KB, u Understanding, r Reply) Reply {
	name := u.Unknown
	if name == "" {
		name = Tr(u.Lang, "ce produit", "this product")
	}
	r.Suggestions = kb.Index().Suggest(name, 3)
	r.Hint = Tr(u.Lang, "/alternative produit:… propose les noms que je connais.", "/alternative produit:… suggests the names I know.")
	if u.UnknownNeed && u.records {
		return recordsReply(kb, u, name, r)
	}
	if u.UnknownNeed {
		r.Title = Tr(u.Lang, "Je ne connais pas de logiciel libre pour « "+name+" »", "I know no libre software for \""+name+"\"")
		if u.Unknown == "" { // the need was asked in words too loose to quote
			r.Title, r.Suggestions = Tr(u.Lang, "Je ne connais pas de logiciel libre pour ce besoin", "I know no libre software for this need"), nil
		}
		r.Text = Tr(u.Lang,
			"Ma base n'a pas encore ce besoin ; je préfère le dire que deviner. Essayez un autre mot pour ce besoin, ou le nom du produit que vous utilisez aujourd'hui.",
			"My knowledge base does not have this need yet; I'd rather say so than guess. Try another word for the need, or the name of the product you use today.")
		return r
	}
	r.Title = Tr(u.Lang, "Je ne connais pas « "+name+" »", "I don't know \""+name+"\"")
	r.Text = Tr(u.Lang,
		"Je préfère ne pas deviner. Essayez le nom exact du produit ou le besoin (« un outil de sondage », « visio »).",
		"I'd rather not guess. Try the product's exact name or the need (\"a survey tool\", \"video calls\").")
	if u.likened && len(u.NeedWords) > 0 {
		// "on utilise SportEasy pour les convocs…": the need it was described by is
		// worth asking on its own, without the name.
		need := strings.Join(u.NeedWords, ", ")
		r.Text = Tr(u.Lang,
			"Je préfère ne pas deviner ce qui le remplace. Pour ce que vous en décrivez, demandez sans le nom : « un logiciel libre pour "+need+" ».",
			"I'd rather not guess what replaces it. For what you describe, ask without the name: \"libre software for "+need+"\".")
	}
	return r
}

// recordsReply answers an unknown need that keeps records: no dedicated tool is known,
// and it says so, but a shared no-code database does that job in many places.
func recordsReply(kb *knowledge.KB, u Understanding, name string, r Reply) Reply {
	var known []string
	for _, id := range recordsTools {
		if _, ok := kb.Tool(id); ok {
			known = append(known, id)
		}
	}
	if len(known) == 0 {
		u.records = false
		return unknownReply(kb, u, r)
	}
	r.Tools = rankTools(kb, Understanding{Lang: u.Lang, Tools: known})
	r.Title = Tr(u.Lang, "Pas d'outil libre dédié que je connaisse pour « "+name+" »", "No dedicated libre tool I know of for \""+name+"\"")
	r.Text = Tr(u.Lang,
		"Pour tenir ce genre de suivi, une base de données partagée sans code fait souvent l'affaire : on y crée ses tableaux, ses fiches et ses droits d'accès.",
		"For this kind of record keeping, a shared no-code database often does the job: you make your own tables, forms and access rights.")
	return r
}

// recordsTools are the shared no-code databases offered for record keeping no tool is
// known for, in order; those missing from the KB are skipped.
var recordsTools = []string{"grist", "baserow"}

func alternativeReply(kb *knowledge.KB, u Understanding) Reply {
	r := Reply{Intent: IntentAlternative, Lang: u.Lang, Replaces: productRefs(kb, u.Products)}
	if u.Unknown != "" && !u.needAsked || (len(u.Products)+len(u.Tools)+len(u.Categories)+len(u.Needs) == 0 && u.likeTool == "") {
		// A product nobody here knows gets no list for what it is said to do — what it
		// really does is a guess ("on utilise Klarivo pour les prêts, y a pareil ?") —
		// unless the kind is asked for on its own: "ArcGIS Pro… un SIG libre aussi complet ?"
		return unknownReply(kb, u, r)
	}
	tools := rankTools(kb, u)
	r.Tools = tools[:min(MaxTools, len(tools))]
	r.Title = alternativeTitle(kb, u)
	if len(u.devices) > 0 {
		r.Text = deviceNote(kb, u.Lang, r.Tools, u.devices)
	}
	if u.Unknown != "" {
		r.Text = strings.TrimSpace(Tr(u.Lang, "Je ne connais pas « "+u.Unknown+" » : voici des logiciels libres pour ce que vous demandez. ",
			"I don't know \""+u.Unknown+"\": here is libre software for what you ask for. ") + r.Text)
	}
	if len(r.Tools) > 0 {
		r.Hint = Tr(u.Lang, "Pour trouver qui peut l'installer ou l'héberger : /prestataires outil:", "To find who can install or host it: /prestataires outil:") + r.Tools[0].ID
	}
	if len(u.Products) == 1 {
		p, _ := kb.Product(u.Products[0])
		if p.Notes != "" {
			r.Text = strings.TrimSpace(p.Notes + " " + r.Text)
		}
		if p.Service && (u.Service == "" || u.Service == "hébergement") && !u.watching && hostable(kb, r.Tools) {
			return withHosts(kb, u, p.Name, firstOf(p.Categories), true, r)
		}
	}
	if c := servedCategory(kb, u, r.Tools); c != "" && u.hostedService && hostable(kb, r.Tools) {
		return withHosts(kb, u, names(kb, []string{c}, knowledge.HitCategory)[0], c, false, r)
	}
	if !u.Place.IsZero() || u.Service != "" {
		ids := []string{}
		for _, t := range r.Tools[:min(2, len(r.Tools))] {
			ids = append(ids, t.ID)
		}
		pr, _ := providersReply(kb, ProviderRequest{Lang: u.Lang, Place: u.Place, Tools: ids, Service: u.Service, Page: 1})
		r.ProviderPage = pr.ProviderPage
		if len(r.Providers) > 3 {
			r.Providers = r.Providers[:3]
		}
	}
	return r
}

// alternativeTitle names what the tools are for: the products, the tool, the need.
func alternativeTitle(kb *knowledge.KB, u Understanding) string {
	switch {
	case len(u.Products) > 0:
		return Tr(u.Lang, "Alternatives libres "+toFrench(strings.Join(names(kb, u.Products, knowledge.HitProduct), ", ")),
			"Free-software alternatives to "+strings.Join(names(kb, u.Products, knowledge.HitProduct), ", "))
	case len(u.Tools) > 0 && len(u.Categories) == 0:
		t, _ := kb.Tool(u.Tools[0])
		return t.Name
	case u.likeTool != "":
		t, _ := kb.Tool(u.likeTool)
		return Tr(u.Lang, "Logiciels libres dans le même genre que "+t.Name, "Free software like "+t.Name)
	case len(u.Needs) > 0:
		words := make([]string, len(u.NeedWords))
		for i, w := range u.NeedWords {
			words[i] = kb.Index().Spelling(w) // "sans base de données", not the folded words
		}
		return Tr(u.Lang, "Logiciels libres : ", "Free software: ") + strings.Join(words, ", ")
	default:
		return Tr(u.Lang, "Logiciels libres : ", "Free software: ") + strings.Join(names(kb, u.Categories, knowledge.HitCategory), ", ")
	}
}

// hostable reports a tool among those answered that runs on a server: leaving Steam or
// Waze for apps on one's own machine needs nobody to host anything.
func hostable(kb *knowledge.KB, tools []ToolItem) bool {
	return slices.ContainsFunc(tools, func(ref ToolItem) bool {
		t, ok := kb.Tool(ref.ID)
		return ok && t.SelfHosted
	})
}

// MaxHosts is how many hosts lead the answer for a hosted service.
const MaxHosts = 3

// withHosts leads the answer for a hosted service with who can host it for the person:
// hosters that list one of the tools or run the service's category, associations first,
// nearest first when a place is known; then the software to host it oneself. A product
// left ("alternative à Gmail") is named; otherwise the service asked is ("un hébergeur
// éthique pour nos mails"). When no known host fits, the answer says so and points to the
// CHATONS directory rather than guess.
func withHosts(kb *knowledge.KB, u Understanding, name, category string, left bool, r Reply) Reply {
	ids := make([]string, 0, len(r.Tools))
	for _, t := range r.Tools {
		ids = append(ids, t.ID)
	}
	req := ProviderRequest{Lang: u.Lang, Place: u.Place, Tools: ids, Service: "hébergement", Hosts: category,
		Kind: knowledge.KindAssociation, StrictTools: true, StrictService: true, NationalFirst: true, Page: 1}
	hosts, list := providersReply(kb, req)
	opening := Tr(u.Lang, "Quitter "+name+", c'est d'abord trouver qui l'héberge pour vous",
		"Leaving "+name+" starts with someone to host it for you")
	if !left {
		opening = Tr(u.Lang, "Pour ce service ("+name+"), le plus simple est un hébergeur qui le fait tourner pour vous",
			"For this service ("+name+"), the simplest is a host who runs it for you")
	}
	var lead string
	if list.relaxed {
		lead = opening + Tr(u.Lang, ". Aucun hébergeur que je connais n'affiche ces logiciels ; le collectif CHATONS recense des hébergeurs associatifs : "+chatonsURL+". Voici aussi les logiciels libres, pour l'utiliser ou l'héberger vous-même.",
			". No host I know lists this software; the CHATONS collective lists non-profit hosts: "+chatonsURL+". Here is the free software too, to use it or host it yourself.")
	} else {
		r.ProviderPage = hosts.ProviderPage
		r.HostsFirst = true
		r.Providers = r.Providers[:min(MaxHosts, len(r.Providers))]
		lead = opening + Tr(u.Lang, " : ces hébergeurs proposent ce service ou ces logiciels libres. Voici aussi les logiciels libres, pour l'utiliser ou l'héberger vous-même.",
			": these hosts offer this service or the free software below. Here is the free software too, to use it or host it yourself.")
	}
	r.Text = strings.TrimSpace(lead + " " + r.Text)
	return r
}

// servedCategory is the category of a service asked to be hosted, when hosts are known to
// run it: the category named, or that of the first tool answered.
func servedCategory(kb *knowledge.KB, u Understanding, tools []ToolItem) string {
	cats := slices.Clone(u.Categories)
	if len(tools) > 0 {
		if t, ok := kb.Tool(tools[0].ID); ok {
			cats = append(cats, t.Categories...)
		}
	}
	if k := slices.IndexFunc(cats, func(c string) bool { return hostsRun(kb, c) }); k >= 0 {
		return cats[k]
	}
	return ""
}

// chatonsURL is the directory of the CHATONS, the French collective of non-profit hosts.
const chatonsURL = "https://www.chatons.org"

// toFrench puts "à" before a name, contracted as French wants: "aux services des GAFAM",
// "au …", "à Gmail".
func toFrench(name string) string {
	switch {
	case strings.HasPrefix(name, "les "):
		return "aux " + name[len("les "):]
	case strings.HasPrefix(name, "le "):
		return "au " + name[len("le "):]
	}
	return "à " + name
}
