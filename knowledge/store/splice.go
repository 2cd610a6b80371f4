// SPDX-License-Identifier: AGPL-3.0-or-later

package store

import (
	"bytes"
	"fmt"
	"strings"

	"gopkg.in/yaml.v3"
)

// A yamlFile is a KB file read for editing: its bytes and its node tree. Edits replace the
// lines of one entry and leave every other byte as the admins wrote it, comments included.
type yamlFile struct {
	src   []byte
	lines []string // src split after each '\n'
	root  *yaml.Node
}

func parseFile(src []byte) (*yamlFile, error) {
	f := &yamlFile{src: src}
	var doc yaml.Node
	if err := yaml.Unmarshal(src, &doc); err != nil {
		return nil, err
	}
	if len(doc.Content) > 0 {
		f.root = doc.Content[0]
		if f.root.Kind != yaml.MappingNode {
			return nil, fmt.Errorf("not a KB file (top level is not a mapping)")
		}
	}
	f.lines = strings.SplitAfter(string(src), "\n")
	if n := len(f.lines); n > 0 && f.lines[n-1] == "" {
		f.lines = f.lines[:n-1]
	}
	return f, nil
}

// section returns the sequence under a top-level key ("providers") and the key node.
func (f *yamlFile) section(name string) (key, seq *yaml.Node) {
	if f.root == nil {
		return nil, nil
	}
	for i := 0; i+1 < len(f.root.Content); i += 2 {
		if f.root.Content[i].Value == name {
			return f.root.Content[i], f.root.Content[i+1]
		}
	}
	return nil, nil
}

// entryOf finds the entry id in a section with its list and index, or says that the file
// no longer holds it (changed on disk since the KB was loaded).
func (f *yamlFile) entryOf(section, id, rel string) (n, seq *yaml.Node, i int, err error) {
	n, i = f.find(section, id)
	if n == nil {
		return nil, nil, -1, rejected("%s ne contient plus %q : rechargez", rel, id)
	}
	_, seq = f.section(section)
	return n, seq, i, nil
}

// listField is n's list field name, created empty in style when it is missing or not a
// list.
func listField(n *yaml.Node, name string, style yaml.Style) *yaml.Node {
	list := field(n, name)
	if list == nil || list.Kind != yaml.SequenceNode {
		list = &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq", Style: style}
		setField(n, name, list)
	}
	return list
}

// find returns the entry with this id in a section, and its index.
func (f *yamlFile) find(sectionName, id string) (*yaml.Node, int) {
	_, seq := f.section(sectionName)
	if seq == nil || seq.Kind != yaml.SequenceNode {
		return nil, -1
	}
	for i, n := range seq.Content {
		if v := field(n, "id"); v != nil && v.Value == id {
			return n, i
		}
	}
	return nil, -1
}

func field(n *yaml.Node, name string) *yaml.Node {
	if n == nil || n.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == name {
			return n.Content[i+1]
		}
	}
	return nil
}

func commentLines(c string) int {
	if c == "" {
		return 0
	}
	return strings.Count(c, "\n") + 1
}

// entryLines returns the 0-based [start, end) line range of the i-th entry of seq: from its
// "- " line to the line before the next entry (or the next top-level key, or the end),
// without the next entry's head comment and without trailing blank lines.
func (f *yamlFile) entryLines(seq *yaml.Node, i int) (int, int) {
	n := seq.Content[i]
	start := n.Line - 1
	end := len(f.lines)
	if i+1 < len(seq.Content) {
		next := seq.Content[i+1]
		end = next.Line - 1 - commentLines(next.HeadComment)
	} else if f.root != nil {
		for k := 0; k+1 < len(f.root.Content); k += 2 {
			if key := f.root.Content[k]; key.Line-1 > start && key.Line-1 < end {
				end = key.Line - 1 - commentLines(key.HeadComment)
			}
		}
	}
	for end > start+1 && strings.TrimSpace(f.lines[end-1]) == "" {
		end--
	}
	return start, end
}

// render encodes an entry as list-item lines at the given column of its first key.
func render(n *yaml.Node, keyCol int) (string, error) {
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(n); err != nil {
		return "", err
	}
	if err := enc.Close(); err != nil {
		return "", err
	}
	body := strings.TrimRight(buf.String(), "\n")
	dashIndent := strings.Repeat(" ", max(keyCol-3, 0))
	pad := strings.Repeat(" ", max(keyCol-1, 0))
	var out strings.Builder
	for i, l := range strings.Split(body, "\n") {
		switch {
		case i == 0:
			out.WriteString(dashIndent + "- " + l)
		case l == "":
		default:
			out.WriteString(pad + l)
		}
		out.WriteByte('\n')
	}
	return out.String(), nil
}

// replaceEntry returns the file with entry i of seq replaced by n (or removed when n is nil).
func (f *yamlFile) replaceEntry(seq *yaml.Node, i int, n *yaml.Node) ([]byte, error) {
	start, end := f.entryLines(seq, i)
	var mid string
	if n != nil {
		var err error
		// The head comment stays where it is, above the replaced lines.
		head := n.HeadComment
		n.HeadComment = ""
		mid, err = render(n, seq.Content[i].Column)
		n.HeadComment = head
		if err != nil {
			return nil, err
		}
	}
	var out strings.Builder
	for _, l := range f.lines[:start] {
		out.WriteString(l)
	}
	out.WriteString(mid)
	for _, l := range f.lines[end:] {
		out.WriteString(l)
	}
	return []byte(out.String()), nil
}

// appendEntry returns the file with n added at the end of a section, creating the section
// when the file has none.
func (f *yamlFile) appendEntry(sectionName string, n *yaml.Node) ([]byte, error) {
	key, seq := f.section(sectionName)
	if key == nil || seq == nil || seq.Kind != yaml.SequenceNode || len(seq.Content) == 0 {
		mid, err := render(n, 5)
		if err != nil {
			return nil, err
		}
		src := string(f.src)
		if src != "" && !strings.HasSuffix(src, "\n") {
			src += "\n"
		}
		if key != nil {
			// "providers:" with an empty or null value: rewrite that line.
			var out strings.Builder
			for k, l := range f.lines {
				if k == key.Line-1 {
					out.WriteString(sectionName + ":\n" + mid)
					continue
				}
				out.WriteString(l)
			}
			return []byte(out.String()), nil
		}
		return []byte(src + sectionName + ":\n" + mid), nil
	}
	last := len(seq.Content) - 1
	_, end := f.entryLines(seq, last)
	mid, err := render(n, seq.Content[last].Column)
	if err != nil {
		return nil, err
	}
	var out strings.Builder
	for _, l := range f.lines[:end] {
		out.WriteString(l)
	}
	if end > 0 && !strings.HasSuffix(f.lines[end-1], "\n") {
		out.WriteByte('\n')
	}
	out.WriteString(mid)
	for _, l := range f.lines[end:] {
		out.WriteString(l)
	}
	return []byte(out.String()), nil
}

// setField sets key to value in a mapping node, adding the key at the end when absent.
func setField(n *yaml.Node, key string, value *yaml.Node) {
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			n.Content[i+1] = value
			return
		}
	}
	n.Content = append(n.Content, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: key}, value)
}

func deleteField(n *yaml.Node, key string) bool {
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			n.Content = append(n.Content[:i], n.Content[i+2:]...)
			return true
		}
	}
	return false
}

func scalar(v string) *yaml.Node {
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: v}
}

func flowList(items []string) *yaml.Node {
	n := &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq", Style: yaml.FlowStyle}
	for _, it := range items {
		n.Content = append(n.Content, scalar(it))
	}
	return n
}
