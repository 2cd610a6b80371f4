// SPDX-License-Identifier: AGPL-3.0-or-later

package matrix

import (
	"context"
	"encoding/json"
	"log/slog"

	"github.com/rs/zerolog"
)

// zerologBridge forwards mautrix's zerolog output (JSON lines) to slog, so that crypto
// and HTTP warnings reach Boussole's log. Only warnings and errors are kept: mautrix is
// chatty at lower levels. Requests are logged without their headers, so the access token
// never appears.
type zerologBridge struct{ log *slog.Logger }

func newZerolog(log *slog.Logger) zerolog.Logger {
	return zerolog.New(zerologBridge{log: log.With("part", "mautrix")}).Level(zerolog.WarnLevel).With().Timestamp().Logger()
}

// Write takes one zerolog JSON line.
func (z zerologBridge) Write(p []byte) (int, error) {
	var fields map[string]any
	if err := json.Unmarshal(p, &fields); err != nil {
		z.log.Warn(string(p))
		return len(p), nil
	}
	msg, _ := fields["message"].(string)
	if msg == "Request canceled" {
		return len(p), nil // our own context ended (shutdown): not worth a warning
	}
	lvl, _ := fields["level"].(string)
	delete(fields, "message")
	delete(fields, "level")
	delete(fields, "time")
	attrs := make([]any, 0, 2*len(fields))
	for k, v := range fields {
		attrs = append(attrs, k, v)
	}
	level := slog.LevelWarn
	if lvl == "error" || lvl == "fatal" || lvl == "panic" {
		level = slog.LevelError
	}
	z.log.Log(context.Background(), level, msg, attrs...)
	return len(p), nil
}
