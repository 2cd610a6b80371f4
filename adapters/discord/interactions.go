// SPDX-License-Identifier: AGPL-3.0-or-later

package discord

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/boussole-libre/boussole/adapters/guard"
	"github.com/boussole-libre/boussole/bot"
	"github.com/boussole-libre/boussole/knowledge"
)

// ackWindow is how long after receiving an interaction its first response may be sent:
// Discord invalidates the token after 3 seconds; keep a margin for the network.
const ackWindow = 2500 * time.Millisecond

// commandTimeout bounds a deferred command before the person is told it failed.
const commandTimeout = 30 * time.Second

// interaction is one interaction being answered, and whether it was acknowledged yet
// (a second initial response fails with 40060).
type interaction struct {
	i        *discordgo.Interaction
	received time.Time
	lang     bot.Lang
	user     string
	acked    bool
	deferred bool
}

// ackOptions bound the initial response to the 3-second window and skip discordgo's
// 429 sleep there: waiting would only let the token expire.
func (it *interaction) ackOptions(ctx context.Context) (context.Context, context.CancelFunc, []discordgo.RequestOption) {
	actx, cancel := context.WithDeadline(ctx, it.received.Add(ackWindow))
	return actx, cancel, []discordgo.RequestOption{discordgo.WithContext(actx), discordgo.WithRetryOnRatelimit(false)}
}

func interactionLang(i *discordgo.Interaction) bot.Lang {
	if strings.HasPrefix(strings.ToLower(string(i.Locale)), "en") {
		return bot.English
	}
	return bot.French
}

// interactionUser is the person behind an interaction: Member.User in a guild, User in a DM.
func interactionUser(i *discordgo.Interaction) string {
	if i.Member != nil && i.Member.User != nil {
		return i.Member.User.ID
	}
	if i.User != nil {
		return i.User.ID
	}
	return ""
}

// onInteractionCreate runs on the gateway's goroutine (SyncEvents): it queues the
// interaction for a worker; when the queue is full the person is told so at once, since
// an interaction left unanswered shows them an error.
func (a *Adapter) onInteractionCreate(_ *discordgo.Session, ic *discordgo.InteractionCreate) {
	if ic == nil || ic.Interaction == nil || a.isStopping() {
		return
	}
	_ = a.stats.Safely(a.base, a.log, "discord interaction", func() {
		it := &interaction{i: ic.Interaction, received: time.Now(), lang: interactionLang(ic.Interaction), user: interactionUser(ic.Interaction)}
		if !a.dedup.First("i:" + it.i.ID) {
			return
		}
		a.interactions.Submit(guard.Job{User: it.user, What: "discord interaction", TellEachTime: true,
			Run:  func(ctx context.Context) { a.handleInteraction(ctx, it) },
			Busy: func(ctx context.Context) { a.busy(ctx, it) }})
	})
}

// handleInteraction answers one interaction under panic recovery; a panic gets the
// person a short apology in whatever way the interaction still allows.
func (a *Adapter) handleInteraction(ctx context.Context, it *interaction) {
	ctx, cancel := context.WithTimeout(ctx, commandTimeout+a.sendTimeout)
	defer cancel()
	err := a.stats.Safely(ctx, a.log, "discord interaction", func() {
		// Always switch on the type first: the *Data() accessors panic on the wrong one.
		switch it.i.Type {
		case discordgo.InteractionApplicationCommandAutocomplete:
			a.autocomplete(ctx, it)
		case discordgo.InteractionApplicationCommand:
			a.command(ctx, it)
		case discordgo.InteractionMessageComponent:
			a.component(ctx, it)
		default:
			a.log.Debug("discord: ignored interaction", "type", it.i.Type.String())
		}
	})
	if err != nil {
		a.fail(ctx, it)
	}
}

// busy answers an interaction that did not fit in the queue.
func (a *Adapter) busy(ctx context.Context, it *interaction) {
	if it.i.Type == discordgo.InteractionApplicationCommandAutocomplete {
		a.sendChoices(ctx, it, nil)
		return
	}
	a.respondText(ctx, it, guard.BusyText(it.lang))
}

// fail tells the person that something broke, in whatever way the interaction still
// allows.
func (a *Adapter) fail(ctx context.Context, it *interaction) {
	switch {
	case it.i.Type == discordgo.InteractionApplicationCommandAutocomplete:
		if !it.acked {
			a.sendChoices(ctx, it, nil)
		}
	case it.deferred:
		a.edit(ctx, it, bot.Reply{Lang: it.lang, Text: guard.ApologyText(it.lang)})
	case !it.acked:
		a.respondText(ctx, it, guard.ApologyText(it.lang))
	}
}

// respond sends the initial response within the 3-second window.
func (a *Adapter) respond(ctx context.Context, it *interaction, resp *discordgo.InteractionResponse) {
	actx, cancel, opts := it.ackOptions(ctx)
	defer cancel()
	it.acked = true
	if err := a.s.InteractionRespond(it.i, resp, opts...); err != nil {
		a.stats.SendFailed()
		a.log.Warn("discord: answering an interaction", "type", it.i.Type.String(), "err", safeErr(err), "late", actx.Err() != nil)
	}
}

// respondText answers with a short message only the person sees.
func (a *Adapter) respondText(ctx context.Context, it *interaction, text string) {
	a.respond(ctx, it, &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{
			Content:         Truncate(text, MaxContent),
			Flags:           discordgo.MessageFlagsEphemeral,
			AllowedMentions: noMentions(),
		},
	})
}

func replyData(r bot.Reply, asker string) *discordgo.InteractionResponseData {
	out := render(r, asker)
	components := out.components
	if components == nil {
		components = []discordgo.MessageComponent{} // "[]" clears old buttons; null might not
	}
	d := &discordgo.InteractionResponseData{
		Embeds:          []*discordgo.MessageEmbed{out.embed},
		Components:      components,
		AllowedMentions: noMentions(),
	}
	if r.Ephemeral {
		d.Flags = discordgo.MessageFlagsEphemeral
	}
	return d
}

// edit replaces the deferred "thinking…" message with the reply.
func (a *Adapter) edit(ctx context.Context, it *interaction, r bot.Reply) {
	out := render(r, it.user)
	embeds := []*discordgo.MessageEmbed{out.embed}
	components := out.components
	if components == nil {
		components = []discordgo.MessageComponent{}
	}
	ectx, cancel := context.WithTimeout(ctx, a.sendTimeout)
	defer cancel()
	_, err := a.s.InteractionResponseEdit(it.i, &discordgo.WebhookEdit{Embeds: &embeds, Components: &components, AllowedMentions: noMentions()},
		discordgo.WithContext(ectx))
	if err != nil {
		a.stats.SendFailed()
		a.log.Error("discord: could not edit a deferred answer; given up", "err", safeErr(err))
	}
}

// limited applies the per-user rate limit to an interaction (the admins' own, looser
// one for admins). Unlike a message, an interaction left unanswered shows "the
// application did not respond", so each refusal gets a short note only the person sees;
// the limit still spares the bot's work.
func (a *Adapter) limited(ctx context.Context, it *interaction, admin bool) bool {
	switch a.limits.Check(it.user, admin) {
	case guard.Allow:
		return false
	case guard.Notify:
		a.log.Info("discord: rate limited a user", "user", it.user, "admin", admin)
	}
	a.stats.Limited()
	every := a.cfg.RateLimit.Every
	if admin {
		every = a.cfg.RateLimit.AdminEvery
	}
	a.respondText(ctx, it, guard.LimitedText(it.lang, every))
	return true
}

// isAdmin is the Discord check for Admin-flagged commands: a listed user id, a member with
// a listed role, or (admins_manage_server) a member who may manage the server. It reads the
// interaction Discord signed, not anything the person typed.
func (a *Adapter) isAdmin(i *discordgo.Interaction) bool {
	user := ""
	switch {
	case i.Member != nil && i.Member.User != nil:
		user = i.Member.User.ID
	case i.User != nil:
		user = i.User.ID
	}
	if user != "" && slices.Contains(a.cfg.Admins, user) {
		return true
	}
	if i.Member == nil {
		return false // in DMs only listed ids count
	}
	for _, r := range i.Member.Roles {
		if slices.Contains(a.cfg.AdminRoles, r) {
			return true
		}
	}
	return a.cfg.manageServerIsAdmin() && i.Member.Permissions&adminPermissions != 0
}

// command runs a slash command. It answers directly when the bot is quick, and defers
// (the person sees "thinking…") then edits the answer when it takes longer.
func (a *Adapter) command(ctx context.Context, it *interaction) {
	data := it.i.ApplicationCommandData()
	top, ok := bot.FindCommand(data.Name)
	if !ok {
		a.respondText(ctx, it, guard.UnknownCommandText(it.lang))
		return
	}
	leafCmd, path, options := leaf(top, data.Options)
	isAdmin := a.isAdmin(it.i)
	adminCmd := top.Admin || leafCmd.Admin
	if adminCmd && !isAdmin {
		a.respondText(ctx, it, guard.AdminOnlyText(it.lang))
		return
	}
	if a.limited(ctx, it, isAdmin) {
		return
	}
	args := map[string]string{}
	for _, o := range options {
		if o != nil {
			args[o.Name] = optionValue(o)
		}
	}
	call := bot.Call{Args: args, Lang: it.lang, Path: path, Caller: bot.Caller{Platform: "discord", UserID: it.user, Admin: adminCmd && isAdmin}}
	a.deadline(ctx, it, top.Name).Run(ctx, &a.stats, a.log, "discord command "+top.Name,
		func() bot.Reply { return a.core.Run(top.Name, call) })
}

// deadline is how a command's answer reaches Discord: the reply within deferAfter, else a
// deferred response ("thinking…") edited when the answer comes, or an apology.
func (a *Adapter) deadline(ctx context.Context, it *interaction, name string) guard.Deadline[bot.Reply] {
	return guard.Deadline[bot.Reply]{
		Soon:  a.deferAfter,
		Limit: commandTimeout,
		Now: func(r guard.Result[bot.Reply]) {
			if r.Err != nil {
				a.respondText(ctx, it, guard.ApologyText(it.lang))
				return
			}
			a.respond(ctx, it, &discordgo.InteractionResponse{Type: discordgo.InteractionResponseChannelMessageWithSource, Data: replyData(r.Value, it.user)})
		},
		Ack: func() bool {
			a.respond(ctx, it, &discordgo.InteractionResponse{
				Type: discordgo.InteractionResponseDeferredChannelMessageWithSource,
				Data: &discordgo.InteractionResponseData{AllowedMentions: noMentions()},
			})
			it.deferred = true
			return true
		},
		Later: func(r guard.Result[bot.Reply]) {
			if errors.Is(r.Err, guard.ErrTooSlow) {
				a.log.Error("discord: command too slow", "command", name)
			}
			if r.Err != nil {
				a.edit(ctx, it, bot.Reply{Lang: it.lang, Text: guard.ApologyText(it.lang)})
				return
			}
			a.edit(ctx, it, r.Value)
		},
	}
}

// optionValue reads an option as the text the bot's commands take.
func optionValue(o *discordgo.ApplicationCommandInteractionDataOption) string {
	switch v := o.Value.(type) {
	case string:
		return v
	case float64:
		return strconv.FormatInt(int64(v), 10)
	case nil:
		return ""
	default:
		return fmt.Sprint(v)
	}
}

// autocomplete suggests values for the option being typed, from memory: it cannot be
// deferred and must come within 3 seconds.
func (a *Adapter) autocomplete(ctx context.Context, it *interaction) {
	data := it.i.ApplicationCommandData()
	cmd, ok := bot.FindCommand(data.Name)
	options := data.Options
	if ok {
		cmd, _, options = leaf(cmd, options)
	}
	var focused *discordgo.ApplicationCommandInteractionDataOption
	for _, o := range options {
		if o != nil && o.Focused {
			focused = o
		}
	}
	if !ok || focused == nil {
		a.sendChoices(ctx, it, nil)
		return
	}
	kind, ok := optionKind(cmd, focused.Name)
	if !ok {
		a.sendChoices(ctx, it, nil)
		return
	}
	typed, _ := focused.Value.(string)
	a.sendChoices(ctx, it, a.core.Complete(kind, typed, MaxChoices))
}

// choicesResponse is the autocomplete answer. discordgo's InteractionResponseData drops
// an empty choice list (omitempty); Discord wants the field, so this type keeps it.
type choicesResponse struct {
	Type discordgo.InteractionResponseType `json:"type"`
	Data struct {
		Choices []*discordgo.ApplicationCommandOptionChoice `json:"choices"`
	} `json:"data"`
}

// choices fits autocomplete entries to Discord: at most 25, names and values of at most
// 100 characters. A long name is shortened; a long value cannot be (it would no longer
// mean the same thing), so that entry is left out.
func choices(in []knowledge.Choice) []*discordgo.ApplicationCommandOptionChoice {
	out := []*discordgo.ApplicationCommandOptionChoice{}
	seen := map[string]bool{}
	for _, c := range in {
		if len(out) == MaxChoices {
			break
		}
		if c.Value == "" || len([]rune(c.Value)) > MaxChoiceLen || seen[c.Value] {
			continue
		}
		seen[c.Value] = true
		name := Truncate(c.Name, MaxChoiceLen)
		if strings.TrimSpace(name) == "" {
			name = Truncate(c.Value, MaxChoiceLen)
		}
		out = append(out, &discordgo.ApplicationCommandOptionChoice{Name: name, Value: c.Value})
	}
	return out
}

func (a *Adapter) sendChoices(ctx context.Context, it *interaction, in []knowledge.Choice) {
	var resp choicesResponse
	resp.Type = discordgo.InteractionApplicationCommandAutocompleteResult
	resp.Data.Choices = choices(in)
	body, err := json.Marshal(resp)
	if err != nil {
		a.log.Error("discord: encoding choices", "err", safeErr(err))
		return
	}
	actx, cancel, opts := it.ackOptions(ctx)
	defer cancel()
	it.acked = true
	endpoint := discordgo.EndpointInteractionResponse(it.i.ID, it.i.Token)
	// discordgo v0.28.1 has no RequestRaw: lock the endpoint's bucket as Request does.
	if _, err := a.s.RequestWithLockedBucket("POST", endpoint, "application/json", body, a.s.Ratelimiter.LockBucket(endpoint), 0, opts...); err != nil {
		a.log.Warn("discord: answering autocomplete", "err", safeErr(err), "late", actx.Err() != nil)
	}
}

// component handles the page buttons: only the person who asked may turn the pages;
// others are told so privately.
func (a *Adapter) component(ctx context.Context, it *interaction) {
	data := it.i.MessageComponentData()
	id, ok := parsePageID(data.CustomID)
	if !ok {
		a.respondText(ctx, it, bot.Tr(it.lang, "Ce bouton n'est plus valable.", "This button no longer works."))
		return
	}
	if it.user != id.Asker {
		a.respondText(ctx, it, bot.Tr(it.lang,
			"Seule la personne qui a posé la question peut changer de page. Lancez votre propre recherche avec /prestataires.",
			"Only the person who asked can turn the pages. Start your own search with /prestataires."))
		return
	}
	if a.limited(ctx, it, a.isAdmin(it.i)) {
		return
	}
	r := bot.ProvidersFor(a.core.KB(), id.Args, it.lang)
	d := replyData(r, it.user)
	d.Flags = 0 // an update cannot change a message's visibility
	a.respond(ctx, it, &discordgo.InteractionResponse{Type: discordgo.InteractionResponseUpdateMessage, Data: d})
}
