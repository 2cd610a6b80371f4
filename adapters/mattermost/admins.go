// SPDX-License-Identifier: AGPL-3.0-or-later

package mattermost

import (
	"context"
	"slices"
	"strings"
	"time"

	"github.com/mattermost/mattermost/server/public/model"

	"github.com/boussole-libre/boussole/adapters/guard"
)

// isAdmin is the Mattermost check for Admin commands of the table (bot.Caller.Admin): a
// listed user id, or, when the config says so, a system admin or an admin of the team the
// command came from. Roles are read from the server each time, never from the form, which
// the caller could forge; any API error counts as "not admin".
func (a *Adapter) isAdmin(ctx context.Context, user, team string) bool {
	if user == "" {
		return false
	}
	if a.listed(user) {
		return true
	}
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	if a.cfg.SystemAdmins {
		u, _, err := a.api.GetUser(ctx, user, "")
		if err != nil {
			a.log.Warn("admin check: reading user roles", "error", guard.ShortErr(err))
		} else if hasRole(u.Roles, model.SystemAdminRoleId) {
			return true
		}
	}
	if a.cfg.TeamAdmins && team != "" {
		m, _, err := a.api.GetTeamMember(ctx, team, user, "")
		if err != nil {
			a.log.Warn("admin check: reading team roles", "error", guard.ShortErr(err))
		} else if m.SchemeAdmin || hasRole(m.Roles, model.TeamAdminRoleId) {
			return true
		}
	}
	return false
}

func hasRole(roles, role string) bool { return slices.Contains(strings.Fields(roles), role) }

// listed reports whether user is named in the config's admins: such a user gets the
// admins' rate limit even for ordinary commands, with no API call.
func (a *Adapter) listed(user string) bool { return slices.Contains(a.cfg.Admins, user) }
