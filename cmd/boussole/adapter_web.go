// SPDX-License-Identifier: AGPL-3.0-or-later

//go:build !no_web

package main

import (
	"errors"
	"strings"

	"github.com/boussole-libre/boussole/adapters/web"
)

// webConfig is the http section of the config file.
type webConfig = web.Config

func defaultWebConfig() webConfig { return web.DefaultConfig() }

// validateWeb checks the http section, one indented line per problem like the others.
func validateWeb(c webConfig) error {
	err := c.Validate()
	if err == nil {
		return nil
	}
	var errs []error
	for _, line := range strings.Split(err.Error(), "\n") {
		errs = append(errs, errors.New("  "+line))
	}
	return errors.Join(errs...)
}

// startWeb builds the web adapter when the config enables it; its metrics observe every
// answer of the bot, whatever the platform.
func startWeb(cfg *Config, env startEnv) (runner, error) {
	if !cfg.HTTP.Enabled {
		return nil, nil
	}
	s, err := web.New(cfg.HTTP, env.bot, web.Options{Log: env.log, StateDir: cfg.stateDir(), Version: versionString()})
	if err != nil {
		return nil, err
	}
	env.bot.SetObserver(s.Metrics())
	return s, nil
}

// connectReadiness lets the web adapter's /readyz ask each other adapter whether it is
// connected; one that cannot say (no Ready method) counts as ready while it runs.
func connectReadiness(runners []namedRunner) {
	for _, r := range runners {
		s, ok := r.runner.(*web.Server)
		if !ok {
			continue
		}
		for _, other := range runners {
			if other.name != r.name {
				rd, _ := other.runner.(web.Readiness)
				s.SetReadiness(other.name, rd)
			}
		}
	}
}
