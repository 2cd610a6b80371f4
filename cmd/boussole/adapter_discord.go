// SPDX-License-Identifier: AGPL-3.0-or-later

//go:build !no_discord

package main

import (
	"log/slog"

	"github.com/boussole-libre/boussole/adapters/discord"
	"github.com/boussole-libre/boussole/bot"
)

// discordConfig is the discord section of the config file.
type discordConfig = discord.Config

// startDiscord builds the Discord adapter when the config enables it; it delivers the
// admins' background reports (/kb verifier) by direct message.
func startDiscord(cfg *Config, b *bot.Bot, log *slog.Logger) (runner, error) {
	return startChat(cfg.Discord.Enabled, "discord", b, func() (*discord.Adapter, error) { return discord.New(cfg.Discord, b, log) })
}
