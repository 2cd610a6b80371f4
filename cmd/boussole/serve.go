// SPDX-License-Identifier: AGPL-3.0-or-later

//go:build !no_web

package main

import (
	"context"
	"io"

	"github.com/boussole-libre/boussole/adapters/web"
	"github.com/boussole-libre/boussole/bot"
)

// cmdServe runs the web pages and the API alone, on the embedded KB (or --kb DIR), for a
// quick try or a web-only deployment: no config file, no chat platform.
func cmdServe(ctx context.Context, args []string, stderr io.Writer) error {
	fs := newFlags("serve")
	addr := fs.String("addr", web.DefaultAddr, "address to listen on (host:port)")
	kb, dir, err := parseWithKB(fs, args)
	if err != nil {
		return err
	}
	cfg := web.DefaultConfig()
	cfg.Enabled, cfg.Addr = true, *addr
	if err := cfg.Validate(); err != nil {
		return err
	}
	log, err := LogConfig{Level: "info"}.logger(stderr)
	if err != nil {
		return err
	}
	m := web.NewMetrics()
	b := bot.New(kb, bot.WithLogger(log), bot.WithObserver(m))
	s, err := web.New(cfg, b, web.Options{Log: log, Metrics: m, Version: versionString()})
	if err != nil {
		return err
	}
	log.Info("boussole serve", "url", "http://"+*addr+"/", "kb", kbLabel(dir))
	return s.Run(ctx)
}
