// SPDX-License-Identifier: AGPL-3.0-or-later

//go:build no_mattermost

package main

import (
	"log/slog"

	"github.com/boussole-libre/boussole/bot"
)

// mattermostConfig reads the mattermost section of a config file written for a full binary.
type mattermostConfig = offSection

// startMattermost refuses an enabled Mattermost section in a binary built without it.
func startMattermost(cfg *Config, _ *bot.Bot, _ *slog.Logger) (runner, error) {
	return builtWithout("Mattermost", "no_mattermost", cfg.Mattermost.Enabled)
}
