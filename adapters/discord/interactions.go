package discord

import (
	"context"
	"encoding/json"
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

func (a *Adapter) onInteractionCreate(_ *discordgo.Session, ic *discordgo.InteractionCreate) {
	if ic == nil || ic.Interaction == nil || !a.enter() {
		return
	}
	defer a.inflight.Done()
	it := &interaction{i: ic.Interaction, received: time.Now(), lang: interactionLang(ic.Interaction), user: interactionUser(ic.Interaction)}
	if !a.dedup.First("i:" + it.i.ID) {
		return
	}
	ctx, cancel := context.WithTimeout(a.base, commandTimeout+sendTimeout)
	defer cancel()
	err := guard.Safely(ctx, a.log, "discord interaction", func() {
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

// fail tells the person that something broke, in whatever way the interaction still
// allows.
func (a *Adapter) fail(ctx context.Context, it *interaction) {
	switch {
	case it.i.Type == discordgo.InteractionApplicationCommandAutocomplete:
		if !it.acked {
			a.sendChoices(ctx, it, nil)
		}
	case it.deferred:
		a.edit(ctx, it, bot.Reply{Lang: it.lang, Text: errorText(it.lang)})
	case !it.acked:
		a.respondText(ctx, it, errorText(it.lang))
	}
}

// respond sends the initial response within the 3-second window.
func (a *Adapter) respond(ctx context.Context, it *interaction, resp *discordgo.InteractionResponse) {
	actx, cancel, opts := it.ackOptions(ctx)
	defer cancel()
	it.acked = true
	if err := a.s.InteractionRespond(it.i, resp, opts...); err != nil {
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
	ectx, cancel := context.WithTimeout(ctx, sendTimeout)
	defer cancel()
	_, err := a.s.InteractionResponseEdit(it.i, &discordgo.WebhookEdit{Embeds: &embeds, Components: &components, AllowedMentions: noMentions()},
		discordgo.WithContext(ectx))
	if err != nil {
		a.log.Warn("discord: editing a deferred answer", "err", safeErr(err))
	}
}

// limited applies the per-user rate limit to an interaction. Unlike a message, an
// interaction left unanswered shows "the application did not respond", so each refusal
// gets a short note only the person sees; the limit still spares the bot's work.
func (a *Adapter) limited(ctx context.Context, it *interaction) bool {
	switch a.limiter.Check(it.user) {
	case guard.Allow:
		return false
	case guard.Notify:
		a.log.Info("discord: rate limited a user", "user", it.user)
	}
	a.respondText(ctx, it, limitedText(it.lang))
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
		a.respondText(ctx, it, tr(it.lang, "Commande inconnue. Tapez /aide.", "Unknown command. Type /aide."))
		return
	}
	leafCmd, path, options := leaf(top, data.Options)
	admin := false
	if top.Admin || leafCmd.Admin {
		admin = a.isAdmin(it.i)
		if !admin {
			a.respondText(ctx, it, tr(it.lang, "Cette commande est réservée aux admins de Boussole. Vous pouvez proposer un changement avec /suggerer.",
				"This command is for Boussole's admins. You can propose a change with /suggerer."))
			return
		}
	}
	cmd := top
	if a.limited(ctx, it) {
		return
	}
	args := map[string]string{}
	for _, o := range options {
		if o != nil {
			args[o.Name] = optionValue(o)
		}
	}
	call := bot.Call{Args: args, Lang: it.lang, Path: path, Caller: bot.Caller{Platform: "discord", UserID: it.user, Admin: admin}}

	type result struct {
		reply bot.Reply
		err   error
	}
	done := make(chan result, 1)
	go func() {
		var r bot.Reply
		err := guard.Safely(ctx, a.log, "discord command "+cmd.Name, func() { r = a.runCmd(cmd.Name, call) })
		done <- result{r, err}
	}()
	timer := time.NewTimer(a.deferAfter)
	defer timer.Stop()
	select {
	case res := <-done:
		if res.err != nil {
			a.respondText(ctx, it, errorText(it.lang))
			return
		}
		a.respond(ctx, it, &discordgo.InteractionResponse{Type: discordgo.InteractionResponseChannelMessageWithSource, Data: replyData(res.reply, it.user)})
		return
	case <-timer.C:
	}
	a.respond(ctx, it, &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseDeferredChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{AllowedMentions: noMentions()},
	})
	it.deferred = true
	select {
	case res := <-done:
		if res.err != nil {
			a.edit(ctx, it, bot.Reply{Lang: it.lang, Text: errorText(it.lang)})
			return
		}
		a.edit(ctx, it, res.reply)
	case <-time.After(commandTimeout):
		a.log.Error("discord: command too slow", "command", cmd.Name)
		a.edit(ctx, it, bot.Reply{Lang: it.lang, Text: errorText(it.lang)})
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
	a.sendChoices(ctx, it, a.bot.Complete(kind, typed, MaxChoices))
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
	if _, err := a.s.RequestRaw("POST", endpoint, "application/json", body, endpoint, 0, opts...); err != nil {
		a.log.Warn("discord: answering autocomplete", "err", safeErr(err), "late", actx.Err() != nil)
	}
}

// component handles the page buttons: only the person who asked may turn the pages;
// others are told so privately.
func (a *Adapter) component(ctx context.Context, it *interaction) {
	data := it.i.MessageComponentData()
	id, ok := parsePageID(data.CustomID)
	if !ok {
		a.respondText(ctx, it, tr(it.lang, "Ce bouton n'est plus valable.", "This button no longer works."))
		return
	}
	if it.user != id.Asker {
		a.respondText(ctx, it, tr(it.lang,
			"Seule la personne qui a posé la question peut changer de page. Lancez votre propre recherche avec /prestataires.",
			"Only the person who asked can turn the pages. Start your own search with /prestataires."))
		return
	}
	if a.limited(ctx, it) {
		return
	}
	r := bot.ProvidersFor(a.bot.KB(), id.Args, it.lang)
	d := replyData(r, it.user)
	d.Flags = 0 // an update cannot change a message's visibility
	a.respond(ctx, it, &discordgo.InteractionResponse{Type: discordgo.InteractionResponseUpdateMessage, Data: d})
}
