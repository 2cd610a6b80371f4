// SPDX-License-Identifier: AGPL-3.0-or-later

// Package data embeds the knowledge base shipped with Boussole, used when no KB directory
// is configured and as the starting point of `boussole kb export`.
package data

import (
	"embed"
	"fmt"

	"github.com/boussole-libre/boussole/knowledge"
	"github.com/boussole-libre/boussole/knowledge/geo"
)

// FS holds the shipped KB: the YAML files below this directory.
//
//go:embed *.yaml tools products providers LICENSE
var FS embed.FS

// Load loads the French geography and the shipped KB, as the binary does when no KB
// directory is configured.
func Load() (*knowledge.KB, error) {
	kb, err := knowledge.LoadAlong(FS, geo.Load)
	if err != nil {
		return nil, fmt.Errorf("load shipped KB: %w", err)
	}
	return kb, nil
}
