// SPDX-License-Identifier: AGPL-3.0-or-later

//go:build !no_mattermost

package main

import (
	"log/slog"

	"github.com/boussole-libre/boussole/adapters/mattermost"
	"github.com/boussole-libre/boussole/bot"
)

// mattermostConfig is the mattermost section of the config file.
type mattermostConfig = mattermost.Config

// startMattermost builds the Mattermost adapter when the config enables it.
func startMattermost(cfg *Config, b *bot.Bot, log *slog.Logger) (runner, error) {
	if !cfg.Mattermost.Enabled {
		return nil, nil
	}
	a, err := mattermost.New(cfg.Mattermost, b, log)
	if err != nil {
		return nil, err
	}
	b.RegisterNotifier("mattermost", a.Notify) // /kb verifier's summary, by direct message
	return a, nil
}
