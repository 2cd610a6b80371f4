// SPDX-License-Identifier: AGPL-3.0-or-later

package discord

import (
	"context"
	"fmt"

	"github.com/bwmarrin/discordgo"

	"github.com/boussole-libre/boussole/bot"
)

// Notify sends r to one user as a direct message: the bot's background jobs (the end of
// /kb verifier) report to the admin who started them. Register it with
// bot.RegisterNotifier("discord", a.Notify).
func (a *Adapter) Notify(ctx context.Context, userID string, r bot.Reply) error {
	ctx, cancel := context.WithTimeout(ctx, a.sendTimeout)
	defer cancel()
	ch, err := a.s.UserChannelCreate(userID, discordgo.WithContext(ctx))
	if err != nil {
		return fmt.Errorf("discord: opening a direct message with %s: %s", userID, safeErr(err))
	}
	out := render(r, "")
	msg := &discordgo.MessageSend{Embeds: []*discordgo.MessageEmbed{out.embed}, AllowedMentions: noMentions()}
	if _, err := a.s.ChannelMessageSendComplex(ch.ID, msg, discordgo.WithContext(ctx)); err != nil {
		a.stats.SendFailed()
		return fmt.Errorf("discord: sending a direct message to %s: %s", userID, safeErr(err))
	}
	return nil
}
