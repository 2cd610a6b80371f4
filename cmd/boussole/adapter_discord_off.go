//go:build no_discord

package main

import (
	"errors"
	"log/slog"

	"github.com/boussole-libre/boussole/bot"
)

// discordConfig reads the discord section of a config file written for a full binary:
// every key is accepted, and only enabled matters.
type discordConfig struct {
	Enabled bool           `yaml:"enabled"`
	Token   string         `yaml:"-"`
	Rest    map[string]any `yaml:",inline"`
}

// startDiscord refuses an enabled Discord section in a binary built without it.
func startDiscord(cfg *Config, _ *bot.Bot, _ *slog.Logger) (runner, error) {
	if !cfg.Discord.Enabled {
		return nil, nil
	}
	return nil, errors.New("this binary was built without Discord support (-tags no_discord): rebuild without that tag")
}
