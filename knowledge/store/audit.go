// SPDX-License-Identifier: AGPL-3.0-or-later

package store

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"
)

// Actor is who made a change: the platform and the admin's id there.
type Actor struct {
	Platform string
	ID       string
}

// Change is one entry of the audit log. It keeps the changed span of the file and the
// file's hash before and after, not two copies of the file: an entry grows with the size of
// the change, and the hashes are what undo checks before reverting.
type Change struct {
	Seq        int       `json:"seq"`
	Time       time.Time `json:"time"`
	Platform   string    `json:"platform"`
	Admin      string    `json:"admin"`
	Action     string    `json:"action"`
	Target     string    `json:"target"`
	File       string    `json:"file"`
	Summary    string    `json:"summary"`
	BeforeHash string    `json:"before_sha256"` // "": the file did not exist
	AfterHash  string    `json:"after_sha256"`  // "": the change removed the file
	Diff       Diff      `json:"diff"`
	Undoes     int       `json:"undoes,omitempty"`
}

// Diff is a change to a file as one replaced span: from byte At, Old was replaced by New.
// Edits rewrite one entry, so the span is about the size of that entry, and the old file
// can be rebuilt from the new one alone.
type Diff struct {
	At  int
	Old string
	New string
}

// diffJSON is how a Diff is stored: as text when it is UTF-8 (KB files are), as base64
// otherwise, since JSON strings cannot carry other bytes unchanged.
type diffJSON struct {
	At     int    `json:"at"`
	Old    string `json:"old"`
	OldB64 []byte `json:"old_base64,omitempty"`
	New    string `json:"new"`
	NewB64 []byte `json:"new_base64,omitempty"`
}

// MarshalJSON stores the span as text, or base64 when it is not UTF-8.
func (d Diff) MarshalJSON() ([]byte, error) {
	j := diffJSON{At: d.At, Old: d.Old, New: d.New}
	if !utf8.ValidString(d.Old) {
		j.Old, j.OldB64 = "", []byte(d.Old)
	}
	if !utf8.ValidString(d.New) {
		j.New, j.NewB64 = "", []byte(d.New)
	}
	return json.Marshal(j)
}

// UnmarshalJSON reads what MarshalJSON wrote.
func (d *Diff) UnmarshalJSON(b []byte) error {
	var j diffJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*d = Diff{At: j.At, Old: j.Old, New: j.New}
	if j.OldB64 != nil {
		d.Old = string(j.OldB64)
	}
	if j.NewB64 != nil {
		d.New = string(j.NewB64)
	}
	return nil
}

// diff returns the span that turns before into after: what lies between their common
// prefix and common suffix, cut on character boundaries so that the text stays readable.
func diff(before, after []byte) Diff {
	p := 0
	for p < len(before) && p < len(after) && before[p] == after[p] {
		p++
	}
	for p > 0 && !(boundary(before, p) && boundary(after, p)) {
		p--
	}
	s := 0
	for s < len(before)-p && s < len(after)-p && before[len(before)-1-s] == after[len(after)-1-s] {
		s++
	}
	for s > 0 && !(boundary(before, len(before)-s) && boundary(after, len(after)-s)) {
		s--
	}
	return Diff{At: p, Old: string(before[p : len(before)-s]), New: string(after[p : len(after)-s])}
}

func boundary(b []byte, i int) bool { return i >= len(b) || utf8.RuneStart(b[i]) }

// revert rebuilds the content before the change from the content after it, or reports that
// cur does not hold the change where it should.
func (d Diff) revert(cur []byte) ([]byte, bool) {
	end := d.At + len(d.New)
	if d.At < 0 || end > len(cur) || string(cur[d.At:end]) != d.New {
		return nil, false
	}
	out := make([]byte, 0, len(cur)-len(d.New)+len(d.Old))
	out = append(out, cur[:d.At]...)
	out = append(out, d.Old...)
	return append(out, cur[end:]...), true
}

// newChange describes the change of rel from before to after.
func newChange(actor Actor, action, target, rel, summary string, before, after fileState) Change {
	return Change{Time: time.Now().UTC(), Platform: actor.Platform, Admin: actor.ID, Action: action,
		Target: target, File: rel, Summary: summary, BeforeHash: before.hash(), AfterHash: after.hash(),
		Diff: diff(before.data, after.data)}
}

// legacyRecord reads the entries written before the audit kept diffs: they held the whole
// file before and after.
type legacyRecord struct {
	Change
	Before *string `json:"before"`
	After  *string `json:"after"`
}

// decodeChange reads one audit line, old format included.
func decodeChange(line []byte) (Change, error) {
	var r legacyRecord
	if err := json.Unmarshal(line, &r); err != nil {
		return Change{}, err
	}
	c := r.Change
	if r.Before == nil || r.After == nil || c.BeforeHash != "" || c.AfterHash != "" {
		return c, nil
	}
	// The old format stored a file created by an add as "before: ''", and a file removed by
	// an undo as "after: ''".
	before := fileState{data: []byte(*r.Before), exists: *r.Before != "" || !strings.HasPrefix(c.Action, "provider.add")}
	after := fileState{data: []byte(*r.After), exists: *r.After != "" || c.Action != "undo"}
	c.BeforeHash, c.AfterHash = before.hash(), after.hash()
	c.Diff = Diff{At: 0, Old: *r.Before, New: *r.After}
	return c, nil
}

const auditFile = "audit.jsonl"

func (s *Store) stateDir() string  { return filepath.Join(s.dir, StateDir) }
func (s *Store) auditPath() string { return filepath.Join(s.stateDir(), auditFile) }

// Audit returns the audit log, oldest first. It reads the whole log: it is for admins and
// tools; edits and undo use the in-memory index.
func (s *Store) Audit() ([]Change, error) {
	f, err := os.Open(s.auditPath())
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("store: audit: %w", err)
	}
	defer f.Close()
	var out []Change
	err = scanLines(f, func(_ int64, line []byte) {
		if c, err := decodeChange(line); err == nil && c.Seq > 0 {
			out = append(out, c)
		}
	})
	if err != nil {
		return nil, fmt.Errorf("store: audit: %w", err)
	}
	return out, nil
}

// scanLines calls fn with the offset and bytes of each complete line of r (without its
// newline). A last line without a newline is torn, a write cut by a crash: it is skipped.
func scanLines(r io.Reader, fn func(off int64, line []byte)) error {
	br := bufio.NewReaderSize(r, 64*1024)
	var off int64
	for {
		line, err := br.ReadBytes('\n')
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		if l := bytes.TrimSuffix(line, []byte("\n")); len(bytes.TrimSpace(l)) > 0 {
			fn(off, l)
		}
		off += int64(len(line))
	}
}
