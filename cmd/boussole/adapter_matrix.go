// SPDX-License-Identifier: AGPL-3.0-or-later

//go:build !no_matrix

package main

import (
	"log/slog"
	"path/filepath"

	"github.com/boussole-libre/boussole/adapters/matrix"
	"github.com/boussole-libre/boussole/bot"
	"github.com/boussole-libre/boussole/knowledge/store"
)

// matrixConfig is the matrix section of the config file.
type matrixConfig = matrix.Config

// startMatrix builds the Matrix adapter when the config enables it. Its state (sync
// token, answered events, encryption keys) goes to matrix.state_dir, by default the
// "matrix" folder of the main state directory. Encrypted rooms need a binary built with
// -tags goolm; matrix.Config.Validate says so when they are asked for without it.
func startMatrix(cfg *Config, b *bot.Bot, log *slog.Logger) (runner, error) {
	if !cfg.Matrix.Enabled {
		return nil, nil
	}
	mc := cfg.Matrix
	if mc.StateDir == "" {
		base := cfg.StateDir
		if base == "" && cfg.Knowledge.Dir != "" {
			base = filepath.Join(cfg.Knowledge.Dir, store.StateDir)
		}
		if base != "" {
			mc.StateDir = filepath.Join(base, "matrix")
		}
	}
	a, err := matrix.New(mc, b, log)
	if err != nil {
		return nil, err
	}
	b.RegisterNotifier("matrix", a.Notify) // !kb verifier's summary, in a direct room
	return a, nil
}
