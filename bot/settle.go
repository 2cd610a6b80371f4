// SPDX-License-Identifier: AGPL-3.0-or-later

package bot

// Settling what was kept: needs over everyday words, products over their platforms, and what
// leads the answer.

import (
	"slices"

	"github.com/boussole-libre/boussole/knowledge"
)

// settleNames reconciles what was kept: a need outranks everyday words kept on the
// message's cue alone ("OCR tool that's open source? … scanned pages") and the products
// the asker only says they use; a platform alone
// is the question; a product named drops the tools named as its platform and the
// categories its service words name ("support", "formation").
func (r *reading) settleNames(loose, looseTools []string) {
	// Everyday words kept on the message's cue alone give way to a need, and to a name
	// that is no everyday word: "les plans de cuisine… sur SketchUp" is about SketchUp.
	firmProduct := slices.ContainsFunc(r.u.Products, func(id string) bool {
		return !isUmbrella(r.kb, id) && !slices.Contains(loose, id)
	})
	if firmProduct || r.needsAsked() { // "garage auto…, on a EBP", "mon petit garage… devis et factures": not the Garage server
		r.u.Tools = slices.DeleteFunc(r.u.Tools, func(id string) bool { return slices.Contains(looseTools, id) && !r.servicedTool(id) })
	}
	r.dropContextTools()
	firmName := firmProduct || len(r.u.Tools) > len(looseTools)
	if r.needsAsked() {
		loose = append(loose, r.usedToday()...)
	}
	// "on utilise Sage pour la compta… qu'est-ce qu'il existe pour remplacer ça ?": the
	// product the message points back to is the question.
	if (len(r.u.Needs) > 0 || firmName) && !asksBack(r.fixed) {
		r.u.Products = slices.DeleteFunc(r.u.Products, func(id string) bool { return slices.Contains(loose, id) })
	}
	r.dropSettings()
	r.dropDestinations()
	r.platformAsked()
	r.u.devices = r.devicesWanted()
	r.vendorProduct()
	r.dropUmbrellas()
	r.dropSuites()
	r.systemLast()
	if len(r.u.Products) > 0 && len(r.u.Tools) > 0 {
		r.u.Tools = r.toolsNotPlatforms()
	}
	// "un site pour vendre en ligne": a lone generic noun names a category only when
	// nothing more precise is named.
	audience := r.audienceCats()
	if slices.ContainsFunc(r.u.Categories, func(id string) bool { return !r.genericCategory(id) && !slices.Contains(audience, id) }) {
		asked := ""
		if r.askedCategory && len(r.u.Categories) > 0 {
			asked = r.u.Categories[0] // "faire un site pour mon gîte… un formulaire": the site is asked
		}
		r.u.Categories = slices.DeleteFunc(r.u.Categories, func(id string) bool { return id != asked && r.genericCategory(id) })
	}
	r.dropContext()
	r.dropProductsBesideKind()
	if len(r.u.Products)+len(r.u.Tools) > 0 {
		// "mail, Teams, SharePoint, OneDrive": a list of sides is no one side; "Google
		// Sheets… a spreadsheet we can edit together online" names its main job too.
		if len(r.u.Products) == 1 && !r.productMain(r.u.Categories) {
			r.u.facets = slices.DeleteFunc(r.u.Categories, func(c string) bool { return !r.productFacet(c) })
			if len(r.u.facets) > 2 {
				r.u.facets = nil // "Google Workspace… mail, calendar and shared docs": the whole suite
			}
		}
		r.u.Categories = nil
	}
}

// otherNamesake reports a tool's name that means something else here: "libre time
// tracker" is no LibreTime; the SPIP beside probation words is the probation service,
// no website tool.
func (r *reading) otherNamesake(m phraseMatch) bool {
	if m.hit.Kind != knowledge.HitTool {
		return false
	}
	if m.end-m.start == 2 && libreWords[r.toks[m.start]] && !r.capitalAt(m.start) {
		return true
	}
	return hasAny(r.fixed, namesakeContexts[m.hit.ID])
}

// namesakeContexts are the words beside which a tool's name means something else.
var namesakeContexts = map[string]map[string]bool{"spip": justiceWords}

// justiceWords make "SPIP" the service pénitentiaire d'insertion et de probation.
var justiceWords = wordSet("probation", "penitentiaire", "detenus", "detenu", "detention", "prison", "prisons", "sortants", "sortant",
	"jap", "cpip", "justice", "tribunal", "condamnes", "condamne", "convocation", "convocations", "incarceration")

// dropProductsBesideKind leaves out the products that a kind asked outranks.
func (r *reading) dropProductsBesideKind() {
	if len(r.u.Categories) == 0 {
		return
	}
	cue := cueAt(r.fixed)
	if r.askedCategory && cue < 0 {
		// "ils font un peu de facebook… quel système libre vous leur conseillez ?": what
		// "quel" asks outranks the products of other kinds said in passing — not "tout le
		// monde a un iPhone… quel OS libre ?".
		r.u.Products = slices.DeleteFunc(r.u.Products, func(id string) bool { return !r.inCategories(id) })
	}
	if r.askedCategory && r.kindBeforeCue() {
		// "un service de messagerie instantanée pour remplacer les DM insta": the kind named
		// before the cue replaces a product none of whose alternatives is of that kind.
		r.u.Products = slices.DeleteFunc(r.u.Products, func(id string) bool { return !r.inCategories(id) && !r.replacedInKind(id) })
	}
	if cue < 0 {
		// "les mots de passe (banque, mail, helloasso) sont partagés": an account listed
		// as an example of what the kind holds is not what to replace.
		r.u.Products = slices.DeleteFunc(r.u.Products, r.bracketedExample)
	}
}

// kindBeforeCue reports the kind asked named before the replacing cue: "un service de
// messagerie libre pour remplacer les DM insta".
func (r *reading) kindBeforeCue() bool {
	at := cueAt(r.fixed)
	return slices.ContainsFunc(r.matches, func(m phraseMatch) bool {
		// Not a bare "système": "un système libre pour remplacer Google Nest camera".
		return m.hit.Kind == knowledge.HitCategory && m.hit.ID == r.u.Categories[0] && m.end < at &&
			!systemNouns[r.toks[m.start]] && (m.end-m.start > 1 || !genericNouns[r.toks[m.start]])
	})
}

// replacedInKind reports a product one of whose alternatives is of the first kind asked.
func (r *reading) replacedInKind(id string) bool {
	p, ok := r.kb.Product(id)
	return ok && slices.ContainsFunc(p.Alternatives, func(a knowledge.Alternative) bool {
		t, ok := r.kb.Tool(a.Tool)
		return ok && slices.Contains(t.Categories, r.u.Categories[0])
	})
}

// bracketedExample reports a product named only in a bracketed list after a kind: "les
// mots de passe (banque, mail, helloasso)". Tools so listed stay: "vers du libre (BlueMind,
// Zimbra ou autre)" names the candidates.
func (r *reading) bracketedExample(id string) bool {
	if !listInBrackets(r.text) {
		return false
	}
	return r.onlyNamed(knowledge.HitProduct, id, func(m phraseMatch) bool {
		return r.inBrackets(m.start) && slices.ContainsFunc(r.matches, func(k phraseMatch) bool {
			return k.hit.Kind == knowledge.HitCategory && k.end <= m.start && k.end >= m.start-6 && !r.inBrackets(k.start)
		})
	})
}

// possessedTool reports a tool named only as the asker's own: "notre Nextcloud", "our
// postgres DBs".
func (r *reading) possessedTool(id string) bool {
	return r.toolOnlyNamed(id, func(m phraseMatch) bool { return m.start > 0 && possessives[r.toks[m.start-1]] || ownSite(r.toks, m) })
}

// toolOnlyNamed reports a tool named at least once, and each time the way said.
func (r *reading) toolOnlyNamed(id string, way func(phraseMatch) bool) bool {
	return r.onlyNamed(knowledge.HitTool, id, way)
}

// onlyNamed reports a name of the given kind every mention of which is made the given way.
func (r *reading) onlyNamed(kind knowledge.HitKind, id string, way func(phraseMatch) bool) bool {
	named := false
	for _, m := range r.matches {
		if m.hit.Kind != kind || m.hit.ID != id {
			continue
		}
		if !way(m) {
			return false
		}
		named = true
	}
	return named
}

// doneInstead reports a need named as what is done today in place of the wish: "qu'ils
// mettent à jour eux-mêmes leurs coordonnées au lieu de m'envoyer des SMS".
func doneInstead(toks []string, i int) bool {
	for k := i - 1; k >= 1 && k >= i-4; k-- {
		if (toks[k] == "de" || toks[k] == "d") && toks[k-1] == "lieu" || toks[k] == "of" && toks[k-1] == "instead" {
			return true
		}
	}
	return false
}

// suitedFor reports a need named as what the software sought is made for: "a tool better
// suited for a membership database", "un outil plus adapté à la gestion des adhérents".
func suitedFor(toks []string, i int) bool {
	j := i - 1
	for j >= 0 && (indefinite[toks[j]] || definiteWords[toks[j]]) {
		j--
	}
	return j > 0 && (toks[j] == "for" || toks[j] == "to" || toks[j] == "pour" || toks[j] == "a" || toks[j] == "au" || toks[j] == "aux") && suitedWords[toks[j-1]]
}

var suitedWords = wordSet("suited", "adapted", "designed", "built", "adapte", "adaptee", "adaptes", "concu", "concue", "pense", "pensee", "dedie", "dediee")

// dropContextTools leaves out the tools named only as the setting of a need or a kind
// asked, unless someone is sought for them.
func (r *reading) dropContextTools() {
	if r.u.Service != "" || hasAny(r.fixed, providerWords) {
		return // "qui pourrait maintenir notre GitLab" asks for someone who knows it
	}
	if len(r.u.Needs) > 0 {
		// "encrypted backups of our postgres DBs": what the asker runs is what the need
		// works on, not what is asked.
		r.u.Tools = slices.DeleteFunc(r.u.Tools, r.possessedTool)
	}
	if len(r.u.Categories)+len(r.u.Needs) > 0 && cueAt(r.fixed) < 0 {
		// "on utilise Nextcloud, il nous faut un outil de sondage": the tool in use is the
		// setting, the kind asked is the question.
		r.u.Tools = slices.DeleteFunc(r.u.Tools, r.toolUsedToday)
	}
}

// dropDestinations forgets a social network named only as where the work goes when another is
// the one to replace: "mes teasers pour Insta avec CapCut… pour remplacer CapCut ?" asks
// about CapCut, not Instagram.
func (r *reading) dropDestinations() {
	k := cueAt(r.fixed)
	if k < 0 || len(r.u.Products) < 2 {
		return
	}
	i := slices.IndexFunc(r.matches, func(m phraseMatch) bool { return m.start == k && m.hit.Kind == knowledge.HitProduct })
	if i < 0 {
		return
	}
	replaced := r.matches[i].hit.ID
	r.u.Products = slices.DeleteFunc(r.u.Products, func(id string) bool {
		p, ok := r.kb.Product(id)
		return id != replaced && ok && slices.Contains(p.Categories, "reseau-social") && r.onlyNamed(knowledge.HitProduct, id, func(m phraseMatch) bool {
			return m.start > 0 && destinationLinks[r.fixed[m.start-1]]
		})
	})
}

var destinationLinks = wordSet("pour", "for", "sur", "on")

// toolUsedToday reports a tool named only as what the asker uses: "on utilise
// Nextcloud", "j'utilise NVDA".
func (r *reading) toolUsedToday(id string) bool {
	return r.toolOnlyNamed(id, func(m phraseMatch) bool { return inUse(r.fixed, m.start, 2) && r.askedAfter(m) })
}

// askedAfter reports a kind or a need named in a later clause than m, or asked outright.
func (r *reading) askedAfter(m phraseMatch) bool {
	return r.askedCategory || r.askedNeed || slices.ContainsFunc(r.matches, func(o phraseMatch) bool {
		return (o.hit.Kind == knowledge.HitCategory || o.hit.Kind == knowledge.HitNeed) && o.start > m.end && r.kept(o) && r.clauseBetween(m.end, o.start)
	})
}

// clauseBetween reports a clause opening in [from, to].
func (r *reading) clauseBetween(from, to int) bool {
	for k := from; k <= to; k++ {
		if r.clauses()[k] {
			return true
		}
	}
	return false
}

// dropSettings leaves out the products named as the setting or the cause, once something
// else is asked.
func (r *reading) dropSettings() {
	// What serves today as a makeshift gives way to any need or category asked.
	if len(r.u.Needs)+len(r.u.Categories) > 0 && !asksBack(r.fixed) {
		r.u.Products = slices.DeleteFunc(r.u.Products, func(id string) bool { return slices.Contains(r.setting, id) })
	}
	// "the posters and insta posts… on Canva": what the work is made with is asked, not
	// where it is published.
	if asked := slices.DeleteFunc(slices.Clone(r.u.Products), func(id string) bool { return slices.Contains(r.setting, id) }); len(asked) > 0 {
		r.u.Products = asked
	}
	// "after the copilot training mess we're leaving GitHub": the cause gives way to what
	// is left — but "after the lastpass breach… need something" leaves LastPass.
	if left := slices.DeleteFunc(slices.Clone(r.u.Products), func(id string) bool { return slices.Contains(r.causes, id) }); len(left) > 0 {
		r.u.Products = left
	}
}

// productFacet reports a category that is one side of a product named: "alternative à
// Teams pour la visio" asks for Teams' video side.
// productMain reports the product's main job named after one of its sides, as what
// qualifies it: "a spreadsheet we can edit together online" — not "Thunderbird pour les
// mails… l'agenda d'Outlook", where the main job named first is context.
func (r *reading) productMain(cats []string) bool {
	p, ok := r.kb.Product(r.u.Products[0])
	if !ok || len(p.Categories) == 0 {
		return false
	}
	main := slices.Index(cats, p.Categories[0])
	return main > 0 && slices.ContainsFunc(cats[:main], r.productFacet)
}

func (r *reading) productFacet(cid string) bool {
	return slices.ContainsFunc(r.u.Products, func(id string) bool {
		p, ok := r.kb.Product(id)
		return ok && len(p.Categories) > 1 && slices.Contains(p.Categories[1:], cid) // a side, not its main job
	})
}

// moveFirst moves id to the front of list.
func moveFirst(list []string, id string) []string {
	out := append(make([]string, 0, len(list)), id)
	for _, e := range list {
		if e != id {
			out = append(out, e)
		}
	}
	return out
}

// shopOwned reports the asker's shop named beside a website asked: "notre boutique… on
// veut enfin un site internet", "le site de la boutique" want a website for the shop,
// not an online shop — unless it goes online ("mettre ma boutique en ligne").
func shopOwned(toks []string, m phraseMatch) bool {
	if m.end-m.start != 1 || toks[m.start] != "boutique" && toks[m.start] != "magasin" || m.start == 0 || !slices.Contains(toks, "site") {
		return false
	}
	if m.end+1 < len(toks) && toks[m.end] == "en" && toks[m.end+1] == "ligne" || hasAny(toks, sellWords) {
		return false // "avec paiement en ligne": selling online is asked
	}
	return possessives[toks[m.start-1]] || m.start > 2 && toks[m.start-1] == "la" && toks[m.start-2] == "de" && toks[m.start-3] == "site"
}

var sellWords = wordSet("paiement", "paiements", "payer", "vendre", "vente", "ventes", "commandes", "commander", "panier", "sell", "selling",
	"payment", "payments", "checkout", "orders")

// ofOrganisation reports a word that says what an organisation does: "club de rando",
// "magasin de vélos", "cabinet de kiné" — or who runs what is named before it: "le salon
// du livre de la médiathèque", "les bénévoles de la ludothèque".
func ofOrganisation(toks []string, i int) bool {
	if i > 1 && (toks[i-1] == "de" || toks[i-1] == "d") && (orgNouns[toks[i-2]] || i > 2 && possessives[toks[i-3]] && ownPlaces[toks[i-2]]) {
		return true // "notre centre de transcription": what the asker's organisation does
	}
	if i > 1 && staffNouns[toks[i-1]] && (isNumber(toks[i-2]) || legalForms[toks[i-1]]) {
		return true // "une SARL de 4 salariés (menuiserie)": the firm's trade
	}
	k := i - 1
	if k > 0 && (toks[k] == "la" || toks[k] == "l") {
		k--
	}
	if k < 1 || toks[k] != "du" && (k == i-1 || toks[k] != "de" && toks[k] != "d") {
		return false
	}
	j := k - 1 // "le salon | du livre | de la médiathèque": the owned thing may have its own complement
	return ownedNouns[toks[j]] || j >= 2 && (toks[j-1] == "du" || toks[j-1] == "de" || toks[j-1] == "des") && ownedNouns[toks[j-2]]
}

var staffNouns = wordSet("salaries", "salarie", "employes", "employees", "staff", "sarl", "sas", "sasu", "eurl", "scop", "artisan", "artisans")

// otherOnePhrases ask for something else than the tool named before: "Cura keeps
// crashing, which other slicer would you suggest?".
var otherOnePhrases = phraseList("which other", "what other", "another", "un autre", "une autre")

// otherOneAsked reports one of otherOnePhrases after from — not "k6 ou un autre ?", which
// still accepts the tool named.
func otherOneAsked(toks []string, from int) bool {
	for i := from; i < len(toks); i++ {
		if phraseAt(toks, i, otherOnePhrases) > 0 && !(i > 0 && (toks[i-1] == "ou" || toks[i-1] == "or")) {
			return true
		}
	}
	return false
}

// skillLacked reports coding, a skill nobody has: "personne ne sait coder chez nous", "we
// don't know how to code" — a constraint, not a need (unlike "personne sait faire la
// compta", the job to equip).
func skillLacked(toks []string, i int) bool {
	if !codeWords[toks[i]] {
		return false
	}
	for k := i - 1; k >= 1 && k >= i-4; k-- {
		if knowWords[toks[k]] {
			return slices.ContainsFunc(toks[max(0, k-2):k], func(w string) bool { return lackWords[w] }) ||
				k+1 < len(toks) && toks[k+1] == "pas"
		}
	}
	return false
}

var (
	codeWords = wordSet("coder", "code", "programmer", "developper", "program", "coding", "programming")
	knowWords = wordSet("sait", "sais", "savons", "savent", "know", "knows")
	lackWords = wordSet("ne", "personne", "nobody", "t", "pas", "no")
)

// goalOf reports a need named as the goal of what comes before: "a home server so the
// photos from our phones go there" asks for the photos' software.
func goalOf(toks []string, i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if toks[j] == "so" || toks[j] == "afin" || j > 0 && toks[j] == "que" && toks[j-1] == "pour" {
			return true
		}
	}
	return false
}

// unwanted reports a name after "pas envie de <verbe>", "don't want to <verb>": the tool
// the people concerned will not use.
func unwanted(toks []string, i int) bool {
	j := i - 2 // the verb at i-1
	if j >= 0 && definiteWords[toks[i-1]] {
		j-- // "pas envie d'installer le Thunderbird"
	}
	if j < 2 || toks[j] != "de" && toks[j] != "d" && toks[j] != "to" {
		return false
	}
	return toks[j-1] == "envie" && toks[j-2] == "pas" || toks[j-1] == "want" && (toks[j-2] == "t" || toks[j-2] == "not")
}

// notKeen reports a word that says what people are not into: "ils ne sont pas très
// ordinateur", "pas trop informatique".
func notKeen(toks []string, i int) bool {
	return i >= 2 && toks[i-2] == "pas" && (toks[i-1] == "tres" || toks[i-1] == "trop" || toks[i-1] == "vraiment")
}

// peopleSought reports people sought, not software: "notre asso cherche des bénévoles",
// "we're looking for volunteers" — unlike "un outil pour gérer les bénévoles".
func peopleSought(toks []string, i int) bool {
	if !peopleNouns[toks[i]] || i < 1 {
		return false
	}
	j := i - 1
	if indefinite[toks[j]] || toks[j] == "de" || toks[j] == "d" || toks[j] == "for" {
		j--
	}
	return j >= 0 && (seekWords[toks[j]] || recruitWords[toks[j]])
}

var peopleNouns = wordSet("benevoles", "benevole", "volontaires", "volunteers", "volunteer", "adherents", "membres",
	"members", "stagiaire", "stagiaires", "salarie", "salaries", "tresorier", "tresoriere", "secretaire", "president", "presidente")

var recruitWords = wordSet("recrute", "recrutons", "recrutent", "recruter", "recruiting", "looking", "seeks", "wanted", "manque", "manquent")

// ownedNouns are events and people an organisation has: "le salon de la médiathèque".
var ownedNouns = wordSet("salon", "fete", "festival", "kermesse", "foire", "brocante", "concert", "spectacle", "exposition",
	"expo", "tournoi", "gala", "bal", "loto", "benevoles", "adherents", "membres", "equipe", "personnel", "agents", "usagers",
	"lecteurs", "salaries", "parents", "eleves", "enfants", "animateurs", "animatrices", "amis", "amies")

// selfTrade reports a trade the asker introduces themself with before asking about
// their own computer for something of another trade: "Je suis éleveur en Creuse… mon
// ordinateur rame… Linux" asks for Linux; "je suis éleveur, un logiciel pour le troupeau
// ?" and "je suis maraîcher… planifier mes cultures sur ordi" keep the trade's tools.
func (r *reading) selfTrade(m phraseMatch) bool {
	k := m.start - 1
	if k >= 0 && (r.toks[k] == "un" || r.toks[k] == "une" || r.toks[k] == "a" || r.toks[k] == "an") {
		k--
	}
	if k < 1 || !(r.toks[k] == "suis" && (r.toks[k-1] == "je" || r.toks[k-1] == "j") || r.toks[k] == "am" && r.toks[k-1] == "i" || r.toks[k] == "m" && r.toks[k-1] == "i") {
		return false
	}
	if !ownMachine(r.toks[m.end:]) {
		return false
	}
	trade := r.jobsOf(m.hit)
	other := false
	for _, o := range r.matches {
		if o.start < m.end || o.hit.Kind != knowledge.HitCategory && o.hit.Kind != knowledge.HitNeed {
			continue
		}
		if slices.ContainsFunc(r.jobsOf(o.hit), func(c string) bool { return slices.Contains(trade, c) }) {
			return false // "je suis maraîcher… planifier les cultures": the trade's own work
		}
		other = true
	}
	return other
}

// ownMachine reports the asker's own computer named: "mon ordinateur", "my laptop".
func ownMachine(toks []string) bool {
	for i := 1; i < len(toks); i++ {
		if desktopNouns[toks[i]] && possessives[toks[i-1]] {
			return true
		}
	}
	return false
}

// jobsOf are the categories a category or need hit stands for.
func (r *reading) jobsOf(h knowledge.Hit) []string {
	if h.Kind == knowledge.HitCategory {
		return []string{h.ID}
	}
	if t, ok := r.kb.Tool(h.ID); ok {
		return t.Categories
	}
	return nil
}

// workplace reports a name said as where the asker works: "je suis animatrice à la
// médiathèque", "I work at a school" — who asks, not what is asked.
func workplace(toks []string, i int) bool {
	k := i - 1
	for k > 0 && (definiteWords[toks[k]] || toks[k] == "un" || toks[k] == "une" || possessives[toks[k]]) {
		k--
	}
	if k > 0 && toks[k] == "a" && (toks[k-1] == "at" || toks[k-1] == "in") {
		k-- // "I work at a school"
	}
	if k < 1 || !(toks[k] == "a" || toks[k] == "au" || toks[k] == "at" || toks[k] == "dans" || toks[k] == "chez") {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if workVerbs[toks[j]] || toks[j] == "suis" && j+1 < k {
			return true // "je suis animatrice à la", not "je suis à la médiathèque" (where)
		}
	}
	return false
}

var workVerbs = wordSet("travaille", "bosse", "work", "works", "worked", "working", "enseigne", "teach")

// ownPlaces are the asker's premises when named with a possessive: "notre centre de…".
var ownPlaces = wordSet("centre", "service", "pole", "plateforme", "laboratoire", "labo", "unite", "revue", "cercle", "societe") // "notre revue d'histoire locale"

var orgNouns = wordSet("club", "clubs", "association", "asso", "magasin", "boutique", "cabinet", "atelier",
	"federation", "comite", "section", "ecole", "compagnie", "troupe", "bureau", "studio", "studios")

// genericCategory reports a category named only by a lone generic noun ("site", "outil").
func (r *reading) genericCategory(id string) bool {
	return !slices.ContainsFunc(r.matches, func(m phraseMatch) bool {
		return m.hit.Kind == knowledge.HitCategory && m.hit.ID == id && (m.end-m.start > 1 || !genericNouns[r.toks[m.start]])
	})
}

// toolAtPlace reports a message with nothing but tools and a place: "nextcloud à Rennes",
// "jitsi en Bretagne ?" ask who provides that tool there. A product is left out: "Gmail à
// Rennes" does not say what is wanted.
func (r *reading) toolAtPlace() bool {
	if len(r.u.Tools) == 0 || len(r.u.Products) > 0 || r.place == nil {
		return false
	}
	for i, t := range r.fixed { // r.covered holds the names and the place
		if !r.covered[i] && !fillerWords[t] && !placeCueWords[t] {
			return false
		}
	}
	return true
}

func onlyFiller(toks []string, matches []phraseMatch, products bool) bool {
	covered := make([]bool, len(toks))
	for _, m := range matches {
		for k := m.start; k < m.end; k++ {
			covered[k] = true
		}
	}
	for i, t := range toks {
		filler := fillerWords[t] || (!products && stopWords[t])
		if !covered[i] && (!filler && !alternativeWords[t] && t != "sans" && t != "without" || replacesPerson(toks, i)) {
			return false
		}
	}
	return true
}
