// SPDX-License-Identifier: AGPL-3.0-or-later

// Package kbtest gives tests the shipped knowledge base, loaded once per test binary:
// tests assert what a user of the shipped bot would see.
package kbtest

import (
	"sync"
	"testing"

	"github.com/boussole-libre/boussole/knowledge"
	"github.com/boussole-libre/boussole/knowledge/data"
)

// shipped loads the KB once; the KB is immutable once loaded, so sharing it is safe.
var shipped = sync.OnceValues(data.Load)

// Shipped returns the shipped KB, failing the test when it does not load.
func Shipped(t testing.TB) *knowledge.KB {
	t.Helper()
	kb, err := shipped()
	if err != nil {
		t.Fatalf("%v", err)
	}
	return kb
}
