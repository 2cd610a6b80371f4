// SPDX-License-Identifier: AGPL-3.0-or-later

//go:build !no_discord

package main

import "github.com/boussole-libre/boussole/adapters/discord"

// discordConfig is the discord section of the config file.
type discordConfig = discord.Config

// startDiscord builds the Discord adapter when the config enables it; it delivers the
// admins' background reports (/kb verifier) by direct message.
func startDiscord(cfg *Config, env startEnv) (runner, error) {
	return startChat(cfg.Discord.Enabled, "discord", env.bot, func() (*discord.Adapter, error) {
		return discord.New(cfg.Discord, env.bot, env.log)
	})
}
