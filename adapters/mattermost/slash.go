// SPDX-License-Identifier: AGPL-3.0-or-later

package mattermost

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"strings"
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
	// commandTimeout bounds a slash command that was acknowledged: past it, the person
	// gets an apology through response_url.
	commandTimeout = 30 * time.Second
)

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

// slashRequest is what Boussole reads of a slash command's form.
type slashRequest struct {
	token       string // the form's token, or the "Authorization: Token …" header's
	name        string // the command's name, without "/"
	text        string // its arguments
	user, team  string
	responseURL string
}

// parseSlash reads a slash command as Mattermost posts it: a form with token, team_id,
// channel_id, user_id, user_name, command, text, response_url, trigger_id…; pathName is
// the {name} of /commands/{name}, empty for /commands. With the single trigger
// (/boussole), the first word of the text is the command.
func parseSlash(form url.Values, pathName, authorization string) slashRequest {
	req := slashRequest{token: form.Get("token"), name: pathName, text: strings.TrimSpace(form.Get("text")),
		user: form.Get("user_id"), team: form.Get("team_id"), responseURL: form.Get("response_url")}
	if req.token == "" {
		req.token, _ = strings.CutPrefix(authorization, "Token ")
	}
	if req.name == "" {
		req.name = strings.TrimPrefix(strings.TrimSpace(form.Get("command")), "/")
	}
	if strings.EqualFold(req.name, RootTrigger) {
		req.name, req.text, _ = strings.Cut(req.text, " ")
		req.text = strings.TrimSpace(req.text)
		if req.name == "" {
			req.name = "aide"
		}
	}
	return req
}

// serveCommand answers one slash command. At most maxSlash run at once: beyond, the
// person is told at once that the bot is too busy.
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
	req := parseSlash(r.PostForm, r.PathValue("name"), r.Header.Get("Authorization"))
	if !a.tokens.has(req.token) {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	var resp *model.CommandResponse
	err := a.stats.Safely(r.Context(), a.log, "mattermost slash command", func() { resp = a.command(r.Context(), w, req) })
	if err != nil {
		resp = ephemeral(guard.ApologyText(bot.French))
	}
	if resp != nil {
		writeResponse(w, resp)
	}
}

// command runs a command and returns the response to write, or nil when it already wrote
// an acknowledgement and will complete through the request's response_url.
func (a *Adapter) command(ctx context.Context, w http.ResponseWriter, req slashRequest) *model.CommandResponse {
	top, ok := bot.FindCommand(req.name)
	if !ok {
		lang := commandLang(top, req.name, req.text)
		return ephemeral(Render(bot.Reply{Lang: lang, Title: bot.Tr(lang, "Commande inconnue : /", "Unknown command: /") + req.name,
			Text: bot.Help(lang).Text}, a.postLimit()))
	}
	path, cmd, rest := bot.SplitPath(top, req.text)
	lang := commandLang(cmd, req.name, rest)
	adminCmd := top.Admin || cmd.Admin
	admin := adminCmd && a.isAdmin(ctx, req.user, req.team)
	if adminCmd && !admin {
		return ephemeral(Render(bot.Reply{Lang: lang, Text: guard.AdminOnlyText(lang)}, a.postLimit()))
	}
	listed := admin || a.listed(req.user)
	if d := a.limits.Check(req.user, listed); d != guard.Allow {
		a.stats.Limited()
		return ephemeral(guard.LimitedText(lang, a.limitEvery(listed)))
	}
	args, err := bot.ParseArgs(cmd, rest)
	if err != nil {
		full := strings.TrimSpace("/" + top.Name + " " + strings.Join(path, " "))
		return ephemeral(Render(bot.Reply{Lang: lang, Title: full + " : " + err.Error(),
			Hint: bot.Tr(lang, "Options : ", "Options: ") + cmd.OptionsHint()}, a.postLimit()))
	}
	select {
	case a.slash <- struct{}{}:
	default:
		a.stats.Busy()
		return ephemeral(guard.BusyText(lang))
	}
	call := bot.Call{Args: args, Lang: lang, Path: path, Caller: bot.Caller{Platform: "mattermost", UserID: req.user, Admin: admin}}
	var resp *model.CommandResponse
	a.deadline(ctx, w, req, lang, &resp).Run(context.WithoutCancel(ctx), &a.stats, a.log, "mattermost slash command",
		func() *model.CommandResponse {
			defer func() { <-a.slash }()
			return a.execute(top.Name, call)
		})
	return resp
}

func (a *Adapter) limitEvery(admin bool) time.Duration {
	if admin {
		return a.cfg.RateLimit.AdminEvery
	}
	return a.cfg.RateLimit.Every
}

// deadline is how a slash command's answer reaches Mattermost: the HTTP response within
// SlowAfter; else an ephemeral "looking it up" and the answer through response_url; with
// no usable response_url, the HTTP response late rather than never.
func (a *Adapter) deadline(ctx context.Context, w http.ResponseWriter, req slashRequest, lang bot.Lang, out **model.CommandResponse) guard.Deadline[*model.CommandResponse] {
	work := context.WithoutCancel(ctx)
	hook, hookOK := a.hookURL(req.responseURL)
	orApology := func(r guard.Result[*model.CommandResponse]) *model.CommandResponse {
		if r.Err != nil || r.Value == nil {
			return ephemeral(guard.ApologyText(lang))
		}
		return r.Value
	}
	return guard.Deadline[*model.CommandResponse]{
		Soon:  a.cfg.SlowAfter,
		Limit: commandTimeout,
		Now:   func(r guard.Result[*model.CommandResponse]) { *out = orApology(r) },
		Ack: func() bool {
			if !hookOK {
				return false
			}
			writeResponse(w, ephemeral(guard.WorkingText(lang)))
			return true
		},
		Later: func(r guard.Result[*model.CommandResponse]) { a.complete(work, hook, orApology(r)) },
		Detach: func(wait func()) {
			a.pending.Add(1)
			go func() { defer a.pending.Done(); wait() }()
		},
	}
}

// execute runs the command table entry and renders its reply.
func (a *Adapter) execute(name string, call bot.Call) *model.CommandResponse {
	r := a.core.Run(name, call)
	return &model.CommandResponse{ResponseType: a.responseType(r), Text: Render(r, a.postLimit()), SkipSlackParsing: true}
}

// responseType: errors and help are for the asker only; answers go in the channel unless
// EphemeralAnswers is set.
func (a *Adapter) responseType(r bot.Reply) string {
	if a.cfg.EphemeralAnswers || r.Ephemeral || r.Intent == bot.IntentHelp || r.Intent == bot.IntentNone {
		return model.CommandResponseTypeEphemeral
	}
	return model.CommandResponseTypeInChannel
}

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
		a.log.ErrorContext(ctx, "response_url call failed", "err", guard.ShortErr(err))
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
