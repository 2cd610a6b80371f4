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

func TestIsEnglishWord(t *testing.T) {
	for _, w := range []string{"privacy", "french", "volunteers", "accounting", "friendly"} {
		if !IsEnglishWord(w) {
			t.Errorf("IsEnglishWord(%q) = false, want true", w)
		}
	}
	for _, w := range []string{"krantzify", "zorpex", "quuxify", "synkora"} {
		if IsEnglishWord(w) {
			t.Errorf("IsEnglishWord(%q) = true, want false: an invented name", w)
		}
	}
}
