// SPDX-License-Identifier: AGPL-3.0-or-later

package mattermost

import (
	"crypto/subtle"
	"strings"
	"sync"
)

// tokenSet holds the accepted slash-command tokens. They are compared in constant time
// and never logged.
type tokenSet struct {
	mu     sync.RWMutex
	tokens [][]byte
}

func (t *tokenSet) add(tokens ...string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	for _, s := range tokens {
		if s = strings.TrimSpace(s); s == "" || t.hasLocked(s) {
			continue
		}
		t.tokens = append(t.tokens, []byte(s))
	}
}

func (t *tokenSet) count() int {
	t.mu.RLock()
	defer t.mu.RUnlock()
	return len(t.tokens)
}

// has compares s with every token, without stopping at the first match.
func (t *tokenSet) has(s string) bool {
	if s == "" {
		return false
	}
	t.mu.RLock()
	defer t.mu.RUnlock()
	return t.hasLocked(s)
}

func (t *tokenSet) hasLocked(s string) bool {
	found := 0
	for _, tok := range t.tokens {
		found |= subtle.ConstantTimeCompare(tok, []byte(s))
	}
	return found == 1
}
