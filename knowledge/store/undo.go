// SPDX-License-Identifier: AGPL-3.0-or-later

package store

import (
	"fmt"
	"path/filepath"
)

// Undo reverts the most recent change not yet undone, if its file still holds what that
// change wrote (a file edited by hand since is left to git). It reads only that change's
// entry of the audit log.
func (s *Store) Undo(actor Actor) (Change, error) {
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	if err := s.ready(); err != nil {
		return Change{}, err
	}
	if len(s.idx.undo) == 0 {
		return Change{}, rejected("rien à annuler")
	}
	last, err := s.readRef(s.idx.undo[len(s.idx.undo)-1])
	if err != nil {
		return Change{}, err
	}
	abs := filepath.Join(s.dir, filepath.FromSlash(last.File))
	cur, err := readState(abs)
	if err != nil {
		return Change{}, fmt.Errorf("lecture de %s impossible : %w", last.File, err)
	}
	if cur.hash() != last.AfterHash {
		return Change{}, rejected("%s a changé depuis la modification n°%d : annulez-la à la main (git)", last.File, last.Seq)
	}
	restore := fileState{exists: last.BeforeHash != ""}
	if restore.exists {
		var ok bool
		if restore.data, ok = last.Diff.revert(cur.data); !ok || restore.hash() != last.BeforeHash {
			return Change{}, rejected("l'entrée n°%d du journal d'audit ne permet pas de retrouver %s : annulez-la à la main (git)", last.Seq, last.File)
		}
	}
	kb, err := s.validateWith(last.File, restore)
	if err != nil {
		return Change{}, err
	}
	c := newChange(actor, "undo", last.Target, last.File, "annule : "+last.Summary, cur, restore)
	c.Undoes = last.Seq
	if err := s.commit(abs, cur, restore, &c); err != nil {
		return Change{}, err
	}
	s.afterWrite(kb, "edit")
	return c, nil
}

// summaryOf shortens a value for the audit summary and the admin's reply.
func summaryOf(v string) string {
	const max = 120
	if r := []rune(v); len(r) > max {
		return string(r[:max]) + "…"
	}
	return v
}
