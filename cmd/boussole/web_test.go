// SPDX-License-Identifier: AGPL-3.0-or-later

//go:build !no_web

package main

import (
	"context"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	return addr
}

// waitHTTP polls url until it answers, or fails after 10 s.
func waitHTTP(t *testing.T, url string) *http.Response {
	t.Helper()
	for range 200 {
		if resp, err := http.Get(url); err == nil {
			return resp
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("%s never answered", url)
	return nil
}

func TestRunServesTheWebBesideTheAdapters(t *testing.T) {
	addr := freeAddr(t)
	p := filepath.Join(t.TempDir(), "c.yaml")
	if err := os.WriteFile(p, []byte("http:\n  enabled: true\n  addr: "+addr+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int)
	go func() {
		code, _, _ := runCLI2(ctx, "run", "--config", p)
		done <- code
	}()
	resp := waitHTTP(t, "http://"+addr+"/readyz")
	var ready struct{ Ready bool }
	err := json.NewDecoder(resp.Body).Decode(&ready)
	resp.Body.Close()
	if err != nil || !ready.Ready {
		t.Errorf("/readyz: %v ready=%v", err, ready.Ready)
	}
	a, err := http.Get("http://" + addr + "/api/v1/ask?q=gimp")
	if err != nil || a.StatusCode != http.StatusOK {
		t.Fatalf("ask: %v %v", err, a)
	}
	a.Body.Close()
	m, err := http.Get("http://" + addr + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	body, err := io.ReadAll(m.Body)
	m.Body.Close()
	if err != nil || !strings.Contains(string(body), `boussole_questions_total{intent="alternative",platform="web"} 1`) {
		t.Errorf("the web question is not counted (%v):\n%.2000s", err, body)
	}
	cancel()
	if code := <-done; code != 0 {
		t.Errorf("run exited %d after its context ended", code)
	}
}

func runCLI2(ctx context.Context, args ...string) (int, string, string) {
	var out, errOut strings.Builder
	code := run(ctx, args, strings.NewReader(""), &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestHTTPConfigErrorsNameTheirKeys(t *testing.T) {
	p := filepath.Join(t.TempDir(), "c.yaml")
	cfg := "http:\n  enabled: true\n  addr: nowhere\n  trusted_proxies: [\"10.0.0.0/99\"]\n  rate_limit:\n    every: 0s\n"
	if err := os.WriteFile(p, []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errOut := runCLI(t, "", "run", "--config", p)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	for _, want := range []string{"http.addr", "http.trusted_proxies", "http.rate_limit.every"} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errOut)
		}
	}
}

func TestVersionTellsTheKBDate(t *testing.T) {
	code, out, errOut := runCLI(t, "", "version", "--json")
	if code != 0 {
		t.Fatal(errOut)
	}
	var v versionInfo
	if err := json.Unmarshal([]byte(out), &v); err != nil {
		t.Fatal(err)
	}
	if v.Version == "" || len(v.KBDate) < 4 || v.KBDate[:2] != "20" || v.Counts["providers"] == 0 {
		t.Errorf("version = %+v", v)
	}
	if code, out, _ := runCLI(t, "", "version"); code != 0 || !strings.Contains(out, "knowledge base: sources up to "+v.KBDate) {
		t.Errorf("text version: %s", out)
	}
}

func TestExampleConfigHasTheHTTPSection(t *testing.T) {
	c, err := loadConfig("../../config.example.yaml", func(string) string { return "" })
	if err != nil {
		t.Fatal(err)
	}
	if c.HTTP.Enabled || c.HTTP.Addr != "127.0.0.1:8080" || c.HTTP.RateLimit.Burst != 20 {
		t.Errorf("http section = %+v", c.HTTP)
	}
}

func TestDeployConfigLoads(t *testing.T) {
	c, err := loadConfig("../../deploy/config.yaml", func(string) string { return "" })
	if err != nil {
		t.Fatal(err)
	}
	if !c.HTTP.Enabled || c.StateDir == "" || len(c.HTTP.TrustedProxies) == 0 {
		t.Errorf("deploy config = %+v", c)
	}
}
