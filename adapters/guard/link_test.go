// SPDX-License-Identifier: AGPL-3.0-or-later

package guard

import (
	"strings"
	"testing"
)

func TestLinkReportsConnectionAndReconnects(t *testing.T) {
	var l Link
	if err := l.Ready(); err == nil || !strings.Contains(err.Error(), "not connected yet") {
		t.Fatalf("before connecting: %v", err)
	}
	l.Down("dial tcp: connection refused")
	if err := l.Ready(); err == nil || !strings.Contains(err.Error(), "connection refused") {
		t.Fatalf("a failed first connection: %v", err)
	}
	l.Up()
	if err := l.Ready(); err != nil || l.Reconnects() != 0 {
		t.Fatalf("connected: %v, %d reconnects", err, l.Reconnects())
	}
	l.Up() // a second Ready event on the same connection is no reconnect
	l.Down("gateway closed")
	if err := l.Ready(); err == nil || !strings.Contains(err.Error(), "disconnected since") || !strings.Contains(err.Error(), "gateway closed") {
		t.Fatalf("after a drop: %v", err)
	}
	l.Down("still closed")
	l.Up()
	if err := l.Ready(); err != nil || l.Reconnects() != 1 {
		t.Fatalf("back: %v, %d reconnects, want 1", err, l.Reconnects())
	}
}
