// SPDX-License-Identifier: AGPL-3.0-or-later

// Package guard holds the protections every chat adapter needs around the bot: answering
// each event once, limiting floods per user, and surviving a panic in a handler.
package guard

import (
	"container/list"
	"context"
	"fmt"
	"log/slog"
	"runtime/debug"
	"sync"
	"sync/atomic"
	"time"
)

// Dedup remembers recently seen event ids, because platforms may deliver an event more than
// once (gateway resumes, WebSocket replays). It is bounded in size and age.
type Dedup struct {
	mu    sync.Mutex
	ttl   time.Duration
	max   int
	order *list.List // of entry, oldest first
	seen  map[string]*list.Element
	now   func() time.Time
}

type entry struct {
	id string
	at time.Time
}

// NewDedup remembers up to max ids for ttl.
func NewDedup(max int, ttl time.Duration) *Dedup {
	return &Dedup{ttl: ttl, max: max, order: list.New(), seen: map[string]*list.Element{}, now: time.Now}
}

// First reports whether id is seen for the first time (and remembers it).
func (d *Dedup) First(id string) bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	now := d.now()
	for e := d.order.Front(); e != nil; e = d.order.Front() {
		en := e.Value.(entry)
		if now.Sub(en.at) < d.ttl && d.order.Len() < d.max {
			break
		}
		d.order.Remove(e)
		delete(d.seen, en.id)
	}
	if _, dup := d.seen[id]; dup {
		return false
	}
	d.seen[id] = d.order.PushBack(entry{id, now})
	return true
}

// Limiter is a per-user token bucket: Burst questions at once, then one every Every.
type Limiter struct {
	mu     sync.Mutex
	every  time.Duration
	burst  float64
	users  map[string]*bucket
	now    func() time.Time
	sweeps int
}

type bucket struct {
	tokens   float64
	last     time.Time
	notified bool
}

// NewLimiter allows burst events at once per user, refilled at one per every.
func NewLimiter(burst int, every time.Duration) *Limiter {
	return &Limiter{every: every, burst: float64(burst), users: map[string]*bucket{}, now: time.Now}
}

// Decision is the limiter's verdict on one event.
type Decision int

// Decisions.
const (
	Allow  Decision = iota // answer
	Notify                 // refuse, and tell the person once
	Drop                   // refuse silently: they were already told
)

// Check takes a token for user.
func (l *Limiter) Check(user string) Decision {
	if l == nil || l.burst <= 0 {
		return Allow
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	b, ok := l.users[user]
	if !ok {
		b = &bucket{tokens: l.burst, last: now}
		l.users[user] = b
	}
	b.tokens = min(l.burst, b.tokens+float64(now.Sub(b.last))/float64(l.every))
	b.last = now
	l.sweep(now)
	if b.tokens >= 1 {
		b.tokens--
		b.notified = false
		return Allow
	}
	if b.notified {
		return Drop
	}
	b.notified = true
	return Notify
}

// sweep forgets users whose bucket is full again, so memory stays bounded.
func (l *Limiter) sweep(now time.Time) {
	l.sweeps++
	if l.sweeps%256 != 0 {
		return
	}
	full := time.Duration(l.burst * float64(l.every))
	for u, b := range l.users {
		if now.Sub(b.last) > full {
			delete(l.users, u)
		}
	}
}

// Safely runs fn and turns a panic into an error (logged with its stack), so that one bad
// event cannot take the adapter down.
func Safely(ctx context.Context, log *slog.Logger, what string, fn func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic in %s: %v", what, r)
			log.ErrorContext(ctx, "handler panic", "handler", what, "panic", fmt.Sprint(r), "stack", string(debug.Stack()))
		}
	}()
	fn()
	return nil
}

// Once lets an adapter's Run start it a single time: a second call would open a second
// connection and a second set of workers over the same state.
type Once struct{ started atomic.Bool }

// Start marks the adapter started; called again, it says in platform's name that Run was
// called twice.
func (o *Once) Start(platform string) error {
	if !o.started.CompareAndSwap(false, true) {
		return fmt.Errorf("%s: Run called twice", platform)
	}
	return nil
}
