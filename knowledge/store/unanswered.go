// SPDX-License-Identifier: AGPL-3.0-or-later

package store

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"sync"
	"time"

	"github.com/boussole-libre/boussole/internal/atomicfile"
	"github.com/boussole-libre/boussole/knowledge/textnorm"
)

// Unanswered keeps the questions the KB could not answer, to improve the KB — not to watch
// people: it stores the normalised question, when, and what was missing, never who asked.
// It is bounded in age and count, and kept in a JSON Lines file admins can read.
//
// Recording a question appends one line. The entries past the bounds leave memory at once
// and leave the file when it is compacted: in the background, once the file holds a
// quarter more lines than the count bound, or once its oldest line is past the age bound by
// a tenth of it (an hour at most) — a timer sees to that even when nobody asks anything.
type Unanswered struct {
	mu       sync.Mutex
	path     string // "" keeps it in memory only
	maxAge   time.Duration
	maxCount int
	entries  []Missing
	now      func() time.Time

	file       *os.File  // open for appending; nil until needed
	onFile     int       // lines in the file
	oldest     time.Time // of the oldest line in the file
	compacting bool      // one compaction at a time
	sinceSnap  int       // entries recorded since the running compaction's snapshot
	err        error     // of the last compaction, returned once by Record
	retryAt    time.Time // after a failed compaction, when to try again
	timer      *time.Timer
	closed     bool
	wg         sync.WaitGroup
}

// Missing is one unanswered question.
type Missing struct {
	Question string    `json:"question"`
	Missing  string    `json:"missing"`
	Time     time.Time `json:"time"`
}

// MaxQuestion bounds a stored question: enough to see what was asked, no more.
const MaxQuestion = 200

// OpenUnanswered opens (or starts) the log at path, keeping at most maxCount entries of at
// most maxAge. An empty path keeps the log in memory. Temporary files a killed compaction
// left are removed.
func OpenUnanswered(path string, maxAge time.Duration, maxCount int) (*Unanswered, error) {
	u := &Unanswered{path: path, maxAge: maxAge, maxCount: maxCount, now: time.Now}
	removeTempsOf(path)
	entries, err := readJSONL(path, func(m Missing) bool { return m.Question != "" })
	if err != nil {
		return nil, fmt.Errorf("unanswered log: %w", err)
	}
	u.mu.Lock()
	defer u.mu.Unlock()
	u.entries, u.onFile = entries, len(entries)
	if u.prune() {
		if err := u.rewrite(); err != nil {
			return nil, err
		}
	}
	u.markOldest()
	u.arm()
	return u, nil
}

// Path is the log's file ("" when in memory).
func (u *Unanswered) Path() string { return u.path }

// Record adds a question the KB could not answer. The question is normalised (mentions,
// URLs, case and accents removed) and cut to MaxQuestion characters.
func (u *Unanswered) Record(question, missing string) error {
	q := textnorm.Fold(textnorm.Clean(question))
	if q == "" {
		return nil
	}
	if r := []rune(q); len(r) > MaxQuestion {
		q = string(r[:MaxQuestion])
	}
	m := Missing{Question: q, Missing: missing, Time: u.now().UTC().Truncate(time.Second)}
	u.mu.Lock()
	defer u.mu.Unlock()
	u.entries = append(u.entries, m)
	u.prune()
	if u.path == "" || u.closed {
		return nil
	}
	err := u.append(m)
	if u.compacting {
		u.sinceSnap++
	} else if u.due() {
		u.startCompaction()
	}
	if err == nil {
		err, u.err = u.err, nil
	}
	return err
}

// append writes one line at the end of the file. It does not fsync: losing the last few
// questions to a power cut is acceptable, slowing every unanswered question is not.
func (u *Unanswered) append(m Missing) error {
	if u.file == nil {
		if err := os.MkdirAll(filepath.Dir(u.path), 0o755); err != nil {
			return fmt.Errorf("unanswered log: %w", err)
		}
		f, err := os.OpenFile(u.path, os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o644)
		if err != nil {
			return fmt.Errorf("unanswered log: %w", err)
		}
		u.file = f
	}
	b, _ := json.Marshal(m)
	if _, err := u.file.Write(append(b, '\n')); err != nil {
		return fmt.Errorf("unanswered log: %w", err)
	}
	u.onFile++
	if u.onFile == 1 {
		u.oldest = m.Time
		u.arm()
	}
	return nil
}

// prune drops entries past the age or count limit from memory; it reports whether any went.
func (u *Unanswered) prune() bool {
	cut := u.now().Add(-u.maxAge)
	k := 0
	for k < len(u.entries) && u.maxAge > 0 && u.entries[k].Time.Before(cut) {
		k++
	}
	if over := len(u.entries) - k - u.maxCount; u.maxCount > 0 && over > 0 {
		k += over
	}
	if k == 0 {
		return false
	}
	clear(u.entries[:k]) // let the dropped questions be collected
	u.entries = u.entries[k:]
	return true
}

// grace is how long past the age bound a line may stay in the file before compaction.
func (u *Unanswered) grace() time.Duration { return min(u.maxAge/10, time.Hour) }

// due reports whether the file holds enough lines past the bounds to compact it.
func (u *Unanswered) due() bool {
	if u.now().Before(u.retryAt) {
		return false
	}
	if u.maxCount > 0 && u.onFile > u.maxCount+max(u.maxCount/4, 16) {
		return true
	}
	return u.maxAge > 0 && u.onFile > 0 && u.now().Sub(u.oldest) > u.maxAge+u.grace()
}

func (u *Unanswered) markOldest() {
	u.oldest = time.Time{}
	if len(u.entries) > 0 {
		u.oldest = u.entries[0].Time
	}
}

// arm sets the timer that compacts the file when its oldest line passes the age bound,
// for a bot that stays quiet. The caller holds mu.
func (u *Unanswered) arm() {
	if u.timer != nil {
		u.timer.Stop()
	}
	if u.path == "" || u.maxAge <= 0 || u.onFile == 0 || u.closed {
		return
	}
	now := u.now()
	d := max(u.oldest.Add(u.maxAge+u.grace()).Sub(now), u.retryAt.Sub(now), time.Second)
	u.timer = time.AfterFunc(d, func() {
		u.mu.Lock()
		defer u.mu.Unlock()
		switch {
		case u.compacting || u.closed:
		case u.due():
			u.startCompaction()
		default:
			u.arm()
		}
	})
}

// startCompaction rewrites the file in the background. The caller holds mu.
func (u *Unanswered) startCompaction() {
	u.prune()
	u.compacting, u.sinceSnap = true, 0
	snap := slices.Clone(u.entries)
	u.wg.Add(1)
	go func() {
		defer u.wg.Done()
		u.compact(snap)
	}()
}

// compact writes snap to a temporary file without holding mu (that is the slow part), then,
// holding it, adds what was recorded meanwhile and renames the file into place.
func (u *Unanswered) compact(snap []Missing) {
	tmp, err := os.CreateTemp(filepath.Dir(u.path), "."+filepath.Base(u.path)+".tmp-*")
	if err == nil {
		err = atomicfile.WriteSync(tmp, encodeLines(snap), 0o644, func() error { return nil })
		if err != nil {
			os.Remove(tmp.Name())
		}
	}
	u.mu.Lock()
	defer u.mu.Unlock()
	u.compacting = false
	if err == nil {
		if err = u.install(tmp.Name(), len(snap)); err != nil {
			os.Remove(tmp.Name())
		}
	}
	if err != nil {
		u.err = fmt.Errorf("unanswered log: compaction: %w", err)
		u.retryAt = u.now().Add(time.Minute) // not once per question while the disk is full
	}
	u.arm()
}

// install completes the compacted file at tmp with the entries recorded since its snapshot
// of n entries, and puts it in place. The caller holds mu.
func (u *Unanswered) install(tmp string, n int) error {
	tail := u.entries[len(u.entries)-min(u.sinceSnap, len(u.entries)):]
	f, err := os.OpenFile(tmp, os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return err
	}
	_, err = f.Write(encodeLines(tail))
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, u.path)
	}
	if err != nil {
		return err
	}
	if u.file != nil {
		u.file.Close() // it points at the replaced file
		u.file = nil
	}
	u.onFile = n + len(tail)
	u.markOldest()
	return nil
}

// rewrite replaces the file with the entries in memory, at once. The caller holds mu.
func (u *Unanswered) rewrite() error {
	if u.path == "" {
		return nil
	}
	if err := writeAtomic(u.path, encodeLines(u.entries)); err != nil {
		return fmt.Errorf("unanswered log: %w", err)
	}
	u.onFile = len(u.entries)
	return nil
}

func encodeLines[T any](items []T) []byte {
	var b []byte
	for _, it := range items {
		j, _ := json.Marshal(it)
		b = append(append(b, j...), '\n')
	}
	return b
}

// Close stops the background work and closes the file. Recording after Close keeps
// questions in memory only.
func (u *Unanswered) Close() error {
	u.mu.Lock()
	u.closed = true
	if u.timer != nil {
		u.timer.Stop()
	}
	u.mu.Unlock()
	u.wg.Wait()
	u.mu.Lock()
	defer u.mu.Unlock()
	if u.file != nil {
		err := u.file.Close()
		u.file = nil
		return err
	}
	return nil
}

// Summary is an unanswered question with how often and when it was last asked.
type Summary struct {
	Question string
	Missing  string
	Count    int
	LastSeen time.Time
}

// Top returns the n most frequent unanswered questions, most frequent first.
func (u *Unanswered) Top(n int) []Summary {
	u.mu.Lock()
	defer u.mu.Unlock()
	u.prune()
	by := map[string]*Summary{}
	for _, m := range u.entries {
		s, ok := by[m.Question]
		if !ok {
			s = &Summary{Question: m.Question, Missing: m.Missing}
			by[m.Question] = s
		}
		s.Count++
		if m.Time.After(s.LastSeen) {
			s.LastSeen, s.Missing = m.Time, m.Missing
		}
	}
	out := make([]Summary, 0, len(by))
	for _, s := range by {
		out = append(out, *s)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Count != out[j].Count {
			return out[i].Count > out[j].Count
		}
		return out[i].LastSeen.After(out[j].LastSeen)
	})
	return out[:min(n, len(out))]
}

// Len is the number of entries kept.
func (u *Unanswered) Len() int {
	u.mu.Lock()
	defer u.mu.Unlock()
	u.prune()
	return len(u.entries)
}
