// SPDX-License-Identifier: AGPL-3.0-or-later

//go:build !no_matrix

package main

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/boussole-libre/boussole/adapters/matrix"
)

// writeMatrixConfig writes a config enabling only Matrix against url.
func writeMatrixConfig(t *testing.T, url, extra string) string {
	t.Helper()
	dir := t.TempDir()
	cfg := "state_dir: " + dir + "\nmatrix:\n  enabled: true\n  homeserver: " + url + "\n  user_id: \"@boussole:example.org\"\n" + extra
	path := filepath.Join(dir, "config.yaml")
	if err := os.WriteFile(path, []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// A token the homeserver refuses stops `boussole run` at once with exit code 1 and a
// message naming the variable, never the token.
func TestRunMatrixBadToken(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusUnauthorized)
		_, _ = io.WriteString(w, `{"errcode":"M_UNKNOWN_TOKEN","error":"Unknown token"}`)
	}))
	defer srv.Close()
	t.Setenv(envMatrixToken, "syt_not_a_real_token")
	path := writeMatrixConfig(t, srv.URL, "  encryption: false\n")
	var out, errOut bytes.Buffer
	code := run(context.Background(), []string{"run", "--config", path}, strings.NewReader(""), &out, &errOut)
	if code != 1 {
		t.Fatalf("exit %d, want 1; stderr %s", code, errOut.String())
	}
	msg := errOut.String()
	if !strings.Contains(msg, "refused the access token") || !strings.Contains(msg, envMatrixToken) {
		t.Errorf("stderr does not explain the refused token: %s", msg)
	}
	if strings.Contains(msg, "syt_not_a_real_token") {
		t.Errorf("the token leaked to stderr: %s", msg)
	}
}

// Without the token, or (in a build without goolm) with encryption on, the config is
// refused before anything is contacted, with the key to fix.
func TestRunMatrixConfigErrors(t *testing.T) {
	cases := []struct {
		name, token, extra, want string
	}{
		{"no token", "", "  encryption: false\n", envMatrixToken},
		{"bad user id", "tok", "  encryption: false\n  admins: [alice]\n", "matrix.admins"},
	}
	if !matrix.EncryptionSupported() {
		cases = append(cases, struct{ name, token, extra, want string }{"encryption without goolm", "tok", "", "-tags goolm"})
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Setenv(envMatrixToken, c.token)
			path := writeMatrixConfig(t, "http://127.0.0.1:1", c.extra)
			var out, errOut bytes.Buffer
			code := run(context.Background(), []string{"run", "--config", path}, strings.NewReader(""), &out, &errOut)
			if code != 1 || !strings.Contains(errOut.String(), c.want) {
				t.Errorf("exit %d, stderr %q, want 1 and %q", code, errOut.String(), c.want)
			}
		})
	}
}
