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
	return startChat(cfg.Mattermost.Enabled, "mattermost", b, func() (*mattermost.Adapter, error) { return mattermost.New(cfg.Mattermost, b, log) })
}
