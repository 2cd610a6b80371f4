package mattermost

import (
	"bytes"
	"context"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/mattermost/mattermost/server/public/model"

	"github.com/boussole-libre/boussole/adapters/guard"
	"github.com/boussole-libre/boussole/bot"
)

const (
	// MaxCommandBody bounds a slash-command request; Mattermost's form is a few hundred
	// bytes plus the user's text.
	MaxCommandBody = 64 << 10
	// CommandPath is the path prefix of the slash-command endpoint: Mattermost calls
	// POST <public_url>/commands/<name> where name is a command of bot.Commands() (French or
	// English name), or RootTrigger. POST <public_url>/commands dispatches on the form's
	// "command" field instead.
	CommandPath = "/commands"
	// RootTrigger is the single-trigger form: "/boussole prestataires région:35".
	RootTrigger = "boussole"
)

// tokenSet holds the accepted slash-command tokens. They are compared in constant time
// and never logged.
type tokenSet struct {
	mu     sync.RWMutex
	tokens [][]byte
}

func (t *tokenSet) add(tokens ...string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	for _, s := range tokens {
		if s = strings.TrimSpace(s); s == "" || t.hasLocked(s) {
			continue
		}
		t.tokens = append(t.tokens, []byte(s))
	}
}

func (t *tokenSet) count() int {
	t.mu.RLock()
	defer t.mu.RUnlock()
	return len(t.tokens)
}

// has compares s with every token, without stopping at the first match.
func (t *tokenSet) has(s string) bool {
	if s == "" {
		return false
	}
	t.mu.RLock()
	defer t.mu.RUnlock()
	return t.hasLocked(s)
}

func (t *tokenSet) hasLocked(s string) bool {
	found := 0
	for _, tok := range t.tokens {
		found |= subtle.ConstantTimeCompare(tok, []byte(s))
	}
	return found == 1
}

// listen opens the slash-command endpoint (nil when it is off).
func (a *Adapter) listen() (*http.Server, net.Listener, error) {
	if a.cfg.Listen == "off" {
		return nil, nil, nil
	}
	ln, err := net.Listen("tcp", a.cfg.Listen)
	if err != nil {
		return nil, nil, fmt.Errorf("mattermost: slash-command endpoint: %w", err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc(CommandPath+"/{name}", a.serveCommand)
	mux.HandleFunc(CommandPath, a.serveCommand)
	srv := &http.Server{
		Handler:           mux,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      a.cfg.SlowAfter + 10*time.Second,
		IdleTimeout:       60 * time.Second,
		MaxHeaderBytes:    16 << 10,
	}
	return srv, ln, nil
}

// serveCommand answers one slash command, as Mattermost sends it: a POST form with token,
// team_id, channel_id, user_id, user_name, command, text, response_url, trigger_id…
func (a *Adapter) serveCommand(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		w.WriteHeader(http.StatusMethodNotAllowed)
		return
	}
	r.Body = http.MaxBytesReader(w, r.Body, MaxCommandBody)
	if err := r.ParseForm(); err != nil {
		if _, ok := errors.AsType[*http.MaxBytesError](err); ok {
			w.WriteHeader(http.StatusRequestEntityTooLarge)
			return
		}
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	f := r.PostForm
	token := f.Get("token")
	if token == "" {
		token, _ = strings.CutPrefix(r.Header.Get("Authorization"), "Token ")
	}
	if !a.tokens.has(token) {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	name := r.PathValue("name")
	if name == "" {
		name = strings.TrimPrefix(strings.TrimSpace(f.Get("command")), "/")
	}
	text := strings.TrimSpace(f.Get("text"))
	if strings.EqualFold(name, RootTrigger) {
		name, text, _ = strings.Cut(text, " ")
		if name == "" {
			name = "aide"
		}
	}
	user := f.Get("user_id")
	resp := a.command(r.Context(), w, name, text, user, f.Get("team_id"), f.Get("response_url"))
	if resp != nil {
		writeResponse(w, resp)
	}
}

// command runs a command and returns the response to write, or nil when it already wrote
// an acknowledgement and will complete through responseURL.
func (a *Adapter) command(ctx context.Context, w http.ResponseWriter, name, text, user, team, responseURL string) *model.CommandResponse {
	top, ok := bot.FindCommand(name)
	if !ok {
		lang := commandLang(top, name, text)
		return ephemeral(Render(bot.Reply{Lang: lang, Title: tr(lang, "Commande inconnue : /", "Unknown command: /") + name,
			Text: bot.Help(lang).Text}, a.postLimit()))
	}
	path, cmd, rest := bot.SplitPath(top, text)
	lang := commandLang(cmd, name, rest)
	admin := false
	if top.Admin || cmd.Admin {
		admin = a.isAdmin(ctx, user, team)
	}
	if (top.Admin || cmd.Admin) && !admin {
		return ephemeral(Render(bot.Reply{Lang: lang, Title: tr(lang, "Commande réservée aux admins de Boussole", "Command reserved to Boussole's admins"),
			Hint: tr(lang, "Vous pouvez proposer un changement avec /suggerer.", "You can propose a change with /suggerer.")}, a.postLimit()))
	}
	if d := a.limit.Check(user); d != guard.Allow {
		return ephemeral(limitedText(lang, a.cfg.RateLimit))
	}
	args, err := bot.ParseArgs(cmd, rest)
	if err != nil {
		full := strings.TrimSpace("/" + top.Name + " " + strings.Join(path, " "))
		return ephemeral(Render(bot.Reply{Lang: lang, Title: full + " : " + err.Error(),
			Hint: tr(lang, "Options : ", "Options: ") + hint(cmd)}, a.postLimit()))
	}
	call := bot.Call{Args: args, Lang: lang, Path: path, Caller: bot.Caller{Platform: "mattermost", UserID: user, Admin: admin}}
	name = top.Name

	done := make(chan *model.CommandResponse, 1)
	work := context.WithoutCancel(ctx)
	go func() { done <- a.execute(work, name, call) }()
	t := time.NewTimer(a.cfg.SlowAfter)
	defer t.Stop()
	select {
	case resp := <-done:
		return resp
	case <-t.C:
	}
	hook, ok := a.hookURL(responseURL)
	if !ok {
		return <-done // no usable response_url: answer late rather than never
	}
	a.pending.Add(1)
	go func() {
		defer a.pending.Done()
		a.complete(work, hook, <-done)
	}()
	writeResponse(w, ephemeral(tr(lang, "Je cherche… la réponse arrive dans un instant.", "Looking it up… the answer comes in a moment.")))
	return nil
}

// execute runs the command table entry, recovering from a panic with a short error.
func (a *Adapter) execute(ctx context.Context, name string, call bot.Call) *model.CommandResponse {
	var resp *model.CommandResponse
	err := guard.Safely(ctx, a.log, "mattermost slash command", func() {
		var r bot.Reply
		if a.run != nil {
			r = a.run(name, call)
		} else {
			r = a.bot.Run(name, call)
		}
		resp = &model.CommandResponse{ResponseType: a.responseType(r), Text: Render(r, a.postLimit()), SkipSlackParsing: true}
	})
	if err != nil {
		return ephemeral(tr(call.Lang, "Désolé, une erreur m'a empêché de répondre. Réessayez plus tard.", "Sorry, something went wrong; please try again later."))
	}
	return resp
}

// responseType: errors and help are for the asker only; answers go in the channel unless
// EphemeralAnswers is set.
func (a *Adapter) responseType(r bot.Reply) string {
	if a.cfg.EphemeralAnswers || r.Ephemeral || r.Intent == bot.IntentHelp || r.Intent == bot.IntentNone {
		return model.CommandResponseTypeEphemeral
	}
	return model.CommandResponseTypeInChannel
}

// isAdmin is the Mattermost check for Admin commands of the table (bot.Caller.Admin): a
// listed user id, or, when the config says so, a system admin or an admin of the team the
// command came from. Roles are read from the server each time, never from the form, which
// the caller could forge; any API error counts as "not admin".
func (a *Adapter) isAdmin(ctx context.Context, user, team string) bool {
	if user == "" {
		return false
	}
	if slices.Contains(a.cfg.Admins, user) {
		return true
	}
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	if a.cfg.SystemAdmins {
		u, _, err := a.api.GetUser(ctx, user, "")
		if err != nil {
			a.log.Warn("admin check: reading user roles", "error", short(err))
		} else if hasRole(u.Roles, model.SystemAdminRoleId) {
			return true
		}
	}
	if a.cfg.TeamAdmins && team != "" {
		m, _, err := a.api.GetTeamMember(ctx, team, user, "")
		if err != nil {
			a.log.Warn("admin check: reading team roles", "error", short(err))
		} else if m.SchemeAdmin || hasRole(m.Roles, model.TeamAdminRoleId) {
			return true
		}
	}
	return false
}

func hasRole(roles, role string) bool { return slices.Contains(strings.Fields(roles), role) }

func (a *Adapter) postLimit() int {
	if a.maxPost > 0 {
		return a.maxPost
	}
	return FallbackMaxPostSize
}

// hookURL accepts only a Mattermost command hook (http(s), /hooks/commands/…), so that a
// forged request cannot make Boussole post elsewhere.
func (a *Adapter) hookURL(s string) (string, bool) {
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || !strings.Contains(u.Path, "/hooks/commands/") {
		return "", false
	}
	return u.String(), true
}

// complete posts a late answer to response_url (a CommandResponse as JSON).
func (a *Adapter) complete(ctx context.Context, hook string, resp *model.CommandResponse) {
	body, err := json.Marshal(resp)
	if err != nil {
		a.log.ErrorContext(ctx, "encoding a command response", "err", err)
		return
	}
	cctx, cancel := context.WithTimeout(ctx, apiTimeout)
	defer cancel()
	req, err := http.NewRequestWithContext(cctx, http.MethodPost, hook, bytes.NewReader(body))
	if err != nil {
		a.log.ErrorContext(ctx, "response_url request", "err", err)
		return
	}
	req.Header.Set("Content-Type", "application/json")
	res, err := a.hooks.Do(req)
	if err != nil {
		a.log.ErrorContext(ctx, "response_url call failed", "err", short(err))
		return
	}
	res.Body.Close()
	if res.StatusCode/100 != 2 {
		a.log.ErrorContext(ctx, "response_url refused the answer", "status", res.StatusCode)
	}
}

func ephemeral(text string) *model.CommandResponse {
	return &model.CommandResponse{ResponseType: model.CommandResponseTypeEphemeral, Text: text, SkipSlackParsing: true}
}

// writeResponse writes a 200 with Content-Type exactly application/json: Mattermost parses
// the body as JSON only then.
func writeResponse(w http.ResponseWriter, resp *model.CommandResponse) {
	body, err := json.Marshal(resp)
	if err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusOK)
	_, _ = w.Write(body)
}

// commandLang answers in English when the command or its options were typed in English.
func commandLang(cmd bot.Command, name, text string) bot.Lang {
	if cmd.NameEN != cmd.Name && strings.EqualFold(name, cmd.NameEN) {
		return bot.English
	}
	for _, o := range cmd.Options {
		if o.NameEN == o.Name {
			continue
		}
		for _, sep := range []string{":", "="} {
			if strings.Contains(strings.ToLower(text), strings.ToLower(o.NameEN)+sep) {
				return bot.English
			}
		}
	}
	return bot.French
}

// hint is the autocomplete hint of a command, built from its options: required ones
// bare, optional ones in brackets.
func hint(cmd bot.Command) string {
	var parts []string
	for _, o := range cmd.Options {
		p := o.Name + ":…"
		if !o.Required {
			p = "[" + p + "]"
		}
		parts = append(parts, p)
	}
	return strings.Join(parts, " ")
}

// registerCommands creates or updates the slash commands of bot.Commands() in each team.
// Failures are logged, not fatal: without the manage_slash_commands permission an admin
// registers the commands by hand (see README) and gives their tokens.
func (a *Adapter) registerCommands(ctx context.Context) {
	for _, team := range a.cfg.Teams {
		if err := a.registerTeam(ctx, team); err != nil {
			a.log.WarnContext(ctx, "slash commands not registered; register them by hand (see adapters/mattermost/README.md)", "team", team, "err", err)
		}
	}
	a.log.InfoContext(ctx, "slash-command tokens", "known", a.tokens.count())
}

func (a *Adapter) registerTeam(ctx context.Context, team string) error {
	cctx, cancel := context.WithTimeout(ctx, apiTimeout)
	defer cancel()
	teamID := team
	if !model.IsValidId(team) {
		t, _, err := a.api.GetTeamByName(cctx, team, "")
		if err != nil {
			return fmt.Errorf("finding team %q: %s", team, short(err))
		}
		teamID = t.Id
	}
	existing, resp, err := a.api.ListCommands(cctx, teamID, true)
	if err != nil {
		if resp != nil && resp.StatusCode == http.StatusForbidden {
			return errors.New("the bot lacks the manage_slash_commands permission in this team")
		}
		return fmt.Errorf("listing commands: %s", short(err))
	}
	for _, c := range bot.Commands() {
		want := a.commandSpec(c, teamID)
		var found *model.Command
		for _, e := range existing {
			if strings.EqualFold(e.Trigger, c.Name) && e.DeleteAt == 0 {
				found = e
				break
			}
		}
		switch {
		case found == nil:
			created, _, err := a.api.CreateCommand(cctx, want)
			if err != nil {
				return fmt.Errorf("creating /%s: %s", c.Name, short(err))
			}
			a.tokens.add(created.Token)
			a.log.InfoContext(ctx, "slash command created", "team", team, "trigger", c.Name, "token_present", created.Token != "")
		case found.CreatorId != a.me.Id && !strings.HasPrefix(found.URL, a.cfg.PublicURL+CommandPath):
			a.log.WarnContext(ctx, "trigger already used by another integration; left alone", "team", team, "trigger", c.Name)
		default:
			want.Id, want.Token, want.CreatorId, want.CreateAt = found.Id, found.Token, found.CreatorId, found.CreateAt
			updated, _, err := a.api.UpdateCommand(cctx, want)
			if err != nil {
				a.tokens.add(found.Token) // it still points at us: keep answering it
				return fmt.Errorf("updating /%s: %s", c.Name, short(err))
			}
			tok := updated.Token
			if tok == "" {
				tok = found.Token
			}
			a.tokens.add(tok)
			a.log.InfoContext(ctx, "slash command updated", "team", team, "trigger", c.Name, "token_present", tok != "")
		}
	}
	return nil
}

// commandSpec is the Mattermost command for an entry of the command table.
func (a *Adapter) commandSpec(c bot.Command, teamID string) *model.Command {
	desc := c.Description + " — ex. " + c.Example
	return &model.Command{
		TeamId:           teamID,
		Trigger:          c.Name,
		Method:           model.CommandMethodPost,
		URL:              a.cfg.PublicURL + CommandPath + "/" + c.Name,
		AutoComplete:     true,
		AutoCompleteDesc: desc,
		AutoCompleteHint: hint(c),
		DisplayName:      truncate("Boussole : "+c.Name, 64),
		Description:      truncate(c.Description, 128),
	}
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

func utf8RuneStart(b byte) bool { return b&0xC0 != 0x80 }
