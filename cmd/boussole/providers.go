// SPDX-License-Identifier: AGPL-3.0-or-later

package main

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/boussole-libre/boussole/bot"
	"github.com/boussole-libre/boussole/knowledge"
)

// cmdProviders is what /prestataires shows, as text or as a JSON document for scripts.
func cmdProviders(args []string, stdout io.Writer) error {
	fs := newFlags("providers")
	region := fs.String("region", "", "region, département, postal code or city")
	tool := fs.String("tool", "", "libre tool")
	service := fs.String("service", "", "service")
	page := fs.Int("page", 1, "page (text output)")
	asJSON := fs.Bool("json", false, "JSON output")
	kb, _, err := parseWithKB(fs, args)
	if err != nil {
		return err
	}
	a := bot.ProvidersArgs{Place: *region, Tool: *tool, Service: *service, Page: *page}
	if !*asJSON {
		r := bot.ProvidersFor(kb, a, bot.French)
		fmt.Fprintln(stdout, bot.Text(r))
		if r.Ephemeral {
			return fmt.Errorf("%s", r.Title)
		}
		return nil
	}
	a.Page = 1
	out, err := providersJSON(kb, a)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

// providersJSON builds the JSON document (bot/providers_json.go, shared with the web API).
func providersJSON(kb *knowledge.KB, a bot.ProvidersArgs) (bot.ProvidersDocument, error) {
	return bot.NewProvidersDocument(kb, a)
}
