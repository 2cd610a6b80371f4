// SPDX-License-Identifier: AGPL-3.0-or-later

package verify

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/boussole-libre/boussole/knowledge"
)

// judgeRepo turns what the forge said (or failed to say) into findings without subject.
func judgeRepo(t *knowledge.Tool, ref repoRef, info *repoInfo, err error, now time.Time, silentAfter time.Duration) []Finding {
	ev := map[string]string{"dépôt": t.Repository}
	one := func(sev Severity, kind, msg string) []Finding {
		return []Finding{{Severity: sev, Kind: kind, Message: msg, Evidence: ev}}
	}
	switch {
	case errors.Is(err, errRepoMissing):
		return one(Error, "repo-missing", "dépôt introuvable sur la forge (supprimé, déplacé ou privé)")
	case errors.Is(err, errNotARepo):
		return one(Warning, "bad-repository", "adresse de forge qui ne désigne pas un dépôt (propriétaire/nom)")
	case err != nil:
		f := describe(err)
		ev["erreur"] = f.Detail
		msg := "forge : " + f.Message
		if f.Kind == "rate-limit" && ref.Host == "github.com" {
			msg += " (définir " + EnvGitHubToken + " : 5 000 requêtes/heure au lieu de 60)"
		}
		return one(Warning, "check-failed", msg)
	case info == nil:
		return one(Info, "unknown-forge", "forge sans API lue (ni GitHub, ni GitLab, ni Forgejo/Gitea) : "+ref.Host)
	}
	ev["api"] = info.APIURL
	ev["forge"] = info.Forge
	var out []Finding
	add := func(sev Severity, kind, msg string) {
		out = append(out, Finding{Severity: sev, Kind: kind, Message: msg, Evidence: ev})
	}
	if !info.LastActivity.IsZero() {
		ev["dernière_activité"] = info.LastActivity.Format("2006-01-02") + " (" + info.LastField + ")"
	}
	if info.Archived {
		add(Warning, "archived", "dépôt archivé (en lecture seule) : projet arrêté ou déplacé")
	}
	if !info.LastActivity.IsZero() && now.Sub(info.LastActivity) > silentAfter {
		add(Warning, "silent", fmt.Sprintf("aucune activité depuis le %s (plus de %s)",
			info.LastActivity.Format("2006-01-02"), yearsLabel(silentAfter)))
	}
	if info.Name != "" && !strings.EqualFold(info.Name, ref.Path) {
		ev["nom_forge"] = info.Name
		add(Info, "renamed", "le dépôt a changé d'adresse : "+info.Name)
	}
	judgeLicence(t, info, ev, add)
	if len(out) == 0 {
		add(Info, "repo-ok", "dépôt actif, licence concordante")
	}
	return out
}

// judgeLicence compares the forge's licence with the KB's.
func judgeLicence(t *knowledge.Tool, info *repoInfo, ev map[string]string, add func(Severity, string, string)) {
	ev["licence_base"] = t.License
	switch {
	case info.Licences == nil:
		add(Info, "licence-unknown", "cette forge ne publie pas de licence détectée")
	case len(info.Licences) == 0:
		add(Info, "licence-unknown", "la forge ne détecte aucune licence")
	case len(info.Licences) == 1 && unknownLicence(info.Licences[0]):
		ev["licence_forge"] = info.LicenceShown
		add(Info, "licence-unknown", "la forge ne reconnaît pas la licence ("+info.LicenceShown+") : à vérifier dans le dépôt")
	case !licenceAgrees(t.License, info.Licences):
		ev["licence_forge"] = info.LicenceShown
		add(Warning, "licence", fmt.Sprintf("licence différente : la forge détecte %s, la base dit %s", info.LicenceShown, t.License))
	default:
		ev["licence_forge"] = info.LicenceShown
	}
}

func yearsLabel(d time.Duration) string {
	y := float64(d) / float64(Year)
	if y == float64(int(y)) {
		return fmt.Sprintf("%d ans", int(y))
	}
	return fmt.Sprintf("%.0f jours", d.Hours()/24)
}

// freshness lists providers whose newest source (its date, else when it was read) is
// older than MaxAge. It runs offline.
func (r *run) freshness() {
	cutoff := r.opts.Now().Add(-r.opts.MaxAge)
	for _, p := range r.kb.Providers {
		newest, label := newestSource(p.Sources)
		ev := map[string]string{"source_la_plus_récente": label}
		f := Finding{Severity: Warning, Check: CheckFreshness, Kind: "stale", Subject: p.ID, SubjectType: "provider",
			Pos: posString(p.Pos), Evidence: ev}
		switch {
		case newest.IsZero():
			f.Message = "à revérifier : aucune source datée"
		case newest.Before(cutoff):
			f.Message = fmt.Sprintf("à revérifier : source la plus récente du %s (plus de %s)", label, yearsLabel(r.opts.MaxAge))
		default:
			continue
		}
		r.add(f)
	}
}

// newestSource returns the latest date among sources (a year counts as its last day, a
// month as its last day: a source is never made older than it may be).
func newestSource(sources []knowledge.Source) (time.Time, string) {
	var best time.Time
	label := ""
	for _, s := range sources {
		t, ok := sourceDate(s.When())
		if ok && t.After(best) {
			best, label = t, s.When()
		}
	}
	return best, label
}

func sourceDate(s string) (time.Time, bool) {
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return t, true
	}
	if t, err := time.Parse("2006-01", s); err == nil {
		return t.AddDate(0, 1, -1), true
	}
	if t, err := time.Parse("2006", s); err == nil {
		return t.AddDate(1, 0, -1), true
	}
	return time.Time{}, false
}
