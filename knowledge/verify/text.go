// SPDX-License-Identifier: AGPL-3.0-or-later

package verify

import (
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"
)

// checkTitles are the section titles of the text report.
var checkTitles = map[string]string{
	CheckSirene:    "Registre des entreprises (API Recherche d'entreprises)",
	CheckLinks:     "Liens (sites et sources)",
	CheckProjects:  "Projets (dépôts de code)",
	CheckFreshness: "Fraîcheur des sources",
}

var severityLabels = map[Severity]string{Error: "ERREUR", Warning: "ATTENTION", Info: "info"}

// Summary is the one-line count of a report, in French.
func (r *Report) Summary() string {
	return fmt.Sprintf("%s, %s, %s", plural(r.Counts.Errors, "erreur", "erreurs"),
		plural(r.Counts.Warnings, "avertissement", "avertissements"), plural(r.Counts.Infos, "info", "infos"))
}

func plural(n int, one, many string) string {
	if n == 1 || n == 0 {
		return fmt.Sprintf("%d %s", n, one)
	}
	return fmt.Sprintf("%d %s", n, many)
}

// WriteJSON writes the report as indented JSON (the stable form).
func WriteJSON(w io.Writer, r *Report) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(r); err != nil {
		return fmt.Errorf("verify: write JSON: %w", err)
	}
	return nil
}

// WriteText writes the report for a person: one section per check, errors and warnings in
// full with their evidence; infos in full only when verbose, else grouped by kind with the
// first subjects, since "no repository" alone can list hundreds of tools.
func WriteText(w io.Writer, r *Report, verbose bool) error {
	var b strings.Builder
	fmt.Fprintf(&b, "Vérification de %s — %s (%s)\n", r.KB, r.Started.Format("2006-01-02 15:04"), strings.Join(r.Checks, ", "))
	if detail, ok := strings.CutPrefix(r.Network, "unreachable: "); ok {
		fmt.Fprintf(&b, "Réseau injoignable : les vérifications en ligne sont en erreur (%s)\n", detail)
	}
	for _, check := range r.Checks {
		c := r.ByCheck[check]
		fmt.Fprintf(&b, "\n== %s : %s, %s, %s\n", checkTitles[check], plural(c.Errors, "erreur", "erreurs"),
			plural(c.Warnings, "avertissement", "avertissements"), plural(c.Infos, "info", "infos"))
		var infos []Finding
		for _, f := range r.Findings {
			if f.Check != check {
				continue
			}
			if f.Severity == Info && !verbose {
				infos = append(infos, f)
				continue
			}
			writeFinding(&b, f)
		}
		writeInfoGroups(&b, infos)
	}
	fmt.Fprintf(&b, "\nTotal : %s.\n", r.Summary())
	_, err := io.WriteString(w, b.String())
	if err != nil {
		return fmt.Errorf("verify: write report: %w", err)
	}
	return nil
}

func writeFinding(b *strings.Builder, f Finding) {
	where := ""
	if f.Pos != "" {
		where = " (" + f.Pos + ")"
	}
	fmt.Fprintf(b, "%-9s %s%s — %s\n", severityLabels[f.Severity], f.Subject, where, f.Message)
	keys := make([]string, 0, len(f.Evidence))
	for k := range f.Evidence {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		fmt.Fprintf(b, "          %s : %s\n", k, f.Evidence[k])
	}
}

// writeInfoGroups prints infos one line per kind: the count and the first subjects.
func writeInfoGroups(b *strings.Builder, infos []Finding) {
	const shown = 8
	byKind := map[string][]string{}
	var kinds []string
	for _, f := range infos {
		if _, ok := byKind[f.Kind]; !ok {
			kinds = append(kinds, f.Kind)
		}
		byKind[f.Kind] = append(byKind[f.Kind], f.Subject)
	}
	slices.Sort(kinds)
	for _, k := range kinds {
		subjects := byKind[k]
		more := ""
		if len(subjects) > shown {
			more = fmt.Sprintf(", … (+%d)", len(subjects)-shown)
			subjects = subjects[:shown]
		}
		fmt.Fprintf(b, "info      %s (%d) : %s%s\n", kindLabel(k), len(byKind[k]), strings.Join(subjects, ", "), more)
	}
	if len(infos) > 0 {
		b.WriteString("          (--verbose pour le détail des infos)\n")
	}
}

// kindLabels name the kinds of findings in French for the grouped infos.
var kindLabels = map[string]string{
	"active": "actif au registre", "candidates": "SIREN possibles", "no-siren": "sans SIREN",
	"redirect": "redirection sur le même site", "no-repository": "sans dépôt", "repo-ok": "dépôt actif",
	"licence-unknown": "licence non reconnue par la forge", "unknown-forge": "forge non reconnue",
	"renamed": "dépôt déplacé", "moved-branch": "autre établissement", "forbidden": "accès refusé aux robots",
}

func kindLabel(k string) string {
	if l, ok := kindLabels[k]; ok {
		return l
	}
	return k
}
