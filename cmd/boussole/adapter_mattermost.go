// SPDX-License-Identifier: AGPL-3.0-or-later

//go:build !no_mattermost

package main

import "github.com/boussole-libre/boussole/adapters/mattermost"

// mattermostConfig is the mattermost section of the config file.
type mattermostConfig = mattermost.Config

// startMattermost builds the Mattermost adapter when the config enables it.
func startMattermost(cfg *Config, env startEnv) (runner, error) {
	return startChat(cfg.Mattermost.Enabled, "mattermost", env.bot, func() (*mattermost.Adapter, error) {
		return mattermost.New(cfg.Mattermost, env.bot, env.log)
	})
}
