// SPDX-License-Identifier: AGPL-3.0-or-later

package discord

import (
	"time"

	"github.com/boussole-libre/boussole/adapters/guard"
)

// Config is the `discord:` section of the configuration file. The token is not part of
// it: cmd reads it from the environment (BOUSSOLE_DISCORD_TOKEN) so it never sits in a file.
type Config struct {
	// Enabled turns the adapter on.
	Enabled bool `yaml:"enabled"`
	// Token is the bot token, filled by cmd from the environment; never logged.
	Token string `yaml:"-"`
	// APIURL is the scheme and host (and optional path prefix) that Discord REST calls go
	// to, e.g. a shared rate-limit proxy. Empty means DefaultAPIURL. The gateway URL is
	// whatever GET /gateway on that host answers.
	APIURL string `yaml:"api_url"`
	// Guilds lists the servers to register slash commands in (instant updates, one bulk
	// overwrite each). Empty registers them globally (can take up to an hour to show).
	Guilds []string `yaml:"guilds"`
	// Channels are the channel ids where, with MessageContent, the bot answers questions
	// it understands without a mention (small talk is still ignored there).
	Channels []string `yaml:"channels"`
	// MessageContent requests the privileged message-content intent. It must also be
	// enabled in the developer portal. Only then does the bot answer in Channels without
	// being mentioned.
	MessageContent bool `yaml:"message_content"`
	// RateLimit bounds how often one person can ask.
	RateLimit RateLimit `yaml:"rate_limit"`
	// Admins (user ids) and members with AdminRoles (role ids) may use /kb; so may members
	// with the Manage Server permission unless AdminsManageServer is false.
	Admins             []string `yaml:"admins"`
	AdminRoles         []string `yaml:"admin_roles"`
	AdminsManageServer *bool    `yaml:"admins_manage_server"`
}

// DefaultAPIURL is Discord's own API host. Requests keep discordgo's /api/v9/… paths.
const DefaultAPIURL = "https://discord.com"

// Default rate limit: a person may ask DefaultBurst questions at once, then one every
// DefaultEvery. Generous for people, tight enough to stop a flood.
const (
	DefaultBurst = 5
	DefaultEvery = 10 * time.Second
)

func (c Config) manageServerIsAdmin() bool {
	return c.AdminsManageServer == nil || *c.AdminsManageServer
}

// RateLimit is the shared per-person limit (guard.RateLimit): zero values take
// DefaultBurst and DefaultEvery, and admins get their own, looser bucket.
type RateLimit = guard.RateLimit
