// SPDX-License-Identifier: AGPL-3.0-or-later

package store

import (
	"strings"
	"unicode/utf8"
)

// Limits on the values an edit accepts. The store checks them, so every way of editing
// (chat, command line, a later web page) gets the same refusal before anything is read or
// written. They are far above any real value in the KB and low enough that an edit cannot
// bloat a file, the audit log or an admin's screen.
const (
	MaxNameLen        = 300  // a provider's name, an alias (characters)
	MaxDescriptionLen = 2000 // a description (characters)
	MaxURLLen         = 2048 // a website, source or CNLL address (bytes)
	MaxShortLen       = 100  // ids, kind, SIREN, city, département, région, dates, list items (characters)
	MaxListItems      = 50   // items in one list (services, outils, réseaux, public)
)

// checkText refuses a value longer than max characters, not UTF-8, or holding a control
// character: C0 (NUL, tab, newline, ESC that starts ANSI sequences…), DEL, C1, and the
// bidirectional overrides that make text display in another order than it is stored.
func checkText(label, v string, max int) error {
	if !utf8.ValidString(v) {
		return rejected("%s : texte mal encodé (UTF-8 attendu)", label)
	}
	for _, r := range v {
		if isControl(r) {
			return rejected("%s : caractère de contrôle %U refusé (retours à la ligne, tabulations et séquences d'échappement ne sont pas admis)", label, r)
		}
	}
	if n := utf8.RuneCountInString(v); n > max {
		return rejected("%s : %d caractères, %d au plus", label, n, max)
	}
	return nil
}

func isControl(r rune) bool {
	switch {
	case r < 0x20, r == 0x7f, r >= 0x80 && r <= 0x9f:
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return true
	}
	return false
}

// checkURL is checkText for an address, whose limit is in bytes.
func checkURL(label, v string) error {
	if err := checkText(label, v, len(v)); err != nil { // characters; the bound is in bytes
		return err
	}
	if len(v) > MaxURLLen {
		return rejected("%s : adresse de %d octets, %d au plus", label, len(v), MaxURLLen)
	}
	return nil
}

// checkList checks each item of a list and their number.
func checkList(label string, items []string) error {
	if len(items) > MaxListItems {
		return rejected("%s : %d éléments, %d au plus", label, len(items), MaxListItems)
	}
	for _, it := range items {
		if err := checkText(label, it, MaxShortLen); err != nil {
			return err
		}
	}
	return nil
}

// checkAll returns the first error of checks.
func checkAll(checks ...error) error {
	for _, err := range checks {
		if err != nil {
			return err
		}
	}
	return nil
}

// checkProvider checks every value of a new provider.
func checkProvider(in ProviderInput) error {
	return checkAll(
		checkText("id", in.ID, MaxShortLen),
		checkText("nom", in.Name, MaxNameLen),
		checkText("type", in.Kind, MaxShortLen),
		checkURL("site", in.Website),
		checkText("description", in.Description, MaxDescriptionLen),
		checkText("siren", in.SIREN, MaxShortLen),
		checkText("ville", in.City, MaxShortLen),
		checkText("departement", in.Departement, MaxShortLen),
		checkText("region", in.Region, MaxShortLen),
		checkList("services", in.Services),
		checkList("outils", in.Tools),
		checkList("réseaux", in.Networks),
		checkList("public", in.Audience),
		checkURL("source", in.SourceURL),
		checkText("date", in.SourceDate, MaxShortLen),
	)
}

// checkField checks the value given to one provider field (key is the YAML key, label what
// the admin typed).
func checkField(key, label, value string) error {
	switch key {
	case "name":
		return checkText(label, value, MaxNameLen)
	case "description":
		return checkText(label, value, MaxDescriptionLen)
	case "website", "cnll_url":
		return checkURL(label, value)
	case "sources":
		u, date, _ := strings.Cut(value, " ")
		return checkAll(checkURL(label, u), checkText(label+" (date)", strings.TrimSpace(date), MaxShortLen))
	case "services", "tools", "networks", "audience":
		return checkList(label, SplitList(value))
	}
	return checkText(label, value, MaxShortLen)
}
