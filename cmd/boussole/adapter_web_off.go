// SPDX-License-Identifier: AGPL-3.0-or-later

//go:build no_web

package main

import (
	"context"
	"errors"
	"io"
)

// webConfig reads the http section of a config file written for a full binary.
type webConfig = offSection

func defaultWebConfig() webConfig { return webConfig{} }

func validateWeb(webConfig) error { return nil }

// startWeb refuses an enabled http section in a binary built without it.
func startWeb(cfg *Config, _ startEnv) (runner, error) {
	return builtWithout("the web server", "no_web", cfg.HTTP.Enabled)
}

func connectReadiness([]namedRunner) {}

// cmdServe needs the web server.
func cmdServe(context.Context, []string, io.Writer) error {
	return errors.New("this binary was built without the web server (-tags no_web): rebuild without that tag")
}
