package store

import (
	"bufio"
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
// proposed it is not kept.
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
}

// Suggestion statuses.
const (
	Pending  = "en attente"
	Accepted = "acceptée"
	Refused  = "refusée"
)

// MaxSuggestionText bounds what a suggestion stores.
const MaxSuggestionText = 500

// Suggestions is the list of suggestions, saved as one JSON object per line.
type Suggestions struct {
	mu    sync.Mutex
	path  string // "" keeps them in memory
	items []Suggestion
	max   int
}

// OpenSuggestions opens the list at path (memory when empty), keeping at most max items
// (the oldest decided ones go first).
func OpenSuggestions(path string, max int) (*Suggestions, error) {
	s := &Suggestions{path: path, max: max}
	items, err := readJSONL(path, func(it Suggestion) bool { return it.ID > 0 })
	if err != nil {
		return nil, fmt.Errorf("suggestions: %w", err)
	}
	s.items = items
	return s, nil
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

// Add stores a new pending suggestion and returns it.
func (s *Suggestions) Add(kind, product, tool, text string) (Suggestion, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if r := []rune(strings.TrimSpace(text)); len(r) > MaxSuggestionText {
		text = string(r[:MaxSuggestionText])
	}
	pending := 0
	for _, it := range s.items {
		if it.Status == Pending {
			pending++
		}
	}
	if s.max > 0 && pending >= s.max {
		return Suggestion{}, fmt.Errorf("trop de suggestions en attente (%d) : merci de réessayer quand les admins les auront lues", pending)
	}
	id := 1
	if n := len(s.items); n > 0 {
		id = s.items[n-1].ID + 1
	}
	it := Suggestion{ID: id, Time: time.Now().UTC().Truncate(time.Second), Kind: kind, Product: product, Tool: tool,
		Text: strings.TrimSpace(text), Status: Pending}
	s.items = append(s.items, it)
	s.trim()
	return it, s.save()
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
	var b strings.Builder
	for _, it := range s.items {
		j, _ := json.Marshal(it)
		b.Write(j)
		b.WriteByte('\n')
	}
	if err := writeAtomic(s.path, []byte(b.String())); err != nil {
		return fmt.Errorf("suggestions: %w", err)
	}
	return nil
}
