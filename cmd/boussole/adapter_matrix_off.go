// SPDX-License-Identifier: AGPL-3.0-or-later

//go:build no_matrix

package main

import (
	"errors"
	"log/slog"

	"github.com/boussole-libre/boussole/bot"
)

// matrixConfig reads the matrix section of a config file written for a full binary:
// every key is accepted, and only enabled matters.
type matrixConfig struct {
	Enabled bool           `yaml:"enabled"`
	Token   string         `yaml:"-"`
	Rest    map[string]any `yaml:",inline"`
}

// startMatrix refuses an enabled Matrix section in a binary built without it.
func startMatrix(cfg *Config, _ *bot.Bot, _ *slog.Logger) (runner, error) {
	if !cfg.Matrix.Enabled {
		return nil, nil
	}
	return nil, errors.New("this binary was built without Matrix support (-tags no_matrix): rebuild without that tag (and with -tags goolm for encrypted rooms)")
}
