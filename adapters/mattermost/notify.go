// SPDX-License-Identifier: AGPL-3.0-or-later

package mattermost

import (
	"context"
	"fmt"

	"github.com/mattermost/mattermost/server/public/model"

	"github.com/boussole-libre/boussole/adapters/guard"
	"github.com/boussole-libre/boussole/bot"
)

// Notify sends r to one user as a direct message from the bot: its background jobs (the
// end of /kb verifier) report to the admin who started them. Register it with
// bot.RegisterNotifier("mattermost", a.Notify).
func (a *Adapter) Notify(ctx context.Context, userID string, r bot.Reply) error {
	if a.me == nil {
		return fmt.Errorf("mattermost: not started: the bot's own user is unknown")
	}
	cctx, cancel := context.WithTimeout(ctx, apiTimeout)
	ch, _, err := a.api.CreateDirectChannel(cctx, a.me.Id, userID)
	cancel()
	if err != nil {
		return fmt.Errorf("mattermost: opening a direct message with %s: %s", userID, guard.ShortErr(err))
	}
	return a.reply(ctx, &model.Post{ChannelId: ch.Id}, true, func(limit int) string { return Render(r, limit) })
}
