//go:build no_mattermost

package main

import (
	"errors"
	"log/slog"

	"github.com/boussole-libre/boussole/bot"
)

// mattermostConfig reads the mattermost section of a config file written for a full
// binary: every key is accepted, and only enabled matters.
type mattermostConfig struct {
	Enabled       bool           `yaml:"enabled"`
	Token         string         `yaml:"-"`
	CommandTokens []string       `yaml:"-"`
	Rest          map[string]any `yaml:",inline"`
}

// startMattermost refuses an enabled Mattermost section in a binary built without it.
func startMattermost(cfg *Config, _ *bot.Bot, _ *slog.Logger) (runner, error) {
	if !cfg.Mattermost.Enabled {
		return nil, nil
	}
	return nil, errors.New("this binary was built without Mattermost support (-tags no_mattermost): rebuild without that tag")
}
