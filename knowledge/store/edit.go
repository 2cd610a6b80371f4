package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing/fstest"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/boussole-libre/boussole/knowledge"
	"github.com/boussole-libre/boussole/knowledge/textnorm"
)

// Actor is who made a change: the platform and the admin's id there.
type Actor struct {
	Platform string
	ID       string
}

// Change is one entry of the audit log.
type Change struct {
	Seq      int       `json:"seq"`
	Time     time.Time `json:"time"`
	Platform string    `json:"platform"`
	Admin    string    `json:"admin"`
	Action   string    `json:"action"`
	Target   string    `json:"target"`
	File     string    `json:"file"`
	Summary  string    `json:"summary"`
	Before   string    `json:"before"`
	After    string    `json:"after"`
	Undoes   int       `json:"undoes,omitempty"`
	created  bool
}

// ErrRejected wraps an edit refused by validation: the KB files were not touched.
var ErrRejected = errors.New("modification refusée")

// RejectedError carries the validation problems of a refused edit.
type RejectedError struct {
	Issues []knowledge.Issue
	Reason string
}

func (e *RejectedError) Error() string {
	if e.Reason != "" {
		return e.Reason
	}
	var b strings.Builder
	for i, is := range e.Issues {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(is.String())
	}
	return b.String()
}

func (e *RejectedError) Unwrap() error { return ErrRejected }

func rejected(format string, args ...any) error {
	return &RejectedError{Reason: fmt.Sprintf(format, args...)}
}

const auditFile = "audit.jsonl"

// edit applies one change to one file: mutate gets the parsed file and returns the new
// bytes; the whole KB is validated with them before anything is written. Edits are
// serialised, so two admins editing at once both land, one after the other.
func (s *Store) edit(actor Actor, action, target, rel string, mutate func(*yamlFile) ([]byte, error), summary string) (Change, error) {
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	abs := filepath.Join(s.dir, filepath.FromSlash(rel))
	before, err := os.ReadFile(abs)
	created := false
	if errors.Is(err, fs.ErrNotExist) {
		before, created = nil, true
	} else if err != nil {
		return Change{}, fmt.Errorf("store: read %s: %w", rel, err)
	}
	f, err := parseFile(before)
	if err != nil {
		return Change{}, rejected("%s ne se lit pas (YAML) : %v — corrigez-le d'abord", rel, err)
	}
	after, err := mutate(f)
	if err != nil {
		return Change{}, err
	}
	kb, err := s.validateWith(rel, after)
	if err != nil {
		return Change{}, err
	}
	c := Change{Time: time.Now().UTC(), Platform: actor.Platform, Admin: actor.ID, Action: action, Target: target,
		File: rel, Summary: summary, Before: string(before), After: string(after), created: created}
	if err := s.commit(abs, after, &c); err != nil {
		return Change{}, err
	}
	s.afterWrite(kb, "edit")
	return c, nil
}

// commit writes the file, then the audit entry. The caller holds writeMu.
func (s *Store) commit(abs string, data []byte, c *Change) error {
	if data == nil {
		if err := os.Remove(abs); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return fmt.Errorf("store: remove %s: %w", c.File, err)
		}
	} else if err := writeAtomic(abs, data); err != nil {
		return fmt.Errorf("store: write %s: %w", c.File, err)
	}
	seq, err := s.lastSeq()
	if err != nil {
		return err
	}
	c.Seq = seq + 1
	return s.appendAudit(*c)
}

func (s *Store) afterWrite(kb *knowledge.KB, by string) {
	p, _ := fingerprint(s.dir)
	s.statusMu.Lock()
	s.print = p
	s.status.LoadedAt, s.status.Stats, s.status.ReloadedBy = kb.LoadedAt, kb.Stats(), by
	s.status.LastError, s.status.Issues = "", nil
	s.statusMu.Unlock()
	s.swap(kb)
}

// validateWith loads the KB as it would be with rel's content replaced (nil: removed).
func (s *Store) validateWith(rel string, data []byte) (*knowledge.KB, error) {
	m := fstest.MapFS{}
	err := filepath.WalkDir(s.dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if p != s.dir && strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir
			}
			return nil
		}
		if ext := filepath.Ext(p); ext != ".yaml" && ext != ".yml" {
			return nil
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		r, _ := filepath.Rel(s.dir, p)
		m[filepath.ToSlash(r)] = &fstest.MapFile{Data: b}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("store: read %s: %w", s.dir, err)
	}
	if data == nil {
		delete(m, rel)
	} else {
		m[rel] = &fstest.MapFile{Data: data}
	}
	kb, err := knowledge.Load(m, s.geo)
	if err != nil {
		if v, ok := knowledge.IsValidation(err); ok {
			return nil, &RejectedError{Issues: v.Issues}
		}
		return nil, err
	}
	return kb, nil
}

func (s *Store) auditPath() string { return filepath.Join(s.dir, StateDir, auditFile) }

func (s *Store) appendAudit(c Change) error {
	if err := os.MkdirAll(filepath.Join(s.dir, StateDir), 0o755); err != nil {
		return fmt.Errorf("store: audit: %w", err)
	}
	b, err := json.Marshal(c)
	if err != nil {
		return err
	}
	f, err := os.OpenFile(s.auditPath(), os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o644)
	if err != nil {
		return fmt.Errorf("store: audit: %w", err)
	}
	if _, err := f.Write(append(b, '\n')); err != nil {
		f.Close()
		return fmt.Errorf("store: audit: %w", err)
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return fmt.Errorf("store: audit: %w", err)
	}
	return f.Close()
}

// Audit returns the audit log, oldest first.
func (s *Store) Audit() ([]Change, error) {
	out, err := readJSONL(s.auditPath(), func(Change) bool { return true })
	if err != nil {
		return nil, fmt.Errorf("store: audit: %w", err)
	}
	return out, nil
}

func (s *Store) lastSeq() (int, error) {
	all, err := s.Audit()
	if err != nil || len(all) == 0 {
		return 0, err
	}
	return all[len(all)-1].Seq, nil
}

// Undo reverts the most recent change not yet undone, if its file still holds what that
// change wrote (a file edited by hand since is left to git).
func (s *Store) Undo(actor Actor) (Change, error) {
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	all, err := s.Audit()
	if err != nil {
		return Change{}, err
	}
	undone := map[int]bool{}
	for _, c := range all {
		if c.Undoes != 0 {
			undone[c.Undoes] = true
		}
	}
	var last *Change
	for i := len(all) - 1; i >= 0; i-- {
		if all[i].Undoes == 0 && !undone[all[i].Seq] {
			last = &all[i]
			break
		}
	}
	if last == nil {
		return Change{}, rejected("rien à annuler")
	}
	abs := filepath.Join(s.dir, filepath.FromSlash(last.File))
	cur, err := os.ReadFile(abs)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return Change{}, fmt.Errorf("store: read %s: %w", last.File, err)
	}
	if string(cur) != last.After {
		return Change{}, rejected("%s a changé depuis la modification n°%d : annulez-la à la main (git)", last.File, last.Seq)
	}
	var restore []byte
	if last.Before != "" || !strings.HasPrefix(last.Action, "provider.add") {
		restore = []byte(last.Before)
	}
	kb, err := s.validateWith(last.File, restore)
	if err != nil {
		return Change{}, err
	}
	c := Change{Time: time.Now().UTC(), Platform: actor.Platform, Admin: actor.ID, Action: "undo", Target: last.Target,
		File: last.File, Summary: "annule : " + last.Summary, Before: string(cur), After: string(restore), Undoes: last.Seq}
	if err := s.commit(abs, restore, &c); err != nil {
		return Change{}, err
	}
	s.afterWrite(kb, "edit")
	return c, nil
}

// ProviderInput is a provider typed in chat. Lists are comma-separated by the caller.
type ProviderInput struct {
	ID, Name, Kind, Website, Description, SIREN string
	City, Departement, Region                   string
	National                                    bool
	Services, Tools, Networks, Audience         []string
	SourceURL, SourceDate                       string
}

// AddProvider adds a provider in the file of its region (providers/<region>.yaml).
func (s *Store) AddProvider(actor Actor, in ProviderInput) (Change, error) {
	kb := s.KB()
	if strings.TrimSpace(in.Name) == "" {
		return Change{}, rejected("il faut au moins un nom (nom:…)")
	}
	if in.ID == "" {
		in.ID = slug(in.Name)
	}
	if _, exists := kb.Provider(in.ID); exists {
		return Change{}, rejected("un prestataire %q existe déjà : utilisez « prestataire modifier »", in.ID)
	}
	region := in.Region
	if in.Departement != "" {
		if code, ok := kb.Geo.ResolveDepartement(in.Departement); ok {
			d, _ := kb.Geo.Departement(code)
			region = d.Region
		}
	} else if region != "" {
		if code, ok := kb.Geo.ResolveRegion(region); ok {
			region = code
		}
	}
	rel := "providers/national.yaml"
	if r, ok := kb.Geo.Region(region); ok {
		rel = "providers/" + slug(r.Name) + ".yaml"
	}
	n := &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map"}
	set := func(k, v string) {
		if strings.TrimSpace(v) != "" {
			setField(n, k, scalar(strings.TrimSpace(v)))
		}
	}
	setList := func(k string, v []string) {
		if len(v) > 0 {
			setField(n, k, flowList(v))
		}
	}
	set("id", in.ID)
	set("name", in.Name)
	set("kind", in.Kind)
	set("website", in.Website)
	set("description", in.Description)
	set("siren", in.SIREN)
	if in.City != "" || in.Departement != "" || in.Region != "" {
		e := &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map"}
		if in.City != "" {
			setField(e, "city", scalar(in.City))
		}
		if in.Departement != "" {
			setField(e, "departement", scalar(in.Departement))
		} else if in.Region != "" {
			setField(e, "region", scalar(in.Region))
		}
		setField(n, "establishments", &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq", Content: []*yaml.Node{e}})
	}
	if in.National {
		setField(n, "national", &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!bool", Value: "true"})
	}
	setList("services", in.Services)
	setList("tools", in.Tools)
	setList("networks", in.Networks)
	setList("audience", in.Audience)
	if in.SourceURL != "" {
		src := &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map"}
		setField(src, "url", scalar(in.SourceURL))
		if in.SourceDate != "" {
			setField(src, "date", scalar(in.SourceDate))
		} else {
			setField(src, "checked", scalar(time.Now().Format("2006-01-02")))
		}
		setField(n, "sources", &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq", Content: []*yaml.Node{src}})
	}
	return s.edit(actor, "provider.add", in.ID, rel, func(f *yamlFile) ([]byte, error) {
		return f.appendEntry("providers", n)
	}, "ajout du prestataire "+in.Name)
}

// providerFields maps the field names admins type (French or the YAML ones) to YAML keys.
var providerFields = map[string]string{
	"nom": "name", "name": "name", "type": "kind", "kind": "kind", "site": "website", "website": "website",
	"description": "description", "siren": "siren", "cnll": "cnll_url", "cnll_url": "cnll_url",
	"national": "national", "services": "services", "outils": "tools", "tools": "tools",
	"reseaux": "networks", "réseaux": "networks", "networks": "networks", "public": "audience",
	"audience": "audience", "source": "sources", "sources": "sources",
}

// ProviderFields lists the field names accepted by UpdateProvider.
func ProviderFields() []string {
	out := make([]string, 0, len(providerFields))
	for k := range providerFields {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// UpdateProvider sets one field of a provider. Lists take comma-separated values; "source"
// adds a source ("URL DATE"); an empty value removes the field.
func (s *Store) UpdateProvider(actor Actor, id, fieldName, value string) (Change, error) {
	p, ok := s.KB().Provider(id)
	if !ok {
		return Change{}, rejected("prestataire inconnu : %q", id)
	}
	key, ok := providerFields[strings.ToLower(strings.TrimSpace(fieldName))]
	if !ok {
		return Change{}, rejected("champ inconnu %q (champs : %s)", fieldName, strings.Join(ProviderFields(), ", "))
	}
	value = strings.TrimSpace(value)
	rel := filepath.ToSlash(p.Pos.File)
	return s.edit(actor, "provider.update", id, rel, func(f *yamlFile) ([]byte, error) {
		n, i := f.find("providers", id)
		if n == nil {
			return nil, rejected("%s ne contient plus %q : rechargez", rel, id)
		}
		_, seq := f.section("providers")
		switch {
		case value == "" && key != "sources":
			deleteField(n, key)
		case key == "sources":
			u, date, _ := strings.Cut(value, " ")
			src := &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map"}
			setField(src, "url", scalar(u))
			if date = strings.TrimSpace(date); date != "" {
				setField(src, "date", scalar(date))
			} else {
				setField(src, "checked", scalar(time.Now().Format("2006-01-02")))
			}
			list := field(n, "sources")
			if list == nil || list.Kind != yaml.SequenceNode {
				list = &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq"}
				setField(n, "sources", list)
			}
			list.Content = append(list.Content, src)
		case key == "national":
			b := "false"
			if v := strings.ToLower(value); v == "oui" || v == "true" || v == "yes" || v == "1" {
				b = "true"
			}
			setField(n, key, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!bool", Value: b})
		case key == "services" || key == "tools" || key == "networks" || key == "audience":
			setField(n, key, flowList(SplitList(value)))
		default:
			setField(n, key, scalar(value))
		}
		return f.replaceEntry(seq, i, n)
	}, fmt.Sprintf("%s : %s = %s", id, key, value))
}

// RemoveProvider removes a provider from its file.
func (s *Store) RemoveProvider(actor Actor, id string) (Change, error) {
	p, ok := s.KB().Provider(id)
	if !ok {
		return Change{}, rejected("prestataire inconnu : %q", id)
	}
	rel := filepath.ToSlash(p.Pos.File)
	return s.edit(actor, "provider.remove", id, rel, func(f *yamlFile) ([]byte, error) {
		n, i := f.find("providers", id)
		if n == nil {
			return nil, rejected("%s ne contient plus %q : rechargez", rel, id)
		}
		_, seq := f.section("providers")
		return f.replaceEntry(seq, i, nil)
	}, "retrait du prestataire "+p.Name)
}

// AddAlias teaches a product another name ("gsuite" for Google Workspace).
func (s *Store) AddAlias(actor Actor, productID, alias string) (Change, error) {
	kb := s.KB()
	p, ok := kb.Product(productID)
	if !ok {
		return Change{}, rejected("produit inconnu : %q", productID)
	}
	alias = strings.TrimSpace(alias)
	if textnorm.Fold(alias) == "" {
		return Change{}, rejected("alias vide")
	}
	for _, h := range kb.Index().Phrase(textnorm.Fold(alias)) {
		if h.Kind == knowledge.HitProduct {
			other, _ := kb.Product(h.ID)
			return Change{}, rejected("« %s » désigne déjà %s", alias, other.Name)
		}
	}
	rel := filepath.ToSlash(p.Pos.File)
	return s.edit(actor, "alias.add", productID, rel, func(f *yamlFile) ([]byte, error) {
		n, i := f.find("products", productID)
		if n == nil {
			return nil, rejected("%s ne contient plus %q : rechargez", rel, productID)
		}
		list := field(n, "aliases")
		if list == nil || list.Kind != yaml.SequenceNode {
			list = &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq", Style: yaml.FlowStyle}
			setField(n, "aliases", list)
		}
		list.Content = append(list.Content, scalar(alias))
		_, seq := f.section("products")
		return f.replaceEntry(seq, i, n)
	}, fmt.Sprintf("alias « %s » → %s", alias, p.Name))
}

// LinkAlternative makes tool an alternative to product at rank (1 = first; 0 = last),
// moving it when it is already listed.
func (s *Store) LinkAlternative(actor Actor, productID, toolID string, rank int) (Change, error) {
	kb := s.KB()
	p, ok := kb.Product(productID)
	if !ok {
		return Change{}, rejected("produit inconnu : %q", productID)
	}
	t, ok := kb.Tool(toolID)
	if !ok {
		return Change{}, rejected("outil inconnu : %q", toolID)
	}
	rel := filepath.ToSlash(p.Pos.File)
	return s.edit(actor, "alternative.link", productID, rel, func(f *yamlFile) ([]byte, error) {
		n, i := f.find("products", productID)
		if n == nil {
			return nil, rejected("%s ne contient plus %q : rechargez", rel, productID)
		}
		list := field(n, "alternatives")
		if list == nil || list.Kind != yaml.SequenceNode {
			list = &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq"}
			setField(n, "alternatives", list)
		}
		var item *yaml.Node
		for k, c := range list.Content {
			if c.Value == toolID || field(c, "tool") != nil && field(c, "tool").Value == toolID {
				item = c
				list.Content = append(list.Content[:k], list.Content[k+1:]...)
				break
			}
		}
		if item == nil {
			item = scalar(toolID)
		}
		at := len(list.Content)
		if rank > 0 {
			at = min(rank-1, len(list.Content))
		}
		list.Content = slices.Insert(list.Content, at, item)
		_, seq := f.section("products")
		return f.replaceEntry(seq, i, n)
	}, fmt.Sprintf("%s remplace %s (rang %s)", t.Name, p.Name, rankLabel(rank)))
}

func rankLabel(r int) string {
	if r <= 0 {
		return "dernier"
	}
	return strconv.Itoa(r)
}

// SplitList splits a comma- or semicolon-separated list typed in chat.
func SplitList(s string) []string {
	var out []string
	for _, p := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' }) {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func slug(s string) string {
	f := textnorm.Fold(s)
	return strings.ReplaceAll(f, " ", "-")
}
