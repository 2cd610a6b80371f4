// SPDX-License-Identifier: AGPL-3.0-or-later

// Package bot is Boussole's platform-free core: it understands a chat message, decides
// what to answer from the knowledge base and builds a neutral Reply that adapters render.
// It imports no platform library.
package bot

import (
	"fmt"
	"log/slog"
	"slices"
	"sort"
	"strings"
	"sync/atomic"
	"time"

	"github.com/boussole-libre/boussole/knowledge"
	"github.com/boussole-libre/boussole/knowledge/geo"
	"github.com/boussole-libre/boussole/knowledge/store"
	"github.com/boussole-libre/boussole/knowledge/textnorm"
)

// PageSize is how many providers one reply shows.
const PageSize = 5

// MaxTools is how many tools one reply recommends.
const MaxTools = 5

// Bot answers questions from a knowledge base that can be swapped while it runs.
type Bot struct {
	kb          atomic.Pointer[knowledge.KB]
	store       *store.Store       // nil: read-only embedded KB
	unanswered  *store.Unanswered  // nil: not recorded
	suggestions *store.Suggestions // nil: /suggerer is off
	convs       *Conversations
	verifier    *Verifier // nil: /kb verifier is off (admin_verify.go)
	observer    Observer  // nil: answers are not counted (observe.go)
	log         *slog.Logger
}

// Setting configures a Bot when it is created (functional options; Option is taken by
// the command table).
type Setting func(*Bot)

// WithStore serves the KB of an on-disk store and enables the admin edit commands; the
// bot follows the store's reloads.
func WithStore(s *store.Store) Setting {
	return func(b *Bot) {
		b.store = s
		b.kb.Store(s.KB())
		s.OnSwap(b.swapped) // observe.go
	}
}

// WithUnanswered records the questions the KB could not answer.
func WithUnanswered(u *store.Unanswered) Setting { return func(b *Bot) { b.unanswered = u } }

// WithSuggestions enables /suggerer and /kb suggestions.
func WithSuggestions(s *store.Suggestions) Setting { return func(b *Bot) { b.suggestions = s } }

// WithConversations sets the conversation memory (by default ContextCapacity
// conversations for ContextTTL each).
func WithConversations(c *Conversations) Setting { return func(b *Bot) { b.convs = c } }

// WithLogger logs what goes wrong around answers (a failed write to the unanswered log).
func WithLogger(l *slog.Logger) Setting { return func(b *Bot) { b.log = l } }

// New returns a bot serving kb.
func New(kb *knowledge.KB, opts ...Setting) *Bot {
	b := &Bot{log: slog.New(slog.DiscardHandler), convs: NewConversations(ContextCapacity, ContextTTL)}
	b.kb.Store(kb)
	for _, o := range opts {
		o(b)
	}
	return b
}

// KB returns the knowledge base in use. A caller keeps using the one it got for a whole
// answer, so that a reload never mixes two versions in one reply.
func (b *Bot) KB() *knowledge.KB { return b.kb.Load() }

// SetKB swaps the knowledge base atomically.
func (b *Bot) SetKB(kb *knowledge.KB) { b.kb.Store(kb) }

// Ask understands a message and answers it.
func (b *Bot) Ask(text string) (Understanding, Reply) { return b.AskFrom("", text) }

// Converse answers a message in a conversation: a follow-up ("et à Lyon ?", "le
// deuxième ?") completes the previous question of the same conversation. Every adapter
// calls it with its own key; Ask is the same without memory.
func (b *Bot) Converse(k ConversationKey, text string) (Understanding, Reply) {
	return b.Answer(Question{Text: text, Platform: k.Platform, Conversation: &k})
}

// Question is one message to answer and what the front end knows beyond its text.
type Question struct {
	Text string
	// Platform counts the question under that name for the observer ("" for none).
	Platform string
	// Conversation, when not nil, lets a follow-up complete the previous question of the
	// same conversation, and remembers this one for the next.
	Conversation *ConversationKey
	// Lang, when set, is the reply's language whatever the text's: a page or an API
	// client that asked for English gets English even for "alternative à Word".
	Lang Lang
}

// Answer understands q and answers it; Ask, AskFrom and Converse are its short forms.
func (b *Bot) Answer(q Question) (Understanding, Reply) {
	start := time.Now()
	kb := b.KB()
	u := Understand(kb, q.Text)
	if q.Conversation != nil {
		if prev, ok := b.convs.get(*q.Conversation); ok {
			u, _ = followUp(u, textnorm.Split(q.Text), prev)
		}
	}
	if q.Lang == French || q.Lang == English {
		u.Lang = q.Lang
	}
	r := answer(kb, u)
	if q.Conversation != nil && rememberable(u) {
		b.convs.put(turnOf(*q.Conversation, u, r))
	}
	b.recordUnanswered(q.Text, u, r)
	b.observe(q.Platform, q.Text, u, r, start)
	return u, r
}

// recordUnanswered keeps what the KB could not answer, for the admins' /kb manques.
func (b *Bot) recordUnanswered(text string, u Understanding, r Reply) {
	if b.unanswered == nil {
		return
	}
	missing := unansweredReason(text, u, r) // observe.go
	if missing == "" {
		return
	}
	if err := b.unanswered.Record(text, missing); err != nil {
		b.log.Warn("unanswered log", "error", err)
	}
}

// tr is Tr, short for the many texts of this package.
func tr(l Lang, fr, en string) string { return Tr(l, fr, en) }

func answer(kb *knowledge.KB, u Understanding) Reply {
	switch u.Intent {
	case IntentHelp:
		return Help(u.Lang)
	case IntentAlternative:
		if t, ok := kb.Tool(firstOf(u.Tools)); ok && u.About {
			return toolCard(kb, t, u.Lang)
		}
		return alternativeReply(kb, u)
	case IntentProviders:
		tools := rankTools(kb, u)
		ids := make([]string, 0, 3)
		for _, t := range tools[:min(3, len(tools))] {
			ids = append(ids, t.ID)
		}
		// A tool named ("GLPI", "Nextcloud", a product's alternatives) keeps the providers who
		// show it; a need only ranks them.
		strict := len(u.Products)+len(u.Tools) > 0
		r, _ := providersReply(kb, ProviderRequest{Lang: u.Lang, Place: u.Place, Tools: ids, Service: u.Service,
			Kind: u.Kind, StrictTools: strict, Page: 1})
		r.Tools = tools[:min(3, len(tools))]
		if !strict && len(u.Categories) > 0 && r.Place != nil && len(r.Nearest) == 0 {
			r.Title = tr(u.Lang, "Prestataires — ", "Providers — ") + r.Place.Label + " — " + strings.Join(names(kb, u.Categories, knowledge.HitCategory), ", ")
		}
		r.Replaces = productRefs(kb, u.Products)
		if u.Unknown != "" {
			// Say so rather than filter on a tool nobody is known to work with.
			r.Text = strings.TrimSpace(tr(u.Lang, "Je ne connais pas « "+u.Unknown+" » : voici les prestataires du libre, sans tenir compte de cet outil. ",
				"I don't know \""+u.Unknown+"\": here are libre providers, whatever that tool. ") + r.Text)
		}
		return r
	default:
		return noneReply(u)
	}
}

func firstOf(ids []string) string {
	if len(ids) == 0 {
		return ""
	}
	return ids[0]
}

func noneReply(u Understanding) Reply {
	r := Reply{Intent: IntentNone, Lang: u.Lang}
	r.Text = tr(u.Lang,
		"Je suis Boussole : demandez-moi une alternative libre (« alternative à Google Drive ? ») ou un prestataire près de chez vous (« qui peut héberger Nextcloud à Rennes ? »).",
		"I am Boussole: ask me for a free-software alternative (\"alternative to Google Drive?\") or a provider near you (\"who can host Nextcloud in Rennes?\").")
	r.Hint = tr(u.Lang, "/aide pour tout voir.", "/aide to see everything.")
	return r
}

func productRefs(kb *knowledge.KB, ids []string) []Ref {
	var out []Ref
	for _, id := range ids {
		if p, ok := kb.Product(id); ok {
			out = append(out, Ref{ID: p.ID, Name: p.Name})
		}
	}
	return out
}

// rankTools orders the tools that answer u: alternatives of the products named (in the
// KB's order), tools named directly, the tools that answer a precise need named, then the
// tools of the categories named.
func rankTools(kb *knowledge.KB, u Understanding) []ToolItem {
	s := toolScores{score: map[string]float64{}, why: map[string]string{}}
	for _, t := range u.Tools {
		s.add(t, namedScore, "")
	}
	for pi, pid := range u.Products {
		if p, ok := kb.Product(pid); ok {
			// The first product named leads a tie: "un groupe WhatsApp… pas de Facebook".
			for k, a := range p.Alternatives {
				s.add(a.Tool, max(0.95-0.1*float64(k), 0.3)-0.01*float64(pi), a.Why)
			}
		}
	}
	s.addNeeds(kb, u)
	for ci, cid := range u.Categories {
		// The first need named is the request; later ones are often context ("pour ma
		// boutique", "pour mon pc").
		weight := 1.0
		if ci > 0 {
			weight = 0.5
		}
		s.addCategory(kb, cid, weight)
	}
	return s.items(kb)
}

// toolScores accumulates each tool's best score and the first reason given for it.
type toolScores struct {
	score map[string]float64
	why   map[string]string
}

func (s toolScores) add(id string, v float64, reason string) {
	if v > s.score[id] {
		s.score[id] = v
	}
	if reason != "" && s.why[id] == "" {
		s.why[id] = reason
	}
}

// addNeeds ranks the tools that answer a precise need named ("un antivirus", "un VPN")
// before a broad category's default list. With a product named, the need only reorders
// that product's alternatives: "alternative à Teams pour la visio".
func (s toolScores) addNeeds(kb *knowledge.KB, u Understanding) {
	if len(u.Products) > 0 {
		for _, id := range u.Needs {
			if v, ok := s.score[id]; ok {
				s.score[id] = v + 0.1
			}
		}
		return
	}
	for k, id := range u.Needs {
		order := 0
		if k < len(u.needOrder) {
			order = u.needOrder[k]
		}
		if t, ok := kb.Tool(id); ok {
			s.add(id, needScore-0.05*float64(order)+0.01*float64(t.Popularity), "")
		}
	}
}

// Scores: a tool named leads; a precise need outranks a broad category's list (at most
// 1.0), the first need named first.
const (
	namedScore = 2.0
	needScore  = 1.2
)

// addCategory ranks a category's curated list first, in its order, then its other tools
// by popularity, those whose primary need it is first.
func (s toolScores) addCategory(kb *knowledge.KB, cid string, weight float64) {
	if c, ok := kb.Category(cid); ok {
		for k, id := range c.Best {
			s.add(id, (1.0-0.05*float64(k))*weight, "")
		}
	}
	for _, t := range kb.Tools {
		k := slices.Index(t.Categories, cid)
		if k < 0 {
			continue
		}
		v := 0.3 + 0.1*float64(t.Popularity)
		if k > 0 {
			v -= 0.25
		}
		s.add(t.ID, v*weight, "")
	}
}

// items turns the scores into the ranked list, best first.
func (s toolScores) items(kb *knowledge.KB) []ToolItem {
	out := make([]ToolItem, 0, len(s.score))
	for id, v := range s.score {
		t, ok := kb.Tool(id)
		if !ok {
			continue
		}
		w := s.why[id]
		if w == "" {
			w = t.Description
		}
		out = append(out, ToolItem{ID: t.ID, Name: t.Name, Why: w, License: t.License, URL: t.Website,
			Score: float64(int(min(v, 1)*100+0.5)) / 100, SelfHosted: t.SelfHosted, French: t.French, raw: v})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].raw != out[j].raw {
			return out[i].raw > out[j].raw
		}
		return out[i].Name < out[j].Name
	})
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
		name = tr(u.Lang, "ce produit", "this product")
	}
	r.Suggestions = kb.Index().Suggest(name, 3)
	r.Hint = tr(u.Lang, "/alternative produit:… propose les noms que je connais.", "/alternative produit:… suggests the names I know.")
	if u.UnknownNeed {
		r.Title = tr(u.Lang, "Je ne connais pas de logiciel libre pour « "+name+" »", "I know no libre software for \""+name+"\"")
		r.Text = tr(u.Lang,
			"Ma base n'a pas encore ce besoin ; je préfère le dire que deviner. Essayez un autre mot pour ce besoin, ou le nom du produit que vous utilisez aujourd'hui.",
			"My knowledge base does not have this need yet; I'd rather say so than guess. Try another word for the need, or the name of the product you use today.")
		return r
	}
	r.Title = tr(u.Lang, "Je ne connais pas « "+name+" »", "I don't know \""+name+"\"")
	r.Text = tr(u.Lang,
		"Je préfère ne pas deviner. Essayez le nom exact du produit ou le besoin (« un outil de sondage », « visio »).",
		"I'd rather not guess. Try the product's exact name or the need (\"a survey tool\", \"video calls\").")
	return r
}

func alternativeReply(kb *knowledge.KB, u Understanding) Reply {
	r := Reply{Intent: IntentAlternative, Lang: u.Lang, Replaces: productRefs(kb, u.Products)}
	if u.Unknown != "" || (len(u.Products)+len(u.Tools)+len(u.Categories)+len(u.Needs) == 0) {
		return unknownReply(kb, u, r)
	}
	tools := rankTools(kb, u)
	r.Tools = tools[:min(MaxTools, len(tools))]
	r.Title = alternativeTitle(kb, u)
	if len(r.Tools) > 0 {
		r.Hint = tr(u.Lang, "Pour trouver qui peut l'installer ou l'héberger : /prestataires outil:", "To find who can install or host it: /prestataires outil:") + r.Tools[0].ID
	}
	if len(u.Products) == 1 {
		p, _ := kb.Product(u.Products[0])
		if p.Notes != "" {
			r.Text = p.Notes
		}
		if p.Service && u.Service == "" {
			return withHosts(kb, u, p, r)
		}
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
		return tr(u.Lang, "Alternatives libres à ", "Free-software alternatives to ") + strings.Join(names(kb, u.Products, knowledge.HitProduct), ", ")
	case len(u.Tools) > 0 && len(u.Categories) == 0:
		t, _ := kb.Tool(u.Tools[0])
		return t.Name
	case len(u.Needs) > 0:
		return tr(u.Lang, "Logiciels libres : ", "Free software: ") + strings.Join(u.NeedWords, ", ")
	default:
		return tr(u.Lang, "Logiciels libres : ", "Free software: ") + strings.Join(names(kb, u.Categories, knowledge.HitCategory), ", ")
	}
}

// MaxHosts is how many hosts lead the answer for a hosted service.
const MaxHosts = 3

// withHosts leads the answer for a hosted service ("alternative à Gmail") with who can host
// it for the person: hosters that list one of the tools, associations first, nearest
// first when a place is known; then the software to host it oneself. When no known host
// lists the tools, the answer says so and points to the CHATONS directory rather than
// guess.
func withHosts(kb *knowledge.KB, u Understanding, p *knowledge.Product, r Reply) Reply {
	ids := make([]string, 0, len(r.Tools))
	for _, t := range r.Tools {
		ids = append(ids, t.ID)
	}
	req := ProviderRequest{Lang: u.Lang, Place: u.Place, Tools: ids, Service: "hébergement",
		Kind: knowledge.KindAssociation, StrictTools: true, StrictService: true, NationalFirst: true, Page: 1}
	hosts, list := providersReply(kb, req)
	var lead string
	if list.relaxed {
		lead = tr(u.Lang, "Quitter "+p.Name+", c'est d'abord trouver qui l'héberge pour vous. Aucun hébergeur que je connais n'affiche ces logiciels ; le collectif CHATONS recense des hébergeurs associatifs : "+chatonsURL+". Pour l'héberger vous-même, voici les logiciels.",
			"Leaving "+p.Name+" starts with someone to host it for you. No host I know lists this software; the CHATONS collective lists non-profit hosts: "+chatonsURL+". To host it yourself, here is the software.")
	} else {
		r.ProviderPage = hosts.ProviderPage
		r.HostsFirst = true
		r.Providers = r.Providers[:min(MaxHosts, len(r.Providers))]
		lead = tr(u.Lang, "Quitter "+p.Name+", c'est d'abord trouver qui l'héberge pour vous : ces hébergeurs proposent ces logiciels libres. Pour l'héberger vous-même, voici les logiciels.",
			"Leaving "+p.Name+" starts with someone to host it for you: these hosts offer the free software below. To host it yourself, here is the software.")
	}
	r.Text = strings.TrimSpace(lead + " " + r.Text)
	return r
}

// chatonsURL is the directory of the CHATONS, the French collective of non-profit hosts.
const chatonsURL = "https://www.chatons.org"

// ProviderRequest is what a provider list is asked for, as wtf's filter structs: one
// value instead of a long argument list.
type ProviderRequest struct {
	Lang          Lang
	Place         geo.Place
	Tools         []string // tool ids, best first
	Service       string   // from the fixed vocabulary, or ""
	Kind          string   // company, cooperative, association, or ""
	StrictTools   bool     // keep only providers that list one of Tools
	StrictService bool     // keep only providers that offer Service (a command option filters; a word in a sentence ranks)
	NationalFirst bool     // without a place, those who work for all of France first
	Page          int
}

// providerList is a ranked provider list and how it was obtained.
type providerList struct {
	ranked  []knowledge.RankedProvider
	local   int    // how many are in the place asked for
	relaxed bool   // nobody matched the strict filters, so they were dropped
	note    string // what the person should know about the list
}

func isLocal(p knowledge.RankedProvider) bool { return p.Level >= knowledge.LevelRegion }

// providersReply lists providers for req, one page at a time.
func providersReply(kb *knowledge.KB, req ProviderRequest) (Reply, providerList) {
	r := Reply{Intent: IntentProviders, Lang: req.Lang}
	if !req.Place.IsZero() {
		r.Place = placeInfo(kb, req.Place)
	}
	list := rankProviders(kb, req, r.Place)
	r.Title, r.Text = providersHeading(kb, req, r.Place, list)
	if !req.Place.IsZero() && list.local == 0 {
		r.Nearest = nearest(kb, req.Place.Region)
		r.Text += nearestText(req, r.Nearest, len(list.ranked) > 0)
	}
	r.ProviderPage = pageOf(kb, req, r.ProviderPage, list.ranked)
	if r.Pages > 1 {
		r.Hint = tr(req.Lang, fmt.Sprintf("%d prestataires en tout ; précisez avec /prestataires région:… outil:… service:…", r.Total),
			fmt.Sprintf("%d providers in all; narrow with /prestataires région:… outil:… service:…", r.Total))
	}
	return r, list
}

// rankProviders ranks the providers for req, relaxing the strict filters when they leave
// nobody, and says so in the list's note.
func rankProviders(kb *knowledge.KB, req ProviderRequest, place *PlaceInfo) providerList {
	q := knowledge.ProviderQuery{Place: req.Place, Tools: req.Tools, Service: req.Service, Kind: req.Kind,
		Strict: req.StrictTools, StrictService: req.StrictService}
	l := providerList{ranked: kb.RankProviders(q)}
	what := strings.Join(names(kb, req.Tools, knowledge.HitTool), ", ")
	if req.Service != "" && req.StrictService {
		what = strings.TrimPrefix(what+", "+req.Service, ", ")
	}
	lang := req.Lang
	switch {
	case req.StrictTools && len(l.ranked) == 0 && what != "":
		q.Strict, q.StrictService = false, false
		l.ranked, l.relaxed = kb.RankProviders(q), true
		l.note = tr(lang, "Aucun prestataire ne mentionne "+what+" ici ; voici les autres. ", "No provider mentions "+what+" here; here are the others. ")
	case req.StrictTools && place != nil && !slices.ContainsFunc(l.ranked, isLocal):
		// Nobody nearby shows the tool: the nearby providers first (they may still do it),
		// then those who show it and work remotely.
		q.Strict, q.StrictService = false, false
		local := slices.DeleteFunc(kb.RankProviders(q), func(p knowledge.RankedProvider) bool { return !isLocal(p) })
		if len(local) > 0 {
			l.note = tr(lang, "Aucun prestataire connu dans ce secteur ("+place.Label+") ne mentionne "+what+" : voici ceux de la région (demandez-leur), puis ceux qui le font à distance. ",
				"No known provider near "+place.Label+" mentions "+what+": here are the region's (ask them), then those who do it remotely. ")
			l.ranked = append(local, l.ranked...)
		}
	}
	if place == nil && req.NationalFirst {
		sort.SliceStable(l.ranked, func(i, j int) bool { return l.ranked[i].Provider.National && !l.ranked[j].Provider.National })
	}
	for _, p := range l.ranked {
		if isLocal(p) {
			l.local++
		}
	}
	if place != nil && l.local > 0 && l.local < len(l.ranked) && l.local < PageSize && l.note == "" {
		l.note = fmt.Sprintf(tr(lang, "Seulement %d prestataire(s) connu(s) dans ce secteur (%s) ; les suivants travaillent à distance. ",
			"Only %d known provider(s) near %s; the next ones work remotely. "), l.local, place.Label)
	}
	return l
}

// providersHeading is the title and text of a provider list.
func providersHeading(kb *knowledge.KB, req ProviderRequest, place *PlaceInfo, l providerList) (title, text string) {
	lang := req.Lang
	forTools := ""
	if len(req.Tools) > 0 {
		forTools = tr(lang, " pour ", " for ") + strings.Join(names(kb, req.Tools, knowledge.HitTool), ", ")
	}
	switch {
	case place == nil:
		return tr(lang, "Prestataires", "Providers") + forTools,
			l.note + tr(lang, "Dites-moi votre ville, département ou région pour des prestataires proches.", "Tell me your city, département or region for providers near you.")
	case l.local == 0:
		return tr(lang, "Aucun prestataire connu : ", "No known provider: ") + place.Label,
			l.note + tr(lang, "Je ne connais pas encore de prestataire à cet endroit.", "I don't know any provider there yet.")
	default:
		return tr(lang, "Prestataires — ", "Providers — ") + place.Label + forTools, l.note
	}
}

// nearestText names the nearest regions that have providers, when the place has none.
func nearestText(req ProviderRequest, nearest []RegionCount, remote bool) string {
	var parts []string
	for _, n := range nearest {
		parts = append(parts, fmt.Sprintf("%s (%d)", n.Name, n.Count))
	}
	text := ""
	if len(parts) > 0 {
		text += tr(req.Lang, " Régions les plus proches : ", " Nearest regions: ") + strings.Join(parts, ", ") + "."
	}
	if remote {
		text += tr(req.Lang, " Ceux-ci travaillent à distance, partout en France :", " These work remotely, all over France:")
	}
	return text
}

// pageOf cuts the requested page out of the ranked providers.
func pageOf(kb *knowledge.KB, req ProviderRequest, pg ProviderPage, ranked []knowledge.RankedProvider) ProviderPage {
	pg.Total = len(ranked)
	pg.Pages = max(1, (len(ranked)+PageSize-1)/PageSize)
	pg.Page = min(max(req.Page, 1), pg.Pages)
	from := (pg.Page - 1) * PageSize
	for _, p := range ranked[from:min(from+PageSize, len(ranked))] {
		pg.Providers = append(pg.Providers, providerItem(kb, p, req.Tools))
	}
	if pg.Pages > 1 {
		pg.Query = &ProvidersArgs{Place: placeArg(req.Place), Service: req.Service, Page: pg.Page}
		if len(req.Tools) > 0 {
			pg.Query.Tool = req.Tools[0]
		}
	}
	return pg
}

func placeArg(p geo.Place) string {
	switch {
	case p.IsZero():
		return ""
	case p.Commune != "":
		return p.City
	case p.Departement != "":
		return p.Departement
	case p.Area != "":
		return p.Area
	default:
		return p.Region
	}
}

func placeInfo(kb *knowledge.KB, p geo.Place) *PlaceInfo {
	pi := &PlaceInfo{Label: p.Label, RegionCode: p.Region, DepartementCode: p.Departement, City: p.City}
	if r, ok := kb.Geo.Region(p.Region); ok {
		pi.RegionName = r.Name
	}
	if d, ok := kb.Geo.Departement(p.Departement); ok {
		pi.DepartementName = d.Name
	}
	return pi
}

func nearest(kb *knowledge.KB, region string) []RegionCount {
	r, ok := kb.Geo.Region(region)
	if !ok {
		return nil
	}
	var out []RegionCount
	for _, code := range r.Neighbors {
		if n := kb.ProvidersInRegion(code); n > 0 {
			nr, _ := kb.Geo.Region(code)
			out = append(out, RegionCount{Code: code, Name: nr.Name, Count: n})
		}
	}
	return out
}

func providerItem(kb *knowledge.KB, rp knowledge.RankedProvider, wanted []string) ProviderItem {
	p := rp.Provider
	it := ProviderItem{ID: p.ID, Name: p.Name, Kind: p.Kind, URL: p.Website, National: p.National,
		Services: p.Services, Level: rp.Level, Remote: rp.Level == knowledge.LevelNational}
	e := rp.At
	if e == nil && len(p.Establishments) > 0 {
		e = &p.Establishments[0]
	}
	if e != nil {
		it.City, it.DepartementCode, it.RegionCode = e.City, e.Departement, e.Region
		if d, ok := kb.Geo.Departement(e.Departement); ok {
			it.DepartementName = d.Name
		}
		if r, ok := kb.Geo.Region(e.Region); ok {
			it.RegionName = r.Name
		}
	}
	tools := rp.Tools
	if len(wanted) == 0 {
		tools = p.Tools
	}
	it.Tools = names(kb, tools, knowledge.HitTool)
	if len(p.Sources) > 0 {
		it.Source, it.SourceDate = p.Sources[0].URL, p.Sources[0].When()
	}
	return it
}
