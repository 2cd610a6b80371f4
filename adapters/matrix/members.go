// SPDX-License-Identifier: AGPL-3.0-or-later

package matrix

import (
	"context"
	"strings"
	"sync"
	"time"

	"maunium.net/go/mautrix/event"
	"maunium.net/go/mautrix/id"

	"github.com/boussole-libre/boussole/adapters/guard"
)

// onMember handles membership: invites for the bot (joined when the inviter is allowed,
// declined otherwise), and departures, after which a room left empty is left.
func (a *Adapter) onMember(ctx context.Context, evt *event.Event) {
	content := evt.Content.AsMember()
	if content == nil || evt.StateKey == nil {
		return
	}
	room := evt.RoomID
	target := id.UserID(*evt.StateKey)
	if target == a.cli.UserID {
		if content.Membership == event.MembershipInvite && evt.Mautrix.EventSource&event.SourceInvite != 0 {
			a.onInvite(ctx, room, evt.Sender)
		}
		return
	}
	if evt.Mautrix.EventSource&event.SourceJoin == 0 {
		return
	}
	a.members.forget(room)
	if content.Membership == event.MembershipLeave || content.Membership == event.MembershipBan {
		a.emptyMu.Lock()
		a.emptyCheck[room] = true
		a.emptyMu.Unlock()
	}
}

// onInvite joins or declines an invite.
func (a *Adapter) onInvite(ctx context.Context, room id.RoomID, inviter id.UserID) {
	cctx, cancel := context.WithTimeout(ctx, apiTimeout)
	defer cancel()
	if !a.inviteAllowed(inviter) {
		a.log.InfoContext(ctx, "declined an invite from a user not in matrix.invite_from", "room_id", room, "inviter", inviter)
		if _, err := a.cli.LeaveRoom(cctx, room); err != nil {
			a.log.WarnContext(ctx, "could not decline an invite", "room_id", room, "err", guard.ShortErr(err))
		}
		return
	}
	if _, err := a.cli.JoinRoomByID(cctx, room); err != nil {
		a.log.WarnContext(ctx, "could not join a room", "room_id", room, "inviter", inviter, "err", guard.ShortErr(err))
		return
	}
	a.members.forget(room)
	a.log.InfoContext(ctx, "joined a room on invite", "room_id", room, "inviter", inviter)
}

// inviteAllowed checks the inviter against invite_from: a user id, a server name or "*";
// by default, users of the bot's own server.
func (a *Adapter) inviteAllowed(inviter id.UserID) bool {
	server := strings.ToLower(inviter.Homeserver())
	if len(a.cfg.InviteFrom) == 0 {
		return server != "" && server == strings.ToLower(a.cli.UserID.Homeserver())
	}
	for _, f := range a.cfg.InviteFrom {
		f = strings.TrimSpace(f)
		switch {
		case f == "*":
			return true
		case strings.HasPrefix(f, "@"):
			if id.UserID(f) == inviter {
				return true
			}
		case strings.EqualFold(strings.TrimPrefix(f, ":"), server) && server != "":
			return true
		}
	}
	return false
}

// memberCache remembers how many people are joined to each room (a direct room has two),
// refreshed when membership changes.
type memberCache struct {
	mu    sync.Mutex
	count map[id.RoomID]memberCount
}

type memberCount struct {
	n  int
	at time.Time
}

const memberTTL = 10 * time.Minute

func newMemberCache() *memberCache { return &memberCache{count: map[id.RoomID]memberCount{}} }

func (m *memberCache) forget(room id.RoomID) {
	m.mu.Lock()
	defer m.mu.Unlock()
	delete(m.count, room)
}

// joined returns the number of joined members of room, from the cache or the server.
func (a *Adapter) joined(ctx context.Context, room id.RoomID) (int, error) {
	a.members.mu.Lock()
	c, ok := a.members.count[room]
	a.members.mu.Unlock()
	if ok && time.Since(c.at) < memberTTL {
		return c.n, nil
	}
	cctx, cancel := context.WithTimeout(ctx, apiTimeout)
	defer cancel()
	resp, err := a.cli.JoinedMembers(cctx, room)
	if err != nil {
		return 0, err
	}
	a.members.mu.Lock()
	defer a.members.mu.Unlock()
	if len(a.members.count) > 10000 {
		clear(a.members.count)
	}
	a.members.count[room] = memberCount{n: len(resp.Joined), at: time.Now()}
	return len(resp.Joined), nil
}

// leaveEmptyRooms leaves the rooms where the bot stayed alone during the last batch.
func (a *Adapter) leaveEmptyRooms(ctx context.Context) {
	a.emptyMu.Lock()
	rooms := a.emptyCheck
	a.emptyCheck = map[id.RoomID]bool{}
	a.emptyMu.Unlock()
	for room := range rooms {
		a.members.forget(room)
		n, err := a.joined(ctx, room)
		if err != nil || n > 1 {
			continue
		}
		cctx, cancel := context.WithTimeout(ctx, apiTimeout)
		_, err = a.cli.LeaveRoom(cctx, room)
		cancel()
		if err != nil {
			a.log.WarnContext(ctx, "could not leave an empty room", "room_id", room, "err", guard.ShortErr(err))
			continue
		}
		a.members.forget(room)
		a.log.InfoContext(ctx, "left a room where nobody else remained", "room_id", room)
	}
}
