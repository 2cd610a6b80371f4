// SPDX-License-Identifier: AGPL-3.0-or-later

package textnorm

import "testing"

func TestIsFrenchWord(t *testing.T) {
	for _, w := range []string{"maintenu", "heure", "ligne", "bureau", "cartouche", "imprimante", "arc", "ciel"} {
		if !IsFrenchWord(w) {
			t.Errorf("IsFrenchWord(%q) = false", w)
		}
	}
	// Typos and product names people type must stay correctable.
	for _, w := range []string{"altrenative", "gogle", "prestatire", "nextclod", "photoshp", "microsfot", "drvie"} {
		if IsFrenchWord(w) {
			t.Errorf("IsFrenchWord(%q) = true", w)
		}
	}
}
