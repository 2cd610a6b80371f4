// SPDX-License-Identifier: AGPL-3.0-or-later

package mattermost

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"

	"github.com/mattermost/mattermost/server/public/model"

	"github.com/boussole-libre/boussole/adapters/guard"
	"github.com/boussole-libre/boussole/bot"
)

// registerCommands creates or updates the slash commands of bot.Commands() in each team.
// Failures are logged, not fatal: without the manage_slash_commands permission an admin
// registers the commands by hand (see README) and gives their tokens.
func (a *Adapter) registerCommands(ctx context.Context) {
	for _, team := range a.cfg.Teams {
		if err := a.registerTeam(ctx, team); err != nil {
			a.log.WarnContext(ctx, "slash commands not registered; register them by hand (see adapters/mattermost/README.md)", "team", team, "err", err)
		}
	}
	a.log.InfoContext(ctx, "slash-command tokens", "known", a.tokens.count())
}

func (a *Adapter) registerTeam(ctx context.Context, team string) error {
	cctx, cancel := context.WithTimeout(ctx, apiTimeout)
	defer cancel()
	teamID := team
	if !model.IsValidId(team) {
		t, _, err := a.api.GetTeamByName(cctx, team, "")
		if err != nil {
			return fmt.Errorf("finding team %q: %s", team, guard.ShortErr(err))
		}
		teamID = t.Id
	}
	existing, resp, err := a.api.ListCommands(cctx, teamID, true)
	if err != nil {
		if resp != nil && resp.StatusCode == http.StatusForbidden {
			return errors.New("the bot lacks the manage_slash_commands permission in this team")
		}
		return fmt.Errorf("listing commands: %s", guard.ShortErr(err))
	}
	for _, c := range bot.Commands() {
		want := a.commandSpec(c, teamID)
		var found *model.Command
		for _, e := range existing {
			if strings.EqualFold(e.Trigger, c.Name) && e.DeleteAt == 0 {
				found = e
				break
			}
		}
		switch {
		case found == nil:
			created, _, err := a.api.CreateCommand(cctx, want)
			if err != nil {
				return fmt.Errorf("creating /%s: %s", c.Name, guard.ShortErr(err))
			}
			a.tokens.add(created.Token)
			a.log.InfoContext(ctx, "slash command created", "team", team, "trigger", c.Name, "token_present", created.Token != "")
		case found.CreatorId != a.me.Id && !strings.HasPrefix(found.URL, a.cfg.PublicURL+CommandPath):
			a.log.WarnContext(ctx, "trigger already used by another integration; left alone", "team", team, "trigger", c.Name)
		default:
			want.Id, want.Token, want.CreatorId, want.CreateAt = found.Id, found.Token, found.CreatorId, found.CreateAt
			updated, _, err := a.api.UpdateCommand(cctx, want)
			if err != nil {
				a.tokens.add(found.Token) // it still points at us: keep answering it
				return fmt.Errorf("updating /%s: %s", c.Name, guard.ShortErr(err))
			}
			tok := updated.Token
			if tok == "" {
				tok = found.Token
			}
			a.tokens.add(tok)
			a.log.InfoContext(ctx, "slash command updated", "team", team, "trigger", c.Name, "token_present", tok != "")
		}
	}
	return nil
}

// commandSpec is the Mattermost command for an entry of the command table.
func (a *Adapter) commandSpec(c bot.Command, teamID string) *model.Command {
	desc := c.Description + " — ex. " + c.Example
	return &model.Command{
		TeamId:           teamID,
		Trigger:          c.Name,
		Method:           model.CommandMethodPost,
		URL:              a.cfg.PublicURL + CommandPath + "/" + c.Name,
		AutoComplete:     true,
		AutoCompleteDesc: desc,
		AutoCompleteHint: c.OptionsHint(),
		DisplayName:      guard.Cut("Boussole : "+c.Name, 64),
		Description:      guard.Cut(c.Description, 128),
	}
}
