// SPDX-License-Identifier: AGPL-3.0-or-later

//go:build goolm

package matrix

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"go.mau.fi/util/dbutil"
	"maunium.net/go/mautrix"
	"maunium.net/go/mautrix/crypto/cryptohelper"

	_ "modernc.org/sqlite" // pure-Go SQLite driver "sqlite" for the crypto store
)

// cryptoBuilt says this binary reads encrypted rooms (pure-Go olm, the goolm tag).
const cryptoBuilt = true

// Files of the crypto store in the state directory.
const (
	cryptoDB   = "crypto.db"
	pickleFile = "pickle.key"
)

// setupCrypto opens the crypto store (pure-Go SQLite) in dir, loads or creates the olm
// account of the client's device and makes the client encrypt and decrypt. The store
// keeps one olm account per device, so a new token (a new device) starts afresh while
// the old device's sessions stay on disk.
func setupCrypto(ctx context.Context, cli *mautrix.Client, dir string) (func() error, error) {
	path := filepath.Join(dir, cryptoDB)
	key, err := pickleKey(dir, path)
	if err != nil {
		return nil, err
	}
	db, err := openStore(path)
	if err != nil {
		return nil, err
	}
	helper, err := cryptohelper.NewCryptoHelper(cli, key, db)
	if err != nil {
		_ = db.Close()
		return nil, fmt.Errorf("matrix: crypto: %w", err)
	}
	helper.DBAccountID = cli.UserID.String() + "/" + cli.DeviceID.String()
	if err := helper.Init(ctx); err != nil {
		_ = helper.Close()
		if strings.Contains(err.Error(), "keys on the server") || strings.Contains(err.Error(), "keys seem to have disappeared") {
			return nil, fmt.Errorf("matrix: device %s already has encryption keys on the homeserver that the crypto store in %s does not hold "+
				"(state directory lost or copied?): log the bot in again to get a new token, hence a new device: %w", cli.DeviceID, dir, err)
		}
		return nil, fmt.Errorf("matrix: starting end-to-end encryption: %w", err)
	}
	cli.Crypto = helper
	return helper.Close, nil
}

// openStore opens a SQLite database with the pure-Go driver, set up as mautrix's
// sqlite3-fk-wal dialect expects: foreign keys on, WAL journal, immediate transactions.
func openStore(path string) (*dbutil.Database, error) {
	// Created here, private, before SQLite creates it with the default mode: it holds
	// the room keys (pickled with the pickle key, which sits next to it).
	f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR, 0o600)
	if err != nil {
		return nil, fmt.Errorf("matrix: creating the crypto store %s: %w", path, err)
	}
	_ = f.Close()
	dsn := "file:" + path + "?_pragma=foreign_keys(1)&_pragma=journal_mode(WAL)&_pragma=busy_timeout(10000)&_txlock=immediate"
	raw, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("matrix: opening the crypto store %s: %w", path, err)
	}
	db, err := dbutil.NewWithDB(raw, "sqlite3")
	if err != nil {
		_ = raw.Close()
		return nil, fmt.Errorf("matrix: crypto store %s: %w", path, err)
	}
	return db, nil
}

// pickleKey reads the key that encrypts the olm account in the store, creating it with a
// new store. A store without its key is useless, so that case is an error, not a reset.
func pickleKey(dir, dbPath string) ([]byte, error) {
	path := filepath.Join(dir, pickleFile)
	b, err := os.ReadFile(path)
	if err == nil {
		key, derr := hex.DecodeString(strings.TrimSpace(string(b)))
		if derr != nil || len(key) < 16 {
			return nil, fmt.Errorf("matrix: %s is not a valid key", path)
		}
		return key, nil
	}
	if !errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("matrix: reading %s: %w", path, err)
	}
	if _, err := os.Stat(dbPath); err == nil {
		return nil, fmt.Errorf("matrix: %s exists but its key %s is missing: restore it, or delete the store and log the bot in again (new device)", dbPath, path)
	}
	key := make([]byte, 32)
	if _, err := rand.Read(key); err != nil {
		return nil, fmt.Errorf("matrix: generating the pickle key: %w", err)
	}
	if err := os.WriteFile(path, []byte(hex.EncodeToString(key)+"\n"), 0o600); err != nil {
		return nil, fmt.Errorf("matrix: writing %s: %w", path, err)
	}
	return key, nil
}
