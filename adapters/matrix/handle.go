// SPDX-License-Identifier: AGPL-3.0-or-later

package matrix

import (
	"context"
	"net/url"
	"slices"
	"strings"
	"unicode"

	"maunium.net/go/mautrix/event"
	"maunium.net/go/mautrix/id"

	"github.com/boussole-libre/boussole/adapters/guard"
	"github.com/boussole-libre/boussole/bot"
)

// address says how a message reached the bot.
type address int

const (
	notForMe address = iota
	direct           // a direct room or a mention: always answer
	passive          // a configured room without mention: answer real questions only
)

// question is a message the bot will answer.
type question struct {
	id     id.EventID
	room   id.RoomID
	sender id.UserID
	thread id.EventID // thread root when the question is in a thread
	text   string
	how    address
	cmd    *Command
}

// onMessage decides, in sync order and without blocking, whether a message is for the
// bot, and queues the answer (or the rate limit's one notice). When the queue is full,
// the person is told "trop de demandes" instead, once per burst.
func (a *Adapter) onMessage(ctx context.Context, evt *event.Event) {
	err := a.stats.Safely(ctx, a.log, "matrix message", func() {
		if q, ok := a.questionOf(ctx, evt); ok {
			a.accept(ctx, q)
		}
	})
	if err != nil {
		a.log.ErrorContext(ctx, "message dropped after a panic", "event_id", evt.ID)
	}
}

// accept queues the answer to q. Addressed questions and commands go through the rate
// limit now; a listed room's message only once it proves a real question (in answer),
// and it is optional: dropped without a word when the bot is too busy.
func (a *Adapter) accept(ctx context.Context, q question) {
	job := guard.Job{User: q.sender.String(), What: "matrix message", Optional: q.how == passive,
		Run:  func(ctx context.Context) { a.answer(ctx, q) },
		Busy: func(ctx context.Context) { a.reply(ctx, q, notice(guard.BusyText(a.langOf(q)))) }}
	if q.how == direct {
		switch a.limits.Check(q.sender.String(), a.listedAdmin(q.sender)) {
		case guard.Drop:
			a.stats.Limited()
			return
		case guard.Notify:
			a.stats.Limited()
			job.Run = func(ctx context.Context) { a.notifyLimited(ctx, q) }
		}
	}
	a.submit(ctx, job)
}

// questionOf reads a message event and tells whether (and how) to answer it.
func (a *Adapter) questionOf(ctx context.Context, evt *event.Event) (question, bool) {
	content, ok := a.readable(evt)
	if !ok {
		return question{}, false
	}
	text, mentioned := a.stripMention(content)
	q := question{id: evt.ID, room: evt.RoomID, sender: evt.Sender, text: guard.Cut(text, maxQuestion)}
	if rel := content.OptionalGetRelatesTo(); rel != nil {
		q.thread = rel.GetThreadParent()
	}
	cmd, isCmd := ParseCommand(text)
	dm := !mentioned && a.isDirect(ctx, evt.RoomID)
	switch {
	case isCmd && (cmd.Known || mentioned || dm):
		q.cmd, q.how = &cmd, direct
	case isCmd:
		return question{}, false // another bot's "!command"
	case mentioned || dm:
		q.how = direct
	case a.rooms[evt.RoomID]:
		q.how = passive
	default:
		return question{}, false
	}
	if !a.state.take(evt.ID.String()) || !a.dedup.First(evt.ID.String()) {
		return question{}, false // already answered (replayed batch, late decryption)
	}
	return q, true
}

// readable returns the text content of a message a person sent in a joined room since
// the bot started; everything else is skipped: the bot's own answers, history, notices
// (other bots: no loops), media, emotes, edits and redactions.
func (a *Adapter) readable(evt *event.Event) (*event.MessageEventContent, bool) {
	if evt.Sender == a.cli.UserID || evt.Timestamp < a.start || evt.Unsigned.RedactedBecause != nil ||
		evt.Mautrix.EventSource&event.SourceJoin == 0 {
		return nil, false
	}
	content := evt.Content.AsMessage()
	if content == nil || content.MsgType != event.MsgText || content.NewContent != nil {
		return nil, false
	}
	if rel := content.OptionalGetRelatesTo(); rel != nil && rel.Type == event.RelReplace {
		return nil, false
	}
	content.RemoveReplyFallback()
	return content, true
}

// isDirect reports a room with exactly two members, the bot and one person.
func (a *Adapter) isDirect(ctx context.Context, room id.RoomID) bool {
	n, err := a.joined(ctx, room)
	if err != nil {
		a.log.WarnContext(ctx, "could not count the room's members", "room_id", room, "err", guard.ShortErr(err))
		return false
	}
	return n == 2
}

// stripMention reports whether the message mentions the bot (m.mentions, a pill in the
// HTML, its user id or display name in the text) and returns the text without the
// mention, so that "Boussole: !prestataires 35" runs the command.
func (a *Adapter) stripMention(c *event.MessageEventContent) (string, bool) {
	me := a.cli.UserID
	text := strings.TrimSpace(c.Body)
	mentioned := c.Mentions.Has(me) || hasPill(c.FormattedBody, me)
	for _, name := range []string{string(me), a.displayName} {
		if rest, ok := cutName(text, name); ok {
			text, mentioned = rest, true
		} else if name != "" && containsWord(text, name) {
			mentioned = true
		}
	}
	return text, mentioned
}

// hasPill finds a link to the user in formatted_body: https://matrix.to/#/@bot:server or
// matrix:u/bot:server, percent-encoded or not.
func hasPill(formatted string, user id.UserID) bool {
	if formatted == "" {
		return false
	}
	f := formatted
	if u, err := url.PathUnescape(formatted); err == nil {
		f = u
	}
	local, server, _ := user.Parse()
	return strings.Contains(f, "matrix.to/#/"+string(user)) || strings.Contains(f, "matrix:u/"+local+":"+server)
}

// cutName removes name (and a following ":" or ",") from the start of text.
func cutName(text, name string) (string, bool) {
	if name == "" || len(text) < len(name) || !strings.EqualFold(text[:len(name)], name) {
		return text, false
	}
	rest := text[len(name):]
	if rest != "" && !strings.ContainsAny(rest[:1], " :,\n\t") {
		return text, false // "Boussolerie" is not a mention of "Boussole"
	}
	return strings.TrimLeft(rest, " :,\n\t"), true
}

// containsWord finds name in text as a whole word, ignoring case.
func containsWord(text, name string) bool {
	lt, ln := strings.ToLower(text), strings.ToLower(name)
	for i := 0; ; {
		j := strings.Index(lt[i:], ln)
		if j < 0 {
			return false
		}
		start, end := i+j, i+j+len(ln)
		if (start == 0 || !isWordByte(lt[start-1])) && (end == len(lt) || !isWordByte(lt[end])) {
			return true
		}
		i = start + 1
	}
}

func isWordByte(b byte) bool {
	return b >= 0x80 || unicode.IsLetter(rune(b)) || unicode.IsDigit(rune(b)) || b == '_'
}

// answer builds and sends the answer to q; a panic on the way gets the person a short
// apology instead.
func (a *Adapter) answer(ctx context.Context, q question) {
	var msg Message
	var send bool
	err := a.stats.Safely(ctx, a.log, "matrix answer", func() { msg, send = a.respond(ctx, q) })
	if err != nil {
		msg, send = notice(guard.ApologyText(a.langOf(q))), true
	}
	if send {
		a.reply(ctx, q, msg)
	}
}

// respond returns the message to send for q, or false to stay quiet.
func (a *Adapter) respond(ctx context.Context, q question) (Message, bool) {
	if q.cmd != nil {
		return Render(a.command(ctx, q)), true
	}
	// A room's thread and a person make a conversation.
	k := bot.ConversationKey{Platform: "matrix", Channel: string(q.room) + "/" + string(q.thread), User: string(q.sender)}
	_, reply := a.core.Converse(k, q.text)
	if q.how != passive {
		return Render(reply), true
	}
	if reply.Intent == bot.IntentNone {
		return Message{}, false // small talk in a listed room: stay quiet
	}
	switch a.limits.Check(q.sender.String(), a.listedAdmin(q.sender)) {
	case guard.Drop:
		a.stats.Limited()
		return Message{}, false
	case guard.Notify:
		a.stats.Limited()
		return notice(guard.LimitedText(reply.Lang, a.cfg.RateLimit.Every)), true
	}
	return Render(reply), true
}

// notifyLimited tells a person, once, that they ask too fast.
func (a *Adapter) notifyLimited(ctx context.Context, q question) {
	a.reply(ctx, q, notice(guard.LimitedText(a.langOf(q), a.cfg.RateLimit.Every)))
}

// langOf is the language of a question for a notice: the command's, or understood from
// the text's start only (a flood must not cost full answers).
func (a *Adapter) langOf(q question) bot.Lang {
	if q.cmd != nil {
		return q.cmd.Lang
	}
	return bot.Understand(a.core.KB(), guard.Cut(q.text, langSample)).Lang
}

// notice is a short text as a message, commands in their "!" form.
func notice(text string) Message {
	text = bangify(text)
	return Message{Body: guard.Inert(text), HTML: esc(text)}
}

// listedAdmin: the admins listed in the config get the admins' looser rate limit.
func (a *Adapter) listedAdmin(user id.UserID) bool {
	return slices.Contains(a.cfg.Admins, user.String())
}

// command runs a "!" command, checking admin rights here, in the handler, for !kb.
func (a *Adapter) command(ctx context.Context, q question) bot.Reply {
	c := *q.cmd
	switch {
	case !c.Known:
		return bot.Reply{Intent: bot.IntentNone, Lang: c.Lang, Title: "Commande inconnue : " + Prefix + c.Typed, Text: bot.Help(c.Lang).Text}
	case c.Err != "":
		return bot.Reply{Intent: bot.IntentNone, Lang: c.Lang, Title: c.Err, Hint: bot.Tr(c.Lang, "Usage : ", "Usage: ") + c.Usage}
	}
	admin := false
	if c.Admin {
		admin = a.isAdmin(ctx, q.sender, q.room)
		if !admin {
			a.log.InfoContext(ctx, "refused an admin command", "user_id", q.sender, "command", c.Name)
			return bot.Reply{Intent: bot.IntentNone, Lang: c.Lang, Text: guard.AdminOnlyText(c.Lang)}
		}
	}
	return a.core.Run(c.Name, c.Call(q.sender.String(), admin))
}

// isAdmin: a listed user id, or, with admin_power_level, a member of a listed room whose
// power level there (read from the server now, so a demotion counts at once) is high
// enough. Any error counts as "not admin".
func (a *Adapter) isAdmin(ctx context.Context, user id.UserID, room id.RoomID) bool {
	if slices.Contains(a.cfg.Admins, user.String()) {
		return true
	}
	if a.cfg.AdminPowerLevel <= 0 || !a.rooms[room] {
		return false
	}
	cctx, cancel := context.WithTimeout(ctx, apiTimeout)
	defer cancel()
	var pl event.PowerLevelsEventContent
	if err := a.cli.StateEvent(cctx, room, event.StatePowerLevels, "", &pl); err != nil {
		a.log.WarnContext(ctx, "admin check: reading power levels", "room_id", room, "err", guard.ShortErr(err))
		return false
	}
	return pl.GetUserLevel(user) >= a.cfg.AdminPowerLevel
}
