// SPDX-License-Identifier: AGPL-3.0-or-later

//go:build !goolm

package matrix

import (
	"testing"

	"maunium.net/go/mautrix"
)

// e2eeTests: without the goolm tag the encrypted-room scenarios cannot run.
const e2eeTests = false

func setupTestCrypto(t *testing.T, _ *mautrix.Client, _ string) {
	t.Helper()
	t.Fatal("encryption needs -tags goolm")
}
