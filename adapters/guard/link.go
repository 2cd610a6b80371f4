// SPDX-License-Identifier: AGPL-3.0-or-later

package guard

import (
	"errors"
	"fmt"
	"sync"
	"time"
)

// Link is an adapter's connection to its platform as an operator sees it: /readyz asks
// whether it is up, /metrics how often it had to connect again. Safe for concurrent use.
type Link struct {
	mu         sync.Mutex
	up         bool
	everUp     bool
	reconnects int64
	downSince  time.Time
	reason     string
}

// errNotYet is Ready's answer before the first connection.
var errNotYet = errors.New("not connected yet")

// Up records that the adapter is connected and can answer. Coming up again after it had
// been up once counts a reconnect.
func (l *Link) Up() {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.up {
		return
	}
	if l.everUp {
		l.reconnects++
	}
	l.up, l.everUp, l.reason = true, true, ""
}

// Down records that the connection was lost, and why.
func (l *Link) Down(reason string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.up || l.reason == "" {
		l.downSince = time.Now()
	}
	l.up, l.reason = false, reason
}

// Ready is nil while the adapter is connected; otherwise it says since when it is not.
func (l *Link) Ready() error {
	l.mu.Lock()
	defer l.mu.Unlock()
	switch {
	case l.up:
		return nil
	case !l.everUp && l.reason == "":
		return errNotYet
	case !l.everUp:
		return fmt.Errorf("not connected yet: %s", l.reason)
	default:
		return fmt.Errorf("disconnected since %s: %s", l.downSince.Format(time.TimeOnly), l.reason)
	}
}

// Reconnects is how many times the adapter connected again after losing its platform.
func (l *Link) Reconnects() int64 {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.reconnects
}
