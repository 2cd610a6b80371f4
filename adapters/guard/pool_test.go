// SPDX-License-Identifier: AGPL-3.0-or-later

package guard

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

var quiet = slog.New(slog.NewTextHandler(io.Discard, nil))

// blockedPool is a started pool whose only worker is stuck until release is closed, so
// the test controls when the queue is full.
func blockedPool(t *testing.T, size PoolSize) (p *Pool, stats *Stats, release chan struct{}) {
	t.Helper()
	stats = &Stats{}
	p = NewPool(size, stats, quiet)
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	p.Start(ctx)
	release = make(chan struct{})
	started := make(chan struct{})
	p.Submit(Job{User: "blocker", Run: func(context.Context) { close(started); <-release }})
	<-started
	return p, stats, release
}

func TestPoolTellsEachPersonOncePerBurst(t *testing.T) {
	t.Parallel()
	p, stats, release := blockedPool(t, PoolSize{Workers: 1, Queue: 2, NoticeWorkers: 1, NoticeQueue: 16})
	var mu sync.Mutex
	var answered, told []string
	var wg sync.WaitGroup
	submit := func(user string) {
		wg.Add(1)
		queued := p.Submit(Job{User: user,
			Run:  func(context.Context) { mu.Lock(); answered = append(answered, user); mu.Unlock(); wg.Done() },
			Busy: func(context.Context) { mu.Lock(); told = append(told, user); mu.Unlock(); wg.Done() }})
		_ = queued
	}
	for _, u := range []string{"a", "b", "c", "c", "d", "c"} {
		submit(u)
	}
	// a and b fit in the queue; c is told once (its two other questions add nothing), d once.
	wg.Add(-2) // c's second and third questions run nothing
	close(release)
	wg.Wait()
	mu.Lock()
	defer mu.Unlock()
	if strings.Join(answered, "") != "ab" || len(told) != 2 || told[0] != "c" && told[1] != "c" {
		t.Errorf("answered %v, told %v; want a and b answered, c and d told once", answered, told)
	}
	st := stats.Snapshot()
	if st.Queued != 3 || st.Busy != 4 || st.Lost != 0 {
		t.Errorf("stats %+v, want 3 queued (blocker, a, b), 4 busy, none lost", st)
	}
	// The queue emptied: a new burst tells c again.
	if !waitFor(func() bool { return p.Submit(Job{User: "c", Run: func(context.Context) {}}) }) {
		t.Error("the pool does not take work again once the queue emptied")
	}
}

func TestPoolCountsLostWhenEvenNoticesAreFull(t *testing.T) {
	t.Parallel()
	// Queues of one, filled by hand: an unbuffered queue would only take a job when a
	// worker happens to be waiting, which makes the test depend on scheduling.
	p, stats, release := blockedPool(t, PoolSize{Workers: 1, Queue: 1, NoticeWorkers: 1, NoticeQueue: 1})
	defer close(release)
	p.Submit(Job{User: "filler", Run: func(context.Context) {}}) // the answer queue is now full
	noticeStarted := make(chan struct{})
	p.Submit(Job{User: "x", Run: func(context.Context) {}, Busy: func(context.Context) { close(noticeStarted); <-release }})
	<-noticeStarted
	p.Submit(Job{User: "v", Run: func(context.Context) {}, Busy: func(context.Context) {}}) // fills the notice queue
	p.Submit(Job{User: "y", Run: func(context.Context) {}, Busy: func(context.Context) {}})
	p.Submit(Job{User: "z", Run: func(context.Context) {}, Optional: true})
	if st := stats.Snapshot(); st.Lost != 1 || st.Busy != 2 {
		t.Errorf("stats %+v, want y lost (logged), x and v told, the optional z neither", st)
	}
}

func TestPoolTellEachTimeAndPanics(t *testing.T) {
	t.Parallel()
	p, stats, release := blockedPool(t, PoolSize{Workers: 1, Queue: 1, NoticeWorkers: 1, NoticeQueue: 8})
	var told atomic.Int32
	done := make(chan struct{})
	p.Submit(Job{User: "u", What: "panicking job", Run: func(context.Context) { panic("boom") }})
	for range 3 {
		p.Submit(Job{User: "u", TellEachTime: true, Run: func(context.Context) {}, Busy: func(context.Context) { told.Add(1) }})
	}
	p.Submit(Job{User: "v", Run: func(context.Context) {}, Busy: func(context.Context) {}})
	close(release)
	p.Submit(Job{User: "w", Run: func(context.Context) { close(done) }})
	if !waitFor(func() bool { return told.Load() == 3 }) {
		t.Errorf("TellEachTime: told %d times, want 3", told.Load())
	}
	select {
	case <-done:
	case <-time.After(5 * time.Second):
	}
	if st := stats.Snapshot(); st.Panics != 1 {
		t.Errorf("stats %+v, want the panic counted and the worker alive", st)
	}
	p.Close()
	if p.Submit(Job{User: "late", Run: func(context.Context) {}}) {
		t.Error("Submit after Close queued a job")
	}
	if !p.Wait(5 * time.Second) {
		t.Error("workers did not exit after Close")
	}
}

func waitFor(cond func() bool) bool {
	deadline := time.Now().Add(5 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			return false
		}
		time.Sleep(5 * time.Millisecond)
	}
	return true
}

func TestDeadline(t *testing.T) {
	t.Parallel()
	type trace struct {
		mu     sync.Mutex
		events []string
	}
	run := func(work func() string, ack bool, limit time.Duration) []string {
		tr := &trace{}
		add := func(s string) { tr.mu.Lock(); tr.events = append(tr.events, s); tr.mu.Unlock() }
		show := func(prefix string) func(Result[string]) {
			return func(r Result[string]) {
				switch {
				case errors.Is(r.Err, ErrTooSlow):
					add(prefix + ":slow")
				case r.Err != nil:
					add(prefix + ":panic")
				default:
					add(prefix + ":" + r.Value)
				}
			}
		}
		Deadline[string]{Soon: 30 * time.Millisecond, Limit: limit, Now: show("now"), Later: show("later"),
			Ack: func() bool { add("ack"); return ack }}.Run(context.Background(), &Stats{}, quiet, "test", work)
		return tr.events
	}
	slow := func(d time.Duration) func() string { return func() string { time.Sleep(d); return "late" } }
	for name, c := range map[string]struct {
		work  func() string
		ack   bool
		limit time.Duration
		want  string
	}{
		"quick":             {func() string { return "ok" }, true, time.Second, "now:ok"},
		"panic":             {func() string { panic("boom") }, true, time.Second, "now:panic"},
		"slow, acked":       {slow(80 * time.Millisecond), true, time.Second, "ack later:late"},
		"slow, no way back": {slow(80 * time.Millisecond), false, time.Second, "ack now:late"},
		"too slow":          {slow(time.Second), true, 50 * time.Millisecond, "ack later:slow"},
	} {
		if got := strings.Join(run(c.work, c.ack, c.limit), " "); got != c.want {
			t.Errorf("%s: %q, want %q", name, got, c.want)
		}
	}
}
