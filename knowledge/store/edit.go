// SPDX-License-Identifier: AGPL-3.0-or-later

package store

import (
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

// edit applies one change to one file: mutate gets the parsed file and returns the new
// bytes; the whole KB is validated with them before anything is written. Edits are
// serialised, so two admins editing at once both land, one after the other.
func (s *Store) edit(actor Actor, action, target, rel string, mutate func(*yamlFile) ([]byte, error), summary string) (Change, error) {
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	abs := filepath.Join(s.dir, filepath.FromSlash(rel))
	before, err := readState(abs)
	if err != nil {
		return Change{}, fmt.Errorf("lecture de %s impossible : %w", rel, err)
	}
	f, err := parseFile(before.data)
	if err != nil {
		return Change{}, rejected("%s ne se lit pas (YAML) : %v — corrigez-le d'abord", rel, err)
	}
	data, err := mutate(f)
	if err != nil {
		return Change{}, err
	}
	after := fileState{data: data, exists: true}
	kb, err := s.validateWith(rel, after)
	if err != nil {
		return Change{}, err
	}
	c := newChange(actor, action, target, rel, summary, before, after)
	if err := s.commit(abs, before, after, &c); err != nil {
		return Change{}, err
	}
	s.afterWrite(kb, "edit")
	return c, nil
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

// validateWith loads the KB as it would be with rel's content replaced (or removed).
func (s *Store) validateWith(rel string, st fileState) (*knowledge.KB, error) {
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
	if !st.exists {
		delete(m, rel)
	} else {
		m[rel] = &fstest.MapFile{Data: st.data}
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
	if err := checkProvider(in); err != nil {
		return Change{}, err
	}
	if _, exists := kb.Provider(in.ID); exists {
		return Change{}, rejected("un prestataire %q existe déjà : utilisez « prestataire modifier »", in.ID)
	}
	n := providerNode(in)
	return s.edit(actor, "provider.add", in.ID, providerFile(kb, in), func(f *yamlFile) ([]byte, error) {
		return f.appendEntry("providers", n)
	}, "ajout du prestataire "+in.Name)
}

// providerFile is the file a new provider goes in: the one of its region, or national.yaml.
func providerFile(kb *knowledge.KB, in ProviderInput) string {
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
	if r, ok := kb.Geo.Region(region); ok {
		return "providers/" + slug(r.Name) + ".yaml"
	}
	return "providers/national.yaml"
}

// providerNode builds the YAML entry of a new provider.
func providerNode(in ProviderInput) *yaml.Node {
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
		setField(n, "sources", &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq", Content: []*yaml.Node{sourceNode(in.SourceURL, in.SourceDate)}})
	}
	return n
}

// sourceNode is a source entry: its date when given, else today as the date it was checked.
func sourceNode(url, date string) *yaml.Node {
	src := &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map"}
	setField(src, "url", scalar(url))
	if date = strings.TrimSpace(date); date != "" {
		setField(src, "date", scalar(date))
	} else {
		setField(src, "checked", scalar(time.Now().Format("2006-01-02")))
	}
	return src
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
	if err := checkAll(checkText("id", id, MaxShortLen), checkText("champ", fieldName, MaxShortLen)); err != nil {
		return Change{}, err
	}
	p, ok := s.KB().Provider(id)
	if !ok {
		return Change{}, rejected("prestataire inconnu : %q", id)
	}
	label := strings.ToLower(strings.TrimSpace(fieldName))
	key, ok := providerFields[label]
	if !ok {
		return Change{}, rejected("champ inconnu %q (champs : %s)", fieldName, strings.Join(ProviderFields(), ", "))
	}
	value = strings.TrimSpace(value)
	if err := checkField(key, label, value); err != nil {
		return Change{}, err
	}
	return s.editEntry(actor, "provider.update", "providers", id, p.Pos.File, func(n *yaml.Node) *yaml.Node {
		switch {
		case value == "" && key != "sources":
			deleteField(n, key)
		case key == "sources":
			u, date, _ := strings.Cut(value, " ")
			src := sourceNode(u, date)
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
		return n
	}, fmt.Sprintf("%s : %s = %s", id, key, summaryOf(value)))
}

// RemoveProvider removes a provider from its file.
func (s *Store) RemoveProvider(actor Actor, id string) (Change, error) {
	if err := checkText("id", id, MaxShortLen); err != nil {
		return Change{}, err
	}
	p, ok := s.KB().Provider(id)
	if !ok {
		return Change{}, rejected("prestataire inconnu : %q", id)
	}
	return s.editEntry(actor, "provider.remove", "providers", id, p.Pos.File, func(*yaml.Node) *yaml.Node {
		return nil
	}, "retrait du prestataire "+p.Name)
}

// AddAlias teaches a product another name ("gsuite" for Google Workspace).
func (s *Store) AddAlias(actor Actor, productID, alias string) (Change, error) {
	alias = strings.TrimSpace(alias)
	kb, p, err := s.product(productID, checkText("alias", alias, MaxNameLen))
	if err != nil {
		return Change{}, err
	}
	if textnorm.Fold(alias) == "" {
		return Change{}, rejected("alias vide")
	}
	for _, h := range kb.Index().Phrase(textnorm.Fold(alias)) {
		if h.Kind == knowledge.HitProduct {
			other, _ := kb.Product(h.ID)
			return Change{}, rejected("« %s » désigne déjà %s", alias, other.Name)
		}
	}
	return s.editEntry(actor, "alias.add", "products", productID, p.Pos.File, func(n *yaml.Node) *yaml.Node {
		list := listField(n, "aliases", yaml.FlowStyle)
		list.Content = append(list.Content, scalar(alias))
		return n
	}, fmt.Sprintf("alias « %s » → %s", alias, p.Name))
}

// LinkAlternative makes tool an alternative to product at rank (1 = first; 0 = last),
// moving it when it is already listed.
func (s *Store) LinkAlternative(actor Actor, productID, toolID string, rank int) (Change, error) {
	kb, p, err := s.product(productID, checkText("outil", toolID, MaxShortLen))
	if err != nil {
		return Change{}, err
	}
	t, ok := kb.Tool(toolID)
	if !ok {
		return Change{}, rejected("outil inconnu : %q", toolID)
	}
	return s.editEntry(actor, "alternative.link", "products", productID, p.Pos.File, func(n *yaml.Node) *yaml.Node {
		list := listField(n, "alternatives", 0)
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
		return n
	}, fmt.Sprintf("%s remplace %s (rang %s)", t.Name, p.Name, rankLabel(rank)))
}

// product checks an edit's inputs and finds the product it is about, in the KB it reads.
func (s *Store) product(productID string, checks ...error) (*knowledge.KB, *knowledge.Product, error) {
	if err := checkAll(append([]error{checkText("produit", productID, MaxShortLen)}, checks...)...); err != nil {
		return nil, nil, err
	}
	kb := s.KB()
	p, ok := kb.Product(productID)
	if !ok {
		return nil, nil, rejected("produit inconnu : %q", productID)
	}
	return kb, p, nil
}

// editEntry edits one entry of a KB file in place: change gets the entry's node, as the
// file holds it now, and returns what replaces it (nil removes the entry).
func (s *Store) editEntry(actor Actor, action, section, id, file string, change func(n *yaml.Node) *yaml.Node, summary string) (Change, error) {
	rel := filepath.ToSlash(file)
	return s.edit(actor, action, id, rel, func(f *yamlFile) ([]byte, error) {
		n, seq, i, err := f.entryOf(section, id, rel)
		if err != nil {
			return nil, err
		}
		return f.replaceEntry(seq, i, change(n))
	}, summary)
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
