// SPDX-License-Identifier: AGPL-3.0-or-later

package bot

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/boussole-libre/boussole/knowledge/store"
)

// adminBot serves a copy of knowledge/testdata/good from a temporary directory.
func adminBot(t *testing.T) (*Bot, string) {
	t.Helper()
	kb := shippedKB(t) // for its geography
	dir := t.TempDir()
	src, err := os.ReadFile(filepath.Join("..", "knowledge", "testdata", "good", "kb.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "kb.yaml"), src, 0o644); err != nil {
		t.Fatal(err)
	}
	st, err := store.Open(dir, kb.Geo, nil)
	if err != nil {
		t.Fatal(err)
	}
	un, _ := store.OpenUnanswered(filepath.Join(dir, store.StateDir, "unanswered.jsonl"), 24*time.Hour, 100)
	sg, _ := store.OpenSuggestions(filepath.Join(dir, store.StateDir, "suggestions.jsonl"), 50)
	return New(st.KB(), WithStore(st), WithUnanswered(un), WithSuggestions(sg)), dir
}

var (
	adminCaller = Caller{Platform: "discord", UserID: "111", Admin: true}
	userCaller  = Caller{Platform: "discord", UserID: "222"}
)

func TestNonAdminIsRefusedEverywhereUnderKB(t *testing.T) {
	b, dir := adminBot(t)
	before, _ := os.ReadFile(filepath.Join(dir, "kb.yaml"))
	var walk func(path []string, c Command)
	walk = func(path []string, c Command) {
		if len(c.Sub) == 0 {
			r := b.Run("kb", Call{Path: path, Caller: userCaller, Lang: French,
				Args: map[string]string{"produit": "google-drive", "alias": "gd", "id": "coop-exemple", "champ": "nom", "valeur": "X", "nom": "Y", "type": "company", "source": "https://y.example.org"}})
			if !r.Ephemeral || !strings.Contains(r.Title, "Réservé aux admins") {
				t.Errorf("/kb %s by a non-admin: %q", strings.Join(path, " "), r.Title)
			}
			return
		}
		for _, s := range c.Sub {
			walk(append(append([]string(nil), path...), s.Name), s)
		}
	}
	kb, _ := FindCommand("kb")
	walk(nil, kb)
	after, _ := os.ReadFile(filepath.Join(dir, "kb.yaml"))
	if string(before) != string(after) {
		t.Error("a refused command changed the KB")
	}
}

func TestAdminAliasFromChatIsAnsweredAtOnce(t *testing.T) {
	b, dir := adminBot(t)
	if _, r := b.Ask("alternative à gugeldrive ?"); len(r.Tools) > 0 {
		t.Fatalf("precondition: the alias is not known yet, got %v", r.Tools)
	}
	r := b.Run("kb", Call{Path: []string{"alias", "ajouter"}, Caller: adminCaller, Lang: French,
		Args: map[string]string{"produit": "google-drive", "alias": "gugeldrive"}})
	if !strings.Contains(r.Title, "enregistrée") {
		t.Fatalf("alias add: %s — %s", r.Title, r.Text)
	}
	if _, r := b.Ask("alternative à gugeldrive ?"); len(r.Tools) == 0 || r.Tools[0].ID != "nextcloud" {
		t.Errorf("the bot does not answer with the new alias: %+v", r)
	}
	got, _ := os.ReadFile(filepath.Join(dir, "kb.yaml"))
	if !strings.Contains(string(got), "# A small valid KB: comments are allowed and kept.") {
		t.Error("the edit lost the file's comment")
	}
	r = b.Run("kb", Call{Path: []string{"annuler"}, Caller: adminCaller, Lang: French})
	if !strings.Contains(r.Title, "annulée") {
		t.Fatalf("undo: %s — %s", r.Title, r.Text)
	}
	if _, r := b.Ask("alternative à gugeldrive ?"); len(r.Tools) > 0 {
		t.Error("undo is not served")
	}
}

func TestInvalidEditFromChatShowsValidationMessage(t *testing.T) {
	b, dir := adminBot(t)
	before, _ := os.ReadFile(filepath.Join(dir, "kb.yaml"))
	r := b.Run("kb", Call{Path: []string{"prestataire", "modifier"}, Caller: adminCaller, Lang: French,
		Args: map[string]string{"id": "coop-exemple", "champ": "siren", "valeur": "123456789"}})
	if !strings.Contains(r.Title, "refusée") || !strings.Contains(r.Text, "kb.yaml:") || !strings.Contains(r.Text, "SIREN") {
		t.Errorf("want the validation message with file and line, got %s — %s", r.Title, r.Text)
	}
	after, _ := os.ReadFile(filepath.Join(dir, "kb.yaml"))
	if string(before) != string(after) {
		t.Error("a refused edit changed the file")
	}
}

func TestUnansweredLogKeepsNoUserAndShowsInManques(t *testing.T) {
	b, dir := adminBot(t)
	for range 3 {
		b.Ask("<@987654321> alternative à Blorptastic ?")
	}
	b.Ask("@jean.dupont alternative à Zorglub")
	raw, err := os.ReadFile(filepath.Join(dir, store.StateDir, "unanswered.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	for _, leak := range []string{"987654321", "jean", "dupont", "discord"} {
		if strings.Contains(string(raw), leak) {
			t.Errorf("unanswered log contains %q:\n%s", leak, raw)
		}
	}
	r := b.Run("kb", Call{Path: []string{"manques"}, Caller: adminCaller, Lang: French})
	if !strings.Contains(r.Text, "3× « alternative a blorptastic »") {
		t.Errorf("manques = %s", r.Text)
	}
}

func TestSuggestionAcceptedIsApplied(t *testing.T) {
	b, _ := adminBot(t)
	r := b.Run("suggerer", Call{Caller: userCaller, Lang: French,
		Args: map[string]string{"type": "alternative", "produit": "Google Drive", "outil": "nextcloud", "texte": "déjà là"}})
	if !strings.Contains(r.Text, "n°1") {
		t.Fatalf("suggest: %s — %s", r.Title, r.Text)
	}
	r = b.Run("kb", Call{Path: []string{"suggestions"}, Caller: adminCaller, Lang: French})
	if !strings.Contains(r.Text, "n°1") {
		t.Fatalf("pending list: %s", r.Text)
	}
	r = b.Run("kb", Call{Path: []string{"suggestions"}, Caller: adminCaller, Lang: French, Args: map[string]string{"accepter": "1"}})
	if !strings.Contains(r.Title, "acceptée") {
		t.Fatalf("accept: %s — %s", r.Title, r.Text)
	}
	r = b.Run("kb", Call{Path: []string{"suggestions"}, Caller: adminCaller, Lang: French})
	if !strings.Contains(r.Title, "Aucune") {
		t.Errorf("still pending: %s", r.Text)
	}
}

func TestSplitPath(t *testing.T) {
	kb, _ := FindCommand("kb")
	path, cmd, rest := SplitPath(kb, "prestataire ajouter nom:Coop type:cooperative")
	if strings.Join(path, "/") != "prestataire/ajouter" || cmd.Name != "ajouter" || rest != "nom:Coop type:cooperative" {
		t.Errorf("SplitPath = %v %s %q", path, cmd.Name, rest)
	}
}

func TestStatutShowsABrokenFileWithItsLine(t *testing.T) {
	b, dir := adminBot(t)
	before := b.KB()
	broken := "tools:\n  - id: oops\n    name: Oops\n"
	if err := os.WriteFile(filepath.Join(dir, "broken.yaml"), []byte(broken), 0o644); err != nil {
		t.Fatal(err)
	}
	r := b.Run("kb", Call{Path: []string{"recharger"}, Caller: adminCaller, Lang: French})
	if !strings.Contains(r.Title, "refusé") {
		t.Fatalf("reload of a broken KB: %s — %s", r.Title, r.Text)
	}
	if b.KB() != before {
		t.Error("the broken KB replaced the served one")
	}
	if _, r := b.Ask("alternative à google drive"); len(r.Tools) == 0 {
		t.Error("the old KB must keep answering")
	}
	r = b.Run("kb", Call{Path: []string{"statut"}, Caller: adminCaller, Lang: French})
	if !strings.Contains(r.Text, "broken.yaml:2:5") || !strings.Contains(r.Text, "la base précédente reste servie") {
		t.Errorf("statut should show the error with file and line:\n%s", r.Text)
	}
}

func TestSuggestLimitIsPerCaller(t *testing.T) {
	b, _ := adminBot(t)
	suggest := func(c Caller) Reply {
		return b.Run("suggerer", Call{Caller: c, Lang: French, Args: map[string]string{"type": "prestataire", "texte": "Coop X, https://x.example"}})
	}
	for i := range store.DefaultPerPersonPerDay {
		if r := suggest(userCaller); r.Title != "Merci !" {
			t.Fatalf("suggestion %d: %s — %s", i+1, r.Title, r.Text)
		}
	}
	if r := suggest(userCaller); !strings.Contains(r.Title, "non enregistrée") || !strings.Contains(r.Text, "24 heures") {
		t.Errorf("one suggestion too many: %s — %s", r.Title, r.Text)
	}
	if r := suggest(Caller{Platform: "discord", UserID: "333"}); r.Title != "Merci !" {
		t.Errorf("another person is refused: %s — %s", r.Title, r.Text)
	}
}
