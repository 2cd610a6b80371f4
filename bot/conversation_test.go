// SPDX-License-Identifier: AGPL-3.0-or-later

package bot

import (
	"fmt"
	"runtime"
	"strings"
	"testing"
	"time"
)

func TestFollowUpsCompleteThePreviousQuestion(t *testing.T) {
	b := New(shippedKB(t))
	tests := []struct {
		first, then string
		intent      Intent
		region      string // region of the follow-up's place, "" for none
		firstTool   string // "" not checked
		context     bool
	}{
		{"alternative à Google Drive ?", "et à Lyon ?", IntentProviders, "84", "nextcloud", true},
		// A system named with "out of support… move to?" is left, not a constraint on the
		// last tools; "out of support" seeks no support contract.
		{"un logiciel de sauvegarde automatique ?", "and the laptop runs Windows 10 which is out of support, what should we move to?", IntentAlternative, "", "linux-mint", false},
		// A side of the product left: its alternatives made for photos, not a photo editor.
		{"une alternative à Facebook pour notre asso ?", "et pour les photos ?", IntentAlternative, "", "pixelfed", true},
		{"qui peut installer Nextcloud à Rennes ?", "et à Brest ?", IntentProviders, "53", "nextcloud", true},
		{"alternative à Google Drive ?", "et qui peut l'installer à Nantes ?", IntentProviders, "52", "nextcloud", true},
		{"alternative à Google Drive ?", "le deuxième, il est français ?", IntentAlternative, "", "seafile", true},
		{"un antivirus libre ?", "le premier ?", IntentAlternative, "", "clamav", true},
		{"who can host Jitsi in Brittany?", "and in Lyon?", IntentProviders, "84", "jitsi-meet", true},
		// "le mieux pour une petite boutique ?" asks which of the last tools suits someone.
		{"Qui peut m'installer un logiciel de caisse libre à Cayenne ?", "c'est quoi le mieux comme logiciel pour une petite boutique ?", IntentAlternative, "03", "dolibarr", true},
		// A town the geography does not know by that name is no unknown product; "we
		// live in" is no live streaming.
		{"Y a un équivalent libre à Canva pour faire des affiches ?", "et qui pourrait la former en Dordogne ? on est a cote de Sarlat", IntentProviders, "75", "inkscape", true},
		{"I need something like Dropbox to share family photos with my kids", "and who could set it up for us in Martinique? we live in Fort-de-France", IntentProviders, "02", "nextcloud", true},
		{"a free alternative to Google Keep for notes?", "does it work on iPhone too?", IntentAlternative, "", "joplin", true},
		// "any of these" asks about the list just given, whatever device words follow.
		{"un outil pour faire des fiches d'exercices avec des images pour mes patients", "thanks! do any of these work offline on an old Linux laptop?", IntentAlternative, "", "libreoffice", true},
		{"un outil pour faire des fiches d'exercices avec des images pour mes patients", "est-ce qu'ils marchent hors ligne sur un vieux portable Linux ?", IntentAlternative, "", "libreoffice", true},
		// "plutôt pour…" says again whom the last question is for; "il faut un serveur ?"
		// asks about the same tools.
		{"je cherche un CRM", "plutôt pour une petite asso", IntentAlternative, "", "", true},
		{"alternative à Zoom ?", "il faut un serveur ?", IntentAlternative, "", "jitsi-meet", true},
		// Syncing with a phone system is a constraint on the last tools, not that system's
		// alternatives.
		{"What's a good alternative to Evernote?", "Does it sync with Android?", IntentAlternative, "", "joplin", true},
		// A feature asked of the list keeps the list, even when it names a tool.
		{"a Slack alternative for our research team?", "Which of those can render LaTeX math in messages?", IntentAlternative, "", "", true},
		{"une appli de notes ?", "ça se synchronise avec l'iphone ?", IntentAlternative, "", "joplin", true},
		// Software advice asked after providers is a new question, even about the same tool
		// or "pour un logiciel de…".
		{"une boîte près de Villeneuve-d'Ascq qui forme à Koha ?", "et pour un logiciel de compta, vous conseillez quoi ?", IntentAlternative, "32", "dolibarr", true},
		{"une boîte près de Villeneuve-d'Ascq qui forme à Koha ?", "et pour un OPAC plus moderne par-dessus Koha, vous conseillez quoi ?", IntentAlternative, "", "", false},
		// Whom the tools are for, and where relatives live, is no provider request; the
		// program the tools would work in is no new question.
		{"un outil pour faire des visios en famille sans que tout le monde doive créer un compte ?", "c pour appeler mes parents à Mamoudzou, le réseau là-bas c pas ouf", IntentAlternative, "", "jitsi-meet", true},
		{"y a un correcteur comme Antidote mais en libre ?", "et ça marche dans thunderbird ?", IntentAlternative, "", "languagetool", true},
		// A service for the asker's volunteers, asked of the providers listed: the volunteers
		// are whom it is for, not software for associations.
		{"qqn pour installer Linux sur les vieux PC du repair café ? on est vers Caen", "et est-ce qu'ils font aussi des formations pour nos bénévoles ?", IntentProviders, "28", "debian", true},
		// "quelqu'un qui forme" asks for a trainer; "pas très ordinateur" describes people.
		// "s'il n'y a personne à Dijon, du côté de Lyon": the second place is asked.
		{"un prestataire pour installer Nextcloud à Dijon ?", "et si y a personne a Dijon, qqn du cote de Lyon ca nous irait aussi", IntentProviders, "84", "nextcloud", true},
		{"Et pour notre agence à Laval, qui pourrait installer Nextcloud ?", "Vous auriez aussi quelqu'un qui forme le personnel à l'utiliser ? Ils ne sont pas très ordinateur", IntentProviders, "52", "nextcloud", true},
		// An online version asked: the web apps first, also for who installs it.
		{"Il me faudrait un logiciel pour tenir les comptes du comité des fêtes", "ah et c'est possible de l'avoir en ligne pour que le president puisse regarder aussi ?", IntentAlternative, "", "paheko", true},
		// "et ils font aussi…" after providers asks about the same providers.
		{"Salut ! Y a un CHATONS dans la région Centre qui propose des comptes Nextcloud ?", "et ils font aussi l'hébergement de mails ?", IntentProviders, "24", "", true},
		// A price question after providers: the same providers, in the same place.
		{"qui peut installer Nextcloud à Rennes ?", "ça coute combien en gros ?", IntentProviders, "53", "nextcloud", true},
		// A new need asked as a follow-up keeps the place in effect.
		{"qui peut installer Nextcloud à Rennes ?", "et pour refaire le site de la mairie, il faudrait quel logiciel ?", IntentAlternative, "53", "wordpress", true},
		// "le faire en visio" is how the same work is done, not a new need.
		{"une boite qui fait de la formation LibreOffice à Lyon ?", "ils peuvent le faire en visio ?", IntentProviders, "84", "libreoffice", true},
		// A requirement on the same tools ("it must run on Android") keeps them.
		{"je cherche un gestionnaire de mots de passe libre", "il faut qu'il marche aussi sur android", IntentAlternative, "", "bitwarden", true},
		{"un gestionnaire de mots de passe libre ?", "et une alternative à Android ?", IntentAlternative, "", "e-os", false},
		// A device or an audience only qualifies the last question.
		{"alternative à google docs pour écrire à plusieurs", "ok et pour le mobile ?", IntentAlternative, "", "collabora-online", true},
		{"un logiciel libre pour la bibliothèque de l'école", "et une formation pour les bénévoles à Brest ?", IntentProviders, "53", "pmb", true},
		{"un logiciel de compta pour une asso", "il tourne sur mac ?", IntentAlternative, "", "paheko", true},
		// "plus simple que X" drops X from the last answer.
		{"un outil libre pour faire un questionnaire ?", "y a plus simple que LimeSurvey ?", IntentAlternative, "", "cryptpad", true},
		// "et plus simple ?" asks the same question again, whatever the scene after it names;
		// "sans devoir coder" does not ask for a code editor.
		{"Quelle alternative a Dropbox pour partager des gros dossiers de plans avec les clients ?", "et plus simple ? nos clients sont des particuliers souvent ages, il faut juste un lien a cliquer", IntentAlternative, "", "nextcloud", true},
		{"quel outil libre pour faire des stats pour mon mémoire de M1 ?", "y a plus simple sans devoir coder ? je suis en psycho pas en info lol", IntentAlternative, "", "pspp", true},
		// "rien à installer" asks for nothing to be installed, by anyone.
		{"alternative à Zoom pour les jurys de thèse avec des membres étrangers ?", "et un truc où les membres du jury n'ont rien à installer, juste un lien ?", IntentAlternative, "", "jitsi-meet", true},
		{"qui peut installer Dolibarr à Lyon ?", "plutôt une coop", IntentProviders, "84", "dolibarr", true},
		// Another tool for the same provider question; whom the question is for.
		{"qui peut installer GLPI à Toulouse ?", "et pour Zabbix ?", IntentProviders, "76", "zabbix", true},
		// What the providers just listed also do; a place said in English after a question.
		{"qui peut installer Nextcloud à Rennes ?", "ils font aussi les boites mail ?", IntentProviders, "53", "thunderbird", true},
		{"who can host Nextcloud in Lyon?", "what about Bordeaux? we also have an office there", IntentProviders, "75", "nextcloud", true},
		// Whom it is for reorders the same list: software made for associations first.
		{"je cherche un logiciel de compta", "pour une asso de 30 personnes", IntentAlternative, "", "paheko", true},
		{"je cherche un outil de visio", "il faut que ça marche sans installer de logiciel", IntentAlternative, "", "jitsi-meet", true},
		{"alternative à Slack", "ça marche bien ce truc, merci", IntentNone, "", "", false},
		// A question about what a provider list was for asks about the software.
		{"qui peut installer un logiciel de caisse à Lille ?", "c'est certifié NF525 ?", IntentAlternative, "32", "", true},
		// A device named beside "l'installer" is where the same tools would run; "that
		// company", "est-ce qu'ils font aussi…" ask the same providers, in the same place.
		{"on partage les dossiers clients via Dropbox, une alternative libre ?", "on a un NAS Synology au bureau, on peut l'installer dessus nous-memes ?", IntentAlternative, "", "nextcloud", true},
		{"we own a small hotel in Brittany, is there a local company that could set up Odoo for us?", "Great, thanks. Could that company also train our receptionists on Odoo?", IntentProviders, "53", "odoo", true},
		{"on cherche une boite pour de l'infogérance Kubernetes à Lyon", "est ce qu'ils font aussi de la formation k8s pour nos devs ?", IntentProviders, "84", "kubernetes", true},
		{"un logiciel libre simple pour devis + factures + relances ?", "ca s'installe sur un vieux pc portable sous windows 10 ?", IntentAlternative, "", "dolibarr", true},
		// A new question is not a follow-up, and small talk keeps no context.
		{"alternative à Google Drive ?", "alternative à Slack ?", IntentAlternative, "", "", false},
		{"alternative à Google Drive ?", "quelqu'un a testé le nouveau resto ?", IntentNone, "", "", false},
		{"bonne journée !", "et à Lyon ?", IntentNone, "", "", false},
		// An ordinal after a list of providers is about the providers.
		{"qui peut installer Nextcloud à Rennes ?", "le premier que tu cites il est français ?", IntentProviders, "53", "nextcloud", true},
		{"qui peut héberger Nextcloud à Lyon ?", "le 2e ?", IntentProviders, "84", "nextcloud", true},
		// "someone local", "in town": the place of the conversation.
		{"Is there an open source alternative to Teams? We are near Lyon.", "Could someone local set it up and host it for us?", IntentProviders, "84", "", true},
		{"who can host Nextcloud in Lyon?", "is there a Linux user group in town?", IntentProviders, "84", "", true},
		{"who can host Nextcloud in Lyon?", "ok and is there someone nearby who could show us how to use it?", IntentProviders, "84", "nextcloud", true},
		{"qui peut installer un logiciel de caisse à Lille ?", "le premier il est certifié NF525 ?", IntentAlternative, "", "", true},
		// A question on how the service is given stays with the providers.
		{"on cherche qqun dans le Finistère pour former nos salariés à LibreOffice", "et à distance, c'est possible ?", IntentProviders, "53", "libreoffice", true},
		// A trait of the tools asked, with a place that only says why.
		{"Quelle alternative libre à Google Traduction ? On traduit des fiches pour les familles", "ça marche hors ligne ? parce que la 4G ici à Dembeni c'est la loterie", IntentAlternative, "", "", true},
		{"alternative à Zoom pour que les familles éloignées suivent la cérémonie en direct ?", "et ça marche sur un vieux smartphone Android ou il faut installer une appli ?", IntentAlternative, "", "", true},
		// A town across the border is not the last French place again.
		{"qui peut installer Nextcloud à Lyon ?", "et à Genève ?", IntentProviders, "", "nextcloud", true},
		{"who can host Nextcloud in Strasbourg?", "and in Basel?", IntentProviders, "", "nextcloud", true},
		// Thanks and farewells end the conversation, even with an "et" in them.
		{"alternative à Google Drive ?", "super, merci et bonne journée !", IntentNone, "", "", false},
		{"alternative à Trello ?", "top, merci beaucoup à vous", IntentNone, "", "", false},
		{"alternative à Google Drive ?", "merci ! et à Lyon ?", IntentProviders, "84", "nextcloud", true},
		// A site named as where people would sign up is no new need; an app asked after
		// providers is software again.
		{"Doodle pour trouver la date de l'AG c'est penible avec les pubs, un equivalent libre svp", "et ca marche sans creer de compte ? nos anciens vont jamais s'inscrire sur un site", IntentAlternative, "", "framadate", true},
		{"who could host a Matrix server for our pharmacists in Corsica?", "and is there any free app we could use on the phones meanwhile?", IntentAlternative, "94", "", true},
		// What the tools export to is a trait of the list; a place set aside gives way to
		// the one asked.
		{"on cherche un outil pour prendre les notes en markdown pendant les reunions du bureau, a plusieurs", "et ça s'exporte en pdf pour envoyer le CR aux membres ?", IntentAlternative, "", "hedgedoc", true},
		{"cherche qqn pour paramétrer pretix pour la billetterie des stages de yoga, je suis dans le 29", "et en dehors de la bretagne ? y en a sur Paris ?", IntentProviders, "11", "pretix", true},
		{"Quelle alternative libre pour faire des visios avec les joueurs de la campagne ?", "et ca tient la route a 8 joueurs avec les cameras + partage d'ecran de la carte ?", IntentAlternative, "", "", true},
		// The browser as where it should run keeps the last need.
		{"un outil pour des appels vidéo avec les familles ?", "et un truc qui marche direct dans le navigateur sans rien installer ?", IntentAlternative, "", "", true},
	}
	for i, tt := range tests {
		k := ConversationKey{Platform: "test", Channel: "c", User: fmt.Sprint(i)}
		b.Converse(k, tt.first)
		u, r := b.Converse(k, tt.then)
		if u.Intent != tt.intent || u.ContextUsed != tt.context || u.Place.Region != tt.region {
			t.Errorf("%q then %q: intent %s, context %v, region %q; want %s, %v, %q",
				tt.first, tt.then, u.Intent, u.ContextUsed, u.Place.Region, tt.intent, tt.context, tt.region)
		}
		if tt.firstTool != "" && (len(r.Tools) == 0 || r.Tools[0].ID != tt.firstTool) {
			t.Errorf("%q then %q: tools %v, want %s first", tt.first, tt.then, r.Tools, tt.firstTool)
		}
	}
}

func TestConversationsAreSeparateAndExpire(t *testing.T) {
	c := NewConversations(2, 15*time.Minute)
	now := time.Unix(0, 0)
	c.now = func() time.Time { return now }
	b := New(shippedKB(t), WithConversations(c))
	alice := ConversationKey{"test", "chan", "alice"}
	bob := ConversationKey{"test", "chan", "bob"}
	b.Converse(alice, "alternative à Google Drive ?")
	if u, _ := b.Converse(bob, "et à Lyon ?"); u.ContextUsed {
		t.Error("bob used alice's context")
	}
	now = now.Add(16 * time.Minute)
	if u, _ := b.Converse(alice, "et à Lyon ?"); u.ContextUsed {
		t.Error("a 16-minute-old question was followed up")
	}
	for i := range 5 {
		b.Converse(ConversationKey{"test", "chan", fmt.Sprint(i)}, "alternative à Dropbox ?")
	}
	if n := c.Len(); n != 2 {
		t.Errorf("%d conversations kept, bound is 2", n)
	}
	if u, _ := b.Ask("et à Lyon ?"); u.ContextUsed {
		t.Error("Ask must not use any context")
	}
}

// BenchmarkConverse measures a follow-up answered from context, the context lookup alone,
// and the memory one remembered conversation costs (the LRU holds ContextCapacity).
func BenchmarkConverse(b *testing.B) {
	bt := New(shippedKB(b))
	k := ConversationKey{"bench", "c", "u"}
	bt.Converse(k, "alternative à Google Drive ?")
	b.Run("follow-up", func(b *testing.B) {
		for b.Loop() {
			bt.Converse(k, "et à Lyon ?")
		}
	})
	b.Run("lookup", func(b *testing.B) {
		for b.Loop() {
			bt.convs.get(k)
		}
	})
}

// BenchmarkConversationMemory fills the conversation memory to its bound and reports the
// heap one remembered conversation costs.
func BenchmarkConversationMemory(b *testing.B) {
	bt := New(shippedKB(b))
	u, r := bt.Ask("alternative à Google Drive à Lyon")
	var perConv float64
	for b.Loop() {
		c := NewConversations(ContextCapacity, ContextTTL)
		before := liveHeap()
		for i := range ContextCapacity + 100 { // past the bound: the oldest go
			c.put(turnOf(ConversationKey{"bench", "channel-000000", fmt.Sprintf("user-%012d", i)}, u, r))
		}
		perConv = (liveHeap() - before) * (1 << 20) / float64(c.Len())
		runtime.KeepAlive(c)
	}
	b.ReportMetric(perConv, "B/conversation")
}

// TestOrdinalsCountInTheList: after "le deuxième ?" shows one tool, "le troisième" still
// counts in the list, and "celui-là" is the tool just shown.
func TestOrdinalsCountInTheList(t *testing.T) {
	b := New(shippedKB(t))
	k := ConversationKey{Platform: "test", Channel: "c", User: "u"}
	_, list := b.Converse(k, "alternative à Google Drive ?")
	if len(list.Tools) < 3 {
		t.Fatalf("list %v, want at least 3 tools", list.Tools)
	}
	for _, step := range []struct{ text, want string }{
		{"le deuxième ?", list.Tools[1].ID},
		{"le troisième il est français ?", list.Tools[2].ID},
		{"celui-là il marche sur mac ?", list.Tools[2].ID},
		{"et le premier ?", list.Tools[0].ID},
	} {
		_, r := b.Converse(k, step.text)
		if len(r.Tools) != 1 || r.Tools[0].ID != step.want {
			t.Errorf("%q: tools %v, want only %s", step.text, r.Tools, step.want)
		}
	}
}

// A message that only points at an earlier answer, with no earlier answer to point at,
// asks which tool is meant instead of answering about a platform it names.
func TestDanglingPointerAsksWhichTool(t *testing.T) {
	b := New(shippedKB(t))
	for _, q := range []string{"celui-là il marche sur mac ?", "le deuxième ?", "le premier il est français ?", "it works on mac?"} {
		u, r := b.Ask(q)
		if u.Intent != IntentNone || len(r.Tools)+len(r.Providers) > 0 || !strings.Contains(Text(r), "?") ||
			!strings.Contains(Text(r), "De quel outil") && !strings.Contains(Text(r), "Which tool") {
			t.Errorf("%q: intent %s, %d tools, text %q; want the question which tool is meant", q, u.Intent, len(r.Tools), Text(r))
		}
	}
	for _, q := range []string{"le premier ministre a parlé de logiciel libre", "it's raining today"} {
		if u, _ := b.Ask(q); u.Dangling {
			t.Errorf("%q read as pointing at an earlier answer", q)
		}
	}
}

// "Le deuxième ?" after an answer with one tool says what the answer named instead of
// claiming there was no answer.
func TestPointerPastTheListNamesTheList(t *testing.T) {
	b := New(shippedKB(t))
	key := ConversationKey{Platform: "test", Channel: "c", User: "u"}
	_, first := b.Converse(key, "un logiciel de compta pour l'asso")
	if len(first.Tools) != 1 {
		t.Fatalf("the first answer names %d tools; the case needs one: pick another question", len(first.Tools))
	}
	u, r := b.Converse(key, "le deuxième, il est français ?")
	if u.Intent != IntentNone || len(r.Tools) > 0 || !strings.Contains(Text(r), first.Tools[0].Name) || strings.Contains(Text(r), "Je ne retrouve pas") {
		t.Errorf("intent %s, %d tools, text %q; want the one tool named back", u.Intent, len(r.Tools), Text(r))
	}
}

// No town across the border is also a French commune's name: the commune would be read
// first, and the answer would not say the bot only knows providers in France.
func TestForeignTownsAreNoFrenchCommunes(t *testing.T) {
	g := shippedKB(t).Geo
	for town := range foreignTowns {
		if names := g.PlaceNames(town); len(names) > 0 {
			t.Errorf("%q is also %v", town, names)
		}
	}
}
