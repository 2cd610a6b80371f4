// SPDX-License-Identifier: AGPL-3.0-or-later

package matrix

import (
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"maunium.net/go/mautrix/id"

	"github.com/boussole-libre/boussole/adapters/guard"
)

// EnvToken holds the bot account's access token, so that it never sits in a YAML file.
const EnvToken = "BOUSSOLE_MATRIX_TOKEN"

// Defaults applied when a field is left at its zero value.
const (
	DefaultBurst        = 5
	DefaultEvery        = 20 * time.Second
	DefaultReconnectMin = time.Second
	DefaultReconnectMax = 2 * time.Minute
)

// Config configures the Matrix adapter. The token is not read from YAML: LoadEnv fills it
// from BOUSSOLE_MATRIX_TOKEN.
type Config struct {
	// Enabled turns the adapter on in `boussole run`.
	Enabled bool `yaml:"enabled"`
	// Homeserver is the client-server API base URL, such as https://matrix.example.org.
	Homeserver string `yaml:"homeserver"`
	// UserID is the bot account, such as @boussole:example.org; the token must belong to it.
	UserID string `yaml:"user_id"`
	// Token is the bot account's access token (BOUSSOLE_MATRIX_TOKEN).
	Token string `yaml:"-"`
	// StateDir keeps the sync token, the answered event ids and the encryption keys.
	// Empty: <state_dir>/matrix of the main config.
	StateDir string `yaml:"state_dir"`
	// Encryption reads and answers in end-to-end encrypted rooms (default true). It needs a
	// binary built with -tags goolm.
	Encryption *bool `yaml:"encryption"`

	// Rooms are room ids (!abc:example.org) or aliases (#aide:example.org) where the bot
	// answers questions without being mentioned.
	Rooms []string `yaml:"rooms"`
	// InviteFrom lists who may invite the bot: user ids (@alice:example.org) or server
	// names (example.org, or * for anybody). Empty: users of the bot's own server.
	InviteFrom []string `yaml:"invite_from"`
	// Admins are the user ids allowed to use !kb.
	Admins []string `yaml:"admins"`
	// AdminPowerLevel, when above 0, also lets in members of the listed Rooms whose power
	// level there is at least this value (50 is a moderator, 100 an admin). It never
	// applies in other rooms, where anybody can make themselves admin.
	AdminPowerLevel int `yaml:"admin_power_level"`

	// RateLimit bounds questions and commands per person (admins have their own, looser
	// bucket).
	RateLimit RateLimit `yaml:"rate_limit"`
	// ReconnectMin and ReconnectMax bound the jittered exponential backoff after network
	// errors.
	ReconnectMin time.Duration `yaml:"reconnect_min"`
	ReconnectMax time.Duration `yaml:"reconnect_max"`
}

// RateLimit is the shared per-person limit (guard.RateLimit): Burst questions at once,
// then one every Every, and a looser bucket for the admins. Zero values take the
// defaults; a negative Burst turns the limit off.
type RateLimit = guard.RateLimit

// LoadEnv fills the token from the environment (getenv is os.Getenv in cmd), keeping a
// value already set.
func (c *Config) LoadEnv(getenv func(string) string) {
	if c.Token == "" {
		c.Token = strings.TrimSpace(getenv(EnvToken))
	}
}

// EncryptionOn reports whether encrypted rooms are wanted (the default).
func (c Config) EncryptionOn() bool { return c.Encryption == nil || *c.Encryption }

// Validate checks an enabled section and names the faulty key in each error; a disabled
// one is not checked. The state directory may still be empty: `boussole run` fills it
// from the main state_dir before New, which requires it. Validate does not contact the
// homeserver (Run does).
func (c Config) Validate() error {
	if !c.Enabled {
		return nil
	}
	return c.check()
}

// check validates every key but the state directory.
func (c Config) check() error {
	hs := strings.TrimSpace(c.Homeserver)
	if hs == "" {
		return errors.New("matrix.homeserver is empty: set matrix.homeserver to the client API address, such as https://matrix.example.org")
	}
	u, err := url.Parse(hs)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return fmt.Errorf("matrix.homeserver %q is not an http(s) address such as https://matrix.example.org", hs)
	}
	if strings.Contains(u.Path, "/_matrix") {
		return fmt.Errorf("matrix.homeserver %q must be the base address, without /_matrix/…", hs)
	}
	if _, _, err := id.UserID(c.UserID).ParseAndValidateRelaxed(); err != nil {
		return fmt.Errorf("matrix.user_id %q is not a Matrix user id such as @boussole:example.org", c.UserID)
	}
	if c.Token == "" {
		return fmt.Errorf("no access token: set %s to the bot account's access token", EnvToken)
	}
	if c.EncryptionOn() && !cryptoBuilt {
		return errors.New("built without Matrix encryption support: build with -tags goolm " +
			"(go build -tags goolm ./cmd/boussole), or set matrix.encryption: false to answer in unencrypted rooms only")
	}
	if err := c.checkLists(); err != nil {
		return err
	}
	if c.AdminPowerLevel < 0 {
		return fmt.Errorf("matrix.admin_power_level %d: use 0 (off) or a power level such as 50 or 100", c.AdminPowerLevel)
	}
	if c.AdminPowerLevel > 0 && len(c.Rooms) == 0 {
		return errors.New("matrix.admin_power_level only applies in the listed rooms, but matrix.rooms is empty")
	}
	return nil
}

// checkLists checks the room, admin and invite lists.
func (c Config) checkLists() error {
	for _, r := range c.Rooms {
		if !strings.HasPrefix(r, "!") && !strings.HasPrefix(r, "#") || !strings.Contains(r, ":") {
			return fmt.Errorf("matrix.rooms: %q is neither a room id (!abc:example.org) nor an alias (#room:example.org)", r)
		}
	}
	for _, a := range c.Admins {
		if _, _, err := id.UserID(a).ParseAndValidateRelaxed(); err != nil {
			return fmt.Errorf("matrix.admins: %q is not a user id such as @alice:example.org", a)
		}
	}
	for _, f := range c.InviteFrom {
		if strings.TrimSpace(f) == "" || strings.HasPrefix(f, "@") && !strings.Contains(f, ":") {
			return fmt.Errorf("matrix.invite_from: %q is neither a user id (@alice:example.org) nor a server name (example.org)", f)
		}
	}
	return nil
}

// withDefaults fills the zero values of a validated configuration.
func (c Config) withDefaults() Config {
	c.Homeserver = strings.TrimRight(strings.TrimSpace(c.Homeserver), "/")
	c.RateLimit = c.RateLimit.WithDefaults(DefaultBurst, DefaultEvery)
	c.ReconnectMin, c.ReconnectMax = guard.Backoff(c.ReconnectMin, c.ReconnectMax, DefaultReconnectMin, DefaultReconnectMax)
	return c
}

// EncryptionSupported reports whether this binary can read encrypted rooms (built with
// -tags goolm).
func EncryptionSupported() bool { return cryptoBuilt }
