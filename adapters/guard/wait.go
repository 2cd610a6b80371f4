// SPDX-License-Identifier: AGPL-3.0-or-later

package guard

import (
	"context"
	"sync"
	"time"
)

// Sleep waits d unless ctx ends first; it reports whether the whole wait happened. Retry
// loops use it so that a shutdown never waits for a back-off to run out.
func Sleep(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return false
	case <-t.C:
		return true
	}
}

// WaitGroup waits for wg at most d, and at most grace more once ctx ends; it reports
// whether every member was done in time. The waiting goroutine ends with wg, so a member
// that never finishes leaks only it.
func WaitGroup(ctx context.Context, wg *sync.WaitGroup, d, grace time.Duration) bool {
	done := make(chan struct{})
	go func() { wg.Wait(); close(done) }()
	if finished, late := waitDone(done, ctx.Done(), d); finished || late {
		return finished
	}
	finished, _ := waitDone(done, nil, grace)
	return finished
}

// waitDone waits for done at most d, or until stop closes (a nil stop never does); it
// reports whether done closed and whether d ran out.
func waitDone(done, stop <-chan struct{}, d time.Duration) (finished, late bool) {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-done:
		return true, false
	case <-t.C:
		return false, true
	case <-stop:
		return false, false
	}
}

// maxErrText is how much of an error ShortErr keeps.
const maxErrText = 300

// ShortErr shortens an error for logs and messages: platform clients may embed a whole HTML
// page in one.
func ShortErr(err error) string {
	if err == nil {
		return ""
	}
	s := err.Error()
	if len(s) > maxErrText {
		s = s[:maxErrText] + "…"
	}
	return s
}
