// SPDX-License-Identifier: AGPL-3.0-or-later

package bot

import (
	"fmt"
	"io/fs"
	"runtime"
	"sort"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/boussole-libre/boussole/knowledge"
	"github.com/boussole-libre/boussole/knowledge/data"
)

// benchQuestions mixes the kinds of messages the bot gets: products, typos, needs,
// providers with places, English, small talk.
var benchQuestions = []string{
	"alternative à Google Drive ?",
	"altrenative a gogle docs",
	"un outil de sondage libre ?",
	"qui peut installer Nextcloud près de Nantes ?",
	"who can host Jitsi in Brittany?",
	"bonne journée !",
	"alternative à Blorptastic",
	"un logiciel libre pour la compta ?",
	"prestataire dans le 35",
	"une appli comme whatsapp mais éthique",
}

// adversarialQuestions are the worst messages a hostile user can send within the platform
// limits: one 990-letter word, a 4,000-character paste of long words, a wall of typos,
// links glued to words, a long option value. They must cost about what a question costs.
var adversarialQuestions = []string{
	strings.Repeat("a", 990),
	"alternative à " + strings.Repeat("krantzblorpix", 300),
	strings.Repeat("abcdefghijklmnopqrstuvwxyzabcdefghijkl ", 100),
	strings.Repeat("gogle drvie altrenative prestatire ", 60),
	strings.Repeat("x(https://evil.example/login) [a](https://b.c) @everyone ", 40),
	"qui peut installer " + strings.Repeat("Nextclod ", 200) + " à " + strings.Repeat("Rennnes ", 100),
}

func benchAsk(b *testing.B, bt *Bot) { benchQuestionsAsk(b, bt, benchQuestions) }

func benchQuestionsAsk(b *testing.B, bt *Bot, questions []string) {
	b.ReportAllocs()
	durations := make([]time.Duration, 0, 1<<16)
	i := 0
	for b.Loop() {
		q := questions[i%len(questions)]
		i++
		start := time.Now()
		bt.Ask(q)
		if len(durations) < cap(durations) {
			durations = append(durations, time.Since(start))
		}
	}
	sort.Slice(durations, func(a, c int) bool { return durations[a] < durations[c] })
	if n := len(durations); n > 0 {
		b.ReportMetric(float64(durations[n/2].Nanoseconds())/1000, "median-µs")
		b.ReportMetric(float64(durations[n*99/100].Nanoseconds())/1000, "p99-µs")
	}
}

// BenchmarkAsk answers questions on the shipped KB (target: median under 50 µs).
func BenchmarkAsk(b *testing.B) {
	bt := New(shippedKB(b))
	for _, q := range benchQuestions { // warm lazily built indexes
		bt.Ask(q)
	}
	benchAsk(b, bt)
}

// BenchmarkAskAdversarial answers hostile messages on the shipped KB: the typo search is
// bounded by design, so the worst message costs about as much as a normal one.
func BenchmarkAskAdversarial(b *testing.B) {
	bt := New(shippedKB(b))
	for _, q := range benchQuestions {
		bt.Ask(q)
	}
	benchQuestionsAsk(b, bt, adversarialQuestions)
}

// BenchmarkProvidersLongOption runs /prestataires with a 2 KB place option, which the
// place resolver once typo-corrected whole (5.9 GB for one request).
func BenchmarkProvidersLongOption(b *testing.B) {
	bt := New(shippedKB(b))
	long := strings.Repeat("Bretagnee", 230)
	b.ReportAllocs()
	for b.Loop() {
		bt.Run("prestataires", Call{Args: map[string]string{"région": long}, Lang: French})
	}
}

// BenchmarkAskLargeKB answers on a synthetic KB with 10× the tools and products and 100×
// the providers of the shipped one (target: under 500 µs).
func BenchmarkAskLargeKB(b *testing.B) {
	kb := largeKB(b)
	b.Logf("synthetic KB: %d tools, %d products, %d providers", len(kb.Tools), len(kb.Products), len(kb.Providers))
	bt := New(kb)
	for _, q := range benchQuestions {
		bt.Ask(q)
	}
	benchAsk(b, bt)
}

// BenchmarkLoad loads the geography and the shipped KB, as the binary does at start
// (target: under 100 ms), and reports the live heap afterwards (target: under 40 MB).
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	var kb *knowledge.KB
	for b.Loop() {
		var err error
		if kb, err = data.Load(); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	// The heap a fresh process holds for the geography and the KB, with the first
	// questions answered (lazy indexes built): measured as a difference, because other
	// benchmarks in this process keep their own KBs alive.
	kb = nil
	before := liveHeap()
	kb, err := data.Load()
	if err != nil {
		b.Fatal(err)
	}
	bt := New(kb)
	for _, q := range benchQuestions {
		bt.Ask(q)
	}
	b.ReportMetric(liveHeap()-before, "heap-MB")
	runtime.KeepAlive(bt)
}

func liveHeap() float64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return float64(m.HeapAlloc) / (1 << 20)
}

// largeKB builds the synthetic KB from the shipped one: each tool and product copied 9 more
// times under new names, each provider 99 more times in other départements.
func largeKB(tb testing.TB) *knowledge.KB {
	tb.Helper()
	base := shippedKB(tb)
	deps := base.Geo.Departements()
	type m = map[string]any
	var cats, tools, products, providers []m
	for _, c := range base.Categories {
		cats = append(cats, m{"id": c.ID, "name": c.Name, "keywords": c.Keywords})
	}
	for k := 0; k < 10; k++ {
		suffix := func(id string) string {
			if k == 0 {
				return id
			}
			return fmt.Sprintf("%s-v%d", id, k)
		}
		name := func(n string) string {
			if k == 0 {
				return n
			}
			return fmt.Sprintf("%s Variante%c", n, 'a'+k)
		}
		for _, t := range base.Tools {
			tools = append(tools, m{"id": suffix(t.ID), "name": name(t.Name), "description": t.Description,
				"license": t.License, "website": t.Website, "categories": t.Categories, "popularity": t.Popularity})
		}
		for _, p := range base.Products {
			var alts []string
			for _, a := range p.Alternatives {
				alts = append(alts, suffix(a.Tool))
			}
			var aliases []string
			for _, a := range p.Aliases {
				aliases = append(aliases, name(a))
			}
			products = append(products, m{"id": suffix(p.ID), "name": name(p.Name), "vendor": p.Vendor,
				"aliases": aliases, "categories": p.Categories, "alternatives": alts})
		}
	}
	n := 0
	for k := 0; k < 100; k++ {
		for _, p := range base.Providers {
			n++
			d := deps[n%len(deps)]
			var src []m
			for _, s := range p.Sources {
				src = append(src, m{"url": s.URL, "date": s.When()})
			}
			providers = append(providers, m{"id": fmt.Sprintf("%s-%d", p.ID, k), "name": fmt.Sprintf("%s %d", p.Name, k),
				"kind": p.Kind, "website": p.Website, "services": p.Services, "tools": p.Tools,
				"establishments": []m{{"departement": d.Code}}, "sources": src})
		}
	}
	fsys := fstest.MapFS{}
	for name, v := range map[string]m{"categories.yaml": {"categories": cats}, "tools.yaml": {"tools": tools},
		"products.yaml": {"products": products}, "providers.yaml": {"providers": providers}} {
		b, err := yaml.Marshal(v)
		if err != nil {
			tb.Fatal(err)
		}
		fsys[name] = &fstest.MapFile{Data: b}
	}
	kb, err := knowledge.Load(fs.FS(fsys), base.Geo)
	if err != nil {
		tb.Fatalf("synthetic KB: %v", err)
	}
	return kb
}
