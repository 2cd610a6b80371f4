package store

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/boussole-libre/boussole/knowledge/textnorm"
)

// Unanswered keeps the questions the KB could not answer, to improve the KB — not to watch
// people: it stores the normalised question, when, and what was missing, never who asked.
// It is bounded in age and count, and kept in a JSON Lines file admins can read.
type Unanswered struct {
	mu       sync.Mutex
	path     string // "" keeps it in memory only
	maxAge   time.Duration
	maxCount int
	entries  []Missing
	now      func() time.Time
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
// most maxAge. An empty path keeps the log in memory.
func OpenUnanswered(path string, maxAge time.Duration, maxCount int) (*Unanswered, error) {
	u := &Unanswered{path: path, maxAge: maxAge, maxCount: maxCount, now: time.Now}
	entries, err := readJSONL(path, func(m Missing) bool { return m.Question != "" })
	if err != nil {
		return nil, fmt.Errorf("unanswered log: %w", err)
	}
	u.entries = entries
	u.mu.Lock()
	defer u.mu.Unlock()
	if u.prune() {
		if err := u.rewrite(); err != nil {
			return nil, err
		}
	}
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
	if u.prune() {
		return u.rewrite()
	}
	if u.path == "" {
		return nil
	}
	if err := os.MkdirAll(filepath.Dir(u.path), 0o755); err != nil {
		return fmt.Errorf("unanswered log: %w", err)
	}
	f, err := os.OpenFile(u.path, os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o644)
	if err != nil {
		return fmt.Errorf("unanswered log: %w", err)
	}
	b, _ := json.Marshal(m)
	if _, err := f.Write(append(b, '\n')); err != nil {
		f.Close()
		return fmt.Errorf("unanswered log: %w", err)
	}
	return f.Close()
}

// prune drops entries past the age or count limit; it reports whether any went.
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
	u.entries = append([]Missing(nil), u.entries[k:]...)
	return true
}

func (u *Unanswered) rewrite() error {
	if u.path == "" {
		return nil
	}
	var b strings.Builder
	for _, m := range u.entries {
		j, _ := json.Marshal(m)
		b.Write(j)
		b.WriteByte('\n')
	}
	if err := writeAtomic(u.path, []byte(b.String())); err != nil {
		return fmt.Errorf("unanswered log: %w", err)
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
	return len(u.entries)
}
