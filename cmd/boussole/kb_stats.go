// SPDX-License-Identifier: AGPL-3.0-or-later

package main

import (
	"encoding/json"
	"fmt"
	"io"
)

// cmdKBStats counts what the KB holds, per region for providers.
func cmdKBStats(args []string, stdout io.Writer) error {
	fs, asJSON := jsonFlags("kb stats")
	kb, _, err := parseKBDir(fs, args)
	if err != nil {
		return err
	}
	s := kb.Stats()
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(s)
	}
	fmt.Fprintf(stdout, "categories: %d\ntools: %d (%d developed in France)\nproducts: %d\nproviders: %d (%d national)\nsources: %d\n",
		s.Categories, s.Tools, s.FrenchTools, s.Products, s.Providers, s.NationalProviders, s.Sources)
	for _, r := range kb.Geo.Regions() {
		fmt.Fprintf(stdout, "  %-28s %d\n", r.Name, s.ProvidersByRegion[r.Name])
	}
	fmt.Fprintf(stdout, "geography: %d regions, %d départements, %d communes\n", s.Regions, s.Departements, s.Communes)
	return nil
}
