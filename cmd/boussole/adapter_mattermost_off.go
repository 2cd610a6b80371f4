// SPDX-License-Identifier: AGPL-3.0-or-later

//go:build no_mattermost

package main

// mattermostConfig reads the mattermost section of a config file written for a full binary.
type mattermostConfig = offSection

// startMattermost refuses an enabled Mattermost section in a binary built without it.
func startMattermost(cfg *Config, _ startEnv) (runner, error) {
	return builtWithout("Mattermost", "no_mattermost", cfg.Mattermost.Enabled)
}
