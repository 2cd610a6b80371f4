// SPDX-License-Identifier: AGPL-3.0-or-later

package mattermost

import (
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/boussole-libre/boussole/adapters/guard"
)

// Environment variables that carry the secrets, so that they never sit in a YAML file.
const (
	// EnvToken holds the bot account's access token.
	EnvToken = "BOUSSOLE_MATTERMOST_TOKEN"
	// EnvCommandTokens holds the slash-command tokens (comma-separated): one per command and
	// per team, as Mattermost shows them when a command is created by hand.
	EnvCommandTokens = "BOUSSOLE_MATTERMOST_COMMAND_TOKENS"
)

// Defaults applied by New when a field is left at its zero value.
const (
	DefaultListen       = "127.0.0.1:8066"
	DefaultBurst        = 5
	DefaultEvery        = 20 * time.Second
	DefaultReconnectMin = time.Second
	DefaultReconnectMax = 2 * time.Minute
	// DefaultPingTimeout mirrors the model package's own watchdog (60 s + 5 s buffer): the
	// server pings every minute, so two minutes of silence mean a dead connection.
	DefaultPingTimeout = 65 * time.Second
	// DefaultSlowAfter is how long a slash command may take before Boussole answers at once
	// and completes through response_url (Mattermost advises ~3 s).
	DefaultSlowAfter = 2 * time.Second
	// FallbackMaxPostSize is the post limit used when the server does not say
	// (model.PostMessageMaxRunesV2).
	FallbackMaxPostSize = 16383
	// LegacyMaxPostSize is the limit of old databases; a post refused at the fallback size
	// is re-rendered for it.
	LegacyMaxPostSize = 4000
)

// Config configures the Mattermost adapter. Secrets are not read from YAML: cmd fills
// Token and CommandTokens from the environment (EnvToken, EnvCommandTokens).
type Config struct {
	// Enabled turns the adapter on in `boussole run`.
	Enabled bool `yaml:"enabled"`
	// URL is the server's base URL, such as https://chat.example.org (no /api/v4).
	URL string `yaml:"url"`
	// Token is the bot account's access token (BOUSSOLE_MATTERMOST_TOKEN).
	Token string `yaml:"-"`

	// Listen is the address of the slash-command HTTP endpoint (default 127.0.0.1:8066);
	// "off" disables it.
	Listen string `yaml:"listen"`
	// CommandTokens are the tokens Mattermost sends with each slash command
	// (BOUSSOLE_MATTERMOST_COMMAND_TOKENS, comma-separated). Tokens of commands registered
	// by RegisterCommands are added automatically.
	CommandTokens []string `yaml:"-"`
	// RegisterCommands creates or updates the slash commands through the API in Teams; the
	// bot needs the manage_slash_commands permission there.
	RegisterCommands bool `yaml:"register_commands"`
	// Teams are the team names or ids where commands are registered.
	Teams []string `yaml:"teams"`
	// PublicURL is the base URL Mattermost uses to reach Listen, such as
	// http://boussole.internal:8066; commands are registered at PublicURL/commands/<name>.
	PublicURL string `yaml:"public_url"`
	// EphemeralAnswers makes slash-command answers visible to the asker only; by default
	// answers are posted in the channel and errors and help stay ephemeral.
	EphemeralAnswers bool `yaml:"ephemeral_answers"`

	// Admins are the user ids allowed to use /kb; SystemAdmins and TeamAdmins also let in
	// the server's system admins and the team's admins (checked through the API on each
	// /kb command, so a demotion takes effect at once).
	Admins       []string `yaml:"admins"`
	SystemAdmins bool     `yaml:"system_admins"`
	TeamAdmins   bool     `yaml:"team_admins"`

	// RateLimit bounds questions per user (mentions, DMs and slash commands together).
	RateLimit RateLimit `yaml:"rate_limit"`
	// ReconnectMin and ReconnectMax bound the jittered exponential WebSocket backoff.
	ReconnectMin time.Duration `yaml:"reconnect_min"`
	ReconnectMax time.Duration `yaml:"reconnect_max"`
	// PingTimeout is how long the WebSocket may stay silent (no ping, no event) before
	// Boussole reconnects.
	PingTimeout time.Duration `yaml:"ping_timeout"`
	// SlowAfter is how long a slash command may run before Boussole acknowledges it and
	// completes through response_url.
	SlowAfter time.Duration `yaml:"slow_after"`
}

// RateLimit is the shared per-person limit (guard.RateLimit): Burst 0 takes the default
// (5 every 20 s); a negative Burst disables it; admins get their own, looser bucket.
type RateLimit = guard.RateLimit

// withDefaults checks the configuration and fills the zero values.
func (c Config) withDefaults() (Config, error) {
	c.URL = strings.TrimRight(strings.TrimSpace(c.URL), "/")
	if c.URL == "" {
		return c, errors.New("mattermost: url is empty: set mattermost.url to the server address, such as https://chat.example.org")
	}
	u, err := url.Parse(c.URL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return c, fmt.Errorf("mattermost: url %q is not an http(s) address such as https://chat.example.org", c.URL)
	}
	if strings.HasSuffix(u.Path, "/api/v4") {
		return c, fmt.Errorf("mattermost: url %q must be the server's base address, without /api/v4", c.URL)
	}
	if c.Token == "" {
		return c, fmt.Errorf("mattermost: no bot token: set %s to the bot account's access token", EnvToken)
	}
	if c.Listen == "" {
		c.Listen = DefaultListen
	}
	c.PublicURL = strings.TrimRight(strings.TrimSpace(c.PublicURL), "/")
	if c.RegisterCommands {
		if c.Listen == "off" {
			return c, errors.New("mattermost: register_commands needs the slash-command endpoint, but listen is off")
		}
		p, err := url.Parse(c.PublicURL)
		if c.PublicURL == "" || err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" {
			return c, errors.New("mattermost: register_commands needs public_url, the http(s) address Mattermost uses to reach the endpoint")
		}
		if len(c.Teams) == 0 {
			return c, errors.New("mattermost: register_commands needs teams, the team names or ids where to register the commands")
		}
	}
	c.RateLimit = c.RateLimit.WithDefaults(DefaultBurst, DefaultEvery)
	c.ReconnectMin, c.ReconnectMax = guard.Backoff(c.ReconnectMin, c.ReconnectMax, DefaultReconnectMin, DefaultReconnectMax)
	if c.PingTimeout <= 0 {
		c.PingTimeout = DefaultPingTimeout
	}
	if c.SlowAfter <= 0 {
		c.SlowAfter = DefaultSlowAfter
	}
	return c, nil
}
