// SPDX-License-Identifier: AGPL-3.0-or-later

package mattermost

import (
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/mattermost/mattermost/server/public/model"

	"github.com/boussole-libre/boussole/adapters/guard/guardtest"
	"github.com/boussole-libre/boussole/bot"
)

type slashResult struct {
	status      int
	contentType string
	body        []byte
}

// slashPost posts a form as Mattermost does (POST, form-encoded, Accept JSON,
// "Authorization: Token <token>").
func slashPost(t *testing.T, u string, form url.Values) (slashResult, error) {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, u, strings.NewReader(form.Encode()))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Accept", "application/json")
	if tok := form.Get("token"); tok != "" {
		req.Header.Set("Authorization", "Token "+tok)
	}
	client := &http.Client{Timeout: 10 * time.Second}
	res, err := client.Do(req)
	if err != nil {
		return slashResult{}, err
	}
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	return slashResult{res.StatusCode, res.Header.Get("Content-Type"), body}, err
}

// answer checks a 200 JSON answer and decodes it as the server does.
func (r slashResult) answer(t *testing.T) *model.CommandResponse {
	t.Helper()
	if r.status != http.StatusOK {
		t.Fatalf("status %d, want 200 (body %q)", r.status, r.body)
	}
	if r.contentType != "application/json" {
		t.Fatalf("Content-Type %q, want exactly application/json (else Mattermost shows the raw body)", r.contentType)
	}
	resp, err := model.CommandResponseFromHTTPBody(r.contentType, strings.NewReader(string(r.body)))
	if err != nil {
		t.Fatalf("Mattermost cannot parse the answer: %v", err)
	}
	return resp
}

func startSlash(t *testing.T, f *fakeMM, mod func(*Config), setup func(*Adapter)) (*running, string) {
	t.Helper()
	cfg := f.config()
	cfg.CommandTokens = []string{"tok-one-aaaaaaaaaaaaaaaaaaa", "tok-two-bbbbbbbbbbbbbbbbbbb"}
	// Answers are checked in the response itself: on a loaded CI machine the default two
	// seconds can pass and turn them into the "la réponse arrive" placeholder. Tests of
	// that placeholder set their own, short, SlowAfter.
	cfg.SlowAfter = 30 * time.Second
	if mod != nil {
		mod(&cfg)
	}
	r := f.start(t, cfg, setup)
	return r, r.slashURL(t)
}

func TestSlashCommandRightToken(t *testing.T) {
	t.Parallel()
	f := newFake(t)
	_, base := startSlash(t, f, nil, nil)

	res, err := slashPost(t, base+"/commands/prestataires", f.commandForm("tok-two-bbbbbbbbbbbbbbbbbbb", "/prestataires", "région:35 outil:nextcloud"))
	if err != nil {
		t.Fatal(err)
	}
	resp := res.answer(t)
	if resp.ResponseType != model.CommandResponseTypeInChannel {
		t.Errorf("response_type %q, want in_channel for an answer", resp.ResponseType)
	}
	if !strings.Contains(resp.Text, "Nextcloud") || !strings.Contains(resp.Text, "| ") {
		t.Errorf("answer has no providers table for Nextcloud:\n%s", resp.Text)
	}

	// Help and errors stay ephemeral.
	for _, c := range []struct{ path, command, text string }{
		{"/commands/aide", "/aide", ""},
		{"/commands/alternative", "/alternative", ""},        // missing required option
		{"/commands/prestataires", "/prestataires", "foo:1"}, // unknown option
		{"/commands/inconnue", "/inconnue", ""},
		{"/commands/kb", "/kb", "statut"}, // admin command: refused
	} {
		res, err := slashPost(t, base+c.path, f.commandForm("tok-one-aaaaaaaaaaaaaaaaaaa", c.command, c.text))
		if err != nil {
			t.Fatal(err)
		}
		resp := res.answer(t)
		if resp.ResponseType != model.CommandResponseTypeEphemeral || resp.Text == "" {
			t.Errorf("%s %q: %q %q, want a non-empty ephemeral answer", c.command, c.text, resp.ResponseType, resp.Text)
		}
	}
}

func TestSlashCommandSingleTriggerAndEnglish(t *testing.T) {
	t.Parallel()
	f := newFake(t)
	_, base := startSlash(t, f, nil, nil)

	// One trigger with sub-commands, dispatched on the path's name.
	res, err := slashPost(t, base+"/commands/boussole", f.commandForm("tok-one-aaaaaaaaaaaaaaaaaaa", "/boussole", "alternative Google Drive"))
	if err != nil {
		t.Fatal(err)
	}
	if resp := res.answer(t); !strings.Contains(resp.Text, "Nextcloud") {
		t.Errorf("/boussole alternative Google Drive:\n%s", resp.Text)
	}
	// One URL for every command, dispatched on the form's "command".
	res, err = slashPost(t, base+"/commands", f.commandForm("tok-one-aaaaaaaaaaaaaaaaaaa", "/outil", "nom:Nextcloud"))
	if err != nil {
		t.Fatal(err)
	}
	if resp := res.answer(t); !strings.Contains(resp.Text, "#### Nextcloud") {
		t.Errorf("/outil nom:Nextcloud:\n%s", resp.Text)
	}
	// English option names get an English answer.
	res, err = slashPost(t, base+"/commands/prestataires", f.commandForm("tok-one-aaaaaaaaaaaaaaaaaaa", "/prestataires", "region:Bretagne tool:nextcloud"))
	if err != nil {
		t.Fatal(err)
	}
	if resp := res.answer(t); !strings.Contains(resp.Text, "Providers") {
		t.Errorf("English options, answer not in English:\n%s", resp.Text)
	}
}

func TestSlashCommandRefusesBadToken(t *testing.T) {
	t.Parallel()
	f := newFake(t)
	_, base := startSlash(t, f, nil, nil)
	for name, tok := range map[string]string{
		"wrong":   "tok-one-aaaaaaaaaaaaaaaaaaX",
		"prefix":  "tok-one",
		"missing": "",
	} {
		form := f.commandForm(tok, "/prestataires", "région:35")
		if tok == "" {
			form.Del("token")
		}
		res, err := slashPost(t, base+"/commands/prestataires", form)
		if err != nil {
			t.Fatal(err)
		}
		if res.status != http.StatusUnauthorized || len(res.body) != 0 {
			t.Errorf("%s token: status %d body %q, want 401 and nothing else", name, res.status, res.body)
		}
	}
	// The token is read from the form only with POST: GET is refused.
	res, err := http.Get(base + "/commands/prestataires?" + f.commandForm("tok-one-aaaaaaaaaaaaaaaaaaa", "/prestataires", "").Encode())
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("GET: status %d, want 405", res.StatusCode)
	}
}

func TestSlashCommandRefusesOversizedBody(t *testing.T) {
	t.Parallel()
	f := newFake(t)
	_, base := startSlash(t, f, nil, nil)
	form := f.commandForm("tok-one-aaaaaaaaaaaaaaaaaaa", "/alternative", strings.Repeat("Google Drive ", MaxCommandBody/10))
	res, err := slashPost(t, base+"/commands/alternative", form)
	if err != nil {
		t.Fatal(err)
	}
	if res.status != http.StatusRequestEntityTooLarge {
		t.Fatalf("body of %d bytes: status %d, want 413", len(form.Encode()), res.status)
	}
}

func TestSlashCommandSlowPathUsesResponseURL(t *testing.T) {
	t.Parallel()
	f := newFake(t)
	release := make(chan struct{})
	_, base := startSlash(t, f, func(c *Config) { c.SlowAfter = 50 * time.Millisecond }, func(a *Adapter) {
		c := guardtest.New(t)
		c.OnRun = func(name string, call bot.Call) bot.Reply {
			<-release // a slow command
			return c.Bot.Run(name, call)
		}
		a.core = c
	})
	start := time.Now()
	res, err := slashPost(t, base+"/commands/alternative", f.commandForm("tok-one-aaaaaaaaaaaaaaaaaaa", "/alternative", "produit:Google Drive"))
	if err != nil {
		t.Fatal(err)
	}
	ack := res.answer(t)
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("acknowledged after %s, want at once", d)
	}
	if ack.ResponseType != model.CommandResponseTypeEphemeral {
		t.Errorf("acknowledgement is %q, want ephemeral", ack.ResponseType)
	}
	close(release)
	select {
	case h := <-f.hookCh:
		if h.contentType != "application/json" {
			t.Errorf("response_url call Content-Type %q, want application/json", h.contentType)
		}
		if h.resp.ResponseType != model.CommandResponseTypeInChannel || !strings.Contains(h.resp.Text, "Nextcloud") {
			t.Errorf("late answer %q:\n%s", h.resp.ResponseType, h.resp.Text)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("the slow answer never reached response_url")
	}
}

func TestSlashCommandNeutralisesMentions(t *testing.T) {
	t.Parallel()
	f := newFake(t)
	_, base := startSlash(t, f, nil, nil)
	for _, c := range []struct{ path, text string }{
		{"/commands/alternative", "produit:@channel"},
		{"/commands/outil", "nom:@here"},
		{"/commands/prestataires", "région:@all"},
		{"/commands/alternative", "@alice"},
	} {
		res, err := slashPost(t, base+c.path, f.commandForm("tok-one-aaaaaaaaaaaaaaaaaaa", "/x", c.text))
		if err != nil {
			t.Fatal(err)
		}
		resp := res.answer(t)
		if m := liveMention.FindString(resp.Text); m != "" {
			t.Errorf("%s %s: live mention %q in:\n%s", c.path, c.text, m, resp.Text)
		}
		if !strings.Contains(resp.Text, "@"+wordJoiner) {
			t.Errorf("%s %s: the echoed text is missing:\n%s", c.path, c.text, resp.Text)
		}
	}
}

func TestRegisterCommands(t *testing.T) {
	t.Parallel()
	f := newFake(t)
	public := "http://boussole.internal:8066"
	// /aide already exists, made by the bot earlier: updated in place, token kept.
	aide := &model.Command{Id: model.NewId(), Token: model.NewId(), TeamId: f.teamID, Trigger: "aide", Method: "P",
		URL: public + "/commands/aide", CreatorId: f.bot.Id, CreateAt: 1, UpdateAt: 1}
	// /outil belongs to another integration: left alone.
	foreign := &model.Command{Id: model.NewId(), Token: model.NewId(), TeamId: f.teamID, Trigger: "outil", Method: "P",
		URL: "https://other.example/outil", CreatorId: model.NewId(), CreateAt: 1, UpdateAt: 1}
	f.commands[aide.Id], f.commands[foreign.Id] = aide, foreign

	r, base := startSlash(t, f, func(c *Config) {
		c.CommandTokens = nil
		c.RegisterCommands, c.PublicURL, c.Teams = true, public, []string{"libre"}
	}, nil)

	f.mu.Lock()
	byTrigger := map[string]*model.Command{}
	for _, c := range f.commands {
		byTrigger[c.Trigger] = c
	}
	f.mu.Unlock()
	for _, c := range bot.Commands() {
		got, ok := byTrigger[c.Name]
		switch {
		case c.Name == "outil":
			if got.URL != foreign.URL {
				t.Errorf("foreign /outil changed to %q", got.URL)
			}
		case !ok:
			t.Errorf("/%s not registered", c.Name)
		default:
			if got.URL != public+"/commands/"+c.Name || got.Method != model.CommandMethodPost || !got.AutoComplete ||
				got.AutoCompleteDesc == "" || (len(c.Options) > 0 && !strings.Contains(got.AutoCompleteHint, c.Options[0].Name+":")) {
				t.Errorf("/%s registered as %+v", c.Name, got)
			}
		}
	}
	if byTrigger["aide"].Token != aide.Token || byTrigger["aide"].AutoCompleteDesc == "" {
		t.Errorf("/aide not updated in place: %+v", byTrigger["aide"])
	}

	// The registered commands' tokens are accepted without configuring them; the foreign
	// command's token is not.
	for trig, want := range map[string]int{"prestataires": 200, "aide": 200, "outil": 401} {
		res, err := slashPost(t, base+"/commands/"+trig, f.commandForm(byTrigger[trig].Token, "/"+trig, "nom:Nextcloud"))
		if err != nil {
			t.Fatal(err)
		}
		if res.status != want {
			t.Errorf("/%s with its token: status %d, want %d", trig, res.status, want)
		}
	}
	for _, c := range byTrigger {
		if strings.Contains(r.logs.String(), c.Token) {
			t.Errorf("token of /%s logged", c.Trigger)
		}
	}
}

func TestRegisterCommandsWithoutPermission(t *testing.T) {
	t.Parallel()
	f := newFake(t)
	f.forbidCommands = true
	r, base := startSlash(t, f, func(c *Config) {
		c.RegisterCommands, c.PublicURL, c.Teams = true, "http://boussole.internal:8066", []string{f.teamID}
	}, nil)
	if !strings.Contains(r.logs.String(), "manage_slash_commands") {
		t.Errorf("the missing permission is not explained in the logs:\n%s", r.logs.String())
	}
	// Still running: the configured tokens work and mentions are answered.
	res, err := slashPost(t, base+"/commands/aide", f.commandForm("tok-one-aaaaaaaaaaaaaaaaaaa", "/aide", ""))
	if err != nil {
		t.Fatal(err)
	}
	res.answer(t)
	c := f.nextConn(t, 5*time.Second)
	q := question(model.NewId(), "@boussole alternative à Google Drive ?")
	c.send(posted(q, model.ChannelTypeOpen, f.bot.Id))
	f.nextPost(t)
}

func TestTokenSetConstantTimeLookup(t *testing.T) {
	t.Parallel()
	var s tokenSet
	s.add("alpha", " beta ", "", "alpha")
	if s.count() != 2 {
		t.Errorf("count %d, want 2 (blank and duplicate dropped)", s.count())
	}
	for tok, want := range map[string]bool{"alpha": true, "beta": true, "": false, "alph": false, "alphaa": false, "gamma": false} {
		if s.has(tok) != want {
			t.Errorf("has(%q) = %v", tok, !want)
		}
	}
	// Never answer a registered response for a forged response_url.
	a := &Adapter{}
	for u, ok := range map[string]bool{
		"https://chat.example.org/hooks/commands/abc": true,
		"http://127.0.0.1:8065/hooks/commands/abc":    true,
		"https://evil.example/steal":                  false,
		"file:///etc/passwd":                          false,
		"":                                            false,
	} {
		if _, got := a.hookURL(u); got != ok {
			t.Errorf("hookURL(%q) = %v, want %v", u, got, ok)
		}
	}
}

func TestKBIsForAdminsOnly(t *testing.T) {
	t.Parallel()
	f := newFake(t)
	sysAdmin, teamAdmin, listed := model.NewId(), model.NewId(), model.NewId()
	f.mu.Lock()
	f.roles = map[string]string{sysAdmin: "system_user system_admin"}
	f.teamRoles = map[string]string{teamAdmin: "team_user team_admin"}
	f.mu.Unlock()
	_, base := startSlash(t, f, func(c *Config) {
		c.Admins = []string{listed}
		c.SystemAdmins = true
		c.TeamAdmins = true
	}, nil)
	for _, c := range []struct {
		user  string
		admin bool
	}{{model.NewId(), false}, {listed, true}, {sysAdmin, true}, {teamAdmin, true}} {
		form := f.commandForm("tok-one-aaaaaaaaaaaaaaaaaaa", "/kb", "statut")
		form.Set("user_id", c.user)
		res, err := slashPost(t, base+"/commands/kb", form)
		if err != nil {
			t.Fatal(err)
		}
		resp := res.answer(t)
		if resp.ResponseType != model.CommandResponseTypeEphemeral {
			t.Errorf("/kb answers must stay private, got %q", resp.ResponseType)
		}
		gotAdmin := strings.Contains(resp.Text, "Statut de la base")
		if gotAdmin != c.admin {
			t.Errorf("user admin=%v got:\n%s", c.admin, resp.Text)
		}
		if !c.admin && !strings.Contains(resp.Text, "réservée aux admins") {
			t.Errorf("a non-admin must get a clear refusal:\n%s", resp.Text)
		}
	}
}
