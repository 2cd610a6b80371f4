// SPDX-License-Identifier: AGPL-3.0-or-later

//go:build no_discord

package main

// discordConfig reads the discord section of a config file written for a full binary.
type discordConfig = offSection

// startDiscord refuses an enabled Discord section in a binary built without it.
func startDiscord(cfg *Config, _ startEnv) (runner, error) {
	return builtWithout("Discord", "no_discord", cfg.Discord.Enabled)
}
