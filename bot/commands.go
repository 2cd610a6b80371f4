// SPDX-License-Identifier: AGPL-3.0-or-later

package bot

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/boussole-libre/boussole/knowledge"
	"github.com/boussole-libre/boussole/knowledge/geo"
	"github.com/boussole-libre/boussole/knowledge/textnorm"
)

// OptionKind says what an option holds, which decides its autocompletion.
type OptionKind string

// Option kinds.
const (
	KindText     OptionKind = "text"
	KindProduct  OptionKind = "product"
	KindPlace    OptionKind = "place"
	KindTool     OptionKind = "tool"
	KindService  OptionKind = "service"
	KindPage     OptionKind = "page"
	KindProvider OptionKind = "provider"
	KindNumber   OptionKind = "number"
)

// Option is a command option. Name is French (shown to users); NameEN is the English
// localisation.
type Option struct {
	Name          string
	NameEN        string
	Description   string
	DescriptionEN string
	Kind          OptionKind
	Required      bool
}

// Command is one entry of the declarative command table that feeds the Discord and
// Mattermost commands and the help text.
type Command struct {
	Name          string
	NameEN        string
	Description   string
	DescriptionEN string
	Options       []Option
	Admin         bool      // reserved for KB admins; checked again inside every admin handler
	Sub           []Command // sub-commands (or groups of them): "/kb prestataire ajouter"
	Example       string
	run           func(b *Bot, kb *knowledge.KB, c Call) Reply
}

// Call is one invocation of a command.
type Call struct {
	Args   map[string]string // option name (French) → value
	Lang   Lang
	Path   []string // sub-command path under the command, e.g. ["prestataire", "ajouter"]
	Caller Caller
}

// Caller is who runs a command, as the adapter established it.
type Caller struct {
	Platform string // "discord", "mattermost", "console"
	UserID   string
	Admin    bool // the adapter's verdict from its configured admin ids, roles or permissions
}

// table holds the command table, built on first use: it is immutable and every event
// reads it. (A sync.OnceValue variable would make an initialisation cycle, since handlers
// such as Help read the table.)
var table struct {
	once sync.Once
	cmds []Command
}

func commandTable() []Command {
	table.once.Do(func() { table.cmds = buildCommands() })
	return table.cmds
}

// Commands returns the command table, in help order. The slice is a copy; the commands
// are shared and must not be modified.
func Commands() []Command { return slices.Clone(commandTable()) }

func buildCommands() []Command {
	return []Command{
		{
			Name: "alternative", NameEN: "alternative",
			Description: "Des logiciels libres pour remplacer un produit", DescriptionEN: "Free software to replace a product",
			Options: []Option{{Name: "produit", NameEN: "product", Description: "Le produit à remplacer (Google Drive, Teams…)",
				DescriptionEN: "The product to replace (Google Drive, Teams…)", Kind: KindProduct, Required: true}},
			Example: "/alternative produit:Google Drive",
			run:     func(_ *Bot, kb *knowledge.KB, c Call) Reply { return runAlternative(kb, c) },
		},
		{
			Name: "prestataires", NameEN: "providers",
			Description: "Des prestataires du libre près de chez vous", DescriptionEN: "Free-software providers near you",
			Options: []Option{
				{Name: "région", NameEN: "region", Description: "Région, département, code postal ou ville",
					DescriptionEN: "Region, département, postal code or city", Kind: KindPlace},
				{Name: "outil", NameEN: "tool", Description: "Un logiciel libre (Nextcloud, Odoo…)",
					DescriptionEN: "A free-software tool (Nextcloud, Odoo…)", Kind: KindTool},
				{Name: "service", NameEN: "service", Description: "Hébergement, formation, support…",
					DescriptionEN: "Hosting, training, support…", Kind: KindService},
				{Name: "page", NameEN: "page", Description: "Page de résultats", DescriptionEN: "Result page", Kind: KindPage},
			},
			Example: "/prestataires région:Bretagne outil:Nextcloud",
			run:     func(_ *Bot, kb *knowledge.KB, c Call) Reply { return runProviders(kb, c) },
		},
		{
			Name: "outil", NameEN: "tool",
			Description: "Une fiche de logiciel libre : à quoi il sert, licence, prestataires", DescriptionEN: "A free-software tool: what it does, licence, providers",
			Options: []Option{{Name: "nom", NameEN: "name", Description: "Le logiciel libre", DescriptionEN: "The tool", Kind: KindTool, Required: true}},
			Example: "/outil nom:Nextcloud",
			run:     func(_ *Bot, kb *knowledge.KB, c Call) Reply { return runTool(kb, c) },
		},
		{
			Name: "aide", NameEN: "help",
			Description: "Ce que Boussole sait faire", DescriptionEN: "What Boussole can do",
			Example: "/aide",
			run:     func(_ *Bot, _ *knowledge.KB, c Call) Reply { return Help(c.Lang) },
		},
		suggestCommand(),
		adminCommand(),
	}
}

// FindCommand returns the command named name (French or English).
func FindCommand(name string) (Command, bool) {
	name = strings.TrimPrefix(strings.ToLower(strings.TrimSpace(name)), "/")
	for _, c := range commandTable() {
		if c.Name == name || c.NameEN == name {
			return c, true
		}
	}
	return Command{}, false
}

// Run executes a command of the table; c.Path selects a sub-command.
func (b *Bot) Run(name string, c Call) Reply {
	cmd, ok := FindCommand(name)
	if ok && len(c.Path) > 0 {
		cmd, ok = FindSub(cmd, c.Path)
	}
	if !ok || cmd.run == nil {
		full := strings.TrimSpace(name + " " + strings.Join(c.Path, " "))
		return Reply{Intent: IntentNone, Lang: c.Lang, Ephemeral: true,
			Title: Tr(c.Lang, "Commande inconnue : /", "Unknown command: /") + full, Hint: "/aide"}
	}
	if c.Args == nil {
		c.Args = map[string]string{}
	}
	// Accept English option names too.
	for _, o := range cmd.Options {
		if v, ok := c.Args[o.NameEN]; ok && c.Args[o.Name] == "" {
			c.Args[o.Name] = v
		}
	}
	if r, ok := checkLengths(cmd, c); !ok {
		return r
	}
	return cmd.run(b, b.KB(), c)
}

// Option value caps, in bytes, checked before any lookup or typo search: a name, a place
// or a number is short; free text (a description, a suggestion) may be longer, and the
// store applies its own per-field limits on top.
const (
	MaxNameOption = 200
	MaxTextOption = 2000
)

// checkLengths refuses an over-long option value with a clear message.
func checkLengths(cmd Command, c Call) (Reply, bool) {
	for _, o := range cmd.Options {
		limit := MaxNameOption
		if o.Kind == KindText {
			limit = MaxTextOption
		}
		if len(c.Args[o.Name]) > limit {
			return Reply{Intent: IntentNone, Lang: c.Lang, Ephemeral: true,
				Title: Tr(c.Lang, "Valeur trop longue", "Value too long"),
				Text: fmt.Sprintf(Tr(c.Lang, "« %s » accepte au plus %d caractères.", "%q takes at most %d characters."),
					o.Name, limit)}, false
		}
	}
	return Reply{}, true
}

// OptionsHint lists a command's options the way the usage lines show them: required ones
// bare ("lieu:…"), optional ones in brackets ("[outil:…]").
func (c Command) OptionsHint() string {
	parts := make([]string, 0, len(c.Options))
	for _, o := range c.Options {
		p := o.Name + ":…"
		if !o.Required {
			p = "[" + p + "]"
		}
		parts = append(parts, p)
	}
	return strings.Join(parts, " ")
}

// FindSub follows a sub-command path ("prestataire", "ajouter") from cmd.
func FindSub(cmd Command, path []string) (Command, bool) {
	for _, p := range path {
		found := false
		for _, s := range cmd.Sub {
			if s.Name == p || s.NameEN == p {
				cmd, found = s, true
				break
			}
		}
		if !found {
			return Command{}, false
		}
	}
	return cmd, true
}

// SplitPath reads the sub-command words at the start of a command's free text, as
// Mattermost sends "/kb prestataire ajouter nom:…": it returns the path, the command it
// leads to and the rest of the text.
func SplitPath(cmd Command, text string) ([]string, Command, string) {
	var path []string
	rest := strings.TrimSpace(text)
	for len(cmd.Sub) > 0 {
		word, after, _ := strings.Cut(rest, " ")
		next, ok := FindSub(cmd, []string{strings.ToLower(word)})
		if !ok {
			break
		}
		path = append(path, next.Name)
		cmd, rest = next, strings.TrimSpace(after)
	}
	return path, cmd, rest
}

func errorReply(l Lang, title, text string, suggestions []string) Reply {
	return Reply{Intent: IntentNone, Lang: l, Title: title, Text: text, Suggestions: suggestions, Ephemeral: true}
}

// resolveProduct finds a product from what an option holds: its id (autocomplete) or a
// name, alias or typo of one.
func resolveProduct(kb *knowledge.KB, s string) (*knowledge.Product, bool) {
	if p, ok := kb.Product(strings.TrimSpace(s)); ok {
		return p, true
	}
	u := Understand(kb, "alternative à "+s)
	if len(u.Products) > 0 {
		return kb.Product(u.Products[0])
	}
	return nil, false
}

func resolveTool(kb *knowledge.KB, s string) (*knowledge.Tool, bool) {
	if t, ok := kb.Tool(strings.TrimSpace(s)); ok {
		return t, true
	}
	u := Understand(kb, "outil "+s+" ?")
	if len(u.Tools) > 0 {
		return kb.Tool(u.Tools[0])
	}
	return nil, false
}

func resolveService(s string) (string, bool) {
	f := textnorm.Fold(s)
	for _, v := range knowledge.Services {
		if textnorm.Fold(v) == f {
			return v, true
		}
	}
	if v := serviceWords[f]; v != "" {
		return v, true
	}
	for _, v := range knowledge.Services { // "héberg" while typing
		if len(f) >= 3 && strings.HasPrefix(textnorm.Fold(v), f) {
			return v, true
		}
	}
	return "", false
}

func runAlternative(kb *knowledge.KB, c Call) Reply {
	s := strings.TrimSpace(c.Args["produit"])
	if s == "" {
		return errorReply(c.Lang, Tr(c.Lang, "Quel produit ?", "Which product?"), Tr(c.Lang, "Exemple : /alternative produit:Google Drive", "Example: /alternative produit:Google Drive"), nil)
	}
	p, ok := resolveProduct(kb, s)
	if !ok {
		u := Understanding{Intent: IntentAlternative, Lang: c.Lang, Unknown: s}
		r := alternativeReply(kb, u)
		r.Ephemeral = true
		return r
	}
	return alternativeReply(kb, Understanding{Intent: IntentAlternative, Lang: c.Lang, Products: []string{p.ID}})
}

func runTool(kb *knowledge.KB, c Call) Reply {
	s := strings.TrimSpace(c.Args["nom"])
	t, ok := resolveTool(kb, s)
	if !ok {
		return errorReply(c.Lang, Tr(c.Lang, "Je ne connais pas l'outil « "+s+" »", "I don't know the tool \""+s+"\""),
			Tr(c.Lang, "Vérifiez le nom, ou cherchez par besoin : « un outil de sondage ».", "Check the name, or ask by need: \"a survey tool\"."),
			kb.Index().Suggest(s, 3))
	}
	return toolCard(kb, t, c.Lang)
}

// toolCard is everything Boussole knows of one tool: what it does, who develops it,
// whether in France, what it replaces, and the providers who list it.
func toolCard(kb *knowledge.KB, t *knowledge.Tool, lang Lang) Reply {
	r := Reply{Intent: IntentAlternative, Lang: lang, Title: t.Name}
	r.Tools = []ToolItem{{ID: t.ID, Name: t.Name, Why: t.Description, License: t.License, URL: t.Website, Score: 1, SelfHosted: t.SelfHosted, French: t.French}}
	r.Text = strings.Join(toolFacts(kb, t, lang), " ")
	pr, list := providersReply(kb, ProviderRequest{Lang: lang, Tools: []string{t.ID}, StrictTools: true, StrictService: true, Page: 1})
	if !list.relaxed { // when no provider lists this tool, do not pad with unrelated ones
		r.Providers, r.Total, r.Pages, r.Page, r.Query = pr.Providers, pr.Total, pr.Pages, pr.Page, pr.Query
	}
	r.Hint = Tr(lang, "Près de chez vous : /prestataires outil:", "Near you: /prestataires outil:") + t.ID + Tr(lang, " région:…", " région:…")
	return r
}

func toolFacts(kb *knowledge.KB, t *knowledge.Tool, lang Lang) []string {
	var facts []string
	if t.Developer != "" {
		facts = append(facts, Tr(lang, "Développé par ", "Developed by ")+strings.TrimSuffix(t.Developer, ".")+".")
	}
	if t.French {
		facts = append(facts, Tr(lang, "Développé principalement en France.", "Developed mainly in France."))
	} else {
		facts = append(facts, Tr(lang, "Boussole ne le compte pas parmi les logiciels développés en France.",
			"Boussole does not count it among the tools developed in France."))
	}
	if t.Notes != "" {
		facts = append(facts, t.Notes)
	}
	if f := platformsFact(lang, t); f != "" {
		facts = append(facts, f)
	}
	var replaces []string
	for _, p := range kb.Products {
		if p.Lists(t.ID) {
			replaces = append(replaces, p.Name)
		}
	}
	if len(replaces) > 0 {
		if len(replaces) > 8 {
			replaces = append(replaces[:8], "…")
		}
		facts = append(facts, Tr(lang, "Remplace : ", "Replaces: ")+strings.Join(replaces, ", ")+".")
	}
	return facts
}

func runProviders(kb *knowledge.KB, c Call) Reply {
	a := ProvidersArgs{Place: c.Args["région"], Tool: c.Args["outil"], Service: c.Args["service"]}
	if p, err := strconv.Atoi(c.Args["page"]); err == nil {
		a.Page = p
	}
	return ProvidersFor(kb, a, c.Lang)
}

// ProviderSearch is a resolved providers request.
type ProviderSearch struct {
	Place   geo.Place
	Tools   []string
	Service string
}

// ResolveProviders turns the options of the providers command into a search. Unknown
// values give an error reply with suggestions instead.
func ResolveProviders(kb *knowledge.KB, a ProvidersArgs, lang Lang) (ProviderSearch, *Reply) {
	var s ProviderSearch
	if strings.TrimSpace(a.Place) != "" {
		p, ok := kb.Geo.Resolve(a.Place)
		if !ok {
			r := errorReply(lang, Tr(lang, "Lieu inconnu : ", "Unknown place: ")+a.Place,
				Tr(lang, "Indiquez une région (Bretagne, PACA…), un département (35, Finistère), un code postal ou une ville.",
					"Give a region (Bretagne, PACA…), a département (35, Finistère), a postal code or a city."), nil)
			return s, &r
		}
		s.Place = p
	}
	if strings.TrimSpace(a.Tool) != "" {
		t, ok := resolveTool(kb, a.Tool)
		if !ok {
			r := errorReply(lang, Tr(lang, "Outil inconnu : ", "Unknown tool: ")+a.Tool,
				Tr(lang, "Choisissez un logiciel libre proposé par l'autocomplétion.", "Pick a tool from the autocomplete list."),
				kb.Index().Suggest(a.Tool, 3))
			return s, &r
		}
		s.Tools = []string{t.ID}
	}
	if strings.TrimSpace(a.Service) != "" {
		v, ok := resolveService(a.Service)
		if !ok {
			r := errorReply(lang, Tr(lang, "Service inconnu : ", "Unknown service: ")+a.Service,
				Tr(lang, "Services possibles : ", "Services: ")+strings.Join(knowledge.Services, ", "), nil)
			return s, &r
		}
		s.Service = v
	}
	return s, nil
}

// ProvidersFor answers the providers command: it resolves the place, tool and service and
// pages the result. Unknown values get a clear message with suggestions.
func ProvidersFor(kb *knowledge.KB, a ProvidersArgs, lang Lang) Reply {
	s, bad := ResolveProviders(kb, a, lang)
	if bad != nil {
		return *bad
	}
	r, _ := providersReply(kb, ProviderRequest{Lang: lang, Place: s.Place, Tools: s.Tools, Service: s.Service,
		StrictTools: true, StrictService: true, Page: a.Page})
	return r
}

// Help builds the help reply from the command table.
func Help(l Lang) Reply {
	r := Reply{Intent: IntentHelp, Lang: l, Title: Tr(l, "Boussole : le libre, et qui l'installe près de chez vous", "Boussole: free software, and who installs it near you")}
	r.Text = Tr(l,
		"Posez votre question en une phrase : « alternative à Google Drive ? », « un outil de sondage libre », « qui peut héberger Nextcloud à Rennes ? ». Commandes :",
		"Ask in one sentence: \"alternative to Google Drive?\", \"a free survey tool\", \"who can host Nextcloud in Rennes?\". Commands:")
	var lines []string
	for _, c := range Commands() {
		if c.Admin {
			continue
		}
		lines = append(lines, fmt.Sprintf("%s — %s", c.Example, Tr(l, c.Description, c.DescriptionEN)))
	}
	r.Text += "\n" + strings.Join(lines, "\n")
	return r
}

// aboutLibre says what free software is, in a few lines, and what Boussole does with it.
func aboutLibre(l Lang) Reply {
	return Reply{Intent: IntentHelp, Lang: l,
		Title: Tr(l, "Le logiciel libre, en bref", "Free software, in short"),
		Text: Tr(l,
			"Un logiciel libre vient avec quatre libertés : l'utiliser pour tout usage, étudier son code et l'adapter, le redistribuer, et partager ses versions modifiées. "+
				"Libre ne veut pas dire gratuit : on peut payer une installation, un hébergement, une formation ou un support, souvent auprès d'une entreprise, d'une coopérative ou d'une association proche de chez soi. "+
				"« Open source » désigne presque toujours les mêmes logiciels, vus sous l'angle de la méthode plutôt que des libertés. "+
				"L'intérêt : garder la main sur ses données et ses outils, sans dépendre d'un seul fournisseur.",
			"Free software comes with four freedoms: to use it for any purpose, to study its code and change it, to redistribute it, and to share changed versions. "+
				"Free as in freedom, not price: you may pay for installation, hosting, training or support, often from a company, a cooperative or a non-profit near you. "+
				"\"Open source\" names nearly the same programs, seen as a method rather than as freedoms. "+
				"The point: keep control of your data and your tools, without depending on one vendor."),
		Hint: Tr(l, "Demandez-moi « alternative à … » ou /prestataires pour trouver qui vous accompagne.", "Ask me \"alternative to …\" or /prestataires to find who can help you."),
	}
}

// Complete returns autocomplete choices for an option kind (at most n).
func (b *Bot) Complete(kind OptionKind, typed string, n int) []knowledge.Choice {
	kb := b.KB()
	switch kind {
	case KindProduct:
		return kb.Index().CompleteProducts(typed, n)
	case KindTool:
		return kb.Index().CompleteTools(typed, n)
	case KindService:
		var out []knowledge.Choice
		f := textnorm.Fold(typed)
		for _, s := range knowledge.Services {
			if strings.Contains(textnorm.Fold(s), f) {
				out = append(out, knowledge.Choice{Name: s, Value: s})
			}
		}
		return out[:min(n, len(out))]
	case KindPlace:
		return completePlace(kb, typed, n)
	case KindProvider:
		f := textnorm.Fold(typed)
		var out []knowledge.Choice
		for _, p := range kb.Providers {
			if len(out) == n {
				break
			}
			if f == "" || strings.Contains(textnorm.Fold(p.Name), f) || strings.Contains(p.ID, f) {
				out = append(out, knowledge.Choice{Name: p.Name, Value: p.ID})
			}
		}
		return out
	}
	return nil
}

// ParseArgs reads a command's free text, as Mattermost sends it: "région:35 outil:nextcloud",
// "region=Bretagne", or plain words for the first option ("/alternative google drive").
func ParseArgs(cmd Command, text string) (map[string]string, error) {
	args := map[string]string{}
	byName := map[string]string{}
	for _, o := range cmd.Options {
		byName[textnorm.Fold(o.Name)] = o.Name
		byName[textnorm.Fold(o.NameEN)] = o.Name
	}
	var loose []string
	cur := ""
	for _, w := range strings.Fields(text) {
		if k, v, ok := cutOption(w); ok {
			name, known := byName[textnorm.Fold(k)]
			switch {
			case known:
				args[name] = v
				cur = name
				continue
			case cur == "":
				return nil, fmt.Errorf("option inconnue « %s » (options : %s)", k, optionNames(cmd))
			}
			// Inside a value, "Note:" or "10:30" is text, not an option.
		}
		if cur != "" {
			args[cur] = strings.TrimSpace(args[cur] + " " + w)
		} else {
			loose = append(loose, w)
		}
	}
	if len(loose) > 0 {
		if len(cmd.Options) == 0 {
			return args, nil
		}
		first := cmd.Options[0].Name
		args[first] = strings.TrimSpace(strings.Join(loose, " ") + " " + args[first])
	}
	for _, o := range cmd.Options {
		if o.Required && strings.TrimSpace(args[o.Name]) == "" {
			return nil, fmt.Errorf("il manque « %s » (exemple : %s)", o.Name, cmd.Example)
		}
	}
	return args, nil
}

func cutOption(w string) (string, string, bool) {
	i := strings.IndexAny(w, ":=")
	if i <= 0 || strings.HasPrefix(w, "http") {
		return "", "", false
	}
	return w[:i], w[i+1:], true
}

func optionNames(cmd Command) string {
	var n []string
	for _, o := range cmd.Options {
		n = append(n, o.Name)
	}
	return strings.Join(n, ", ")
}

func completePlace(kb *knowledge.KB, typed string, n int) []knowledge.Choice {
	var out []knowledge.Choice
	for _, s := range kb.Geo.Complete(typed, n) {
		out = append(out, knowledge.Choice{Name: s.Name, Value: s.Value})
	}
	return out
}
