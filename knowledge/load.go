// SPDX-License-Identifier: AGPL-3.0-or-later

package knowledge

// Loading: reading every YAML file of a KB directory, and the validation error that lists
// every problem at once.

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"runtime"
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
	files, parsed, err := readFiles(fsys)
	if err != nil {
		return nil, err
	}
	return build(g, files, parsed)
}

// LoadAlong loads the geography with loadGeo while it parses the YAML of fsys, then builds
// the KB as Load does. At start-up both are needed and parsing, most of the KB's load time,
// needs no places: the two share the cores instead of waiting for each other.
func LoadAlong(fsys fs.FS, loadGeo func() (*geo.Geo, error)) (*KB, error) {
	var g *geo.Geo
	var gerr error
	done := make(chan struct{})
	go func() {
		defer close(done)
		g, gerr = loadGeo()
	}()
	files, parsed, err := readFiles(fsys)
	<-done
	if gerr != nil {
		return nil, fmt.Errorf("load geography: %w", gerr)
	}
	if err != nil {
		return nil, err
	}
	return build(g, files, parsed)
}

// readFiles lists and parses the YAML files of fsys.
func readFiles(fsys fs.FS) ([]string, []parsedFile, error) {
	files, err := listFiles(fsys)
	if err != nil {
		return nil, nil, err
	}
	parsed, err := parseFiles(fsys, files)
	return files, parsed, err
}

// build decodes and validates the parsed files in path order, then indexes the KB.
func build(g *geo.Geo, files []string, parsed []parsedFile) (*KB, error) {
	l := &loader{kb: &KB{Geo: g, Files: files}, geo: g}
	for i, f := range files {
		l.file(f, &parsed[i].doc, parsed[i].err)
	}
	l.link()
	if len(l.issues) > 0 {
		sortIssues(l.issues)
		return nil, &ValidationError{Issues: l.issues}
	}
	l.kb.LoadedAt = time.Now()
	l.kb.index = buildIndex(l.kb)
	return l.kb, nil
}

// listFiles lists the KB files of fsys in path order, skipping hidden files and folders
// (the .boussole state directory among them).
func listFiles(fsys fs.FS) ([]string, error) {
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
	return files, nil
}

// parseFiles parses the files in parallel: parsing YAML is most of the load time and files
// are independent. Decoding and validation then run in path order, so messages are stable.
func parseFiles(fsys fs.FS, files []string) ([]parsedFile, error) {
	parsed := make([]parsedFile, len(files))
	var wg sync.WaitGroup
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	for i, f := range files {
		b, err := fs.ReadFile(fsys, f)
		if err != nil {
			wg.Wait()
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
	return parsed, nil
}

func sortIssues(issues []Issue) {
	sort.SliceStable(issues, func(i, j int) bool {
		a, b := issues[i].Pos, issues[j].Pos
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Col < b.Col
	})
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
