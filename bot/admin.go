// SPDX-License-Identifier: AGPL-3.0-or-later

package bot

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/boussole-libre/boussole/knowledge"
	"github.com/boussole-libre/boussole/knowledge/store"
)

func suggestCommand() Command {
	return Command{
		Name: "suggerer", NameEN: "suggest",
		Description:   "Proposer une alternative ou un prestataire aux admins",
		DescriptionEN: "Suggest an alternative or a provider to the admins",
		Options: []Option{
			{Name: "type", NameEN: "type", Description: "alternative ou prestataire", DescriptionEN: "alternative or provider", Kind: KindText, Required: true},
			{Name: "texte", NameEN: "text", Description: "Votre suggestion, avec un lien qui la montre", DescriptionEN: "Your suggestion, with a link that shows it", Kind: KindText, Required: true},
			{Name: "produit", NameEN: "product", Description: "Le produit à remplacer", DescriptionEN: "The product to replace", Kind: KindProduct},
			{Name: "outil", NameEN: "tool", Description: "Le logiciel libre proposé", DescriptionEN: "The proposed tool", Kind: KindTool},
		},
		Example: "/suggerer type:alternative produit:Trello outil:Kanboard texte:léger et simple",
		run:     runSuggest,
	}
}

// adminOpt is an admin command's option: admins read the French description on every platform.
func adminOpt(name, en, desc string, kind OptionKind, req bool) Option {
	return Option{Name: name, NameEN: en, Description: desc, DescriptionEN: desc, Kind: kind, Required: req}
}

// asAdmin marks a command as reserved to the KB's admins.
func asAdmin(c Command) Command { c.Admin = true; return c }

// adminCommand is /kb and its sub-commands.
func adminCommand() Command {
	return asAdmin(Command{
		Name: "kb", NameEN: "kb",
		Description: "Administration de la base de connaissances", DescriptionEN: "Knowledge base administration",
		Example: "/kb statut",
		Sub: []Command{
			asAdmin(Command{Name: "statut", NameEN: "status", Description: "État de la base : comptes, dernier rechargement, erreurs",
				DescriptionEN: "KB status: counts, last reload, errors", Example: "/kb statut", run: runStatus}),
			asAdmin(Command{Name: "recharger", NameEN: "reload", Description: "Relire les fichiers de la base maintenant",
				DescriptionEN: "Reload the KB files now", Example: "/kb recharger", run: runReload}),
			asAdmin(Command{Name: "manques", NameEN: "gaps", Description: "Les questions les plus fréquentes restées sans réponse",
				DescriptionEN: "Most frequent unanswered questions", Example: "/kb manques",
				Options: []Option{adminOpt("nombre", "count", "Combien (10 par défaut)", KindNumber, false)}, run: runMissing}),
			providerAdminCommand(),
			asAdmin(Command{Name: "alias", NameEN: "alias", Description: "Apprendre un autre nom de produit", DescriptionEN: "Teach another product name",
				Sub: []Command{asAdmin(Command{Name: "ajouter", NameEN: "add", Description: "« gsuite » veut dire Google Workspace", DescriptionEN: "\"gsuite\" means Google Workspace",
					Example: "/kb alias ajouter produit:google-workspace alias:gsuite",
					Options: []Option{adminOpt("produit", "product", "Le produit", KindProduct, true), adminOpt("alias", "alias", "L'autre nom", KindText, true)},
					run:     runAliasAdd})}}),
			asAdmin(Command{Name: "outil", NameEN: "tool", Description: "Relier un produit à un logiciel libre", DescriptionEN: "Link a product to a libre tool",
				Sub: []Command{asAdmin(Command{Name: "remplace", NameEN: "replaces", Description: "Cet outil remplace ce produit", DescriptionEN: "This tool replaces this product",
					Example: "/kb outil remplace produit:trello outil:kanboard rang:2",
					Options: []Option{adminOpt("produit", "product", "Le produit", KindProduct, true), adminOpt("outil", "tool", "Le logiciel libre", KindTool, true),
						adminOpt("rang", "rank", "Position (1 = premier ; vide : dernier)", KindNumber, false)},
					run: runLink})}}),
			asAdmin(Command{Name: "annuler", NameEN: "undo", Description: "Annuler la dernière modification", DescriptionEN: "Undo the last change",
				Example: "/kb annuler", run: runUndo}),
			asAdmin(Command{Name: "suggestions", NameEN: "suggestions", Description: "Voir, accepter ou refuser les suggestions", DescriptionEN: "Review suggestions",
				Example: "/kb suggestions accepter:3",
				Options: []Option{adminOpt("accepter", "accept", "Numéro à accepter", KindNumber, false), adminOpt("refuser", "refuse", "Numéro à refuser", KindNumber, false)},
				run:     runSuggestions}),
			verifyCommand(), // admin_verify.go
		},
	})
}

// providerAdminCommand is /kb prestataire: add, edit or remove a provider.
func providerAdminCommand() Command {
	return asAdmin(Command{Name: "prestataire", NameEN: "provider", Description: "Ajouter, modifier ou retirer un prestataire",
		DescriptionEN: "Add, edit or remove a provider", Sub: []Command{
			asAdmin(Command{Name: "ajouter", NameEN: "add", Description: "Ajouter un prestataire (avec sa source)", DescriptionEN: "Add a provider (with its source)",
				Example: "/kb prestataire ajouter nom:Coop type:cooperative ville:Rennes departement:35 source:https://… date:2025-06",
				Options: textOptions(providerAddFields), run: runProviderAdd}),
			asAdmin(Command{Name: "modifier", NameEN: "edit", Description: "Changer un champ d'un prestataire", DescriptionEN: "Change a provider field",
				Example: "/kb prestataire modifier id:cliss-xxi champ:services valeur:hébergement, formation",
				Options: []Option{
					adminOpt("id", "id", "Le prestataire", KindProvider, true),
					adminOpt("champ", "field", "nom, type, site, services, outils, source…", KindText, true),
					adminOpt("valeur", "value", "Nouvelle valeur (vide : retirer le champ)", KindText, false),
				}, run: runProviderEdit}),
			asAdmin(Command{Name: "retirer", NameEN: "remove", Description: "Retirer un prestataire", DescriptionEN: "Remove a provider",
				Example: "/kb prestataire retirer id:ancienne-boite",
				Options: []Option{adminOpt("id", "id", "Le prestataire", KindProvider, true)}, run: runProviderRemove}),
		}})
}

// providerAddFields are the options of /kb prestataire ajouter, in the order they are
// offered: name (French, English), what to type, whether it is required.
var providerAddFields = [][4]string{
	{"nom", "name", "Nom de l'organisation", "required"},
	{"type", "kind", "company, cooperative ou association", "required"},
	{"source", "source", "URL de la page qui montre ces faits", "required"},
	{"date", "date", "Date de la page (AAAA-MM-JJ) ; vide : aujourd'hui comme date de lecture"},
	{"site", "website", "Site web"},
	{"ville", "city", "Ville"},
	{"departement", "departement", "Département (numéro ou nom)"},
	{"region", "region", "Région, si ni ville ni département"},
	{"services", "services", "Services, séparés par des virgules"},
	{"outils", "tools", "Outils (identifiants), séparés par des virgules"},
	{"description", "description", "Une phrase"},
	{"national", "national", "oui : travaille à distance pour toute la France"},
}

// textOptions turns a table of fields into free-text options.
func textOptions(fields [][4]string) []Option {
	opts := make([]Option, len(fields))
	for i, f := range fields {
		opts[i] = adminOpt(f[0], f[1], f[2], KindText, f[3] == "required")
	}
	return opts
}

// adminReply is visible only to the admin.
func adminReply(l Lang, title, text string) Reply {
	return Reply{Intent: IntentNone, Lang: l, Title: title, Text: text, Ephemeral: true}
}

// refuse is checked at the top of every admin handler: the adapters gate the commands too,
// but a permission changed in a platform's settings must not open the KB.
func refuse(c Call) (Reply, bool) {
	if c.Caller.Admin {
		return Reply{}, false
	}
	return adminReply(c.Lang, Tr(c.Lang, "Réservé aux admins", "Admins only"),
		Tr(c.Lang, "Cette commande modifie la base de connaissances : seuls les admins de Boussole peuvent l'utiliser. Vous pouvez proposer un changement avec /suggerer.",
			"This command changes the knowledge base: only Boussole admins may use it. You can propose a change with /suggerer.")), true
}

func (b *Bot) needStore(c Call) (Reply, bool) {
	if b.store != nil {
		return Reply{}, false
	}
	return adminReply(c.Lang, Tr(c.Lang, "Base en lecture seule", "Read-only KB"),
		Tr(c.Lang, "Boussole sert la base embarquée : configurez knowledge.dir (boussole kb export DIR) pour l'administrer.",
			"Boussole serves the embedded KB: set knowledge.dir (boussole kb export DIR) to administer it.")), true
}

// editing builds an admin handler that changes the KB: the admin check, the need for an
// on-disk store and the reply are the same for every edit.
func editing(edit func(b *Bot, kb *knowledge.KB, c Call) (store.Change, error)) func(*Bot, *knowledge.KB, Call) Reply {
	return func(b *Bot, kb *knowledge.KB, c Call) Reply {
		if r, no := refuse(c); no {
			return r
		}
		if r, no := b.needStore(c); no {
			return r
		}
		ch, err := edit(b, kb, c)
		return changeReply(c.Lang, ch, err)
	}
}

func actor(c Call) store.Actor { return store.Actor{Platform: c.Caller.Platform, ID: c.Caller.UserID} }

func changeReply(l Lang, ch store.Change, err error) Reply {
	if err != nil {
		var rej *store.RejectedError
		if errors.As(err, &rej) {
			return adminReply(l, Tr(l, "Modification refusée, rien n'a été écrit", "Change refused, nothing was written"), err.Error())
		}
		return adminReply(l, Tr(l, "Échec de la modification", "Change failed"), err.Error())
	}
	return adminReply(l, Tr(l, "Modification enregistrée", "Change saved"),
		fmt.Sprintf(Tr(l, "n°%d — %s (%s). /kb annuler pour revenir en arrière.", "#%d — %s (%s). /kb annuler to revert."), ch.Seq, ch.Summary, ch.File))
}

func runStatus(b *Bot, kb *knowledge.KB, c Call) Reply {
	if r, no := refuse(c); no {
		return r
	}
	s := kb.Stats()
	var lines []string
	lines = append(lines, fmt.Sprintf(Tr(c.Lang, "%d catégories, %d outils, %d produits, %d prestataires (%d sources).", "%d categories, %d tools, %d products, %d providers (%d sources)."),
		s.Categories, s.Tools, s.Products, s.Providers, s.Sources))
	if b.store == nil {
		lines = append(lines, Tr(c.Lang, "Base embarquée (lecture seule), chargée le ", "Embedded KB (read-only), loaded ")+kb.LoadedAt.Format("2006-01-02 15:04:05"))
	} else {
		st := b.store.Status()
		lines = append(lines, fmt.Sprintf(Tr(c.Lang, "Dossier %s ; dernier chargement réussi : %s (%s) ; dernière vérification : %s.", "Directory %s; last good load: %s (%s); last check: %s."),
			st.Dir, st.LoadedAt.Format("2006-01-02 15:04:05"), st.ReloadedBy, st.LastCheck.Format("15:04:05")))
		if st.LastError != "" {
			lines = append(lines, fmt.Sprintf(Tr(c.Lang, "Dernier rechargement en échec (%s) — la base précédente reste servie : %s", "Last reload failed (%s) — the previous KB is still served: %s"),
				st.FailedAt.Format("2006-01-02 15:04:05"), st.LastError))
			for i, is := range st.Issues {
				if i == 10 {
					lines = append(lines, fmt.Sprintf("… +%d", len(st.Issues)-10))
					break
				}
				lines = append(lines, "• "+is.String())
			}
		}
	}
	if b.unanswered != nil {
		lines = append(lines, fmt.Sprintf(Tr(c.Lang, "Questions sans réponse gardées : %d.", "Unanswered questions kept: %d."), b.unanswered.Len()))
	}
	if b.suggestions != nil {
		lines = append(lines, fmt.Sprintf(Tr(c.Lang, "Suggestions en attente : %d.", "Pending suggestions: %d."), len(b.suggestions.Pending())))
	}
	if b.verifier != nil {
		lines = append(lines, b.verifier.statusLine(c.Lang)) // admin_verify.go
	}
	return adminReply(c.Lang, Tr(c.Lang, "Statut de la base", "KB status"), strings.Join(lines, "\n"))
}

func runReload(b *Bot, _ *knowledge.KB, c Call) Reply {
	if r, no := refuse(c); no {
		return r
	}
	if r, no := b.needStore(c); no {
		return r
	}
	if err := b.store.Reload(); err != nil {
		return adminReply(c.Lang, Tr(c.Lang, "Rechargement refusé : la base précédente reste servie", "Reload refused: the previous KB is still served"), err.Error())
	}
	s := b.KB().Stats()
	return adminReply(c.Lang, Tr(c.Lang, "Base rechargée", "KB reloaded"),
		fmt.Sprintf("%d outils, %d produits, %d prestataires.", s.Tools, s.Products, s.Providers))
}

func runMissing(b *Bot, _ *knowledge.KB, c Call) Reply {
	if r, no := refuse(c); no {
		return r
	}
	if b.unanswered == nil {
		return adminReply(c.Lang, Tr(c.Lang, "Journal désactivé", "Log disabled"), Tr(c.Lang, "Le journal des questions sans réponse n'est pas activé.", "The unanswered log is off."))
	}
	n := 10
	if v, err := strconv.Atoi(c.Args["nombre"]); err == nil && v > 0 {
		n = min(v, 50)
	}
	top := b.unanswered.Top(n)
	if len(top) == 0 {
		return adminReply(c.Lang, Tr(c.Lang, "Aucune question sans réponse", "No unanswered question"), "")
	}
	var lines []string
	for _, s := range top {
		lines = append(lines, fmt.Sprintf("%d× « %s » — %s (%s)", s.Count, s.Question, s.Missing, s.LastSeen.Format("2006-01-02 15:04")))
	}
	return adminReply(c.Lang, Tr(c.Lang, "Questions sans réponse les plus fréquentes", "Most frequent unanswered questions"), strings.Join(lines, "\n"))
}

func yes(s string) bool {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "oui", "true", "yes", "1", "o", "y":
		return true
	}
	return false
}

var runProviderAdd = editing(func(b *Bot, _ *knowledge.KB, c Call) (store.Change, error) {
	a := c.Args
	in := store.ProviderInput{Name: a["nom"], Kind: a["type"], Website: a["site"], Description: a["description"],
		City: a["ville"], Departement: a["departement"], Region: a["region"], National: yes(a["national"]),
		Services: store.SplitList(a["services"]), Tools: store.SplitList(a["outils"]), SourceURL: a["source"], SourceDate: a["date"]}
	return b.store.AddProvider(actor(c), in)
})

var runProviderEdit = editing(func(b *Bot, _ *knowledge.KB, c Call) (store.Change, error) {
	return b.store.UpdateProvider(actor(c), c.Args["id"], c.Args["champ"], c.Args["valeur"])
})

var runProviderRemove = editing(func(b *Bot, _ *knowledge.KB, c Call) (store.Change, error) {
	return b.store.RemoveProvider(actor(c), c.Args["id"])
})

func productID(kb *knowledge.KB, s string) string {
	if p, ok := resolveProduct(kb, s); ok {
		return p.ID
	}
	return strings.TrimSpace(s)
}

func toolID(kb *knowledge.KB, s string) string {
	if t, ok := resolveTool(kb, s); ok {
		return t.ID
	}
	return strings.TrimSpace(s)
}

var runAliasAdd = editing(func(b *Bot, kb *knowledge.KB, c Call) (store.Change, error) {
	id := strings.TrimSpace(c.Args["produit"])
	if _, ok := kb.Product(id); !ok {
		id = productID(kb, id)
	}
	return b.store.AddAlias(actor(c), id, c.Args["alias"])
})

var runLink = editing(func(b *Bot, kb *knowledge.KB, c Call) (store.Change, error) {
	rank, _ := strconv.Atoi(strings.TrimSpace(c.Args["rang"]))
	return b.store.LinkAlternative(actor(c), productID(kb, c.Args["produit"]), toolID(kb, c.Args["outil"]), rank)
})

func runUndo(b *Bot, _ *knowledge.KB, c Call) Reply {
	if r, no := refuse(c); no {
		return r
	}
	if r, no := b.needStore(c); no {
		return r
	}
	ch, err := b.store.Undo(actor(c))
	if err != nil {
		return changeReply(c.Lang, ch, err)
	}
	return adminReply(c.Lang, Tr(c.Lang, "Modification annulée", "Change undone"),
		fmt.Sprintf(Tr(c.Lang, "n°%d annulée : %s (%s).", "#%d undone: %s (%s)."), ch.Undoes, strings.TrimPrefix(ch.Summary, "annule : "), ch.File))
}

func runSuggest(b *Bot, kb *knowledge.KB, c Call) Reply {
	if b.suggestions == nil {
		return adminReply(c.Lang, Tr(c.Lang, "Suggestions fermées", "Suggestions closed"), Tr(c.Lang, "Cette instance de Boussole ne prend pas de suggestions.", "This Boussole does not take suggestions."))
	}
	kind := strings.ToLower(strings.TrimSpace(c.Args["type"]))
	switch kind {
	case "alternative", "outil":
		kind = "alternative"
	case "prestataire", "provider", "presta":
		kind = "prestataire"
	default:
		return adminReply(c.Lang, Tr(c.Lang, "Type inconnu", "Unknown type"), Tr(c.Lang, "type:alternative ou type:prestataire", "type:alternative or type:prestataire"))
	}
	product, tool := c.Args["produit"], c.Args["outil"]
	if product != "" {
		product = productID(kb, product)
	}
	if tool != "" {
		tool = toolID(kb, tool)
	}
	s, err := b.suggestions.Add(actor(c), kind, product, tool, c.Args["texte"])
	if err != nil {
		return adminReply(c.Lang, Tr(c.Lang, "Suggestion non enregistrée", "Suggestion not saved"), err.Error())
	}
	return adminReply(c.Lang, Tr(c.Lang, "Merci !", "Thank you!"),
		fmt.Sprintf(Tr(c.Lang, "Suggestion n°%d transmise aux admins.", "Suggestion #%d passed on to the admins."), s.ID))
}

func runSuggestions(b *Bot, kb *knowledge.KB, c Call) Reply {
	if r, no := refuse(c); no {
		return r
	}
	if b.suggestions == nil {
		return adminReply(c.Lang, Tr(c.Lang, "Suggestions fermées", "Suggestions closed"), "")
	}
	decide := func(arg, status string) (Reply, bool) {
		v := strings.TrimSpace(c.Args[arg])
		if v == "" {
			return Reply{}, false
		}
		id, err := strconv.Atoi(v)
		if err != nil {
			return adminReply(c.Lang, Tr(c.Lang, "Numéro invalide", "Invalid number"), v), true
		}
		s, ok := b.suggestions.Get(id)
		if !ok {
			return adminReply(c.Lang, Tr(c.Lang, "Suggestion introuvable", "No such suggestion"), v), true
		}
		note := ""
		if status == store.Accepted && s.Kind == "alternative" && s.Product != "" && s.Tool != "" && b.store != nil && s.Status == store.Pending {
			ch, err := b.store.LinkAlternative(actor(c), s.Product, s.Tool, 0)
			if err != nil {
				return changeReply(c.Lang, ch, err), true
			}
			note = fmt.Sprintf(Tr(c.Lang, " Appliquée : modification n°%d.", " Applied: change #%d."), ch.Seq)
		} else if status == store.Accepted {
			note = Tr(c.Lang, " À saisir avec /kb prestataire ajouter (avec sa source).", " Enter it with /kb prestataire ajouter (with its source).")
		}
		if _, err := b.suggestions.Decide(id, status, c.Caller.Platform+":"+c.Caller.UserID); err != nil {
			return adminReply(c.Lang, Tr(c.Lang, "Impossible", "Not possible"), err.Error()), true
		}
		return adminReply(c.Lang, fmt.Sprintf(Tr(c.Lang, "Suggestion n°%d %s", "Suggestion #%d %s"), id, status), strings.TrimSpace(note)), true
	}
	if r, done := decide("accepter", store.Accepted); done {
		return r
	}
	if r, done := decide("refuser", store.Refused); done {
		return r
	}
	pending := b.suggestions.Pending()
	if len(pending) == 0 {
		return adminReply(c.Lang, Tr(c.Lang, "Aucune suggestion en attente", "No pending suggestion"), "")
	}
	var lines []string
	for _, s := range pending {
		what := s.Kind
		if s.Product != "" || s.Tool != "" {
			what += fmt.Sprintf(" %s → %s", s.Product, s.Tool)
		}
		lines = append(lines, fmt.Sprintf("n°%d (%s) %s : %s", s.ID, s.Time.Format("2006-01-02"), what, s.Text))
	}
	return adminReply(c.Lang, Tr(c.Lang, "Suggestions en attente", "Pending suggestions"),
		strings.Join(lines, "\n")+"\n"+Tr(c.Lang, "/kb suggestions accepter:N ou refuser:N", "/kb suggestions accepter:N or refuser:N"))
}
