// SPDX-License-Identifier: AGPL-3.0-or-later

package matrix

import (
	"context"
	"errors"
	"fmt"
	"slices"

	"maunium.net/go/mautrix"
	"maunium.net/go/mautrix/event"
	"maunium.net/go/mautrix/id"

	"github.com/boussole-libre/boussole/adapters/guard"
	"github.com/boussole-libre/boussole/bot"
)

// maxRoomsScanned bounds the search for an existing direct room among the bot's rooms.
const maxRoomsScanned = 200

// Notify sends r to one user in a direct room with the bot: its background jobs (the end
// of !kb verifier) report to the admin who started them. It reuses a room where the bot
// and that user are alone, else creates one (encrypted when the adapter encrypts) and
// invites them. Register it with bot.RegisterNotifier("matrix", a.Notify).
func (a *Adapter) Notify(ctx context.Context, userID string, r bot.Reply) error {
	user := id.UserID(userID)
	if _, _, err := user.Parse(); err != nil {
		return fmt.Errorf("matrix: %q is not a user id: %w", userID, err)
	}
	room, err := a.directRoom(ctx, user)
	if err != nil {
		return fmt.Errorf("matrix: a direct room with %s: %s", user, guard.ShortErr(err))
	}
	msg := Render(r)
	content := &event.MessageEventContent{MsgType: event.MsgNotice, Body: msg.Body, Format: event.FormatHTML,
		FormattedBody: msg.HTML, Mentions: &event.Mentions{}}
	// A notice answers no event, so it has no question to derive its transaction id
	// from: the client's own unique id serves.
	if err := a.send(ctx, room, content, a.cli.TxnID()); err != nil {
		a.stats.SendFailed()
		return fmt.Errorf("matrix: sending to %s in %s: %s", userID, room, guard.ShortErr(err))
	}
	return nil
}

// directRoom finds the bot's direct room with user (m.direct first, then its two-person
// rooms) or creates one.
func (a *Adapter) directRoom(ctx context.Context, user id.UserID) (id.RoomID, error) {
	var direct event.DirectChatsEventContent
	err := a.cli.GetAccountData(ctx, event.AccountDataDirectChats.Type, &direct)
	// Without the current list (an error other than "none yet"), writing one would lose it.
	canRecord := err == nil || errors.Is(err, mautrix.MNotFound)
	candidates := slices.Clone(direct[user])
	if joined, err := a.cli.JoinedRooms(ctx); err == nil {
		candidates = append(candidates, joined.JoinedRooms[:min(len(joined.JoinedRooms), maxRoomsScanned)]...)
	}
	for _, room := range candidates {
		if a.aloneWith(ctx, room, user) {
			return room, nil
		}
	}
	room, err := a.createDirect(ctx, user)
	if err != nil {
		return "", err
	}
	if !canRecord {
		return room, nil
	}
	if direct == nil {
		direct = event.DirectChatsEventContent{}
	}
	direct[user] = append(direct[user], room)
	if err := a.cli.SetAccountData(ctx, event.AccountDataDirectChats.Type, direct); err != nil {
		a.log.WarnContext(ctx, "could not record the direct room in m.direct", "room_id", room, "err", guard.ShortErr(err))
	}
	return room, nil
}

// aloneWith reports a room whose joined members are the bot and user, nobody else.
func (a *Adapter) aloneWith(ctx context.Context, room id.RoomID, user id.UserID) bool {
	cctx, cancel := context.WithTimeout(ctx, apiTimeout)
	defer cancel()
	resp, err := a.cli.JoinedMembers(cctx, room)
	if err != nil || len(resp.Joined) != 2 {
		return false
	}
	_, withUser := resp.Joined[user]
	_, withBot := resp.Joined[a.cli.UserID]
	return withUser && withBot
}

// createDirect creates a private direct room and invites user; encrypted when the adapter
// reads encrypted rooms, so that an admin's reports stay as private as their questions.
func (a *Adapter) createDirect(ctx context.Context, user id.UserID) (id.RoomID, error) {
	req := &mautrix.ReqCreateRoom{Preset: "trusted_private_chat", IsDirect: true, Invite: []id.UserID{user},
		Name: "Boussole"}
	if a.closeCrypto != nil {
		req.InitialState = []*event.Event{{Type: event.StateEncryption,
			Content: event.Content{Parsed: &event.EncryptionEventContent{Algorithm: id.AlgorithmMegolmV1}}}}
	}
	cctx, cancel := context.WithTimeout(ctx, apiTimeout)
	defer cancel()
	resp, err := a.cli.CreateRoom(cctx, req)
	if err != nil {
		return "", err
	}
	return resp.RoomID, nil
}
