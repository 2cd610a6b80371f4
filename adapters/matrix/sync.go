// SPDX-License-Identifier: AGPL-3.0-or-later

package matrix

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"net/http"
	"strconv"
	"sync"
	"time"

	"maunium.net/go/mautrix"
	"maunium.net/go/mautrix/event"

	"github.com/boussole-libre/boussole/adapters/guard"
)

// setupSync installs the event handlers and creates the sync filter.
func (a *Adapter) setupSync(ctx context.Context) (string, error) {
	syncer, ok := a.cli.Syncer.(*mautrix.DefaultSyncer)
	if !ok {
		return "", errors.New("matrix: unexpected syncer")
	}
	syncer.OnEventType(event.EventMessage, a.onMessage)
	syncer.OnEventType(event.StateMember, a.onMember)
	if a.cli.Crypto == nil {
		syncer.OnEventType(event.EventEncrypted, a.onUnreadable)
	}
	filter := &mautrix.Filter{Room: &mautrix.RoomFilter{Timeline: &mautrix.FilterPart{Limit: 50}}}
	cctx, cancel := context.WithTimeout(ctx, apiTimeout)
	defer cancel()
	resp, err := a.cli.CreateFilter(cctx, filter)
	if err != nil {
		return "", fmt.Errorf("matrix: creating the sync filter: %s", guard.ShortErr(err))
	}
	return resp.FilterID, nil
}

// onUnreadable warns, once per room, that encrypted messages are ignored because
// encryption is off (matrix.encryption: false).
func (a *Adapter) onUnreadable(ctx context.Context, evt *event.Event) {
	if evt.Sender == a.cli.UserID || evt.Timestamp < a.start {
		return
	}
	a.emptyMu.Lock()
	first := !a.warned[evt.RoomID]
	if first && len(a.warned) < 10000 {
		a.warned[evt.RoomID] = true
	}
	a.emptyMu.Unlock()
	if first {
		a.log.WarnContext(ctx, "encrypted message ignored: matrix.encryption is off (and needs -tags goolm)", "room_id", evt.RoomID)
	}
}

// syncLoop long-polls /sync from the saved token until ctx ends. Each batch is
// processed and its answers sent before the token is saved, with the ids of the
// questions taken: a failed request is retried from the same token, so nothing is
// skipped, and the ids, the start-time rule and the per-question transaction ids keep
// each answer single. Network errors back off exponentially with jitter;
// M_LIMIT_EXCEEDED waits retry_after_ms. Only a revoked token stops the loop.
func (a *Adapter) syncLoop(ctx context.Context, filterID string) error {
	since := a.state.nextBatch()
	if since != "" {
		a.log.InfoContext(ctx, "resuming sync from the saved token")
	} else {
		a.log.InfoContext(ctx, "first sync: history is skipped")
	}
	backoff := a.cfg.ReconnectMin
	failing := false
	for ctx.Err() == nil {
		timeout := int(syncTimeout.Milliseconds())
		if failing || since == "" {
			timeout = 0 // first sync, or back after an error: answer at once
		}
		resp, err := a.cli.FullSyncRequest(ctx, mautrix.ReqSync{Timeout: timeout, Since: since, FilterID: filterID})
		if err != nil {
			if ctx.Err() != nil {
				return nil
			}
			if errors.Is(err, mautrix.MUnknownToken) {
				return fmt.Errorf("matrix: the homeserver no longer accepts the access token (%s): set a new %s and restart", guard.ShortErr(err), EnvToken)
			}
			a.link.Down("sync failing: " + guard.ShortErr(err))
			wait, limited := retryAfter(err)
			if !limited {
				wait = jitter(backoff)
				backoff = min(backoff*2, a.cfg.ReconnectMax)
			}
			a.log.WarnContext(ctx, "sync failed; retrying", "in", wait.Round(time.Millisecond), "rate_limited", limited, "err", guard.ShortErr(err))
			failing = true
			if !guard.Sleep(ctx, wait) {
				return nil
			}
			continue
		}
		a.link.Up()
		if failing {
			a.log.InfoContext(ctx, "sync resumed")
		}
		failing, backoff = false, a.cfg.ReconnectMin
		a.process(ctx, resp, since)
		since = resp.NextBatch
		if err := a.state.save(since); err != nil {
			a.log.ErrorContext(ctx, "saving the sync token", "err", err)
		}
		a.syncedOnce.Do(func() { close(a.synced) })
	}
	return nil
}

// process dispatches one sync batch to the handlers and waits for the answers it queued.
func (a *Adapter) process(ctx context.Context, resp *mautrix.RespSync, since string) {
	b := &batch{}
	bctx := context.WithValue(ctx, batchKey{}, b)
	if err := a.cli.Syncer.ProcessResponse(bctx, resp, since); err != nil {
		// The syncer recovered a panic in a handler; the batch is skipped, not retried
		// forever.
		a.log.ErrorContext(ctx, "processing a sync batch", "err", guard.ShortErr(err))
	}
	if !b.wait(ctx, batchWait) {
		a.log.WarnContext(ctx, "answers of a sync batch still running; saving the sync token anyway")
	}
	a.leaveEmptyRooms(ctx)
}

// retryAfter reads how long M_LIMIT_EXCEEDED asks to wait: retry_after_ms in the body,
// or the Retry-After header (seconds), or one second.
func retryAfter(err error) (time.Duration, bool) {
	var he mautrix.HTTPError
	if !errors.As(err, &he) || !errors.Is(err, mautrix.MLimitExceeded) && !he.IsStatus(http.StatusTooManyRequests) {
		return 0, false
	}
	if he.RespError != nil {
		if ms, ok := he.RespError.ExtraData["retry_after_ms"].(float64); ok && ms > 0 {
			return min(time.Duration(ms)*time.Millisecond, 10*time.Minute), true
		}
	}
	if he.Response != nil {
		if s, err := strconv.Atoi(he.Response.Header.Get("Retry-After")); err == nil && s > 0 {
			return min(time.Duration(s)*time.Second, 10*time.Minute), true
		}
	}
	return time.Second, true
}

// jitter waits between half and all of d.
func jitter(d time.Duration) time.Duration { return d/2 + rand.N(d/2+1) }

type batchKey struct{}

// batch counts the answers queued while it is open; wait closes it and waits for them.
// Answers queued after it closed (a message decrypted late, once its keys arrived) are
// simply not waited for. Add never races Wait: both happen under mu's protection.
type batch struct {
	mu     sync.Mutex
	closed bool
	wg     sync.WaitGroup
}

func (b *batch) add() bool {
	if b == nil {
		return false
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.closed {
		return false
	}
	b.wg.Add(1)
	return true
}

// wait closes the batch and waits for its jobs, at most d, or at most shutdownWait once
// ctx ends; it reports whether they all ended.
func (b *batch) wait(ctx context.Context, d time.Duration) bool {
	b.mu.Lock()
	b.closed = true
	b.mu.Unlock()
	return guard.WaitGroup(ctx, &b.wg, d, shutdownWait)
}

// submit hands a job to the pool without blocking the sync loop. While a sync batch is
// being processed, the batch waits for the job before its token is saved. The job runs
// with a deadline, so that a stuck send cannot hold a worker.
func (a *Adapter) submit(ctx context.Context, j guard.Job) {
	b, _ := ctx.Value(batchKey{}).(*batch)
	inBatch := b.add()
	run := j.Run
	j.Run = func(ctx context.Context) {
		if inBatch {
			defer b.wg.Done()
		}
		ctx, cancel := context.WithTimeout(ctx, sendTimeout)
		defer cancel()
		run(ctx)
	}
	if !a.pool.Submit(j) && inBatch {
		b.wg.Done()
	}
}
