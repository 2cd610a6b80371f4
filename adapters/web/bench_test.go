// SPDX-License-Identifier: AGPL-3.0-or-later

package web

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"slices"
	"sync"
	"testing"
	"time"
)

// questions are a mix of what people ask: alternatives, providers near a place, a tool.
var questions = []string{
	"alternative à Google Drive ?", "qui peut installer Nextcloud à Rennes ?", "remplacer Microsoft Teams",
	"alternative to Slack", "prestataire GLPI à Lyon", "un logiciel libre pour la comptabilité",
	"hébergeur associatif en Bretagne", "alternative à Photoshop",
}

func askPaths() []string {
	out := make([]string, len(questions))
	for i, q := range questions {
		out[i] = "/api/v1/ask?q=" + url.QueryEscape(q)
	}
	return out
}

// BenchmarkAPIAsk is GET /api/v1/ask end to end in process: routing, rate limit, CORS,
// understanding, answering, JSON. It reports the median besides the mean.
func BenchmarkAPIAsk(b *testing.B) {
	s, _ := newTestServer(b, func(c *Config) { c.RateLimit = RateLimit{Burst: 1_000_000, Every: time.Millisecond} })
	h := s.Handler()
	paths := askPaths()
	took := make([]time.Duration, 0, b.N)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		req := httptest.NewRequest(http.MethodGet, paths[i%len(paths)], nil)
		w := httptest.NewRecorder()
		start := time.Now()
		h.ServeHTTP(w, req)
		took = append(took, time.Since(start))
		if w.Code != http.StatusOK {
			b.Fatalf("status %d", w.Code)
		}
	}
	slices.Sort(took)
	if len(took) > 0 {
		b.ReportMetric(float64(took[len(took)/2].Microseconds()), "median-µs")
	}
}

// TestLoad runs 10,000 requests from 100 clients against a real listener on 127.0.0.1 and
// prints the latency percentiles and the errors. It takes a while on a small machine, so
// it runs only with BOUSSOLE_LOAD=1:
//
//	BOUSSOLE_LOAD=1 go test -run TestLoad -v ./adapters/web
func TestLoad(t *testing.T) {
	if os.Getenv("BOUSSOLE_LOAD") != "1" {
		t.Skip("set BOUSSOLE_LOAD=1 to run the load test")
	}
	const clients, perClient = 100, 100
	_, ts := newTestServer(t, nil) // rate limit off: every client is 127.0.0.1 here
	paths := askPaths()
	tr := &http.Transport{MaxIdleConnsPerHost: clients}
	client := &http.Client{Transport: tr, Timeout: 10 * time.Second}
	defer tr.CloseIdleConnections()
	var mu sync.Mutex
	var took []time.Duration
	errs := 0
	var wg sync.WaitGroup
	start := time.Now()
	for c := range clients {
		wg.Go(func() {
			mine, bad := make([]time.Duration, 0, perClient), 0
			for i := range perClient {
				t0 := time.Now()
				resp, err := client.Get(ts.URL + paths[(c+i)%len(paths)])
				if err == nil {
					_, err = io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
					if resp.StatusCode != http.StatusOK {
						err = fmt.Errorf("status %d", resp.StatusCode)
					}
				}
				mine = append(mine, time.Since(t0))
				if err != nil {
					bad++
				}
			}
			mu.Lock()
			took, errs = append(took, mine...), errs+bad
			mu.Unlock()
		})
	}
	wg.Wait()
	wall := time.Since(start)
	slices.Sort(took)
	pct := func(p float64) time.Duration { return took[int(float64(len(took)-1)*p)] }
	t.Logf("%d requests from %d clients in %v (%.0f req/s): p50 %v, p90 %v, p99 %v, max %v, errors %d",
		len(took), clients, wall.Round(time.Millisecond), float64(len(took))/wall.Seconds(),
		pct(0.50), pct(0.90), pct(0.99), took[len(took)-1], errs)
	if errs > 0 {
		t.Errorf("%d errors", errs)
	}
}
