// SPDX-License-Identifier: AGPL-3.0-or-later

package main

import "fmt"

// adapterEntry is one chat platform `boussole run` can start.
type adapterEntry struct {
	name  string
	start adapterStarter
}

// adapters lists the platforms compiled into this binary, in start order. Each one comes
// from its adapter_<name>.go file; building with -tags no_<name> leaves it out (and its
// dependencies with it), and a config that enables it is then refused at start.
func adapters() []adapterEntry {
	return []adapterEntry{
		{"discord", startDiscord},
		{"mattermost", startMattermost},
		{"matrix", startMatrix},
		{"web", startWeb},
	}
}

// offSection reads the section of an adapter left out of this binary (adapter_*_off.go):
// a config file written for a full binary still loads, every key accepted, and only
// enabled matters.
type offSection struct {
	Enabled       bool           `yaml:"enabled"`
	Token         string         `yaml:"-"`
	CommandTokens []string       `yaml:"-"`
	Rest          map[string]any `yaml:",inline"`
}

// builtWithout is the starter of an adapter left out of this binary: nothing while its
// section is disabled, a clear error when the config enables it.
func builtWithout(name, tag string, enabled bool) (runner, error) {
	if !enabled {
		return nil, nil
	}
	return nil, fmt.Errorf("this binary was built without %s support (-tags %s): rebuild without that tag", name, tag)
}
