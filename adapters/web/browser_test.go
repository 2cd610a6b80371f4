// SPDX-License-Identifier: AGPL-3.0-or-later

package web

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// browserTools finds Debian's Chromium and axe-core (.ci/browser.sh installs both and
// prints BOUSSOLE_CHROMIUM and BOUSSOLE_AXE). In CI a missing one fails the test; on a
// developer's machine it skips with the command to run.
func browserTools(t *testing.T) (chromium, axe string) {
	t.Helper()
	if testing.Short() {
		t.Skip("browser tests skipped in -short mode")
	}
	missing := func(what string) {
		msg := what + " not found: run `eval \"$(bash .ci/browser.sh)\"` first"
		if os.Getenv("CI") == "true" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	chromium = os.Getenv("BOUSSOLE_CHROMIUM")
	if chromium == "" {
		chromium, _ = exec.LookPath("chromium")
	}
	if _, err := os.Stat(chromium); chromium == "" || err != nil {
		missing("Chromium (BOUSSOLE_CHROMIUM)")
	}
	axe = os.Getenv("BOUSSOLE_AXE")
	if _, err := os.Stat(axe); axe == "" || err != nil {
		missing("axe-core (BOUSSOLE_AXE)")
	}
	return chromium, axe
}

// newBrowser starts a headless Chromium with a fresh profile and no network of its own.
func newBrowser(t *testing.T, chromium string) context.Context {
	t.Helper()
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromium), chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true), chromedp.Flag("no-first-run", true),
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true), chromedp.Flag("accept-lang", "fr-FR,fr"),
		chromedp.UserDataDir(t.TempDir()), chromedp.WindowSize(1024, 800),
	}
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(alloc)
	t.Cleanup(func() { cancel(); cancelAlloc() })
	if err := chromedp.Do(ctx); err != nil { // starts the browser, without a timeout
		t.Fatalf("start %s: %v", chromium, err)
	}
	return ctx
}

// tab opens a new tab in the browser, its steps bounded by a timeout.
func tab(t *testing.T, browser context.Context) context.Context {
	t.Helper()
	ctx, cancel := chromedp.NewContext(browser)
	if err := chromedp.Do(ctx); err != nil {
		t.Fatal(err)
	}
	tctx, cancelT := context.WithTimeout(ctx, 20*time.Second)
	t.Cleanup(func() { cancelT(); cancel() })
	return tctx
}

func do(t *testing.T, ctx context.Context, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(ctx, steps...); err != nil {
		t.Fatal(err)
	}
}

func run[T any](t *testing.T, ctx context.Context, a chromedp.Action[T]) T {
	t.Helper()
	v, err := chromedp.Run(ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

var noScript = chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
	_, err := cdp.Call(ctx, t, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true})
	return err
})

func TestBrowser(t *testing.T) {
	chromium, axePath := browserTools(t)
	axeSrc, err := os.ReadFile(axePath)
	if err != nil {
		t.Fatal(err)
	}
	_, ts := newTestServer(t, nil)
	browser := newBrowser(t, chromium)
	for _, js := range []bool{true, false} {
		name := "with JavaScript"
		if !js {
			name = "without JavaScript"
		}
		t.Run(name+"/ask", func(t *testing.T) { browserAsk(t, tab(t, browser), ts.URL, js) })
		t.Run(name+"/directory and provider", func(t *testing.T) { browserDirectory(t, tab(t, browser), ts.URL, js) })
	}
	t.Run("keyboard only", func(t *testing.T) { browserKeyboard(t, tab(t, browser), ts.URL) })
	t.Run("widget", func(t *testing.T) { browserWidget(t, tab(t, browser), ts.URL) })
	t.Run("axe", func(t *testing.T) { browserAxe(t, tab(t, browser), ts.URL, string(axeSrc)) })
}

// browserAsk types a question and reads the answer: fetched in place with JavaScript (the
// page is not reloaded), by a plain GET form without.
func browserAsk(t *testing.T, ctx context.Context, base string, js bool) {
	if !js {
		do(t, ctx, noScript)
	}
	do(t, ctx, chromedp.Navigate(base+"/"), chromedp.WaitVisible(chromedp.CSS("#q")))
	if js {
		do(t, ctx, chromedp.Evaluate[chromedp.Void](`window.samePage = true`))
	}
	do(t, ctx, chromedp.SendKeys(chromedp.CSS("#q"), "qui peut installer Nextcloud à Rennes ?"),
		chromedp.Click(chromedp.CSS("form.ask button")),
		chromedp.WaitVisible(chromedp.CSS("#answer section.answer")))
	text := run(t, ctx, chromedp.Text(chromedp.CSS("#answer")))
	if !strings.Contains(text, "Nextcloud") || !strings.Contains(text, "Prestataires") {
		t.Fatalf("answer: %q", text)
	}
	loc := run(t, ctx, chromedp.Location())
	if u, _ := url.Parse(loc); u == nil || u.Query().Get("q") == "" {
		t.Errorf("the address %s does not keep the question (bookmark, back button)", loc)
	}
	if js {
		if same := run(t, ctx, chromedp.Evaluate[bool](`window.samePage === true`)); !same {
			t.Error("the page reloaded: the script did not fetch the answer in place")
		}
		// A follow-up in the same conversation completes the previous question.
		do(t, ctx, chromedp.Evaluate[chromedp.Void](`document.getElementById("q").value = ""`), chromedp.SendKeys(chromedp.CSS("#q"), "et à Lyon ?"),
			chromedp.Click(chromedp.CSS("form.ask button")))
		waitText(t, ctx, "#answer-title", "Lyon")
	}
}

// waitText polls until the element's text contains want.
func waitText(t *testing.T, ctx context.Context, sel, want string) {
	t.Helper()
	var got string
	for range 100 {
		got, _ = chromedp.Run(ctx, chromedp.Text(chromedp.CSS(sel)))
		if strings.Contains(got, want) {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("%s: %q, want %q in it", sel, got, want)
}

// browserDirectory filters the directory by region and tool, then opens a provider and
// reads its sources.
func browserDirectory(t *testing.T, ctx context.Context, base string, js bool) {
	if !js {
		do(t, ctx, noScript)
	}
	do(t, ctx, chromedp.Navigate(base+"/prestataires"), chromedp.WaitVisible(chromedp.CSS("#f-region")),
		chromedp.SetValue(chromedp.CSS("#f-region"), "53"), chromedp.SetValue(chromedp.CSS("#f-tool"), "nextcloud"),
		chromedp.Click(chromedp.CSS("form.filters button")))
	waitLocation(t, ctx, "tool=nextcloud")
	do(t, ctx, chromedp.WaitVisible(chromedp.CSS("#results")))
	results := run(t, ctx, chromedp.Text(chromedp.CSS("#results")))
	if !strings.Contains(results, "Infini") {
		t.Fatalf("Bretagne + Nextcloud: %q, want Infini (Brest)", results)
	}
	do(t, ctx, chromedp.Click(chromedp.CSS("#results li a")), chromedp.WaitVisible(chromedp.CSS("#why")))
	h1 := run(t, ctx, chromedp.Text(chromedp.CSS("h1")))
	sources := run(t, ctx, chromedp.Text(chromedp.CSS("ul.sources")))
	if h1 == "" || !strings.Contains(sources, "http") {
		t.Fatalf("provider page %q: sources %q", h1, sources)
	}
	why := run(t, ctx, chromedp.Text(chromedp.CSS("#why")))
	if why != "Pourquoi Boussole le recommande" {
		t.Errorf("sources heading %q", why)
	}
}

func waitLocation(t *testing.T, ctx context.Context, want string) {
	t.Helper()
	var loc string
	for range 100 {
		loc, _ = chromedp.Run(ctx, chromedp.Location())
		if strings.Contains(loc, want) {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("location %s, want %s in it", loc, want)
}

// browserKeyboard reaches the question box with Tab alone, asks with Enter, and checks
// that the skip link comes first and that focus is visible.
func browserKeyboard(t *testing.T, ctx context.Context, base string) {
	do(t, ctx, chromedp.Navigate(base+"/"), chromedp.WaitVisible(chromedp.CSS("#q")), chromedp.KeyEvent(kb.Tab))
	if first := run(t, ctx, chromedp.Evaluate[string](`document.activeElement.className`)); first != "skip" {
		t.Errorf("first Tab stop: %q, want the skip link", first)
	}
	if outline := run(t, ctx, chromedp.Evaluate[string](`getComputedStyle(document.activeElement).outlineStyle`)); outline == "none" {
		t.Error("the focused skip link has no visible outline")
	}
	for i := 0; ; i++ {
		if id := run(t, ctx, chromedp.Evaluate[string](`document.activeElement.id`)); id == "q" {
			break
		}
		if i == 10 {
			t.Fatal("10 Tab presses did not reach the question box")
		}
		do(t, ctx, chromedp.KeyEvent(kb.Tab))
	}
	do(t, ctx, chromedp.KeyEvent("alternative à Photoshop"), chromedp.KeyEvent(kb.Enter),
		chromedp.WaitVisible(chromedp.CSS("#answer section.answer")))
	if text := run(t, ctx, chromedp.Text(chromedp.CSS("#answer"))); !strings.Contains(text, "GIMP") {
		t.Fatalf("answer: %q", text)
	}
}

// browserWidget loads a page that embeds the widget with its one script tag.
func browserWidget(t *testing.T, ctx context.Context, base string) {
	// The host page is another site (another origin), as for a cluster's website.
	site := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = w.Write([]byte(`<!DOCTYPE html><html lang="fr"><title>Site</title><main><h1>Site</h1>` +
			`<script src="` + base + `/widget.js" data-region="53"></script></main></html>`))
	}))
	defer site.Close()
	do(t, ctx, chromedp.Navigate(site.URL), chromedp.WaitVisible(chromedp.CSS("iframe")))
	waitFrameLoaded(t, ctx)
	src := run(t, ctx, chromedp.Evaluate[string](`document.querySelector("iframe").src`))
	title := run(t, ctx, chromedp.Evaluate[string](`document.querySelector("iframe").title`))
	if !strings.HasPrefix(src, base+"/widget?region=53") || title == "" {
		t.Fatalf("iframe src %q title %q", src, title)
	}
	do(t, ctx, chromedp.Navigate(base+"/widget?region=53"), chromedp.WaitVisible(chromedp.CSS("#q")),
		chromedp.SendKeys(chromedp.CSS("#q"), "qui peut héberger Nextcloud ?"), chromedp.Click(chromedp.CSS("form.ask button")),
		chromedp.WaitVisible(chromedp.CSS("#answer section.answer")))
	if text := run(t, ctx, chromedp.Text(chromedp.CSS("#answer"))); !strings.Contains(text, "Bretagne") {
		t.Fatalf("widget answer is not limited to Bretagne: %q", text)
	}
}

// axePages are every kind of page, in the states a visitor sees.
var axePages = []string{
	"/", "/?q=" + url.QueryEscape("qui peut installer Nextcloud à Rennes ?"), "/?q=" + url.QueryEscape("alternative à Google Drive"),
	"/prestataires", "/prestataires?region=53&tool=nextcloud", "/prestataires?page=2", "/prestataires/infini",
	"/outils/nextcloud", "/widget?region=53", "/widget?region=53&q=nextcloud", "/no-such-page", "/?lang=en&q=" + url.QueryEscape("alternative to Slack"),
}

// browserAxe runs axe-core on every page: RGAA is WCAG 2.1 AA, plus axe's best practices.
func browserAxe(t *testing.T, ctx context.Context, base, axeSrc string) {
	const check = `axe.run(document, {runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]}})
		.then(r => JSON.stringify(r.violations.map(v => ({id: v.id, help: v.help, nodes: v.nodes.map(n => n.target.join(" ")).slice(0, 3)}))))`
	// First, axe must see a planted fault (an input without a label), or a pass means nothing.
	do(t, ctx, chromedp.Navigate(base+"/"), chromedp.WaitVisible(chromedp.CSS("h1")), chromedp.Evaluate[chromedp.Void](axeSrc),
		chromedp.Evaluate[chromedp.Void](`document.querySelector("main").appendChild(document.createElement("input"))`))
	if out := run(t, ctx, chromedp.Evaluate[string](check, chromedp.EvalAwaitPromise)); !strings.Contains(out, `"label"`) {
		t.Fatalf("axe did not report an unlabelled input: %s", out)
	}
	for _, p := range axePages {
		do(t, ctx, chromedp.Navigate(base+p), chromedp.WaitVisible(chromedp.CSS("h1")),
			chromedp.Evaluate[chromedp.Void](axeSrc))
		out := run(t, ctx, chromedp.Evaluate[string](check, chromedp.EvalAwaitPromise))
		var violations []map[string]any
		if err := json.Unmarshal([]byte(out), &violations); err != nil {
			t.Fatal(err)
		}
		for _, v := range violations {
			t.Errorf("%s: %v", p, v)
		}
	}
}

// waitFrameLoaded waits until the widget's frame shows its question box: the server let
// another site frame it.
func waitFrameLoaded(t *testing.T, ctx context.Context) {
	t.Helper()
	for range 100 {
		n, err := chromedp.Run(ctx, chromedp.Evaluate[int](`(() => { try { return window.frames[0].document.querySelectorAll("#q").length } catch (e) { return -1 } })()`))
		if err == nil && n == -1 {
			return // cross-origin: the frame loaded a page we may not read, which is the point
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatal("the widget frame did not load")
}
