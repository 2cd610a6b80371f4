// SPDX-License-Identifier: AGPL-3.0-or-later

//go:build unix

package store

import (
	"bufio"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/boussole-libre/boussole/internal/atomicfile"
	"github.com/boussole-libre/boussole/knowledge/geo"
)

// The crash tests re-run this test binary as a child that opens a store and edits it, and
// that kills itself with SIGKILL at a named step of the edit (or is killed by the parent at
// a random moment). The parent then opens the store as a restarted Boussole would, and
// checks that the file and the audit agree, that the KB loads, and that undo works.

const (
	envCrashDir  = "BOUSSOLE_CRASH_DIR"
	envCrashOp   = "BOUSSOLE_CRASH_OP"
	envCrashStep = "BOUSSOLE_CRASH_STEP"
)

// TestCrashChild is the child process; it does nothing in a normal test run.
func TestCrashChild(t *testing.T) {
	dir := os.Getenv(envCrashDir)
	if dir == "" {
		t.Skip("helper process for the crash tests")
	}
	g, err := geo.Load()
	if err != nil {
		t.Fatal(err)
	}
	s, err := Open(dir, g, nil)
	if err != nil {
		t.Fatal(err)
	}
	if step := os.Getenv(envCrashStep); step != "" {
		s.hook = func(at string) error {
			if at == step {
				syscall.Kill(os.Getpid(), syscall.SIGKILL)
				select {}
			}
			return nil
		}
	}
	fmt.Println("ready")
	if err := crashOp(s, os.Getenv(envCrashOp)); err != nil {
		t.Fatal(err)
	}
}

// crashOp runs one of the operations the crash tests interrupt.
func crashOp(s *Store, op string) error {
	var err error
	switch op {
	case "edit":
		_, err = s.AddAlias(admin, "google-workspace", "gsuite")
	case "add":
		_, err = s.AddProvider(admin, ProviderInput{Name: "Coop Lyon", Kind: "cooperative", Departement: "69", SourceURL: "https://lyon.example.org"})
	case "undo", "undo-add":
		_, err = s.Undo(admin)
	case "loop":
		for i := 0; ; i++ {
			if i%3 == 2 {
				_, err = s.Undo(admin)
			} else {
				_, err = s.AddAlias(admin, "google-workspace", fmt.Sprintf("alias %d", time.Now().UnixNano()))
			}
			if err != nil && !errors.Is(err, ErrRejected) {
				return err
			}
		}
	default:
		err = fmt.Errorf("unknown op %q", op)
	}
	return err
}

// startChild starts the child on dir and waits until its store is open.
func startChild(t *testing.T, dir, op, step string) *exec.Cmd {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrashChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), envCrashDir+"="+dir, envCrashOp+"="+op, envCrashStep+"="+step)
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	line, _ := bufio.NewReader(out).ReadString('\n')
	if strings.TrimSpace(line) != "ready" {
		cmd.Wait()
		t.Fatalf("child did not start: %q", line)
	}
	go func() { bufio.NewReader(out).WriteTo(discard{}) }()
	return cmd
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }

// waitKilled waits for the child and fails unless SIGKILL ended it.
func waitKilled(t *testing.T, cmd *exec.Cmd, what string) {
	t.Helper()
	err := cmd.Wait()
	var ee *exec.ExitError
	if !errors.As(err, &ee) {
		t.Fatalf("%s: child was not killed (err %v): the step was never reached", what, err)
	}
	if ws, ok := ee.Sys().(syscall.WaitStatus); !ok || !ws.Signaled() || ws.Signal() != syscall.SIGKILL {
		t.Fatalf("%s: child ended with %v, want SIGKILL", what, err)
	}
}

// The steps of an edit that writes a file, in order, and of one that removes a file.
var (
	writeSteps  = []string{"journal.temp", "journal.synced", "journal.renamed", "file.start", "file.temp", "file.synced", "file.renamed", "audit.write", "audit.written", "audit", "done"}
	removeSteps = []string{"journal.temp", "journal.synced", "journal.renamed", "file.start", "file.renamed", "audit.write", "audit.written", "audit", "done"}
)

// applied reports whether a kill at step leaves the change made: from the moment the file
// is renamed into place, the restart completes the change; before, it drops it.
func applied(step string) bool {
	return step == "file.renamed" || strings.HasPrefix(step, "audit") || step == "done"
}

func TestEditSurvivesKillAtEveryStep(t *testing.T) {
	if testing.Short() {
		t.Skip("starts about a hundred processes")
	}
	ops := []struct {
		op    string
		steps []string
		prep  func(t *testing.T, s *Store)
	}{
		{"edit", writeSteps, nil},
		{"add", writeSteps, nil},
		{"undo", writeSteps, func(t *testing.T, s *Store) { mustEdit(t)(s.AddAlias(admin, "google-workspace", "gsuite")) }},
		{"undo-add", removeSteps, func(t *testing.T, s *Store) {
			mustEdit(t)(s.AddProvider(admin, ProviderInput{Name: "Coop Lyon", Kind: "cooperative", Departement: "69", SourceURL: "https://lyon.example.org"}))
		}},
	}
	for _, o := range ops {
		for _, step := range o.steps {
			for run := range 3 {
				s := newStore(t)
				if o.prep != nil {
					o.prep(t, s)
				}
				start := snapshot(t, s.Dir())
				audit, _ := s.Audit()
				what := fmt.Sprintf("%s killed at %s (run %d)", o.op, step, run+1)
				waitKilled(t, startChild(t, s.Dir(), o.op, step), what)
				checkAfterCrash(t, what, s.Dir(), start, len(audit), applied(step))
			}
		}
	}
}

// mustEdit fails t when the edit given to the function it returns failed.
func mustEdit(t *testing.T) func(Change, error) {
	return func(_ Change, err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
}

// snapshot returns the YAML files of dir by relative path.
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && filepath.Ext(p) == ".yaml" {
			r, _ := filepath.Rel(dir, p)
			out[filepath.ToSlash(r)] = read(t, p)
		}
		return nil
	})
	return out
}

// checkAfterCrash reopens dir and checks that it holds either the state before the
// interrupted operation (with audit entries unchanged) or the state after it (with one more
// entry whose hash is the file's), as want says, and that undo agrees.
func checkAfterCrash(t *testing.T, what, dir string, start map[string]string, entries int, want bool) {
	t.Helper()
	s, err := Open(dir, testGeo, nil)
	if err != nil {
		t.Fatalf("%s: the KB does not load after the crash: %v", what, err)
	}
	checkNoLeftovers(t, what, dir)
	audit, err := s.Audit()
	if err != nil {
		t.Fatal(err)
	}
	now := snapshot(t, dir)
	if !want {
		if len(audit) != entries || !sameFiles(now, start) {
			t.Fatalf("%s: want the change dropped; audit %d entries (was %d), files changed: %v", what, len(audit), entries, !sameFiles(now, start))
		}
		return
	}
	if len(audit) != entries+1 || sameFiles(now, start) {
		t.Fatalf("%s: want the change completed; audit %d entries (was %d), files changed: %v", what, len(audit), entries, !sameFiles(now, start))
	}
	last := audit[len(audit)-1]
	cur, _ := readState(filepath.Join(dir, last.File))
	if cur.hash() != last.AfterHash {
		t.Fatalf("%s: %s does not hold what the audit says (entry %d)", what, last.File, last.Seq)
	}
	if last.Undoes != 0 {
		return // an undo completed: what it restored is checked by sameFiles above
	}
	if _, err := s.Undo(admin); err != nil {
		t.Fatalf("%s: undo after the restart: %v", what, err)
	}
	if !sameFiles(snapshot(t, dir), start) {
		t.Fatalf("%s: undo after the restart did not restore the files", what)
	}
}

func sameFiles(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

// checkNoLeftovers fails if a journal or a temporary file is left in dir.
func checkNoLeftovers(t *testing.T, what, dir string) {
	t.Helper()
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && (atomicfile.TempName.MatchString(d.Name()) || d.Name() == journalFile) {
			t.Errorf("%s: %s left after the restart", what, p)
		}
		return nil
	})
}

// TestRandomKillsKeepFileAndAuditAgreeing kills a child editing and undoing in a loop at
// random moments, restarting on the same directory each time, then undoes everything.
func TestRandomKillsKeepFileAndAuditAgreeing(t *testing.T) {
	if testing.Short() {
		t.Skip("starts many processes")
	}
	s := newStore(t)
	dir := s.Dir()
	original := snapshot(t, dir)
	for i := range 15 {
		cmd := startChild(t, dir, "loop", "")
		time.Sleep(time.Duration(rand.IntN(40)) * time.Millisecond)
		cmd.Process.Signal(syscall.SIGKILL)
		waitKilled(t, cmd, "loop")
		s, err := Open(dir, testGeo, nil)
		if err != nil {
			t.Fatalf("kill %d: the KB does not load: %v", i, err)
		}
		checkNoLeftovers(t, fmt.Sprintf("kill %d", i), dir)
		audit, _ := s.Audit()
		if n := len(audit); n > 0 {
			if cur, _ := readState(filepath.Join(dir, "base.yaml")); cur.hash() != audit[n-1].AfterHash {
				t.Fatalf("kill %d: base.yaml is not what audit entry %d wrote", i, audit[n-1].Seq)
			}
		}
	}
	s, err := Open(dir, testGeo, nil)
	if err != nil {
		t.Fatal(err)
	}
	audit, _ := s.Audit()
	undos := 0
	for {
		if _, err := s.Undo(admin); err != nil {
			if !strings.Contains(err.Error(), "rien à annuler") {
				t.Fatalf("undo %d: %v", undos, err)
			}
			break
		}
		undos++
	}
	if !sameFiles(snapshot(t, dir), original) {
		t.Errorf("undoing all %d changes (audit of %d entries) did not restore the files", undos, len(audit))
	}
	t.Logf("%d audit entries over 15 kills, %d undone at the end", len(audit), undos)
}
