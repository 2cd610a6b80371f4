// SPDX-License-Identifier: AGPL-3.0-or-later

//go:build !no_matrix

package main

import (
	"path/filepath"

	"github.com/boussole-libre/boussole/adapters/matrix"
)

// matrixConfig is the matrix section of the config file.
type matrixConfig = matrix.Config

// startMatrix builds the Matrix adapter when the config enables it. Its state (sync
// token, answered events, encryption keys) goes to matrix.state_dir, by default the
// "matrix" folder of the main state directory. Encrypted rooms need a binary built with
// -tags goolm; matrix.Config.Validate says so when they are asked for without it.
func startMatrix(cfg *Config, env startEnv) (runner, error) {
	mc := cfg.Matrix
	if mc.StateDir == "" {
		mc.StateDir = matrixStateDir(cfg)
	}
	// !kb verifier's summary goes to the admin in a direct room.
	return startChat(mc.Enabled, "matrix", env.bot, func() (*matrix.Adapter, error) { return matrix.New(mc, env.bot, env.log) })
}

// matrixStateDir is the "matrix" folder of the main state directory, or "" when there is
// none.
func matrixStateDir(cfg *Config) string {
	base := cfg.stateDir()
	if base == "" {
		return ""
	}
	return filepath.Join(base, "matrix")
}
