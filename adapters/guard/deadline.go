// SPDX-License-Identifier: AGPL-3.0-or-later

package guard

import (
	"context"
	"errors"
	"log/slog"
	"time"
)

// ErrTooSlow is the result of work that missed its deadline.
var ErrTooSlow = errors.New("guard: the answer took too long")

// Result is what a piece of work produced: its value, or why there is none (a recovered
// panic, or ErrTooSlow).
type Result[T any] struct {
	Value T
	Err   error
}

// Deadline is the shared shape of "answer within the platform's deadline, or acknowledge
// and finish later" (Discord interactions: 3 s, then a deferred response edited later;
// Mattermost slash commands: a few seconds, then response_url).
type Deadline[T any] struct {
	// Soon is how long the work may run before the request must be acknowledged.
	Soon time.Duration
	// Limit is how long, after Soon, the work may still run before it counts as failed.
	Limit time.Duration
	// Now delivers a result in time. It also delivers the late result when Ack reports that
	// the request cannot be finished later.
	Now func(Result[T])
	// Ack acknowledges the request ("thinking…"); false when there is no way to finish
	// later, and the caller must wait for the result instead.
	Ack func() bool
	// Later delivers the result after a successful Ack.
	Later func(Result[T])
	// Detach runs the wait that follows a successful Ack (for instance in a goroutine the
	// adapter tracks for shutdown); nil waits in the caller.
	Detach func(wait func())
}

// Run runs work under panic recovery (counted in stats) and delivers its result through
// d. It returns once the result is delivered, or once the wait after Ack is detached.
func (d Deadline[T]) Run(ctx context.Context, stats *Stats, log *slog.Logger, what string, work func() T) {
	res := make(chan Result[T], 1)
	go func() {
		var v T
		err := stats.Safely(ctx, log, what, func() { v = work() })
		res <- Result[T]{Value: v, Err: err}
	}()
	soon := time.NewTimer(d.Soon)
	defer soon.Stop()
	select {
	case r := <-res:
		d.Now(r)
		return
	case <-soon.C:
	}
	if !d.Ack() {
		wait(res, d.Limit, d.Now)
		return
	}
	later := func() { wait(res, d.Limit, d.Later) }
	if d.Detach == nil {
		later()
		return
	}
	d.Detach(later)
}

func wait[T any](res <-chan Result[T], limit time.Duration, deliver func(Result[T])) {
	t := time.NewTimer(limit)
	defer t.Stop()
	select {
	case r := <-res:
		deliver(r)
	case <-t.C:
		deliver(Result[T]{Err: ErrTooSlow})
	}
}
