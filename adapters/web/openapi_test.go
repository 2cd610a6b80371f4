// SPDX-License-Identifier: AGPL-3.0-or-later

package web

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"testing"
)

type openAPI struct {
	Paths      map[string]map[string]operation `json:"paths"`
	Components struct {
		Schemas   map[string]map[string]any `json:"schemas"`
		Responses map[string]struct {
			Content map[string]struct {
				Schema map[string]any `json:"schema"`
			} `json:"content"`
		} `json:"responses"`
	} `json:"components"`
}

type operation struct {
	Parameters []struct {
		Name, In string
		Required bool
	} `json:"parameters"`
	Responses map[string]struct {
		Ref     string `json:"$ref"`
		Content map[string]struct {
			Schema map[string]any `json:"schema"`
		} `json:"content"`
	} `json:"responses"`
}

func loadOpenAPI(t *testing.T) openAPI {
	t.Helper()
	var doc openAPI
	if err := json.Unmarshal(openAPIDoc, &doc); err != nil {
		t.Fatalf("openapi.json: %v", err)
	}
	return doc
}

// TestOpenAPIListsEveryRoute: the document and the server's API routes are the same set.
func TestOpenAPIListsEveryRoute(t *testing.T) {
	doc := loadOpenAPI(t)
	var documented []string
	for p, ops := range doc.Paths {
		documented = append(documented, p)
		if _, ok := ops["get"]; !ok || len(ops) != 1 {
			t.Errorf("%s: documented methods %v, the API serves GET only", p, ops)
		}
	}
	slices.Sort(documented)
	served := slices.Sorted(slices.Values(apiRoutes))
	if !slices.Equal(documented, served) {
		t.Fatalf("documented %v, served %v", documented, served)
	}
}

// samples are requests per documented route and the status each must get.
var samples = map[string][]struct {
	query  string
	status int
}{
	"/api/v1/ask":          {{"q=" + url.QueryEscape("alternative à Google Drive ?"), 200}, {"q=" + url.QueryEscape("qui installe GLPI à Lyon ?"), 200}, {"", 400}, {"q=" + strings.Repeat("x", 600), 414}},
	"/api/v1/providers":    {{"", 200}, {"region=Rennes&tool=nextcloud", 200}, {"region=Atlantide", 400}, {"page=999", 404}},
	"/api/v1/tools/{id}":   {{"", 200}},
	"/api/v1/openapi.json": {{"", 200}},
}

// TestOpenAPIMatchesResponses asks each route and checks that its status is documented and
// its body matches the documented schema.
func TestOpenAPIMatchesResponses(t *testing.T) {
	doc := loadOpenAPI(t)
	_, ts := newTestServer(t, nil)
	for route, cases := range samples {
		op := doc.Paths[route]["get"]
		for _, c := range cases {
			path := strings.Replace(route, "{id}", "nextcloud", 1) + "?" + c.query
			resp, body := get(t, ts, path)
			if resp.StatusCode != c.status {
				t.Errorf("GET %.80s: %d, want %d", path, resp.StatusCode, c.status)
				continue
			}
			r, ok := op.Responses[strconv.Itoa(c.status)]
			if !ok {
				t.Errorf("GET %s: status %d is not documented", route, c.status)
				continue
			}
			schema := r.Content["application/json"].Schema
			if r.Ref != "" {
				schema = doc.Components.Responses[strings.TrimPrefix(r.Ref, "#/components/responses/")].Content["application/json"].Schema
			}
			var v any
			if err := json.Unmarshal([]byte(body), &v); err != nil {
				t.Fatalf("GET %s: %v", path, err)
			}
			if err := doc.check(schema, v, "$"); err != nil {
				t.Errorf("GET %.80s: %v", path, err)
			}
		}
	}
	if len(samples) != len(doc.Paths) {
		t.Errorf("samples cover %d routes of %d", len(samples), len(doc.Paths))
	}
}

// check is a small JSON Schema check (the subset the document uses): $ref, allOf,
// nullable, type, required, properties, items, enum.
func (d openAPI) check(s map[string]any, v any, at string) error {
	if ref, ok := s["$ref"].(string); ok {
		return d.check(d.Components.Schemas[strings.TrimPrefix(ref, "#/components/schemas/")], v, at)
	}
	if v == nil {
		if s["nullable"] == true {
			return nil
		}
		return fmt.Errorf("%s: null, not nullable", at)
	}
	if all, ok := s["allOf"].([]any); ok {
		for _, sub := range all {
			if err := d.check(sub.(map[string]any), v, at); err != nil {
				return err
			}
		}
	}
	if enum, ok := s["enum"].([]any); ok && !slices.Contains(enum, v) {
		return fmt.Errorf("%s: %v not in %v", at, v, enum)
	}
	switch s["type"] {
	case "object":
		return d.checkObject(s, v, at)
	case "array":
		arr, ok := v.([]any)
		if !ok {
			return fmt.Errorf("%s: %T, want array", at, v)
		}
		for i, e := range arr {
			if err := d.check(s["items"].(map[string]any), e, fmt.Sprintf("%s[%d]", at, i)); err != nil {
				return err
			}
		}
	case "string":
		if _, ok := v.(string); !ok {
			return fmt.Errorf("%s: %T, want string", at, v)
		}
	case "integer", "number":
		f, ok := v.(float64)
		if !ok || s["type"] == "integer" && f != float64(int64(f)) {
			return fmt.Errorf("%s: %v, want %s", at, v, s["type"])
		}
	case "boolean":
		if _, ok := v.(bool); !ok {
			return fmt.Errorf("%s: %T, want boolean", at, v)
		}
	}
	return nil
}

func (d openAPI) checkObject(s map[string]any, v any, at string) error {
	obj, ok := v.(map[string]any)
	if !ok {
		return fmt.Errorf("%s: %T, want object", at, v)
	}
	for _, r := range asList(s["required"]) {
		if _, ok := obj[r.(string)]; !ok {
			return fmt.Errorf("%s: required %q missing", at, r)
		}
	}
	props, _ := s["properties"].(map[string]any)
	for k, val := range obj {
		p, ok := props[k]
		if !ok {
			if props != nil {
				return fmt.Errorf("%s: %q is not documented", at, k)
			}
			continue
		}
		if err := d.check(p.(map[string]any), val, at+"."+k); err != nil {
			return err
		}
	}
	return nil
}

func asList(v any) []any {
	l, _ := v.([]any)
	return l
}

func TestOpenAPIServed(t *testing.T) {
	_, ts := newTestServer(t, nil)
	resp, body := get(t, ts, "/api/v1/openapi.json")
	if resp.StatusCode != http.StatusOK || !strings.Contains(body, `"openapi": "3.0.3"`) {
		t.Fatalf("%d %.100s", resp.StatusCode, body)
	}
}

func TestOpenAPINamesThePublicURL(t *testing.T) {
	_, ts := newTestServer(t, func(c *Config) { c.PublicURL = "https://boussole.example.org" })
	var doc struct{ Servers []struct{ URL string } }
	getJSON(t, ts, "/api/v1/openapi.json", http.StatusOK, &doc)
	if len(doc.Servers) != 1 || doc.Servers[0].URL != "https://boussole.example.org/" {
		t.Errorf("servers = %+v", doc.Servers)
	}
}
