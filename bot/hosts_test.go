// SPDX-License-Identifier: AGPL-3.0-or-later

package bot

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/boussole-libre/boussole/knowledge"
	"github.com/boussole-libre/boussole/knowledge/geo"
)

// hostsKB has a mail service, its software, and two hosting providers: one that runs
// mailboxes for the public without naming its software, one that lists none.
const hostsKB = `categories:
  - id: courriel
    name: Courriel
    keywords: [mail, courriel]
tools:
  - id: roundcube
    name: Roundcube
    description: Webmail.
    license: GPL-3.0-or-later
    website: https://roundcube.net
    categories: [courriel]
    self_hosted: true
  - id: k9
    name: K-9 Mail
    description: Mail app.
    license: Apache-2.0
    website: https://k9mail.app
    categories: [courriel]
products:
  - id: gmail
    name: Gmail
    vendor: Google
    service: true
    categories: [courriel]
    alternatives: [roundcube]
  - id: hotmail-app
    name: Hotmail App
    vendor: Microsoft
    service: true
    categories: [courriel]
    alternatives: [k9]
providers:
  - id: mailhost
    name: Hébergeur Mail
    kind: association
    national: true
    services: [hébergement]
    hosts: [courriel]
    sources:
      - url: https://mailhost.example.org/services
        checked: 2026-12-04
  - id: webhost
    name: Hébergeur Web
    kind: association
    national: true
    services: [hébergement]
    sources:
      - url: https://webhost.example.org
        checked: 2026-12-04
`

func hostsBot(t *testing.T, yaml string) *Bot {
	t.Helper()
	g, err := geo.Load()
	if err != nil {
		t.Fatal(err)
	}
	kb, err := knowledge.Load(fstest.MapFS{"kb.yaml": {Data: []byte(yaml)}}, g)
	if err != nil {
		t.Fatal(err)
	}
	return New(kb)
}

// Leaving Gmail starts with who runs mailboxes for the public, even when the host does
// not say which software it runs; without one, the answer says so and names the CHATONS.
func TestLeavingAServiceLeadsWithItsHosts(t *testing.T) {
	_, r := hostsBot(t, hostsKB).Ask("alternative à Gmail ?")
	if !r.HostsFirst || len(r.Providers) != 1 || r.Providers[0].ID != "mailhost" {
		t.Fatalf("hosts first = %v, providers = %+v; want only the mail host", r.HostsFirst, r.Providers)
	}
	if got := r.Providers[0].Tools; len(got) == 0 || got[0] != "Courriel" {
		t.Errorf("the host's line shows %v, want the service it hosts first", got)
	}
	noHost := strings.Replace(hostsKB, "    hosts: [courriel]\n", "", 1)
	_, r = hostsBot(t, noHost).Ask("alternative à Gmail ?")
	if r.HostsFirst || !strings.Contains(r.Text, "chatons.org") {
		t.Errorf("without a mail host: hosts first = %v, text %q; want the CHATONS named", r.HostsFirst, r.Text)
	}
}

// A service left for apps on one's own machine needs nobody to host anything: the answer
// names no host and sends nobody to the CHATONS.
func TestServiceLeftForAppsNamesNoHost(t *testing.T) {
	_, r := hostsBot(t, hostsKB).Ask("alternative à Hotmail App ?")
	if r.HostsFirst || strings.Contains(r.Text, "héberge") || len(r.Tools) == 0 || r.Tools[0].ID != "k9" {
		t.Errorf("hosts first = %v, tools %+v, text %q; want K-9 Mail alone, no host", r.HostsFirst, r.Tools, r.Text)
	}
}

// A service asked to be hosted, with no product left, leads with who runs it too; a place
// named keeps the providers near it.
func TestHostedServiceAskedLeadsWithItsHosts(t *testing.T) {
	b := hostsBot(t, hostsKB)
	u, r := b.Ask("un hébergeur éthique pour le courriel de l'asso ?")
	if u.Intent != IntentAlternative || !r.HostsFirst || len(r.Providers) != 1 || r.Providers[0].ID != "mailhost" {
		t.Fatalf("intent %s, hosts first = %v, providers = %+v; want the mail host first", u.Intent, r.HostsFirst, r.Providers)
	}
	if !strings.Contains(r.Text, "Pour ce service (Courriel)") {
		t.Errorf("text %q does not name the service asked", r.Text)
	}
	if u, _ := b.Ask("un hébergeur pour le courriel de l'asso à Lyon ?"); u.Intent != IntentProviders {
		t.Errorf("with a place: intent %s, want providers", u.Intent)
	}
}
