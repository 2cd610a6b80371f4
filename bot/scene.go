// SPDX-License-Identifier: AGPL-3.0-or-later

package bot

// What only sets the scene: what the asker uses, has, complains of or posts on today
// (dropcontext.go makes the needs and products named there give way).

import (
	"slices"

	"github.com/boussole-libre/boussole/knowledge"
)

var replaceThatPhrases = phraseList("remplacer ca", "remplacer cela", "le remplacer", "la remplacer", "les remplacer",
	"a la place de ca", "replace it", "replace that", "replace this", "instead of that", "instead of it",
	"un equivalent libre", "un equivalent gratuit", "une alternative libre qui", "an equivalent",
	"un clone libre", "un clone", "a clone", "an open source clone", "a libre clone",
	"de libre a la place", "quoi a la place", "mettre a la place", "utiliser a la place", "prendre a la place", "use instead",
	// "on utilise Google Analytics sur le portail…, une solution plus respectueuse ?": kinder than what was named.
	"plutot une alternative", "plus respectueuse", "plus respectueux", "plus ethique", "moins intrusive", "moins intrusif",
	"more privacy friendly", "more respectful", "less intrusive")

// needsAsked reports a need named that is not only what the asker uses today: "on
// utilise Trello + un tableur partagé… il faut autre chose ?" asks about Trello.
func (r *reading) needsAsked() bool {
	return slices.ContainsFunc(r.u.Needs, func(id string) bool { return !slices.Contains(r.usedNeeds, id) })
}

// usedToday returns the products named as what the asker uses ("on utilise Pronote…, je
// voudrais un outil pour faire des quiz") when nothing asks to replace them: context for
// the need named, not the question.
func (r *reading) usedToday() []string {
	if cueAt(r.fixed) >= 0 || hasAny(r.fixed, replaceWords) || phraseEnds(r.fixed, bareAlternatives) {
		return nil
	}
	var ids []string
	for _, m := range r.matches {
		if m.hit.Kind == knowledge.HitProduct && (inUse(r.fixed, m.start, 6) || postedOn(r.fixed, m.start) || ownChannel(r.fixed, m) || r.postTarget(m)) &&
			!stillUsed(r.fixed, m.start) {
			ids = append(ids, m.hit.ID)
		}
	}
	return ids
}

// asksBack reports a request that points back to what was named: "on utilise Sage…
// qu'est-ce qu'il existe pour remplacer ça ?", "… y a une alternative libre ?".
func asksBack(toks []string) bool {
	return hasPhrase(toks, replaceThatPhrases) || phraseEnds(toks, bareAlternatives)
}

// bareAlternatives end a message by asking for an alternative to what was just said:
// "on partage tout (PV, devis) sur le Google Drive du président… y a une alternative libre ?"
// asks about Google Drive, not about quotes.
var bareAlternatives = phraseList("une alternative libre", "une alternative", "des alternatives", "des alternatives libres",
	"une alternative open source", "an alternative", "a libre alternative", "an open source alternative", "any alternative", "alternatives")

// postTarget reports a product in the list of networks posts go to: "schedule posts on
// mastodon / bluesky / instagram", "planifier les posts sur plusieurs réseaux sociaux
// (Mastodon, Facebook, LinkedIn)" — where to publish, not what to replace.
func (r *reading) postTarget(m phraseMatch) bool {
	k := m.start - 1
	for k > 0 && (coordinators[r.fixed[k]] || slices.ContainsFunc(r.matches, func(o phraseMatch) bool {
		return o.hit.Kind.Names() && o.end == k+1
	})) {
		k-- // the names listed before this one
	}
	for n := 0; k > 0 && n < 4 && r.fixed[k] != "sur" && r.fixed[k] != "on"; n++ {
		k-- // "sur plusieurs réseaux sociaux (…)"
	}
	return k > 0 && (r.fixed[k] == "sur" || r.fixed[k] == "on") && hasAny(r.fixed[max(0, k-3):k], postWords)
}

var postWords = wordSet("posts", "post", "publications", "publication", "publier", "poster", "schedule", "planifier", "programmer",
	"share", "partager", "messages", "contenus", "content")

// stillUsed reports a product the asker still uses, and so means to leave: "we still use
// AutoCAD LT for floor plans, any open source option?".
func stillUsed(toks []string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if stillWords[toks[k]] {
			return true
		}
	}
	return false
}

var stillWords = wordSet("still", "encore", "toujours")

// toolsInUse are the tools the asker says already work for them, in a message that asks
// for something else: "ça marche nickel avec OnlyOffice ! dernier truc, la visio ?".
func (r *reading) toolsInUse() []string {
	var ids []string
	for _, m := range r.matches {
		// "…that plays nice with our forgejo instance": the asker's own.
		if m.hit.Kind == knowledge.HitTool && m.start > 0 && (r.fixed[m.start-1] == "avec" && inUse(r.fixed, m.start, 4) || alreadyHad(r.fixed, m.start) ||
			possessives[r.fixed[m.start-1]] && m.end < len(r.fixed) && instanceWords[r.fixed[m.end]] || r.systemUsed(m) || workedIn(r.fixed, m.start)) {
			ids = append(ids, m.hit.ID)
		}
	}
	return ids
}

// workedIn reports a tool the asker works in: "je bosse sous LaTeX", "I'll write in
// LaTeX", "j'écris avec LibreOffice" — where the tool asked for must fit, not the answer.
func workedIn(toks []string, i int) bool {
	k := i - 1
	if k > 0 && indefinite[toks[k]] {
		k--
	}
	if k < 2 || !workPrepositions[toks[k]] || !useVerbs[toks[k-1]] && !writeVerbs[toks[k-1]] {
		return false
	}
	return workSubjects[toks[k-2]]
}

var (
	workPrepositions = wordSet("sous", "en", "avec", "dans", "in", "with", "under")
	writeVerbs       = wordSet("ecris", "ecrit", "ecrivons", "redige", "redigeons", "write", "writes", "writing", "type", "tape")
	workSubjects     = wordSet("je", "j", "on", "nous", "i", "we", "ll", "d", "all", "also", "aussi", "tout", "mostly", "surtout")
)

// systemUsed reports a libre system the asker runs: "je suis sous Ubuntu", "i'm on
// Debian" — where the tool asked for must run, not the answer.
func (r *reading) systemUsed(m phraseMatch) bool {
	t, ok := r.kb.Tool(m.hit.ID)
	if !ok || !slices.Contains(t.Categories, "systeme") {
		return false
	}
	k := m.start - 1
	if k > 0 && possessives[r.fixed[k]] {
		k--
	}
	return systemBefore[r.fixed[k]] && !movingTo(r.fixed, m.start) // "migrer nos PC… sous Linux Mint": the system moved to
}

// movingTo reports a system still to be moved to: "qui peut migrer nos PC… sous Linux
// Mint" — not "son PC qui vient de passer sous Mint", done already.
func movingTo(toks []string, i int) bool {
	if i < 2 || toks[i-1] != "sous" && toks[i-1] != "vers" {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-8; k-- {
		if moveInfinitives[toks[k]] {
			return !(k > 1 && toks[k-1] == "de" && justDone[toks[k-2]])
		}
	}
	return false
}

var (
	moveInfinitives = wordSet("passer", "migrer", "basculer", "installer", "mettre")
	justDone        = wordSet("vient", "viens", "venons", "venez", "viennent")
)

var systemBefore = wordSet("sous", "sur", "on", "under", "running")

// ownSite reports a tool that names the asker's site or shop: "ma boutique woocommerce",
// "notre site WordPress", "my prestashop store", "je suis sous Dolibarr" — what the need
// asked must fit, not the answer.
func ownSite(toks []string, m phraseMatch) bool {
	i := m.start
	french := i > 1 && siteNouns[toks[i-1]] && possessives[toks[i-2]]
	english := i > 0 && possessives[toks[i-1]] && m.end < len(toks) && siteNouns[toks[m.end]]
	under := i > 1 && toks[i-1] == "sous" && (toks[i-2] == "suis" || toks[i-2] == "sommes" || toks[i-2] == "est")
	return french || english || under
}

var siteNouns = wordSet("site", "boutique", "shop", "store", "blog", "eshop", "webshop", "instance")

var instanceWords = wordSet("instance", "server", "serveur", "setup", "install", "installation")

var keepVerbs = wordSet("garde", "gardons", "gardent", "conserve", "conservons", "keep", "keeping", "note", "retiens", "noted")

var setUpVerbs = wordSet("installe", "installes", "deploye", "deployes", "monte", "installed", "deployed")

// alreadyHad reports a tool the asker says they have: "on a déjà Forgejo", "we already
// run a Nextcloud", "on a une Debian 12".
func alreadyHad(toks []string, i int) bool {
	k := i - 1
	if k > 0 && indefinite[toks[k]] {
		k--
	}
	if k > 0 && (useVerbs[toks[k]] || toks[k] == "run" || toks[k] == "have" || toks[k] == "host") {
		k-- // "we already use Gitea", "we self-host Forgejo"
	}
	if k > 1 && toks[k] == "place" && toks[k-1] == "en" {
		// "on a mis en place un Nextcloud" — but "mettre en place Pretix" is sought.
		return toks[k-2] == "mis" || toks[k-2] == "mise"
	}
	if k > 1 && setUpVerbs[toks[k]] {
		// "on a installé un Moodle" — but "une coop qui installe Dolibarr" and "qu'une
		// coopérative nous installe Piwigo" are sought.
		return toks[k-1] != "qui" && toks[k-1] != "who" && !forWhomPronouns[toks[k-1]]
	}
	if k >= 0 && keepVerbs[toks[k]] {
		return true // "on garde Thunderbird pour les mails"
	}
	if k > 0 && toks[k] == "self" {
		k--
	}
	if k >= 0 && (toks[k] == "we" || toks[k] == "i") {
		return true
	}
	return k >= 0 && (toks[k] == "deja" || toks[k] == "already" || have(toks, k))
}

// have reports "on a", "j'ai", "nous avons", "we have" ending at toks[k].
func have(toks []string, k int) bool {
	if k < 1 {
		return false
	}
	switch toks[k] {
	case "a":
		return toks[k-1] == "on"
	case "ai":
		return toks[k-1] == "j"
	case "avons":
		return toks[k-1] == "nous"
	case "have", "ve":
		return toks[k-1] == "we" || toks[k-1] == "i"
	}
	return false
}

// makeshift reports a product named as the file that stands in for real software: "on
// gère les licenciés avec un fichier Excel", "a Google Sheets spreadsheet".
func makeshift(toks []string, i int) bool {
	return i > 0 && (fileWords[toks[i-1]] || contentWords[toks[i-1]]) || i > 1 && (toks[i-1] == "de" || toks[i-1] == "d") && fileWords[toks[i-2]]
}

// contentWords name what is made for a platform: "monter mes vidéos YouTube" edits
// videos, it does not leave YouTube.
var contentWords = wordSet("videos", "video", "posts", "post", "stories", "story", "reels", "reel", "shorts", "lives", "streams", "podcasts")

var fileWords = wordSet("fichier", "fichiers", "tableau", "tableaux", "feuille", "feuilles", "classeur", "classeurs",
	"file", "files", "sheet", "sheets", "spreadsheet", "spreadsheets")

// publishedOn reports a platform named as where the asker publishes, maybe after another:
// "streamer sur Twitch et YouTube", "publier sur Instagram" — the need is the
// publishing, not leaving the platform.
func (r *reading) publishedOn(m phraseMatch) bool {
	i := m.start
	if i > 1 && coordinators[r.fixed[i-1]] && slices.ContainsFunc(r.matches, func(o phraseMatch) bool {
		return o.end == i-1 && slices.Contains(r.setting, o.hit.ID)
	}) {
		return true
	}
	i = r.listStart(i)
	return i > 1 && (r.fixed[i-1] == "sur" || r.fixed[i-1] == "on" || r.fixed[i-1] == "across") &&
		(publishVerbs[r.fixed[i-2]] || contentNouns[r.fixed[i-2]])
}

// listStart is where the list of names that holds the word at i starts: "schedule posts
// across mastodon, linkedin and insta" lists three places to post, from "mastodon".
func (r *reading) listStart(i int) int {
	for {
		prev := i
		if i > 1 && coordinators[r.fixed[i-1]] {
			prev = i - 1
		}
		k := slices.IndexFunc(r.matches, func(o phraseMatch) bool { return o.end == prev && o.start < prev && o.hit.Kind.Names() })
		switch {
		case k >= 0:
			i = r.matches[k].start
		case prev < i && deviceNouns[r.fixed[prev-1]]:
			i = prev - 1 // "works with phones and Thunderbird"
		default:
			return i
		}
	}
}

var publishVerbs = wordSet("streamer", "stream", "streaming", "diffuser", "publier", "poster", "uploader", "upload", "publish",
	"post", "live", "broadcast")

// postedOn reports a product named as where things are posted today: "en commentaire sur
// la page Facebook de la mairie", "sur le groupe WhatsApp".
// "pour ma chaîne YouTube" names where the work will be posted, as "sur" does.
func postedOn(toks []string, i int) bool {
	k := i - 1
	page := k > 0 && pageWords[toks[k]]
	if page {
		k--
	}
	if k > 0 && (definiteWords[toks[k]] || possessives[toks[k]]) {
		k--
	}
	return k >= 0 && k < i-1 && (toks[k] == "sur" || toks[k] == "on" || page && (toks[k] == "pour" || toks[k] == "for"))
}

// alertedOn reports a product named as where alerts arrive: "uptime monitoring with
// alerts on Telegram", "notifs sur Slack" — the channel, not what to replace.
func alertedOn(toks []string, i int) bool {
	return i > 1 && (toks[i-1] == "on" || toks[i-1] == "sur" || toks[i-1] == "via" || toks[i-1] == "par" || toks[i-1] == "to" || toks[i-1] == "in") &&
		alertWords[toks[i-2]]
}

var alertWords = wordSet("alert", "alerts", "alerte", "alertes", "alerting", "notification", "notifications", "notif", "notifs", "pings",
	"ping", "notified", "notifie", "notifiee", "notifies", "alerted", "alerter", "notifier")

// ownChannel reports a product named as the asker's page or channel: "for my YouTube
// channel", "mon compte Instagram" — where the work goes, not what to replace.
func ownChannel(toks []string, m phraseMatch) bool {
	return m.start > 0 && possessives[toks[m.start-1]] && m.end < len(toks) && pageWords[toks[m.end]]
}

var pageWords = wordSet("page", "groupe", "compte", "chaine", "fil", "group", "account", "channel", "feed")

// inUse reports a product named as what the asker uses: "on utilise Pronote", "we use
// Slack", "j'ai Excel".
func inUse(toks []string, i, within int) bool {
	for k := i - 1; k >= 0 && k >= i-within; k-- {
		// "le planning est sur un tableau blanc": where it is kept today.
		if useVerbs[toks[k]] && !wishedUse(toks, k) || (toks[k] == "sur" || toks[k] == "dans") && k > 0 && beVerbs[toks[k-1]] {
			return true
		}
	}
	return false
}

// wishedUse reports a use verb that says what is wanted, not what serves today: "le maire
// veut que tout le conseil utilise un lecteur PDF", "pour utiliser", "we want to use".
func wishedUse(toks []string, k int) bool {
	if k > 0 && (toks[k-1] == "pour" || toks[k-1] == "to" || toks[k-1] == "d" || toks[k-1] == "de") {
		return true
	}
	if k > 1 && selfSubjects[toks[k-1]] && askModals[toks[k-2]] {
		return true // "what should I use to encrypt it?", "can we use…"
	}
	for j := k - 1; j >= 1 && j >= k-5; j-- {
		if (toks[j] == "que" || toks[j] == "qu") && wishVerbs[toks[j-1]] {
			return true
		}
	}
	return false
}

// forWhomPronouns are the pronouns of who something is done for: "qu'on nous installe…".
var forWhomPronouns = wordSet("nous", "vous", "me", "m", "te", "t", "lui", "leur")

var askModals = wordSet("should", "can", "could", "would", "shall", "do", "must")

var wishVerbs = wordSet("veut", "veux", "voudrait", "voudrais", "voulons", "voudrions", "aimerait", "aimerais", "aimerions",
	"souhaite", "souhaitons", "souhaiterait", "faut", "faudrait", "demande", "propose", "need", "needs", "want", "wants")

// inUseAlongside reports a need named second in a list of what is used today: "la
// compta tient dans un cahier et un tableur".
func inUseAlongside(toks []string, i int) bool {
	k := i - 1
	if k >= 0 && indefinite[toks[k]] {
		k--
	}
	if k < 1 || toks[k] != "et" && toks[k] != "ou" {
		return false
	}
	return inUse(toks, k, 5)
}

var useVerbs = wordSet("utilise", "utilisons", "tient", "tiennent", "notent", "notons", "utilisent", "utilisez", "use", "using", "uses", "bosse", "bossons", "travaille", "travaillons",
	"marche", "fonctionne", "tourne", "works", "regarde", "regardent", "watch", "watches", "ecoute", "ecoutent", "listens")

// usedButLeaving reports a product in use with a reason to leave it after "mais": "on
// passe par Doodle… mais y a des pubs partout", "we use Slack but it got expensive" — a
// request in a chat about libre software, unlike "Teams a encore planté".
func usedButLeaving(toks []string) bool {
	i := slices.IndexFunc(toks, func(w string) bool { return w == "mais" || w == "but" })
	if i < 0 {
		return false
	}
	before, after := toks[:i], toks[i+1:]
	used := hasAny(before, useVerbs) || hasPhrase(before, throughPhrases)
	return used && (hasAny(after, leaveWords) || hasPhrase(after, leavePhrases))
}

var throughPhrases = phraseList("passe par", "passons par", "passent par", "on est sur", "nous sommes sur", "we are on", "we re on")

var leaveWords = wordSet("pub", "pubs", "publicite", "publicites", "payant", "payante", "cher", "chere", "chers", "abonnement",
	"perdent", "plante", "rame", "limite", "limitee", "rgpd", "ads", "expensive", "paid", "paywall", "tracking", "pistage",
	"refusent", "refuse", "refusons", "refuses") // "…mais plein de parents refusent d'y aller"

var leavePhrases = phraseList("aime pas", "pas top", "pas terrible", "pas pratique", "s y perd", "trop complique", "don t like",
	// Part of the team on another system: "…mais la moitié du bureau est sur PC".
	"est sur pc", "sont sur pc", "est sous windows", "sont sous windows", "est sous linux", "sont sous linux", "est sur mac", "sont sur mac")

// doneUnder reports a need named as what things are done with today: "tapés sous
// traitement de texte" — not "passer sous Linux", where it is the aim.
func doneUnder(toks []string, i int) bool {
	return i > 1 && toks[i-1] == "sous" && !switchedTo(toks, i)
}

// hostedOn reports a machine named as where the tools asked for will run: "en self-host
// sur un NAS", "from the NAS", "sur le raspi" — software for the machine itself is not
// what is asked, unless nothing else is.
func hostedOn(toks []string, m phraseMatch) bool {
	if !slices.ContainsFunc(toks[m.start:m.end], func(w string) bool { return hostMachines[w] }) {
		return false
	}
	k := m.start - 1
	if k > 0 && (definiteWords[toks[k]] || indefinite[toks[k]] || possessives[toks[k]]) {
		k--
	}
	return k >= 0 && hostedOnWords[toks[k]]
}

var (
	hostMachines  = wordSet("nas", "raspi", "raspberry", "rpi", "homelab")
	hostedOnWords = wordSet("sur", "on", "from", "depuis", "dans", "in")
)

// switchedTo reports a name the asker moves things to: "passer sous Linux", "passer ses
// postes publics sous Linux", "migrer les PC vers Debian".
func switchedTo(toks []string, i int) bool {
	if i < 2 || toks[i-1] != "sous" && toks[i-1] != "vers" && toks[i-1] != "to" {
		return false
	}
	return slices.ContainsFunc(toks[max(0, i-6):i-1], func(w string) bool { return switchVerbs[w] })
}

var switchVerbs = wordSet("passer", "passe", "passons", "migrer", "basculer", "bascule", "switch", "move")

// complainedOf reports a name followed by a complaint: "l'ENT est une usine à gaz",
// "l'ENT actuel est une horreur", "le planning rame": what the asker has and suffers.
func complainedOf(toks []string, end int) bool {
	i := end
	if i < len(toks) && currentWords[toks[i]] {
		i++
	}
	i = pastComplement(toks, i) // "l'ENT de la région est lent"
	if i < len(toks) && statusWords[toks[i]] || i+1 < len(toks) && (toks[i] == "marche" || toks[i] == "fonctionne") && toks[i+1] == "mal" {
		return true // "DeepSkyStacker marche mal chez nous"
	}
	if i+1 < len(toks) && (toks[i] == "c" || toks[i] == "ca" || toks[i] == "it") {
		i++ // "Moodle c'est trop lourd", "it's clunky"
	}
	if i+1 >= len(toks) || !judgeVerbs[toks[i]] {
		return false
	}
	return slices.ContainsFunc(toks[i+1:min(len(toks), i+5)], func(w string) bool { return complaintWords[w] })
}

// pastComplement skips "de la région", "du lycée", "of the school" after a name.
func pastComplement(toks []string, i int) int {
	j := i
	if j < len(toks) && (toks[j] == "de" || toks[j] == "du" || toks[j] == "des" || toks[j] == "of") {
		j++
		if j < len(toks) && definiteWords[toks[j]] {
			j++
		}
		if j+1 < len(toks) && judgeVerbs[toks[j+1]] {
			return j + 1
		}
	}
	return i
}

var currentWords = wordSet("actuel", "actuelle", "actuels", "actuelles", "current")

// judgeVerbs bring a judgement on what comes before: "Moodle c'est lourd", "Keycloak feels
// like overkill".
var judgeVerbs = wordSet("est", "is", "s", "feels", "seems", "looks", "semble", "parait")

var complaintWords = wordSet("overkill", "complicated", "complex", "horreur", "usine", "lourd", "lourde", "heavy", "bloated", "nul", "nulle", "pourri", "pourrie", "naze", "galere", "cata",
	"catastrophe", "lent", "lente", "complique", "compliquee", "penible", "bof", "horrible", "terrible", "enfer",
	"awful", "slow", "clunky", "nightmare", "mess")
