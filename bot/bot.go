// SPDX-License-Identifier: AGPL-3.0-or-later

// Package bot is Boussole's platform-free core: it understands a chat message, decides
// what to answer from the knowledge base and builds a neutral Reply that adapters render.
// It imports no platform library.
package bot

import (
	"log/slog"
	"slices"
	"strings"
	"sync/atomic"
	"time"

	"github.com/boussole-libre/boussole/knowledge"
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
	var prev turn
	hadPrev := false
	toks := textnorm.Split(q.Text)
	if q.Conversation != nil {
		if prev, hadPrev = b.convs.get(*q.Conversation); hadPrev {
			u, _ = followUp(u, toks, prev)
		}
	}
	if !u.ContextUsed && pointsBack(u, toks) {
		u = Understanding{Intent: IntentNone, Lang: u.Lang, Question: u.Question, Dangling: true}
		if n := ordinalIn(toks); hadPrev && n > len(prev.answered) && len(prev.answered) > 0 {
			u.shortList = names(kb, prev.answered, knowledge.HitTool) // "le deuxième ?" after one tool
		}
	}
	if q.Lang == French || q.Lang == English {
		u.Lang = q.Lang
	}
	r := answer(kb, u)
	switch {
	case q.Conversation == nil || !rememberable(u):
	case u.About && hadPrev && len(u.Tools) == 1:
		// "le deuxième ?" shows one tool of the list: the conversation goes on about it
		// ("qui peut l'installer ?"), but the list stays what "le troisième" counts in.
		t := turnOf(*q.Conversation, u, r)
		t.answered, t.pointed = prev.answered, u.Tools[0]
		b.convs.put(t)
	default:
		t := turnOf(*q.Conversation, u, r)
		t.sides = productSides(kb, u.Products)
		if t.place.IsZero() && hadPrev {
			t.place = prev.place // a new question in the same conversation: "someone nearby" still means there
		}
		b.convs.put(t)
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

func answer(kb *knowledge.KB, u Understanding) Reply {
	switch u.Intent {
	case IntentHelp:
		if u.AboutLibre {
			return aboutLibre(u.Lang)
		}
		r := Help(u.Lang)
		if u.AboutBot {
			r.Text = Tr(u.Lang, "Je suis un programme, pas une personne : je réponds à partir d'une base de connaissances que les admins de la communauté tiennent à jour. ",
				"I am a program, not a person: I answer from a knowledge base the community's admins keep up to date. ") + r.Text
		}
		return r
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
		// An umbrella ("passer au libre", "les GAFAM") names no tool to filter on.
		strict := len(u.Tools) > 0 || !onlyUmbrellas(kb, u.Products)
		r, _ := providersReply(kb, ProviderRequest{Lang: u.Lang, Place: u.Place, Tools: ids, Service: u.Service,
			Kind: u.Kind, Network: u.Network, StrictTools: strict, Hosts: hostedAsked(kb, u), NationalFirst: u.foreignPlace, Page: 1})
		r.Tools = tools[:min(3, len(tools))]
		if !strict && len(u.Categories) > 0 && r.Place != nil && len(r.Nearest) == 0 {
			r.Title = Tr(u.Lang, "Prestataires — ", "Providers — ") + r.Place.Label + " — " + strings.Join(names(kb, u.Categories, knowledge.HitCategory), ", ")
		}
		r.Replaces = productRefs(kb, u.Products)
		if u.foreignPlace {
			r.Text = strings.TrimSpace(Tr(u.Lang, "Je ne connais que des prestataires installés en France : voici d'abord ceux qui travaillent partout en France ou à distance. ",
				"I only know providers based in France: here first are those who work all over France or remotely. ") + r.Text)
		}
		if u.priceAsked {
			r.Text = strings.TrimSpace(Tr(u.Lang, "Les tarifs dépendent de chaque prestataire et du travail demandé : demandez-leur un devis. ",
				"Prices depend on each provider and on the work: ask them for a quote. ") + r.Text)
		}
		if u.Unknown != "" {
			// Say so rather than filter on a tool nobody is known to work with.
			r.Text = strings.TrimSpace(Tr(u.Lang, "Je ne connais pas « "+u.Unknown+" » : voici les prestataires du libre, sans tenir compte de cet outil. ",
				"I don't know \""+u.Unknown+"\": here are libre providers, whatever that tool. ") + r.Text)
		}
		return r
	default:
		return noneReply(u)
	}
}

// hostedAsked is the service someone wants hosted for them when a provider request names
// only such a service: "a privacy-friendly email provider" wants who runs mailboxes.
func hostedAsked(kb *knowledge.KB, u Understanding) string {
	if len(u.Tools)+len(u.Products) > 0 || len(u.Categories) == 0 || u.Service != "" && u.Service != "hébergement" {
		return ""
	}
	if c := u.Categories[0]; hostsRun(kb, c) {
		return c
	}
	return ""
}

// hostsRun reports a known provider that runs the category's service for the public.
func hostsRun(kb *knowledge.KB, category string) bool {
	return slices.ContainsFunc(kb.Providers, func(p *knowledge.Provider) bool { return slices.Contains(p.Hosts, category) })
}

// firstOf is the first of ids, or "".
func firstOf(ids []string) string {
	if len(ids) == 0 {
		return ""
	}
	return ids[0]
}

func noneReply(u Understanding) Reply {
	r := Reply{Intent: IntentNone, Lang: u.Lang}
	switch {
	case u.AboutBot:
		r.Text = Tr(u.Lang, "Je suis un programme, pas une personne : demandez-moi une alternative libre ou un prestataire près de chez vous.",
			"I am a program, not a person: ask me for a free-software alternative or a provider near you.")
		r.Hint = Tr(u.Lang, "/aide pour tout voir.", "/aide to see everything.")
		return r
	case u.Dangling && len(u.shortList) > 0:
		list := strings.Join(u.shortList, ", ")
		r.Text = Tr(u.Lang, "La réponse précédente ne citait que "+list+" : de quel outil parlez-vous ?",
			"The previous answer only named "+list+": which tool do you mean?")
		return r
	case u.Dangling:
		r.Text = Tr(u.Lang, "De quel outil parlez-vous ? Je ne retrouve pas la réponse précédente : reposez la question avec son nom (« LibreOffice marche sur Mac ? »).",
			"Which tool do you mean? I can't find the previous answer: ask again with its name (\"does LibreOffice run on a Mac?\").")
		return r
	case u.Unknown != "" && u.Question:
		// "qqn a testé Bambinox pour la facturation ?": a name asked about, to members —
		// the bot owns up that it does not know it rather than stay generic.
		r.Text = Tr(u.Lang, "Je ne connais pas « "+u.Unknown+" ». Si vous cherchez un logiciel libre qui fait la même chose, dites-moi à quoi il sert.",
			"I don't know \""+u.Unknown+"\". If you want libre software that does the same, tell me what it is for.")
		return r
	case u.Thanks:
		r.Text = Tr(u.Lang, "Avec plaisir ! Revenez quand vous voulez : une alternative libre, un prestataire près de chez vous.",
			"You're welcome! Come back any time: a free-software alternative, a provider near you.")
		return r
	}
	r.Text = Tr(u.Lang,
		"Je suis Boussole : demandez-moi une alternative libre (« alternative à Google Drive ? ») ou un prestataire près de chez vous (« qui peut héberger Nextcloud à Rennes ? »).",
		"I am Boussole: ask me for a free-software alternative (\"alternative to Google Drive?\") or a provider near you (\"who can host Nextcloud in Rennes?\").")
	r.Hint = Tr(u.Lang, "/aide pour tout voir.", "/aide to see everything.")
	return r
}
