package discord

import (
	"context"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/boussole-libre/boussole/adapters/guard"
	"github.com/boussole-libre/boussole/bot"
)

// sendTimeout bounds one answer's REST calls, 429 waits included.
const sendTimeout = 30 * time.Second

// address says how a message reached the bot.
type address int

const (
	notForMe address = iota
	direct           // a DM or a mention: always answer, even small talk with a nudge
	passive          // a listed channel with message content on: answer only real questions
)

// Texts the person sees when something goes wrong.
func limitedText(l bot.Lang) string {
	return tr(l, "Doucement : vous m'avez posé beaucoup de questions d'un coup. Je vous réponds de nouveau dans un moment.",
		"Easy: you asked me a lot at once. I will answer again in a moment.")
}

func errorText(l bot.Lang) string {
	return tr(l, "Désolé, une erreur m'a empêché de répondre. Réessayez dans un instant, ou tapez /aide.",
		"Sorry, an error kept me from answering. Try again in a moment, or type /aide.")
}

func (a *Adapter) onMessageCreate(_ *discordgo.Session, mc *discordgo.MessageCreate) {
	if mc == nil || mc.Message == nil || !a.enter() {
		return
	}
	defer a.inflight.Done()
	ctx, cancel := context.WithTimeout(a.base, sendTimeout)
	defer cancel()
	m := mc.Message
	var reached address
	err := guard.Safely(ctx, a.log, "discord message", func() {
		a.handleMessage(ctx, m, &reached)
	})
	if err != nil && reached != notForMe {
		a.sendText(ctx, m, errorText(bot.French))
	}
}

// handleMessage answers m if it is for the bot. It records in *reached how the message
// reached the bot as soon as that is known, before any work that could panic, so that
// the caller knows whether to apologise.
func (a *Adapter) handleMessage(ctx context.Context, m *discordgo.Message, reached *address) {
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
	*reached = how
	if how == direct && !a.allow(ctx, m, bot.French) {
		return
	}
	_, reply := a.ask(text)
	if how == passive {
		if reply.Intent == bot.IntentNone {
			return // un-addressed small talk: stay quiet
		}
		if !a.allow(ctx, m, reply.Lang) {
			return
		}
	}
	a.sendReply(ctx, m, reply)
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

// allow applies the per-user rate limit; the first refusal gets one polite notice, later
// ones are dropped silently.
func (a *Adapter) allow(ctx context.Context, m *discordgo.Message, l bot.Lang) bool {
	switch a.limiter.Check(m.Author.ID) {
	case guard.Allow:
		return true
	case guard.Notify:
		a.log.Info("discord: rate limited a user", "user", m.Author.ID)
		a.sendText(ctx, m, limitedText(l))
	}
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
	msg := &discordgo.MessageSend{
		Embeds:          []*discordgo.MessageEmbed{out.embed},
		Components:      out.components,
		AllowedMentions: noMentions(),
		Reference:       reference(m),
	}
	if _, err := a.s.ChannelMessageSendComplex(m.ChannelID, msg, discordgo.WithContext(ctx)); err != nil {
		a.log.Warn("discord: sending an answer", "channel", m.ChannelID, "err", safeErr(err))
	}
}

func (a *Adapter) sendText(ctx context.Context, m *discordgo.Message, text string) {
	msg := &discordgo.MessageSend{
		Content:         Truncate(text, MaxContent),
		AllowedMentions: noMentions(),
		Reference:       reference(m),
	}
	if _, err := a.s.ChannelMessageSendComplex(m.ChannelID, msg, discordgo.WithContext(ctx)); err != nil {
		a.log.Warn("discord: sending a notice", "channel", m.ChannelID, "err", safeErr(err))
	}
}
