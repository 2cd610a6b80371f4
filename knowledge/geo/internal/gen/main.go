// SPDX-License-Identifier: AGPL-3.0-or-later

// Command gen derives Boussole's compact geography files from the official French
// administrative data published on npm as @etalab/decoupage-administratif (Licence Ouverte).
//
//	npm install --prefix /tmp/geo @etalab/decoupage-administratif@6.0.0
//	go run ./knowledge/geo/internal/gen -src /tmp/geo/node_modules/@etalab/decoupage-administratif/data -out knowledge/geo/data
//
// It keeps metropolitan France and the five overseas regions (the 18 regions and 101
// départements), every current commune with its postal codes and population, and the
// delegated or associated communes under their parent's code, because people still name
// the places they know ("Cherbourg" for Cherbourg-en-Cotentin).
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/boussole-libre/boussole/knowledge/textnorm"
)

type region struct {
	Code string `json:"code"`
	Nom  string `json:"nom"`
	Zone string `json:"zone"`
}

type departement struct {
	Code   string `json:"code"`
	Region string `json:"region"`
	Nom    string `json:"nom"`
	Zone   string `json:"zone"`
}

type commune struct {
	Code        string   `json:"code"`
	Nom         string   `json:"nom"`
	Type        string   `json:"type"`
	Zone        string   `json:"zone"`
	Departement string   `json:"departement"`
	Region      string   `json:"region"`
	CodesPostal []string `json:"codesPostaux"`
	Population  int      `json:"population"`
	ChefLieu    string   `json:"chefLieu"`
}

func main() {
	src := flag.String("src", "", "data directory of @etalab/decoupage-administratif")
	out := flag.String("out", "knowledge/geo/data", "output directory")
	flag.Parse()
	if *src == "" {
		log.Fatal("gen: -src is required")
	}
	if err := run(*src, *out); err != nil {
		log.Fatal(err)
	}
}

func read(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

func kept(zone string) bool { return zone == "metro" || zone == "drom" }

func run(src, out string) error {
	var regs []region
	var deps []departement
	var coms []commune
	for name, v := range map[string]any{"regions.json": &regs, "departements.json": &deps, "communes.json": &coms} {
		if err := read(filepath.Join(src, name), v); err != nil {
			return err
		}
	}
	rb, err := regionsTSV(regs)
	if err != nil {
		return err
	}
	db, err := departementsTSV(deps)
	if err != nil {
		return err
	}
	lines := communeLines(coms)
	for name, b := range map[string][]byte{"regions.tsv": rb, "departements.tsv": db, "communes.tsv": communesTSV(lines)} {
		if err := os.WriteFile(filepath.Join(out, name), b, 0o644); err != nil {
			return err
		}
	}
	log.Printf("gen: %d communes written", len(lines))
	return nil
}

// regionsTSV lists the 18 regions (metropolitan and overseas), code and name.
func regionsTSV(regs []region) ([]byte, error) {
	return keptRows("regions", 18, "# code\tname — INSEE regions, from @etalab/decoupage-administratif (Licence Ouverte)\n",
		regs, func(r region) (string, string) { return r.Zone, r.Code + "\t" + r.Nom + "\n" })
}

// departementsTSV lists the 101 départements with their region.
func departementsTSV(deps []departement) ([]byte, error) {
	return keptRows("départements", 101, "# code\tregion\tname — INSEE départements, from @etalab/decoupage-administratif (Licence Ouverte)\n",
		deps, func(d departement) (string, string) { return d.Zone, d.Code + "\t" + d.Region + "\t" + d.Nom + "\n" })
}

// keptRows writes the row of every item of a kept zone under header, and checks that there
// are as many as France has: a count off means the source data changed its shape.
func keptRows[T any](what string, want int, header string, items []T, row func(T) (zone, text string)) ([]byte, error) {
	var b bytes.Buffer
	b.WriteString(header)
	n := 0
	for _, it := range items {
		if zone, text := row(it); kept(zone) {
			b.WriteString(text)
			n++
		}
	}
	if n != want {
		return nil, fmt.Errorf("expected %d %s, got %d", want, what, n)
	}
	return b.Bytes(), nil
}

// line is one commune of communes.tsv: a current commune, or a delegated or associated one
// with its parent (when its name differs from the parent's).
type line struct {
	code, name, dep, parent, postal string
	pop                             int
}

// communeLines lists the communes to write, sorted by code then name.
func communeLines(coms []commune) []line {
	actual := map[string]commune{}
	for _, c := range coms {
		if c.Type == "commune-actuelle" && kept(c.Zone) {
			actual[c.Code] = c
		}
	}
	var lines []line
	for _, c := range coms {
		if !kept(c.Zone) {
			continue
		}
		switch c.Type {
		case "commune-actuelle":
			lines = append(lines, line{c.Code, c.Nom, c.Departement, "", strings.Join(c.CodesPostal, " "), c.Population})
		case "commune-deleguee", "commune-associee":
			p, ok := actual[c.ChefLieu]
			if !ok || p.Nom == c.Nom {
				continue
			}
			lines = append(lines, line{c.Code, c.Nom, c.Departement, p.Code, "", 0})
		}
	}
	sort.Slice(lines, func(i, j int) bool {
		if lines[i].code != lines[j].code {
			return lines[i].code < lines[j].code
		}
		return lines[i].name < lines[j].name
	})
	return lines
}

// communesTSV writes the communes as TSV, with each name's folded form.
func communesTSV(lines []line) []byte {
	var cb bytes.Buffer
	cb.WriteString("# code\tname\tdep\tpopulation\tpostal codes\tparent\tfolded name — communes, from @etalab/decoupage-administratif (Licence Ouverte)\n")
	for _, l := range lines {
		fmt.Fprintf(&cb, "%s\t%s\t%s\t%d\t%s\t%s\t%s\n", l.code, l.name, l.dep, l.pop, l.postal, l.parent, textnorm.Fold(l.name))
	}
	return cb.Bytes()
}
