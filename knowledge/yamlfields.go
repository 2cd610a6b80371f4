// SPDX-License-Identifier: AGPL-3.0-or-later

package knowledge

// YAML field decoding: each field of an entry decoded by a small function that reports
// its own problems with the field's position.

import (
	"regexp"
	"slices"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

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

// is reports whether n holds a value of the kind a field wants; an empty value is no
// error, another kind is one (format and args say what was expected).
func (l *loader) is(n *yaml.Node, kind yaml.Kind, format string, args ...any) bool {
	if isNull(n) {
		return false
	}
	if n.Kind != kind {
		l.errorf(n, format, args...)
		return false
	}
	return true
}

func (l *loader) str(dst *string) func(*yaml.Node) {
	return func(n *yaml.Node) {
		if !l.is(n, yaml.ScalarNode, "expected a text value") {
			return
		}
		*dst = strings.TrimSpace(n.Value)
	}
}

func (l *loader) strs(dst *[]string) func(*yaml.Node) {
	return func(n *yaml.Node) {
		if !l.is(n, yaml.SequenceNode, "expected a list, e.g. [a, b]") {
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
		if !l.is(n, yaml.SequenceNode, "expected a list of %ss (%s)", what, strings.Join(allowed, ", ")) {
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
		if !l.is(n, yaml.SequenceNode, "expected a list of %s ids", kind) {
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
