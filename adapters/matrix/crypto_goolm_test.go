// SPDX-License-Identifier: AGPL-3.0-or-later

//go:build goolm

package matrix

import (
	"context"
	"testing"
	"time"

	"maunium.net/go/mautrix"
	"maunium.net/go/mautrix/crypto/cryptohelper"
)

// e2eeTests: this build can run the encrypted-room scenarios.
const e2eeTests = true

// setupTestCrypto gives a test client mautrix's crypto helper, with its store in path.
func setupTestCrypto(t *testing.T, cli *mautrix.Client, path string) {
	t.Helper()
	db, err := openStore(path)
	if err != nil {
		t.Fatal(err)
	}
	helper, err := cryptohelper.NewCryptoHelper(cli, []byte("test pickle key"), db)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := helper.Init(ctx); err != nil {
		t.Fatal(err)
	}
	cli.Crypto = helper
	t.Cleanup(func() { _ = helper.Close() })
}
