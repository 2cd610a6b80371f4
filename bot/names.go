// SPDX-License-Identifier: AGPL-3.0-or-later

package bot

// Which matched names are kept, and in which order: products replaced, tools named, needs.

import (
	"slices"
	"strings"

	"github.com/boussole-libre/boussole/knowledge"
)

// namesTool reports whether a product or tool is named: "qui connaît GLPI ?" asks about it.
func (r *reading) namesTool() bool {
	return slices.ContainsFunc(r.matches, func(m phraseMatch) bool { return m.hit.Kind.Names() && !m.hit.Ambiguous })
}

// keepNames turns matches into products, tools and categories, leaving out everyday words
// without a request cue, negated names and the platform a product should run on.
func (r *reading) keepNames(c cues) {
	firm := r.firmCue(c)
	// "on passe par Doodle… mais y a des pubs partout": what is used and hurts is named —
	// not "un doodle", a drawing.
	leaving := usedButLeaving(r.fixed)
	var l nameLists
	for _, m := range r.matches {
		// "messenger sans facebook": what comes after "sans" is not asked for.
		// "formation Blender", "hébergement Sympa": a service named right before asks about it.
		afterService := serviceBeside(r.toks, m)
		if r.setApart(m) || m.hit.Ambiguous && m.hit.Kind != knowledge.HitCategory && wordBefore(r.toks, m) || r.otherNamesake(m) {
			continue // "sa formation continue", "numéros de calibre": the everyday word
		}
		if m.hit.Kind == knowledge.HitTool && unwanted(r.fixed, m.start) {
			r.u.avoid = appendNew(r.u.avoid, m.hit.ID) // "qui n'ont pas envie de configurer Thunderbird"
			continue
		}
		if r.passedOver(m, firm || afterService || leaving && m.start > 0 && !indefinite[r.toks[m.start-1]] || r.versioned(m) || r.openedThenLeft(m)) {
			r.notAsked(m, &l)
			continue
		}
		switch m.hit.Kind {
		case knowledge.HitProduct:
			r.keepProductMatch(m, afterService, leaving, &l)
		case knowledge.HitTool:
			r.keepToolMatch(m, afterService, &l)
		case knowledge.HitCategory:
			r.keepCategory(m)
		case knowledge.HitNeed:
			if !r.trainingOn(m) {
				r.keepNeed(m)
			}
		}
	}
	if len(r.u.Needs) > 0 && !c.provider && r.u.Service == "" {
		// "our thesis in Word… a tool for long documents with a bibliography?", "a PCB for an
		// Arduino shield": a name, and yet only the setting of the need asked — but "qqn qui
		// sait maintenir des postes sous Linux avec Orca" seeks someone who knows Orca.
		l.loose = append(l.loose, l.capitalLoose...)
		l.looseTools = append(l.looseTools, l.capitalLoose...)
	}
	// "un vieux fichier Access… une alternative libre à Access ?": named as the setting,
	// then asked for.
	notAsked := func(id string) bool { return slices.Contains(l.asked, id) }
	l.loose, r.setting = slices.DeleteFunc(l.loose, notAsked), slices.DeleteFunc(r.setting, notAsked)
	if !c.provider && !c.serviceVerb && r.u.Service == "" {
		r.dropToolsBeforeAsked(l.asked) // "qui peut installer Nextcloud pour remplacer SharePoint": what providers must know
	}
	r.orderProducts(l.without, l.asked)
	r.objectsLead()
	r.systemAsked()
	r.thatAsked()
	if !c.provider && !c.serviceVerb && r.u.Service == "" {
		r.dropHostTools()
	}
	r.settleNames(l.loose, l.looseTools)
	r.insteadOf(l.without)
	r.shopAsked()
	r.productSide()
}

// openedThenLeft reports a name that opens the message with what it is used for, then a
// reason to leave it: "doodle pour caler les examens blancs c'est plein de pubs
// maintenant, autre chose ?".
func (r *reading) openedThenLeft(m phraseMatch) bool {
	return m.start == 0 && m.end < len(r.toks) && r.toks[m.end] == "pour" && hasAny(r.fixed[m.end:], leaveWords)
}

// notAsked keeps what a name passed over still says: a product done without is the one to
// replace when nothing else is ("…, pas Google Maps", "sans WeTransfer"); a tool
// complained of is avoided ("audacity feels clunky"), whatever the word's sense.
func (r *reading) notAsked(m phraseMatch, l *nameLists) {
	if m.hit.Kind == knowledge.HitProduct && (negated(r.fixed, m.start) || r.setAside(m)) && !(m.hit.Ambiguous && deviceWithout(r.fixed, m.start)) {
		l.without = appendNew(l.without, m.hit.ID)
	}
	if m.hit.Kind == knowledge.HitTool && complainedOf(r.fixed, m.end) {
		r.u.avoid = appendNew(r.u.avoid, m.hit.ID)
	}
}

// keepToolMatch keeps a tool named; one whose name is an everyday word stays loose, to
// give way to a need, unless it is firmly named.
func (r *reading) keepToolMatch(m phraseMatch, afterService bool, l *nameLists) {
	// "un logiciel de gestion d'adhérents genre Galette": the example given is firm.
	example := m.start > 0 && likeWords[r.fixed[m.start-1]] && r.capitalAt(m.start)
	if r.keepTool(m) && m.hit.Ambiguous && !afterService && !libreOne(r.toks, m) && !cueRightBefore(r.fixed, m.start) && !example {
		if r.capitalMidSentence(m) {
			l.capitalLoose = append(l.capitalLoose, m.hit.ID) // "migrate our Windows AD to Samba": a name
		} else {
			l.looseTools = append(l.looseTools, m.hit.ID)
		}
	}
}

// dropToolsBeforeAsked leaves out the tools named before a product asked right after its
// cue: "notre site wordpress a google analytics dessus… qu'est-ce qu'on met à la place
// de google analytics ?" asks about Google Analytics; WordPress is where it runs.
func (r *reading) dropToolsBeforeAsked(asked []string) {
	first := -1
	for _, m := range r.matches {
		if m.hit.Kind == knowledge.HitProduct && slices.Contains(asked, m.hit.ID) && cueRightBefore(r.fixed, m.start) && (first < 0 || m.start < first) {
			first = m.start
		}
	}
	if first < 0 {
		return
	}
	r.u.Tools = slices.DeleteFunc(r.u.Tools, func(id string) bool {
		return !slices.ContainsFunc(r.matches, func(m phraseMatch) bool { return m.hit.ID == id && m.start > first })
	})
}

// productSide reads the side of a many-sided product that the message speaks of: "Teams
// cuts the meetings after 60 min" is about its video calls, not its team chat. Words such
// as "réunions" name video calls only beside a product that makes them.
func (r *reading) productSide() {
	if len(r.u.Categories)+len(r.u.Needs) > 0 {
		return
	}
	for _, id := range r.u.Products {
		p, ok := r.kb.Product(id)
		if !ok || len(p.Categories) < 2 {
			continue
		}
		// "notre wiki + nos notes de réunion" uses every side: none leads.
		sides := slices.DeleteFunc(slices.Clone(p.Categories), func(c string) bool { return !hasAny(r.fixed, sideWords[c]) })
		if len(sides) == 1 {
			r.u.Categories = appendNew(r.u.Categories, sides[0])
			return
		}
	}
}

// sideWords name one side of a product that has several.
var sideWords = map[string]map[string]bool{
	// Not "calls": FaceTime's calls are what it is for, video or not.
	"visio": wordSet("reunion", "reunions", "meeting", "meetings", "webinaire", "webinaires", "webinar", "webinars", "visios"),
	// "une alternative à Notion pour la doc interne": its wiki side.
	"wiki":  wordSet("doc", "docs", "documentation", "wiki", "procedures", "knowledge"),
	"notes": wordSet("notes", "note"),
}

// nameLists gather the names kept with a doubt while keepNames reads the matches.
type nameLists struct {
	loose, looseTools []string // everyday words kept as products or tools on the message's cue alone
	without           []string // products named after "sans"
	asked             []string // products named right after a cue ("alternative à Access"), whatever was said before
	capitalLoose      []string // everyday words written as names ("in Notion", "to Samba")
}

// keepProductMatch keeps a product named, and notes the role it plays: the setting, the
// cause of a move, an everyday word kept on the cue alone, or what the cue asks about.
func (r *reading) keepProductMatch(m phraseMatch, afterService, leaving bool, l *nameLists) {
	// "des plans de meubles en 3D": CAD, not Apple Plans — but "via Meetup";
	// "au-delà de quelques pages": pages counted, not Apple Pages.
	otherThan := r.namedOnPurpose(m)
	if m.hit.Ambiguous && (r.categoryOn(m) && !cueRightBefore(r.fixed, m.start) && !otherThan && !r.capitalised(m) || counted(r.toks, m.start)) {
		return
	}
	if !r.keepProduct(m) {
		return
	}
	setting := r.productSetting(m)
	if setting {
		r.setting = append(r.setting, m.hit.ID)
	}
	if causeOf(r.fixed, m.start) {
		r.causes = append(r.causes, m.hit.ID) // "after the copilot training mess"
	}
	if m.hit.Ambiguous && !afterService && !leaving && !otherThan && !libreOne(r.toks, m) && !cueRightBefore(r.fixed, m.start) && !r.listedWithSibling(m) && !r.versioned(m) &&
		!doneWithout(r.fixed, m.start) && !(refused(r.fixed, m.start) && !r.bareVendor(m.hit.ID)) && !r.opensOnName(m) {
		if r.u.Lang == English && r.capitalMidSentence(m) {
			l.capitalLoose = append(l.capitalLoose, m.hit.ID) // "my whole PhD in Notion": a name, unless a need is asked
		} else {
			l.loose = append(l.loose, m.hit.ID)
		}
	}
	if cueRightBefore(r.fixed, m.start) && !replacedAlready(r.fixed, m.start) || otherThan || !setting && alternativeRightAfter(r.fixed, m.end) && !r.sentences()[m.end] {
		l.asked = append(l.asked, m.hit.ID)
	}
}

// opensOnName reports a capitalised name that opens the message with what it is used for:
// "Zoom pour mes cours de broderie…", "Notion pour mes fiches de recettes…" — the product.
func (r *reading) opensOnName(m phraseMatch) bool {
	return m.start == 0 && r.capitalAt(0) && !r.shouted() && m.end < len(r.toks) && (r.toks[m.end] == "pour" || r.toks[m.end] == "for")
}

// alternativeRightAfter reports a request for an alternative right after a name: "on
// utilisait LastPass, alternative libre pour partager les mots de passe ?" — in the same
// sentence: "…pas de compte Facebook. Une alternative libre ?" asks about the group.
func alternativeRightAfter(toks []string, end int) bool {
	if end < len(toks) && indefinite[toks[end]] {
		end++
	}
	return end < len(toks) && (toks[end] == "alternative" || toks[end] == "alternatives")
}

// productSetting reports a product named as what serves today or what the work is
// about, not what to replace: "sur la page Facebook", "une feuille Excel", "…game servers
// (minecraft, valheim)", "convert my Word chapters to LaTeX", "les visuels insta", "look
// like excel charts".
func (r *reading) productSetting(m phraseMatch) bool {
	return convertedFrom(r.fixed, m.start) || m.start > 0 && contentNouns[r.fixed[m.start-1]] || likenedTo(r.fixed, m.start) || r.accountRun(m) ||
		postedOn(r.fixed, m.start) || makeshift(r.fixed, m.start) || r.publishedOn(m) || r.parens()[m.start] && m.start > 0 ||
		contentFor(r.fixed, m.end) || alertedOn(r.fixed, m.start) || credentialsFor(r.fixed, m.start) || keptIn(r.fixed, m.start) || soldOn(r.fixed, m.start) && r.productAfter(m) ||
		m.end < len(r.fixed) && alertNouns[r.fixed[m.end]] || replacedAlready(r.fixed, m.start) || r.credentialsListed(m)
}

// credentialsListed reports a product listed right after one whose passwords are asked
// for: in "les mots de passe des comptes insta/fb", Facebook's are too.
func (r *reading) credentialsListed(m phraseMatch) bool {
	return slices.ContainsFunc(r.matches, func(p phraseMatch) bool {
		return p.hit.Kind == knowledge.HitProduct && p.end <= m.start && listedBeside(r.fixed, p, m) && (credentialsFor(r.fixed, p.start) || r.credentialsListed(p))
	})
}

// accountRun reports a product whose account a need named before it is done for: "un
// clavier virtuel pour un joueur qui veut tenir le compte insta du club" asks for the
// keyboard — not "un compte Mailchimp pour la newsletter", the account to leave.
func (r *reading) accountRun(m phraseMatch) bool {
	return m.start > 0 && (r.fixed[m.start-1] == "compte" || r.fixed[m.start-1] == "account") &&
		slices.ContainsFunc(r.matches, func(n phraseMatch) bool { return n.hit.Kind == knowledge.HitNeed && n.end < m.start })
}

// replacedAlready reports a product the asker has replaced already, whatever cue precedes it.
func replacedAlready(toks []string, i int) bool { return phraseEnds(toks[:i], replacedPhrases) }

// replacedPhrases say a product is replaced already: "on a une alternative à Zoom depuis le
// covid mais… remplacer Slack" asks about Slack.
var replacedPhrases = phraseList("on a une alternative a", "on a deja une alternative a", "on a trouve une alternative a",
	"we have an alternative to", "we already have an alternative to", "we found an alternative to", "on a deja remplace",
	"we already replaced", "on a remplace")

// alertNouns after a product make it where alerts go: "uptime monitoring with SMS/Slack
// alerts".
var alertNouns = wordSet("alerts", "alert", "notifications", "notification", "alertes", "webhook", "webhooks", "integration")

// othersLike reads a libre tool named as what to find others like: "ma classe aime Scratch,
// vous avez d'autres logiciels du même genre ?" asks for tools of its kind, not for the tool
// itself.
func (r *reading) othersLike() {
	u := &r.u
	if u.Intent != IntentAlternative || len(u.Tools) != 1 || len(u.Products)+len(u.Categories) > 0 {
		return
	}
	// "pour graver une clé USB j'utilisais Rufus, un équivalent libre qui marche depuis
	// Linux ?": the tool named does not run where it is wanted.
	elsewhere := len(u.devices) > 0 && hasAny(r.fixed, replaceWords) && fitOn(r.kb, u.Tools[0], u.devices) == fitNone
	if !elsewhere && (len(u.Needs) > 0 || !hasPhrase(r.fixed, othersLikePhrases)) {
		return // "alternative à Cura ?": Cura is libre already, and the answer says so
	}
	u.likeTool, u.Tools = u.Tools[0], nil
	u.avoid = appendNew(u.avoid, u.likeTool)
}

var othersLikePhrases = phraseList("d autres logiciels", "d autres applis", "d autres outils", "du meme genre", "du meme type", "dans le meme genre",
	"other tools like", "other apps like", "others like", "similar to", "similar tools", "something similar")

// productAfter reports another product named after m: then m may be the setting.
func (r *reading) productAfter(m phraseMatch) bool {
	return slices.ContainsFunc(r.matches, func(o phraseMatch) bool {
		return o.hit.Kind == knowledge.HitProduct && o.start >= m.end && o.hit.ID != m.hit.ID
	})
}

// soldOn reports a marketplace named as where the asker sells: "je vends des bijoux sur
// Etsy et je détoure mes photos avec Photoshop" asks about Photoshop.
func soldOn(toks []string, i int) bool {
	if i < 2 || toks[i-1] != "sur" && toks[i-1] != "on" {
		return false
	}
	return slices.ContainsFunc(toks[max(0, i-6):i-1], func(w string) bool { return sellVerbs[w] })
}

// credentialsFor reports a name that the asker's passwords open: "(accès wordpress, ftp)",
// "my Netflix login" — what the passwords are for, not what to replace.
// "les mots de passe des comptes insta/fb" are the passwords asked for, not Instagram.
func credentialsFor(toks []string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		if credentialWords[toks[k]] {
			return true
		}
		if !accountLinks[toks[k]] {
			return false
		}
	}
	return false
}

var (
	credentialWords = wordSet("acces", "access", "login", "logins", "identifiants", "identifiant", "credentials", "passe", "mdp", "password", "passwords")
	accountLinks    = wordSet("des", "de", "du", "d", "les", "nos", "mes", "vos", "our", "my", "the", "for", "comptes", "compte", "accounts", "account")
)

// keptIn reports a product named as where things are kept today: "je les ai dans un
// excel", "all in a google sheet" — a makeshift, unless it is what is asked about.
func keptIn(toks []string, i int) bool {
	return i > 1 && indefinite[toks[i-1]] && (toks[i-2] == "dans" || toks[i-2] == "in")
}

// shopAsked reads "un site pour vendre nos fromages en ligne" as a shop, whatever is sold,
// when nothing more precise is asked.
func (r *reading) shopAsked() {
	if sellingOnline(r.fixed) && len(r.u.Needs) == 0 && !slices.ContainsFunc(r.u.Categories, func(c string) bool { return c != "site-web" }) {
		r.u.Categories = moveFirst(appendNew(r.u.Categories, "ecommerce"), "ecommerce")
	}
}

// sellingOnline reports selling something online with words between: "vendre nos
// fromages en ligne", "sell our jams online".
func sellingOnline(toks []string) bool {
	for i, t := range toks {
		if !sellVerbs[t] {
			continue
		}
		for k := i + 2; k < len(toks) && k <= i+5; k++ {
			if toks[k] == "online" || k+1 < len(toks) && (toks[k] == "en" && toks[k+1] == "ligne" || toks[k] == "sur" && toks[k+1] == "internet") {
				return !negated(toks, i)
			}
		}
	}
	return false
}

var sellVerbs = wordSet("vendre", "vend", "vendons", "vendent", "vends", "sell", "selling")

// counted reports a word counted by the word before: "quelques pages", "40 pages".
func counted(toks []string, i int) bool {
	return i > 0 && (countWords[toks[i-1]] || isNumber(toks[i-1]))
}

// countWords count the things named after them.
var countWords = wordSet("quelques", "plusieurs", "nombreuses", "nombreux", "few", "several", "many", "dizaines", "centaines")

// notFound reports what the asker looks for and has not found: "je trouve toujours pas de
// gestionnaire de mots de passe libre", "I can't find a decent note app".
func notFound(toks []string, i int) bool {
	j := i - 1
	if j >= 0 && (toks[j] == "de" || toks[j] == "d" || indefinite[toks[j]]) {
		j--
	}
	for k := 0; k < 3 && j >= 0 && notYetWords[toks[j]]; k++ {
		j--
	}
	return j >= 0 && findWords[toks[j]]
}

var (
	notYetWords = wordSet("pas", "toujours", "encore", "jamais", "rien", "decent", "good", "proper", "yet")
	findWords   = wordSet("trouve", "trouvons", "trouvent", "find", "found")
)

// objectsLead ranks first a need named as the object of a need that only says who does it:
// in "que les étudiants réservent eux-mêmes | les salles de travail", rooms are what is
// booked — unlike "faire voter | les adhérents", where the vote is asked.
func (r *reading) objectsLead() {
	for _, a := range r.matches {
		for _, b := range r.matches {
			if a.hit.Kind != knowledge.HitNeed || b.hit.Kind != knowledge.HitNeed || a.hit.ID == b.hit.ID || !objectAfter(r.toks, a, b) {
				continue
			}
			ka, kb := slices.Index(r.u.Needs, a.hit.ID), slices.Index(r.u.Needs, b.hit.ID)
			if ka >= 0 && kb >= 0 && ka < len(r.u.needOrder) && kb < len(r.u.needOrder) && r.u.needOrder[kb] > r.u.needOrder[ka] {
				r.u.needOrder[kb], r.u.needOrder[ka] = r.u.needOrder[ka], r.u.needOrder[ka]+1
			}
		}
	}
}

// objectAfter reports b after a definite article right after a, a need ending in
// "eux-mêmes", "themselves".
func objectAfter(toks []string, a, b phraseMatch) bool {
	return b.start == a.end+1 && definiteWords[toks[a.end]] && selfWords[toks[a.end-1]]
}

var selfWords = wordSet("meme", "memes", "themselves", "ourselves", "himself", "herself")

// isSystem reports a tool that is an operating system: "serveurs Debian" says where
// things run, "un serveur Piwigo" names the app asked for.
func (r *reading) isSystem(id string) bool {
	t, ok := r.kb.Tool(id)
	return ok && slices.Contains(t.Categories, "systeme")
}

// betterThan reports a tool named as what the answer should beat: "y a plus léger que
// Moodle ?", "anything simpler than Keycloak?".
func betterThan(toks []string, i int) bool {
	if i < 2 || toks[i-1] != "que" && toks[i-1] != "than" && toks[i-1] != "as" {
		return false
	}
	if toks[i-1] == "than" {
		return strings.HasSuffix(toks[i-2], "er") || i >= 3 && toks[i-3] == "less" // "lighter than", "less bloated than"
	}
	if i < 3 {
		return false
	}
	if toks[i-1] == "as" {
		return i >= 4 && toks[i-3] == "as" && (toks[i-4] == "nothing" || toks[i-4] == "not") // "nothing as complicated as GIMP"
	}
	// "plus léger que", "rien d'aussi compliqué que GIMP", "pas aussi lourd que"
	return toks[i-3] == "plus" || toks[i-3] == "moins" || toks[i-3] == "aussi" && hasAny(toks[max(0, i-6):i-3], notAsWords)
}

var notAsWords = wordSet("rien", "pas")

// keepTool keeps a tool named, unless the asker complains of it, and notes where it
// runs; it reports whether the tool was kept.
func (r *reading) keepTool(m phraseMatch) bool {
	if complainedOf(r.fixed, m.end) && r.u.Question || betterThan(r.fixed, m.start) || otherOneAsked(r.fixed, m.end) || knownAlready(r.fixed, m.end) && r.u.Question {
		// "Moodle c'est trop lourd… y a plus léger ?": anything but Moodle.
		r.u.avoid = appendNew(r.u.avoid, m.hit.ID)
		if betterThan(r.fixed, m.start) || otherOneAsked(r.fixed, m.end) {
			r.u.beaten = appendNew(r.u.beaten, m.hit.ID)
		}
		return false
	}
	r.u.Tools = appendNew(r.u.Tools, m.hit.ID)
	if m.start > 0 && deviceNouns[r.toks[m.start-1]] && r.isSystem(m.hit.ID) || r.afterPlatform(m) || integratedWith(r.fixed, r.listStart(m.start)) ||
		r.runsOnTool(m) || projectOf(r.fixed, m) || credentialsFor(r.fixed, m.start) || boxFor(r.fixed, m) || r.appsListed(m) || siteOn(r.fixed, m.start) && r.productNamed() {
		// "serveurs Debian", "laptops (windows + ubuntu)", "intégrable à Moodle", "CI on
		// k8s", "un projet godot": where it runs, what it plugs into, what the work is in;
		// "Google Analytics sur ma boutique WooCommerce": the site the replacement goes on.
		r.deviceTools = append(r.deviceTools, m.hit.ID)
	}
	return true
}

// appsListed reports a tool listed in brackets after the apps a need is for: "un SSO pour
// les applis métiers (GLPI, Nextcloud, intranet)" asks for the SSO, GLPI is what it serves.
func (r *reading) appsListed(m phraseMatch) bool {
	if !r.inBrackets(m.start) || !slices.ContainsFunc(r.matches, func(o phraseMatch) bool {
		return (o.hit.Kind == knowledge.HitNeed || o.hit.Kind == knowledge.HitCategory) && !r.inBrackets(o.start)
	}) {
		return false
	}
	starts := r.parens()
	open := m.start
	for open > 0 && !starts[open] {
		open--
	}
	if open > 0 && r.capitalAt(open-1) {
		return false // "les logiciels Libriciel (i-Parapheur, Pastell)": they are what is asked
	}
	for k := m.start - 1; k >= 0 && k >= m.start-6; k-- {
		if likeWords[r.fixed[k]] {
			return false // "(genre Dolibarr)": the example of what is sought
		}
		if softwareNouns[r.fixed[k]] && k > 0 && (definiteWords[r.fixed[k-1]] || possessives[r.fixed[k-1]]) {
			return true
		}
	}
	return false
}

// runsOnTool reports a platform tool named as where the asked thing runs: "self-hosted CI
// on k8s", "secrets for our k8s cluster", "sur notre Proxmox".
func (r *reading) runsOnTool(m phraseMatch) bool {
	t, ok := r.kb.Tool(m.hit.ID)
	if !ok || !slices.ContainsFunc(t.Categories, func(c string) bool { return c == "virtualisation" || c == "systeme" }) {
		return false
	}
	k := m.start - 1
	if k >= 0 && (possessives[r.fixed[k]] || definiteWords[r.fixed[k]]) {
		k--
	}
	on := k >= 0 && k < m.start && (r.fixed[k] == "on" || r.fixed[k] == "sur" || r.fixed[k] == "for" || r.fixed[k] == "pour")
	return on && (k == m.start-1 || m.end < len(r.fixed) && clusterWords[r.fixed[m.end]]) ||
		k < m.start-1 && m.end < len(r.fixed) && clusterWords[r.fixed[m.end]]
}

var clusterWords = wordSet("cluster", "clusters", "server", "servers", "serveur", "serveurs", "instance", "instances", "nodes", "noeuds", "setup")

// boxFor reports a tool named as what a machine will be for: "what OS should I flash for
// a pi-hole box?" asks for the system, "pour une box Pi-hole" too.
func boxFor(toks []string, m phraseMatch) bool {
	return m.start > 1 && m.end < len(toks) && boxWords[toks[m.end]] && indefinite[toks[m.start-1]] && toks[m.start-2] == "for" ||
		m.start > 2 && boxWords[toks[m.start-1]] && indefinite[toks[m.start-2]] && toks[m.start-3] == "pour" && toks[m.start-1] != "serveur"
}

var boxWords = wordSet("box", "boitier", "machine", "appliance", "server", "serveur", "node", "setup")

// projectOf reports a tool named as what a project is made with: "versionner un projet
// godot", "my Blender project".
func projectOf(toks []string, m phraseMatch) bool {
	return m.start > 1 && projectWords[toks[m.start-1]] && (indefinite[toks[m.start-2]] || possessives[toks[m.start-2]]) || m.end < len(toks) && projectWords[toks[m.end]] && m.start > 0 && (possessives[toks[m.start-1]] || indefinite[toks[m.start-1]])
}

var projectWords = wordSet("projet", "projets", "project", "projects")

// firmCue reports a request firm enough to read everyday words as names: "Teams libre ?"
// asks, "je suis libre pour teams demain" does not; "et pour Doodle ?", a follow-up
// question, names what it asks about.
func (r *reading) firmCue(c cues) bool {
	libreQuestion := r.u.Question && (hasAny(r.free, libreWords) || hasPhrase(r.free, openSource) || r.libreName())
	followQuestion := r.u.Question && startsFollowUp(r.toks)
	return c.strongAlt || firmAltCue(r.free) || c.provider || libreQuestion || followQuestion || hasPhrase(r.free, libreThingPhrases) ||
		r.u.Question && hasPhrase(r.fixed, betterAskedPhrases)
}

// betterAskedPhrases ask whether something better exists: "nos collègues utilisent Zoom…,
// y aurait pas mieux niveau vie privée ?".
var betterAskedPhrases = phraseList("y a pas mieux", "y aurait pas mieux", "y a mieux", "il y a mieux", "il y aurait mieux", "quoi de mieux", "vers quoi", "pour quoi d autre",
	"pas mieux", "something better", "anything better", "is there better", "quoi d autre", "what else")

// libreThingPhrases ask for a libre thing even without a question mark: "Notion pour la
// doc interne, on voudrait un truc libre hébergé chez nous".
var libreThingPhrases = phraseList("un truc libre", "un outil libre", "une solution libre", "un logiciel libre", "un equivalent libre",
	"une alternative libre", "une appli libre", "quelque chose de libre", "qqch de libre", "qqchose de libre", "qq chose de libre", "quoi de libre", "quoi d open source", "du libre", "en libre", "something open source", "an open source")

var libreWords = wordSet("libre", "libres", "opensource")
