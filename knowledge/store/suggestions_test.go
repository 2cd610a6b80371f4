// SPDX-License-Identifier: AGPL-3.0-or-later

package store

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestSuggestionsArePerPersonLimitedWithoutKeepingWho(t *testing.T) {
	path := filepath.Join(t.TempDir(), "suggestions.jsonl")
	s, err := OpenSuggestions(path, 50)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Now()
	s.now = func() time.Time { return now }
	spammer := Actor{Platform: "mattermost", ID: "u8x3kq9spammer"}
	for i := range DefaultPerPersonPerDay {
		if _, err := s.Add(spammer, "alternative", "trello", "kanboard", fmt.Sprintf("idée %d", i)); err != nil {
			t.Fatalf("suggestion %d: %v", i+1, err)
		}
	}
	_, err = s.Add(spammer, "alternative", "trello", "kanboard", "encore une")
	if err == nil || !strings.Contains(err.Error(), "ces dernières 24 heures") {
		t.Fatalf("want the per-person refusal, got %v", err)
	}
	if _, err := s.Add(Actor{Platform: "mattermost", ID: "someone-else"}, "prestataire", "", "", "Coop X"); err != nil {
		t.Errorf("another person is refused too: %v", err)
	}
	if _, err := s.Add(Actor{Platform: "discord", ID: spammer.ID}, "prestataire", "", "", "Coop Y"); err != nil {
		t.Errorf("the same id on another platform is another person: %v", err)
	}
	now = now.Add(25 * time.Hour)
	if _, err := s.Add(spammer, "alternative", "trello", "kanboard", "le lendemain"); err != nil {
		t.Errorf("a day later: %v", err)
	}
	raw := read(t, path)
	for _, leak := range []string{spammer.ID, "someone-else", "mattermost", "discord"} {
		if strings.Contains(raw, leak) {
			t.Errorf("the suggestions file keeps %q:\n%s", leak, raw)
		}
	}
}

func TestSuggestionQueueIsBounded(t *testing.T) {
	s, err := OpenSuggestions("", 3, PerPersonPerDay(10))
	if err != nil {
		t.Fatal(err)
	}
	for i := range 3 {
		if _, err := s.Add(Actor{"discord", fmt.Sprint(i)}, "prestataire", "", "", "x"); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := s.Add(Actor{"discord", "99"}, "prestataire", "", "", "x"); err == nil || !strings.Contains(err.Error(), "trop de suggestions en attente") {
		t.Fatalf("want the full-queue refusal, got %v", err)
	}
	for id := 1; id <= 3; id++ {
		s.Decide(id, Refused, "discord:1")
	}
	for i := range 20 {
		s.Add(Actor{"discord", fmt.Sprint(100 + i)}, "prestataire", "", "", "x")
		for _, p := range s.Pending() {
			s.Decide(p.ID, Refused, "discord:1")
		}
	}
	if n := len(s.items); n > 6 {
		t.Errorf("%d suggestions kept, want at most twice the pending bound", n)
	}
}

func TestSuggestionTextIsCleaned(t *testing.T) {
	s, _ := OpenSuggestions("", 0)
	it, err := s.Add(Actor{"discord", "1"}, "alternative", "trello\x1b[2J", strings.Repeat("k", 1000), "ligne 1\nligne 2\x00 "+strings.Repeat("é", 600))
	if err != nil {
		t.Fatal(err)
	}
	if strings.ContainsAny(it.Text+it.Product+it.Tool, "\x00\x1b\n") {
		t.Errorf("control characters kept: %q %q", it.Product, it.Text[:20])
	}
	if n := len([]rune(it.Text)); n > MaxSuggestionText || len(it.Tool) > MaxShortLen {
		t.Errorf("text of %d characters, tool of %d bytes kept", n, len(it.Tool))
	}
}
