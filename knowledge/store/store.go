// SPDX-License-Identifier: AGPL-3.0-or-later

// Package store keeps a knowledge base on disk for its admins: it reloads the directory when
// files change (keeping the last good KB when a change does not validate), applies edits
// made from chat without touching the rest of the files, writes atomically, and keeps an
// audit log that makes every change undoable.
package store

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/boussole-libre/boussole/knowledge"
	"github.com/boussole-libre/boussole/knowledge/geo"
)

// StateDir is where the store keeps its own files inside the KB directory. The loader skips
// hidden directories, so these files are never read as KB data.
const StateDir = ".boussole"

// Store is a KB directory with its current, validated KB.
type Store struct {
	dir string
	geo *geo.Geo
	log *slog.Logger

	kb       atomic.Pointer[knowledge.KB]
	onSwap   func(*knowledge.KB)
	writeMu  sync.Mutex // serialises edits, undo and reloads
	statusMu sync.Mutex
	status   Status
	print    string // fingerprint of the files last loaded (or last failed)

	idx  auditIndex // guarded by writeMu
	hook stepFunc   // nil in production; tests stop or fail edits at a named step
}

// Status is what admins see with `/kb statut`.
type Status struct {
	Dir        string
	LoadedAt   time.Time
	Stats      knowledge.Stats
	LastCheck  time.Time
	LastError  string            // "" when the last reload succeeded
	Issues     []knowledge.Issue // of the last failed reload, with file and line
	FailedAt   time.Time
	ReloadedBy string // "watch", "command" or "edit"
}

// Open loads dir. A KB that does not validate at start is an error: there is no previous KB
// to keep serving.
func Open(dir string, g *geo.Geo, log *slog.Logger) (*Store, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	s := &Store{dir: abs, geo: g, log: log}
	s.recoverAtStart()
	s.print, err = fingerprint(abs)
	if err != nil {
		return nil, fmt.Errorf("store: read %s: %w", abs, err)
	}
	kb, err := knowledge.Load(os.DirFS(abs), g)
	if err != nil {
		return nil, err
	}
	s.kb.Store(kb)
	s.status = Status{Dir: abs, LoadedAt: kb.LoadedAt, Stats: kb.Stats(), LastCheck: time.Now(), ReloadedBy: "start"}
	return s, nil
}

// recoverAtStart cleans up after a crash: temporary files a killed write left behind are
// removed, and an edit interrupted between its steps is completed or dropped so that the
// files and the audit log agree. A state directory that cannot be written does not stop
// the KB from being served: the problem is logged, and edits report it until it is fixed.
func (s *Store) recoverAtStart() {
	if n, err := removeTemps(s.dir); err != nil {
		s.log.Warn("leftover temporary files not removed", "dir", s.dir, "error", err)
	} else if n > 0 {
		s.log.Info("leftover temporary files removed", "dir", s.dir, "count", n)
	}
	if err := s.ready(); err != nil {
		s.log.Warn("knowledge edits unavailable", "error", err)
	}
}

// Dir is the KB directory.
func (s *Store) Dir() string { return s.dir }

// KB returns the KB being served.
func (s *Store) KB() *knowledge.KB { return s.kb.Load() }

// OnSwap registers fn, called with each new KB after a successful reload or edit (the bot's
// SetKB).
func (s *Store) OnSwap(fn func(*knowledge.KB)) { s.onSwap = fn }

// Status returns the current status.
func (s *Store) Status() Status {
	s.statusMu.Lock()
	defer s.statusMu.Unlock()
	st := s.status
	st.Issues = append([]knowledge.Issue(nil), st.Issues...)
	return st
}

// Watch polls the directory every interval and reloads when a file changed, until ctx ends.
// Polling works on every file system (network mounts, containers) where change
// notifications do not.
func (s *Store) Watch(ctx context.Context, every time.Duration) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			if _, err := s.reloadIfChanged("watch"); err != nil {
				s.log.Warn("knowledge reload failed, still serving the last good KB", "dir", s.dir, "error", err)
			}
		}
	}
}

// Reload reloads the directory now, whether or not it changed.
func (s *Store) Reload() error {
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	return s.reload("command")
}

func (s *Store) reloadIfChanged(by string) (bool, error) {
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	p, err := fingerprint(s.dir)
	if err != nil {
		return false, err
	}
	s.statusMu.Lock()
	s.status.LastCheck = time.Now()
	same := p == s.print
	s.statusMu.Unlock()
	if same {
		return false, nil
	}
	return true, s.reload(by)
}

// reload loads the directory and swaps it in when valid; otherwise it records why and keeps
// the current KB. The caller holds writeMu.
func (s *Store) reload(by string) error {
	p, _ := fingerprint(s.dir)
	kb, err := knowledge.Load(os.DirFS(s.dir), s.geo)
	s.statusMu.Lock()
	s.print = p
	s.status.LastCheck = time.Now()
	if err != nil {
		s.status.LastError = err.Error()
		s.status.FailedAt = time.Now()
		s.status.Issues = nil
		if v, ok := knowledge.IsValidation(err); ok {
			s.status.Issues = v.Issues
			s.status.LastError = fmt.Sprintf("%d problème(s) dans la base", len(v.Issues))
		}
		s.statusMu.Unlock()
		return err
	}
	s.status.LastError, s.status.Issues = "", nil
	s.status.LoadedAt, s.status.Stats, s.status.ReloadedBy = kb.LoadedAt, kb.Stats(), by
	s.statusMu.Unlock()
	s.swap(kb)
	s.log.Info("knowledge reloaded", "dir", s.dir, "by", by, "tools", len(kb.Tools), "products", len(kb.Products), "providers", len(kb.Providers))
	return nil
}

func (s *Store) swap(kb *knowledge.KB) {
	s.kb.Store(kb)
	go kb.Index().Warm() // a reloaded KB's first typo should not cost the asker
	if s.onSwap != nil {
		s.onSwap(kb)
	}
}

// fingerprint summarises the KB files (names, sizes, contents) so that any change, even one
// keeping the modification time, is noticed.
func fingerprint(dir string) (string, error) {
	h := sha256.New()
	var files []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if p != dir && strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir
			}
			return nil
		}
		if ext := filepath.Ext(p); ext == ".yaml" || ext == ".yml" {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		return "", err
	}
	sort.Strings(files)
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				continue // removed while listing
			}
			return "", err
		}
		fmt.Fprintf(h, "%s\x00%d\x00", f, len(b))
		h.Write(b)
	}
	return fmt.Sprintf("%x", h.Sum(nil)), nil
}
