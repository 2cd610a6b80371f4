package knowledge

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"runtime"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/boussole-libre/boussole/knowledge/geo"
)

// Issue is one validation problem, located in its file.
type Issue struct {
	Pos Pos
	Msg string
}

func (i Issue) String() string { return i.Pos.String() + ": " + i.Msg }

// ValidationError lists every problem found while loading a KB, so that an admin fixes them
// all in one pass instead of one per run.
type ValidationError struct {
	Issues []Issue
}

func (e *ValidationError) Error() string {
	lines := make([]string, len(e.Issues))
	for i, is := range e.Issues {
		lines[i] = is.String()
	}
	return strings.Join(lines, "\n")
}

// Load reads every .yaml/.yml file of fsys (recursively, in path order), validates the whole
// KB and builds its index. On any problem it returns a *ValidationError listing all of them.
func Load(fsys fs.FS, g *geo.Geo) (*KB, error) {
	var files []string
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if p != "." && strings.HasPrefix(d.Name(), ".") {
				return fs.SkipDir
			}
			return nil
		}
		if ext := path.Ext(p); (ext == ".yaml" || ext == ".yml") && !strings.HasPrefix(d.Name(), ".") {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("knowledge: list files: %w", err)
	}
	sort.Strings(files)
	l := &loader{kb: &KB{Geo: g, Files: files}, geo: g}
	// Parsing YAML is most of the load time and files are independent: parse them in
	// parallel, then decode and validate in path order so that messages are stable.
	parsed := make([]parsedFile, len(files))
	var wg sync.WaitGroup
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	for i, f := range files {
		b, err := fs.ReadFile(fsys, f)
		if err != nil {
			return nil, fmt.Errorf("knowledge: %w", err)
		}
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			parsed[i].err = yaml.Unmarshal(b, &parsed[i].doc)
		}()
	}
	wg.Wait()
	for i, f := range files {
		l.file(f, &parsed[i].doc, parsed[i].err)
	}
	l.link()
	if len(l.issues) > 0 {
		sort.SliceStable(l.issues, func(i, j int) bool {
			a, b := l.issues[i].Pos, l.issues[j].Pos
			if a.File != b.File {
				return a.File < b.File
			}
			if a.Line != b.Line {
				return a.Line < b.Line
			}
			return a.Col < b.Col
		})
		return nil, &ValidationError{Issues: l.issues}
	}
	l.kb.LoadedAt = time.Now()
	l.kb.index = buildIndex(l.kb)
	return l.kb, nil
}

// IsValidation reports whether err lists KB problems (as opposed to an I/O failure).
func IsValidation(err error) (*ValidationError, bool) {
	var v *ValidationError
	ok := errors.As(err, &v)
	return v, ok
}

type refCheck struct {
	kind string // "category" or "tool"
	id   string
	pos  Pos
	what string
}

type loader struct {
	kb     *KB
	geo    *geo.Geo
	issues []Issue
	checks []refCheck
	file_  string
	seen   map[string]map[string]Pos
}

func (l *loader) errorf(n *yaml.Node, format string, args ...any) {
	l.issues = append(l.issues, Issue{Pos: l.pos(n), Msg: fmt.Sprintf(format, args...)})
}

func (l *loader) pos(n *yaml.Node) Pos {
	if n == nil {
		return Pos{File: l.file_, Line: 1, Col: 1}
	}
	return Pos{File: l.file_, Line: n.Line, Col: n.Column}
}

var yamlLine = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

type parsedFile struct {
	doc yaml.Node
	err error
}

func (l *loader) file(name string, doc *yaml.Node, err error) {
	l.file_ = name
	if err != nil {
		msg, line := err.Error(), 1
		if m := yamlLine.FindStringSubmatch(msg); m != nil {
			line, _ = strconv.Atoi(m[1])
			msg = m[2]
		}
		l.issues = append(l.issues, Issue{Pos: Pos{name, line, 1}, Msg: "YAML syntax: " + msg})
		return
	}
	if len(doc.Content) == 0 {
		return // empty file
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		l.errorf(root, "a KB file is a mapping with keys categories, tools, products or providers")
		return
	}
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		var item func(*yaml.Node)
		switch k.Value {
		case "categories":
			item = l.category
		case "tools":
			item = l.tool
		case "products":
			item = l.product
		case "providers":
			item = l.provider
		default:
			l.errorf(k, "unknown section %q%s (expected categories, tools, products or providers)", k.Value,
				didYouMean(k.Value, []string{"categories", "tools", "products", "providers"}))
			continue
		}
		if v.Kind == yaml.ScalarNode && v.Tag == "!!null" {
			continue
		}
		if v.Kind != yaml.SequenceNode {
			l.errorf(v, "%s must be a list", k.Value)
			continue
		}
		for _, it := range v.Content {
			item(it)
		}
	}
}

// fields decodes a mapping node field by field, reporting unknown and repeated fields.
type fields map[string]func(*yaml.Node)

func (l *loader) decode(n *yaml.Node, what string, fs fields) bool {
	if n.Kind != yaml.MappingNode {
		l.errorf(n, "each %s is a mapping of fields (id, name, …)", what)
		return false
	}
	names := make([]string, 0, len(fs))
	for k := range fs {
		names = append(names, k)
	}
	seen := map[string]bool{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		fn, ok := fs[k.Value]
		if !ok {
			l.errorf(k, "unknown field %q in %s%s", k.Value, what, didYouMean(k.Value, names))
			continue
		}
		if seen[k.Value] {
			l.errorf(k, "field %q appears twice", k.Value)
			continue
		}
		seen[k.Value] = true
		fn(v)
	}
	return true
}

func isNull(n *yaml.Node) bool { return n.Kind == yaml.ScalarNode && n.Tag == "!!null" }

func (l *loader) str(dst *string) func(*yaml.Node) {
	return func(n *yaml.Node) {
		if isNull(n) {
			return
		}
		if n.Kind != yaml.ScalarNode {
			l.errorf(n, "expected a text value")
			return
		}
		*dst = strings.TrimSpace(n.Value)
	}
}

func (l *loader) strs(dst *[]string) func(*yaml.Node) {
	return func(n *yaml.Node) {
		if isNull(n) {
			return
		}
		if n.Kind != yaml.SequenceNode {
			l.errorf(n, "expected a list, e.g. [a, b]")
			return
		}
		for _, c := range n.Content {
			if c.Kind != yaml.ScalarNode || strings.TrimSpace(c.Value) == "" {
				l.errorf(c, "expected a non-empty text item")
				continue
			}
			*dst = append(*dst, strings.TrimSpace(c.Value))
		}
	}
}

// vocab decodes a list whose items must come from a fixed vocabulary.
func (l *loader) vocab(dst *[]string, allowed []string, what string) func(*yaml.Node) {
	return func(n *yaml.Node) {
		if isNull(n) {
			return
		}
		if n.Kind != yaml.SequenceNode {
			l.errorf(n, "expected a list of %ss (%s)", what, strings.Join(allowed, ", "))
			return
		}
		for _, c := range n.Content {
			v := strings.TrimSpace(c.Value)
			if c.Kind != yaml.ScalarNode || !slices.Contains(allowed, v) {
				l.errorf(c, "unknown %s %q (use: %s)%s", what, v, strings.Join(allowed, ", "), didYouMean(v, allowed))
				continue
			}
			*dst = append(*dst, v)
		}
	}
}

// refs decodes a list of ids and queues a check that each exists.
func (l *loader) refs(dst *[]string, kind, what string) func(*yaml.Node) {
	return func(n *yaml.Node) {
		if isNull(n) {
			return
		}
		if n.Kind != yaml.SequenceNode {
			l.errorf(n, "expected a list of %s ids", kind)
			return
		}
		for _, c := range n.Content {
			if c.Kind != yaml.ScalarNode || c.Value == "" {
				l.errorf(c, "expected a %s id", kind)
				continue
			}
			*dst = append(*dst, c.Value)
			l.checks = append(l.checks, refCheck{kind, c.Value, l.pos(c), what})
		}
	}
}

func (l *loader) boolean(dst *bool) func(*yaml.Node) {
	return func(n *yaml.Node) {
		if n.Kind != yaml.ScalarNode || n.Tag != "!!bool" {
			l.errorf(n, "expected true or false")
			return
		}
		*dst = n.Value == "true"
	}
}

func (l *loader) integer(dst *int) func(*yaml.Node) {
	return func(n *yaml.Node) {
		v, err := strconv.Atoi(n.Value)
		if n.Kind != yaml.ScalarNode || err != nil {
			l.errorf(n, "expected a whole number")
			return
		}
		*dst = v
	}
}

var idRe = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// entry checks the id and required fields common to every kind and records the id.
func (l *loader) entry(kind string, n *yaml.Node, id string, required map[string]string) bool {
	ok := true
	for field, v := range required {
		if v == "" {
			l.errorf(n, "%s %s: required field %q is missing or empty", kind, orUnnamed(id), field)
			ok = false
		}
	}
	if id == "" {
		return false
	}
	if !idRe.MatchString(id) {
		l.errorf(n, "%s id %q: use lowercase letters, digits and dashes (e.g. %q)", kind, id, suggestID(id))
		return false
	}
	if l.seen == nil {
		l.seen = map[string]map[string]Pos{}
	}
	if l.seen[kind] == nil {
		l.seen[kind] = map[string]Pos{}
	}
	if first, dup := l.seen[kind][id]; dup {
		l.errorf(n, "duplicate %s id %q (first defined at %s)", kind, id, first)
		return false
	}
	l.seen[kind][id] = l.pos(n)
	return ok
}

func orUnnamed(id string) string {
	if id == "" {
		return "(no id)"
	}
	return strconv.Quote(id)
}

func suggestID(s string) string {
	var b strings.Builder
	for _, w := range strings.Fields(strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			return r
		}
		if r >= 'A' && r <= 'Z' {
			return r + 32
		}
		return ' '
	}, s)) {
		if b.Len() > 0 {
			b.WriteByte('-')
		}
		b.WriteString(w)
	}
	return b.String()
}

func (l *loader) category(n *yaml.Node) {
	c := &Category{Pos: l.pos(n)}
	if !l.decode(n, "category", fields{
		"id": l.str(&c.ID), "name": l.str(&c.Name), "name_en": l.str(&c.NameEN),
		"description": l.str(&c.Description), "keywords": l.strs(&c.Keywords),
		"best": l.refs(&c.Best, "tool", "category best"),
	}) {
		return
	}
	if l.entry("category", n, c.ID, map[string]string{"id": c.ID, "name": c.Name}) {
		l.kb.Categories = append(l.kb.Categories, c)
	}
}

func (l *loader) tool(n *yaml.Node) {
	t := &Tool{Pos: l.pos(n)}
	var website, license, repo *yaml.Node
	if !l.decode(n, "tool", fields{
		"id": l.str(&t.ID), "name": l.str(&t.Name), "description": l.str(&t.Description),
		"license":     func(v *yaml.Node) { license = v; l.str(&t.License)(v) },
		"website":     func(v *yaml.Node) { website = v; l.str(&t.Website)(v) },
		"categories":  l.refs(&t.Categories, "category", "tool "+t.ID),
		"self_hosted": l.boolean(&t.SelfHosted), "french": l.boolean(&t.French),
		"developer": l.str(&t.Developer), "aliases": l.strs(&t.Aliases),
		"popularity": l.integer(&t.Popularity), "notes": l.str(&t.Notes),
		"ambiguous":  l.boolean(&t.Ambiguous),
		"repository": func(v *yaml.Node) { repo = v; l.str(&t.Repository)(v) },
		"needs":      l.strs(&t.Needs),
		"sources":    func(v *yaml.Node) { l.sources(v, &t.Sources) },
	}) {
		return
	}
	ok := l.entry("tool", n, t.ID, map[string]string{"id": t.ID, "name": t.Name, "description": t.Description, "license": t.License, "website": t.Website})
	if len(t.Categories) == 0 {
		l.errorf(n, "tool %s: needs at least one category", orUnnamed(t.ID))
		ok = false
	}
	if t.License != "" {
		if msg := checkLicense(t.License); msg != "" {
			l.errorf(license, "tool %s: %s", orUnnamed(t.ID), msg)
			ok = false
		}
	}
	if t.Website != "" {
		if msg := checkURL(t.Website); msg != "" {
			l.errorf(website, "tool %s: website %s", orUnnamed(t.ID), msg)
			ok = false
		}
	}
	if t.Repository != "" {
		if msg := checkURL(t.Repository); msg != "" {
			l.errorf(repo, "tool %s: repository %s", orUnnamed(t.ID), msg)
			ok = false
		}
	}
	if t.Popularity == 0 {
		t.Popularity = 3
	} else if t.Popularity < 1 || t.Popularity > 5 {
		l.errorf(n, "tool %s: popularity must be between 1 and 5", orUnnamed(t.ID))
		ok = false
	}
	if ok {
		l.kb.Tools = append(l.kb.Tools, t)
	}
}

func (l *loader) product(n *yaml.Node) {
	p := &Product{Pos: l.pos(n)}
	var altNode *yaml.Node
	if !l.decode(n, "product", fields{
		"id": l.str(&p.ID), "name": l.str(&p.Name), "vendor": l.str(&p.Vendor),
		"aliases": l.strs(&p.Aliases), "categories": l.refs(&p.Categories, "category", "product "+p.ID),
		"ambiguous": l.boolean(&p.Ambiguous), "notes": l.str(&p.Notes),
		"service":      l.boolean(&p.Service),
		"sources":      func(v *yaml.Node) { l.sources(v, &p.Sources) },
		"alternatives": func(v *yaml.Node) { altNode = v; l.alternatives(v, &p.Alternatives) },
	}) {
		return
	}
	ok := l.entry("product", n, p.ID, map[string]string{"id": p.ID, "name": p.Name, "vendor": p.Vendor})
	if len(p.Categories) == 0 {
		l.errorf(n, "product %s: needs at least one category", orUnnamed(p.ID))
		ok = false
	}
	if len(p.Alternatives) == 0 {
		if altNode == nil {
			altNode = n
		}
		l.errorf(altNode, "product %s: needs at least one libre alternative", orUnnamed(p.ID))
		ok = false
	}
	if ok {
		l.kb.Products = append(l.kb.Products, p)
	}
}

func (l *loader) alternatives(n *yaml.Node, dst *[]Alternative) {
	if n.Kind != yaml.SequenceNode {
		l.errorf(n, "alternatives: expected a list of tool ids, best first")
		return
	}
	seen := map[string]bool{}
	for _, c := range n.Content {
		var a Alternative
		switch c.Kind {
		case yaml.ScalarNode:
			a.Tool = c.Value
		case yaml.MappingNode:
			l.decode(c, "alternative", fields{"tool": l.str(&a.Tool), "why": l.str(&a.Why)})
		default:
			l.errorf(c, "alternatives: expected a tool id or {tool: id, why: …}")
			continue
		}
		if a.Tool == "" {
			l.errorf(c, "alternatives: missing tool id")
			continue
		}
		if seen[a.Tool] {
			l.errorf(c, "alternatives: %q is listed twice", a.Tool)
			continue
		}
		seen[a.Tool] = true
		l.checks = append(l.checks, refCheck{"tool", a.Tool, l.pos(c), "alternatives"})
		*dst = append(*dst, a)
	}
}

func (l *loader) provider(n *yaml.Node) {
	p := &Provider{Pos: l.pos(n)}
	var nodes = map[string]*yaml.Node{}
	keep := func(name string, fn func(*yaml.Node)) func(*yaml.Node) {
		return func(v *yaml.Node) { nodes[name] = v; fn(v) }
	}
	if !l.decode(n, "provider", fields{
		"id": l.str(&p.ID), "name": l.str(&p.Name), "kind": keep("kind", l.str(&p.Kind)),
		"website": keep("website", l.str(&p.Website)), "description": l.str(&p.Description),
		"siren": keep("siren", l.str(&p.SIREN)), "cnll_url": keep("cnll_url", l.str(&p.CNLLURL)),
		"establishments": func(v *yaml.Node) { nodes["establishments"] = v; l.establishments(v, &p.Establishments) },
		"national":       l.boolean(&p.National),
		"services":       keep("services", l.vocab(&p.Services, Services, "service")),
		"tools":          l.refs(&p.Tools, "tool", "provider tools"),
		"networks":       l.strs(&p.Networks), "audience": keep("audience", l.vocab(&p.Audience, Audiences, "audience")),
		"sources": func(v *yaml.Node) { nodes["sources"] = v; l.sources(v, &p.Sources) },
	}) {
		return
	}
	ok := l.entry("provider", n, p.ID, map[string]string{"id": p.ID, "name": p.Name, "kind": p.Kind})
	bad := func(field, format string, args ...any) {
		at := nodes[field]
		if at == nil {
			at = n
		}
		l.errorf(at, "provider %s: "+format, append([]any{orUnnamed(p.ID)}, args...)...)
		ok = false
	}
	switch p.Kind {
	case "", KindCompany, KindCooperative, KindAssociation:
	default:
		bad("kind", "kind %q must be company, cooperative or association", p.Kind)
	}
	if p.Website != "" {
		if msg := checkURL(p.Website); msg != "" {
			bad("website", "website %s", msg)
		}
	}
	if p.CNLLURL != "" {
		if msg := checkURL(p.CNLLURL); msg != "" {
			bad("cnll_url", "cnll_url %s", msg)
		}
	}
	if p.SIREN != "" && !ValidSIREN(p.SIREN) {
		bad("siren", "SIREN %q is not 9 digits with a valid checksum", p.SIREN)
	}
	// Only when the list is absent or empty: an invalid item was already reported.
	if n := nodes["sources"]; n == nil || len(n.Content) == 0 {
		bad("sources", "needs at least one source (url and date of the page that shows its facts)")
	} else if len(p.Sources) < len(n.Content) {
		ok = false
	}
	if n := nodes["establishments"]; (n == nil || len(n.Content) == 0) && !p.National {
		bad("establishments", "needs an establishment (city and département, or region) or national: true")
	} else if n != nil && len(p.Establishments) < len(n.Content) {
		ok = false
	}
	if ok {
		l.kb.Providers = append(l.kb.Providers, p)
	}
}

func (l *loader) establishments(n *yaml.Node, dst *[]Establishment) {
	if n.Kind != yaml.SequenceNode {
		l.errorf(n, "establishments: expected a list of {city, departement} or {region}")
		return
	}
	for _, c := range n.Content {
		var e Establishment
		var depNode, regNode, cityNode *yaml.Node
		if !l.decode(c, "establishment", fields{
			"city":        func(v *yaml.Node) { cityNode = v; l.str(&e.City)(v) },
			"departement": func(v *yaml.Node) { depNode = v; l.str(&e.Departement)(v) },
			"region":      func(v *yaml.Node) { regNode = v; l.str(&e.Region)(v) },
		}) {
			continue
		}
		ok := true
		if e.Departement != "" {
			code, found := l.geo.ResolveDepartement(e.Departement)
			if !found {
				l.errorf(depNode, "unknown département %q (INSEE code such as \"35\" or \"2A\", or its name)", e.Departement)
				ok = false
			} else {
				e.Departement = code
				d, _ := l.geo.Departement(code)
				if e.Region != "" {
					if r, found := l.geo.ResolveRegion(e.Region); found && r != d.Region {
						rr, _ := l.geo.Region(d.Region)
						l.errorf(regNode, "région %q does not match département %s, which is in %s", e.Region, code, rr.Name)
						ok = false
					}
				}
				e.Region = d.Region
			}
		} else if e.Region != "" {
			code, found := l.geo.ResolveRegion(e.Region)
			if !found {
				l.errorf(regNode, "unknown region %q (one of the 18 regions, by name or INSEE code)", e.Region)
				ok = false
			}
			e.Region = code
		}
		if e.City != "" {
			if e.Departement == "" && depNode == nil {
				l.errorf(cityNode, "city %q needs its département (e.g. departement: \"35\")", e.City)
				ok = false
			} else if e.Departement != "" && ok {
				if com, found := l.geo.FindCommune(e.City, e.Departement); found {
					e.Commune = com.Code
					e.City = com.Name
				} else {
					l.errorf(cityNode, "no commune %q in département %s", e.City, e.Departement)
					ok = false
				}
			}
		}
		if e.Region == "" && ok {
			l.errorf(c, "establishment needs a département or a region")
			ok = false
		}
		if ok {
			*dst = append(*dst, e)
		}
	}
}

var dateRe = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?$`)

func (l *loader) sources(n *yaml.Node, dst *[]Source) {
	if n.Kind != yaml.SequenceNode {
		l.errorf(n, "sources: expected a list of {url, date, shows}")
		return
	}
	for _, c := range n.Content {
		var s Source
		var urlNode, dateNode, checkedNode *yaml.Node
		if !l.decode(c, "source", fields{
			"url":     func(v *yaml.Node) { urlNode = v; l.str(&s.URL)(v) },
			"date":    func(v *yaml.Node) { dateNode = v; l.str(&s.Date)(v) },
			"checked": func(v *yaml.Node) { checkedNode = v; l.str(&s.Checked)(v) },
			"shows":   l.str(&s.Shows),
		}) {
			continue
		}
		ok := true
		if s.URL == "" {
			l.errorf(c, "source: url is required")
			ok = false
		} else if msg := checkURL(s.URL); msg != "" {
			l.errorf(urlNode, "source url %s", msg)
			ok = false
		}
		switch {
		case s.Date == "" && s.Checked == "":
			l.errorf(c, "source: a date is required: date (of the page, YYYY, YYYY-MM or YYYY-MM-DD) or, for an undated page, checked (when it was read)")
			ok = false
		case s.Date != "" && (!dateRe.MatchString(s.Date) || !validDate(s.Date)):
			l.errorf(dateNode, "source date %q: use YYYY, YYYY-MM or YYYY-MM-DD", s.Date)
			ok = false
		case s.Checked != "" && (!dateRe.MatchString(s.Checked) || !validDate(s.Checked)):
			l.errorf(checkedNode, "source checked %q: use YYYY-MM-DD", s.Checked)
			ok = false
		}
		if ok {
			*dst = append(*dst, s)
		}
	}
}

func validDate(s string) bool {
	layout := map[int]string{4: "2006", 7: "2006-01", 10: "2006-01-02"}[len(s)]
	t, err := time.Parse(layout, s)
	return err == nil && t.Year() >= 1990 && t.Before(time.Now().AddDate(0, 1, 0))
}

// link checks references once every file is read, since a product may name a tool
// defined in a later file.
func (l *loader) link() {
	kb := l.kb
	kb.categories = make(map[string]*Category, len(kb.Categories))
	for _, c := range kb.Categories {
		kb.categories[c.ID] = c
	}
	kb.tools = make(map[string]*Tool, len(kb.Tools))
	for _, t := range kb.Tools {
		kb.tools[t.ID] = t
	}
	kb.products = make(map[string]*Product, len(kb.Products))
	for _, p := range kb.Products {
		kb.products[p.ID] = p
	}
	kb.providers = make(map[string]*Provider, len(kb.Providers))
	kb.providersByRegion = map[string][]*Provider{}
	for _, p := range kb.Providers {
		kb.providers[p.ID] = p
		p.sortName = strings.ToLower(p.Name)
		seen := map[string]bool{}
		for _, e := range p.Establishments {
			if !seen[e.Region] {
				seen[e.Region] = true
				kb.providersByRegion[e.Region] = append(kb.providersByRegion[e.Region], p)
			}
		}
		if p.National {
			kb.nationalProviders = append(kb.nationalProviders, p)
		}
	}
	catIDs := slices.Collect(mapsKeys(kb.categories))
	toolIDs := slices.Collect(mapsKeys(kb.tools))
	for _, r := range l.checks {
		switch r.kind {
		case "category":
			if _, ok := kb.categories[r.id]; !ok && !l.defined("category", r.id) {
				l.issues = append(l.issues, Issue{r.pos, fmt.Sprintf("unknown category %q%s", r.id, didYouMean(r.id, catIDs))})
			}
		case "tool":
			if _, ok := kb.tools[r.id]; !ok && !l.defined("tool", r.id) {
				l.issues = append(l.issues, Issue{r.pos, fmt.Sprintf("unknown tool %q in %s%s", r.id, r.what, didYouMean(r.id, toolIDs))})
			}
		}
	}
}

// defined reports whether an id was declared, even by an entry rejected for another reason:
// its references should not cascade into more errors.
func (l *loader) defined(kind, id string) bool {
	_, ok := l.seen[kind][id]
	return ok
}

func mapsKeys[V any](m map[string]V) func(func(string) bool) {
	return func(yield func(string) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}
