// SPDX-License-Identifier: AGPL-3.0-or-later

package guard

import (
	"context"
	"log/slog"
	"sync"
	"time"
)

// PoolSize bounds a Pool: Workers answer from a queue of Queue questions; NoticeWorkers
// send the "trop de demandes" notices from a queue of NoticeQueue.
type PoolSize struct {
	Workers, Queue             int
	NoticeWorkers, NoticeQueue int
}

// DefaultPoolSize suits a 2-core machine: an answer is a short computation then a REST
// call, so a few more workers than cores; a queue of 1024 is a minute of answers at the
// platforms' usual REST pace, beyond which "ask again in a minute" is the honest answer;
// notices are one REST call each and take no computation.
var DefaultPoolSize = PoolSize{Workers: 8, Queue: 1024, NoticeWorkers: 4, NoticeQueue: 4096}

// Job is one accepted question.
type Job struct {
	// User is who asked: a person is told "too busy" once per burst, not once per question.
	User string
	// What names the job in logs.
	What string
	// Run answers. It runs on a worker, under panic recovery.
	Run func(ctx context.Context)
	// Busy tells the person that the bot is too busy to take the question; it runs when
	// Run could not be queued. Nil: nothing to tell (the job is counted as lost).
	Busy func(ctx context.Context)
	// TellEachTime sends Busy for every refused job, not once per person per burst: a
	// Discord interaction left unanswered shows an error to the person.
	TellEachTime bool
	// Optional jobs may be refused without a word when the queue is full: messages the bot
	// was not asked (a listed channel's chatter).
	Optional bool
}

// Pool runs accepted questions on a fixed number of workers from a bounded queue, so that
// a burst costs bounded memory and goroutines. A question that does not fit is never
// dropped in silence: its Busy notice goes to separate notice workers, so that people
// hear back even while every answer worker is busy.
type Pool struct {
	log     *slog.Logger
	stats   *Stats
	jobs    chan Job
	notices chan Job
	size    PoolSize

	mu     sync.RWMutex // guards closed against Submit racing Close
	closed bool

	toldMu sync.Mutex
	told   map[string]bool // people told "too busy" during the current burst

	wg sync.WaitGroup
}

// NewPool makes a pool; Start starts its workers.
func NewPool(size PoolSize, stats *Stats, log *slog.Logger) *Pool {
	if size.Workers <= 0 {
		size.Workers = DefaultPoolSize.Workers
	}
	if size.NoticeWorkers <= 0 {
		size.NoticeWorkers = DefaultPoolSize.NoticeWorkers
	}
	if stats == nil {
		stats = &Stats{}
	}
	return &Pool{log: log, stats: stats, size: size, told: map[string]bool{},
		jobs: make(chan Job, max(size.Queue, 0)), notices: make(chan Job, max(size.NoticeQueue, 0))}
}

// Start runs the workers with ctx, the context answers are given (it should outlive a
// shutdown request long enough to finish the queue).
func (p *Pool) Start(ctx context.Context) {
	for range p.size.Workers {
		p.wg.Go(func() { p.work(ctx, p.jobs, true) })
	}
	for range p.size.NoticeWorkers {
		p.wg.Go(func() { p.work(ctx, p.notices, false) })
	}
}

// StartDetached starts the workers with a context that outlives ctx, so that questions
// already accepted still get their answer after a shutdown request; stop ends them once
// the adapter has waited its grace (call it when Run returns).
func (p *Pool) StartDetached(ctx context.Context) (stop context.CancelFunc) {
	work, stop := context.WithCancel(context.WithoutCancel(ctx))
	p.Start(work)
	return stop
}

func (p *Pool) work(ctx context.Context, jobs <-chan Job, answers bool) {
	for {
		select {
		case <-ctx.Done():
			return
		case j, ok := <-jobs:
			if !ok {
				return
			}
			if answers {
				_ = p.stats.Safely(ctx, p.log, j.What, func() { j.Run(ctx) })
				p.stats.done.Add(1)
				if len(p.jobs) == 0 {
					p.endBurst()
				}
				continue
			}
			_ = p.stats.Safely(ctx, p.log, j.What+" (busy notice)", func() { j.Busy(ctx) })
		}
	}
}

// Submit queues j without blocking. When the queue is full, the person is told once per
// burst (Busy). It reports whether j.Run was queued; false after Close.
func (p *Pool) Submit(j Job) bool {
	p.mu.RLock()
	defer p.mu.RUnlock()
	if p.closed {
		return false
	}
	select {
	case p.jobs <- j:
		p.stats.queued.Add(1)
		return true
	default:
	}
	if j.Optional {
		p.log.Debug("too busy: an optional job was not queued", "job", j.What)
		return false
	}
	if !j.TellEachTime && !p.firstRefusal(j.User) {
		p.stats.busy.Add(1) // already told during this burst
		return false
	}
	if j.Busy != nil {
		select {
		case p.notices <- j:
			p.stats.busy.Add(1)
			return false
		default:
		}
	}
	p.stats.lost.Add(1)
	p.log.Error("too many questions at once: one was neither queued nor told to wait", "job", j.What, "queue", cap(p.jobs))
	return false
}

func (p *Pool) firstRefusal(user string) bool {
	p.toldMu.Lock()
	defer p.toldMu.Unlock()
	if user != "" && p.told[user] {
		return false
	}
	p.told[user] = true
	return true
}

// endBurst forgets who was told "too busy": the queue has emptied.
func (p *Pool) endBurst() {
	p.toldMu.Lock()
	defer p.toldMu.Unlock()
	if len(p.told) > 0 {
		clear(p.told)
	}
}

// Close stops taking jobs; the workers finish the queues and exit. Call it once the
// platform stopped delivering events.
func (p *Pool) Close() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed {
		return
	}
	p.closed = true
	close(p.jobs)
	close(p.notices)
}

// Wait waits for the workers to exit (after Close, or when their context ends), at most
// timeout; it reports whether they did.
func (p *Pool) Wait(timeout time.Duration) bool {
	return WaitGroup(context.Background(), &p.wg, timeout, 0)
}
