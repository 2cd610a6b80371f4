// SPDX-License-Identifier: AGPL-3.0-or-later

package matrix

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"maunium.net/go/mautrix"
	"maunium.net/go/mautrix/event"
	"maunium.net/go/mautrix/id"

	"github.com/boussole-libre/boussole/adapters/guard"
	"github.com/boussole-libre/boussole/bot"
	"github.com/boussole-libre/boussole/knowledge"
	"github.com/boussole-libre/boussole/knowledge/data"
	"github.com/boussole-libre/boussole/knowledge/geo"
)

const (
	replyWait = 20 * time.Second
	password  = "correct horse battery staple"
)

var botID = id.UserID("@boussole:localhost")

func newBot(t *testing.T) *bot.Bot {
	t.Helper()
	g, err := geo.Load()
	if err != nil {
		t.Fatal(err)
	}
	kb, err := knowledge.Load(data.FS, g)
	if err != nil {
		t.Fatal(err)
	}
	return bot.New(kb)
}

// runningBot is the adapter under test, running against the homeserver.
type runningBot struct {
	a       *Adapter
	stop    func() error
	logPath string
}

// logged reports whether the bot's log has a line containing s.
func (r *runningBot) logged(s string) bool {
	b, _ := os.ReadFile(r.logPath)
	return strings.Contains(string(b), s)
}

// startAdapter runs an adapter until the returned stop is called (or the test ends); it
// waits for the first sync. Logs go to a file shown when the test fails.
func startAdapter(t *testing.T, cfg Config, b *bot.Bot, setup func(*Adapter)) *runningBot {
	t.Helper()
	logPath := filepath.Join(t.TempDir(), "bot.log")
	f, err := os.Create(logPath)
	if err != nil {
		t.Fatal(err)
	}
	log := slog.New(slog.NewTextHandler(f, &slog.HandlerOptions{Level: slog.LevelDebug}))
	a, err := New(cfg, b, log)
	if err != nil {
		t.Fatal(err)
	}
	if setup != nil {
		setup(a)
	}
	ctx, cancel := context.WithCancel(context.Background())
	errc := make(chan error, 1)
	go func() { errc <- a.Run(ctx) }()
	var stopped bool
	var runErr error
	stop := func() error {
		if !stopped {
			stopped = true
			cancel()
			runErr = <-errc
			_ = f.Close()
		}
		return runErr
	}
	t.Cleanup(func() {
		if err := stop(); err != nil {
			t.Errorf("bot stopped with: %v", err)
		}
		if t.Failed() || os.Getenv("DEBUGLOG") != "" {
			b, _ := os.ReadFile(logPath)
			t.Logf("bot log:\n%s", b)
		}
	})
	select {
	case <-a.Synced():
	case err := <-errc:
		errc <- err
		t.Fatalf("bot did not start: %v", err)
	case <-time.After(60 * time.Second):
		t.Fatal("bot did not finish its first sync within 60 s")
	}
	return &runningBot{a: a, stop: stop, logPath: logPath}
}

// panicky is the bot, except that it panics on a question containing PANIQUE.
type panicky struct{ guard.Core }

func (p panicky) Converse(k bot.ConversationKey, text string) (bot.Understanding, bot.Reply) {
	if strings.Contains(text, "PANIQUE") {
		panic("test panic")
	}
	return p.Core.Converse(k, text)
}

// TestDendrite runs the Matrix scenarios against one real homeserver, in order: each
// builds on the rooms of the previous ones, and the last checks that every question got
// exactly one answer.
func TestDendrite(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a homeserver")
	}
	began := time.Now()
	d := startDendrite(t)
	botToken, _ := d.account("boussole", password)
	aliceToken, aliceDevice := d.account("alice", password)
	bobToken, bobDevice := d.account("bob", password)
	alice := newUser(t, d, "alice", aliceToken, aliceDevice, e2eeTests)
	bob := newUser(t, d, "bob", bobToken, bobDevice, false)

	// A listed room, created before the bot starts: its pending invite is joined at start.
	listed := alice.createRoom(&mautrix.ReqCreateRoom{Preset: "public_chat", Name: "Entraide libre", Invite: []id.UserID{botID, bob.id}})
	bob.join(listed)
	t.Logf("homeserver and accounts ready in %s", time.Since(began).Round(time.Millisecond))

	stateDir := t.TempDir()
	cfg := Config{
		Enabled: true, Homeserver: d.URL, UserID: botID.String(), Token: botToken, StateDir: stateDir,
		Encryption: &[]bool{e2eeTests}[0], Rooms: []string{listed.String()},
		InviteFrom: []string{"@alice:localhost"}, Admins: []string{"@alice:localhost"},
		RateLimit: RateLimit{Burst: 50, Every: time.Second}, ReconnectMin: 200 * time.Millisecond, ReconnectMax: time.Second,
	}
	kb := newBot(t)
	run := startAdapter(t, cfg, kb, func(a *Adapter) { a.core = panicky{a.core} })
	alice.waitMembership(listed, botID, event.MembershipJoin, false, replyWait)
	t.Logf("bot started in %s", time.Since(began).Round(time.Millisecond))

	s := &scenario{t: t, d: d, alice: alice, bob: bob, listed: listed, kb: kb, botToken: botToken}
	steps := []struct {
		name string
		fn   func(t *testing.T)
	}{
		{"InviteAutoJoinedFromAllowList", s.invites},
		{"MentionInGroupRoom", s.mention},
		{"ListedRoomWithoutMention", s.listedRoom},
		{"ReplyInThread", s.thread},
		{"CommandProvidersDepartement", s.providersCommand},
		{"RoomMentionNeutralised", s.roomMention},
		{"NonAdminRefusedKB", s.kbAdmin},
		{"DirectMessage", s.direct},
		{"EncryptedDirectMessage", s.encrypted},
		{"NotifyByDirectMessage", func(t *testing.T) { s.notify(t, run) }},
		{"PanicGetsApology", s.panics},
		{"EmptyRoomLeft", s.emptyRoom},
		{"HomeserverRestart", func(t *testing.T) { s.homeserverRestart(t, run) }},
		{"BotRestartResumes", func(t *testing.T) { s.botRestart(t, run, cfg) }},
		{"EachQuestionAnsweredOnce", s.answeredOnce},
		{"BadTokenRefusedAtStart", func(t *testing.T) { s.badToken(t, cfg) }},
	}
	for _, step := range steps {
		start := time.Now()
		ok := t.Run(step.name, step.fn)
		t.Logf("%s: %s", step.name, time.Since(start).Round(time.Millisecond))
		if !ok {
			break
		}
	}
	t.Logf("whole Matrix scenario: %s", time.Since(began).Round(time.Millisecond))
}

// scenario holds what the steps share.
type scenario struct {
	t          *testing.T
	d          *dendrite
	alice, bob *user
	listed     id.RoomID
	group      id.RoomID // alice, bob and the bot; not listed
	dm         id.RoomID
	secret     id.RoomID
	kb         *bot.Bot
	botToken   string
	questions  []id.EventID // every question that must get exactly one answer
}

func (s *scenario) asked(q id.EventID) id.EventID {
	s.questions = append(s.questions, q)
	return q
}

// invites: alice (allowed) gets the bot in a new room; bob (not on the list) does not.
func (s *scenario) invites(t *testing.T) {
	s.group = s.alice.createRoom(&mautrix.ReqCreateRoom{Preset: "public_chat", Name: "Groupe", Invite: []id.UserID{botID, s.bob.id}})
	s.bob.join(s.group)
	s.alice.waitMembership(s.group, botID, event.MembershipJoin, false, replyWait)

	bobs := s.bob.createRoom(&mautrix.ReqCreateRoom{Preset: "private_chat", Invite: []id.UserID{botID}})
	s.bob.waitMembership(bobs, botID, event.MembershipLeave, false, replyWait) // declined
}

// mention: in a group room the bot answers when mentioned (m.mentions, a pill or its
// display name), and only then.
func (s *scenario) mention(t *testing.T) {
	ignored := s.alice.say(s.group, "alternative à Google Drive ?")
	byMentions := s.asked(s.alice.say(s.group, "alternative à Google Drive ?", botID))
	r := s.alice.waitReply(botID, byMentions, replyWait)
	m := r.Content.AsMessage()
	if !strings.Contains(m.Body, "Nextcloud") || !strings.Contains(m.FormattedBody, "<li>") {
		t.Errorf("answer to a mention lacks the tools:\nbody: %s\nhtml: %s", m.Body, m.FormattedBody)
	}
	checkAnswerForm(t, r, byMentions, "")

	pill := s.asked(s.alice.send(s.group, &event.MessageEventContent{
		Body: "boussole: alternative à Trello ?", Format: event.FormatHTML,
		FormattedBody: `<a href="https://matrix.to/#/@boussole:localhost">boussole</a>: alternative à Trello ?`,
	}))
	if m := s.alice.waitReply(botID, pill, replyWait).Content.AsMessage(); !strings.Contains(m.Body, "Trello") {
		t.Errorf("answer to a pill mention is not about Trello: %s", m.Body)
	}
	byName := s.asked(s.bob.say(s.group, "Boussole, alternative à Doodle ?"))
	s.alice.waitReply(botID, byName, replyWait)

	time.Sleep(300 * time.Millisecond)
	if n := len(s.alice.replies(botID, ignored)); n != 0 {
		t.Errorf("the bot answered an unaddressed message in a group room (%d answers)", n)
	}
}

// listedRoom: in a configured room the bot answers questions without a mention, but
// stays quiet on small talk.
func (s *scenario) listedRoom(t *testing.T) {
	chat := s.bob.say(s.listed, "bonjour tout le monde, il fait beau")
	q := s.asked(s.bob.say(s.listed, "un outil de sondage libre ?"))
	s.alice.waitReply(botID, q, replyWait)
	time.Sleep(300 * time.Millisecond)
	if n := len(s.alice.replies(botID, chat)); n != 0 {
		t.Errorf("small talk in a listed room got %d answers", n)
	}
}

// thread: a question inside a thread is answered inside that thread, as a reply to it.
func (s *scenario) thread(t *testing.T) {
	root := s.asked(s.alice.say(s.group, "alternative à Slack ?", botID))
	s.alice.waitReply(botID, root, replyWait)
	c := &event.MessageEventContent{Body: "et à Teams ?", Mentions: &event.Mentions{UserIDs: []id.UserID{botID}},
		RelatesTo: (&event.RelatesTo{}).SetThread(root, root)}
	q := s.asked(s.alice.send(s.group, c))
	r := s.alice.waitReply(botID, q, replyWait)
	checkAnswerForm(t, r, q, root)
}

// providersCommand: "!prestataires 35" runs the command of the table with the
// département as its first option, exactly as the core answers it.
func (s *scenario) providersCommand(t *testing.T) {
	q := s.asked(s.bob.say(s.group, "!prestataires 35"))
	r := s.alice.waitReply(botID, q, replyWait)
	want := Render(s.kb.Run("prestataires", bot.Call{Args: map[string]string{"région": "35"}, Lang: bot.French}))
	got := r.Content.AsMessage()
	if got.Body != want.Body || got.FormattedBody != want.HTML {
		t.Errorf("!prestataires 35:\n got: %s\nwant: %s", got.Body, want.Body)
	}
	if !strings.Contains(got.Body, "Ille-et-Vilaine") || !strings.Contains(got.Body, "!prestataires région:35 page:2") {
		t.Errorf("!prestataires 35 does not list Ille-et-Vilaine with a next-page command: %s", got.Body)
	}
	q2 := s.asked(s.bob.say(s.group, "!prestataires région:35 outil:nextcloud"))
	if b := s.alice.waitReply(botID, q2, replyWait).Content.AsMessage().Body; !strings.Contains(b, "Nextcloud") {
		t.Errorf("!prestataires région:35 outil:nextcloud: %s", b)
	}
}

// roomMention: "@room" and user ids echoed from a question never ping: m.mentions is
// empty and the text carries no live "@room".
func (s *scenario) roomMention(t *testing.T) {
	q := s.asked(s.bob.say(s.group, "!outil nom:@room @alice:localhost"))
	r := s.alice.waitReply(botID, q, replyWait)
	m := r.Content.AsMessage()
	if !strings.Contains(m.Body, "room") {
		t.Fatalf("the answer does not echo the unknown tool, so the test proves nothing: %s", m.Body)
	}
	for _, s := range []string{m.Body, m.FormattedBody} {
		if strings.Contains(s, "@room") || strings.Contains(s, "@alice") {
			t.Errorf("live mention in the answer: %q", s)
		}
	}
	checkAnswerForm(t, r, q, "")
}

// kbAdmin: !kb is refused to bob, who is not an admin, and runs for alice, who is.
func (s *scenario) kbAdmin(t *testing.T) {
	q := s.asked(s.bob.say(s.group, "!kb statut"))
	if b := s.alice.waitReply(botID, q, replyWait).Content.AsMessage().Body; !strings.Contains(b, "réservée aux admins") {
		t.Errorf("bob's !kb statut was not refused: %s", b)
	}
	q = s.asked(s.alice.say(s.group, "!kb statut"))
	if b := s.alice.waitReply(botID, q, replyWait).Content.AsMessage().Body; strings.Contains(b, "réservée aux admins") {
		t.Errorf("alice (admin) was refused: %s", b)
	}
}

// direct: in a direct room every message is for the bot.
func (s *scenario) direct(t *testing.T) {
	s.dm = s.alice.createRoom(&mautrix.ReqCreateRoom{Preset: "trusted_private_chat", IsDirect: true, Invite: []id.UserID{botID}})
	s.alice.waitMembership(s.dm, botID, event.MembershipJoin, false, replyWait)
	q := s.asked(s.alice.say(s.dm, "alternative à WhatsApp ?"))
	r := s.alice.waitReply(botID, q, replyWait)
	checkAnswerForm(t, r, q, "")
}

// encrypted: in an encrypted direct room (Element's default) the bot reads the question
// and answers encrypted.
func (s *scenario) encrypted(t *testing.T) {
	if !e2eeTests {
		t.Skip("encrypted rooms need -tags goolm")
	}
	s.secret = s.alice.createRoom(&mautrix.ReqCreateRoom{Preset: "trusted_private_chat", IsDirect: true, Invite: []id.UserID{botID},
		InitialState: []*event.Event{{Type: event.StateEncryption, Content: event.Content{Parsed: &event.EncryptionEventContent{Algorithm: id.AlgorithmMegolmV1}}}}})
	s.alice.waitMembership(s.secret, botID, event.MembershipJoin, true, replyWait)
	q := s.asked(s.alice.say(s.secret, "alternative à Google Docs ?"))
	r := s.alice.waitReply(botID, q, replyWait)
	if r.Mautrix.EventSource&event.SourceDecrypted == 0 {
		t.Errorf("the answer in the encrypted room was not encrypted")
	}
	if b := r.Content.AsMessage().Body; !strings.Contains(b, "Google Docs") {
		t.Errorf("encrypted answer: %s", b)
	}
	checkAnswerForm(t, r, q, "")
}

// panics: a panic while answering gets a short apology, and the bot keeps answering.
func (s *scenario) panics(t *testing.T) {
	q := s.asked(s.alice.say(s.dm, "PANIQUE"))
	if b := s.alice.waitReply(botID, q, replyWait).Content.AsMessage().Body; !strings.Contains(b, "Désolé") {
		t.Errorf("no apology after a panic: %s", b)
	}
	q = s.asked(s.alice.say(s.dm, "alternative à Zoom ?"))
	s.alice.waitReply(botID, q, replyWait)
}

// emptyRoom: when the last person leaves, the bot leaves too.
func (s *scenario) emptyRoom(t *testing.T) {
	room := s.alice.createRoom(&mautrix.ReqCreateRoom{Preset: "private_chat", Invite: []id.UserID{botID}})
	s.alice.waitMembership(room, botID, event.MembershipJoin, false, replyWait)
	ctx, cancel := s.alice.ctx()
	defer cancel()
	if _, err := s.alice.cli.LeaveRoom(ctx, room); err != nil {
		t.Fatal(err)
	}
	botCli, err := mautrix.NewClient(s.d.URL, botID, s.botToken)
	if err != nil {
		t.Fatal(err)
	}
	eventually(t, replyWait, "the bot leaves the empty room", func() bool {
		resp, err := botCli.JoinedRooms(ctx)
		return err == nil && !contains(resp.JoinedRooms, room)
	})
}

// homeserverRestart: the homeserver goes away for a while and comes back; the bot backs
// off, resumes from its sync token and answers the next question once.
func (s *scenario) homeserverRestart(t *testing.T, run *runningBot) {
	before := s.asked(s.alice.say(s.group, "alternative à Dropbox ?", botID))
	s.alice.waitReply(botID, before, replyWait)
	if err := run.a.Ready(); err != nil {
		t.Errorf("Ready() = %v while syncing", err)
	}
	reconnects := run.a.Reconnects()
	s.d.stop()
	eventually(t, replyWait, "the bot sees the homeserver gone", func() bool { return run.logged("sync failed; retrying") })
	if err := run.a.Ready(); err == nil || !strings.Contains(err.Error(), "sync failing") {
		t.Errorf("Ready() = %v with the homeserver down, want the sync failure", err)
	}
	time.Sleep(time.Second) // a few backoff rounds
	s.d.start()
	after := s.asked(s.alice.say(s.group, "alternative à Notion ?", botID))
	s.alice.waitReply(botID, after, 40*time.Second)
	if !run.logged("sync resumed") {
		t.Error("the bot answered without logging that its sync resumed")
	}
	if err := run.a.Ready(); err != nil || run.a.Reconnects() != reconnects+1 {
		t.Errorf("after the restart: Ready() = %v, %d reconnects, want nil and %d", err, run.a.Reconnects(), reconnects+1)
	}
}

// notify: the bot's reports to an admin (the end of !kb verifier) go to a room where they
// are alone with the bot — an existing one for Alice, a new invitation for Bob.
func (s *scenario) notify(t *testing.T, run *runningBot) {
	ctx, cancel := context.WithTimeout(context.Background(), replyWait)
	defer cancel()
	r := bot.Reply{Title: "Vérification terminée", Text: "2 erreurs @room", Lang: bot.French}
	if err := run.a.Notify(ctx, s.alice.id.String(), r); err != nil {
		t.Fatalf("Notify(alice): %v", err)
	}
	got := s.alice.waitNotice(botID, "Vérification terminée", replyWait)
	if got.RoomID != s.dm && got.RoomID != s.secret {
		t.Errorf("alice's report came in %s, not in one of her direct rooms with the bot", got.RoomID)
	}
	if m := got.Content.AsMessage(); strings.Contains(m.Body, "@room") || m.Mentions == nil || m.Mentions.Room {
		t.Errorf("the report may ping the room: %+v", m)
	}
	if err := run.a.Notify(ctx, s.bob.id.String(), r); err != nil {
		t.Fatalf("Notify(bob): %v", err)
	}
	invited := s.bob.waitInvite(botID, replyWait)
	s.bob.join(invited)
	// Bob's test client does not decrypt: read what the server holds.
	want := event.EventMessage
	if e2eeTests {
		want = event.EventEncrypted // the bot encrypts the rooms it creates when it can
	}
	// The homeserver applies Bob's join asynchronously: until it has, the history it shows
	// him stops at his invitation.
	eventually(t, replyWait, fmt.Sprintf("a %s from the bot in the direct room %s it invited bob to", want.Type, invited), func() bool {
		for _, e := range s.bob.history(invited) {
			if e.Sender == botID && e.Type == want {
				return true
			}
		}
		return false
	})
	if err := run.a.Notify(ctx, "not a user", r); err == nil {
		t.Error("Notify accepted a malformed user id")
	}
}

// botRestart: the bot stops and starts again from its state directory: it resumes from
// the saved sync token, keeps its device and encryption sessions, and answers new
// questions, the encrypted ones included.
func (s *scenario) botRestart(t *testing.T, old *runningBot, cfg Config) {
	device := old.a.cli.DeviceID
	if err := old.stop(); err != nil {
		t.Fatalf("stopping the bot: %v", err)
	}
	st, err := openState(cfg.StateDir, cfg.UserID)
	if err != nil || st.nextBatch() == "" || st.deviceID() != device.String() {
		t.Fatalf("state after stop: next_batch %q, device %q (want %q), err %v", st.nextBatch(), st.deviceID(), device, err)
	}
	if e2eeTests {
		for _, f := range []string{"crypto.db", "pickle.key", "state.json"} {
			if info, err := os.Stat(filepath.Join(cfg.StateDir, f)); err != nil || info.Mode().Perm()&0o077 != 0 {
				t.Errorf("%s must exist and be private: %v %v", f, err, info)
			}
		}
	}
	missed := s.asked(s.alice.say(s.group, "alternative à Gmail ?", botID)) // while the bot is down
	invitedMeanwhile := s.alice.createRoom(&mautrix.ReqCreateRoom{Preset: "private_chat", Invite: []id.UserID{botID}})
	time.Sleep(20 * time.Millisecond)
	again := startAdapter(t, cfg, s.kb, nil)
	if !again.logged("resuming sync from the saved token") {
		t.Error("the restarted bot did not resume from its saved sync token")
	}
	if again.a.cli.DeviceID != device {
		t.Errorf("device changed across a restart: %s → %s", device, again.a.cli.DeviceID)
	}
	s.alice.waitMembership(invitedMeanwhile, botID, event.MembershipJoin, false, replyWait)
	q := s.asked(s.alice.say(s.group, "alternative à Outlook ?", botID))
	s.alice.waitReply(botID, q, replyWait)
	if e2eeTests {
		q := s.asked(s.alice.say(s.secret, "alternative à Google Agenda ?"))
		s.alice.waitReply(botID, q, replyWait)
	}
	// A question older than the bot's start is not answered.
	s.questions = removeID(s.questions, missed)
	time.Sleep(300 * time.Millisecond)
	if n := len(s.alice.replies(botID, missed)); n != 0 {
		t.Errorf("a question sent while the bot was down (before its start) got %d answers", n)
	}
}

// answeredOnce: after all that (replayed syncs, a homeserver restart, a bot restart),
// every question has exactly one answer.
func (s *scenario) answeredOnce(t *testing.T) {
	time.Sleep(time.Second) // let any duplicate arrive
	for _, q := range s.questions {
		if n := len(s.alice.replies(botID, q)); n != 1 {
			t.Errorf("question %s has %d answers, want 1", q, n)
		}
	}
}

// badToken: a token the homeserver does not know stops the adapter at once with a
// message naming the variable to fix, and never the token itself.
func (s *scenario) badToken(t *testing.T, cfg Config) {
	cfg.Token = "syt_Ym9ndXM_notarealtoken_0000"
	cfg.StateDir = t.TempDir()
	a, err := New(cfg, s.kb, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	err = a.Run(ctx)
	if err == nil || !strings.Contains(err.Error(), "refused the access token") || !strings.Contains(err.Error(), EnvToken) {
		t.Fatalf("Run with a bad token: %v", err)
	}
	if strings.Contains(err.Error(), cfg.Token) {
		t.Fatalf("the token leaked into the error: %v", err)
	}
}

func removeID(ids []id.EventID, x id.EventID) []id.EventID {
	out := ids[:0]
	for _, v := range ids {
		if v != x {
			out = append(out, v)
		}
	}
	return out
}

// checkAnswerForm checks what every answer must be: a notice replying to the question
// (in its thread when it has one), HTML plus plain text, and an empty m.mentions.
func checkAnswerForm(t *testing.T, r *event.Event, q, thread id.EventID) {
	t.Helper()
	m := r.Content.AsMessage()
	if m.MsgType != event.MsgNotice || m.Format != event.FormatHTML || m.FormattedBody == "" || m.Body == "" {
		t.Errorf("answer form: msgtype %q, format %q, html %d bytes, body %d bytes", m.MsgType, m.Format, len(m.FormattedBody), len(m.Body))
	}
	rel := m.RelatesTo
	if rel == nil || rel.InReplyTo == nil || rel.InReplyTo.EventID != q || rel.IsFallingBack {
		t.Errorf("answer is not a reply to %s: %+v", q, rel)
	}
	if thread != "" && (rel == nil || rel.Type != event.RelThread || rel.EventID != thread) {
		t.Errorf("answer is not in thread %s: %+v", thread, rel)
	}
	if thread == "" && rel != nil && rel.Type == event.RelThread {
		t.Errorf("answer to a question outside threads is in a thread: %+v", rel)
	}
	raw, ok := r.Content.Raw["m.mentions"].(map[string]any)
	if !ok || len(raw) != 0 {
		b, _ := json.Marshal(r.Content.Raw["m.mentions"])
		t.Errorf("m.mentions must be present and empty, got %s", b)
	}
}
