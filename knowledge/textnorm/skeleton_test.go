// SPDX-License-Identifier: AGPL-3.0-or-later

package textnorm

import (
	"strings"
	"testing"
)

func TestSkeletonSharesTheMeaning(t *testing.T) {
	tests := []struct{ a, b string }{
		{"compresser des videos", "compresser une video"},
		{"clavier libre pour android", "clavier android"},
		{"photos de telephone", "photos du telephone"},
		{"gestion des stocks", "gestion de stock"},
		{"planning de nos 40 benevoles", "planning des benevoles"},
	}
	for _, tt := range tests {
		ka, _ := Skeleton(strings.Fields(tt.a))
		kb, _ := Skeleton(strings.Fields(tt.b))
		if ka != kb {
			t.Errorf("Skeleton(%q) = %q, Skeleton(%q) = %q: want the same", tt.a, ka, tt.b, kb)
		}
	}
	if k, n := Skeleton(strings.Fields("pour les")); n != 0 || k != "" {
		t.Errorf("Skeleton(pour les) = %q, %d; want nothing", k, n)
	}
	if k, _ := Skeleton(strings.Fields("express serveurs")); k != "express serveur" {
		t.Errorf("Skeleton(express serveurs) = %q", k)
	}
}
