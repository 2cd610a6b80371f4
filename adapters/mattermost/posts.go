// SPDX-License-Identifier: AGPL-3.0-or-later

package mattermost

// Posts: which ones are for the bot, and posting its answers within the server's limits.

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"slices"
	"strconv"
	"time"

	"github.com/mattermost/mattermost/server/public/model"

	"github.com/boussole-libre/boussole/adapters/guard"
	"github.com/boussole-libre/boussole/bot"
)

// onPosted decides, in event order and without blocking, whether a post is for Boussole,
// and queues the answer (or the rate limit's one notice). When the queue is full, the
// person is told "trop de demandes" instead, once per burst.
func (a *Adapter) onPosted(ctx context.Context, data map[string]any) {
	post, dm, ok := a.forMe(ctx, data)
	if !ok || !a.dedup.First(post.Id) {
		return
	}
	job := guard.Job{User: post.UserId, What: "mattermost posted",
		Run: func(ctx context.Context) { a.answer(ctx, post, dm) },
		Busy: func(ctx context.Context) {
			a.reply(ctx, post, dm, func(int) string { return guard.BusyText(a.langOf(ctx, post.Message)) })
		}}
	switch a.limits.Check(post.UserId, slices.Contains(a.cfg.Admins, post.UserId)) {
	case guard.Drop:
		a.stats.Limited()
		return
	case guard.Notify:
		a.stats.Limited()
		job.Run = func(ctx context.Context) { a.notifyLimited(ctx, post, dm) }
	}
	a.pool.Submit(job)
}

// forMe reads a posted event and reports whether its post is addressed to the bot (a DM
// or a mention) by a person.
func (a *Adapter) forMe(ctx context.Context, data map[string]any) (post *model.Post, dm, ok bool) {
	raw, ok := data["post"].(string)
	if !ok {
		return nil, false, false
	}
	post = &model.Post{}
	if err := json.Unmarshal([]byte(raw), post); err != nil || post.Id == "" {
		a.log.WarnContext(ctx, "posted event without a readable post", "err", err)
		return nil, false, false
	}
	if post.UserId == a.me.Id || post.Type != "" || fromIntegration(post) || post.Message == "" {
		return nil, false, false // own posts, system messages, bots, webhooks, plugins: no loops
	}
	chType, _ := data["channel_type"].(string)
	dm = chType == string(model.ChannelTypeDirect)
	post.Message = guard.Cut(post.Message, maxQuestion)
	return post, dm, dm || mentions(data, a.me.Id)
}

// fromIntegration reports posts made by bots, webhooks, plugins or OAuth apps.
func fromIntegration(p *model.Post) bool {
	for _, k := range []string{model.PostPropsFromBot, model.PostPropsFromWebhook, model.PostPropsFromPlugin, model.PostPropsFromOAuthApp} {
		switch v := p.GetProp(k).(type) {
		case string:
			if v != "" && v != "false" {
				return true
			}
		case bool:
			if v {
				return true
			}
		}
	}
	return false
}

// mentions reads the posted event's "mentions", a JSON array encoded as a string, present
// only when this connection's user is mentioned.
func mentions(data map[string]any, id string) bool {
	var ids []string
	switch v := data["mentions"].(type) {
	case string:
		if json.Unmarshal([]byte(v), &ids) != nil {
			return false
		}
	case []any: // tolerate an already decoded array
		for _, x := range v {
			if s, ok := x.(string); ok {
				ids = append(ids, s)
			}
		}
	}
	for _, m := range ids {
		if m == id {
			return true
		}
	}
	return false
}

// answer asks the bot and posts the rendered reply in the post's thread; a panic on the
// way gets the person a short apology instead.
func (a *Adapter) answer(ctx context.Context, post *model.Post, dm bool) {
	err := a.stats.Safely(ctx, a.log, "mattermost posted", func() {
		// A channel's thread and a person make a conversation.
		k := bot.ConversationKey{Platform: "mattermost", Channel: post.ChannelId + "/" + post.RootId, User: post.UserId}
		_, reply := a.core.Converse(k, post.Message)
		a.reply(ctx, post, dm, func(limit int) string { return Render(reply, limit) })
	})
	if err != nil {
		a.reply(ctx, post, dm, func(int) string { return guard.ApologyText(bot.French) })
	}
}

// notifyLimited tells a person, once, that they ask too fast.
func (a *Adapter) notifyLimited(ctx context.Context, post *model.Post, dm bool) {
	l := a.langOf(ctx, post.Message)
	a.reply(ctx, post, dm, func(int) string { return guard.LimitedText(l, a.cfg.RateLimit.Every) })
}

// langOf is the language of a message for a notice: understood from its start only (a
// flood must not cost full answers), and French if understanding fails.
func (a *Adapter) langOf(ctx context.Context, msg string) bot.Lang {
	msg = guard.Cut(msg, langSample)
	l := bot.French
	_ = a.stats.Safely(ctx, a.log, "mattermost notice language", func() { l = bot.Understand(a.core.KB(), msg).Lang })
	return l
}

// reply posts in the post's thread (in a DM, at the top level unless the question was
// already in a thread). A post refused as too long at the default limit is rendered again
// for the legacy 4000-rune limit; one refused with 429 or 502–504 is tried again a few
// times; one the server still refuses is logged and counted.
func (a *Adapter) reply(ctx context.Context, post *model.Post, dm bool, render func(limit int) string) error {
	root := post.RootId
	if root == "" && !dm {
		root = post.Id
	}
	limit, wait := a.maxPost, a.retryWait
	for attempt := 0; ; attempt++ {
		msg := render(limit)
		resp, err := a.createPost(ctx, &model.Post{ChannelId: post.ChannelId, RootId: root, Message: msg})
		if err == nil {
			return nil
		}
		status := 0
		if resp != nil {
			status = resp.StatusCode
		}
		if status == http.StatusBadRequest && limit > LegacyMaxPostSize && runes(msg) > LegacyMaxPostSize {
			limit = LegacyMaxPostSize
			continue
		}
		if retryable(status) && attempt < sendRetries && guard.Sleep(ctx, retryAfter(resp, wait)) {
			wait *= 2
			continue
		}
		a.stats.SendFailed()
		a.log.ErrorContext(ctx, "could not post the answer; given up", "channel_id", post.ChannelId, "post_id", post.Id, "status", status, "attempts", attempt+1, "err", guard.ShortErr(err))
		return fmt.Errorf("mattermost: the server refused the post (status %d): %s", status, guard.ShortErr(err))
	}
}

func (a *Adapter) createPost(ctx context.Context, p *model.Post) (*model.Response, error) {
	cctx, cancel := context.WithTimeout(ctx, apiTimeout)
	defer cancel()
	_, resp, err := a.api.CreatePost(cctx, p)
	return resp, err
}

// retryable statuses say "later", not "never": the server limits its rate or restarts.
func retryable(status int) bool {
	switch status {
	case http.StatusTooManyRequests, http.StatusBadGateway, http.StatusServiceUnavailable, http.StatusGatewayTimeout:
		return true
	}
	return false
}

// retryAfter reads the server's Retry-After (seconds), bounded, or falls back to def.
func retryAfter(resp *model.Response, def time.Duration) time.Duration {
	if resp == nil || resp.Header == nil {
		return def
	}
	if n, err := strconv.Atoi(resp.Header.Get("Retry-After")); err == nil && n >= 0 {
		return min(time.Duration(n)*time.Second, 10*time.Second)
	}
	return def
}
