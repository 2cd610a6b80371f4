// SPDX-License-Identifier: AGPL-3.0-or-later

package web

import (
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	dto "github.com/prometheus/client_model/go"
	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"

	"github.com/boussole-libre/boussole/bot"
	"github.com/boussole-libre/boussole/knowledge/data"
	"github.com/boussole-libre/boussole/knowledge/geo"
	"github.com/boussole-libre/boussole/knowledge/kbtest"
	"github.com/boussole-libre/boussole/knowledge/store"
	"github.com/boussole-libre/boussole/knowledge/verify"
)

// scrape reads /metrics with the Prometheus text parser.
func scrape(t *testing.T, srvURL string, client *http.Client) map[string]*dto.MetricFamily {
	t.Helper()
	resp, err := client.Get(srvURL + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("/metrics: %d", resp.StatusCode)
	}
	p := expfmt.NewTextParser(model.UTF8Validation)
	mfs, err := p.TextToMetricFamilies(resp.Body)
	if err != nil {
		t.Fatalf("/metrics does not parse: %v", err)
	}
	return mfs
}

// matching returns the family's samples whose labels include want.
func matching(mfs map[string]*dto.MetricFamily, name string, want map[string]string) []*dto.Metric {
	var out []*dto.Metric
	for _, m := range mfs[name].GetMetric() {
		labels := map[string]string{}
		for _, l := range m.GetLabel() {
			labels[l.GetName()] = l.GetValue()
		}
		match := true
		for k, v := range want {
			match = match && labels[k] == v
		}
		if match {
			out = append(out, m)
		}
	}
	return out
}

// hasSeries says whether the family has a sample whose labels include want.
func hasSeries(mfs map[string]*dto.MetricFamily, name string, want map[string]string) bool {
	return len(matching(mfs, name, want)) > 0
}

// value sums the family's samples whose labels include want.
func value(mfs map[string]*dto.MetricFamily, name string, want map[string]string) float64 {
	total := 0.0
	for _, m := range matching(mfs, name, want) {
		switch {
		case m.Counter != nil:
			total += m.Counter.GetValue()
		case m.Gauge != nil:
			total += m.Gauge.GetValue()
		case m.Histogram != nil:
			total += float64(m.Histogram.GetSampleCount())
		}
	}
	return total
}

func TestMetricsCountQuestions(t *testing.T) {
	_, ts := newTestServer(t, nil)
	before := scrape(t, ts.URL, ts.Client())
	for _, q := range []string{"alternative à Google Drive ?", "qui installe Nextcloud à Rennes ?", "alternative à Zorglub 3000 ?"} {
		var a bot.Answer
		getJSON(t, ts, "/api/v1/ask?q="+url.QueryEscape(q), http.StatusOK, &a)
	}
	get(t, ts, "/?q="+url.QueryEscape("alternative à Photoshop"))
	after := scrape(t, ts.URL, ts.Client())
	web := map[string]string{"platform": "web"}
	if d := value(after, "boussole_questions_total", web) - value(before, "boussole_questions_total", web); d != 4 {
		t.Errorf("questions moved by %v, want 4", d)
	}
	if d := value(after, "boussole_questions_total", map[string]string{"platform": "web", "intent": "providers"}); d != 1 {
		t.Errorf("providers questions = %v, want 1", d)
	}
	if d := value(after, "boussole_unanswered_total", web); d < 1 {
		t.Errorf("unanswered = %v, want the unknown product counted", d)
	}
	if n := value(after, "boussole_answer_duration_seconds", web); n != 4 {
		t.Errorf("latency histogram has %v samples, want 4", n)
	}
	if value(after, "boussole_kb_entries", map[string]string{"kind": "providers"}) < 50 {
		t.Errorf("kb entries: %v", after["boussole_kb_entries"])
	}
}

func TestMetricsReportVerifyAndReadiness(t *testing.T) {
	dir := t.TempDir()
	rep := &verify.Report{Version: verify.ReportVersion, Finished: time.Now(), Counts: verify.Counts{Errors: 2, Warnings: 5}}
	if err := verify.Save(dir, rep); err != nil {
		t.Fatal(err)
	}
	m := NewMetrics()
	s, err := New(DefaultConfig(), bot.New(kbtest.Shipped(t), bot.WithObserver(m)), Options{Metrics: m, StateDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	s.SetReadiness("discord", nil)
	s.SetReadiness("matrix", readyFunc(func() error { return errDown }))
	s.SetReadiness("mattermost", &flappy{reconnects: 3})
	srv := newHTTPTest(t, s)
	mfs := scrape(t, srv.URL, srv.Client())
	if v := value(mfs, "boussole_kb_verify_findings", map[string]string{"severity": "error"}); v != 2 {
		t.Errorf("verify errors = %v, want 2", v)
	}
	if v := value(mfs, "boussole_adapter_ready", map[string]string{"adapter": "matrix"}); v != 0 {
		t.Errorf("matrix ready = %v, want 0", v)
	}
	if v := value(mfs, "boussole_adapter_ready", map[string]string{"adapter": "discord"}); v != 1 {
		t.Errorf("discord ready = %v, want 1", v)
	}
	if v := value(mfs, "boussole_adapter_reconnects_total", map[string]string{"adapter": "mattermost"}); v != 3 {
		t.Errorf("mattermost reconnects = %v, want 3", v)
	}
	if hasSeries(mfs, "boussole_adapter_reconnects_total", map[string]string{"adapter": "discord"}) {
		t.Error("discord, which does not count reconnects, has a reconnects series")
	}
}

// flappy is an adapter that is connected again after losing its platform a few times.
type flappy struct{ reconnects int64 }

func (f *flappy) Ready() error      { return nil }
func (f *flappy) Reconnects() int64 { return f.reconnects }

func TestMetricsOnlyFromAllowedNetworks(t *testing.T) {
	_, ts := newTestServer(t, func(c *Config) { c.MetricsFrom = []string{"192.0.2.0/24"} })
	if r, _ := get(t, ts, "/metrics"); r.StatusCode != http.StatusForbidden {
		t.Errorf("/metrics from 127.0.0.1 outside metrics_from: %d, want 403", r.StatusCode)
	}
}

func TestMetricsFileIsOptional(t *testing.T) {
	m := NewMetrics()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, verify.LastReportFile), []byte("{broken"), 0o600); err != nil {
		t.Fatal(err)
	}
	s, err := New(DefaultConfig(), bot.New(kbtest.Shipped(t)), Options{Metrics: m, StateDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	mfs := scrape(t, newHTTPTest(t, s).URL, http.DefaultClient)
	if _, ok := mfs["boussole_kb_verify_findings"]; ok {
		t.Error("a broken report still gave findings")
	}
	if !strings.HasPrefix(mfs["boussole_questions_total"].GetHelp(), "Questions") && mfs["boussole_kb_entries"] == nil {
		t.Error("the other metrics are gone with the broken report")
	}
}

// TestMetricsFollowStoreReloads: a reload counts, a failed one raises the failing gauge
// while the previous KB keeps serving.
func TestMetricsFollowStoreReloads(t *testing.T) {
	dir := t.TempDir()
	if err := os.CopyFS(dir, data.FS); err != nil {
		t.Fatal(err)
	}
	g, err := geo.Load()
	if err != nil {
		t.Fatal(err)
	}
	st, err := store.Open(dir, g, nil)
	if err != nil {
		t.Fatal(err)
	}
	m := NewMetrics()
	b := bot.New(st.KB(), bot.WithStore(st), bot.WithObserver(m))
	s, err := New(DefaultConfig(), b, Options{Metrics: m})
	if err != nil {
		t.Fatal(err)
	}
	srv := newHTTPTest(t, s)
	if err := st.Reload(); err != nil {
		t.Fatal(err)
	}
	mfs := scrape(t, srv.URL, srv.Client())
	if v := value(mfs, "boussole_kb_reloads_total", nil); v != 1 {
		t.Errorf("reloads = %v, want 1", v)
	}
	if v := value(mfs, "boussole_kb_reload_failing", nil); v != 0 {
		t.Errorf("failing = %v after a good reload", v)
	}
	if err := os.WriteFile(filepath.Join(dir, "categories.yaml"), []byte("- id: [broken\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := st.Reload(); err == nil {
		t.Fatal("a broken file reloaded")
	}
	mfs = scrape(t, srv.URL, srv.Client())
	if v := value(mfs, "boussole_kb_reload_failing", nil); v != 1 {
		t.Errorf("failing = %v after a failed reload, want 1", v)
	}
	if v := value(mfs, "boussole_kb_reloads_total", nil); v != 1 {
		t.Errorf("reloads = %v after a failed reload, want still 1", v)
	}
}
