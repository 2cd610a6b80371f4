// SPDX-License-Identifier: AGPL-3.0-or-later

package discord

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/boussole-libre/boussole/adapters/guard/guardtest"
	"github.com/boussole-libre/boussole/bot"
	"github.com/boussole-libre/boussole/knowledge"
	"github.com/boussole-libre/boussole/knowledge/data"
	"github.com/boussole-libre/boussole/knowledge/geo"
)

// lockedBuffer collects logs from concurrent handlers.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// shippedKB loads the shipped knowledge base once for all tests; it is read-only.
var shippedKB = sync.OnceValues(func() (*knowledge.KB, error) {
	g, err := geo.Load()
	if err != nil {
		return nil, err
	}
	kb, err := knowledge.Load(data.FS, g)
	if err == nil {
		kb.Index().Warm() // as the binary does at start: no test's first answer pays for it
	}
	return kb, err
})

func loadBot(t *testing.T) *bot.Bot {
	t.Helper()
	kb, err := shippedKB()
	if err != nil {
		t.Fatalf("loading the shipped KB: %v", err)
	}
	return bot.New(kb)
}

// harness runs a real Adapter (and so a real discordgo.Session) against a fake Discord.
type harness struct {
	f    *fakeDiscord
	a    *Adapter
	b    *bot.Bot
	logs *lockedBuffer
	stop func() error
}

type option func(*Config, *Adapter)

func start(t *testing.T, opts ...option) *harness {
	t.Helper()
	logs := &lockedBuffer{}
	t.Cleanup(func() {
		if t.Failed() {
			t.Logf("adapter logs:\n%s", logs.String())
		}
	})
	f := newFakeDiscord(t)
	t.Cleanup(f.close)
	b := loadBot(t)
	cfg := Config{Enabled: true, Token: f.token, APIURL: f.srv.URL, RateLimit: RateLimit{Burst: 100, Every: time.Second}}
	for _, o := range opts {
		o(&cfg, nil)
	}
	a, err := New(cfg, b, slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug})))
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	for _, o := range opts {
		o(nil, a)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- a.Run(ctx) }()
	var once sync.Once
	var runErr error
	stop := func() error {
		once.Do(func() {
			cancel()
			select {
			case runErr = <-done:
			case <-time.After(10 * time.Second):
				t.Errorf("Run did not return after cancel")
			}
		})
		return runErr
	}
	t.Cleanup(func() {
		if err := stop(); err != nil {
			t.Errorf("Run returned %v after cancel, want nil", err)
		}
	})
	scopes := max(1, len(cfg.Guilds))
	f.waitCalls(t, "PUT", "/applications/", scopes)
	return &harness{f: f, a: a, b: b, logs: logs, stop: stop}
}

func withConfig(fn func(*Config)) option {
	return func(c *Config, _ *Adapter) {
		if c != nil {
			fn(c)
		}
	}
}

func withAdapter(fn func(*Adapter)) option {
	return func(_ *Config, a *Adapter) {
		if a != nil {
			fn(a)
		}
	}
}

// message builds a MESSAGE_CREATE payload.
func message(id, channel, guild, author, content string, mentions ...string) map[string]any {
	m := map[string]any{"id": id, "channel_id": channel, "type": 0, "content": content,
		"author": map[string]any{"id": author, "username": "user" + author, "discriminator": "0"}}
	if guild != "" {
		m["guild_id"] = guild
	}
	var ms []any
	for _, u := range mentions {
		ms = append(ms, map[string]any{"id": u, "username": "someone"})
	}
	m["mentions"] = ms
	return m
}

// sent is a message the bot posted, as Discord received it.
type sent struct {
	Content         string                    `json:"content"`
	Embeds          []*discordgo.MessageEmbed `json:"embeds"`
	Components      []row                     `json:"components"`
	AllowedMentions *struct {
		Parse json.RawMessage `json:"parse"`
		Users []string        `json:"users"`
		Roles []string        `json:"roles"`
	} `json:"allowed_mentions"`
	Reference *struct {
		MessageID string `json:"message_id"`
	} `json:"message_reference"`
	Flags int `json:"flags"`
}

type row struct {
	Type       int `json:"type"`
	Components []struct {
		Type     int    `json:"type"`
		Label    string `json:"label"`
		CustomID string `json:"custom_id"`
		Disabled bool   `json:"disabled"`
	} `json:"components"`
}

type callback struct {
	Type int `json:"type"`
	Data struct {
		sent
		Choices []struct {
			Name  string `json:"name"`
			Value any    `json:"value"`
		} `json:"choices"`
	} `json:"data"`
}

func decode[T any](t *testing.T, b []byte) T {
	t.Helper()
	var v T
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatalf("decoding %s: %v", b, err)
	}
	return v
}

// repliesTo returns the messages posted in reply to message id.
func (h *harness) repliesTo(t *testing.T, channel, id string) []sent {
	t.Helper()
	var out []sent
	for _, r := range h.f.calls("POST", "/channels/"+channel+"/messages") {
		if r.Status != 200 {
			continue
		}
		s := decode[sent](t, r.Body)
		if s.Reference != nil && s.Reference.MessageID == id {
			out = append(out, s)
		}
	}
	return out
}

// waitReply waits for the bot's reply to message id.
func (h *harness) waitReply(t *testing.T, channel, id string) sent {
	t.Helper()
	h.f.waitFor(t, "a reply to "+id, 5*time.Second, func() bool {
		for _, r := range h.f.recs {
			if r.Method == "POST" && r.Path == "/channels/"+channel+"/messages" && r.Status == 200 && strings.Contains(string(r.Body), `"message_id":"`+id+`"`) {
				return true
			}
		}
		return false
	})
	return h.repliesTo(t, channel, id)[0]
}

// sentinel sends a DM from a fresh user and waits for its answer: events are handled in
// order of arrival closely enough that anything sent before has been processed by then.
func (h *harness) sentinel(t *testing.T, id string) {
	t.Helper()
	h.f.dispatch(t, "MESSAGE_CREATE", message(id, "dm-sentinel", "", "sentinel-"+id, "aide"))
	h.waitReply(t, "dm-sentinel", id)
	time.Sleep(50 * time.Millisecond)
}

func newInteraction(id, user, locale string, typ int, data map[string]any) map[string]any {
	return map[string]any{"id": id, "application_id": "200", "type": typ, "token": "tok-" + id, "version": 1,
		"guild_id": "g1", "channel_id": "c1", "locale": locale, "data": data,
		"member": map[string]any{"user": map[string]any{"id": user, "username": "user" + user}, "permissions": "0"}}
}

func command(name string, opts ...map[string]any) map[string]any {
	return map[string]any{"id": "cmd-" + name, "name": name, "type": 1, "options": opts}
}

func opt(name string, value any) map[string]any {
	return map[string]any{"name": name, "type": 3, "value": value}
}

func focused(name string, value any) map[string]any {
	return map[string]any{"name": name, "type": 3, "value": value, "focused": true}
}

// waitCallback waits for the response to interaction id.
func (h *harness) waitCallback(t *testing.T, id string) callback {
	t.Helper()
	rs := h.f.waitCalls(t, "POST", "/interactions/"+id+"/", 1)
	return decode[callback](t, rs[0].Body)
}

func embedText(e *discordgo.MessageEmbed) string {
	var b strings.Builder
	b.WriteString(e.Title + "\n" + e.Description + "\n")
	for _, f := range e.Fields {
		b.WriteString(f.Name + "\n" + f.Value + "\n")
	}
	if e.Footer != nil {
		b.WriteString(e.Footer.Text)
	}
	return b.String()
}

func assertNoPing(t *testing.T, s sent) {
	t.Helper()
	if s.AllowedMentions == nil || string(s.AllowedMentions.Parse) != "[]" || len(s.AllowedMentions.Users) > 0 || len(s.AllowedMentions.Roles) > 0 {
		t.Errorf("allowed_mentions = %+v, want parse=[] and nothing else", s.AllowedMentions)
	}
}

func TestMentionGetsEmbedAnswer(t *testing.T) {
	t.Parallel()
	h := start(t)
	h.f.dispatch(t, "MESSAGE_CREATE", message("m1", "c1", "g1", "u1", "<@100> alternative à Google Drive ?", "100"))
	h.f.dispatch(t, "MESSAGE_CREATE", message("m2", "c1", "g1", "u2", "<@!100> une alternative à Teams ?", "100"))
	for _, id := range []string{"m1", "m2"} {
		s := h.waitReply(t, "c1", id)
		if len(s.Embeds) != 1 {
			t.Fatalf("%s: want one embed, got %d (content %q)", id, len(s.Embeds), s.Content)
		}
		assertNoPing(t, s)
	}
	e := h.repliesTo(t, "c1", "m1")[0].Embeds[0]
	if !strings.Contains(e.Title, "Google Drive") || !strings.Contains(embedText(e), "Nextcloud") {
		t.Errorf("answer to the Google Drive question:\n%s", embedText(e))
	}
}

func TestDirectMessageGetsAnswer(t *testing.T) {
	t.Parallel()
	h := start(t)
	h.f.dispatch(t, "MESSAGE_CREATE", message("d1", "dm1", "", "u1", "alternative à Google Drive ?"))
	s := h.waitReply(t, "dm1", "d1")
	if len(s.Embeds) != 1 || !strings.Contains(embedText(s.Embeds[0]), "Nextcloud") {
		t.Errorf("DM answer: %+v", s)
	}
	// A bare greeting in a DM is addressed to the bot: it gets the short nudge.
	h.f.dispatch(t, "MESSAGE_CREATE", message("d2", "dm1", "", "u1", "bonjour"))
	if s := h.waitReply(t, "dm1", "d2"); !strings.Contains(embedText(s.Embeds[0]), "/aide") {
		t.Errorf("nudge: %s", embedText(s.Embeds[0]))
	}
}

func TestMessagesNotForTheBotGetNothing(t *testing.T) {
	t.Parallel()
	h := start(t)
	// In a guild without a mention (no message content intent: Discord would not even
	// send the text, but the bot must not answer either way).
	h.f.dispatch(t, "MESSAGE_CREATE", message("n1", "c1", "g1", "u1", "alternative à Google Drive ?"))
	// Mentioning someone else.
	h.f.dispatch(t, "MESSAGE_CREATE", message("n2", "c1", "g1", "u1", "<@555> alternative à Google Drive ?", "555"))
	// Another bot mentioning us: no bot loops.
	other := message("n3", "c1", "g1", "u9", "<@100> alternative à Google Drive ?", "100")
	other["author"].(map[string]any)["bot"] = true
	h.f.dispatch(t, "MESSAGE_CREATE", other)
	// Our own message.
	h.f.dispatch(t, "MESSAGE_CREATE", message("n4", "c1", "g1", "100", "<@100> alternative à Google Drive ?", "100"))
	// @everyone is not a mention of the bot.
	h.f.dispatch(t, "MESSAGE_CREATE", message("n5", "c1", "g1", "u1", "@everyone alternative à Google Drive ?"))
	h.sentinel(t, "s1")
	if n := len(h.f.calls("POST", "/channels/c1/")); n != 0 {
		t.Errorf("the bot posted %d messages in c1, want none:\n%s", n, h.f.dump())
	}
}

func TestEveryoneIsNeverPinged(t *testing.T) {
	t.Parallel()
	h := start(t)
	h.f.dispatch(t, "MESSAGE_CREATE", message("e1", "c1", "g1", "u1", "<@100> @everyone @here <@&777> <@555> alternative à Google Drive ?", "100", "555"))
	s := h.waitReply(t, "c1", "e1")
	assertNoPing(t, s)
	// Interaction answers too.
	h.f.dispatch(t, "INTERACTION_CREATE", newInteraction("i-e", "u1", "fr", 2, command("alternative", opt("produit", "@everyone Google Drive"))))
	cb := h.waitCallback(t, "i-e")
	assertNoPing(t, cb.Data.sent)
}

func TestProvidersCommandInBretagne(t *testing.T) {
	t.Parallel()
	h := start(t)
	h.f.dispatch(t, "INTERACTION_CREATE", newInteraction("i1", "u1", "fr", 2, command("prestataires", opt("région", "35"))))
	cb := h.waitCallback(t, "i1")
	if cb.Type != 4 || len(cb.Data.Embeds) != 1 {
		t.Fatalf("callback type %d with %d embeds, want 4 with one embed", cb.Type, len(cb.Data.Embeds))
	}
	assertNoPing(t, cb.Data.sent)
	e := cb.Data.Embeds[0]
	text := embedText(e)
	if !strings.Contains(e.Title, "Ille-et-Vilaine") {
		t.Errorf("title %q does not name the place asked", e.Title)
	}
	want := bot.ProvidersFor(h.b.KB(), bot.ProvidersArgs{Place: "35"}, bot.French)
	breton := 0
	for _, p := range want.Providers {
		if p.RegionCode == "53" {
			breton++
			if !strings.Contains(text, p.Name) {
				t.Errorf("Breton provider %q missing from the answer:\n%s", p.Name, text)
			}
		}
	}
	if breton == 0 {
		t.Fatalf("no provider in Bretagne for 35 in the KB; answer:\n%s", text)
	}
	for _, bad := range []string{"Paris (75)", "Lyon (69)"} {
		if strings.Contains(text, bad) {
			t.Errorf("answer lists a provider from %s", bad)
		}
	}
}

func TestPaginationOnlyForTheAsker(t *testing.T) {
	t.Parallel()
	h := start(t)
	want := bot.ProvidersFor(h.b.KB(), bot.ProvidersArgs{Place: "35"}, bot.French)
	if want.Pages < 2 {
		t.Skipf("the KB has a single page for 35 (%d providers)", want.Total)
	}
	h.f.dispatch(t, "INTERACTION_CREATE", newInteraction("p1", "u1", "fr", 2, command("prestataires", opt("région", "35"))))
	cb := h.waitCallback(t, "p1")
	if len(cb.Data.Components) != 1 || len(cb.Data.Components[0].Components) != 2 {
		t.Fatalf("want one row of two buttons, got %+v", cb.Data.Components)
	}
	prev, next := cb.Data.Components[0].Components[0], cb.Data.Components[0].Components[1]
	if prev.Label != "Précédent" || !prev.Disabled || next.Label != "Suivant" || next.Disabled {
		t.Errorf("buttons on page 1: %+v / %+v", prev, next)
	}
	if !strings.Contains(next.CustomID, "u1") || len(next.CustomID) > 100 {
		t.Errorf("custom_id %q must name the asker and fit 100 characters", next.CustomID)
	}
	press := func(id, user string) callback {
		h.f.dispatch(t, "INTERACTION_CREATE", newInteraction(id, user, "fr", 3, map[string]any{"custom_id": next.CustomID, "component_type": 2}))
		return h.waitCallback(t, id)
	}
	other := press("p2", "u2")
	if other.Type != 4 || other.Data.Flags&64 == 0 || len(other.Data.Embeds) != 0 || !strings.Contains(other.Data.Content, "Seule la personne") {
		t.Errorf("another user's press: type %d flags %d content %q, want an ephemeral refusal", other.Type, other.Data.Flags, other.Data.Content)
	}
	assertNoPing(t, other.Data.sent)
	mine := press("p3", "u1")
	if mine.Type != 7 || len(mine.Data.Embeds) != 1 {
		t.Fatalf("asker's press: type %d, want 7 (update) with an embed", mine.Type)
	}
	if f := mine.Data.Embeds[0].Footer; f == nil || !strings.Contains(f.Text, "Page 2/") {
		t.Errorf("page 2 footer: %+v", f)
	}
	assertNoPing(t, mine.Data.sent)
}

func TestAutocomplete(t *testing.T) {
	t.Parallel()
	h := start(t)
	cases := []struct {
		id, cmd, option, typed, want string
	}{
		{"a1", "outil", "nom", "nex", "Nextcloud"},
		{"a2", "prestataires", "région", "bre", "Bretagne"},
		{"a3", "prestataires", "outil", "nex", "Nextcloud"},
		{"a4", "alternative", "produit", "goo", "Google"},
	}
	for _, c := range cases {
		h.f.dispatch(t, "INTERACTION_CREATE", newInteraction(c.id, "u1", "fr", 4, command(c.cmd, focused(c.option, c.typed))))
	}
	for _, c := range cases {
		cb := h.waitCallback(t, c.id)
		if cb.Type != 8 {
			t.Errorf("%s: callback type %d, want 8", c.id, cb.Type)
		}
		if n := len(cb.Data.Choices); n == 0 || n > 25 {
			t.Errorf("%s %q: %d choices, want 1..25", c.option, c.typed, n)
		}
		found := false
		for _, ch := range cb.Data.Choices {
			v, _ := ch.Value.(string)
			if len([]rune(ch.Name)) > 100 || len([]rune(v)) > 100 || ch.Name == "" || v == "" {
				t.Errorf("%s: choice %+v breaks the 1..100 limits", c.id, ch)
			}
			found = found || strings.Contains(ch.Name, c.want)
		}
		if !found {
			t.Errorf("%s %q: no choice mentions %s: %+v", c.option, c.typed, c.want, cb.Data.Choices)
		}
	}
}

func TestReconnectAfterDrop(t *testing.T) {
	t.Parallel()
	h := start(t)
	h.f.dispatch(t, "MESSAGE_CREATE", message("r1", "c1", "g1", "u1", "<@100> alternative à Google Drive ?", "100"))
	h.waitReply(t, "c1", "r1")
	if err := h.a.Ready(); err != nil || h.a.Reconnects() != 0 {
		t.Fatalf("connected: Ready() = %v, %d reconnects", err, h.a.Reconnects())
	}
	seq := h.f.lastSeq()
	h.f.drop(t)
	h.f.waitFor(t, "a RESUME", 10*time.Second, func() bool { return len(h.f.resumes) > 0 })
	h.f.mu.Lock()
	res := h.f.resumes[0]
	h.f.mu.Unlock()
	if res.SessionID != h.f.sessionID || res.Seq != seq {
		t.Errorf("resume %+v, want session %s seq %d", res, h.f.sessionID, seq)
	}
	h.f.dispatch(t, "MESSAGE_CREATE", message("r2", "c1", "g1", "u1", "<@100> une alternative à Teams ?", "100"))
	if s := h.waitReply(t, "c1", "r2"); len(s.Embeds) != 1 {
		t.Errorf("answer after reconnect: %+v", s)
	}
	if err := h.a.Ready(); err != nil || h.a.Reconnects() != 1 {
		t.Errorf("after the resume: Ready() = %v, %d reconnects, want nil and 1", err, h.a.Reconnects())
	}
}

func TestNotReadyBeforeTheGateway(t *testing.T) {
	t.Parallel()
	f := newFakeDiscord(t)
	t.Cleanup(f.close)
	a, err := New(Config{Enabled: true, Token: f.token, APIURL: f.srv.URL}, loadBot(t), slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	if err := a.Ready(); err == nil {
		t.Error("Ready() = nil before Run connected to the gateway")
	}
}

func TestFloodIsLimited(t *testing.T) {
	t.Parallel()
	h := start(t, withConfig(func(c *Config) { c.RateLimit = RateLimit{Burst: 2, Every: time.Hour} }))
	for _, id := range []string{"f1", "f2", "f3", "f4", "f5", "f6"} {
		h.f.dispatch(t, "MESSAGE_CREATE", message(id, "c1", "g1", "u1", "<@100> alternative à Google Drive ?", "100"))
	}
	h.f.waitCalls(t, "POST", "/channels/c1/messages", 3)
	h.sentinel(t, "s1")
	var answers, notices int
	for _, r := range h.f.calls("POST", "/channels/c1/messages") {
		s := decode[sent](t, r.Body)
		assertNoPing(t, s)
		switch {
		case len(s.Embeds) == 1:
			answers++
		case strings.Contains(s.Content, "Doucement"):
			notices++
		default:
			t.Errorf("unexpected message %+v", s)
		}
	}
	if answers != 2 || notices != 1 {
		t.Errorf("flood of 6: %d answers and %d notices, want 2 and 1", answers, notices)
	}
	// Commands are limited too, with a note only the person sees.
	h.f.dispatch(t, "INTERACTION_CREATE", newInteraction("fi", "u1", "fr", 2, command("aide")))
	if cb := h.waitCallback(t, "fi"); cb.Data.Flags&64 == 0 || !strings.Contains(cb.Data.Content, "Doucement") {
		t.Errorf("limited command: %+v", cb)
	}
}

func TestDuplicateEventsAnsweredOnce(t *testing.T) {
	t.Parallel()
	h := start(t)
	m := message("dup1", "c1", "g1", "u1", "<@100> alternative à Google Drive ?", "100")
	h.f.dispatch(t, "MESSAGE_CREATE", m)
	h.f.dispatch(t, "MESSAGE_CREATE", m)
	i := newInteraction("dupi", "u1", "fr", 2, command("aide"))
	h.f.dispatch(t, "INTERACTION_CREATE", i)
	h.f.dispatch(t, "INTERACTION_CREATE", i)
	h.waitReply(t, "c1", "dup1")
	h.waitCallback(t, "dupi")
	h.sentinel(t, "s1")
	if n := len(h.repliesTo(t, "c1", "dup1")); n != 1 {
		t.Errorf("duplicate MESSAGE_CREATE answered %d times", n)
	}
	if n := len(h.f.calls("POST", "/interactions/dupi/")); n != 1 {
		t.Errorf("duplicate INTERACTION_CREATE answered %d times", n)
	}
}

func TestCommandRegistration(t *testing.T) {
	t.Parallel()
	var want []string
	for _, c := range bot.Commands() {
		want = append(want, c.Name)
	}
	check := func(t *testing.T, body []byte) {
		cmds := decode[[]discordgo.ApplicationCommand](t, body)
		var got []string
		for _, c := range cmds {
			got = append(got, c.Name)
			bc, ok := bot.FindCommand(c.Name)
			if !ok {
				t.Errorf("registered %q, not in bot.Commands()", c.Name)
				continue
			}
			if c.NameLocalizations == nil || (*c.NameLocalizations)[discordgo.EnglishUS] != bc.NameEN || (*c.NameLocalizations)[discordgo.EnglishGB] != bc.NameEN {
				t.Errorf("%s: name localisations %v, want en-US/en-GB %q", c.Name, c.NameLocalizations, bc.NameEN)
			}
			if c.DescriptionLocalizations == nil || (*c.DescriptionLocalizations)[discordgo.EnglishUS] == "" || len([]rune(c.Description)) > 100 {
				t.Errorf("%s: description %q / localisations %v", c.Name, c.Description, c.DescriptionLocalizations)
			}
			if c.Name == "kb" {
				checkAdminCommand(t, c, bc)
				continue
			}
			if len(c.Options) != len(bc.Options) {
				t.Errorf("%s: %d options, want %d", c.Name, len(c.Options), len(bc.Options))
			}
			optional := false
			for _, o := range c.Options {
				if !o.Required {
					optional = true
				} else if optional {
					t.Errorf("%s: required option %s after an optional one", c.Name, o.Name)
				}
				kind, _ := optionKind(bc, o.Name)
				wantAuto := kind == bot.KindProduct || kind == bot.KindPlace || kind == bot.KindTool || kind == bot.KindService
				if o.Autocomplete != wantAuto {
					t.Errorf("%s %s: autocomplete %v, want %v", c.Name, o.Name, o.Autocomplete, wantAuto)
				}
			}
		}
		if !slices.Equal(got, want) {
			t.Errorf("registered %v, want %v", got, want)
		}
	}
	t.Run("global", func(t *testing.T) {
		t.Parallel()
		h := start(t)
		puts := h.f.calls("PUT", "/applications/")
		if len(puts) != 1 || puts[0].Path != "/applications/200/commands" {
			t.Fatalf("want one global bulk overwrite for application 200, got:\n%s", h.f.dump())
		}
		check(t, puts[0].Body)
	})
	t.Run("guilds", func(t *testing.T) {
		t.Parallel()
		h := start(t, withConfig(func(c *Config) { c.Guilds = []string{"g1", "g2"} }))
		puts := h.f.calls("PUT", "/applications/")
		var paths []string
		for _, p := range puts {
			paths = append(paths, p.Path)
			check(t, p.Body)
		}
		if !slices.Equal(paths, []string{"/applications/200/guilds/g1/commands", "/applications/200/guilds/g2/commands"}) {
			t.Errorf("bulk overwrites %v, want one per guild and none global", paths)
		}
	})
}

func TestIntents(t *testing.T) {
	t.Parallel()
	const base = 1<<9 | 1<<12
	t.Run("default", func(t *testing.T) {
		t.Parallel()
		h := start(t)
		h.f.mu.Lock()
		got := h.f.identifies[0].Intents
		h.f.mu.Unlock()
		if got != base {
			t.Errorf("identify intents %d, want %d (guild + direct messages, no privileged intent)", got, base)
		}
	})
	t.Run("message content", func(t *testing.T) {
		t.Parallel()
		h := start(t, withConfig(func(c *Config) { c.MessageContent = true; c.Channels = []string{"c9"} }))
		h.f.mu.Lock()
		got := h.f.identifies[0].Intents
		h.f.mu.Unlock()
		if got != base|1<<15 {
			t.Errorf("identify intents %d, want %d", got, base|1<<15)
		}
		// In a listed channel, questions are answered without a mention, small talk is not.
		h.f.dispatch(t, "MESSAGE_CREATE", message("q1", "c9", "g1", "u1", "une alternative à Google Drive ?"))
		h.f.dispatch(t, "MESSAGE_CREATE", message("q2", "c9", "g1", "u1", "bonjour tout le monde"))
		h.f.dispatch(t, "MESSAGE_CREATE", message("q3", "c8", "g1", "u1", "une alternative à Google Drive ?"))
		h.waitReply(t, "c9", "q1")
		h.sentinel(t, "s1")
		if n := len(h.repliesTo(t, "c9", "q2")) + len(h.f.calls("POST", "/channels/c8/")); n != 0 {
			t.Errorf("answered small talk or an unlisted channel: %s", h.f.dump())
		}
	})
}

func TestRateLimited429IsRetried(t *testing.T) {
	t.Parallel()
	h := start(t)
	h.f.rateLimit("/channels/c1/messages", 1, 0.3)
	h.f.dispatch(t, "MESSAGE_CREATE", message("rl1", "c1", "g1", "u1", "<@100> alternative à Google Drive ?", "100"))
	h.waitReply(t, "c1", "rl1")
	calls := h.f.calls("POST", "/channels/c1/messages")
	if len(calls) != 2 || calls[0].Status != 429 || calls[1].Status != 200 {
		t.Fatalf("want a 429 then a success, got:\n%s", h.f.dump())
	}
	if gap := calls[1].At.Sub(calls[0].At); gap < 300*time.Millisecond {
		t.Errorf("retried after %v, before retry_after (300ms)", gap)
	}
}

func TestPanicGetsShortError(t *testing.T) {
	t.Parallel()
	h := start(t, withAdapter(func(a *Adapter) {
		c := guardtest.New(t)
		c.OnAsk = func(string) (bot.Understanding, bot.Reply) { panic("boom in ask") }
		c.OnRun = func(string, bot.Call) bot.Reply { panic("boom in command") }
		a.core = c
	}))
	h.f.dispatch(t, "MESSAGE_CREATE", message("x1", "c1", "g1", "u1", "<@100> alternative à Google Drive ?", "100"))
	s := h.waitReply(t, "c1", "x1")
	if !strings.Contains(s.Content, "Désolé") || len(s.Embeds) != 0 {
		t.Errorf("after a panic: %+v, want a short apology", s)
	}
	assertNoPing(t, s)
	h.f.dispatch(t, "INTERACTION_CREATE", newInteraction("xi", "u1", "fr", 2, command("aide")))
	cb := h.waitCallback(t, "xi")
	if cb.Type != 4 || cb.Data.Flags&64 == 0 || !strings.Contains(cb.Data.Content, "Désolé") {
		t.Errorf("command panic: %+v", cb)
	}
	// Still alive afterwards.
	h.sentinel(t, "s1")
	if !strings.Contains(h.logs.String(), "boom in ask") || !strings.Contains(h.logs.String(), "boom in command") {
		t.Errorf("panics not logged:\n%s", h.logs.String())
	}
}

func TestSlowCommandIsDeferred(t *testing.T) {
	t.Parallel()
	h := start(t, withAdapter(func(a *Adapter) {
		c := guardtest.New(t)
		a.deferAfter = 20 * time.Millisecond
		c.OnRun = func(name string, call bot.Call) bot.Reply {
			time.Sleep(200 * time.Millisecond)
			return c.Bot.Run(name, call)
		}
		a.core = c
	}))
	h.f.dispatch(t, "INTERACTION_CREATE", newInteraction("s1", "u1", "en-US", 2, command("aide")))
	cb := h.waitCallback(t, "s1")
	if cb.Type != 5 {
		t.Fatalf("callback type %d, want 5 (deferred)", cb.Type)
	}
	edits := h.f.waitCalls(t, "PATCH", "/webhooks/200/tok-s1/messages/@original", 1)
	e := decode[sent](t, edits[0].Body)
	if len(e.Embeds) != 1 || !strings.Contains(e.Embeds[0].Title, "free software") {
		t.Errorf("edited answer: %+v (want the English help)", e)
	}
	assertNoPing(t, e)
}

func TestEnglishLocale(t *testing.T) {
	t.Parallel()
	h := start(t)
	h.f.dispatch(t, "INTERACTION_CREATE", newInteraction("l1", "u1", "en-GB", 2, command("aide")))
	h.f.dispatch(t, "INTERACTION_CREATE", newInteraction("l2", "u1", "fr", 2, command("aide")))
	if cb := h.waitCallback(t, "l1"); !strings.Contains(cb.Data.Embeds[0].Title, "free software") {
		t.Errorf("en-GB help title %q", cb.Data.Embeds[0].Title)
	}
	if cb := h.waitCallback(t, "l2"); !strings.Contains(cb.Data.Embeds[0].Title, "le libre") {
		t.Errorf("fr help title %q", cb.Data.Embeds[0].Title)
	}
}

func TestBadTokenFailsAtStart(t *testing.T) {
	t.Parallel()
	f := newFakeDiscord(t)
	defer f.close()
	a, err := New(Config{Token: "wrong", APIURL: f.srv.URL}, loadBot(t), slog.New(slog.NewTextHandler(&lockedBuffer{}, nil)))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	err = a.Run(ctx)
	if err == nil || !strings.Contains(err.Error(), "token") {
		t.Fatalf("Run with a bad token: %v, want an error about the token", err)
	}
	if strings.Contains(err.Error(), "wrong") {
		t.Errorf("the error leaks the token: %v", err)
	}
	if len(f.identifies) != 0 {
		t.Errorf("identified on the gateway with a refused token")
	}
}

func TestNewRejectsBadConfig(t *testing.T) {
	t.Parallel()
	b := loadBot(t)
	if _, err := New(Config{}, b, nil); err == nil {
		t.Error("New without a token succeeded")
	}
	if _, err := New(Config{Token: "x", APIURL: "ftp://proxy"}, b, nil); err == nil {
		t.Error("New with an ftp api_url succeeded")
	}
}

// checkAdminCommand: /kb is hidden from members who cannot manage the server, not offered
// in DMs, and carries the table's sub-commands and groups.
func checkAdminCommand(t *testing.T, c discordgo.ApplicationCommand, bc bot.Command) {
	t.Helper()
	if c.DefaultMemberPermissions == nil || *c.DefaultMemberPermissions != int64(adminPermissions) {
		t.Errorf("/kb default_member_permissions = %v", c.DefaultMemberPermissions)
	}
	if c.DMPermission == nil || *c.DMPermission {
		t.Error("/kb must not be offered in DMs")
	}
	if len(c.Options) != len(bc.Sub) {
		t.Fatalf("/kb: %d sub-commands, want %d", len(c.Options), len(bc.Sub))
	}
	for i, o := range c.Options {
		sub := bc.Sub[i]
		wantType := discordgo.ApplicationCommandOptionSubCommand
		if len(sub.Sub) > 0 {
			wantType = discordgo.ApplicationCommandOptionSubCommandGroup
		}
		if o.Name != sub.Name || o.Type != wantType {
			t.Errorf("/kb option %d = %s type %d, want %s type %d", i, o.Name, o.Type, sub.Name, wantType)
		}
	}
}

func TestKBIsForAdminsOnly(t *testing.T) {
	t.Parallel()
	h := start(t, withConfig(func(c *Config) {
		c.Admins = []string{"admin-id"}
		c.AdminRoles = []string{"role-kb"}
	}))
	kbStatus := map[string]any{"id": "cmd-kb", "name": "kb", "type": 1,
		"options": []map[string]any{{"name": "statut", "type": 1, "options": []map[string]any{}}}}
	cases := []struct {
		id, user string
		roles    []string
		perms    string
		admin    bool
	}{
		{"k1", "someone", nil, "0", false},
		{"k2", "admin-id", nil, "0", true},
		{"k3", "role-holder", []string{"role-kb"}, "0", true},
		{"k4", "manager", nil, "32", true}, // Manage Server
	}
	for _, c := range cases {
		it := newInteraction(c.id, c.user, "fr", 2, kbStatus)
		member := it["member"].(map[string]any)
		member["permissions"] = c.perms
		if c.roles != nil {
			member["roles"] = c.roles
		}
		h.f.dispatch(t, "INTERACTION_CREATE", it)
		cb := h.waitCallback(t, c.id)
		if cb.Data.Flags&int(discordgo.MessageFlagsEphemeral) == 0 {
			t.Errorf("%s: /kb answers must be visible to the admin only", c.user)
		}
		text := cb.Data.Content
		for _, e := range cb.Data.Embeds {
			text += embedText(e)
		}
		if got := strings.Contains(text, "Statut de la base"); got != c.admin {
			t.Errorf("%s (admin=%v): got %q", c.user, c.admin, text)
		}
		if !c.admin && !strings.Contains(text, "réservée aux admins") {
			t.Errorf("%s: want a clear refusal, got %q", c.user, text)
		}
	}
}

func TestNotifySendsADirectMessage(t *testing.T) {
	t.Parallel()
	h := start(t)
	r := bot.Reply{Title: "Vérification terminée", Text: "2 erreurs @everyone", Lang: bot.French}
	if err := h.a.Notify(context.Background(), "admin-id", r); err != nil {
		t.Fatalf("Notify: %v", err)
	}
	opened := h.f.calls("POST", "/users/@me/channels")
	if len(opened) != 1 || !strings.Contains(string(opened[0].Body), `"recipient_id":"admin-id"`) {
		t.Fatalf("DM channel requests: %+v", opened)
	}
	sentDM := h.f.calls("POST", "/channels/dm-admin-id/messages")
	if len(sentDM) != 1 {
		t.Fatalf("%d messages in the DM, want 1", len(sentDM))
	}
	s := decode[sent](t, sentDM[0].Body)
	assertNoPing(t, s)
	if len(s.Embeds) != 1 || s.Embeds[0].Title != "Vérification terminée" || !strings.Contains(s.Embeds[0].Description, "2 erreurs") {
		t.Errorf("DM = %+v", s)
	}
	if err := h.a.Notify(context.Background(), "closed-dms", r); err == nil || !strings.Contains(err.Error(), "closed-dms") {
		t.Errorf("a user whose DMs are closed: err = %v, want one naming the user", err)
	}
}
