// SPDX-License-Identifier: AGPL-3.0-or-later

package discord

import (
	"context"
	"errors"
	"fmt"
	"sort"

	"github.com/bwmarrin/discordgo"

	"github.com/boussole-libre/boussole/bot"
)

// adminPermissions are the guild permissions that make a member a Boussole admin when
// admins_manage_server is on; they are also the command's default permissions, so that
// Discord hides /kb from other members (server admins can change that in the server's
// Integrations settings, for instance for the roles listed in admin_roles).
const adminPermissions = discordgo.PermissionManageServer | discordgo.PermissionAdministrator

// applicationCommands builds Discord's command set from the bot's command table, so the
// two never drift apart: French names and descriptions, English localisations,
// sub-command groups for "/kb prestataire ajouter".
func applicationCommands() []*discordgo.ApplicationCommand {
	var out []*discordgo.ApplicationCommand
	for _, c := range bot.Commands() {
		ac := &discordgo.ApplicationCommand{
			Type:                     discordgo.ChatApplicationCommand,
			Name:                     c.Name,
			NameLocalizations:        english(c.NameEN),
			Description:              Truncate(c.Description, MaxCommandDesc),
			DescriptionLocalizations: english(Truncate(c.DescriptionEN, MaxCommandDesc)),
			Options:                  []*discordgo.ApplicationCommandOption{},
		}
		if c.Admin {
			perm := int64(adminPermissions)
			dm := false
			ac.DefaultMemberPermissions = &perm
			ac.DMPermission = &dm
		}
		if len(c.Sub) > 0 {
			ac.Options = subOptions(c.Sub)
		} else {
			ac.Options = commandOptions(c.Options)
		}
		out = append(out, ac)
	}
	return out
}

// subOptions turns sub-commands into Discord sub-command (group) options.
func subOptions(subs []bot.Command) []*discordgo.ApplicationCommandOption {
	var out []*discordgo.ApplicationCommandOption
	for _, s := range subs {
		o := localisedOption(discordgo.ApplicationCommandOptionSubCommand, s.Name, s.NameEN, s.Description, s.DescriptionEN)
		if len(s.Sub) > 0 {
			o.Type = discordgo.ApplicationCommandOptionSubCommandGroup
			o.Options = subOptions(s.Sub)
		} else {
			o.Options = commandOptions(s.Options)
		}
		out = append(out, o)
	}
	return out
}

// localisedOption is an option with its French name and description and their English
// localisations.
func localisedOption(typ discordgo.ApplicationCommandOptionType, name, nameEN, desc, descEN string) *discordgo.ApplicationCommandOption {
	o := &discordgo.ApplicationCommandOption{Type: typ, Name: name, Description: Truncate(desc, MaxCommandDesc)}
	if nameEN != "" && nameEN != name {
		o.NameLocalizations = *english(nameEN)
	}
	if descEN != "" {
		o.DescriptionLocalizations = *english(Truncate(descEN, MaxCommandDesc))
	}
	return o
}

// commandOptions turns the table's options into Discord options.
func commandOptions(in []bot.Option) []*discordgo.ApplicationCommandOption {
	out := []*discordgo.ApplicationCommandOption{}
	opts := append([]bot.Option(nil), in...)
	// Discord wants required options before optional ones.
	sort.SliceStable(opts, func(i, j int) bool { return opts[i].Required && !opts[j].Required })
	for _, o := range opts {
		ao := localisedOption(discordgo.ApplicationCommandOptionString, o.Name, o.NameEN, o.Description, o.DescriptionEN)
		ao.Required = o.Required
		switch o.Kind {
		case bot.KindPage, bot.KindNumber:
			one := 1.0
			ao.Type = discordgo.ApplicationCommandOptionInteger
			ao.MinValue = &one
		case bot.KindProduct, bot.KindPlace, bot.KindTool, bot.KindService, bot.KindProvider:
			ao.Autocomplete = true
			ao.MaxLength = 100
		default:
			ao.MaxLength = 200
		}
		out = append(out, ao)
	}
	return out
}

// leaf follows the sub-command options of an interaction down to the command that runs,
// returning its path and its own options.
func leaf(cmd bot.Command, opts []*discordgo.ApplicationCommandInteractionDataOption) (bot.Command, []string, []*discordgo.ApplicationCommandInteractionDataOption) {
	var path []string
	for len(cmd.Sub) > 0 && len(opts) == 1 && opts[0] != nil &&
		(opts[0].Type == discordgo.ApplicationCommandOptionSubCommand || opts[0].Type == discordgo.ApplicationCommandOptionSubCommandGroup) {
		next, ok := bot.FindSub(cmd, []string{opts[0].Name})
		if !ok {
			break
		}
		path = append(path, next.Name)
		cmd, opts = next, opts[0].Options
	}
	return cmd, path, opts
}

func english(s string) *map[discordgo.Locale]string {
	m := map[discordgo.Locale]string{discordgo.EnglishUS: s, discordgo.EnglishGB: s}
	return &m
}

// registerCommands replaces the application's commands with the table, with one bulk
// overwrite per configured guild (instant), or one global overwrite. A bulk overwrite is
// idempotent and only new commands count against Discord's daily creation limit.
func (a *Adapter) registerCommands(ctx context.Context) error {
	appID := a.me.Load().appID
	cmds := applicationCommands()
	scopes := a.cfg.Guilds
	if len(scopes) == 0 {
		scopes = []string{""}
	}
	var errs []error
	for _, g := range scopes {
		if _, err := a.s.ApplicationCommandBulkOverwrite(appID, g, cmds, discordgo.WithContext(ctx)); err != nil {
			where := "globally"
			if g != "" {
				where = "in guild " + g
			}
			errs = append(errs, fmt.Errorf("bulk overwrite %s: %w", where, err))
			continue
		}
		a.log.Info("discord: slash commands registered", "guild", g, "count", len(cmds))
	}
	return errors.Join(errs...)
}

// optionKind finds the kind of a command option from its name (French, or English for
// safety).
func optionKind(cmd bot.Command, name string) (bot.OptionKind, bool) {
	for _, o := range cmd.Options {
		if o.Name == name || o.NameEN == name {
			return o.Kind, true
		}
	}
	return "", false
}
