// SPDX-License-Identifier: AGPL-3.0-or-later

package web

import (
	"errors"
	"fmt"
	"net"
	"net/netip"
	"net/url"
	"strings"
	"time"
)

// Defaults of the http: section.
const (
	DefaultAddr      = "127.0.0.1:8080"
	DefaultBurst     = 20
	DefaultEvery     = 3 * time.Second
	DefaultMaxQuery  = 500  // characters of a question or a filter
	DefaultPageSize  = 20   // providers per directory page
	maxHeaderBytes   = 8192 // a GET API needs no more
	readHeaderTimout = 5 * time.Second
)

// Config is the `http:` section of the config file: the JSON API, the web pages, the
// widget and the operations endpoints, on one listener.
type Config struct {
	// Enabled turns the listener on; Addr is its host:port.
	Enabled bool   `yaml:"enabled"`
	Addr    string `yaml:"addr"`
	// PublicURL is where people reach this server (https://boussole.example.org): the
	// OpenAPI document names it as the API's server; empty: relative to the document.
	PublicURL string `yaml:"public_url"`
	// TrustedProxies are the addresses or networks (CIDR) of reverse proxies whose
	// X-Forwarded-For names the real client; from any other peer the header is ignored.
	TrustedProxies []string `yaml:"trusted_proxies"`
	// ShutdownTimeout is how long running requests may finish when Boussole stops.
	ShutdownTimeout time.Duration `yaml:"shutdown_timeout"`

	// AllowedOrigins may call the API from a browser (CORS); "*" is any site.
	AllowedOrigins []string `yaml:"allowed_origins"`
	// RateLimit is per client (IP address): Burst requests at once, then one every Every;
	// a negative Burst turns it off.
	RateLimit RateLimit `yaml:"rate_limit"`
	// MaxQuery bounds a question's or a filter's length in characters.
	MaxQuery int `yaml:"max_query"`
	// MetricsFrom are the networks allowed to read /metrics (default: loopback only).
	MetricsFrom []string `yaml:"metrics_from"`
}

// RateLimit is the per-client token bucket.
type RateLimit struct {
	Burst int           `yaml:"burst"`
	Every time.Duration `yaml:"every"`
}

// DefaultConfig is the section before the config file is read over it.
func DefaultConfig() Config {
	return Config{
		Addr: DefaultAddr, AllowedOrigins: []string{"*"},
		RateLimit: RateLimit{Burst: DefaultBurst, Every: DefaultEvery},
		MaxQuery:  DefaultMaxQuery, MetricsFrom: []string{"127.0.0.0/8", "::1/128"},
		ShutdownTimeout: 10 * time.Second,
	}
}

// Validate reports every problem of the section, each with its key (under http.).
func (c Config) Validate() error {
	var errs []error
	bad := func(key, format string, args ...any) {
		errs = append(errs, fmt.Errorf("http.%s: %s", key, fmt.Sprintf(format, args...)))
	}
	if _, _, err := net.SplitHostPort(c.Addr); err != nil {
		bad("addr", "%q: use host:port, such as %s", c.Addr, DefaultAddr)
	}
	if c.PublicURL != "" {
		if u, err := url.Parse(c.PublicURL); err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
			bad("public_url", "%q: use an absolute http(s) URL, such as https://boussole.example.org", c.PublicURL)
		}
	}
	for _, o := range c.AllowedOrigins {
		if o == "*" {
			continue
		}
		if u, err := url.Parse(o); err != nil || u.Host == "" || u.Path != "" || (u.Scheme != "https" && u.Scheme != "http") {
			bad("allowed_origins", "%q: use \"*\" or an origin such as https://www.example.org (scheme and host, no path)", o)
		}
	}
	for key, list := range map[string][]string{"trusted_proxies": c.TrustedProxies, "metrics_from": c.MetricsFrom} {
		if _, err := parsePrefixes(list); err != nil {
			bad(key, "%v", err)
		}
	}
	if c.RateLimit.Burst >= 0 && c.RateLimit.Every <= 0 {
		bad("rate_limit.every", "%v: use a positive duration, such as 3s (or burst: -1 to turn the limit off)", c.RateLimit.Every)
	}
	if c.MaxQuery < 10 || c.MaxQuery > 10_000 {
		bad("max_query", "%d: use a number of characters between 10 and 10000", c.MaxQuery)
	}
	if c.ShutdownTimeout <= 0 {
		bad("shutdown_timeout", "%v: use a positive duration, such as 10s", c.ShutdownTimeout)
	}
	return errors.Join(errs...)
}

// parsePrefixes reads addresses ("10.0.0.1") and networks ("10.0.0.0/8").
func parsePrefixes(list []string) ([]netip.Prefix, error) {
	var out []netip.Prefix
	for _, s := range list {
		s = strings.TrimSpace(s)
		if p, err := netip.ParsePrefix(s); err == nil {
			out = append(out, p.Masked())
			continue
		}
		a, err := netip.ParseAddr(s)
		if err != nil {
			return nil, fmt.Errorf("%q: use an IP address or a CIDR network such as 10.0.0.0/8", s)
		}
		out = append(out, netip.PrefixFrom(a.Unmap(), a.Unmap().BitLen()))
	}
	return out, nil
}
