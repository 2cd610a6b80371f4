// SPDX-License-Identifier: AGPL-3.0-or-later

package guard

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"
)

func TestSleepEndsWithTheContext(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if Sleep(ctx, time.Hour) {
		t.Fatal("a cancelled context must cut the wait short")
	}
	if !Sleep(context.Background(), time.Millisecond) {
		t.Fatal("a full wait must report true")
	}
}

func TestWaitGroupGivesAGraceAfterShutdown(t *testing.T) {
	var wg sync.WaitGroup
	wg.Add(1)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	go func() { time.Sleep(20 * time.Millisecond); wg.Done() }()
	if !WaitGroup(ctx, &wg, time.Hour, 5*time.Second) {
		t.Fatal("a job that ends within the grace must count as done")
	}
	var busy sync.WaitGroup
	busy.Add(1)
	defer busy.Done()
	if WaitGroup(context.Background(), &busy, 10*time.Millisecond, time.Hour) {
		t.Fatal("a job still running at the deadline must count as not done")
	}
}

func TestShortErrCutsLongErrors(t *testing.T) {
	if ShortErr(nil) != "" {
		t.Fatal("nil must give an empty text")
	}
	long := errors.New(strings.Repeat("<html>", 200))
	if got := ShortErr(long); len(got) > maxErrText+len("…") || !strings.HasSuffix(got, "…") {
		t.Fatalf("ShortErr kept %d bytes", len(got))
	}
}
