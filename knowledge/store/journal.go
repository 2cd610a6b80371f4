// SPDX-License-Identifier: AGPL-3.0-or-later

package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// An edit commits in this order, each step durable (fsync) before the next:
//
//  1. the intent — the audit entry to be, with the file's hash before and after and the
//     changed span — is written to .boussole/journal.json;
//  2. the KB file is replaced (temporary file, fsync, rename, fsync of the directory);
//  3. the entry is appended to .boussole/audit.jsonl;
//  4. the journal is removed.
//
// A failure before step 2 completes leaves the file as it was; a failure at step 3 puts the
// file back. A crash anywhere leaves a journal that the next start (or the next edit)
// resolves by looking at the file: if it holds the new content the entry is appended to
// the audit (when not there yet), if it holds the old one nothing happened. Either way the
// file and the audit agree, and /kb annuler works.
const journalFile = "journal.json"

func (s *Store) journalPath() string { return filepath.Join(s.stateDir(), journalFile) }

// auditIndex is what edits and undo need from the audit log, kept in memory so that an edit
// does not re-read the log: the last sequence number and where the undoable entries are.
type auditIndex struct {
	loaded  bool
	size    int64      // bytes of audit.jsonl read or written
	lastSeq int        // 0 when empty
	undo    []auditRef // changes not undone yet, oldest first
}

// auditRef locates one undoable entry in audit.jsonl.
type auditRef struct {
	seq int
	off int64
	n   int
}

// add records an entry appended at off.
func (x *auditIndex) add(seq, undoes int, off int64, n int) {
	x.lastSeq = max(x.lastSeq, seq)
	if undoes == 0 {
		x.undo = append(x.undo, auditRef{seq: seq, off: off, n: n})
		return
	}
	for i := len(x.undo) - 1; i >= 0; i-- {
		if x.undo[i].seq == undoes {
			x.undo = append(x.undo[:i], x.undo[i+1:]...)
			return
		}
	}
}

// loadIndex reads the audit log once to build the index.
func (s *Store) loadIndex() error {
	x := auditIndex{loaded: true}
	f, err := os.Open(s.auditPath())
	if errors.Is(err, fs.ErrNotExist) {
		s.idx = x
		return nil
	}
	if err != nil {
		return err
	}
	defer f.Close()
	err = scanLines(f, func(off int64, line []byte) {
		var head struct{ Seq, Undoes int }
		if json.Unmarshal(line, &head) == nil && head.Seq > 0 {
			x.add(head.Seq, head.Undoes, off, len(line))
		}
	})
	if err != nil {
		return err
	}
	st, err := f.Stat()
	if err != nil {
		return err
	}
	x.size = st.Size()
	s.idx = x
	return nil
}

// ready makes sure edits can go on: the index is loaded and matches the log on disk (an
// operator may have rotated it), and no unfinished intent is left. The caller holds writeMu
// (or is Open).
func (s *Store) ready() error {
	if s.idx.loaded {
		st, err := os.Stat(s.auditPath())
		switch {
		case errors.Is(err, fs.ErrNotExist):
			s.idx.loaded = s.idx.size == 0
		case err != nil || st.Size() != s.idx.size:
			s.idx.loaded = false
		}
	}
	if !s.idx.loaded {
		if err := s.loadIndex(); err != nil {
			return stateError(s.stateDir(), "la lecture du journal d'audit", err)
		}
	}
	if err := s.resolveIntent(); err != nil {
		return stateError(s.stateDir(), "la reprise d'une modification interrompue", err)
	}
	return nil
}

// resolveIntent finishes or drops the intent a crash left behind (see journalFile).
func (s *Store) resolveIntent() error {
	b, err := os.ReadFile(s.journalPath())
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	var c Change
	if err := json.Unmarshal(b, &c); err != nil || c.Seq == 0 || c.File == "" {
		// Written by rename, a journal is whole or absent, and the file is only written
		// after it: an unreadable journal was not followed by a write.
		s.log.Warn("unreadable edit journal dropped", "path", s.journalPath(), "error", err)
		return removeFile(s.journalPath())
	}
	cur, err := readState(filepath.Join(s.dir, filepath.FromSlash(c.File)))
	if err != nil {
		return err
	}
	switch h := cur.hash(); {
	case h == c.AfterHash && s.idx.lastSeq < c.Seq:
		if err := s.appendAudit(&c); err != nil {
			return err
		}
		s.log.Info("interrupted edit completed", "seq", c.Seq, "file", c.File)
	case h == c.AfterHash:
		// Appended before the crash; only the journal was left.
	case h == c.BeforeHash:
		s.log.Info("interrupted edit dropped before it touched the file", "seq", c.Seq, "file", c.File)
	default:
		s.log.Warn("interrupted edit: the file was changed by hand since, left as it is", "seq", c.Seq, "file", c.File)
	}
	return removeFile(s.journalPath())
}

// commit writes a validated change durably (see journalFile) and reports success only when
// both the file and the audit entry are on disk, failure only when the file is as before.
// The caller holds writeMu.
func (s *Store) commit(abs string, before, after fileState, c *Change) error {
	if err := s.ready(); err != nil {
		return err
	}
	c.Seq = s.idx.lastSeq + 1
	intent, err := json.Marshal(c)
	if err != nil {
		return err
	}
	if err := writeFile(s.journalPath(), intent, "journal", s.hook); err != nil {
		if cur, rerr := readState(s.journalPath()); rerr != nil || !cur.exists {
			return stateError(s.stateDir(), "l'écriture du journal des modifications", err)
		}
		// Renamed into place after all (only the directory fsync failed): go on.
	}
	if err := s.replace(abs, after); err != nil {
		if cur, rerr := readState(abs); rerr != nil || cur.hash() != c.AfterHash {
			s.dropIntent()
			return fmt.Errorf("écriture de %s impossible, le fichier est inchangé : %w", c.File, err)
		}
		// Replaced after all (only the directory fsync failed): go on.
	}
	if err := s.appendAudit(c); err != nil {
		return s.rollback(abs, before, c, err)
	}
	s.hook.at("audit") // tests only: a kill here leaves the journal of a complete edit
	s.dropIntent()
	s.hook.at("done")
	return nil
}

// replace gives the file at abs the content st (removing it when st does not exist).
func (s *Store) replace(abs string, st fileState) error {
	if err := s.hook.at("file.start"); err != nil {
		return err
	}
	if !st.exists {
		if err := os.Remove(abs); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return err
		}
		if err := s.hook.at("file.renamed"); err != nil {
			return err
		}
		return syncDir(filepath.Dir(abs))
	}
	return writeFile(abs, st.data, "file", s.hook)
}

// rollback puts the file back after the audit entry could not be written. If even that
// fails, the journal stays, and the next start or edit completes the change.
func (s *Store) rollback(abs string, before fileState, c *Change, cause error) error {
	if err := s.replace(abs, before); err != nil {
		if cur, rerr := readState(abs); rerr != nil || cur.hash() != before.hash() {
			return fmt.Errorf("le journal d'audit n'a pas pu être écrit (%w) et %s n'a pas pu être remis dans son état d'avant : "+
				"la modification n°%d sera consignée dès que %s sera de nouveau inscriptible", cause, c.File, c.Seq, s.stateDir())
		}
	}
	s.dropIntent()
	return stateError(s.stateDir(), "l'écriture du journal d'audit", cause)
}

// dropIntent removes the journal. If that fails the journal is resolved later, harmlessly.
func (s *Store) dropIntent() {
	if err := removeFile(s.journalPath()); err != nil {
		s.log.Warn("edit journal not removed, will be resolved at the next edit", "error", err)
	}
}

// appendAudit appends c to the audit log, durably, and indexes it. A line torn by a crash
// is closed first so that it cannot swallow this one; a failed write is cut off again.
func (s *Store) appendAudit(c *Change) error {
	line, err := json.Marshal(c)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(s.stateDir(), 0o755); err != nil {
		return err
	}
	f, err := os.OpenFile(s.auditPath(), os.O_RDWR|os.O_CREATE|os.O_APPEND, 0o644)
	if err != nil {
		return err
	}
	defer f.Close()
	size, torn, err := tail(f)
	if err != nil {
		return err
	}
	buf := make([]byte, 0, len(line)+2)
	if torn {
		buf = append(buf, '\n')
	}
	buf = append(append(buf, line...), '\n')
	if err := s.writeAudit(f, buf, size == 0); err != nil {
		f.Truncate(size)
		return err
	}
	s.idx.add(c.Seq, c.Undoes, size+int64(len(buf)-len(line)-1), len(line))
	s.idx.size = size + int64(len(buf))
	return nil
}

// writeAudit writes and fsyncs buf; for a new log, the directory too.
func (s *Store) writeAudit(f *os.File, buf []byte, created bool) error {
	if err := s.hook.at("audit.write"); err != nil {
		return err
	}
	if _, err := f.Write(buf); err != nil {
		return err
	}
	if err := s.hook.at("audit.written"); err != nil {
		return err
	}
	if err := f.Sync(); err != nil {
		return err
	}
	if created {
		return syncDir(s.stateDir())
	}
	return nil
}

// tail returns the size of f and whether its last line lacks its newline.
func tail(f *os.File) (int64, bool, error) {
	st, err := f.Stat()
	if err != nil || st.Size() == 0 {
		return 0, false, err
	}
	last := make([]byte, 1)
	if _, err := f.ReadAt(last, st.Size()-1); err != nil {
		return 0, false, err
	}
	return st.Size(), last[0] != '\n', nil
}

// readRef reads one indexed audit entry.
func (s *Store) readRef(r auditRef) (Change, error) {
	f, err := os.Open(s.auditPath())
	if err != nil {
		return Change{}, fmt.Errorf("lecture du journal d'audit impossible : %w", err)
	}
	defer f.Close()
	buf := make([]byte, r.n)
	if _, err := f.ReadAt(buf, r.off); err != nil {
		s.idx.loaded = false // the log changed under us: re-read it next time
		return Change{}, fmt.Errorf("entrée n°%d illisible dans %s : %w", r.seq, s.auditPath(), err)
	}
	c, err := decodeChange(buf)
	if err != nil || c.Seq != r.seq {
		s.idx.loaded = false
		return Change{}, fmt.Errorf("entrée n°%d illisible dans %s (%v) : réessayez", r.seq, s.auditPath(), err)
	}
	return c, nil
}

// stateError explains, in the admin's language, that the state directory could not be
// written and that the KB file was left as it was.
func stateError(dir, what string, err error) error {
	return fmt.Errorf("%s est impossible dans %s (%w) : rien n'a été modifié ; vérifiez que ce dossier existe et que Boussole peut y écrire", what, dir, err)
}
