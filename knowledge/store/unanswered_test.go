// SPDX-License-Identifier: AGPL-3.0-or-later

//go:build unix

package store

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

func lines(t *testing.T, path string) int {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return strings.Count(string(b), "\n")
}

func inode(t *testing.T, path string) uint64 {
	t.Helper()
	st, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	return st.Sys().(*syscall.Stat_t).Ino
}

// Past the count bound, recording appends; the file is rewritten only once in a while, and
// stays within a quarter of the bound.
func TestUnansweredPastTheCapAppendsAndCompactsRarely(t *testing.T) {
	path := filepath.Join(t.TempDir(), "unanswered.jsonl")
	u, err := OpenUnanswered(path, 24*time.Hour, 100)
	if err != nil {
		t.Fatal(err)
	}
	defer u.Close()
	for i := range 100 {
		u.Record(fmt.Sprintf("alternative à produit %d", i), "produit inconnu")
	}
	rewrites, last, most := 0, inode(t, path), 0
	for i := range 1000 {
		if err := u.Record(fmt.Sprintf("alternative à autre %d", i), "produit inconnu"); err != nil {
			t.Fatal(err)
		}
		// Questions recorded while a compaction runs are added to it, so the bound holds
		// once it is done; waiting for it keeps the count below exact on a busy machine.
		u.wg.Wait()
		if n := inode(t, path); n != last {
			rewrites, last = rewrites+1, n
		}
		n := lines(t, path)
		if n > 100+25+1 {
			t.Fatalf("the file holds %d lines, bound 100", n)
		}
		most = max(most, n)
	}
	t.Logf("at most %d lines in the file, %d rewrites, for 1000 questions past a bound of 100", most, rewrites)
	if rewrites > 1000/10 {
		t.Errorf("%d rewrites for 1000 questions past the bound", rewrites)
	}
	if u.Len() != 100 {
		t.Errorf("kept %d in memory, want 100", u.Len())
	}
	u.Close()
	again, err := OpenUnanswered(path, 24*time.Hour, 100)
	if err != nil {
		t.Fatal(err)
	}
	top := again.Top(1000)
	if len(top) != 100 || !strings.HasPrefix(top[0].Question, "alternative a autre 9") {
		t.Errorf("reopened log: %d questions, newest %q", len(top), top[0].Question)
	}
}

// Questions recorded while a compaction runs are not lost.
func TestUnansweredCompactionLosesNothing(t *testing.T) {
	path := filepath.Join(t.TempDir(), "unanswered.jsonl")
	u, err := OpenUnanswered(path, 24*time.Hour, 50)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 300 {
				u.Record(fmt.Sprintf("question %d %d sans reponse", g, i), "question non comprise")
			}
		}()
	}
	wg.Wait()
	want := u.Top(100)
	u.Close()
	again, err := OpenUnanswered(path, 24*time.Hour, 50)
	if err != nil {
		t.Fatal(err)
	}
	got := again.Top(100)
	if len(got) != len(want) || len(got) != 50 {
		t.Fatalf("reopened %d questions, memory had %d", len(got), len(want))
	}
	seen := map[string]bool{}
	for _, s := range got {
		seen[s.Question] = true
	}
	for _, s := range want {
		if !seen[s.Question] {
			t.Errorf("%q lost by the compaction", s.Question)
		}
	}
}

// A quiet bot still drops questions past their age from the file.
func TestUnansweredAgeBoundHoldsWhenIdle(t *testing.T) {
	if testing.Short() {
		t.Skip("waits for the age bound")
	}
	path := filepath.Join(t.TempDir(), "unanswered.jsonl")
	u, err := OpenUnanswered(path, time.Second, 100)
	if err != nil {
		t.Fatal(err)
	}
	defer u.Close()
	u.Record("alternative à vieux truc", "produit inconnu")
	deadline := time.Now().Add(5 * time.Second)
	for lines(t, path) > 0 {
		if time.Now().After(deadline) {
			t.Fatal("a question past the age bound is still in the file")
		}
		time.Sleep(100 * time.Millisecond)
	}
}

func TestUnansweredOpenRemovesLeftovers(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "unanswered.jsonl")
	tmp := filepath.Join(dir, ".unanswered.jsonl.tmp-123")
	write(t, tmp, `{"question":"a moitié`)
	u, err := OpenUnanswered(path, time.Hour, 10)
	if err != nil {
		t.Fatal(err)
	}
	u.Close()
	if _, err := os.Stat(tmp); !os.IsNotExist(err) {
		t.Error("the temporary file of a killed compaction was left")
	}
}

func BenchmarkUnansweredRecordPastCap(b *testing.B) {
	path := filepath.Join(b.TempDir(), "unanswered.jsonl")
	u, err := OpenUnanswered(path, 90*24*time.Hour, 5000)
	if err != nil {
		b.Fatal(err)
	}
	defer u.Close()
	for i := range 5000 {
		u.Record(fmt.Sprintf("alternative à produit inconnu numero %d", i), "produit inconnu")
	}
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		if err := u.Record(fmt.Sprintf("alternative à autre produit %d", i), "produit inconnu"); err != nil {
			b.Fatal(err)
		}
	}
}
