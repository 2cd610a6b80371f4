// SPDX-License-Identifier: AGPL-3.0-or-later

package bot

import (
	"strings"
	"testing"
)

// A device named puts first the tools with an app there and says which have none, so
// that nobody installs LibreOffice's advice on an iPad.
func TestDevicesPutTheAppsThereFirst(t *testing.T) {
	b := New(shippedKB(t))
	tests := []struct {
		turns     []string
		firstTool string
		note      string // in the reply's text; "" for no device note at all
	}{
		{[]string{"alternative à Word ?", "sur iPad ?"}, "onlyoffice", "Pas d'application pour iOS (iPhone, iPad) : LibreOffice."},
		{[]string{"alternative à Word ?", "et pour Android ?"}, "onlyoffice", "Application pour Android : ONLYOFFICE Docs"},
		{[]string{"a password manager?", "and on Android?"}, "bitwarden", "No app for Android: KeePassXC"},
		{[]string{"un navigateur libre pour mon iPhone ?"}, "firefox", "LibreWolf, Chromium, uBlock Origin, Tor Browser."},
		{[]string{"une appli libre de notes pour mon téléphone"}, "joplin", "Application pour téléphone ou tablette : Joplin"},
		// None of the tools found runs there: those made for the same job that do.
		{[]string{"une appli libre pour lire mes ebooks sur android ?"}, "koreader", "Pas d'application pour Android : calibre."},
		// A drawing tablet, "un tel outil", a desk phone: no device to install on.
		{[]string{"un logiciel de dessin pour ma tablette graphique"}, "krita", ""},
		{[]string{"un tel outil existe pour la compta ?"}, "dolibarr", ""},
		// The office apps the kids need, not the suite's file sync, on the iPad.
		{[]string{"my kids need Word and PowerPoint but I won't pay for Microsoft 365, free alternative?", "and for the iPad?"}, "onlyoffice", "App for iOS (iPhone, iPad): ONLYOFFICE"},
		// Who installs it does not depend on the device.
		{[]string{"alternative à Word ?", "sur iPad ?", "qui peut l'installer à Rennes ?"}, "libreoffice", ""},
	}
	for i, tt := range tests {
		k := ConversationKey{Platform: "test", Channel: "devices", User: string(rune('a' + i))}
		var r Reply
		for _, q := range tt.turns {
			_, r = b.Converse(k, q)
		}
		last := tt.turns[len(tt.turns)-1]
		if len(r.Tools) == 0 || r.Tools[0].ID != tt.firstTool {
			t.Errorf("%q: tools %v, want %s first", last, r.Tools, tt.firstTool)
		}
		hasNote := strings.Contains(r.Text, "pplication") || strings.Contains(r.Text, "app for") || strings.Contains(r.Text, "App for")
		switch {
		case tt.note == "" && hasNote:
			t.Errorf("%q: unexpected device note in %q", last, r.Text)
		case tt.note != "" && !strings.Contains(r.Text, tt.note):
			t.Errorf("%q: text %q, want it to say %q", last, r.Text, tt.note)
		}
	}
}

// A tool's card says where its apps run.
func TestToolCardListsPlatforms(t *testing.T) {
	b := New(shippedKB(t))
	k := ConversationKey{Platform: "test", Channel: "card", User: "u"}
	b.Converse(k, "alternative à Word ?")
	_, r := b.Converse(k, "le troisième ?")
	if !strings.Contains(r.Text, "Applications : navigateur web, Android, iOS (iPhone, iPad).") {
		t.Errorf("card text %q does not list Collabora Online's platforms", r.Text)
	}
}
