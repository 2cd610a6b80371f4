// SPDX-License-Identifier: AGPL-3.0-or-later

package mattermost

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/gorilla/websocket"
	"github.com/mattermost/mattermost/server/public/model"

	"github.com/boussole-libre/boussole/bot"
	"github.com/boussole-libre/boussole/knowledge"
	"github.com/boussole-libre/boussole/knowledge/data"
	"github.com/boussole-libre/boussole/knowledge/geo"
)

// loadKB loads the shipped knowledge base once for the whole package (read-only after).
var loadKB = sync.OnceValues(func() (*knowledge.KB, error) {
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

func newBot(t *testing.T) *bot.Bot {
	t.Helper()
	kb, err := loadKB()
	if err != nil {
		t.Fatalf("loading the shipped KB: %v", err)
	}
	return bot.New(kb)
}

// fakeMM is an in-process Mattermost server on 127.0.0.1 speaking the real REST and
// WebSocket protocol, enough for the model package's Client4 and WebSocketClient.
type fakeMM struct {
	t           *testing.T
	srv         *httptest.Server
	token       string
	bot         model.User
	teamID      string
	maxPostSize int
	pingEvery   atomic.Int64 // nanoseconds; 0: no pings
	revoked     atomic.Bool  // the token is refused from now on
	refusePosts atomic.Int64 // the next n posts are refused with 429, as a rate-limiting server does

	mu             sync.Mutex
	posts          []*model.Post
	directs        map[string]string // direct channels: name (both user ids) → channel id
	commands       map[string]*model.Command
	forbidCommands bool
	roles          map[string]string // user id → system roles
	teamRoles      map[string]string // user id → roles in f.teamID
	hooks          []hookCall
	refused        int // posts refused with 429
	live           []*fakeConn

	postCh chan *model.Post
	hookCh chan hookCall
	conns  chan *fakeConn
}

type hookCall struct {
	contentType string
	resp        model.CommandResponse
}

// fakeConn is one WebSocket connection seen from the server side.
type fakeConn struct {
	ws     *websocket.Conn
	wmu    sync.Mutex
	seq    atomic.Int64
	quiet  atomic.Bool   // stop pinging
	closed chan struct{} // the client went away (or the server dropped it)
}

func newFake(t *testing.T) *fakeMM {
	t.Helper()
	f := &fakeMM{
		t:           t,
		token:       "bot-token-" + model.NewId(),
		bot:         model.User{Id: model.NewId(), Username: "boussole", IsBot: true},
		teamID:      model.NewId(),
		maxPostSize: FallbackMaxPostSize,
		commands:    map[string]*model.Command{},
		postCh:      make(chan *model.Post, 100),
		hookCh:      make(chan hookCall, 10),
		conns:       make(chan *fakeConn, 16),
	}
	f.pingEvery.Store(int64(50 * time.Millisecond))
	mux := http.NewServeMux()
	mux.HandleFunc("GET /api/v4/users/me", f.authed(f.serveMe))
	mux.HandleFunc("GET /api/v4/users/{id}", f.authed(f.serveUser))
	mux.HandleFunc("GET /api/v4/teams/{team}/members/{user}", f.authed(f.serveTeamMember))
	mux.HandleFunc("POST /api/v4/posts", f.authed(f.servePost))
	mux.HandleFunc("POST /api/v4/channels/direct", f.authed(f.serveDirect))
	mux.HandleFunc("GET /api/v4/config/client", f.authed(f.serveClientConfig))
	mux.HandleFunc("GET /api/v4/teams/name/{name}", f.authed(f.serveTeam))
	mux.HandleFunc("GET /api/v4/commands", f.authed(f.serveListCommands))
	mux.HandleFunc("POST /api/v4/commands", f.authed(f.serveCreateCommand))
	mux.HandleFunc("PUT /api/v4/commands/{id}", f.authed(f.serveUpdateCommand))
	mux.HandleFunc("GET /api/v4/websocket", f.serveWS)
	mux.HandleFunc("POST /hooks/commands/{id}", f.serveHook)
	f.srv = httptest.NewServer(mux)
	t.Cleanup(func() {
		f.mu.Lock()
		live := f.live
		f.mu.Unlock()
		for _, c := range live {
			c.ws.Close()
		}
		f.srv.Close()
	})
	return f
}

func appError(w http.ResponseWriter, status int, id string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_, _ = io.WriteString(w, model.NewAppError("fake", id, nil, "", status).ToJSON())
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

// authed checks "Authorization: Bearer <token>" as the server does (case-insensitive scheme).
func (f *fakeMM) authed(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		scheme, tok, _ := strings.Cut(r.Header.Get("Authorization"), " ")
		if !strings.EqualFold(scheme, "bearer") || tok != f.token || f.revoked.Load() {
			appError(w, http.StatusUnauthorized, "api.context.session_expired.app_error")
			return
		}
		h(w, r)
	}
}

func (f *fakeMM) serveUser(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	f.mu.Lock()
	roles, ok := f.roles[id]
	f.mu.Unlock()
	if !ok {
		roles = "system_user"
	}
	writeJSON(w, http.StatusOK, model.User{Id: id, Username: "u" + id[:6], Roles: roles})
}

// serveDirect creates (or finds) the direct channel of two users, the bot one of them:
// 201 and the channel, named after both ids as Mattermost does.
func (f *fakeMM) serveDirect(w http.ResponseWriter, r *http.Request) {
	var ids []string
	if err := json.NewDecoder(r.Body).Decode(&ids); err != nil || len(ids) != 2 || !model.IsValidId(ids[0]) || !model.IsValidId(ids[1]) {
		appError(w, http.StatusBadRequest, "api.context.invalid_body_param.app_error")
		return
	}
	if ids[0] != f.bot.Id && ids[1] != f.bot.Id {
		appError(w, http.StatusForbidden, "api.context.permissions.app_error")
		return
	}
	name := model.GetDMNameFromIds(ids[0], ids[1])
	f.mu.Lock()
	if f.directs == nil {
		f.directs = map[string]string{}
	}
	id, ok := f.directs[name]
	if !ok {
		id = model.NewId()
		f.directs[name] = id
	}
	f.mu.Unlock()
	writeJSON(w, http.StatusCreated, model.Channel{Id: id, Type: model.ChannelTypeDirect, Name: name})
}

// direct is the id of the direct channel of two users, "" when none was created.
func (f *fakeMM) direct(a, b string) string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.directs[model.GetDMNameFromIds(a, b)]
}

func (f *fakeMM) serveTeamMember(w http.ResponseWriter, r *http.Request) {
	if r.PathValue("team") != f.teamID {
		appError(w, http.StatusNotFound, "app.team.get_member.missing.app_error")
		return
	}
	user := r.PathValue("user")
	f.mu.Lock()
	roles, ok := f.teamRoles[user]
	f.mu.Unlock()
	if !ok {
		roles = "team_user"
	}
	writeJSON(w, http.StatusOK, model.TeamMember{TeamId: f.teamID, UserId: user, Roles: roles})
}

func (f *fakeMM) serveMe(w http.ResponseWriter, _ *http.Request) {
	writeJSON(w, http.StatusOK, f.bot)
}

func (f *fakeMM) servePost(w http.ResponseWriter, r *http.Request) {
	if f.refusePosts.Add(-1) >= 0 {
		f.mu.Lock()
		f.refused++
		f.mu.Unlock()
		w.Header().Set("Retry-After", "0")
		appError(w, http.StatusTooManyRequests, "api.context.rate_limited.app_error")
		return
	}
	f.refusePosts.Store(0)
	var p model.Post
	if err := json.NewDecoder(r.Body).Decode(&p); err != nil {
		appError(w, http.StatusBadRequest, "api.context.invalid_body_param.app_error")
		return
	}
	p.UserId = f.bot.Id
	p.PreSave()
	if err := p.IsValid(f.maxPostSize); err != nil {
		appError(w, http.StatusBadRequest, err.Id)
		return
	}
	f.mu.Lock()
	f.posts = append(f.posts, &p)
	f.mu.Unlock()
	f.postCh <- &p
	writeJSON(w, http.StatusCreated, &p)
}

func (f *fakeMM) serveClientConfig(w http.ResponseWriter, _ *http.Request) {
	writeJSON(w, http.StatusOK, map[string]string{"Version": "10.0.0", "MaxPostSize": strconv.Itoa(f.maxPostSize)})
}

func (f *fakeMM) serveTeam(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, model.Team{Id: f.teamID, Name: r.PathValue("name")})
}

func (f *fakeMM) serveListCommands(w http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.forbidCommands {
		appError(w, http.StatusForbidden, "api.context.permissions.app_error")
		return
	}
	out := []*model.Command{}
	for _, c := range f.commands {
		if c.TeamId == r.URL.Query().Get("team_id") {
			cp := *c
			out = append(out, &cp)
		}
	}
	writeJSON(w, http.StatusOK, out)
}

func (f *fakeMM) serveCreateCommand(w http.ResponseWriter, r *http.Request) {
	var c model.Command
	if err := json.NewDecoder(r.Body).Decode(&c); err != nil {
		appError(w, http.StatusBadRequest, "api.context.invalid_body_param.app_error")
		return
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.forbidCommands {
		appError(w, http.StatusForbidden, "api.context.permissions.app_error")
		return
	}
	c.Id, c.Token = "", ""
	c.CreatorId = f.bot.Id
	c.Trigger = strings.ToLower(c.Trigger)
	c.PreSave()
	if err := c.IsValid(); err != nil {
		appError(w, http.StatusBadRequest, err.Id)
		return
	}
	for _, o := range f.commands {
		if o.TeamId == c.TeamId && o.Trigger == c.Trigger {
			appError(w, http.StatusBadRequest, "api.command.duplicate_trigger.app_error")
			return
		}
	}
	f.commands[c.Id] = &c
	writeJSON(w, http.StatusCreated, &c)
}

func (f *fakeMM) serveUpdateCommand(w http.ResponseWriter, r *http.Request) {
	var c model.Command
	if err := json.NewDecoder(r.Body).Decode(&c); err != nil {
		appError(w, http.StatusBadRequest, "api.context.invalid_body_param.app_error")
		return
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	old, ok := f.commands[r.PathValue("id")]
	if !ok {
		appError(w, http.StatusNotFound, "api.command.update.app_error")
		return
	}
	if old.CreatorId != f.bot.Id {
		appError(w, http.StatusForbidden, "api.command.update.app_error")
		return
	}
	// Like the server: the token, creator and team cannot change.
	c.Id, c.Token, c.CreatorId, c.TeamId, c.CreateAt = old.Id, old.Token, old.CreatorId, old.TeamId, old.CreateAt
	c.PreUpdate()
	if err := c.IsValid(); err != nil {
		appError(w, http.StatusBadRequest, err.Id)
		return
	}
	f.commands[c.Id] = &c
	writeJSON(w, http.StatusOK, &c)
}

func (f *fakeMM) serveHook(w http.ResponseWriter, r *http.Request) {
	resp, err := model.CommandResponseFromHTTPBody(r.Header.Get("Content-Type"), r.Body)
	if err != nil || resp == nil {
		appError(w, http.StatusBadRequest, "web.command_webhook.parse.app_error")
		return
	}
	h := hookCall{contentType: r.Header.Get("Content-Type"), resp: *resp}
	f.mu.Lock()
	f.hooks = append(f.hooks, h)
	f.mu.Unlock()
	f.hookCh <- h
	w.WriteHeader(http.StatusOK)
}

// serveWS speaks the server side of the WebSocket: authentication challenge, OK response,
// hello, then pings every pingEvery until the connection ends.
func (f *fakeMM) serveWS(w http.ResponseWriter, r *http.Request) {
	up := websocket.Upgrader{}
	ws, err := up.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	c := &fakeConn{ws: ws, closed: make(chan struct{})}
	f.mu.Lock()
	f.live = append(f.live, c)
	f.mu.Unlock()
	_ = ws.SetReadDeadline(time.Now().Add(5 * time.Second))
	var req model.WebSocketRequest
	if err := ws.ReadJSON(&req); err != nil || req.Action != string(model.WebsocketAuthenticationChallenge) || req.Data["token"] != f.token || f.revoked.Load() {
		ws.Close() // the real server closes silently on a bad token
		close(c.closed)
		return
	}
	_ = ws.SetReadDeadline(time.Time{})
	c.write(model.NewWebSocketResponse(model.StatusOk, req.Seq, nil))
	hello := model.NewWebSocketEvent(model.WebsocketEventHello, "", "", f.bot.Id, nil, "")
	hello.Add("server_version", "10.0.0.fake")
	hello.Add("connection_id", model.NewId())
	c.send(hello)
	select {
	case f.conns <- c:
	case <-time.After(5 * time.Second):
	}
	go func() {
		for {
			d := time.Duration(f.pingEvery.Load())
			if d <= 0 {
				d = 20 * time.Millisecond
			}
			select {
			case <-c.closed:
				return
			case <-time.After(d):
			}
			if f.pingEvery.Load() > 0 && !c.quiet.Load() {
				_ = ws.WriteControl(websocket.PingMessage, nil, time.Now().Add(time.Second))
			}
		}
	}()
	for { // read pongs and close frames until the client goes away
		if _, _, err := ws.NextReader(); err != nil {
			close(c.closed)
			ws.Close()
			return
		}
	}
}

func (c *fakeConn) write(v any) {
	c.wmu.Lock()
	defer c.wmu.Unlock()
	_ = c.ws.WriteJSON(v)
}

func (c *fakeConn) send(ev *model.WebSocketEvent) {
	ev = ev.SetSequence(c.seq.Add(1))
	b, err := ev.ToJSON()
	if err != nil {
		panic(err)
	}
	c.wmu.Lock()
	defer c.wmu.Unlock()
	_ = c.ws.WriteMessage(websocket.TextMessage, b)
}

// drop cuts the connection abruptly, as a restarting server or a proxy would.
func (c *fakeConn) drop() { _ = c.ws.UnderlyingConn().Close() }

// nextConn waits for the adapter's next authenticated connection.
func (f *fakeMM) nextConn(t *testing.T, within time.Duration) *fakeConn {
	t.Helper()
	select {
	case c := <-f.conns:
		return c
	case <-time.After(within):
		t.Fatalf("no WebSocket connection within %s", within)
		return nil
	}
}

// nextPost waits for the next post the bot creates.
func (f *fakeMM) nextPost(t *testing.T) *model.Post {
	t.Helper()
	select {
	case p := <-f.postCh:
		return p
	case <-time.After(10 * time.Second):
		t.Fatal("the bot posted nothing within 10s")
		return nil
	}
}

// noPost checks that the bot posts nothing more for a while.
func (f *fakeMM) noPost(t *testing.T, d time.Duration) {
	t.Helper()
	select {
	case p := <-f.postCh:
		t.Fatalf("unexpected post: root=%q message=%.200q", p.RootId, p.Message)
	case <-time.After(d):
	}
}

// question is a user's post.
func question(channel, msg string) *model.Post {
	return &model.Post{Id: model.NewId(), UserId: model.NewId(), ChannelId: channel, Message: msg, CreateAt: model.GetMillis()}
}

// posted builds the "posted" event as the server does: the post and the mentions are
// JSON strings inside the data.
func posted(p *model.Post, channelType model.ChannelType, mentions ...string) *model.WebSocketEvent {
	ev := model.NewWebSocketEvent(model.WebsocketEventPosted, "", p.ChannelId, "", nil, "")
	b, err := json.Marshal(p)
	if err != nil {
		panic(err)
	}
	ev.Add("post", string(b))
	ev.Add("channel_type", string(channelType))
	ev.Add("channel_display_name", "Town Square")
	ev.Add("channel_name", "town-square")
	ev.Add("sender_name", "@alice")
	ev.Add("set_online", true)
	if len(mentions) > 0 {
		m, _ := json.Marshal(mentions)
		ev.Add("mentions", string(m))
	}
	return ev
}

// logBuffer collects the adapter's logs so tests can check that no secret is logged.
type logBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *logBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *logBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// running is an adapter started with Run against the fake.
type running struct {
	a    *Adapter
	logs *logBuffer
	stop func() error // cancel and wait for Run's result
}

// startedFake is a fake server with the bot started and connected: the start of most tests.
func startedFake(t *testing.T) (*fakeMM, *fakeConn) {
	t.Helper()
	f := newFake(t)
	f.start(t, f.config(), nil)
	return f, f.nextConn(t, 5*time.Second)
}

func (f *fakeMM) config() Config {
	return Config{Enabled: true, URL: f.srv.URL, Token: f.token, Listen: "127.0.0.1:0",
		ReconnectMin: 10 * time.Millisecond, ReconnectMax: 200 * time.Millisecond}
}

// start runs an adapter against the fake; the test ends it (and checks Run returned nil
// promptly) in Cleanup unless it calls stop itself.
func (f *fakeMM) start(t *testing.T, cfg Config, setup func(*Adapter)) *running {
	t.Helper()
	logs := &logBuffer{}
	a, err := New(cfg, newBot(t), slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug})))
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	if setup != nil {
		setup(a)
	}
	ctx, cancel := context.WithCancel(context.Background())
	errc := make(chan error, 1)
	go func() { errc <- a.Run(ctx) }()
	var once sync.Once
	var result error
	stop := func() error {
		once.Do(func() {
			cancel()
			select {
			case result = <-errc:
			case <-time.After(10 * time.Second):
				t.Error("Run did not return within 10s of cancellation")
			}
		})
		return result
	}
	t.Cleanup(func() {
		if err := stop(); err != nil {
			t.Errorf("Run returned %v after cancellation, want nil", err)
		}
		for _, secret := range append([]string{cfg.Token}, cfg.CommandTokens...) {
			if secret != "" && strings.Contains(logs.String(), secret) {
				t.Errorf("a token appears in the logs")
			}
		}
		if t.Failed() {
			t.Logf("adapter logs:\n%s", logs.String())
		}
	})
	return &running{a: a, logs: logs, stop: stop}
}

// slashURL waits for the slash endpoint and returns its base URL.
func (r *running) slashURL(t *testing.T) string {
	t.Helper()
	select {
	case <-r.a.listening:
	case <-time.After(5 * time.Second):
		t.Fatal("slash endpoint not listening within 5s")
	}
	if r.a.addr == nil {
		t.Fatal("slash endpoint is off")
	}
	return "http://" + r.a.addr.String()
}

// commandForm is exactly what Mattermost posts for a custom slash command.
func (f *fakeMM) commandForm(token, command, text string) url.Values {
	return url.Values{
		"token":        {token},
		"team_id":      {f.teamID},
		"team_domain":  {"libre"},
		"channel_id":   {model.NewId()},
		"channel_name": {"town-square"},
		"user_id":      {model.NewId()},
		"user_name":    {"alice"},
		"command":      {command},
		"text":         {text},
		"response_url": {f.srv.URL + "/hooks/commands/" + model.NewId()},
		"trigger_id":   {model.NewId()},
	}
}
