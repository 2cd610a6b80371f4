// SPDX-License-Identifier: AGPL-3.0-or-later

package web

import (
	"github.com/boussole-libre/boussole/bot"
)

// askInput is one question and where it comes from.
type askInput struct {
	question     string
	conversation string // "": stateless
	client       string // the browser's own id for its conversations (no cookie)
	clientIP     string
	region       string   // INSEE code: only this region's (and remote) providers
	lang         bot.Lang // "": the question's language
}

// answer asks the bot. With a conversation id, follow-ups ("et à Lyon ?") complete the
// previous question of the same conversation; the key includes the client's address so
// that a guessed id does not reach someone else's conversation.
func (s *Server) answer(in askInput) (bot.Understanding, bot.Reply) {
	q := bot.Question{Text: in.question, Platform: Platform, Lang: in.lang}
	if in.conversation != "" {
		q.Conversation = &bot.ConversationKey{Platform: Platform, Channel: in.conversation, User: in.clientIP + "|" + in.client}
	}
	u, r := s.bot.Answer(q)
	if in.region != "" {
		r = s.restrict(u, r, in.region)
	}
	return u, r
}

// restrict keeps a widget's answer to its region: a providers question that named no
// place is asked again for the region; otherwise providers elsewhere (but not the remote
// ones) are left out.
func (s *Server) restrict(u bot.Understanding, r bot.Reply, region string) bot.Reply {
	if u.Intent == bot.IntentProviders && u.Place.IsZero() {
		reg, _ := s.bot.KB().Geo.Region(region) // checked by the caller
		// The region's name: a bare code such as "53" would read as a département.
		a := bot.ProvidersArgs{Place: reg.Name, Page: 1}
		if len(r.Tools) > 0 {
			a.Tool = r.Tools[0].ID
		}
		if rr := bot.ProvidersFor(s.bot.KB(), a, u.Lang); !rr.Ephemeral {
			rr.Tools, rr.Replaces = r.Tools, r.Replaces
			return rr
		}
		return r
	}
	kept := r.Providers[:0:0]
	for _, p := range r.Providers {
		if p.RegionCode == region || p.RegionCode == "" && (p.National || p.Remote) {
			kept = append(kept, p)
		}
	}
	r.Providers = kept
	return r
}
