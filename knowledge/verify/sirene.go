// SPDX-License-Identifier: AGPL-3.0-or-later

package verify

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"slices"
	"strings"

	"github.com/boussole-libre/boussole/knowledge"
)

// jstr decodes a JSON string, number, boolean or null as a string: the register's fields
// are documented as strings, but a partially diffused unit may carry nulls, and one
// unexpected number must not lose the whole answer.
type jstr string

func (s *jstr) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	switch {
	case bytes.Equal(b, []byte("null")):
		*s = ""
	case len(b) > 0 && b[0] == '"':
		var v string
		if err := json.Unmarshal(b, &v); err != nil {
			return err
		}
		*s = jstr(v)
	case len(b) > 0 && (b[0] == '{' || b[0] == '['):
		*s = "" // not a scalar: ignore rather than fail
	default:
		*s = jstr(b)
	}
	return nil
}

// searchResponse is the answer of GET /search of the API Recherche d'entreprises
// (fields as in its OpenAPI document; only those Boussole reads).
type searchResponse struct {
	Results      []legalUnit `json:"results"`
	TotalResults int         `json:"total_results"`
}

// legalUnit is one result: a legal unit (unité légale) of the SIRENE register.
type legalUnit struct {
	SIREN             jstr            `json:"siren"`
	NomComplet        jstr            `json:"nom_complet"`
	NomRaisonSociale  jstr            `json:"nom_raison_sociale"`
	EtatAdministratif jstr            `json:"etat_administratif"` // A active, C closed (cessée)
	DateCreation      jstr            `json:"date_creation"`
	DateFermeture     jstr            `json:"date_fermeture"`
	NatureJuridique   jstr            `json:"nature_juridique"` // INSEE legal-form code (catégorie juridique)
	StatutDiffusion   jstr            `json:"statut_diffusion"` // O fully diffused, P partially
	Siege             establishment   `json:"siege"`
	Matching          []establishment `json:"matching_etablissements"`
	Complements       struct {
		EstAssociation bool `json:"est_association"`
		EstESS         bool `json:"est_ess"`
	} `json:"complements"`
}

// establishment is a head office (siege) or another establishment of a unit.
type establishment struct {
	SIRET             jstr `json:"siret"`
	Adresse           jstr `json:"adresse"`
	CodePostal        jstr `json:"code_postal"`
	Commune           jstr `json:"commune"` // INSEE commune code
	LibelleCommune    jstr `json:"libelle_commune"`
	Departement       jstr `json:"departement"`
	Region            jstr `json:"region"`
	EtatAdministratif jstr `json:"etat_administratif"` // A active, F closed (fermé)
}

// parseSearch decodes a register answer.
func parseSearch(b []byte) (*searchResponse, error) {
	var s searchResponse
	if err := json.Unmarshal(b, &s); err != nil {
		return nil, fmt.Errorf("register answer: %w", err)
	}
	return &s, nil
}

// annuaireURL is the public page of a unit, for the admin to read.
func annuaireURL(siren string) string {
	return "https://annuaire-entreprises.data.gouv.fr/entreprise/" + url.PathEscape(siren)
}

// sirene checks every provider against the register: with a SIREN, its state, head office
// and legal form; without one, candidates found by name and département are proposed.
func (r *run) sirene(ctx context.Context) {
	each(r.kb.Providers, func(p *knowledge.Provider) {
		if p.SIREN != "" {
			r.checkUnit(ctx, p)
		} else {
			r.proposeSIREN(ctx, p)
		}
	})
}

// registerSearch runs one search and decodes it; a failure becomes a finding and nil.
func (r *run) registerSearch(ctx context.Context, p *knowledge.Provider, q url.Values) *searchResponse {
	target := r.opts.RegisterURL + "/search?" + q.Encode()
	if r.offline != nil {
		r.unreachable(CheckSirene, "provider", p.ID, p.Pos, target)
		return nil
	}
	fail := func(msg string, ev map[string]string) *searchResponse {
		ev["url"] = target
		r.add(Finding{Severity: Warning, Check: CheckSirene, Kind: "check-failed", Subject: p.ID, SubjectType: "provider",
			Pos: posString(p.Pos), Message: "registre : " + msg, Evidence: ev})
		return nil
	}
	resp, err := r.http.get(ctx, target, jsonAccept, 4<<20, true)
	if err != nil {
		f := describe(err)
		return fail(f.Message, map[string]string{"erreur": f.Detail})
	}
	if resp.Status != 200 {
		return fail(fmt.Sprintf("réponse HTTP %d", resp.Status), map[string]string{"réponse": snippet(resp.Body)})
	}
	s, err := parseSearch(resp.Body)
	if err != nil {
		return fail("réponse illisible", map[string]string{"erreur": err.Error()})
	}
	return s
}

var jsonAccept = map[string][]string{"Accept": {"application/json"}}

func snippet(b []byte) string {
	s := strings.TrimSpace(string(b))
	if len(s) > 200 {
		s = s[:200] + "…"
	}
	return s
}

func posString(p knowledge.Pos) string {
	if p.File == "" {
		return ""
	}
	return p.String()
}

// checkUnit looks a SIREN up and reports its state, head office and legal form.
func (r *run) checkUnit(ctx context.Context, p *knowledge.Provider) {
	s := r.registerSearch(ctx, p, url.Values{"q": {p.SIREN}, "page": {"1"}, "per_page": {"5"}})
	if s == nil {
		return
	}
	i := slices.IndexFunc(s.Results, func(u legalUnit) bool { return string(u.SIREN) == p.SIREN })
	if i < 0 {
		r.add(Finding{Severity: Warning, Check: CheckSirene, Kind: "not-found", Subject: p.ID, SubjectType: "provider",
			Pos: posString(p.Pos), Message: "SIREN introuvable dans le registre (numéro erroné, ou unité non diffusible)",
			Evidence: map[string]string{"siren": p.SIREN, "registre": annuaireURL(p.SIREN)}})
		return
	}
	for _, f := range assessUnit(r.kb, p, &s.Results[i]) {
		r.add(f)
	}
}

// assessUnit turns a register record into findings about p. Missing fields (a partially
// diffused unit) are never read as a closure.
func assessUnit(kb *knowledge.KB, p *knowledge.Provider, u *legalUnit) []Finding {
	ev := unitEvidence(kb, p, u)
	mk := func(sev Severity, kind, msg string) Finding {
		return Finding{Severity: sev, Check: CheckSirene, Kind: kind, Subject: p.ID, SubjectType: "provider",
			Pos: posString(p.Pos), Message: msg, Evidence: ev}
	}
	var out []Finding
	switch strings.ToUpper(string(u.EtatAdministratif)) {
	case "C":
		msg := "fermée au registre (état administratif C)"
		if u.DateFermeture != "" {
			msg += " depuis le " + string(u.DateFermeture)
		}
		return append(out, mk(Error, "closed", msg))
	case "A":
		out = append(out, mk(Info, "active", activeMessage(u)))
	default:
		out = append(out, mk(Info, "state-unknown", "état administratif non diffusé : ni actif ni fermé n'est affirmé"))
	}
	if f, ok := headOffice(kb, p, u); ok {
		out = append(out, mk(f.Severity, f.Kind, f.Message))
	}
	if f, ok := legalForm(p, u); ok {
		out = append(out, mk(f.Severity, f.Kind, f.Message))
	}
	return out
}

func activeMessage(u *legalUnit) string {
	msg := "actif au registre"
	if u.DateCreation != "" {
		msg += ", créé le " + string(u.DateCreation)
	}
	if c := u.Siege.LibelleCommune; c != "" {
		msg += ", siège à " + string(c)
	}
	return msg
}

func unitEvidence(kb *knowledge.KB, p *knowledge.Provider, u *legalUnit) map[string]string {
	ev := map[string]string{"siren": p.SIREN, "registre": annuaireURL(p.SIREN)}
	put := func(k string, v jstr) {
		if v != "" {
			ev[k] = string(v)
		}
	}
	put("nom", u.NomComplet)
	put("état", u.EtatAdministratif)
	put("date_creation", u.DateCreation)
	put("date_fermeture", u.DateFermeture)
	put("nature_juridique", u.NatureJuridique)
	put("siège", u.Siege.LibelleCommune)
	if d := depOf(kb, u.Siege); d != "" {
		ev["siège_département"] = d
	}
	if strings.EqualFold(string(u.StatutDiffusion), "P") {
		ev["diffusion"] = "partielle (champs masqués)"
	}
	return ev
}

// depOf returns an establishment's département: given, else from its commune code.
func depOf(kb *knowledge.KB, e establishment) string {
	if e.Departement != "" {
		return strings.ToUpper(string(e.Departement))
	}
	code := string(e.Commune)
	if kb != nil && kb.Geo != nil {
		if c, ok := kb.Geo.Commune(code); ok {
			return c.Dep
		}
	}
	switch {
	case len(code) == 5 && strings.HasPrefix(code, "97"):
		return code[:3]
	case len(code) == 5:
		return strings.ToUpper(code[:2])
	}
	return ""
}

func regionOf(kb *knowledge.KB, e establishment, dep string) string {
	if e.Region != "" {
		return string(e.Region)
	}
	if kb != nil && kb.Geo != nil && dep != "" {
		if d, ok := kb.Geo.Departement(dep); ok {
			return d.Region
		}
	}
	return ""
}

// headOffice compares the register's head office with the record's establishments: a head
// office in another département than every establishment (another region when the record
// only knows regions) is a warning, unless the register has an active establishment where
// the record says.
func headOffice(kb *knowledge.KB, p *knowledge.Provider, u *legalUnit) (Finding, bool) {
	sDep := depOf(kb, u.Siege)
	var deps, regions []string
	for _, e := range p.Establishments {
		if e.Departement != "" {
			deps = append(deps, e.Departement)
		}
		if e.Region != "" {
			regions = append(regions, e.Region)
		}
	}
	where := string(u.Siege.LibelleCommune)
	switch {
	case sDep == "" || len(p.Establishments) == 0:
		return Finding{}, false
	case len(deps) > 0 && !slices.Contains(deps, sDep):
		for _, m := range u.Matching {
			if d := depOf(kb, m); slices.Contains(deps, d) && !strings.EqualFold(string(m.EtatAdministratif), "F") {
				return Finding{Severity: Info, Kind: "moved-branch", Message: fmt.Sprintf(
					"siège à %s (%s), établissement actif à %s (%s) comme la fiche", where, sDep, m.LibelleCommune, d)}, true
			}
		}
		return Finding{Severity: Warning, Kind: "moved", Message: fmt.Sprintf(
			"siège à %s (%s), hors des départements de la fiche (%s)", where, sDep, strings.Join(deps, ", "))}, true
	case len(deps) == 0:
		if reg := regionOf(kb, u.Siege, sDep); reg != "" && !slices.Contains(regions, reg) {
			return Finding{Severity: Warning, Kind: "moved", Message: fmt.Sprintf(
				"siège à %s (%s, région %s), hors des régions de la fiche (%s)", where, sDep, reg, strings.Join(regions, ", "))}, true
		}
	}
	return Finding{}, false
}
