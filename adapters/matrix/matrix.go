// SPDX-License-Identifier: AGPL-3.0-or-later

// Package matrix is Boussole's Matrix front end (Element, Tchap…): it syncs with the
// homeserver as a bot account, answers when mentioned, in direct rooms and in the rooms of
// the config, runs the "!" commands of bot.Commands(), joins invites from an allow-list
// and reads and answers in encrypted rooms (with -tags goolm). All the answering is done
// by package bot; this package only talks Matrix.
package matrix

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"time"

	"maunium.net/go/mautrix"
	"maunium.net/go/mautrix/id"

	"github.com/boussole-libre/boussole/adapters/guard"
	"github.com/boussole-libre/boussole/bot"
)

const (
	// apiTimeout bounds one REST call; the sync long poll asks the server to answer within
	// syncTimeout, well below it.
	apiTimeout  = 60 * time.Second
	syncTimeout = 30 * time.Second
	// sendTimeout bounds one answer, rate-limit waits and retries included.
	sendTimeout = 60 * time.Second
	// batchWait bounds how long a sync batch waits for its answers before the sync token
	// is saved anyway.
	batchWait = 90 * time.Second
	// shutdownWait bounds the wait for answers in flight at shutdown.
	shutdownWait = 5 * time.Second
	// maxQuestion bounds the bytes of a message kept for its answer while it waits in the
	// queue; langSample bounds the text read to pick the language of a notice.
	maxQuestion = 8 << 10
	langSample  = 280
)

// Adapter connects one bot to one Matrix account. Create it with New, start it with Run.
type Adapter struct {
	cfg  Config
	core guard.Core // the bot; the package's tests wrap it to make it panic
	log  *slog.Logger
	cli  *mautrix.Client

	dedup    *guard.Dedup
	limits   *guard.Limits
	stats    guard.Stats
	link     guard.Link // the sync connection, for /readyz and /metrics
	pool     *guard.Pool
	poolSize guard.PoolSize
	members  *memberCache
	once     guard.Once

	// Set by Run before the sync loop starts.
	state       *state
	start       int64 // Unix ms: events older than this are never answered
	displayName string
	rooms       map[id.RoomID]bool // configured rooms, aliases resolved
	closeCrypto func() error

	// synced is closed once the first sync batch is processed: the bot then answers.
	synced     chan struct{}
	syncedOnce sync.Once

	emptyMu    sync.Mutex         // guards emptyCheck and warned
	emptyCheck map[id.RoomID]bool // rooms someone left during the current batch
	warned     map[id.RoomID]bool // rooms told to have unreadable (encrypted) messages
}

// New checks cfg and prepares an adapter; it does not contact the homeserver (Run does).
func New(cfg Config, b *bot.Bot, log *slog.Logger) (*Adapter, error) {
	if b == nil {
		return nil, errors.New("matrix: nil bot")
	}
	if log == nil {
		log = slog.Default()
	}
	if err := cfg.check(); err != nil {
		return nil, fmt.Errorf("matrix: %w", err)
	}
	if strings.TrimSpace(cfg.StateDir) == "" {
		return nil, errors.New("matrix: no state directory: set state_dir (or matrix.state_dir); the sync token and the encryption keys are kept there")
	}
	cfg = cfg.withDefaults()
	cli, err := mautrix.NewClient(cfg.Homeserver, id.UserID(cfg.UserID), cfg.Token)
	if err != nil {
		return nil, fmt.Errorf("matrix: homeserver %q: %w", cfg.Homeserver, err)
	}
	cli.Client = &http.Client{Timeout: apiTimeout, Transport: limitTransport{base: http.DefaultTransport, log: log}}
	cli.Log = newZerolog(log)
	cli.UserAgent = "Boussole (mautrix-go)"
	// Retries are Boussole's (limitTransport, send, the sync loop): they honour
	// retry_after_ms and stop with the context.
	cli.DefaultHTTPRetries = 0
	return &Adapter{
		cfg:        cfg,
		core:       b,
		log:        log,
		cli:        cli,
		dedup:      guard.NewDedup(4096, 30*time.Minute),
		limits:     guard.NewLimits(cfg.RateLimit),
		poolSize:   guard.DefaultPoolSize,
		members:    newMemberCache(),
		synced:     make(chan struct{}),
		emptyCheck: map[id.RoomID]bool{},
		warned:     map[id.RoomID]bool{},
	}, nil
}

// Ready is nil while the adapter's sync with the homeserver succeeds (for /readyz).
func (a *Adapter) Ready() error { return a.link.Ready() }

// Reconnects counts the syncs that succeeded again after failing (for /metrics).
func (a *Adapter) Reconnects() int64 { return a.link.Reconnects() }

// Stats returns the adapter's counters: questions queued, answered, refused as too busy
// or rate-limited, panics, and answers the homeserver did not take.
func (a *Adapter) Stats() guard.StatsSnapshot { return a.stats.Snapshot() }

// Synced is closed once the first sync is processed; questions sent from then on are
// answered.
func (a *Adapter) Synced() <-chan struct{} { return a.synced }

// Run logs in, syncs and answers until ctx is cancelled, then shuts down cleanly and
// returns nil. It fails at once when the homeserver cannot be reached or refuses the
// token, and later only if the token is revoked.
func (a *Adapter) Run(ctx context.Context) error {
	if err := a.once.Start("matrix"); err != nil {
		return err
	}
	if err := a.connect(ctx); err != nil {
		return err
	}
	defer a.closeStores()
	a.pool = guard.NewPool(a.poolSize, &a.stats, a.log)
	stopWork := a.pool.StartDetached(ctx)
	defer stopWork()
	filterID, err := a.setupSync(ctx)
	if err != nil {
		return err
	}
	a.log.InfoContext(ctx, "connected", "homeserver", a.cfg.Homeserver, "user_id", a.cfg.UserID,
		"device_id", a.cli.DeviceID, "encryption", a.cli.Crypto != nil, "rooms", len(a.rooms))
	err = a.syncLoop(ctx, filterID)

	a.log.Info("shutting down")
	a.pool.Close() // the sync loop, the only producer but late decryptions, has stopped
	if !a.pool.Wait(shutdownWait) {
		a.log.Warn("answers still in flight at shutdown were abandoned")
		stopWork()
		a.pool.Wait(shutdownWait)
	}
	if serr := a.state.save(""); serr != nil {
		a.log.Error("saving state", "err", serr)
	}
	return err
}

// connect checks the token, opens the state and the crypto store and reads the profile.
func (a *Adapter) connect(ctx context.Context) error {
	if err := a.login(ctx); err != nil {
		return err
	}
	st, err := openState(a.cfg.StateDir, a.cfg.UserID)
	if err != nil {
		return err
	}
	a.state = st
	if old := st.deviceID(); old != "" && old != string(a.cli.DeviceID) {
		a.log.WarnContext(ctx, "the access token belongs to a new device: encrypted rooms start new sessions",
			"old_device_id", old, "device_id", a.cli.DeviceID)
	}
	st.setDeviceID(string(a.cli.DeviceID))
	if err := st.save(""); err != nil {
		return err
	}
	if a.cfg.EncryptionOn() {
		cctx, cancel := context.WithTimeout(ctx, apiTimeout)
		closeFn, err := setupCrypto(cctx, a.cli, a.cfg.StateDir)
		cancel()
		if err != nil {
			return err
		}
		a.closeCrypto = closeFn
	}
	a.start = time.Now().UnixMilli()
	a.displayName = a.readDisplayName(ctx)
	a.rooms = a.resolveRooms(ctx)
	return nil
}

func (a *Adapter) closeStores() {
	if a.closeCrypto != nil {
		if err := a.closeCrypto(); err != nil {
			a.log.Warn("closing the crypto store", "err", err)
		}
	}
}

// login validates the URL and the token with whoami, and learns the token's device.
func (a *Adapter) login(ctx context.Context) error {
	cctx, cancel := context.WithTimeout(ctx, apiTimeout)
	defer cancel()
	who, err := a.cli.Whoami(cctx)
	if err != nil {
		return a.loginError(err)
	}
	if who.UserID != id.UserID(a.cfg.UserID) {
		return fmt.Errorf("matrix: the access token in %s belongs to %s, but matrix.user_id is %s", EnvToken, who.UserID, a.cfg.UserID)
	}
	if who.DeviceID == "" {
		return fmt.Errorf("matrix: %s did not say which device the token belongs to (whoami without device_id); use a homeserver that implements Matrix v1.1 or later", a.cfg.Homeserver)
	}
	a.cli.DeviceID = who.DeviceID
	return nil
}

// loginError turns a failed whoami into a message that says what to fix.
func (a *Adapter) loginError(err error) error {
	var he mautrix.HTTPError
	status := 0
	if errors.As(err, &he) && he.Response != nil {
		status = he.Response.StatusCode
	}
	switch {
	case errors.Is(err, mautrix.MUnknownToken) || errors.Is(err, mautrix.MMissingToken) || status == http.StatusUnauthorized:
		return fmt.Errorf("matrix: %s refused the access token (%s): check %s, the bot account's access token (logging the bot's session out revokes it)",
			a.cfg.Homeserver, guard.ShortErr(err), EnvToken)
	case status == http.StatusForbidden:
		return fmt.Errorf("matrix: %s refused the bot account (%s): is the account deactivated or locked?", a.cfg.Homeserver, guard.ShortErr(err))
	case status == http.StatusNotFound:
		return fmt.Errorf("matrix: %s has no Matrix client API (HTTP 404 on /_matrix/client/v3/account/whoami): check matrix.homeserver", a.cfg.Homeserver)
	case status != 0:
		return fmt.Errorf("matrix: checking the access token at %s failed: %s", a.cfg.Homeserver, guard.ShortErr(err))
	}
	return fmt.Errorf("matrix: cannot reach %s: check matrix.homeserver: %w", a.cfg.Homeserver, err)
}

func (a *Adapter) readDisplayName(ctx context.Context) string {
	cctx, cancel := context.WithTimeout(ctx, apiTimeout)
	defer cancel()
	resp, err := a.cli.GetOwnDisplayName(cctx)
	if err != nil {
		a.log.WarnContext(ctx, "could not read the bot's display name; mentions by name will not be seen", "err", guard.ShortErr(err))
		return ""
	}
	return resp.DisplayName
}

// resolveRooms turns the configured room ids and aliases into room ids. An alias that
// does not resolve is logged and skipped: the other rooms still work.
func (a *Adapter) resolveRooms(ctx context.Context) map[id.RoomID]bool {
	rooms := map[id.RoomID]bool{}
	for _, r := range a.cfg.Rooms {
		if r[0] == '!' {
			rooms[id.RoomID(r)] = true
			continue
		}
		cctx, cancel := context.WithTimeout(ctx, apiTimeout)
		resp, err := a.cli.ResolveAlias(cctx, id.RoomAlias(r))
		cancel()
		if err != nil {
			a.log.WarnContext(ctx, "matrix.rooms: alias not resolved; skipped", "alias", r, "err", guard.ShortErr(err))
			continue
		}
		rooms[resp.RoomID] = true
	}
	return rooms
}
