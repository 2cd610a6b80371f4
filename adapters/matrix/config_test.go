// SPDX-License-Identifier: AGPL-3.0-or-later

package matrix

import (
	"strings"
	"testing"
)

func TestConfigValidate(t *testing.T) {
	off := false
	good := Config{Enabled: true, Homeserver: "https://matrix.example.org", UserID: "@boussole:example.org",
		Token: "secret-token", StateDir: t.TempDir(), Encryption: &off}
	tests := []struct {
		name string
		edit func(*Config)
		want string // part of the error; empty: valid
	}{
		{"valid", func(*Config) {}, ""},
		{"no homeserver", func(c *Config) { c.Homeserver = "" }, "matrix.homeserver"},
		{"not http", func(c *Config) { c.Homeserver = "matrix.example.org" }, "not an http(s) address"},
		{"api path", func(c *Config) { c.Homeserver = "https://m.example.org/_matrix/client/v3" }, "without /_matrix"},
		{"bad user id", func(c *Config) { c.UserID = "boussole" }, "user_id"},
		{"no token", func(c *Config) { c.Token = "" }, EnvToken},
		{"no state dir yet", func(c *Config) { c.StateDir = "" }, ""}, // filled by boussole run
		{"disabled is not checked", func(c *Config) { c.Enabled = false; c.Homeserver = "" }, ""},
		{"bad room", func(c *Config) { c.Rooms = []string{"aide"} }, "rooms"},
		{"room alias", func(c *Config) { c.Rooms = []string{"#aide:example.org", "!abc:example.org"} }, ""},
		{"bad admin", func(c *Config) { c.Admins = []string{"alice"} }, "admins"},
		{"bad invite_from", func(c *Config) { c.InviteFrom = []string{"@alice"} }, "invite_from"},
		{"server invite_from", func(c *Config) { c.InviteFrom = []string{"example.org", "@bob:other.org", "*"} }, ""},
		{"negative power level", func(c *Config) { c.AdminPowerLevel = -1 }, "admin_power_level"},
		{"power level without rooms", func(c *Config) { c.AdminPowerLevel = 50 }, "matrix.rooms is empty"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := good
			tt.edit(&c)
			err := c.Validate()
			switch {
			case tt.want == "" && err != nil:
				t.Fatalf("unexpected error: %v", err)
			case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
				t.Fatalf("error %v, want one naming %q", err, tt.want)
			case err != nil && strings.Contains(err.Error(), "secret-token"):
				t.Fatalf("the token leaked into the error: %v", err)
			}
		})
	}
}

// Encryption is on by default; a build without the goolm tag says how to get it.
func TestConfigEncryptionNeedsGoolm(t *testing.T) {
	c := Config{Enabled: true, Homeserver: "https://matrix.example.org", UserID: "@b:example.org", Token: "t", StateDir: t.TempDir()}
	err := c.Validate()
	if cryptoBuilt {
		if err != nil {
			t.Fatalf("goolm build refused encryption: %v", err)
		}
		return
	}
	if err == nil || !strings.Contains(err.Error(), "-tags goolm") || !strings.Contains(err.Error(), "matrix.encryption: false") {
		t.Fatalf("error %v, want the goolm build hint", err)
	}
}

func TestLoadEnv(t *testing.T) {
	var c Config
	c.LoadEnv(func(k string) string {
		if k == EnvToken {
			return "  tok \n"
		}
		return ""
	})
	if c.Token != "tok" {
		t.Fatalf("token %q", c.Token)
	}
}

// New needs the state directory that Validate leaves to `boussole run`.
func TestNewNeedsStateDir(t *testing.T) {
	off := false
	_, err := New(Config{Enabled: true, Homeserver: "https://m.example.org", UserID: "@b:example.org", Token: "t", Encryption: &off}, newBot(t), nil)
	if err == nil || !strings.Contains(err.Error(), "state_dir") {
		t.Fatalf("New without a state directory: %v", err)
	}
}
