// SPDX-License-Identifier: AGPL-3.0-or-later

//go:build !goolm

package matrix

import (
	"context"
	"errors"

	"maunium.net/go/mautrix"
)

// cryptoBuilt says this binary cannot read encrypted rooms: mautrix's crypto needs either
// the goolm tag (pure Go) or the C libolm.
const cryptoBuilt = false

// setupCrypto is never reached: Config.Validate refuses encryption in this build.
func setupCrypto(context.Context, *mautrix.Client, string) (func() error, error) {
	return nil, errors.New("matrix: built without Matrix encryption support: build with -tags goolm")
}
