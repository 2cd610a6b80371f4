// SPDX-License-Identifier: AGPL-3.0-or-later

package matrix

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"

	"github.com/boussole-libre/boussole/internal/atomicfile"
)

// maxAnswered bounds the answered event ids kept on disk: enough to cover any sync batch
// replayed after a crash, small enough to rewrite the file after every batch.
const maxAnswered = 2000

// stateFile is the adapter's small persistent state in its state directory.
const stateFile = "state.json"

// stateData is what state.json holds.
type stateData struct {
	UserID    string   `json:"user_id"`
	DeviceID  string   `json:"device_id"`
	NextBatch string   `json:"next_batch"`
	Answered  []string `json:"answered"` // oldest first
}

// state keeps the sync token and the ids of the events already taken in charge, written
// together, so that a restart resumes where the bot stopped and never answers twice.
type state struct {
	mu    sync.Mutex
	path  string
	data  stateData
	seen  map[string]bool
	dirty bool
}

// openState reads dir/state.json, or starts empty. A state written for another account
// is discarded: its sync token means nothing for this one.
func openState(dir, userID string) (*state, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("matrix: state directory: %w", err)
	}
	s := &state{path: filepath.Join(dir, stateFile), seen: map[string]bool{}}
	b, err := os.ReadFile(s.path)
	switch {
	case errors.Is(err, os.ErrNotExist):
	case err != nil:
		return nil, fmt.Errorf("matrix: reading %s: %w", s.path, err)
	default:
		if err := json.Unmarshal(b, &s.data); err != nil {
			return nil, fmt.Errorf("matrix: %s is not valid JSON (delete it to start a fresh sync): %w", s.path, err)
		}
	}
	if s.data.UserID != userID {
		s.data = stateData{UserID: userID}
	}
	for _, id := range s.data.Answered {
		s.seen[id] = true
	}
	return s, nil
}

func (s *state) nextBatch() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.data.NextBatch
}

func (s *state) deviceID() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.data.DeviceID
}

func (s *state) setDeviceID(d string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.data.DeviceID != d {
		s.data.DeviceID, s.dirty = d, true
	}
}

// take marks an event id as taken in charge and reports whether it was new.
func (s *state) take(id string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.seen[id] {
		return false
	}
	s.seen[id] = true
	s.data.Answered = append(s.data.Answered, id)
	if n := len(s.data.Answered) - maxAnswered; n > 0 {
		for _, old := range s.data.Answered[:n] {
			delete(s.seen, old)
		}
		s.data.Answered = append([]string(nil), s.data.Answered[n:]...)
	}
	s.dirty = true
	return true
}

// save records the sync token with the answered ids, atomically.
func (s *state) save(nextBatch string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if nextBatch != "" && nextBatch != s.data.NextBatch {
		s.data.NextBatch, s.dirty = nextBatch, true
	}
	if !s.dirty {
		return nil
	}
	b, err := json.Marshal(s.data)
	if err != nil {
		return fmt.Errorf("matrix: encoding state: %w", err)
	}
	if err := atomicfile.Write(s.path, b, 0o600, nil); err != nil {
		return fmt.Errorf("matrix: writing state: %w", err)
	}
	s.dirty = false
	return nil
}
