// SPDX-License-Identifier: AGPL-3.0-or-later

package matrix

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// EnvDendriteBin names the directory with the Dendrite v0.13.8 binaries (dendrite,
// generate-keys, generate-config, create-account) that .ci/dendrite.sh installs.
const EnvDendriteBin = "BOUSSOLE_DENDRITE_BIN"

var dendriteTools = []string{"dendrite", "generate-keys", "generate-config", "create-account"}

// dendriteBin finds the Dendrite binaries. In CI (CI=true) their absence fails the test:
// a skipped homeserver test would hide a broken setup. Locally the test skips with the
// command that installs them.
func dendriteBin(t *testing.T) string {
	t.Helper()
	dir := os.Getenv(EnvDendriteBin)
	if dir == "" {
		if home, err := os.UserCacheDir(); err == nil {
			guess := filepath.Join(home, "boussole", "dendrite-v0.13.8", "bin")
			if _, err := os.Stat(filepath.Join(guess, "dendrite")); err == nil && os.Getenv("CI") != "true" {
				dir = guess
			}
		}
	}
	missing := dir == ""
	for _, tool := range dendriteTools {
		if _, err := os.Stat(filepath.Join(dir, tool)); err != nil {
			missing = true
		}
	}
	if missing {
		msg := fmt.Sprintf("Dendrite binaries not found (%s=%q): run `export %s=$(bash .ci/dendrite.sh)`", EnvDendriteBin, dir, EnvDendriteBin)
		if os.Getenv("CI") == "true" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	return dir
}

// dendrite is a real homeserver on 127.0.0.1: SQLite in a temporary directory,
// federation off, accounts created with the registration shared secret.
type dendrite struct {
	t      *testing.T
	bin    string
	dir    string
	config string
	addr   string
	URL    string
	cmd    *exec.Cmd
	exited chan struct{}
	log    *os.File
}

// startDendrite configures and starts a homeserver; it is stopped when the test ends.
func startDendrite(t *testing.T) *dendrite {
	t.Helper()
	d := &dendrite{t: t, bin: dendriteBin(t), dir: t.TempDir()}
	d.addr = freeAddr(t)
	d.URL = "http://" + d.addr
	d.run("generate-keys", "--private-key", filepath.Join(d.dir, "matrix_key.pem"))
	out := d.run("generate-config", "-dir", filepath.Join(d.dir, "data"), "-server", "localhost")
	cfg := patchConfig(t, out, map[string]string{
		"private_key: matrix_key.pem":    "private_key: " + filepath.Join(d.dir, "matrix_key.pem"),
		`registration_shared_secret: ""`: "registration_shared_secret: " + randomHex(16),
		"disable_federation: false":      "disable_federation: true",
		"bcrypt_cost: 10":                "bcrypt_cost: 4",
		// The test users may send fast; the bot is not exempt, so the homeserver's
		// M_LIMIT_EXCEEDED answers reach it for real.
		"exempt_user_ids: []": `exempt_user_ids: ["@alice:localhost", "@bob:localhost"]`,
	})
	d.config = filepath.Join(d.dir, "dendrite.yaml")
	if err := os.WriteFile(d.config, []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	d.start()
	t.Cleanup(d.stop)
	return d
}

func patchConfig(t *testing.T, cfg string, repl map[string]string) string {
	t.Helper()
	for old, repl := range repl {
		if !strings.Contains(cfg, old) {
			t.Fatalf("generated dendrite.yaml has no %q", old)
		}
		cfg = strings.Replace(cfg, old, repl, 1)
	}
	return cfg
}

// run runs one of the Dendrite tools in the server's directory and returns its stdout.
func (d *dendrite) run(tool string, args ...string) string {
	d.t.Helper()
	cmd := exec.Command(filepath.Join(d.bin, tool), args...)
	cmd.Dir = d.dir
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		d.t.Fatalf("%s %v: %v\n%s", tool, args, err, stderr.String())
	}
	return stdout.String()
}

// start launches the server and waits until it answers /_matrix/client/versions.
func (d *dendrite) start() {
	d.t.Helper()
	logf, err := os.OpenFile(filepath.Join(d.dir, "dendrite.log"), os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o600)
	if err != nil {
		d.t.Fatal(err)
	}
	d.log = logf
	d.cmd = exec.Command(filepath.Join(d.bin, "dendrite"), "--config", d.config, "--http-bind-address", d.addr)
	d.cmd.Dir = d.dir
	d.cmd.Stdout, d.cmd.Stderr = logf, logf
	if err := d.cmd.Start(); err != nil {
		d.t.Fatal(err)
	}
	d.exited = make(chan struct{})
	go func() { _ = d.cmd.Wait(); close(d.exited) }()
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		select {
		case <-d.exited:
			d.t.Fatalf("dendrite exited at start:\n%s", d.logTail())
		default:
		}
		resp, err := http.Get(d.URL + "/_matrix/client/versions")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return
			}
		}
		time.Sleep(100 * time.Millisecond)
	}
	d.t.Fatalf("dendrite did not answer within 60 s:\n%s", d.logTail())
}

// stop ends the server (SIGTERM, then SIGKILL after 10 s).
func (d *dendrite) stop() {
	if d.cmd == nil || d.cmd.Process == nil {
		return
	}
	_ = d.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-d.exited:
	case <-time.After(10 * time.Second):
		_ = d.cmd.Process.Kill()
		<-d.exited
	}
	d.cmd = nil
	_ = d.log.Close()
	if d.t.Failed() {
		d.t.Logf("dendrite log tail:\n%s", d.logTail())
	}
}

func (d *dendrite) logTail() string {
	b, _ := os.ReadFile(filepath.Join(d.dir, "dendrite.log"))
	if len(b) > 4000 {
		b = b[len(b)-4000:]
	}
	return string(b)
}

// account creates a user with the shared secret and logs it in; it returns the access
// token and device id of a fresh device.
func (d *dendrite) account(name, password string) (token, device string) {
	d.t.Helper()
	d.run("create-account", "--config", d.config, "-username", name, "-password", password, "-url", d.URL)
	return d.login(name, password)
}

// login opens a new session (a new device) for an existing user.
func (d *dendrite) login(name, password string) (token, device string) {
	d.t.Helper()
	body, _ := json.Marshal(map[string]any{
		"type": "m.login.password", "password": password,
		"identifier": map[string]string{"type": "m.id.user", "user": name},
	})
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, d.URL+"/_matrix/client/v3/login", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		d.t.Fatal(err)
	}
	defer resp.Body.Close()
	var out struct {
		AccessToken string `json:"access_token"`
		DeviceID    string `json:"device_id"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil || out.AccessToken == "" {
		d.t.Fatalf("login %s: HTTP %d, %v", name, resp.StatusCode, err)
	}
	return out.AccessToken, out.DeviceID
}

func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

func randomHex(n int) string {
	b := make([]byte, n)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}
