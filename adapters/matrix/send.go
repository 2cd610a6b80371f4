// SPDX-License-Identifier: AGPL-3.0-or-later

package matrix

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"net/http"
	"strings"
	"time"

	"maunium.net/go/mautrix"
	"maunium.net/go/mautrix/event"
	"maunium.net/go/mautrix/id"

	"github.com/boussole-libre/boussole/adapters/guard"
)

// maxSendAttempts bounds the tries of one answer (rate limits and network errors).
const maxSendAttempts = 6

// reply sends msg as a notice replying to q: in q's thread when q is in one. The empty
// m.mentions tells clients that nobody is to be notified, whatever the text says.
func (a *Adapter) reply(ctx context.Context, q question, msg Message) {
	content := &event.MessageEventContent{
		MsgType:       event.MsgNotice, // bots answer with notices, which other bots ignore
		Body:          msg.Body,
		Format:        event.FormatHTML,
		FormattedBody: msg.HTML,
		Mentions:      &event.Mentions{},
		RelatesTo:     replyRelation(q.id, q.thread),
	}
	if err := a.send(ctx, q.room, content, txnID(q.id)); err != nil {
		a.stats.SendFailed()
		a.log.ErrorContext(ctx, "could not send the answer", "room_id", q.room, "event_id", q.id, "err", guard.ShortErr(err))
	}
}

// replyRelation is a real reply to the question (not a thread fallback), inside its
// thread when it has one.
func replyRelation(question, thread id.EventID) *event.RelatesTo {
	rel := &event.RelatesTo{}
	if thread != "" {
		rel.SetThread(thread, "")
	}
	return rel.SetReplyTo(question)
}

// txnID derives the transaction id from the question, so that a retried send, or the
// same answer sent again after a crash, is recognised by the homeserver and stored once.
func txnID(question id.EventID) string {
	sum := sha256.Sum256([]byte(question))
	return "boussole-" + hex.EncodeToString(sum[:12])
}

// send sends an event, waiting out M_LIMIT_EXCEEDED (retry_after_ms) and backing off on
// network and server errors; other refusals (not in the room, forbidden) are final.
func (a *Adapter) send(ctx context.Context, room id.RoomID, content any, txn string) error {
	backoff := a.cfg.ReconnectMin
	var err error
	for attempt := 1; attempt <= maxSendAttempts; attempt++ {
		_, err = a.cli.SendMessageEvent(ctx, room, event.EventMessage, content, mautrix.ReqSendEvent{TransactionID: txn})
		if err == nil || ctx.Err() != nil {
			return err
		}
		wait, limited := retryAfter(err)
		switch {
		case limited:
		case transient(err):
			wait, backoff = jitter(backoff), min(backoff*2, a.cfg.ReconnectMax)
		default:
			return err
		}
		if deadline, ok := ctx.Deadline(); ok && time.Until(deadline) < wait {
			return err // the wait would outlive the answer's deadline
		}
		a.log.WarnContext(ctx, "sending failed; retrying", "room_id", room, "in", wait.Round(time.Millisecond), "rate_limited", limited, "err", guard.ShortErr(err))
		if !guard.Sleep(ctx, wait) {
			return err
		}
	}
	return err
}

// transient reports errors worth retrying: no HTTP answer at all, or a server error.
func transient(err error) bool {
	var he mautrix.HTTPError
	if !errors.As(err, &he) {
		return !strings.Contains(err.Error(), "failed to encrypt") // a crypto error will not fix itself
	}
	if he.Response == nil {
		return true
	}
	return he.Response.StatusCode >= http.StatusInternalServerError
}
