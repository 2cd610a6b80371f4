// SPDX-License-Identifier: AGPL-3.0-or-later

package discord

import (
	"context"
	"slices"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/boussole-libre/boussole/adapters/guard"
	"github.com/boussole-libre/boussole/bot"
)

// defaultSendTimeout bounds one answer's REST calls, 429 waits included: past it the
// reply is given up, logged and counted (Stats().SendFailed).
const defaultSendTimeout = 30 * time.Second

// address says how a message reached the bot.
type address int

const (
	notForMe address = iota
	direct           // a DM or a mention: always answer, even small talk with a nudge
	passive          // a listed channel with message content on: answer only real questions
)

// onMessageCreate runs on the gateway's goroutine (SyncEvents): it only decides whether
// the message is for the bot and queues the work, under panic recovery like everything
// that touches the bot.
func (a *Adapter) onMessageCreate(_ *discordgo.Session, mc *discordgo.MessageCreate) {
	if mc == nil || mc.Message == nil || a.isStopping() {
		return
	}
	_ = a.stats.Safely(a.base, a.log, "discord message", func() { a.takeMessage(mc.Message) })
}

// takeMessage queues the answer to m if it is for the bot: the answer itself, the rate
// limit's one notice, or nothing.
func (a *Adapter) takeMessage(m *discordgo.Message) {
	me := a.me.Load()
	if m.Author == nil || m.Author.ID == me.userID || m.Author.Bot || m.WebhookID != "" {
		return // never answer ourselves or other bots: no loops
	}
	if m.Type != discordgo.MessageTypeDefault && m.Type != discordgo.MessageTypeReply {
		return // joins, pins, boosts…
	}
	text, how := a.addressed(m, me.userID)
	if how == notForMe || !a.dedup.First("m:"+m.ID) {
		return // not for us, or a replay after a resume: already answered
	}
	job := guard.Job{User: m.Author.ID, What: "discord message",
		Busy:     func(ctx context.Context) { a.sendText(ctx, m, guard.BusyText(bot.French)) },
		Optional: how == passive, // un-addressed chatter: no notice when too busy
		Run:      func(ctx context.Context) { a.answerMessage(ctx, m, text, how) }}
	if how == direct {
		switch a.limits.Check(m.Author.ID, a.listedAdmin(m)) {
		case guard.Drop:
			a.stats.Limited()
			return
		case guard.Notify:
			a.stats.Limited()
			a.log.Info("discord: rate limited a user", "user", m.Author.ID)
			job.Run = func(ctx context.Context) { a.sendText(ctx, m, guard.LimitedText(bot.French, a.cfg.RateLimit.Every)) }
		}
	}
	a.messages.Submit(job)
}

// answerMessage asks the bot and replies; a panic anywhere on the way gets the person a
// short apology instead of silence.
func (a *Adapter) answerMessage(ctx context.Context, m *discordgo.Message, text string, how address) {
	ctx, cancel := context.WithTimeout(ctx, a.sendTimeout)
	defer cancel()
	err := a.stats.Safely(ctx, a.log, "discord message", func() {
		// A channel (a thread is one too) and a person make a conversation.
		_, reply := a.core.Converse(bot.ConversationKey{Platform: "discord", Channel: m.ChannelID, User: m.Author.ID}, text)
		if how == passive {
			if reply.Intent == bot.IntentNone {
				return // un-addressed small talk: stay quiet
			}
			if !a.allow(ctx, m, reply.Lang) {
				return
			}
		}
		a.sendReply(ctx, m, reply)
	})
	if err != nil {
		a.sendText(ctx, m, guard.ApologyText(bot.French))
	}
}

// listedAdmin: a message author counts as admin for the rate limit when their id or one
// of their roles is listed (a message carries no permissions).
func (a *Adapter) listedAdmin(m *discordgo.Message) bool {
	if slices.Contains(a.cfg.Admins, m.Author.ID) {
		return true
	}
	if m.Member == nil {
		return false
	}
	for _, r := range m.Member.Roles {
		if slices.Contains(a.cfg.AdminRoles, r) {
			return true
		}
	}
	return false
}

// addressed tells whether m is for the bot: a DM, a mention (<@id> or <@!id>), or, with
// message content on, a message in a listed channel. It returns the text without the
// bot's mention.
func (a *Adapter) addressed(m *discordgo.Message, botID string) (string, address) {
	text := m.Content
	mentioned := false
	for _, u := range m.Mentions {
		if u != nil && u.ID == botID {
			mentioned = true
		}
	}
	for _, tag := range []string{"<@" + botID + ">", "<@!" + botID + ">"} {
		if strings.Contains(text, tag) {
			mentioned = true
			text = strings.ReplaceAll(text, tag, " ")
		}
	}
	text = strings.TrimSpace(text)
	switch {
	case m.GuildID == "" || mentioned:
		return text, direct
	case a.cfg.MessageContent && a.channels[m.ChannelID]:
		return text, passive
	}
	return "", notForMe
}

// allow applies the per-user rate limit to a passive message; the first refusal gets one
// polite notice, later ones are dropped silently.
func (a *Adapter) allow(ctx context.Context, m *discordgo.Message, l bot.Lang) bool {
	switch a.limits.Check(m.Author.ID, a.listedAdmin(m)) {
	case guard.Allow:
		return true
	case guard.Notify:
		a.log.Info("discord: rate limited a user", "user", m.Author.ID)
		a.sendText(ctx, m, guard.LimitedText(l, a.cfg.RateLimit.Every))
	}
	a.stats.Limited()
	return false
}

// reference makes the answer a reply to the question, without pinging its author and
// without failing if the question was deleted meanwhile.
func reference(m *discordgo.Message) *discordgo.MessageReference {
	no := false
	return &discordgo.MessageReference{MessageID: m.ID, ChannelID: m.ChannelID, GuildID: m.GuildID, FailIfNotExists: &no}
}

func (a *Adapter) sendReply(ctx context.Context, m *discordgo.Message, r bot.Reply) {
	out := render(r, m.Author.ID)
	a.send(ctx, m, &discordgo.MessageSend{
		Embeds:          []*discordgo.MessageEmbed{out.embed},
		Components:      out.components,
		AllowedMentions: noMentions(),
		Reference:       reference(m),
	}, "an answer")
}

func (a *Adapter) sendText(ctx context.Context, m *discordgo.Message, text string) {
	a.send(ctx, m, &discordgo.MessageSend{
		Content:         Truncate(text, MaxContent),
		AllowedMentions: noMentions(),
		Reference:       reference(m),
	}, "a notice")
}

// send posts msg within the send timeout (discordgo waits out 429s meanwhile); a message
// Discord did not take by then is logged and counted, never retried forever.
func (a *Adapter) send(ctx context.Context, m *discordgo.Message, msg *discordgo.MessageSend, what string) {
	ctx, cancel := context.WithTimeout(ctx, a.sendTimeout)
	defer cancel()
	if _, err := a.s.ChannelMessageSendComplex(m.ChannelID, msg, discordgo.WithContext(ctx)); err != nil {
		a.stats.SendFailed()
		a.log.Error("discord: could not send "+what+"; given up", "channel", m.ChannelID, "message", m.ID, "err", safeErr(err))
	}
}
