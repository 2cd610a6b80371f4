// SPDX-License-Identifier: AGPL-3.0-or-later

package matrix

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"maunium.net/go/mautrix"
	"maunium.net/go/mautrix/event"
	"maunium.net/go/mautrix/id"
)

// user is a person in the tests: a real mautrix client that syncs and keeps every
// message it sees (decrypted when it has encryption).
type user struct {
	t   *testing.T
	cli *mautrix.Client
	id  id.UserID

	mu      sync.Mutex
	events  []*event.Event
	invites []invite // the user's invitations, oldest first

	stop func()
}

// newUser logs name in (a new device) and starts its sync loop. With encrypted, the
// client runs mautrix's crypto helper, as Element would.
func newUser(t *testing.T, d *dendrite, name, token, device string, encrypted bool) *user {
	t.Helper()
	cli, err := mautrix.NewClient(d.URL, id.NewUserID(name, "localhost"), token)
	if err != nil {
		t.Fatal(err)
	}
	cli.DeviceID = id.DeviceID(device)
	u := &user{t: t, cli: cli, id: cli.UserID}
	syncer := &quickRetrySyncer{mautrix.NewDefaultSyncer()}
	cli.Syncer = syncer
	if encrypted {
		setupTestCrypto(t, cli, filepath.Join(t.TempDir(), name+".db"))
	} else {
		cli.StateStore = mautrix.NewMemoryStateStore()
		syncer.OnEvent(cli.StateStoreSyncHandler)
	}
	syncer.OnEventType(event.StateMember, func(_ context.Context, evt *event.Event) {
		if m := evt.Content.AsMember(); evt.GetStateKey() == u.id.String() && m.Membership == event.MembershipInvite {
			u.mu.Lock()
			u.invites = append(u.invites, invite{room: evt.RoomID, from: evt.Sender})
			u.mu.Unlock()
		}
	})
	syncer.OnEventType(event.EventMessage, func(_ context.Context, evt *event.Event) {
		u.mu.Lock()
		defer u.mu.Unlock()
		u.events = append(u.events, evt)
	})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		for ctx.Err() == nil {
			if err := cli.SyncWithContext(ctx); err != nil && ctx.Err() == nil {
				time.Sleep(200 * time.Millisecond) // homeserver restarting
			}
		}
	}()
	u.stop = func() { cancel(); <-done }
	t.Cleanup(u.stop)
	return u
}

func (u *user) ctx() (context.Context, context.CancelFunc) {
	return context.WithTimeout(context.Background(), 30*time.Second)
}

// send posts a message and returns its event id.
func (u *user) send(room id.RoomID, c *event.MessageEventContent) id.EventID {
	u.t.Helper()
	ctx, cancel := u.ctx()
	defer cancel()
	if c.MsgType == "" {
		c.MsgType = event.MsgText
	}
	resp, err := u.cli.SendMessageEvent(ctx, room, event.EventMessage, c)
	if err != nil {
		u.t.Fatalf("%s sending %q: %v", u.id, c.Body, err)
	}
	return resp.EventID
}

// say posts plain text, mentioning the users given through m.mentions.
func (u *user) say(room id.RoomID, text string, mentions ...id.UserID) id.EventID {
	u.t.Helper()
	c := &event.MessageEventContent{Body: text}
	if len(mentions) > 0 {
		c.Mentions = &event.Mentions{UserIDs: mentions}
	}
	return u.send(room, c)
}

// replies returns the messages from sender that reply to q.
func (u *user) replies(sender id.UserID, q id.EventID) []*event.Event {
	u.mu.Lock()
	defer u.mu.Unlock()
	var out []*event.Event
	for _, e := range u.events {
		if e.Sender != sender {
			continue
		}
		if m := e.Content.AsMessage(); m != nil && m.RelatesTo != nil && m.RelatesTo.GetNonFallbackReplyTo() == q {
			out = append(out, e)
		}
	}
	return out
}

// waitReply waits for the first reply from sender to q.
func (u *user) waitReply(sender id.UserID, q id.EventID, d time.Duration) *event.Event {
	u.t.Helper()
	deadline := time.Now().Add(d)
	for time.Now().Before(deadline) {
		if r := u.replies(sender, q); len(r) > 0 {
			return r[0]
		}
		time.Sleep(50 * time.Millisecond)
	}
	u.t.Fatalf("no reply from %s to %s within %s", sender, q, d)
	return nil
}

// waitNotice waits for a message from sender whose body contains text, in any room.
func (u *user) waitNotice(sender id.UserID, text string, d time.Duration) *event.Event {
	u.t.Helper()
	deadline := time.Now().Add(d)
	for time.Now().Before(deadline) {
		u.mu.Lock()
		for _, e := range u.events {
			if m := e.Content.AsMessage(); e.Sender == sender && m != nil && strings.Contains(m.Body, text) {
				u.mu.Unlock()
				return e
			}
		}
		u.mu.Unlock()
		time.Sleep(50 * time.Millisecond)
	}
	u.t.Fatalf("no message from %s containing %q within %s", sender, text, d)
	return nil
}

// invite is an invitation the user received.
type invite struct {
	room id.RoomID
	from id.UserID
}

// waitInvite waits for an invitation from inviter and returns its room.
func (u *user) waitInvite(inviter id.UserID, d time.Duration) id.RoomID {
	u.t.Helper()
	deadline := time.Now().Add(d)
	for time.Now().Before(deadline) {
		u.mu.Lock()
		for _, in := range u.invites {
			if in.from == inviter {
				u.mu.Unlock()
				return in.room
			}
		}
		u.mu.Unlock()
		time.Sleep(50 * time.Millisecond)
	}
	u.t.Fatalf("%s got no invitation from %s within %s", u.id, inviter, d)
	return ""
}

// history reads the room's last events as the server has them, oldest first.
func (u *user) history(room id.RoomID) []*event.Event {
	u.t.Helper()
	ctx, cancel := u.ctx()
	defer cancel()
	resp, err := u.cli.Messages(ctx, room, "", "", mautrix.DirectionBackward, nil, 50)
	if err != nil {
		u.t.Fatalf("%s reading %s: %v", u.id, room, err)
	}
	slices.Reverse(resp.Chunk)
	return resp.Chunk
}

// createRoom creates a room and invites the given users.
func (u *user) createRoom(req *mautrix.ReqCreateRoom) id.RoomID {
	u.t.Helper()
	ctx, cancel := u.ctx()
	defer cancel()
	resp, err := u.cli.CreateRoom(ctx, req)
	if err != nil {
		u.t.Fatalf("%s creating a room: %v", u.id, err)
	}
	return resp.RoomID
}

func (u *user) join(room id.RoomID) {
	u.t.Helper()
	ctx, cancel := u.ctx()
	defer cancel()
	if _, err := u.cli.JoinRoomByID(ctx, room); err != nil {
		u.t.Fatalf("%s joining %s: %v", u.id, room, err)
	}
}

// waitMembership waits until who's membership in room, as the server has it, is want;
// with local, the user's own client must also have seen it (an encrypting client needs
// the member list to share its keys).
func (u *user) waitMembership(room id.RoomID, who id.UserID, want event.Membership, local bool, d time.Duration) {
	u.t.Helper()
	deadline := time.Now().Add(d)
	for time.Now().Before(deadline) {
		ctx, cancel := u.ctx()
		var m event.MemberEventContent
		err := u.cli.StateEvent(ctx, room, event.StateMember, who.String(), &m)
		cancel()
		if err == nil && m.Membership == want && (!local || u.cli.StateStore.IsMembership(context.Background(), room, who, want)) {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
	u.t.Fatalf("%s in %s did not become %q within %s", who, room, want, d)
}

// joinedRooms lists the rooms the user is in, as the server says.
func (u *user) joinedRooms() []id.RoomID {
	u.t.Helper()
	ctx, cancel := u.ctx()
	defer cancel()
	resp, err := u.cli.JoinedRooms(ctx)
	if err != nil {
		u.t.Fatal(err)
	}
	return resp.JoinedRooms
}

// quickRetrySyncer retries a failed sync after 200 ms instead of mautrix's 10 s, so that
// the test users see the homeserver again as soon as it is back.
type quickRetrySyncer struct{ *mautrix.DefaultSyncer }

func (quickRetrySyncer) OnFailedSync(*mautrix.RespSync, error) (time.Duration, error) {
	return 200 * time.Millisecond, nil
}

// eventually polls cond until it holds or d passes.
func eventually(t *testing.T, d time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(d)
	for time.Now().Before(deadline) {
		if cond() {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("%s: not within %s", what, d)
}

func contains[T comparable](s []T, v T) bool { return slices.Contains(s, v) }
