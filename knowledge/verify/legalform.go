// SPDX-License-Identifier: AGPL-3.0-or-later

package verify

import (
	"context"
	"fmt"
	"net/url"
	"strconv"
	"strings"

	"github.com/boussole-libre/boussole/knowledge"
	"github.com/boussole-libre/boussole/knowledge/textnorm"
)

// coopCodes are the INSEE legal-form codes (catégories juridiques, level III) of
// co-operative societies: SARL, SA and civil co-operatives, SCOP, unions, agricultural
// co-operatives. A SCIC or SCOP formed as an SAS has the plain SAS code (5710): its name
// or the ESS flag is then the only sign.
var coopCodes = map[string]bool{
	"5443": true, "5451": true, "5453": true, "5454": true, "5455": true, "5458": true, "5459": true, "5460": true,
	"5543": true, "5547": true, "5551": true, "5552": true, "5553": true, "5554": true, "5555": true, "5558": true,
	"5559": true, "5560": true, "5643": true, "5647": true, "5651": true, "5652": true, "5653": true, "5654": true,
	"5655": true, "5658": true, "5659": true, "5660": true, "6316": true, "6317": true, "6318": true, "6543": true,
	"6551": true, "6554": true, "6558": true, "6560": true,
}

// isAssociationCode: INSEE codes 92xx are associations (9220: association déclarée).
func isAssociationCode(nj string) bool { return len(nj) == 4 && strings.HasPrefix(nj, "92") }

// nameSaysCoop reports a co-operative named as such ("SCOP", "SCIC", "coopérative").
func nameSaysCoop(name string) bool {
	for _, w := range strings.Fields(textnorm.Fold(name)) {
		w = strings.Trim(w, ".,()-'\"")
		if w == "scop" || w == "scic" || strings.HasPrefix(w, "cooperati") {
			return true
		}
	}
	return false
}

// legalForm compares the register's legal form with the record's kind.
func legalForm(p *knowledge.Provider, u *legalUnit) (Finding, bool) {
	nj := strings.TrimSpace(string(u.NatureJuridique))
	assoc := isAssociationCode(nj) || u.Complements.EstAssociation
	coop := coopCodes[nj] || nameSaysCoop(string(u.NomComplet)) || nameSaysCoop(string(u.NomRaisonSociale))
	form := nj
	if form == "" {
		form = "non diffusée"
	}
	warn := func(msg string) (Finding, bool) {
		return Finding{Severity: Warning, Kind: "legal-form", Message: msg}, true
	}
	switch p.Kind {
	case knowledge.KindCompany:
		if assoc {
			return warn(fmt.Sprintf("association au registre (forme %s) mais fiche « company »", form))
		}
		if coop {
			return warn(fmt.Sprintf("coopérative au registre (forme %s, nom « %s ») mais fiche « company »", form, u.NomComplet))
		}
	case knowledge.KindCooperative:
		if assoc {
			return warn(fmt.Sprintf("association au registre (forme %s) mais fiche « cooperative »", form))
		}
		if !coop && nj != "" {
			return Finding{Severity: Info, Kind: "legal-form-unclear", Message: fmt.Sprintf(
				"forme %s sans mention coopérative au registre (une SCIC ou SCOP en SAS a la forme 5710) : à confirmer", nj)}, true
		}
	case knowledge.KindAssociation:
		if !assoc && nj != "" {
			return warn(fmt.Sprintf("forme %s au registre : pas une association, mais fiche « association »", nj))
		}
	}
	return Finding{}, false
}

// proposeSIREN searches the register by name (and département when the record has one)
// and proposes active candidates. It never writes them: the admin confirms with
// /kb prestataire modifier.
func (r *run) proposeSIREN(ctx context.Context, p *knowledge.Provider) {
	q := url.Values{"q": {p.Name}, "page": {"1"}, "per_page": {"5"}, "etat_administratif": {"A"}}
	for _, e := range p.Establishments {
		if e.Departement != "" {
			q.Set("departement", e.Departement)
			break
		}
	}
	s := r.registerSearch(ctx, p, q)
	if s == nil {
		return
	}
	ev := map[string]string{"recherche": r.opts.RegisterURL + "/search?" + q.Encode()}
	var names []string
	for _, u := range s.Results {
		if len(names) == 3 {
			break
		}
		if u.SIREN == "" || strings.EqualFold(string(u.EtatAdministratif), "C") {
			continue
		}
		n := len(names) + 1
		desc := fmt.Sprintf("%s — SIREN %s, %s, forme %s", u.NomComplet, u.SIREN, u.Siege.LibelleCommune, u.NatureJuridique)
		ev["candidat_"+strconv.Itoa(n)] = desc
		ev["commande_"+strconv.Itoa(n)] = fmt.Sprintf("/kb prestataire modifier id:%s champ:siren valeur:%s", p.ID, u.SIREN)
		names = append(names, fmt.Sprintf("%s (%s)", u.NomComplet, u.SIREN))
	}
	f := Finding{Severity: Info, Check: CheckSirene, Kind: "candidates", Subject: p.ID, SubjectType: "provider",
		Pos: posString(p.Pos), Evidence: ev}
	if len(names) == 0 {
		f.Kind, f.Message = "no-siren", "sans SIREN ; aucun candidat actif trouvé au registre"
	} else {
		f.Message = "sans SIREN ; candidats à confirmer (rien n'est écrit) : " + strings.Join(names, " ; ")
	}
	r.add(f)
}
