// SPDX-License-Identifier: AGPL-3.0-or-later

package guard

import (
	"context"
	"io"
	"log/slog"
	"testing"
	"time"
)

func TestDedupAnswersOnce(t *testing.T) {
	d := NewDedup(3, time.Minute)
	if !d.First("a") || d.First("a") {
		t.Fatal("a must be first once")
	}
	for _, id := range []string{"b", "c", "d"} {
		d.First(id)
	}
	if !d.First("a") {
		t.Error("a should have been evicted by size")
	}
	now := time.Now()
	d.now = func() time.Time { return now.Add(2 * time.Minute) }
	if !d.First("d") {
		t.Error("d should have expired")
	}
}

func TestLimiterStopsFloodAndNotifiesOnce(t *testing.T) {
	now := time.Now()
	l := NewLimiter(3, 10*time.Second)
	l.now = func() time.Time { return now }
	var got []Decision
	for range 6 {
		got = append(got, l.Check("u1"))
	}
	want := []Decision{Allow, Allow, Allow, Notify, Drop, Drop}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("decisions = %v, want %v", got, want)
		}
	}
	if l.Check("u2") != Allow {
		t.Error("another user must not be limited")
	}
	now = now.Add(11 * time.Second)
	if l.Check("u1") != Allow {
		t.Error("a token should have come back")
	}
}

func TestSafelyRecovers(t *testing.T) {
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	err := Safely(context.Background(), log, "test", func() { panic("boom") })
	if err == nil {
		t.Fatal("want an error from a panic")
	}
	if Safely(context.Background(), log, "test", func() {}) != nil {
		t.Fatal("no panic, no error")
	}
}
