// SPDX-License-Identifier: AGPL-3.0-or-later

package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// failAt returns a hook that fails the given steps (each listed occurrence once, in order).
func failAt(steps ...string) stepFunc {
	return func(at string) error {
		if len(steps) > 0 && steps[0] == at {
			steps = steps[1:]
			return fmt.Errorf("injected failure at %s", at)
		}
		return nil
	}
}

// We run as root, so a chmod cannot make the state directory unwritable: a regular file
// where the directory should be does, for root too.
func TestUnwritableStateDirRefusesAndLeavesFileUntouched(t *testing.T) {
	s := newStore(t)
	path := filepath.Join(s.Dir(), "base.yaml")
	before := read(t, path)
	write(t, s.stateDir(), "not a directory")
	_, err := s.AddAlias(admin, "google-workspace", "gsuite")
	if err == nil {
		t.Fatal("an edit with an unwritable state directory was reported done")
	}
	if !strings.Contains(err.Error(), "rien n'a été modifié") || !strings.Contains(err.Error(), StateDir) {
		t.Errorf("want a French message naming the state directory, got %q", err)
	}
	if read(t, path) != before {
		t.Fatal("the YAML file was changed by a failed edit")
	}
	if p, _ := s.KB().Product("google-workspace"); len(p.Aliases) != 0 {
		t.Error("the failed edit is served")
	}
	// Once the directory is usable again, edits work and are audited.
	if err := os.Remove(s.stateDir()); err != nil {
		t.Fatal(err)
	}
	if _, err := s.AddAlias(admin, "google-workspace", "gsuite"); err != nil {
		t.Fatalf("edit after fixing the state directory: %v", err)
	}
	if audit, _ := s.Audit(); len(audit) != 1 || audit[0].Seq != 1 {
		t.Errorf("audit = %+v", audit)
	}
}

func TestOpenWithUnwritableStateDirStillServes(t *testing.T) {
	s := newStore(t)
	write(t, s.stateDir(), "not a directory")
	again, err := Open(s.Dir(), testGeo, nil)
	if err != nil {
		t.Fatalf("the KB must be served even when edits cannot be: %v", err)
	}
	if _, err := again.Undo(admin); err == nil || !strings.Contains(err.Error(), "rien n'a été modifié") {
		t.Errorf("undo with an unwritable state directory: %v", err)
	}
}

func TestAuditFailurePutsTheFileBack(t *testing.T) {
	for _, step := range []string{"audit.write", "audit.written"} {
		t.Run(step, func(t *testing.T) {
			s := newStore(t)
			path := filepath.Join(s.Dir(), "base.yaml")
			before := read(t, path)
			s.hook = failAt(step)
			if _, err := s.AddAlias(admin, "google-workspace", "gsuite"); err == nil || !strings.Contains(err.Error(), "rien n'a été modifié") {
				t.Fatalf("want a failure saying nothing changed, got %v", err)
			}
			if read(t, path) != before {
				t.Fatal("the file was not put back byte for byte")
			}
			if b, err := os.ReadFile(s.auditPath()); err == nil && len(b) > 0 {
				t.Errorf("a failed append left %q in the audit", b)
			}
			checkNoLeftovers(t, step, s.Dir())
			s.hook = nil
			c, err := s.AddAlias(admin, "google-workspace", "gsuite")
			if err != nil || c.Seq != 1 {
				t.Fatalf("next edit: %+v %v", c, err)
			}
		})
	}
}

func TestAuditAndRollbackFailingCompleteAtRestart(t *testing.T) {
	s := newStore(t)
	path := filepath.Join(s.Dir(), "base.yaml")
	before := read(t, path)
	s.hook = failAt("audit.write", "file.start")
	_, err := s.AddAlias(admin, "google-workspace", "gsuite")
	if err == nil || !strings.Contains(err.Error(), "sera consignée") {
		t.Fatalf("want the double failure explained, got %v", err)
	}
	after := read(t, path)
	if after == before {
		t.Fatal("precondition: the rollback was meant to fail")
	}
	again, err := Open(s.Dir(), testGeo, nil)
	if err != nil {
		t.Fatal(err)
	}
	audit, _ := again.Audit()
	if len(audit) != 1 || audit[0].AfterHash != (fileState{data: []byte(after), exists: true}).hash() {
		t.Fatalf("the restart did not record the change: %+v", audit)
	}
	if _, err := again.Undo(admin); err != nil || read(t, path) != before {
		t.Fatalf("undo after the restart: %v", err)
	}
}

func TestFileWriteFailureLeavesNoTrace(t *testing.T) {
	for _, step := range []string{"journal.temp", "journal.synced", "file.start", "file.temp", "file.synced"} {
		s := newStore(t)
		path := filepath.Join(s.Dir(), "base.yaml")
		before := read(t, path)
		s.hook = failAt(step)
		if _, err := s.AddAlias(admin, "google-workspace", "gsuite"); err == nil {
			t.Fatalf("%s: a failed write was reported done", step)
		}
		if read(t, path) != before {
			t.Fatalf("%s: the file changed", step)
		}
		if audit, _ := s.Audit(); len(audit) != 0 {
			t.Errorf("%s: audit = %+v", step, audit)
		}
		checkNoLeftovers(t, step, s.Dir())
	}
}

func TestOpenRemovesLeftoverTemporaryFiles(t *testing.T) {
	s := newStore(t)
	leftovers := []string{
		filepath.Join(s.Dir(), "providers", ".bretagne.yaml.tmp-123456"),
		filepath.Join(s.Dir(), ".base.yaml.tmp-42"),
		filepath.Join(s.stateDir(), ".journal.json.tmp-7"),
	}
	kept := []string{
		filepath.Join(s.Dir(), "providers", ".notes.tmp-draft"),
		filepath.Join(s.Dir(), ".git", ".index.tmp-99"),
	}
	for _, p := range append(leftovers, kept...) {
		write(t, p, "providers:\n  - id: half")
	}
	if _, err := Open(s.Dir(), testGeo, nil); err != nil {
		t.Fatal(err)
	}
	for _, p := range leftovers {
		if _, err := os.Stat(p); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("%s was not removed", p)
		}
	}
	for _, p := range kept {
		if _, err := os.Stat(p); err != nil {
			t.Errorf("%s is not ours and was removed", p)
		}
	}
}

func TestTornAuditLineDoesNotSwallowTheNext(t *testing.T) {
	s := newStore(t)
	mustEdit(t)(s.AddAlias(admin, "google-workspace", "gsuite"))
	f, _ := os.OpenFile(s.auditPath(), os.O_WRONLY|os.O_APPEND, 0)
	f.WriteString(`{"seq":2,"time":"2026-`)
	f.Close()
	again, err := Open(s.Dir(), testGeo, nil)
	if err != nil {
		t.Fatal(err)
	}
	c, err := again.AddAlias(admin, "google-workspace", "g suite pro")
	if err != nil || c.Seq != 2 {
		t.Fatalf("edit after a torn line: %+v %v", c, err)
	}
	audit, _ := again.Audit()
	if len(audit) != 2 || audit[1].Seq != 2 {
		t.Fatalf("audit = %+v", audit)
	}
	for range 2 {
		if _, err := again.Undo(admin); err != nil {
			t.Fatal(err)
		}
	}
	if read(t, filepath.Join(s.Dir(), "base.yaml")) != baseYAML {
		t.Error("undoing both edits did not restore the file")
	}
}

func TestUndoRefusedAfterHandEdit(t *testing.T) {
	s := newStore(t)
	mustEdit(t)(s.AddAlias(admin, "google-workspace", "gsuite"))
	path := filepath.Join(s.Dir(), "base.yaml")
	edited := read(t, path) + "# relu à la main\n"
	write(t, path, edited)
	_, err := s.Undo(admin)
	var rej *RejectedError
	if !errors.As(err, &rej) || !strings.Contains(err.Error(), "a changé depuis la modification n°1") {
		t.Fatalf("want undo refused because of the hand edit, got %v", err)
	}
	if read(t, path) != edited {
		t.Error("a refused undo changed the file")
	}
}

// An audit log written before diffs (whole file before and after) still undoes.
func TestUndoOfLegacyAuditEntry(t *testing.T) {
	s := newStore(t)
	path := filepath.Join(s.Dir(), "base.yaml")
	after := strings.Replace(baseYAML, "alternatives: [nextcloud]", "alternatives: [seafile, nextcloud]", 1)
	write(t, path, after)
	line, _ := json.Marshal(map[string]any{"seq": 1, "time": "2026-11-30T10:00:00Z", "platform": "discord", "admin": "42",
		"action": "alternative.link", "target": "google-workspace", "file": "base.yaml", "summary": "Seafile remplace Google Workspace",
		"before": baseYAML, "after": after})
	write(t, s.auditPath(), string(line)+"\n")
	again, err := Open(s.Dir(), testGeo, nil)
	if err != nil {
		t.Fatal(err)
	}
	c, err := again.Undo(admin)
	if err != nil || c.Undoes != 1 || c.Seq != 2 {
		t.Fatalf("undo of a legacy entry: %+v %v", c, err)
	}
	if read(t, path) != baseYAML {
		t.Error("the legacy undo did not restore the file")
	}
}

// bigProviders returns a providers file of n entries.
func bigProviders(n int) string {
	var b strings.Builder
	b.WriteString("providers:\n")
	for i := range n {
		fmt.Fprintf(&b, "  - id: coop-%d\n    name: Coop %d\n    kind: cooperative\n    website: https://coop%d.example.org\n"+
			"    description: Une coopérative qui héberge des services libres pour les associations du coin.\n"+
			"    establishments:\n      - city: Rennes\n        departement: \"35\"\n    services: [hébergement]\n"+
			"    sources:\n      - url: https://coop%d.example.org/a-propos\n        checked: 2026-11-01\n", i, i, i, i)
	}
	return b.String()
}

func TestAuditGrowsWithTheChangeNotTheFile(t *testing.T) {
	growth := func(n int) (int64, int) {
		s := newStore(t)
		path := filepath.Join(s.Dir(), "providers", "bretagne.yaml")
		write(t, path, bigProviders(n))
		if err := s.Reload(); err != nil {
			t.Fatal(err)
		}
		mustEdit(t)(s.UpdateProvider(admin, fmt.Sprintf("coop-%d", n/2), "services", "hébergement, formation"))
		st, err := os.Stat(s.auditPath())
		if err != nil {
			t.Fatal(err)
		}
		return st.Size(), len(read(t, path))
	}
	small, smallFile := growth(2)
	big, bigFile := growth(1000)
	t.Logf("audit entry: %d bytes for a %d-byte file, %d bytes for a %d-byte file", small, smallFile, big, bigFile)
	if big > 2048 || big-small > 64 {
		t.Errorf("the audit entry grows with the file: %d bytes (file %d) vs %d bytes (file %d)", big, bigFile, small, smallFile)
	}
}

func TestDiffRevertsOnCharacterBoundaries(t *testing.T) {
	for _, c := range []struct{ before, after string }{
		{"name: Éric\n", "name: Érika\n"},
		{"a: é\n", "a: è\n"}, // same first byte in UTF-8
		{"", "providers: []\n"},
		{"x: 1\n", ""},
		{"same\n", "same\n"},
		{"a\xffb", "a\xfeb"}, // not UTF-8: stored as base64
	} {
		d := diff([]byte(c.before), []byte(c.after))
		b, _ := json.Marshal(d)
		var back Diff
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatal(err)
		}
		got, ok := back.revert([]byte(c.after))
		if !ok || string(got) != c.before {
			t.Errorf("%q → %q: reverted to %q (ok %v) via %s", c.before, c.after, got, ok, b)
		}
	}
}

// BenchmarkEditLongAudit edits with an empty audit log and with one of 22 MB written in the
// old format (whole file twice per entry), as the issue measured after 342 edits.
func BenchmarkEditLongAudit(b *testing.B) {
	for _, entries := range []int{0, 342} {
		b.Run(fmt.Sprintf("entries=%d", entries), func(b *testing.B) {
			s := newStore(b)
			if entries > 0 {
				big := strings.Repeat("#"+strings.Repeat("x", 79)+"\n", 400) // 32 KB
				var buf strings.Builder
				for i := range entries {
					line, _ := json.Marshal(map[string]any{"seq": i + 1, "action": "provider.update", "file": "other.yaml", "before": big, "after": big})
					buf.Write(line)
					buf.WriteByte('\n')
				}
				os.MkdirAll(s.stateDir(), 0o755)
				os.WriteFile(s.auditPath(), []byte(buf.String()), 0o644)
				b.Logf("audit log: %d MB", buf.Len()>>20)
			}
			b.ResetTimer()
			for i := 0; b.Loop(); i++ {
				if _, err := s.UpdateProvider(admin, "coop-exemple", "description", fmt.Sprintf("Description %d.", i)); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
