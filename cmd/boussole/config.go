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

	"github.com/boussole-libre/boussole/adapters/discord"
	"github.com/boussole-libre/boussole/adapters/mattermost"
)

// Config is the file given to `boussole run --config`. Secrets are not in it: tokens come
// from the environment, so the file can be committed and shared.
type Config struct {
	Knowledge  KnowledgeConfig   `yaml:"knowledge"`
	StateDir   string            `yaml:"state_dir"`
	Log        LogConfig         `yaml:"log"`
	Discord    discord.Config    `yaml:"discord"`
	Mattermost mattermost.Config `yaml:"mattermost"`
}

// KnowledgeConfig says where the KB is and how it is kept.
type KnowledgeConfig struct {
	Dir         string           `yaml:"dir"`
	ReloadEvery time.Duration    `yaml:"reload_every"`
	Unanswered  UnansweredConfig `yaml:"unanswered"`
	Suggestions int              `yaml:"max_pending_suggestions"`
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
)

// loadConfig reads a config file, rejecting unknown keys (a typo must not silently disable
// a setting), applies defaults and takes secrets from getenv.
func loadConfig(path string, getenv func(string) string) (*Config, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	var c Config
	dec := yaml.NewDecoder(bytes.NewReader(b))
	dec.KnownFields(true)
	if err := dec.Decode(&c); err != nil && !errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("config %s: %w", path, err)
	}
	if c.Knowledge.ReloadEvery == 0 {
		c.Knowledge.ReloadEvery = 10 * time.Second
	}
	if c.Knowledge.Unanswered.MaxAge == 0 {
		c.Knowledge.Unanswered.MaxAge = 90 * 24 * time.Hour
	}
	if c.Knowledge.Unanswered.MaxCount == 0 {
		c.Knowledge.Unanswered.MaxCount = 5000
	}
	if c.Knowledge.Suggestions == 0 {
		c.Knowledge.Suggestions = 200
	}
	c.Discord.Token = strings.TrimSpace(getenv(envDiscordToken))
	c.Mattermost.Token = strings.TrimSpace(getenv(envMattermostToken))
	for _, t := range strings.Split(getenv(envMattermostTokens), ",") {
		if t = strings.TrimSpace(t); t != "" {
			c.Mattermost.CommandTokens = append(c.Mattermost.CommandTokens, t)
		}
	}
	if c.Discord.Enabled && c.Discord.Token == "" {
		return nil, fmt.Errorf("config: discord is enabled but %s is not set", envDiscordToken)
	}
	if c.Mattermost.Enabled && c.Mattermost.Token == "" {
		return nil, fmt.Errorf("config: mattermost is enabled but %s is not set", envMattermostToken)
	}
	return &c, nil
}

func (l LogConfig) logger(w io.Writer) (*slog.Logger, error) {
	var level slog.Level
	if l.Level != "" {
		if err := level.UnmarshalText([]byte(l.Level)); err != nil {
			return nil, fmt.Errorf("config: log.level %q: use debug, info, warn or error", l.Level)
		}
	}
	opts := &slog.HandlerOptions{Level: level}
	switch l.Format {
	case "", "text":
		return slog.New(slog.NewTextHandler(w, opts)), nil
	case "json":
		return slog.New(slog.NewJSONHandler(w, opts)), nil
	}
	return nil, fmt.Errorf("config: log.format %q: use text or json", l.Format)
}
