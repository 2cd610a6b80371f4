// SPDX-License-Identifier: AGPL-3.0-or-later

package guard

import (
	"context"
	"log/slog"
	"sync/atomic"
)

// Stats counts what happened to the questions an adapter received, so that an operator
// (and later the metrics endpoint) can see that nothing was lost. Safe for concurrent use.
type Stats struct {
	queued     atomic.Int64
	done       atomic.Int64
	busy       atomic.Int64
	lost       atomic.Int64
	limited    atomic.Int64
	panics     atomic.Int64
	sendFailed atomic.Int64
}

// StatsSnapshot is a copy of the counters at one moment.
type StatsSnapshot struct {
	// Queued questions were accepted for an answer; Done of them were processed (answered,
	// or told that something failed).
	Queued, Done int64
	// Busy questions did not fit in the queue and their person was told "trop de demandes"
	// (once per burst); Lost ones did not fit and even the notice could not be queued.
	Busy, Lost int64
	// Limited questions were refused by the per-person rate limit.
	Limited int64
	// Panics recovered in handlers.
	Panics int64
	// SendFailed replies or notices the platform did not take, after its retries.
	SendFailed int64
}

// Snapshot reads the counters.
func (s *Stats) Snapshot() StatsSnapshot {
	return StatsSnapshot{Queued: s.queued.Load(), Done: s.done.Load(), Busy: s.busy.Load(), Lost: s.lost.Load(),
		Limited: s.limited.Load(), Panics: s.panics.Load(), SendFailed: s.sendFailed.Load()}
}

// Limited counts a rate-limit refusal.
func (s *Stats) Limited() { s.limited.Add(1) }

// Busy counts a question refused because too many were being answered, whose person was
// told so.
func (s *Stats) Busy() { s.busy.Add(1) }

// SendFailed counts a reply the platform did not take after retries.
func (s *Stats) SendFailed() { s.sendFailed.Add(1) }

// Safely is the package's Safely, counting the panic.
func (s *Stats) Safely(ctx context.Context, log *slog.Logger, what string, fn func()) error {
	err := Safely(ctx, log, what, fn)
	if err != nil {
		s.panics.Add(1)
	}
	return err
}
