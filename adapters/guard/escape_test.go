// SPDX-License-Identifier: AGPL-3.0-or-later

package guard

import (
	"strings"
	"testing"
	"time"
)

func TestDefang(t *testing.T) {
	t.Parallel()
	wj := WordJoiner
	for in, want := range map[string]string{
		"alternative à Google Drive ?":  "alternative à Google Drive ?",
		"x(https://evil.example/login)": "x(https:" + wj + "//evil" + wj + ".example/login)",
		"voir www.evil.example demain":  "voir www" + wj + ".evil" + wj + ".example demain",
		"evil.com/login":                "evil" + wj + ".com/login",
		"Krantz.io":                     "Krantz" + wj + ".io",
		"écrire à toto@exemple.fr":      "écrire à toto@exemple" + wj + ".fr",
		"mailto:x":                      "mailto:" + wj + "x",
		"région:35 version 1.5, etc.":   "région:35 version 1.5, etc.",
		"deux  espaces\net une ligne":   "deux  espaces\net une ligne",
		"[a](https://e.example)":        "[a](https:" + wj + "//e" + wj + ".example)",
	} {
		if got := Defang(in); got != want {
			t.Errorf("Defang(%q) = %q, want %q", in, got, want)
		}
	}
	if got := Inert("salut@everyone @here"); strings.Contains(got, "@e") || strings.Contains(got, "@h") {
		t.Errorf("Inert left a mention live: %q", got)
	}
}

func TestStripControls(t *testing.T) {
	t.Parallel()
	in := "ok\x1b[31mrouge\x00\u202etxt\tfin\n"
	if got, want := StripControls(in), "ok[31mrougetxt\tfin\n"; got != want {
		t.Errorf("StripControls = %q, want %q", got, want)
	}
	if s := "déjà propre"; StripControls(s) != s {
		t.Error("clean text changed")
	}
}

func TestLimitsGiveAdminsTheirOwnBucket(t *testing.T) {
	t.Parallel()
	l := NewLimits(RateLimit{Burst: 1, Every: time.Hour}.WithDefaults(5, time.Minute))
	if l.Check("u", false) != Allow || l.Check("u", false) != Notify {
		t.Fatal("a person gets Burst questions, then one notice")
	}
	for i := range DefaultAdminBurst {
		if d := l.Check("admin", true); d != Allow {
			t.Fatalf("admin edit %d refused (%v): bulk /kb edits must not be slowed down", i+1, d)
		}
	}
	if l.Check("admin", true) != Notify {
		t.Error("admins are limited too, only more loosely")
	}
}
