// SPDX-License-Identifier: AGPL-3.0-or-later

package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"
	"time"

	"gopkg.in/yaml.v3"
)

// Config is the file given to `boussole run --config`. Secrets are not in it: tokens come
// from the environment, so the file can be committed and shared.
type Config struct {
	Knowledge  KnowledgeConfig  `yaml:"knowledge"`
	StateDir   string           `yaml:"state_dir"`
	Log        LogConfig        `yaml:"log"`
	Discord    discordConfig    `yaml:"discord"`    // adapter_discord.go
	Mattermost mattermostConfig `yaml:"mattermost"` // adapter_mattermost.go
	Matrix     matrixConfig     `yaml:"matrix"`     // adapter_matrix.go
	HTTP       webConfig        `yaml:"http"`       // adapter_web.go
}

// KnowledgeConfig says where the KB is and how it is kept.
type KnowledgeConfig struct {
	Dir         string           `yaml:"dir"`
	ReloadEvery time.Duration    `yaml:"reload_every"`
	Unanswered  UnansweredConfig `yaml:"unanswered"`
	Suggestions int              `yaml:"max_pending_suggestions"`
	// SuggestionsPerPerson bounds /suggerer per person in any 24 hours.
	SuggestionsPerPerson int `yaml:"suggestions_per_person_per_day"`
}

// UnansweredConfig bounds the log of unanswered questions.
type UnansweredConfig struct {
	Enabled  *bool         `yaml:"enabled"`
	MaxAge   time.Duration `yaml:"max_age"`
	MaxCount int           `yaml:"max_count"`
}

// LogConfig sets the log level and format.
type LogConfig struct {
	Level  string `yaml:"level"`
	Format string `yaml:"format"`
}

// Environment variables that hold secrets.
const (
	envDiscordToken     = "BOUSSOLE_DISCORD_TOKEN"
	envMattermostToken  = "BOUSSOLE_MATTERMOST_TOKEN"
	envMattermostTokens = "BOUSSOLE_MATTERMOST_COMMAND_TOKENS"
	envMatrixToken      = "BOUSSOLE_MATRIX_TOKEN"
)

// Defaults that DefaultConfig sets and the example config documents.
const (
	defaultReload        = 10 * time.Second
	terminalReload       = 2 * time.Second // the terminal sees hand edits sooner
	defaultUnansweredAge = 90 * 24 * time.Hour
	defaultUnansweredMax = 5000
	defaultSuggestions   = 200
	defaultPerPerson     = 3
)

// DefaultConfig is the configuration before the file is read: the file is decoded over
// it, so a key the file leaves out keeps its default.
func DefaultConfig() *Config {
	return &Config{
		Knowledge: KnowledgeConfig{
			ReloadEvery: defaultReload,
			Unanswered:  UnansweredConfig{MaxAge: defaultUnansweredAge, MaxCount: defaultUnansweredMax},
			Suggestions: defaultSuggestions, SuggestionsPerPerson: defaultPerPerson,
		},
		Log:  LogConfig{Level: "info", Format: "text"},
		HTTP: defaultWebConfig(), // adapter_web.go
	}
}

// loadConfig reads a config file over DefaultConfig, rejecting unknown keys (a typo must
// not silently disable a setting), takes secrets from getenv and validates the whole.
func loadConfig(path string, getenv func(string) string) (*Config, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	c := DefaultConfig()
	dec := yaml.NewDecoder(bytes.NewReader(b))
	dec.KnownFields(true)
	if err := dec.Decode(c); err != nil && !errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("config %s: %w", path, err)
	}
	c.secrets(getenv)
	if err := c.Validate(); err != nil {
		return nil, fmt.Errorf("config %s:\n%w", path, err)
	}
	return c, nil
}

// secrets fills the tokens from the environment: they never live in the file.
func (c *Config) secrets(getenv func(string) string) {
	c.Discord.Token = strings.TrimSpace(getenv(envDiscordToken))
	c.Mattermost.Token = strings.TrimSpace(getenv(envMattermostToken))
	c.Matrix.Token = strings.TrimSpace(getenv(envMatrixToken))
	for _, t := range strings.Split(getenv(envMattermostTokens), ",") {
		if t = strings.TrimSpace(t); t != "" {
			c.Mattermost.CommandTokens = append(c.Mattermost.CommandTokens, t)
		}
	}
}

// Validate checks the configuration as a whole and reports every problem, one per line,
// each with its key.
func (c *Config) Validate() error {
	var errs []error
	bad := func(key, format string, args ...any) {
		errs = append(errs, fmt.Errorf("  %s: %s", key, fmt.Sprintf(format, args...)))
	}
	if d := c.Knowledge.ReloadEvery; d < time.Second {
		bad("knowledge.reload_every", "%v: use a duration of at least 1s, such as 10s", d)
	}
	if d := c.Knowledge.Unanswered.MaxAge; d <= 0 {
		bad("knowledge.unanswered.max_age", "%v: use a positive duration, such as 2160h (90 days)", d)
	}
	if n := c.Knowledge.Unanswered.MaxCount; n <= 0 || n > 1_000_000 {
		bad("knowledge.unanswered.max_count", "%d: use a number between 1 and 1000000", n)
	}
	if n := c.Knowledge.Suggestions; n <= 0 || n > 100_000 {
		bad("knowledge.max_pending_suggestions", "%d: use a number between 1 and 100000", n)
	}
	if n := c.Knowledge.SuggestionsPerPerson; n <= 0 || n > 1000 {
		bad("knowledge.suggestions_per_person_per_day", "%d: use a number between 1 and 1000", n)
	}
	if _, err := c.Log.logger(io.Discard); err != nil {
		bad("log", "%v", err)
	}
	if c.Discord.Enabled && c.Discord.Token == "" {
		bad("discord.enabled", "discord is enabled but %s is not set", envDiscordToken)
	}
	if c.Mattermost.Enabled && c.Mattermost.Token == "" {
		bad("mattermost.enabled", "mattermost is enabled but %s is not set", envMattermostToken)
	}
	if err := validateWeb(c.HTTP); err != nil { // adapter_web.go
		errs = append(errs, err)
	}
	for key, sub := range map[string]any{"discord": c.Discord, "mattermost": c.Mattermost, "matrix": c.Matrix} {
		if v, ok := sub.(interface{ Validate() error }); ok {
			if err := v.Validate(); err != nil {
				bad(key, "%v", err)
			}
		}
	}
	return errors.Join(errs...)
}

func (l LogConfig) logger(w io.Writer) (*slog.Logger, error) {
	var level slog.Level
	if l.Level != "" {
		if err := level.UnmarshalText([]byte(l.Level)); err != nil {
			return nil, fmt.Errorf("log.level %q: use debug, info, warn or error", l.Level)
		}
	}
	opts := &slog.HandlerOptions{Level: level}
	switch l.Format {
	case "", "text":
		return slog.New(slog.NewTextHandler(w, opts)), nil
	case "json":
		return slog.New(slog.NewJSONHandler(w, opts)), nil
	}
	return nil, fmt.Errorf("log.format %q: use text or json", l.Format)
}
