// SPDX-License-Identifier: AGPL-3.0-or-later

package bot

// Which matched names are kept, and in which order: products replaced, tools named, needs.

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/boussole-libre/boussole/knowledge"
	"github.com/boussole-libre/boussole/knowledge/textnorm"
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
	if m.hit.Ambiguous && (r.categoryOn(m) && !cueRightBefore(r.fixed, m.start) && !r.capitalised(m) || counted(r.toks, m.start)) {
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
	if m.hit.Ambiguous && !afterService && !leaving && !libreOne(r.toks, m) && !cueRightBefore(r.fixed, m.start) && !r.listedWithSibling(m) && !r.versioned(m) &&
		!doneWithout(r.fixed, m.start) && !r.opensOnName(m) {
		if r.u.Lang == English && r.capitalMidSentence(m) {
			l.capitalLoose = append(l.capitalLoose, m.hit.ID) // "my whole PhD in Notion": a name, unless a need is asked
		} else {
			l.loose = append(l.loose, m.hit.ID)
		}
	}
	if cueRightBefore(r.fixed, m.start) && !replacedAlready(r.fixed, m.start) || !setting && alternativeRightAfter(r.fixed, m.end) && !r.sentences()[m.end] {
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
	return convertedFrom(r.fixed, m.start) || m.start > 0 && contentNouns[r.fixed[m.start-1]] || likenedTo(r.fixed, m.start) ||
		postedOn(r.fixed, m.start) || makeshift(r.fixed, m.start) || r.publishedOn(m) || r.parens()[m.start] && m.start > 0 ||
		contentFor(r.fixed, m.end) || alertedOn(r.fixed, m.start) || credentialsFor(r.fixed, m.start) || keptIn(r.fixed, m.start) || soldOn(r.fixed, m.start) && r.productAfter(m) ||
		m.end < len(r.fixed) && alertNouns[r.fixed[m.end]] || replacedAlready(r.fixed, m.start)
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
func credentialsFor(toks []string, i int) bool {
	return i > 0 && credentialWords[toks[i-1]]
}

var credentialWords = wordSet("acces", "access", "login", "logins", "identifiants", "identifiant", "credentials")

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

// featureOf returns the category just named that a need is a feature of: "an identity
// provider with 2FA", "un agenda avec rappels" — the category is the request.
func (r *reading) featureOf(m phraseMatch) string {
	if c := r.qualifiedNoun(m); c != "" {
		return c
	}
	k := r.featureListStart(m.start)
	if k < 1 {
		return ""
	}
	for _, o := range r.matches {
		if o.hit.Kind == knowledge.HitCategory && slices.Contains(r.u.Categories, o.hit.ID) &&
			(o.end == k || !r.matchedBetween(0, o.start) && k-o.end <= 3 && !r.matchedBetween(o.end, k) && hasAny(r.fixed[k:m.end], coordinators)) {
			// "video conferencing tool for webinars with … screen sharing and
			// whiteboard": the head that opens the message, a few words before a list
			// of features, is the request.
			return r.featureHead(o.hit.ID, m.hit.ID, k)
		}
	}
	return ""
}

// featureHead returns the category a feature belongs to: the one named before it, or
// another one named before the list that has the feature's tool — "video calls for an
// online meetup with breakout rooms" asks for video calls.
func (r *reading) featureHead(before, tool string, k int) string {
	t, ok := r.kb.Tool(tool)
	if !ok || slices.Contains(t.Categories, before) {
		return before
	}
	for _, o := range r.matches {
		if o.hit.Kind == knowledge.HitCategory && o.end <= k && slices.Contains(r.u.Categories, o.hit.ID) && slices.Contains(t.Categories, o.hit.ID) {
			return o.hit.ID
		}
	}
	return before
}

// featureListStart returns where the "with"/"avec" that opens a list of features ending
// at i stands, or -1: "with 200 people, screen sharing and whiteboard", "des visios avec
// traduction / sous-titres". A new article or a tool noun starts another request ("avec
// mes collègues et un outil de sondage").
func (r *reading) featureListStart(i int) int {
	for k := i - 1; k > 0 && k >= i-8; k-- {
		switch w := r.fixed[k]; {
		case w == "with" || w == "avec":
			return k
		case k < i-2 && !r.listedFeature(k) && (indefinite[w] || thingNouns[w] || featureBreaks[w]):
			return -1
		}
	}
	return -1
}

// featureBreaks end a list of features: a new clause or purpose.
var featureBreaks = wordSet("pour", "for", "qui", "that", "que", "mais", "but", "to", "ou", "or", "sans", "without")

// restates reports a need that names again, more precisely, the first category asked for:
// "un dashboard / page d'accueil pour les services", "un agenda ou planning partagé".
func (r *reading) restates(m phraseMatch) bool {
	return slices.ContainsFunc(r.matches, func(o phraseMatch) bool {
		return o.hit.Kind == knowledge.HitCategory && (o.end == m.start || o.end == m.start-1 && coordinators[r.fixed[o.end]]) &&
			o.start > 0 && indefinite[r.fixed[o.start-1]] && !r.matchedBetween(0, o.start)
	})
}

// appsFor reports libre apps in general asked for a job named after them: "des applis
// libres pour les appels vidéo" asks for video calls, not for an app store.
func (r *reading) appsFor(m phraseMatch) bool {
	generic := !slices.ContainsFunc(r.fixed[m.start:m.end], func(w string) bool { return !softwareNouns[w] && !purposeWords[w] })
	if !generic || m.end >= len(r.fixed) || r.fixed[m.end] != "pour" && r.fixed[m.end] != "for" {
		return false
	}
	return slices.ContainsFunc(r.matches, func(o phraseMatch) bool {
		return o.start > m.end && o.start <= m.end+3 && (o.hit.Kind == knowledge.HitCategory || o.hit.Kind == knowledge.HitNeed)
	})
}

// namedElsewhere reports another name, category or need matched outside m.
func (r *reading) namedElsewhere(m phraseMatch) bool {
	return slices.ContainsFunc(r.matches, func(o phraseMatch) bool {
		return (o.end <= m.start || o.start >= m.end) && o.hit.ID != m.hit.ID
	})
}

// matchedBetween reports a name or need matched between two token positions.
func (r *reading) matchedBetween(from, to int) bool {
	return slices.ContainsFunc(r.matches, func(o phraseMatch) bool { return o.start >= from && o.start < to })
}

// listedFeature reports a word of a list of features at k: a conjunction or a one-word
// category or need named there.
func (r *reading) listedFeature(k int) bool {
	if r.fixed[k] == "et" || r.fixed[k] == "ou" || r.fixed[k] == "and" || r.fixed[k] == "or" {
		return true
	}
	return slices.ContainsFunc(r.matches, func(o phraseMatch) bool { return o.start == k && o.end == k+1 })
}

// qualifiedNoun returns the category a need qualifies, written as an adjective right
// before its noun: "which end-to-end encrypted messenger" asks for a messenger.
func (r *reading) qualifiedNoun(m phraseMatch) string {
	last := r.fixed[m.end-1]
	if !strings.HasSuffix(last, "ed") && !frenchParticiple(last) {
		return ""
	}
	for _, o := range r.matches {
		if o.hit.Kind == knowledge.HitCategory && o.start == m.end {
			return o.hit.ID
		}
	}
	return ""
}

// frenchParticiple reports a folded French past participle: "chiffree", "securise".
func frenchParticiple(w string) bool {
	return len(w) > 4 && (strings.HasSuffix(w, "ise") || strings.HasSuffix(w, "isee") || strings.HasSuffix(w, "fre") || strings.HasSuffix(w, "free") ||
		strings.HasSuffix(w, "ere") || strings.HasSuffix(w, "eree"))
}

// contentFor reports a product name that says where some content goes: "insta posts",
// "des stories Instagram" is not what is replaced.
func contentFor(toks []string, end int) bool {
	return end < len(toks) && contentWords[toks[end]]
}

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
		r.runsOnTool(m) || projectOf(r.fixed, m) || credentialsFor(r.fixed, m.start) || boxFor(r.fixed, m) || r.appsListed(m) {
		// "serveurs Debian", "laptops (windows + ubuntu)", "intégrable à Moodle", "CI on
		// k8s", "un projet godot": where it runs, what it plugs into, what the work is in.
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

// passedOver reports a match that names nothing asked: an everyday word without a firm
// cue or that describes a noun, a negated name, a lone letter, a unit, a word the next
// one turns into something else.
func (r *reading) passedOver(m phraseMatch, firm bool) bool {
	one := m.end-m.start == 1
	firm = firm || one && len(r.toks[m.start]) == 1 && m.hit.Ambiguous && r.oneLetterName(m.start) // "X c'est devenu…"
	firm = firm || m.hit.Ambiguous && (r.listedWithSibling(m) || r.englishNameInFrench(m) || r.capitalMidSentence(m) || r.likenedLast(m))
	// "sous windows", "mon pc windows": in French the word is only ever the system where
	// the tool must run — "encore sous windows 7", a version, tells the system to leave.
	firm = firm || m.hit.Ambiguous && r.u.Lang == French && r.isPlatform(m.hit.ID) && platformContext(r.fixed, m.start) &&
		!(m.end < len(r.fixed) && isNumber(r.fixed[m.end]))
	switch {
	case m.hit.Ambiguous && (!(firm || libreOne(r.toks, m) || doneWithout(r.fixed, m.start)) || describes(r.ix, r.toks, m.start) && !r.capitalMidSentence(m) || afterPronoun(r.toks, m.start)),
		negated(r.fixed, m.start) && !doneWithout(r.fixed, m.start):
		return true // "messenger sans facebook": what comes after "sans" is not asked for
	case one && len(r.toks[m.start]) == 1 && !r.oneLetterName(m.start):
		return true
	case m.hit.Kind == knowledge.HitTool && m.hit.Ambiguous && !r.capitalAt(m.start) && r.needAtSpan(m):
		return true // "un inventaire libre existe ?": inventory software, not the book site Inventaire
	case one && len(r.toks[m.start]) <= 2 && m.start > 0 && isNumber(r.toks[m.start-1]):
		return true // "2 TB of plans": a unit, not Thunderbird
	case one && petSense(r.toks, m.start), !firm && meetingMode(r.toks, m.start), one && letterReceived(r.toks, m.start),
		one && payVerb(r.toks, m.start), one && m.hit.Kind == knowledge.HitTool && m.hit.Ambiguous && commonNounBefore(r.toks, m.start),
		one && m.hit.Kind == knowledge.HitTool && m.hit.Ambiguous && r.u.Lang == French && !r.capitalAt(m.start) && everydayUse(r.toks, m.start),
		one && r.toks[m.start] == "office" && r.officeElsewhere(m), one && r.u.Lang == English && makeVerb(r.toks, m.start), one && eventHeld(r.toks, m.start),
		one && m.hit.Ambiguous && r.u.Lang == English && !r.capitalAt(m.start) && (nounModifier(r.toks, m.end) || m.hit.Kind == knowledge.HitTool && m.start > 0 && commonArticles[r.toks[m.start-1]] ||
			m.end < len(r.toks) && r.toks[m.end] == "of" || // "a fleet of rental e-bikes"
			m.end == len(r.toks) && m.start > 0 && !cueRightBefore(r.fixed, m.start) && !likeWords[r.toks[m.start-1]] || // "…a speech dataset later?"
			m.start > 0 && r.toks[m.start-1] == "to" && m.end < len(r.toks) && !stopWords[r.toks[m.end]]), // "a way to exchange sensitive documents": a verb
		one && r.u.Lang == French && legalForm(r.toks, m.start), one && r.pluralNoun(m), one && r.otherVendorProduct(m), one && r.plainListItem(m),
		one && m.hit.Ambiguous && m.start > 0 && r.toks[m.start-1] == "qui" && !r.capitalAt(m.start): // "une caisse qui continue de marcher": a verb
		return true
	}
	return otherSense(r.toks, m) || r.setAside(m) || botLikened(r.toks, m) // "ma box Orange" is a router, "compte rendu" a report
}

// plainListItem reports an English everyday word in lower case listed between commas
// among other plain words: "a daily log per child (naps, bottles, nappies)" — no Bottles.
func (r *reading) plainListItem(m phraseMatch) bool {
	cl, pa := r.clauses(), r.parens()
	if r.u.Lang != English || !m.hit.Ambiguous || r.capitalAt(m.start) || m.end >= len(r.toks) || !cl[m.start] || !cl[m.end] || m.start == 0 ||
		pa[m.start] && pa[m.end] { // "un serveur de transcription (whisper)": the one named
		return false
	}
	return !slices.ContainsFunc(r.matches, func(o phraseMatch) bool {
		return o.hit.Kind.Names() && (o.start == m.end || o.end == m.start)
	})
}

// botLikened reports a product the bot is likened to: "Boussole tu fais quoi ? tu
// remplaces Google ?" asks what the bot is — "tu remplaces Word par quoi ?" asks for tools.
func botLikened(toks []string, m phraseMatch) bool {
	i := m.start
	return i > 1 && (toks[i-1] == "remplaces" || toks[i-1] == "remplacez" || toks[i-1] == "replace") &&
		(toks[i-2] == "tu" || toks[i-2] == "vous" || toks[i-2] == "you") && (i < 3 || toks[i-3] != "would") &&
		(m.end == len(toks) || !replacedBy[toks[m.end]])
}

var replacedBy = wordSet("par", "avec", "with", "by", "pour", "for", "et", "dans", "chez", "au", "a", "en")

// knownAlready reports a tool the asker says they know, before asking for more: "Stellarium
// je connais, mais une alternative à SkySafari ?" wants others.
func knownAlready(toks []string, end int) bool {
	return phraseAt(toks, end, knownPhrases) > 0
}

var knownPhrases = phraseList("je connais", "je connais deja", "on connait", "on connait deja", "je l ai deja", "on l a deja",
	"i know", "i already know", "we know", "we already know", "we already use", "deja teste", "already tried")

// setApart keeps a tool named as set apart as one to avoid, and its kind as what is
// asked: "en dehors de listmonk, d'autres logiciels libres ?" asks for others of its kind.
func (r *reading) setApart(m phraseMatch) bool {
	if m.hit.Kind != knowledge.HitTool || !excepted(r.fixed, m.start) {
		return false
	}
	r.u.avoid = appendNew(r.u.avoid, m.hit.ID)
	if t, ok := r.kb.Tool(m.hit.ID); ok && len(t.Categories) > 0 {
		r.u.Categories = appendNew(r.u.Categories, t.Categories[0])
	}
	return true
}

// excepted reports a name set apart: "en dehors de Nextcloud", "en plus de LibreOffice", "à
// part Jitsi", "besides Mastodon".
func excepted(toks []string, i int) bool {
	return i > 1 && (toks[i-1] == "de" || toks[i-1] == "d") && (toks[i-2] == "dehors" || toks[i-2] == "plus" && i > 2 && toks[i-3] == "en") || // "en plus de LibreOffice"
		i > 1 && toks[i-1] == "part" && toks[i-2] == "a" || i > 0 && (toks[i-1] == "hormis" || toks[i-1] == "besides")
}

// vendorProduct reads a vendor's bare name as its product of the kind asked: "un agenda
// partagé… plutôt que chez Google" leaves Google Agenda, not the search engine.
func (r *reading) vendorProduct() {
	k := slices.Index(r.u.Products, bareGoogle)
	bare, ok := r.kb.Product(bareGoogle)
	if k < 0 || !ok || hasAny(r.fixed, searchWords) {
		return
	}
	// "…dans un google sheets géant, on voudrait sortir de Google": the Google named.
	if i := slices.IndexFunc(r.matches, func(m phraseMatch) bool {
		p, ok := r.kb.Product(m.hit.ID)
		return m.hit.Kind == knowledge.HitProduct && m.hit.ID != bareGoogle && ok && p.Vendor == bare.Vendor
	}); i >= 0 {
		r.u.Products[k] = r.matches[i].hit.ID
		r.u.Products = slices.Compact(r.u.Products)
		return
	}
	if len(r.u.Categories) == 0 {
		return
	}
	for _, p := range r.kb.Products {
		if p.Vendor == bare.Vendor && len(p.Categories) > 0 && p.Categories[0] == r.u.Categories[0] {
			r.u.Products[k] = p.ID
			return
		}
	}
}

// bareGoogle is the product a bare "Google" names: its search engine.
const bareGoogle = "google-search"

var searchWords = wordSet("recherche", "rechercher", "moteur", "search", "chercher")

// otherVendorProduct reports a vendor's bare name that starts the name of another of its
// products: "Google One", "Google Scholar" are no search engine.
func (r *reading) otherVendorProduct(m phraseMatch) bool {
	return m.hit.ID == bareGoogle && r.toks[m.start] == "google" && m.end < len(r.toks) && r.capitalAt(m.end) &&
		!stopWords[r.toks[m.end]]
}

// pluralNoun reports an everyday word after a plural article, which the product's name
// never takes: "découper les pages", "des teams de 5" — not "les Pages".
func (r *reading) pluralNoun(m phraseMatch) bool {
	return m.hit.Kind == knowledge.HitProduct && m.hit.Ambiguous && !r.capitalAt(m.start) && m.start > 0 &&
		(r.toks[m.start-1] == "les" || r.toks[m.start-1] == "des")
}

// likenedLast reports a name that closes a question as its model: "un service pour
// sonder les bénévoles sur la date, style doodle ?".
func (r *reading) likenedLast(m phraseMatch) bool {
	return r.u.Question && m.end == len(r.toks) && m.start > 0 && likeWords[r.fixed[m.start-1]]
}

// needAtSpan reports a need or a category matched on the same words as m.
func (r *reading) needAtSpan(m phraseMatch) bool {
	return slices.ContainsFunc(r.matches, func(o phraseMatch) bool {
		return o.start == m.start && o.end == m.end && (o.hit.Kind == knowledge.HitNeed || o.hit.Kind == knowledge.HitCategory)
	})
}

// commonArticles make a lower-case English everyday word a common noun: "track the wine in
// the cellar" is about wine.
var commonArticles = wordSet("the", "some")

// setAside reports a name a clause opens by refusing: "juste la discussion écrite, pas la
// visio", "chat only, not video".
func (r *reading) setAside(m phraseMatch) bool {
	k := m.start - 1
	if k > 0 && (definiteWords[r.toks[k]] || indefinite[r.toks[k]] || r.toks[k] == "de" || r.toks[k] == "d") {
		k--
	}
	if k < 0 || r.toks[k] != "pas" && r.toks[k] != "not" {
		return false
	}
	return r.clauses()[k] || k > 0 && (r.toks[k-1] == "mais" || r.toks[k-1] == "but")
}

// capitalMidSentence reports an everyday word written with a capital inside a sentence:
// "une liste Sympa ça ferait l'affaire" names the software, "c'est sympa" not.
func (r *reading) capitalMidSentence(m phraseMatch) bool {
	// In French only a libre tool: "on se voit sur Zoom ce soir ?" names a product, and asks
	// nothing. In English a capital names: "I organise my whole PhD in Notion".
	return (m.hit.Kind == knowledge.HitTool || r.u.Lang == English) && m.start > 0 && r.capitalAt(m.start) && !r.capitalAt(m.start-1) &&
		!r.clauses()[m.start]
}

// englishNameInFrench reports a capitalised English word in a French message: "Teams
// imposé par la fédé" names the product — an English everyday word is no everyday word
// in French.
func (r *reading) englishNameInFrench(m phraseMatch) bool {
	if r.u.Lang != French || m.end-m.start != 1 || !r.capitalAt(m.start) {
		return false
	}
	t := r.toks[m.start]
	return len(t) > 3 && textnorm.IsEnglishWord(t) && !textnorm.IsFrenchWord(t) && !frenchWords[t]
}

// eventHeld reports an event named as the one being held: "des croissants pour le
// meetup", "see you at the meetup" — the gathering, not Meetup or event software.
func eventHeld(toks []string, i int) bool {
	return (toks[i] == "meetup" || toks[i] == "meetups") && i > 0 && heldBefore[toks[i-1]]
}

var heldBefore = wordSet("le", "au", "du", "ce", "the", "this", "our", "notre", "prochain", "next")

// nounModifier reports an everyday word that modifies the noun after it: "a small wine
// trading company", "our wine shop" — the trade, not Wine.
func nounModifier(toks []string, end int) bool {
	if end >= len(toks) {
		return false
	}
	next := toks[end]
	// "a wine trading company", but "the unity pricing drama" is about Unity.
	gerund := len(next) > 5 && strings.HasSuffix(next, "ing") && end+1 < len(toks) && tradeNouns[toks[end+1]]
	return gerund || tradeNouns[next]
}

var tradeNouns = wordSet("company", "companies", "business", "shop", "shops", "store", "bar", "bars", "merchant", "merchants",
	"estate", "cellar", "farm", "farms", "producer", "producers", "maker", "makers", "lovers", "club", "list", "industry", "trade")

// convertedFrom reports a product named as the format converted from: "convert my Word
// thesis chapters to LaTeX", "convertir mes fichiers Excel en CSV".
func convertedFrom(toks []string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if toks[k] == "convert" || toks[k] == "convertir" || toks[k] == "converting" || toks[k] == "export" || toks[k] == "exports" || toks[k] == "exporter" {
			return true
		}
	}
	return false
}

// contentNouns name what is made for a network: "les visuels insta" are made elsewhere.
var contentNouns = wordSet("visuels", "visuel", "posts", "stories", "story", "publications", "contenus", "reels", "miniatures", "thumbnails",
	"bio", "legende", "legendes", "caption", "captions") // "la bio insta", "mes légendes instagram"

// likenedTo reports a product the result is compared to: "my figures look like 2005
// excel charts" — what it should not look like, not what to replace.
func likenedTo(toks []string, i int) bool {
	k := i - 1
	if k > 0 && isNumber(toks[k]) {
		k--
	}
	return k > 0 && toks[k] == "like" && lookVerbs[toks[k-1]]
}

// likenedNeed reports a need named in what the result should not look like: "my figures
// look like 2005 excel charts", "mes graphiques ressemblent à ceux d'Excel".
func likenedNeed(toks []string, m phraseMatch) bool {
	for k := m.start - 1; k > 0 && k >= m.start-4; k-- {
		if toks[k] == "like" && lookVerbs[toks[k-1]] || toks[k] == "a" && resembleVerbs[toks[k-1]] {
			return true
		}
	}
	return false
}

// kindLikened reports a need said as what the thing asked is like: "un espace en ligne où
// les commerçants déposent leurs flyers…, un genre de drive partagé" asks for the drive.
// "un tableau type kanban", "genre un kanban": the kind named after the thing.
func kindLikened(toks []string, i int) bool {
	if i > 1 && likeningNouns[toks[i-1]] && !definiteWords[toks[i-2]] && toks[i-2] != "quel" && toks[i-2] != "quelle" ||
		i > 1 && indefinite[toks[i-1]] && toks[i-2] == "genre" {
		return true
	}
	return i > 2 && (toks[i-1] == "de" || toks[i-1] == "d") && (toks[i-2] == "genre" || toks[i-2] == "sorte" || toks[i-2] == "espece") && indefinite[toks[i-3]]
}

var likeningNouns = wordSet("type", "style", "facon") // "genre nas.maison" gives an example

var resembleVerbs = wordSet("ressemble", "ressemblent", "ressemblait", "ressemblaient")

// codeLibrary reports "library" or "bibliothèque" said of code: "which python library for
// plots", "une bibliothèque JavaScript" — no lending library.
func codeLibrary(toks []string, m phraseMatch) bool {
	if m.end-m.start != 1 || !libraryWords[toks[m.start]] {
		return false
	}
	return m.start > 0 && codeLanguages[toks[m.start-1]] || m.end < len(toks) && codeLanguages[toks[m.end]]
}

var (
	libraryWords  = wordSet("library", "libraries", "lib", "libs", "bibliotheque", "bibliotheques", "librairie", "librairies")
	codeLanguages = wordSet("python", "javascript", "js", "java", "go", "golang", "rust", "php", "ruby", "node", "npm", "react", "typescript",
		"ts", "kotlin", "swift", "dart", "flutter", "c", "cpp", "r", "julia", "perl", "lua", "elixir", "scala", "haskell", "code", "software")
)

// causeOf reports a product named as the reason for the move: "after the copilot training
// mess we're leaving GitHub", "à cause de Copilot" — GitHub is what to replace.
func causeOf(toks []string, i int) bool {
	k := i - 1
	if k > 0 && (toks[k] == "the" || definiteWords[toks[k]]) {
		k--
	}
	return k >= 0 && (toks[k] == "after" || toks[k] == "since" || toks[k] == "depuis") ||
		k > 0 && (toks[k-1] == "because" && toks[k] == "of" || toks[k-1] == "cause" && (toks[k] == "de" || toks[k] == "du"))
}

// makeVerb reports "make" with an object, the verb: "an alternative to make twitch
// panels", "want to make a 2D platformer" — Make, the product, ends the phrase or is
// followed by what it is ("Make scenarios").
func makeVerb(toks []string, i int) bool {
	return toks[i] == "make" && i+1 < len(toks) && !makeNameNext[toks[i+1]]
}

var makeNameNext = wordSet("com", "integromat", "scenario", "scenarios", "automation", "automations", "workflows", "ou", "or",
	"et", "and", "vs", "zapier", "ifttt", "n8n", "alternative", "alternatives", "but", "mais", "is", "est", "c")

// doneWithout reports a product the person must do without: "comment elle fait sans
// Word ?", "how do I manage without Photoshop" — what to replace, not what to avoid.
func doneWithout(toks []string, i int) bool {
	return i > 1 && (toks[i-1] == "sans" || toks[i-1] == "without") && withoutVerbs[toks[i-2]] ||
		i > 1 && toks[i-1] == "pas" && (toks[i-2] == "ai" || toks[i-2] == "a" || toks[i-2] == "avons") // "je n'ai pas Word… avec quoi ?"
}

// deviceWithout reports a bare vendor a device should come without: "une tablette comme
// l'iPad mais sans Google" wants no Google inside, not a search engine.
func deviceWithout(toks []string, i int) bool {
	return i > 0 && (toks[i-1] == "sans" || toks[i-1] == "without") && hasAny(toks, mobileNouns)
}

var withoutVerbs = wordSet("fait", "faire", "fais", "faites", "faisons", "font", "do", "manage", "cope", "live", "vivre", "passer")

// petSense reports "chat" meaning the animal: "un chat ou un chien pour un appart ?",
// "mon chat est malade".
func petSense(toks []string, i int) bool {
	if toks[i] != "chat" && toks[i] != "chats" {
		return false
	}
	return hasAny(toks, animalWords) || i > 0 && (toks[i-1] == "mon" || toks[i-1] == "ton" || toks[i-1] == "son")
}

var animalWords = wordSet("chien", "chiens", "chiot", "chaton", "chatons", "chatte", "animal", "animaux", "veto", "veterinaire",
	"croquettes", "litiere", "miaule", "ronronne", "pattes", "poils", "dog", "dogs", "cat", "cats", "pet", "pets", "vaccin",
	"adopter", "adoption", "adoptions", "refuge", "sterilisation", "fourriere")

// payVerb reports "paie", "paye" as the verb to pay: "notre cabinet paye trop cher pour
// AutoCAD" asks for no payroll software.
func payVerb(toks []string, i int) bool {
	if !paidForms[toks[i]] || i+1 >= len(toks) {
		return false
	}
	if i > 0 && paySubjects[toks[i-1]] {
		return true // "on paye TeamViewer une blinde"
	}
	if i > 0 && (definiteWords[toks[i-1]] || indefinite[toks[i-1]] || possessives[toks[i-1]] || toks[i-1] == "de" || toks[i-1] == "d") {
		return false // "la paye des salariés" is the payroll
	}
	// "l'asso paie Zoom Pro": a subject named before, what is paid for after; "il paie au
	// retrait", "paie en ligne": how or when one pays.
	return payObjects[toks[i+1]] || isNumber(toks[i+1]) || i > 0 && !softwareNouns[toks[i-1]] && !stopWords[toks[i+1]] ||
		i > 0 && (toks[i+1] == "au" || toks[i+1] == "en" || toks[i+1] == "par" || toks[i+1] == "sur") && !definiteWords[toks[i-1]]
}

// payParticiple reports "payé" after an auxiliary: "qui a payé sa cotisation" is about
// who paid, not the payroll ("la paye").
func payParticiple(toks []string, m phraseMatch) bool {
	return m.end-m.start == 1 && (toks[m.start] == "paye" || toks[m.start] == "payes") && m.start > 0 && auxiliaries[toks[m.start-1]]
}

// paidForms are the present forms of "payer": "on paye", "ils paient".
var paidForms = wordSet("paie", "paye", "payent", "paient")

var auxiliaries = wordSet("a", "ai", "jai", "as", "ont", "avons", "avez", "deja", "pas", "bien", "jamais", "est", "sont", "ete")

var paySubjects = wordSet("on", "je", "j", "il", "elle", "ils", "elles", "nous", "vous", "tu", "qui")

var payObjects = wordSet("trop", "plus", "moins", "cher", "pour", "des", "un", "une", "deja", "encore", "chaque", "tous", "toutes")

// letterReceived reports "courrier" as a letter that came: "on a reçu un courrier pour du
// téléchargement illégal" asks for no mail-handling software.
func letterReceived(toks []string, i int) bool {
	if toks[i] != "courrier" && toks[i] != "lettre" {
		return false
	}
	for k := max(0, i-3); k < i; k++ {
		if toks[k] == "recu" || toks[k] == "recue" || toks[k] == "recevons" || toks[k] == "recoit" {
			return true
		}
	}
	return false
}

// meetingMode reports a word that only says when or how a meeting happens: "je peux
// partager mon écran pendant la visio ?", "la formation, en présentiel ou en visio ?".
func meetingMode(toks []string, i int) bool {
	k := i - 1
	if k > 0 && (toks[k] == "la" || toks[k] == "le" || toks[k] == "l" || toks[k] == "the") {
		k--
	}
	if k < 0 {
		return false
	}
	return toks[k] == "pendant" || toks[k] == "during" || toks[k] == "en" && hasAny(toks, inPersonWords)
}

var inPersonWords = wordSet("presentiel", "physique", "person", "distanciel")

// keepCategory keeps a category named, unless it says where or whom, and puts first the
// one asked for ("…sécurité, quel gestionnaire de mots de passe ?").
func (r *reading) keepCategory(m phraseMatch) {
	m = r.mailSense(m)
	if r.trainingOn(m) {
		r.u.Service = "formation"
		return
	}
	if devicesOf(r.toks, m.start) || verbAfterSubject(r.toks, m) || oneOfOurs(r.toks, m.start) || qualityPair(r.toks, m) || siteVisit(r.toks, m) || peopleServed(r.toks, m) ||
		ofOrganisation(r.toks, m.start) || workplace(r.toks, m.start) || // "un petit studio d'enregistrement": who asks
		peopleSought(r.toks, m.start) || m.end-m.start == 1 && (mobileAt(r.toks, m.start) || appMobile(r.toks, m.start)) || // "une appli mobile": where, not an OS
		notKeen(r.toks, m.start) || receivedThing(r.toks, m.start) || skillLacked(r.toks, m.start) || theyHold(r.toks, m.start) || r.writtenTranscription(m) || verbAfterNoun(r.toks, m) || m.end-m.start == 1 && payVerb(r.toks, m.start) ||
		m.end-m.start == 1 && afterPronoun(r.toks, m.start) || journeyOf(r.toks, m) || modeOnly(r.toks, m) || toDoIt(r.toks, m) || // "we live in Fort-de-France", "a reporting trip"
		m.start > 0 && orgNouns[r.toks[m.start-1]] && r.toks[m.start-1] != "bureau" && !userGroup(r.toks, m) || // "le cabinet comptable"
		r.departmentOf(m) || r.subjectOrg(m) || r.runningThings(m) || placeVisited(r.toks, m) || codeLibrary(r.toks, m) || // "Lourdes and Albert from accounting": who, not what is asked
		shopOwned(r.toks, m) || r.incidental(m) || safely(r.toks, m.start) || siteDestination(r.toks, m) || r.siteAfterNeed(m) || showTickets(r.toks, m) ||
		radioAutomation(r.toks, m) || peopleAlerted(r.toks, m) || passwordProtected(r.toks, m) || costing(r.toks, m) || r.lentThings(m) || printFormat(r.toks, m) ||
		amongThem(r.toks, m) || wordBefore(r.toks, m) || r.bracketedPC(m) || laterStep(r.toks, m.start) || upkeepOf(r.toks, m.start) {
		return
	}
	if devicesWhere(r.toks, m) || r.byMeans(m) || inTheMails(r.toks, m) || r.platformWord(m) || forDevice(r.toks, m) || inTheBrowser(r.toks, m) ||
		m.start > 0 && deviceNouns[r.toks[m.start-1]] { // "le pc caisse": the machine's role
		r.deviceCats = append(r.deviceCats, m.hit.ID)
	}
	r.machineOnly = r.machineOnly || m.hit.ID == "systeme" && m.end-m.start == 1 && deviceNouns[r.toks[m.start]] && machineWhere(r.toks, m.start)
	r.u.Categories = appendNew(r.u.Categories, m.hit.ID)
	if r.complainedCategory(m) {
		r.sufferedCats = appendNew(r.sufferedCats, m.hit.ID)
	}
	// "quel logiciel pour automatiser les sauvegardes": after "pour" comes a task, and a
	// category named by its verb is not what is asked — its object is.
	if askedWhich(r.toks, m.start) && (r.toks[m.start-1] != "pour" || m.end-m.start > 1) || r.askedLibre(m) || openedRequest(r.toks, r.clauses(), m.start) || categoryForTask(r.toks, m.start) ||
		r.opensTask(m) || r.clauseAsks(m) || namedFirst(r.toks, r.clauses(), m) && (m.end-m.start > 1 || !genericNouns[r.toks[m.start]]) || r.lastQuestionAsks(m) || wantedRightAfter(r.toks, m.start) && !r.needOn(m) || m.start == 0 && featureLinkAfter(r.toks, r.categoryEnd(m)) && !r.twoCategories(m) || notFound(r.toks, m.start) || r.pronounAsks(m) {
		r.u.Categories = moveFirst(r.u.Categories, m.hit.ID)
		r.askedCategory = true
	}
}

// printFormat reports "PDF" said as the format of a printed piece being made: "créer des
// plaquettes PDF imprimables", "a nice PDF brochure", "le livret d'accueil en PDF" ask for
// layout software, not for a PDF tool.
func printFormat(toks []string, m phraseMatch) bool {
	if m.end-m.start != 1 || toks[m.start] != "pdf" {
		return false
	}
	for k := max(0, m.start-7); k < min(len(toks), m.end+3); k++ {
		if printPieces[toks[k]] {
			return true
		}
	}
	// "des notes manuscrites… et les envoyer en pdf après": the format sent, no PDF tool.
	return m.start > 1 && toks[m.start-1] == "en" && slices.ContainsFunc(toks[max(0, m.start-4):m.start-1], func(w string) bool {
		return sendVerbs[w] || shareVerbs[w] || w == "envoyez" || w == "transmettre" || w == "recevoir"
	})
}

var printPieces = wordSet("brochure", "brochures", "plaquette", "plaquettes", "livret", "livrets", "book", "flyer", "flyers",
	"depliant", "depliants", "catalogue", "affiche", "affiches", "poster", "posters", "magazine", "gazette", "fanzine", "leaflet", "leaflets")

// siteDestination reports the asker's site named as where the work goes: "compresser mes
// photos avant de les mettre sur le site" asks for an image tool, not a website.
func siteDestination(toks []string, m phraseMatch) bool {
	if m.end-m.start != 1 || toks[m.start] != "site" || m.start < 3 {
		return false
	}
	k := m.start - 1
	if !definiteWords[toks[k]] && !possessives[toks[k]] {
		return false
	}
	if toks[k-1] != "sur" && toks[k-1] != "on" {
		return false
	}
	return slices.ContainsFunc(toks[max(0, k-4):k-1], func(w string) bool { return putVerbs[w] })
}

// peopleAlerted reports alerts sent to people, with no machine watched in the message:
// "les alertes crues par mail ou notif", "on poste les alertes routes coupées" — a
// mailing or a notice, not monitoring.
func peopleAlerted(toks []string, m phraseMatch) bool {
	return m.end-m.start == 1 && alertWords[toks[m.start]] && !hasAny(toks, watchedThings)
}

var (
	watchedThings = wordSet("serveur", "serveurs", "server", "servers", "site", "sites", "website", "disque", "disques", "disk", "disks",
		"panne", "pannes", "down", "reseau", "network", "machine", "machines", "vm", "vms", "cpu", "ram", "uptime", "service", "services",
		"imprimante", "imprimantes", "box", "routeur", "switch", "nas", "pc", "postes", "capteur", "capteurs", "sonde", "sondes", "temperature")
)

// passwordProtected reports a password said of what is shared: "password protected",
// "protégé par mot de passe" — a feature of the sharing, not a password manager.
func passwordProtected(toks []string, m phraseMatch) bool {
	return m.hit.ID == "mots-de-passe" && (m.end < len(toks) && protectedWords[toks[m.end]] || m.start > 1 && toks[m.start-1] == "par" && protectedWords[toks[m.start-2]])
}

var protectedWords = wordSet("protected", "protect", "protege", "protegee", "proteges", "protegees", "protection")

// appMobile reports the "mobile" of "une appli mobile", made or installed: the kind of
// app, never a phone system asked for.
func appMobile(toks []string, i int) bool {
	if toks[i] != "mobile" {
		return false
	}
	// "une appli mobile", and the English order: "a mobile app for our members"
	return i > 0 && appWords[toks[i-1]] || i+1 < len(toks) && appWords[toks[i+1]]
}

// lentThings reads "les prêts des vélos", "prêts d'instruments" as lending kit: the KB's
// need "prêt de matériel" (Snipe-IT, GLPI…), not library software.
func (r *reading) lentThings(m phraseMatch) bool {
	if !thingsLent(r.toks, m) {
		return false
	}
	for _, h := range r.ix.Phrase("pret de materiel") {
		if h.Kind == knowledge.HitNeed && !r.inBrackets(m.start) { // "(inventaire + prêts de coussins)": an aside
			r.keepNeed(phraseMatch{m.start, m.end, h})
		}
	}
	return true
}

// siteAfterNeed reports the site as where the result of a need goes: "convertir des
// vidéos en mp4 léger pour mettre la bande-annonce sur le site" asks for a converter.
func (r *reading) siteAfterNeed(m phraseMatch) bool {
	k := m.start - 1
	if m.end-m.start != 1 || r.toks[m.start] != "site" || k < 2 || !definiteWords[r.toks[k]] && !possessives[r.toks[k]] || r.toks[k-1] != "sur" {
		return false
	}
	for v := k - 2; v >= 0 && v >= k-7; v-- {
		if putVerbs[r.toks[v]] {
			return slices.ContainsFunc(r.matches, func(o phraseMatch) bool { return o.hit.Kind == knowledge.HitNeed && o.end <= v })
		}
	}
	return false
}

// siteVisit reports "site" as a place where work happens: "during site visits", "on
// site", "a job site" — no website.
func siteVisit(toks []string, m phraseMatch) bool {
	if m.end-m.start != 1 || toks[m.start] != "site" {
		return false
	}
	return m.end < len(toks) && siteWork[toks[m.end]] || m.start > 0 && (toks[m.start-1] == "on" || toks[m.start-1] == "job" || toks[m.start-1] == "construction")
}

var siteWork = wordSet("visit", "visits", "survey", "surveys", "manager", "managers", "work", "works", "meeting", "meetings", "inspection", "inspections")

// pronounAsks reports the category last named before a question that opens on "lequel":
// "…s'affiche mal avec mon vieux navigateur. Lequel prendre ?" asks for a browser.
func (r *reading) pronounAsks(m phraseMatch) bool {
	if deviceNouns[r.toks[m.start]] || startsFollowUp(r.toks) {
		return false // "j'ai un pc de 2015, lequel rame le moins ?": which of those answered
	}
	for k := range r.clauses() {
		if k <= m.start || k >= len(r.toks) || !whichOnes[r.toks[k]] {
			continue
		}
		// "…des vidéos… le lecteur dit codec manquant. Lequel prendre ?": the nearer need.
		return !slices.ContainsFunc(r.matches, func(o phraseMatch) bool {
			return (o.hit.Kind == knowledge.HitCategory || o.hit.Kind == knowledge.HitNeed) && o.start > m.start && o.start < k
		})
	}
	return false
}

var whichOnes = wordSet("lequel", "laquelle", "lesquels", "lesquelles", "lequelle")

// complainedCategory reports a category the asker complains of, maybe through the noun
// it qualifies: "les salons de chat c'est nul pour archiver".
func (r *reading) complainedCategory(m phraseMatch) bool {
	end := r.categoryEnd(m)
	if end+1 < len(r.fixed) && (r.fixed[end] == "de" || r.fixed[end] == "d") {
		if k := slices.IndexFunc(r.matches, func(o phraseMatch) bool { return o.start == end+1 }); k >= 0 {
			end = r.matches[k].end
		}
	}
	return complainedOf(r.fixed, end)
}

// forDevice reports a device named as what the software is for: "c'est pour un
// ordinateur portable", "for my laptop" — where it runs, not a system asked.
func forDevice(toks []string, m phraseMatch) bool {
	k := m.start - 1
	if k >= 0 && (indefinite[toks[k]] || possessives[toks[k]] || definiteWords[toks[k]]) {
		k--
	}
	if m.end-m.start == 1 && deviceNouns[toks[m.start]] && m.start > 0 && (isNumber(toks[m.start-1]) || deviceCounts[toks[m.start-1]]) {
		return true // "android phones + one PC": devices counted, no system asked
	}
	return m.end-m.start == 1 && deviceNouns[toks[m.start]] && k >= 0 && k < m.start-1 && (toks[k] == "pour" || toks[k] == "for")
}

var deviceCounts = wordSet("one", "two", "three", "deux", "trois", "quatre", "several", "plusieurs")

// mailSense reads "messagerie" as e-mail beside a mailbox: "une adresse gmail… on voudrait
// une vraie messagerie" asks for mail, not for a chat app.
func (r *reading) mailSense(m phraseMatch) phraseMatch {
	if m.hit.ID != "messagerie-instantanee" || m.end-m.start != 1 || r.toks[m.start] != "messagerie" && r.toks[m.start] != "messageries" {
		return m
	}
	// "une boîte" after "à" or "de" is a company: "donner nos numéros à une boîte".
	boxes := slices.ContainsFunc(r.toks, func(t string) bool { return mailboxWords[t] && t != "boite" }) || r.boxOwned()
	mail := boxes || slices.ContainsFunc(r.matches, func(o phraseMatch) bool {
		p, ok := r.kb.Product(o.hit.ID)
		return o.hit.Kind == knowledge.HitProduct && ok && len(p.Categories) > 0 && p.Categories[0] == "courriel"
	})
	if mail {
		m.hit.ID = "courriel"
	}
	return m
}

var mailboxWords = wordSet("mail", "mails", "email", "emails", "courriel", "courriels", "adresse", "adresses", "boite", "webmail")

// boxOwned reports "boîte" as a mailbox: "la boîte de réception", "la boîte partagée" —
// not "une boîte" or "donner nos numéros à une boîte", a company.
func (r *reading) boxOwned() bool {
	for i, t := range r.toks {
		if t == "boite" && !(i > 0 && (indefinite[r.toks[i-1]] || r.toks[i-1] == "de" || r.toks[i-1] == "d" || r.toks[i-1] == "a")) {
			return true
		}
	}
	return false
}

// departmentOf reports a category word naming someone's department: "Florence de la compta
// voudrait un outil pour fusionner des PDF" asks for a PDF tool, not accounting.
func (r *reading) departmentOf(m phraseMatch) bool {
	k := m.start - 1
	if k > 0 && (r.toks[k] == "la" || r.toks[k] == "l") {
		k--
	}
	if k < 1 || r.toks[k] != "de" && r.toks[k] != "du" && r.toks[k] != "from" {
		return false // "Nancy from accounting wants…"
	}
	who := r.toks[k-1]
	// "Logiciel de comptabilité…" opens with a capital, and is still no one's name.
	return personNouns[who] || r.capitalAt(k-1) && r.namesOnly(k-1) && !softwareNouns[who] && !genericNouns[who]
}

// subjectOrg reports an organisation that opens the message as the subject of what it
// wants, when something else is named after: "la médiathèque de Chaumont voudrait passer
// ses postes sous Linux" asks about Linux, not library software.
func (r *reading) subjectOrg(m phraseMatch) bool {
	first := m.start
	if first > 0 && (definiteOrg[r.toks[first-1]] || possessives[r.toks[first-1]]) {
		first--
	}
	if first > 0 && !r.clauses()[first] { // "Hi! Our community radio uses…" opens its sentence
		return false
	}
	v := m.end
	if v < len(r.toks) && (r.toks[v] == "de" || r.toks[v] == "d" || r.toks[v] == "du") {
		v += 2 // "de Chaumont", "du village"
	}
	if v >= len(r.toks) || !wantVerbs[r.toks[v]] && !(m.start > 1 && useVerbs[r.toks[v]]) || r.toks[v] == "is" {
		return false
	}
	return slices.ContainsFunc(r.matches, func(o phraseMatch) bool { return o.start > v })
}

// namesOnly reports words before i that are only people's names, written with capitals:
// "Lourdes and Albert from accounting need…".
func (r *reading) namesOnly(i int) bool {
	for j := range i {
		if !r.capitalAt(j) && !coordinators[r.toks[j]] {
			return false
		}
	}
	return true
}

var personNouns = wordSet("collegue", "collegues", "secretaire", "responsable", "gens", "personnes", "nana", "mec", "amie", "ami",
	"directrice", "directeur", "cheffe", "chef", "stagiaire", "agent", "agents")

// keptFeature reports a need the replacement must keep: "…tout en gardant l'ouverture
// de session sur les postes Windows", "without losing the calendar sync".
func keptFeature(toks []string, i int) bool {
	k := i - 1
	if k >= 0 && (definiteWords[toks[k]] || possessives[toks[k]]) {
		k--
	}
	return k >= 1 && (toks[k] == "gardant" || toks[k] == "conservant" || toks[k] == "keeping" || toks[k] == "losing" && toks[k-1] == "without" ||
		toks[k] == "perdre" && toks[k-1] == "sans")
}

// clauseAsks reports a category that opens the last sentence, a question: "…la tête de
// Gérard. un wiki facile à prendre en main ?".
func (r *reading) clauseAsks(m phraseMatch) bool {
	j := m.start - 1
	return r.u.Question && j > 0 && indefinite[r.toks[j]] && r.clauses()[j] && strings.HasSuffix(strings.TrimSpace(r.text), "?") &&
		r.lastClause(m.end)
}

// setUpObject reports a need named as what someone should set up: "qui peut me monter un
// serveur mail perso ?", "someone to install a wiki" — asked outright.
func setUpObject(toks []string, i int) bool {
	k := i - 1
	if k > 0 && indefinite[toks[k]] {
		k--
	}
	return k >= 0 && k < i-1 && (thingSetUpVerbs[toks[k]] || toks[k] == "up" && k > 0 && toks[k-1] == "set")
}

// thingSetUpVerbs set a thing up; "dépanner nos adhérents", "former l'équipe" serve people.
var thingSetUpVerbs = wordSet("installer", "install", "deployer", "deploy", "heberger", "host", "monter", "configurer", "setup", "mettre")

// backupTarget reports a need named as where backups go: "back up the family laptops to
// a home NAS", "sauvegarder sur un disque externe" — the backup is asked, the NAS is there.
func (r *reading) backupTarget(m phraseMatch) bool {
	k := m.start - 1
	for k > 0 && (indefinite[r.fixed[k]] || possessives[r.fixed[k]] || definiteWords[r.fixed[k]] || r.fixed[k] == "home") {
		k--
	}
	if slices.ContainsFunc(r.matches, func(o phraseMatch) bool { return o.hit.ID == "sauvegarde" && o.end == k+1 && k+1 < m.start }) {
		return true // "back up a home server": what is backed up
	}
	if k < 1 || k == m.start-1 || !targetWords[r.fixed[k]] {
		return false
	}
	return slices.ContainsFunc(r.matches, func(o phraseMatch) bool {
		return o.hit.ID == "sauvegarde" && o.end <= k && k-o.end <= 5
	})
}

var targetWords = wordSet("to", "onto", "sur", "vers")

// lastQuestionAsks reports a category named in the last sentence, a question for the software
// that does it: "…on one external drive and if it fails we're done. What free software can
// do automatic backups?" asks for backups, not storage.
func (r *reading) lastQuestionAsks(m phraseMatch) bool {
	before, ok := r.lastQuestionOpening(m)
	task := m.start > 0 && m.end-m.start == 1 && (r.toks[m.start-1] == "pour" || r.toks[m.start-1] == "to") // "…pour automatiser les sauvegardes"
	// "…Vous auriez un système très simple à lui installer ?": the first thing the last
	// question names, after "un", is asked too.
	return ok && !task && ((hasAny(before, whatWords) || hasAny(before, whichWords)) && hasAny(before, softwareNouns) ||
		len(before) <= 3 && indefinite[r.toks[m.start-1]] && hasAny(before, offerVerbs))
}

// lastQuestionNeed reports a need asked the same way: "…patient files on a USB stick. What
// should I use to encrypt it?".
func (r *reading) lastQuestionNeed(m phraseMatch) bool {
	before, ok := r.lastQuestionOpening(m)
	return ok && (hasAny(before, whatWords) || hasAny(before, whichWords)) && (hasAny(before, softwareNouns) || hasAny(before, useVerbs))
}

// lastQuestionOpening returns the words that open the message's last sentence, a question,
// up to m, when m is the first thing it names.
func (r *reading) lastQuestionOpening(m phraseMatch) ([]string, bool) {
	if !r.u.Question || !strings.HasSuffix(strings.TrimSpace(r.text), "?") || !r.lastClause(m.end) {
		return nil, false
	}
	k := 0
	for c := range r.clauses() {
		if c <= m.start && c > k {
			k = c
		}
	}
	namedBefore := slices.ContainsFunc(r.matches, func(o phraseMatch) bool { return o.start >= k && o.end <= m.start })
	return r.toks[k:m.start], k > 0 && m.start > k && !namedBefore
}

// offerVerbs open a question for something the others might have: "vous auriez un…".
var offerVerbs = wordSet("auriez", "avez", "aurais", "aurait", "have", "got", "connaissez", "connais")

// lastClause reports that no clause starts from word i to the end of the message.
func (r *reading) lastClause(i int) bool {
	for k := range r.clauses() {
		if k >= i && k < len(r.toks) {
			return false
		}
	}
	return true
}

// capitalised reports a name written with a capital, as names are.
func (r *reading) capitalised(m phraseMatch) bool {
	return r.capitalAt(m.start)
}

// needOn reports a need named by the same words as m: "logiciel de caisse" is both.
func (r *reading) needOn(m phraseMatch) bool {
	return slices.ContainsFunc(r.matches, func(o phraseMatch) bool {
		return o.hit.Kind == knowledge.HitNeed && o.start == m.start && o.end == m.end
	})
}

// categoryOn reports a category named by the same words as m.
func (r *reading) categoryOn(m phraseMatch) bool {
	return slices.ContainsFunc(r.matches, func(o phraseMatch) bool {
		return o.hit.Kind == knowledge.HitCategory && o.start == m.start && o.end == m.end
	})
}

// oneOfOurs reports a word that names a person of the asker's group: "une de nos
// bénévoles monte les vidéos" is about someone, not about volunteer management.
func oneOfOurs(toks []string, i int) bool {
	return i > 2 && possessives[toks[i-1]] && toks[i-2] == "de" && (toks[i-3] == "un" || toks[i-3] == "une") ||
		i > 2 && toks[i-1] == "our" && toks[i-2] == "of" && toks[i-3] == "one"
}

// serviceBeside reports a service word right beside a name: "formation Blender",
// "hébergement pour un Mastodon", "hosting for a Mastodon", "Nextcloud hosting".
func serviceBeside(toks []string, m phraseMatch) bool {
	if m.start > 0 && trainingKinds[toks[m.start-1]+" "+toks[m.start]] {
		return false // "la formation continue des SPV": a kind of training, not Continue
	}
	i := m.start - 1
	for k := 0; k < 2 && i > 0 && serviceLinks[toks[i]]; k++ {
		i--
	}
	return i >= 0 && serviceWords[toks[i]] != "" || i >= 1 && toks[i] == "place" && toks[i-1] == "en" || // "mettre en place Whisper"
		m.end < len(toks) && serviceWords[toks[m.end]] != "" && !serviceVerbs[toks[m.end]]
}

// trainingKinds name kinds of training with an everyday word.
var trainingKinds = map[string]bool{"formation continue": true, "formation initiale": true, "formation professionnelle": true}

// serviceLinks may stand between a service word and the name it is about.
var serviceLinks = wordSet("pour", "for", "un", "une", "a", "an", "de", "d", "du", "of", "the")

// oneLetterName reports a one-letter word that may be a name: right after the cue
// ("alternative à X", "je quitte X", not "la version X de l'outil") and written alone, not
// glued to other signs ("x@all").
// A capital letter said to have changed is a renamed service too: "X c'est devenu
// n'importe quoi".
func (r *reading) oneLetterName(i int) bool {
	cued := cueRightBefore(r.fixed, i) || i > 0 && leavingWords[r.fixed[i-1]] || postsOn(r.fixed, i) || // "leaving X, where do i go", "poster sur X"
		serviceBeside(r.toks, phraseMatch{start: i, end: i + 1}) // "an R training", "formation R"
	became := !cued && phraseAt(r.fixed, i+1, becamePhrases) > 0
	if !cued && !became {
		return false // the cheap tests first: a long message may hold many lone letters
	}
	w := writtenAs(r.text, r.toks[i:i+1])
	return utf8.RuneCountInString(w) == 1 && (cued || w == strings.ToUpper(w))
}

// postsOn reports a name after "poster sur", "posting on": a network one posts on.
func postsOn(toks []string, i int) bool {
	return i > 1 && (toks[i-1] == "sur" || toks[i-1] == "on") && postVerbs[toks[i-2]]
}

var postVerbs = wordSet("poster", "poste", "postes", "postons", "postent", "publier", "publie", "publions", "post", "posting",
	"posted", "posts", "tweeter", "tweete")

var leavingWords = wordSet("leaving", "leave", "quitting", "quit", "quitte", "quitter")

var becamePhrases = phraseList("c est devenu", "c devenu", "est devenu", "c est devenue", "est devenue", "has become",
	"became", "is now", "s est transforme")

// inTheMails reports mail named as where things are: "d'autres dans les mails".
func inTheMails(toks []string, m phraseMatch) bool {
	return m.end-m.start == 1 && m.start > 1 && toks[m.start-2] == "dans" && (definiteWords[toks[m.start-1]] || possessives[toks[m.start-1]]) &&
		mailWords[toks[m.start]]
}

var mailWords = wordSet("mail", "mails", "email", "emails", "courriel", "courriels", "messagerie")

// devicesWhere reports a device word that says where, not what: "les fichiers sur les PC
// de l'asso", "déployer des logiciels sur les 50 pc".
func devicesWhere(toks []string, m phraseMatch) bool {
	if m.end-m.start != 1 || !deviceNouns[toks[m.start]] && !browserWords[toks[m.start]] {
		return false // "direct dans le navigateur": where it runs, not a browser asked for
	}
	k := m.start - 1
	for k >= 0 && (isNumber(toks[k]) || definiteOrg[toks[k]] || possessives[toks[k]] || toks[k] == "des") {
		k--
	}
	return k >= 0 && (toks[k] == "sur" || toks[k] == "dans" || toks[k] == "on")
}

// otherSense reports a one-word name the next word turns into something else: "carte SD"
// is no map, "compte rendu" no accounting, "box Orange" no Box.
func otherSense(toks []string, m phraseMatch) bool {
	if m.end-m.start != 1 {
		// "faire les comptes rendus", "les comptes réseaux sociaux": the phrase's last word
		// turns into another noun with the next one.
		if m.end >= len(toks) {
			return false
		}
		next := m.end
		if ofWords[toks[next]] && next+1 < len(toks) {
			next++ // "faire un journal des interventions": a log, no newspaper
		}
		return lastWordSenses[toks[m.end-1]][toks[next]]
	}
	if m.start > 0 && nounBefore[toks[m.start]][toks[m.start-1]] {
		return true // "the language exchange on thursday": a meeting, not Microsoft Exchange
	}
	if m.end >= len(toks) {
		return false
	}
	next := toks[m.end]
	if (next == "de" || next == "d" || next == "des" || next == "du") && m.end+1 < len(toks) {
		next = toks[m.end+1] // "cartes de visite", "carte de fidélité", "le forum des assos"
		if cardWords[toks[m.start]] && isNumber(next) {
			return true // "des cartes de 10 cours": passes, not maps
		}
	}
	if toks[m.start] == "caisse" && m.start > 1 && toks[m.start-1] == "la" && (toks[m.start-2] == "a" || toks[m.start-2] == "derriere") {
		return true // "notre box plante tous les jours à la caisse": where, no till asked
	}
	if toks[m.start] == "box" && m.start > 0 && (routerWords[toks[m.start-1]] || feminineDeterminers[toks[m.start-1]]) {
		return true // "our internet box keeps dropping"; "les codes de la box": the router, feminine in French
	}
	if cardWords[toks[m.start]] && m.start > 1 && (toks[m.start-1] == "de" || toks[m.start-1] == "of") && gameWords[toks[m.start-2]] {
		return true // "des jeux de cartes", "a game of cards": playing cards, not maps
	}
	if (toks[m.start] == "recettes" || toks[m.start] == "recette") && hasAny(toks, revenueWords) {
		return true // "tenir mes recettes et faire mes déclarations URSSAF": takings, not recipes
	}
	if cardWords[toks[m.start]] && hasAny(toks, diningWords) {
		return true // "le menu en ligne… modifier la carte": a restaurant's menu
	}
	return otherSenses[toks[m.start]][next] || tipPlan(toks, m.start)
}

// revenueWords make "recettes" a business's takings.
var revenueWords = wordSet("urssaf", "declarations", "declaration", "depenses", "compta", "comptabilite", "micro", "factures", "chiffre", "impots", "bnc", "tresorerie")

// diningWords make a "carte" a restaurant's menu wherever it stands in the message.
var diningWords = wordSet("menu", "menus", "plats", "plat", "resto", "restau", "restaurant", "restaurants", "bistrot", "brasserie",
	"vins", "cuisine", "desserts", "boissons", "cocktails", "traiteur")

var cardKinds = wordSet("sd", "microsd", "micro", "memoire", "bancaire", "bancaires", "grise", "vitale", "son", "voeux", "recto", "memory", "postale", "postales",
	"fidelite", "membre", "adherent", "embarquement", "credit", "remerciement", "remerciements", "invitation", "invitations",
	"anniversaire", "condoleances", "felicitations",
	"graphique", "graphiques", "mere", "wifi", "reseau", "cadeau", "cadeaux", "visite", "sim", "bleue", "d", "licence", "licences",
	"identite", "adhesion", "adhesions", "club", "eleve", "eleves", "etudiant", "etudiants", "abonne", "abonnes", "grbl", "arduino", "electronique", "controleur", "esp32", "raspberry",
	// "la nouvelle carte du food truck", "la carte du jour": a menu
	"food", "restaurant", "resto", "jour", "vins", "menu", "bar", "cafe", "brasserie", "boissons", "desserts", "midi", "soir")

// accountKinds make "comptes" a report ("comptes rendus") or logins ("les comptes
// partagés", "le compte Google"), not bookkeeping.
var accountKinds = wordSet("rendu", "rendus", "partages", "partage", "communs", "commun", "utilisateur", "utilisateurs",
	"google", "microsoft", "facebook", "instagram", "apple", "mail", "mails", "email", "gmail", "admin", "administrateur")

// nounBefore are the nouns before which a name means something else.
var nounBefore = map[string]map[string]bool{"comptes": wordSet("memes"), "compte": wordSet("meme"),
	// "Windows m'a encore affiché un message", "un logiciel qui affiche les paroles":
	// displayed, not a poster.
	"affiche": wordSet("a", "ai", "as", "ont", "avons", "avez", "encore", "deja", "bien", "est", "sont", "s", "j", "on", "il", "elle", "qui",
		"site", "ecran", "page", "appli", "application", "navigateur"), // "le site affiche toujours l ancienne version"
	// "to plan the summer camp": a verb.
	"plan": planUses,
	// "scan our paper forms": documents to digitise, no form to build.
	"forms": wordSet("paper", "scanned", "printed", "handwritten", "pdf"), "formulaires": wordSet("vieux", "anciens", "pdf"),
	// "nos obs", "ses obs pendant le Big Day": a naturalist's observations, no OBS Studio.
	"obs": wordSet("nos", "ses", "mes", "leurs", "vos", "tes", "des", "les", "our", "my"),
	// "tri des abstracts en double aveugle": a review method, no blind reader.
	"aveugle": wordSet("double"), "blind": wordSet("double"),
	// "de l'huile d'olive", "aux olives": the fruit, no video editor.
	"olive": wordSet("d", "l", "les", "des", "aux", "vert", "huile"),
	// "la finale du tournoi": the last match, no Finale.
	"finale": wordSet("la", "une", "demi", "grande", "the", "en"),
	// "a food composition table": what food contains, no music.
	"composition": wordSet("food", "nutritional", "chemical", "nutritionnelle", "alimentaire"),
	"plans":       planUses,
	// "refaire sa formation continue", "l'intégration continue": no Continue assistant.
	"continue": wordSet("formation", "formations", "integration", "amelioration", "veille", "education"),
	// "numéros de calibre, pièces changées": a watch movement, no e-book manager.
	"calibre": wordSet("de", "du", "numero", "numeros", "gros", "petit", "meme"),
	// "tools for my classroom": a room.
	"classroom": wordSet("my", "our", "your", "a", "the", "his", "her", "their"),
	"exchange":  wordSet("language", "student", "students", "currency", "cultural", "book", "skill", "skills", "house", "linguistic"),
	// "des check-lists sécurité avant chaque sortie en mer": safety, not IT security.
	"securite": wordSet("lists", "list", "checklist", "checklists", "consignes", "gilets", "exercice", "exercices", "plongee", "baignade"),
	// "our warehouse SOPs": standard operating procedures, no secrets editor.
	"sops": wordSet("our", "my", "the", "your", "their", "warehouse", "safety", "internal", "company", "team", "nos", "les", "des", "mes"),
	// "for the taxi fleet": vehicles, no device manager.
	"fleet": wordSet("taxi", "vehicle", "vehicles", "delivery", "van", "vans", "truck", "trucks", "car", "cars", "bike", "bikes", "our", "the", "a", "my", "their"),
	// "un invité au téléphone", "joindre par tél": a call, no phone system asked for.
	"telephone": wordSet("au", "par"), "tel": wordSet("au", "par")}

var (
	cardWords = wordSet("carte", "cartes", "cards")
	gameWords = wordSet("jeu", "jeux", "game", "games", "partie", "parties")
)

// otherSenses are the words after which a category word means something else.
var otherSenses = map[string]map[string]bool{"carte": cardKinds, "cartes": cardKinds, "compte": accountKinds,
	"comptes": accountKinds, "box": routerWords, "forum": fairKinds, "voiceover": narrationWords, "plan": planKinds, "plans": planKinds,
	"telephone": landline, "telephones": landline, "tel": landline, "formulaires": paperWords, "formulaire": paperWords,
	"school": schoolPlaces, "pc": commandPosts, "composition": wordSet("nutritionnelle", "alimentaire"),
	"exchange": wordSet("student", "students", "program", "programme", "programs", "rate", "rates", "trip", "trips"),
	// "our wifi access points", "access control at the gates": no Microsoft Access.
	"access": wordSet("point", "points", "control", "rights", "right", "badge", "badges", "code", "codes", "card", "cards", "level", "levels"),
	// "les badges d'accès de la salle", "les badges ne passent plus": door badges, no event ones.
	"badges": accessBadges, "badge": accessBadges}

var accessBadges = wordSet("d", "rfid", "nfc", "ne", "magnetiques", "magnetique", "acces", "access", "door", "porte")

// planUses make "plan" a verb ("to plan the camp") or a schedule ("payment plans",
// "training plans"), no drawing.
var planUses = wordSet("to", "we", "i", "you", "they", "payment", "meal", "training", "business", "lesson", "lessons", "pricing",
	"subscription", "savings", "data")

// commandPosts make a "PC" a command post, no computer: "le PC de commandement", "le PC course".
var commandPosts = wordSet("commandement", "course", "securite", "secours", "crise")

// schoolPlaces make "school" the place a thing is for: "a school kitchen", "school meals".
var schoolPlaces = wordSet("kitchen", "kitchens", "canteen", "canteens", "cafeteria", "meals", "meal", "lunch", "lunches", "bus", "buses", "trip", "trips", "nurse")

// paperWords make forms paper ones: "nos formulaires papier" are documents to scan.
var paperWords = wordSet("papier", "papiers", "manuscrits", "scannes", "imprimes")

// landline makes a "téléphone fixe" a line to subscribe to, not a device to put a system on.
var landline = wordSet("fixe", "fixes")

// lastWordSenses turn a phrase's last word into another noun: "faire les comptes rendus".
var lastWordSenses = map[string]map[string]bool{"comptes": wordSet("rendus", "rendu"), "compte": wordSet("rendu", "rendus"),
	"reseaux": wordSet("sociaux"), "reseau": wordSet("social"),
	"journal": wordSet("interventions", "bord", "activite", "appels", "incidents", "operations", "modifications", "maintenance", "gardes")}

// planKinds make a "plan" a worktop, a seating plan or a course of action, not a map: "le
// plan de travail", "le plan de table", "un plan d'action".
var planKinds = wordSet("travail", "table", "tables", "action", "actions", "b", "epargne", "financement", "communication", "formation", "comm",
	"gratuit", "payant", "premium", "pro", "famille", "starter", "free", "paid") // "le plan gratuit ne suffit plus": a pricing tier

// tipPlan reports "un plan" as a tip: "qqn a un plan pour une petite sono ?", "un bon
// plan" — no map asked.
func tipPlan(toks []string, i int) bool {
	if toks[i] != "plan" && toks[i] != "plans" || i == 0 {
		return false
	}
	return toks[i-1] == "bon" || toks[i-1] == "bons" || i > 1 && indefinite[toks[i-1]] && (haveForms[toks[i-2]] || toks[i-2] == "a") && i+1 < len(toks) && toks[i+1] == "pour"
}

// narrationWords make a "voiceover" a narration, not Apple's screen reader: "the voiceover
// audio".
var narrationWords = wordSet("audio", "track", "tracks", "recording", "recordings", "mic", "script", "work", "artist", "piste", "pistes")

// fairKinds make a "forum" a fair, not a discussion board: "le forum des assos samedi".
var fairKinds = wordSet("assos", "associations", "metiers", "emploi", "entreprises", "sports", "formations")

// feminineDeterminers make "box" the internet router, feminine in French ("la box"), not
// the masculine cloud service.
var feminineDeterminers = wordSet("la", "ma", "ta", "sa", "notre", "votre", "leur", "cette")

// routerWords make a "box" the internet router: "ma box Orange", "la box internet".
var routerWords = wordSet("orange", "free", "sfr", "bouygues", "internet", "wifi", "adsl", "fibre", "4g", "5g", "red", "sosh")

// verbAfterSubject reports a one-word need used as a verb: "la somme qu'on paie", "je
// compte sur vous".
func verbAfterSubject(toks []string, m phraseMatch) bool {
	if m.end-m.start != 1 || m.start == 0 {
		return false
	}
	// "we're planning tours of our datacenter": an English verb in -ing after a subject.
	progressive := strings.HasSuffix(toks[m.start], "ing") && m.start > 1 && englishBe[toks[m.start-1]]
	// "il faut qu'on sauvegarde le PC tous les soirs": what must be done is a need.
	mustDo := m.start > 2 && (toks[m.start-1] == "on" || toks[m.start-1] == "je" || toks[m.start-1] == "j") && (toks[m.start-2] == "qu" || toks[m.start-2] == "que") && mustWords[toks[m.start-3]]
	return subjects[toks[m.start-1]] && !mustDo || progressive
}

var mustWords = wordSet("faut", "faudrait", "voudrait", "voudrais", "aimerait", "aimerais", "souhaite", "souhaiterait")

var englishBe = wordSet("re", "are", "am", "is", "m", "s", "been", "was", "were")

var subjects = wordSet("on", "je", "j", "tu", "il", "elle", "nous", "vous", "ils", "elles", "qu")

// devicesOf reports a need word that only says whose computers they are: "les PC de la
// médiathèque", "les postes de la mairie".
func devicesOf(toks []string, i int) bool {
	k := i - 1
	if k > 0 && definiteOrg[toks[k]] {
		k-- // "de la", "de l'"
	}
	if k <= 0 || !ofWords[toks[k]] {
		return false
	}
	if deviceNouns[toks[k-1]] || networkNouns[toks[k-1]] {
		return true
	}
	// "les postes de l'accueil et de la billetterie": the second of two places served.
	for j := k - 2; toks[k-1] == "et" && j > 0 && j >= k-4; j-- {
		if ofWords[toks[j]] {
			return deviceNouns[toks[j-1]] || networkNouns[toks[j-1]]
		}
	}
	return false
}

// networkNouns name a place's connection: "le wifi de la salle des fêtes" is no hall to book.
var networkNouns = wordSet("wifi", "reseau", "connexion", "internet", "box")

// keepProduct keeps a product named, or sets it aside as the platform something should
// run on: "une appli comme WhatsApp sur Android", "à jour sous Windows" do not replace the
// system — unless nothing else is named ("sous Windows, quoi de libre ?": see
// settleNames). It reports whether the product was kept.
func (r *reading) keepProduct(m phraseMatch) bool {
	// "logiciel de montage vidéo pour YouTube": a need named first, the product is where
	// the result goes, not what is replaced.
	// "Pour Illustrator surtout, quoi en libre ?" opens a sentence on the product: "as for".
	// "logiciel de sauvegarde pour Windows" is where it runs, kept below.
	if m.start > 0 && (r.fixed[m.start-1] == "pour" || r.fixed[m.start-1] == "for") && len(r.u.Needs)+len(r.u.Categories) > 0 && !r.clauses()[m.start-1] &&
		!r.isPlatform(m.hit.ID) {
		return false
	}
	deviceAfter := m.end < len(r.fixed) && deviceNouns[r.fixed[m.end]] // "Mac laptops", "Windows PCs"
	// "we only use the iPad for FaceTime": a phone or a tablet is a device, not a system to leave.
	hardware := m.end-m.start == 1 && appleDevices[r.fixed[m.start]]
	if r.isPlatform(m.hit.ID) && (platformContext(r.fixed, m.start) || r.qualifies(m) || r.afterPlatform(m) || deviceAfter || hardware || appOf(r.fixed, m.start)) && !cueRightBefore(r.fixed, m.start) &&
		!r.oldSystem(m) {
		r.platforms = appendNew(r.platforms, m.hit.ID)
		return false
	}
	r.u.Products = appendNew(r.u.Products, m.hit.ID)
	return true
}

// oldSystem reports a system named with its version in a message about an old machine or
// a replacement: "un vieux serveur Windows Server 2012 R2… par quoi le remplacer ?" leaves
// it; "mon pc sous Windows 11, quel logiciel de montage ?" runs there.
// "tjr sur windows 11… je passe sur quoi ?" asks what to move to: chat often skips the
// capital, so a system with its version is enough there.
func (r *reading) oldSystem(m phraseMatch) bool {
	if r.versioned(m) && (hasAny(r.fixed, oldWords) || hasAny(r.fixed, replaceVerbs)) {
		return true
	}
	numbered := m.end < len(r.toks) && isNumber(r.toks[m.end]) || m.end-m.start > 1 && isNumber(r.toks[m.end-1])
	return numbered && r.isPlatform(m.hit.ID) && hasPhrase(r.fixed, switchToPhrases)
}

var replaceVerbs = wordSet("remplacer", "remplace", "remplacons", "replace", "migrer", "migrate", "quitter")

// radioAutomation reports a radio's "automation", the playout that runs its programmes,
// not workflow automation, and its "streaming", sound not video: "la radio campus… des
// solutions libres pour l'automation et le streaming".
func radioAutomation(toks []string, m phraseMatch) bool {
	return (m.hit.ID == "automatisation" || m.hit.ID == "video" && toks[m.start] == "streaming") && hasAny(toks, radioWords)
}

var radioWords = wordSet("radio", "radios", "webradio", "antenne", "playout", "emissions", "fm")

// mediaSubject reports a need that names what photos or videos show: "les vidéos des
// recettes des chefs", "ses photos de mariage" — the media to keep or send, not a recipe
// book or a wedding site.
func mediaSubject(toks []string, i int) bool {
	j := i - 1
	if j > 0 && definiteWords[toks[j]] {
		j-- // "les photos de l'inventaire"
	}
	// "des films d'animation" say their kind, "les photos du téléphone" where they are.
	return j > 0 && ofWords[toks[j]] && mediaNouns[toks[j-1]] && !mediaKinds[toks[i]] && !deviceNouns[toks[i]]
}

// mediaKinds say what kind of film or photo it is, not what it shows.
var mediaKinds = wordSet("animation", "presentation", "promotion", "promo", "formation", "surveillance", "famille")

// mediaNouns are the media whose subject follows "de": "les vidéos des recettes".
var mediaNouns = wordSet("photo", "photos", "video", "videos", "film", "films", "rushs", "rushes", "enregistrements", "clips", "pictures", "footage")

// orgDescribed reports a need in a clause that says what an organisation does: "une asso
// loi 1901 qui revend des ordinateurs reconditionnés" asks for its bookkeeping, not for
// refurbished computers.
func orgDescribed(toks []string, i int) bool {
	for j := i - 1; j > 1 && j >= i-4; j-- {
		if toks[j] == "qui" || toks[j] == "that" || toks[j] == "which" {
			k := j - 1
			if k > 0 && isNumber(toks[k]) {
				k -= 2 // "loi 1901"
			}
			// The organisation the tool is for ("pour une asso qui…"), not one sought ("une
			// boîte qui fait du support Linux").
			return k > 1 && (orgNouns[toks[k]] || providerWords[toks[k]]) && (possessives[toks[k-1]] ||
				indefinite[toks[k-1]] && (toks[k-2] == "pour" || toks[k-2] == "for"))
		}
	}
	return false
}

// showTickets reports support tickets read where a show's tickets are sold: "online
// ticketing for our end-of-year show" sells seats, it tracks no requests.
func showTickets(toks []string, m phraseMatch) bool {
	return m.end-m.start == 1 && ticketWords[toks[m.start]] && hasAny(toks, showNouns)
}

var (
	ticketWords = wordSet("ticketing", "tickets", "ticket")
	showNouns   = wordSet("show", "shows", "concert", "concerts", "gig", "gigs", "festival", "festivals", "play", "performance",
		"performances", "screening", "screenings", "gala", "spectacle", "spectacles", "match", "matches", "event", "events", "soiree", "theatre")
)

// servedBySystem reports a need that names whom machines put under a system are for:
// "qui installe des ordis sous Linux pour un groupement de producteurs" asks for Linux.
func servedBySystem(toks []string, i int) bool {
	if i < 2 || toks[i-2] != "pour" && toks[i-2] != "for" || !indefinite[toks[i-1]] {
		return false
	}
	for j := i - 3; j > 0 && j >= i-8; j-- {
		if (toks[j-1] == "sous" || toks[j-1] == "en") && linuxWords[toks[j]] {
			return true
		}
	}
	return false
}

// needElsewhere reports need words that say something else than the need asked: what the
// asker's organisation does or owns, a verb, whom or what something is about, where a tool
// runs ("un gestionnaire de torrents sur le NAS").
func (r *reading) needElsewhere(m phraseMatch) bool {
	t, f := r.toks, r.fixed
	return ofOrganisation(t, m.start) || workplace(t, m.start) || devicesOf(t, m.start) || verbAfterSubject(t, m) || reservedThing(t, m.start) || receivedThing(t, m.start) ||
		actingPeople(t, m) || payParticiple(t, m) || m.end-m.start == 1 && payVerb(t, m.start) || r.reflexiveVerb(m) || verbAfterNoun(t, m) || barcodeScan(t, m) || orgSought(t, m) ||
		r.writtenTranscription(m) || moneyIn(f, m) || journeyOf(f, m) || callsMade(f, m) || onTheForum(f, m) || peopleServed(f, m) || r.subjectOrg(m) ||
		r.selfTrade(m) || placeVisited(t, m) || likenedNeed(f, m) || r.incidental(m) || clauseSubject(t, m.start) ||
		hostedOn(f, m) && r.namedElsewhere(m) || neededNot(f, m.start) || elidedVerb(t, f, m.start) || servedBySystem(f, m.start) ||
		showTickets(f, m) || mediaSubject(f, m.start) || orgDescribed(f, m.start) || costing(t, m) || doneInstead(f, m.start) || virusScan(t, m) ||
		amongThem(t, m) || wordBefore(t, m) || upkeepOf(t, m.start) || laterStep(t, m.start) || handedIn(t, m.start) || paidFor(t, m.start) ||
		scanIn3D(t, m)
}

// wordBefore reports a one-word need or kind that the word before gives another sense:
// "en double aveugle" is a review method; "as a backup" is a fallback, no backup tool.
func wordBefore(t []string, m phraseMatch) bool {
	if m.end-m.start != 1 || m.start == 0 {
		return false
	}
	return nounBefore[t[m.start]][t[m.start-1]] || t[m.start] == "backup" && m.start > 1 && t[m.start-1] == "a" && t[m.start-2] == "as"
}

// bracketedPC reports "PC" listed in brackets among acronyms: "les demandes d'urbanisme
// (CU, DP, PC)" name a building permit, not a computer.
func (r *reading) bracketedPC(m phraseMatch) bool {
	return m.hit.ID == "systeme" && m.end-m.start == 1 && r.toks[m.start] == "pc" && r.inBrackets(m.start) && listInBrackets(r.text)
}

// amongThem reports members named as among whom something happens: "jouer à la belote en
// ligne entre adhérents du club" is for the members, not about managing them.
func amongThem(t []string, m phraseMatch) bool {
	k := m.start - 1
	if k > 0 && (definiteWords[t[k]] || possessives[t[k]]) {
		k--
	}
	return m.end-m.start == 1 && memberNouns[t[m.start]] && k >= 0 && (t[k] == "entre" || t[k] == "among" || t[k] == "between")
}

var memberNouns = wordSet("adherents", "adherentes", "membres", "members")

// keepNeed keeps a need named with the rank of its phrase, unless it only says what the
// asker's organisation does ("notre club de rando").
func (r *reading) keepNeed(m phraseMatch) {
	if r.needElsewhere(m) {
		return
	}
	phrase := strings.Join(r.fixed[m.start:m.end], " ")
	// "la facturation… et la facturation": the same words twice name one need once.
	repeated := slices.Contains(r.needPhrases[m.hit.ID], phrase)
	if r.needPhrases == nil {
		r.needPhrases = map[string][]string{}
	}
	r.needPhrases[m.hit.ID] = append(r.needPhrases[m.hit.ID], phrase)
	r.u.NeedWords = appendNew(r.u.NeedWords, phrase)
	order := len(r.u.NeedWords) - 1
	if (askedWhich(r.toks, m.start) || r.askedLibre(m) || opensWith(r.toks, m) && !painAfter(r.fixed, m.end) ||
		openedRequest(r.toks, r.clauses(), m.start) || keptFeature(r.fixed, m.start) || softwareForTask(r.fixed, m.start) || goalOf(r.toks, m.start) ||
		r.doneOnProduct(m) || hasAny(r.fixed[m.start:m.end], libreWords) && !freeAccess(r.fixed[m.start:m.end]) || setUpObject(r.fixed, m.start) || r.lastQuestionNeed(m) || r.restates(m) || softwareForOthers(r.fixed, m.start) || suitedFor(r.fixed, m.start) || kindLikened(r.fixed, m.start)) && !complainedOf(r.fixed, m.end) {
		order = -1 // "…quelle supervision libre ?", "un forum libre ?": the need asked leads
		r.askedNeed = true
	}
	order = r.bracketRank(m, order)
	if selfDescribed(r.toks, m.start) {
		order += usedNeedRank // "we're a small organic farm… open source e-shop?": who asks comes after
	}
	if cat := r.featureOf(m); cat != "" {
		order += usedNeedRank // "BI with dashboards": BI is asked, dashboards are how
		r.u.Categories = moveFirst(r.u.Categories, cat)
	}
	if inUse(r.fixed, m.start, 4) || inUseAlongside(r.fixed, m.start) || doneUnder(r.fixed, m.start) || r.byMeans(m) || r.backupTarget(m) || r.appsFor(m) ||
		m.end+1 < len(r.fixed) && switchedTo(r.fixed, m.end+1) { // "passer ses postes publics sous Linux": what moves
		// "on utilise l'ENT de la région mais… des quiz": quiz first; "tapés sous
		// traitement de texte": what it is done with today.
		order += usedNeedRank
		r.usedNeeds = appendNew(r.usedNeeds, m.hit.ID)
	}
	if complainedOf(r.fixed, m.end) {
		r.suffered = appendNew(r.suffered, m.hit.ID) // "l'ENT est une usine à gaz"
	} else {
		// "le planning des créneaux est un enfer… un logiciel où chaque bénévole choisit
		// ses créneaux ?": what hurts today, named again, is what is asked.
		r.suffered = slices.DeleteFunc(r.suffered, func(id string) bool { return id == m.hit.ID })
	}
	if k := slices.Index(r.u.Needs, m.hit.ID); k >= 0 {
		// Named twice, in other words ("les comptes rendus… on écrit tous ensemble"), a
		// need is what the message is about — before a tool that answers only the need
		// asked ("la trace des pc… un outil d'inventaire": GLPI, not a stock manager).
		if repeated {
			r.u.needOrder[k] = min(r.u.needOrder[k], order)
		} else {
			r.u.needOrder[k] = min(min(r.u.needOrder[k], order)-1, -1)
		}
		return
	}
	r.u.Needs = append(r.u.Needs, m.hit.ID)
	r.u.needOrder = append(r.u.needOrder, order)
}

// neededNot reports a need the asker wants to do without: "Google Analytics replacement
// that doesn't need a cookie banner", "pas besoin de bandeau cookies", "sans bandeau".
func neededNot(toks []string, i int) bool {
	k := i - 1
	for k >= 0 && (indefinite[toks[k]] || definiteWords[toks[k]] || toks[k] == "de" || toks[k] == "d") {
		k--
	}
	if k > 0 && addVerbs[toks[k]] {
		k-- // "sans mettre un cookie banner partout", "without adding a cookie banner"
	}
	if k < 0 {
		return false
	}
	return toks[k] == "sans" || toks[k] == "without" || k > 0 && (toks[k] == "need" || toks[k] == "besoin") && notWords[toks[k-1]]
}

var notWords = wordSet("pas", "t", "not", "doesn", "don", "plus", "jamais", "never", "no")

// addVerbs put something in place: "sans mettre un cookie banner" wants none — unlike
// "sans choper de virus", which wants protection.
var addVerbs = wordSet("mettre", "installer", "ajouter", "utiliser", "using", "adding", "installing", "putting")

// selfDescribed reports a need's words that say what the asker is, which rank after the
// needs asked: "we're a small organic
// farm selling veg boxes", "nous sommes une petite épicerie".
func selfDescribed(toks []string, i int) bool {
	// "je suis maraîchère": a trade says itself without an article in French — but "je
	// suis trésorière d'une asso" names a role whose work is asked.
	if i > 0 && (toks[i-1] == "suis" || toks[i-1] == "sommes" || i > 1 && toks[i-1] == "est" && toks[i-2] == "on") && !(i+1 < len(toks) && ofWords[toks[i+1]]) {
		return true
	}
	for k := i - 2; k >= max(0, i-5); k-- {
		if beingA(toks, k) {
			return true
		}
	}
	return false
}

// bracketRank ranks a need named in brackets: examples of what was said come after the
// needs and products outside ("déposer leurs pièces (relevés, factures)", "Notion pour
// les chantiers (devis, planning)"), an acronym glossing what
// was just described leads ("documents scannés en texte (OCR)").
func (r *reading) bracketRank(m phraseMatch, order int) int {
	if r.glosses(m) {
		r.askedNeed = true
		return -2
	}
	if r.inBrackets(m.start) && listInBrackets(r.text) && len(r.u.Needs)+len(r.u.Products)+len(r.u.Categories) > 0 {
		return order + usedNeedRank
	}
	return order
}

// glosses reports a need named by its acronym in brackets after the asker's own words:
// "convertir des documents scannés en texte (OCR)" gives the precise term for what was
// just described. Other bracketed words are often context ("(paniers légumes)").
func (r *reading) glosses(m phraseMatch) bool {
	if m.end-m.start != 1 || m.start == 0 || len(r.u.Needs) == 0 {
		return false
	}
	return strings.Contains(r.text, "("+strings.ToUpper(r.fixed[m.start])+")")
}

// listInBrackets reports brackets that hold a list of examples ("(relevés, factures)",
// "(machine inventory, tutorials, etc)") rather than an explanation ("visio (le logiciel
// de diagrammes)").
func listInBrackets(text string) bool {
	for rest := text; ; {
		i := strings.IndexByte(rest, '(')
		if i < 0 {
			return false
		}
		j := strings.IndexByte(rest[i:], ')')
		if j < 0 {
			return false
		}
		if parts := strings.Split(rest[i+1:i+j], ","); len(parts) > 1 && !slices.ContainsFunc(parts, func(p string) bool { return len(strings.Fields(p)) > 3 }) {
			return true // short items: "(relevés, factures)", not "(le logiciel de schémas hein, pas…)"
		}
		rest = rest[i+j:]
	}
}

// inBrackets reports a word inside round brackets, when the message's brackets pair up.
func (r *reading) inBrackets(i int) bool {
	if strings.Count(r.text, "(") != strings.Count(r.text, ")") || strings.HasPrefix(strings.TrimSpace(r.text), "(") || !strings.Contains(r.text, "(") {
		return false
	}
	starts := r.parens()
	piece := -1
	for k := 0; k <= i; k++ {
		if starts[k] {
			piece++
		}
	}
	return piece%2 == 1
}

// usedNeedRank ranks a need the asker already has a tool for after the needs it asks about.
const usedNeedRank = 8

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

// platformAsked makes the platforms named the question when nothing else is: "il faut
// qu'il marche sur Android" alone, or "les PC… sous Windows 10, on installe quoi ?" (a
// system asked for replaces the system the machines run — not in "une appli de notes…
// sur android et linux").
func (r *reading) platformAsked() {
	if k := cueAt(r.fixed); k >= 0 && k < len(r.fixed) && r.strangeWord(r.fixed[k]) {
		return // "alternative to Quenzo for iPad?": the cue names something unknown
	}
	if len(r.u.Products)+len(r.u.Tools)+len(r.u.Categories)+len(r.u.Needs) == 0 {
		r.u.Products = r.platforms
		r.u.onlyPlatform = len(r.platforms) > 0
	} else if len(r.u.Products)+len(r.u.Tools)+len(r.u.Needs) == 0 && r.systemAskedBeside() {
		r.u.Products = slices.DeleteFunc(slices.Clone(r.platforms), func(id string) bool { return !r.inCategories(id) })
	}
}

// inCategories reports a product of one of the categories named.
func (r *reading) inCategories(id string) bool {
	p, ok := r.kb.Product(id)
	return ok && slices.ContainsFunc(p.Categories, func(c string) bool { return slices.Contains(r.u.Categories, c) })
}

// systemAskedBeside reports a category of the platforms named that is asked for, not
// itself named as a platform: "sous Windows 10… passer sous Linux ?" asks for a system,
// "une appli de notes… sur android et linux" does not.
func (r *reading) systemAskedBeside() bool {
	return slices.ContainsFunc(r.matches, func(m phraseMatch) bool {
		if m.hit.Kind != knowledge.HitCategory || !slices.Contains(r.u.Categories, m.hit.ID) || !r.platformCategory(m.hit.ID) ||
			forDevice(r.toks, m) {
			return false // "they have android phones + one PC": a device counted
		}
		asPlatform := r.afterPlatform(m) || platformContext(r.fixed, m.start) && !switchedTo(r.fixed, m.start)
		return !asPlatform
	})
}

// platformCategory reports a category one of the platforms named belongs to.
func (r *reading) platformCategory(cid string) bool {
	return slices.ContainsFunc(r.platforms, func(id string) bool {
		p, ok := r.kb.Product(id)
		return ok && slices.Contains(p.Categories, cid)
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
var ownPlaces = wordSet("centre", "service", "pole", "plateforme", "laboratoire", "labo", "unite")

var orgNouns = wordSet("club", "clubs", "association", "asso", "magasin", "boutique", "cabinet", "atelier",
	"federation", "comite", "section", "ecole", "compagnie", "troupe", "bureau", "studio", "studios")

// genericCategory reports a category named only by a lone generic noun ("site", "outil").
func (r *reading) genericCategory(id string) bool {
	return !slices.ContainsFunc(r.matches, func(m phraseMatch) bool {
		return m.hit.Kind == knowledge.HitCategory && m.hit.ID == id && (m.end-m.start > 1 || !genericNouns[r.toks[m.start]])
	})
}

// toolsNotPlatforms drops the tools named after "sur", "sous", "avec": in "un équivalent de
// photoshop sur linux" the tool is the platform, not the answer; and the tools the asker
// already uses: "j'utilise OBS mais pour le montage CapCut, une alternative ?".
func (r *reading) toolsNotPlatforms() []string {
	var keep []string
	for _, m := range r.matches {
		if m.hit.Kind == knowledge.HitTool && slices.Contains(r.u.Tools, m.hit.ID) && !platformContext(r.fixed, m.start) && !inUse(r.fixed, m.start, 2) {
			keep = appendNew(keep, m.hit.ID)
		}
	}
	return keep
}

// leadingAdjectives may open a request written as a noun phrase: "encrypted messenger…".
var leadingAdjectives = wordSet("encrypted", "secure", "simple", "lightweight", "private", "offline", "chiffre", "chiffree", "securise",
	"securisee", "leger", "legere", "selfhosted")

// listedWithin stretches the first words of a request over a list: "gérer les licences et
// les cotisations" names its things up to the one after the last coordinator.
func listedWithin(toks []string, within int) int {
	for k := 2; k <= within && k < len(toks); k++ {
		if coordinators[toks[k]] {
			within = k + 2 // the coordinator, an article, the next thing
		}
	}
	return within
}

// leadingNeed reports a message that starts with a need, as chat requests do: "un
// navigateur respectueux de la vie privée", "a password manager for the team".
func (r *reading) leadingNeed() bool {
	if len(r.toks) == 0 || subjects[r.toks[0]] || storyOpening(r.toks) {
		return false // "je stream ce soir sur Twitch": the asker's news, no request
	}
	// "un navigateur…", "créer un forum…", and a precise need first: "OCR pour…" — but a
	// broad word first is often no request: "rendez-vous au 75 rue de la Paix".
	within, broad := 0, false
	switch p := purposeStart(r.toks); {
	case len(r.toks) > 3 && indefinite[r.toks[0]] && spotNouns[r.toks[1]] && (r.toks[2] == "pour" || r.toks[2] == "to" || r.toks[2] == "where" || r.toks[2] == "ou"):
		// "un endroit pour ranger nos statuts…", "a place to keep our minutes"
		within, broad = 6, true
	case len(r.toks) > 3 && indefinite[r.toks[0]] && (softwareNouns[r.toks[1]] || systemNouns[r.toks[1]]) && needLinks[r.toks[2]]:
		// "un système de tickets pour…", "un outil de planning pour…"
		within, broad = 5, true
	case indefinite[r.toks[0]] || whichWords[r.toks[0]]:
		// "un navigateur…", "quelle distribution linux pour…"
		within, broad = 2, true
	case infinitive(r.toks[0]):
		// "gérer les licences et cotisations du club": what is done may be a list.
		within, broad = listedWithin(r.toks, 3), true
	case leadingAdjectives[r.toks[0]]:
		// "encrypted messenger that does NOT need a phone number"
		within, broad = 2, true
	case p > 0:
		// "plutôt pour trouver une date de réunion": only what it is for, as a
		// follow-up says it.
		within, broad = p+3, true
	}
	// A short message that opens as a request ("fusionner et découper des pdf…", "serveur
	// pour regarder mes films…") may name its precise need anywhere.
	needWithin := within
	if (broad || forStart(r.toks)) && len(r.toks) <= maxRequestWords {
		needWithin = len(r.toks)
	}
	opening := r.openingEnd()
	needWithin = max(needWithin, opening)
	return slices.ContainsFunc(r.matches, func(m phraseMatch) bool {
		// "GED pour dématérialiser le courrier": a broad word that says what it is for.
		// "compta pour micro-entrepreneur": a broad word and whom it is for — not when.
		purposeNext := m.start <= opening && purposeAfter(r.toks, headEnd(r.toks, m.end))
		if m.start == 0 && m.end < len(r.toks) && verbStarts[r.toks[m.end]] {
			return false // "booking vient encore de me coller une note": the subject of news
		}
		return m.hit.Kind == knowledge.HitNeed && m.start <= needWithin ||
			m.start <= within && (broad || purposeNext) && m.hit.Kind == knowledge.HitCategory ||
			m.start == 0 && m.hit.Kind == knowledge.HitCategory && traitsFollow(r.toks, r.chainEnd(m.end))
	})
}

// elidedVerb reports a word read as a verb after an elided "je": "jpaye illustrator tous
// les mois" pays, it asks for no payroll.
func elidedVerb(toks, fixed []string, i int) bool {
	return i < len(toks) && toks[i] != fixed[i] && toks[i] == "j"+fixed[i]
}

// storyOpening reports a message opening on what someone did: "un agent a laissé les clés
// du client dans le vestiaire" tells news — not "un outil à installer sur…".
func storyOpening(toks []string) bool {
	if len(toks) < 4 || !indefinite[toks[0]] || toks[2] != "a" && toks[2] != "ont" {
		return false
	}
	return participleEnding(toks[3])
}

// participleEnding guesses a folded past participle of any group by its ending: "laisse",
// "perdu", "fini", "mis" — not an infinitive after "à" ("installer", "mettre").
func participleEnding(w string) bool {
	if len(w) <= 3 || strings.HasSuffix(w, "re") {
		return false
	}
	return strings.HasSuffix(w, "e") || strings.HasSuffix(w, "u") || strings.HasSuffix(w, "i") || strings.HasSuffix(w, "is")
}

// chainEnd is where the names that follow one another from end stop: "stockage" then "de
// fichiers en ligne" make one kind.
func (r *reading) chainEnd(end int) int {
	for grown := true; grown; {
		grown = false
		for _, m := range r.matches {
			if m.end > end && (m.start == end || m.start == end+1 && (r.toks[end] == "de" || r.toks[end] == "d")) {
				end, grown = m.end, true
			}
		}
	}
	return end
}

// traitsFollow reports a wish list right after a name that opens the message, past "en
// ligne": "stockage de fichiers en ligne chiffré…", "visio en ligne sans compte…".
func traitsFollow(toks []string, i int) bool {
	i = pastOnline(toks, i)
	return i < len(toks) && (requiredTraits[toks[i]] || toks[i] == "sans" || toks[i] == "without")
}

// pastOnline is where the words after i go on, past an "en ligne" or "online" that only
// says where a kind runs.
func pastOnline(toks []string, i int) int {
	switch {
	case i+1 < len(toks) && toks[i] == "en" && toks[i+1] == "ligne":
		return i + 2
	case i < len(toks) && toks[i] == "online":
		return i + 1
	}
	return i
}

// requiredTraits after a name that opens the message make it a wish list: "agenda partagé
// synchronisé sur les téléphones…, sans compte google".
var requiredTraits = wordSet("synchronise", "synchronisee", "synchronises", "synchronisees", "accessible", "accessibles",
	"utilisable", "compatible", "compatibles", "chiffre", "chiffree", "gratuit", "gratuite", "libre", "simple", "synced", "encrypted",
	"heberge", "hebergee", "hosted", "securise", "securisee", "secure")

var browserWords = wordSet("navigateur", "browser")

// clauseOpensRequest reports a sentence, after the first, that opens on what is sought: "J'ai
// reçu 3 faux messages de la banque. Une messagerie pour les SMS… qui soit plus sûre."
func (r *reading) clauseOpensRequest() bool {
	for k := range r.clauses() {
		if k == 0 || k+1 >= len(r.toks) || !indefinite[r.toks[k]] || r.toks[k] == "des" {
			continue
		}
		if slices.ContainsFunc(r.matches, func(m phraseMatch) bool {
			return m.start == k+1 && (m.hit.Kind == knowledge.HitCategory || m.hit.Kind == knowledge.HitNeed)
		}) {
			return true
		}
	}
	return false
}

// purposeAfter reports what a leading name is for, right at i: "GED pour dématérialiser",
// "compta pour micro-entrepreneur" — not when: "visio pour demain".
func purposeAfter(toks []string, i int) bool {
	return i+1 < len(toks) && (purposeWords[toks[i]] || toks[i] == "to" && infinitive(toks[i+1]) ||
		(toks[i] == "pour" || toks[i] == "for") && !saysWhen(toks[i+1:]))
}

// headEnd skips the nouns that only make a name the head of a request: "git server for
// our dev shop", "backup tool for…" ask for the thing named before them.
func headEnd(toks []string, i int) int {
	for i < len(toks) && (kindHeads[toks[i]] || softwareQualities[toks[i]] || leadingAdjectives[toks[i]]) { // "agenda partagé en ligne pour…", "système d'exploitation léger pour…"
		i++
	}
	return i
}

var kindHeads = wordSet("server", "serveur", "instance", "tool", "tools", "outil", "app", "software", "logiciel", "platform",
	"plateforme", "solution", "system", "systeme", "service")

// twoCategories reports words that name two categories at once ("salon de discussion"):
// which one is meant is left to what else the message says.
func (r *reading) twoCategories(m phraseMatch) bool {
	return slices.ContainsFunc(r.matches, func(o phraseMatch) bool {
		return o.hit.Kind == knowledge.HitCategory && o.hit.ID != m.hit.ID && o.start == m.start && o.end == m.end
	})
}

// categoryEnd is where the category named at m ends, its words matched one by one
// included: "git forge for 20 devs" names one forge.
func (r *reading) categoryEnd(m phraseMatch) int {
	end := m.end
	for _, o := range r.matches {
		if o.hit.Kind == knowledge.HitCategory && o.hit.ID == m.hit.ID && o.start == end {
			end = o.end
		}
	}
	return end
}

// featureLinks follow a need that opens the message and is then qualified: "coffre-fort
// de mots de passe pour une équipe… avec dossiers partagés".
// featureLinkAfter reports a feature link at i, after words that only qualify the
// category: "formulaire en ligne pour les inscriptions à la cantine".
func featureLinkAfter(toks []string, i int) bool {
	i = pastOnline(toks, i)
	for i < len(toks) && headQualifiers[toks[i]] {
		i++
	}
	return i < len(toks) && featureLinks[toks[i]]
}

var headQualifiers = wordSet("online", "libre", "libres", "simple", "gratuit", "gratuite", "partage", "partagee", "shared", "free", "open", "source")

var featureLinks = wordSet("pour", "avec", "for", "with", "qui", "that", "where", "ou", "de", "d", "of")

// spotNouns open a request for somewhere, or some device, to do something: "un endroit
// pour…", "un clavier pour écrire avec les yeux".
// verbStarts follow a message's first words when they are the subject of a verb.
var verbStarts = wordSet("vient", "viennent", "m", "me", "nous", "ne", "n", "est", "sont", "va", "vont", "fait", "font", "encore",
	"plante", "rame", "bug", "bugue", "marche", "keeps", "just", "is", "has")

// systemNouns name software by what it is built as: "un système de tickets".
var systemNouns = wordSet("systeme", "system", "service", "moyen", "truc", "serveur", "server", "dispositif")

var spotNouns = wordSet("endroit", "espace", "lieu", "coin", "place", "spot", "space", "clavier", "keyboard", "souris", "mouse",
	"police", "font", "voix", "voice", "lien", "link")

// openingEnd returns where the words that open the message may start a need: 0, or after a
// first name and "et" ("cartes et analyses géographiques pour un bureau d'études").
func (r *reading) openingEnd() int {
	for _, m := range r.matches {
		if m.start == 0 && m.end+1 < len(r.toks) && coordinators[r.toks[m.end]] {
			return m.end + 1
		}
	}
	return 0
}

var coordinators = wordSet("et", "ou", "and", "or")

// maxRequestWords bounds the message read as one request fragment: past it, a need word
// far from the opening is more likely context than the question.
const maxRequestWords = 15

// forStart reports a message that opens with a noun and what it is for: "serveur pour
// regarder mes films", "appli pour réviser".
func forStart(toks []string) bool {
	return len(toks) > 2 && !stopWords[toks[0]] && (toks[1] == "pour" || toks[1] == "to") && infinitive(toks[2])
}

var purposeWords = wordSet("libre", "libres", "open", "hebergeable", "autohebergeable", "opensource", "foss", "floss")

// saysWhen reports words that start with a time: "demain", "la semaine prochaine".
func saysWhen(toks []string) bool {
	if len(toks) > 1 && (toks[0] == "la" || toks[0] == "le" || toks[0] == "l" || toks[0] == "the") {
		toks = toks[1:]
	}
	return whenWords[toks[0]]
}

// whenWords say when, not whom for: "visio pour demain", "la compta pour lundi".
var whenWords = wordSet("demain", "aujourd", "ce", "cet", "cette", "tout", "plus", "quand", "bientot", "hier",
	"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "midi", "semaine", "journee",
	"soiree", "matinee", "rentree", "fin", "suite", "mois", "annee", "weekend", "week", "prochaine", "prochain",
	"tomorrow", "today", "tonight", "now", "later", "monday", "tuesday", "wednesday", "thursday", "friday")

// hedgeWords may open a message before what it is about: "plutôt pour…", "non, pour…".
var hedgeWords = wordSet("plutot", "non", "mais", "sinon", "ou", "et", "enfait", "en", "fait", "c", "est", "ce", "serait", "rather", "no", "actually")

// purposeStart returns the index after a leading "pour" + infinitive, hedges allowed before
// it ("plutôt pour trouver…"), or 0.
func purposeStart(toks []string) int {
	for i, t := range toks {
		switch {
		case (t == "pour" || t == "for") && i+1 < len(toks) && (infinitive(toks[i+1]) || toks[i+1] == "un" || toks[i+1] == "une"):
			return i + 1
		case !hedgeWords[t]:
			return 0
		}
	}
	return 0
}

// infinitive reports a French verb in the infinitive, as requests start: "créer",
// "bloquer", "convertir", "faire".
func infinitive(t string) bool {
	return len(t) > 3 && (strings.HasSuffix(t, "er") || strings.HasSuffix(t, "ir") || strings.HasSuffix(t, "re")) &&
		!possessives[t] && !notVerbs[t] && textnorm.IsFrenchWord(t)
}

// notVerbs end like infinitives but are not verbs: "notre comptable…" opens no task.
var notVerbs = wordSet("votre", "notre", "autre", "autres", "entre", "contre", "leur", "leurs", "hier", "cher", "chere",
	"premier", "dernier", "entier", "plusieurs", "pour", "mieux", "outre", "lettre", "lettres", "centre", "libre",
	"celibataire", "membre", "membres", "ordinateur")

var whichWords = wordSet("quel", "quelle", "quels", "quelles", "which")

var indefinite = wordSet("un", "une", "des", "a", "an", "any", "some")

// onlyFiller reports whether the message is just names and filler. Around a product name,
// only true filler counts ("Dropbox ?"), so that "je suis sur slack" stays a statement;
// around a need, any function word does ("statistiques de site web sans google").
// placeCueWords stand between a tool and its place in a terse request: "nextcloud à
// Rennes", "jitsi près de Brest".
var placeCueWords = wordSet("a", "au", "aux", "en", "pres", "vers", "dans", "sur", "autour", "cote",
	"coin", "in", "near", "around")

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

// isPlatform reports a product that is a system others run on (Windows, Android, iOS).
func (r *reading) isPlatform(id string) bool {
	p, ok := r.kb.Product(id)
	return ok && slices.Contains(p.Categories, "systeme")
}

// qualifies reports a platform named right after another product, as the system it runs
// on: "un Active Directory Windows Server".
func (r *reading) qualifies(m phraseMatch) bool {
	return slices.ContainsFunc(r.matches, func(o phraseMatch) bool {
		return o.end == m.start && o.hit.Kind == knowledge.HitProduct && !r.isPlatform(o.hit.ID)
	})
}

// afterPlatform reports a platform named right after another one set aside as the
// system: "sur son tel (android + iphone)", "sous Windows ou Mac".
func (r *reading) afterPlatform(m phraseMatch) bool {
	return slices.ContainsFunc(r.matches, func(o phraseMatch) bool {
		next := o.end == m.start || o.end+1 == m.start && coordinators[r.fixed[o.end]]
		return next && (slices.Contains(r.platforms, o.hit.ID) || o.hit.Kind == knowledge.HitCategory && r.platformWord(o))
	})
}
