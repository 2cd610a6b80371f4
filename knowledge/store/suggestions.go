// SPDX-License-Identifier: AGPL-3.0-or-later

package store

import (
	"bufio"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"
	"sync"
	"time"
)

// Suggestion is something a user proposed with /suggerer, waiting for an admin. Who
// proposed it is not kept (see Suggestions.person).
type Suggestion struct {
	ID        int       `json:"id"`
	Time      time.Time `json:"time"`
	Kind      string    `json:"kind"` // "alternative" or "prestataire"
	Product   string    `json:"product,omitempty"`
	Tool      string    `json:"tool,omitempty"`
	Text      string    `json:"text"`
	Status    string    `json:"status"` // "en attente", "acceptée", "refusée"
	DecidedBy string    `json:"decided_by,omitempty"`
	DecidedAt time.Time `json:"decided_at,omitzero"`

	by string // keyed hash of the proposer, in memory only, for the per-person limit
}

// Suggestion statuses.
const (
	Pending  = "en attente"
	Accepted = "acceptée"
	Refused  = "refusée"
)

// Bounds of the suggestion queue.
const (
	MaxSuggestionText       = 500 // characters a suggestion stores
	DefaultMaxPending       = 200 // pending suggestions, all people together
	DefaultPerPersonPerDay  = 3   // suggestions one person may make in 24 hours
	suggestionWindow        = 24 * time.Hour
	maxSuggestionProductLen = MaxShortLen
)

// Suggestions is the list of suggestions, saved as one JSON object per line.
type Suggestions struct {
	mu     sync.Mutex
	path   string // "" keeps them in memory
	items  []Suggestion
	max    int
	perDay int
	key    []byte // random, per process: see person
	now    func() time.Time
}

// SuggestionOption configures OpenSuggestions.
type SuggestionOption func(*Suggestions)

// PerPersonPerDay sets how many suggestions one person may make in 24 hours; n <= 0 keeps
// DefaultPerPersonPerDay.
func PerPersonPerDay(n int) SuggestionOption {
	return func(s *Suggestions) {
		if n > 0 {
			s.perDay = n
		}
	}
}

// OpenSuggestions opens the list at path (memory when empty), keeping at most max pending
// items (max <= 0: DefaultMaxPending) and twice as many in all (the oldest decided ones go
// first).
func OpenSuggestions(path string, max int, opts ...SuggestionOption) (*Suggestions, error) {
	if max <= 0 {
		max = DefaultMaxPending
	}
	s := &Suggestions{path: path, max: max, perDay: DefaultPerPersonPerDay, key: make([]byte, 32), now: time.Now}
	for _, o := range opts {
		o(s)
	}
	rand.Read(s.key)
	removeTempsOf(path)
	items, err := readJSONL(path, func(it Suggestion) bool { return it.ID > 0 })
	if err != nil {
		return nil, fmt.Errorf("suggestions: %w", err)
	}
	s.items = items
	return s, nil
}

// person is what the per-person limit counts by: an HMAC of the platform and user id under
// a key drawn at random when the list is opened and never written anywhere. It is kept in
// memory only, never in the file: the list must not tell who proposed what (a suggestion
// may be refused, and people should feel free to propose), and a plain hash would not do —
// user ids are few and guessable, so hashing every known id would find the proposer. With
// the key gone at restart, not even this process can link an old suggestion to a person;
// the limit then starts again, which a restart-rare bot can afford.
func (s *Suggestions) person(by Actor) string {
	m := hmac.New(sha256.New, s.key)
	m.Write([]byte(by.Platform + "\x00" + by.ID))
	return hex.EncodeToString(m.Sum(nil)[:16])
}

// readJSONL reads one JSON value per line, skipping lines that do not decode or that keep
// rejects (a torn last line after a crash). A missing file, or path "", is empty.
func readJSONL[T any](path string, keep func(T) bool) ([]T, error) {
	if path == "" {
		return nil, nil
	}
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []T
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64*1024), 64<<20)
	for sc.Scan() {
		var v T
		if json.Unmarshal(sc.Bytes(), &v) == nil && keep(v) {
			out = append(out, v)
		}
	}
	return out, sc.Err()
}

// Add stores a new pending suggestion by a person and returns it. It is refused when that
// person already made DefaultPerPersonPerDay (or the configured number) in the last 24
// hours, or when the queue is full. Control characters are removed and every field is cut
// to its bound.
func (s *Suggestions) Add(by Actor, kind, product, tool, text string) (Suggestion, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.now().UTC().Truncate(time.Second)
	who := s.person(by)
	pending, mine := 0, 0
	for _, it := range s.items {
		if it.Status == Pending {
			pending++
		}
		if it.by == who && now.Sub(it.Time) < suggestionWindow {
			mine++
		}
	}
	if mine >= s.perDay {
		return Suggestion{}, fmt.Errorf("vous avez déjà fait %d suggestions ces dernières 24 heures, le maximum : merci de réessayer demain", mine)
	}
	if pending >= s.max {
		return Suggestion{}, fmt.Errorf("trop de suggestions en attente (%d) : merci de réessayer quand les admins les auront lues", pending)
	}
	id := 1
	if n := len(s.items); n > 0 {
		id = s.items[n-1].ID + 1
	}
	it := Suggestion{ID: id, Time: now, Kind: clean(kind, MaxShortLen), Product: clean(product, maxSuggestionProductLen),
		Tool: clean(tool, maxSuggestionProductLen), Text: clean(text, MaxSuggestionText), Status: Pending, by: who}
	s.items = append(s.items, it)
	s.trim()
	if err := s.save(); err != nil {
		s.items = s.items[:len(s.items)-1]
		return Suggestion{}, err
	}
	return it, nil
}

// clean replaces control characters with spaces, trims, and cuts to max characters.
func clean(v string, max int) string {
	v = strings.ToValidUTF8(v, "")
	v = strings.Map(func(r rune) rune {
		if isControl(r) {
			return ' '
		}
		return r
	}, v)
	v = strings.TrimSpace(v)
	if r := []rune(v); len(r) > max {
		v = strings.TrimSpace(string(r[:max]))
	}
	return v
}

// trim drops the oldest decided suggestions beyond max.
func (s *Suggestions) trim() {
	for s.max > 0 && len(s.items) > 2*s.max {
		for i, it := range s.items {
			if it.Status != Pending {
				s.items = append(s.items[:i], s.items[i+1:]...)
				break
			}
		}
	}
}

// Pending lists the suggestions waiting for a decision, oldest first.
func (s *Suggestions) Pending() []Suggestion {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []Suggestion
	for _, it := range s.items {
		if it.Status == Pending {
			out = append(out, it)
		}
	}
	return out
}

// Get returns a suggestion by id.
func (s *Suggestions) Get(id int) (Suggestion, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, it := range s.items {
		if it.ID == id {
			return it, true
		}
	}
	return Suggestion{}, false
}

// Decide marks a pending suggestion accepted or refused.
func (s *Suggestions) Decide(id int, status, by string) (Suggestion, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for i := range s.items {
		it := &s.items[i]
		if it.ID != id {
			continue
		}
		if it.Status != Pending {
			return *it, fmt.Errorf("la suggestion n°%d est déjà %s", id, it.Status)
		}
		it.Status, it.DecidedBy, it.DecidedAt = status, by, time.Now().UTC().Truncate(time.Second)
		return *it, s.save()
	}
	return Suggestion{}, fmt.Errorf("pas de suggestion n°%d", id)
}

func (s *Suggestions) save() error {
	if s.path == "" {
		return nil
	}
	if err := writeAtomic(s.path, encodeLines(s.items)); err != nil {
		return fmt.Errorf("suggestions: %w", err)
	}
	return nil
}
