// Package data embeds the knowledge base shipped with Boussole, used when no KB directory
// is configured and as the starting point of `boussole kb export`.
package data

import "embed"

// FS holds the shipped KB: the YAML files below this directory.
//
//go:embed *.yaml tools products providers
var FS embed.FS
