// SPDX-License-Identifier: AGPL-3.0-or-later

package knowledge

import (
	"testing"
	"testing/fstest"
)

// FuzzLoad feeds arbitrary YAML to the loader as one KB file: no panic, and either a KB or
// a validation error that names a file position for every problem.
func FuzzLoad(f *testing.F) {
	for _, s := range []string{
		"categories:\n  - id: a\n    name: A\n",
		"tools:\n  - id: x\n    name: X\n    description: d\n    license: MIT\n    website: https://x.org\n    categories: [a]\n",
		"providers:\n  - id: p\n    name: P\n    kind: company\n    siren: \"123\"\n    sources: [{url: x}]\n",
		"{", "- - -", "tools: !!binary aGVsbG8=", "a: &a [*a]", "products:\n  - alternatives: [{tool: 1}]\n",
	} {
		f.Add(s)
	}
	g := loadGeoF(f)
	f.Fuzz(func(t *testing.T, doc string) {
		fsys := fstest.MapFS{"kb.yaml": {Data: []byte(doc)}}
		_, err := Load(fsys, g)
		if err == nil {
			return
		}
		if v, ok := IsValidation(err); ok {
			for _, is := range v.Issues {
				if is.Pos.File == "" || is.Msg == "" {
					t.Fatalf("issue without position or message: %+v", is)
				}
			}
		}
	})
}
