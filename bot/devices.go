// SPDX-License-Identifier: AGPL-3.0-or-later

package bot

// Devices: where the asker wants the tools to run ("et sur iPhone ?", "une appli pour mon
// téléphone"), matched against the platforms the KB knows for each tool.

import (
	"slices"
	"strings"

	"github.com/boussole-libre/boussole/knowledge"
)

// mobile stands for "a phone or a tablet" when the system is not named: Android or iOS.
const mobile = "mobile"

// platformOf maps the products that are systems to the KB's platform names; ChromeOS is a
// system with no platform of its own in the KB.
var platformOf = map[string]string{"android": "android", "ios": "ios", "macos": "macos", "windows": "windows", "chromeos": ""}

// mobileNouns name a phone or a tablet; mobileLeads are the words that make one the
// device something should run on ("sur mon téléphone", "an app for my phone", "appli
// mobile") rather than a subject ("le téléphone de l'accueil sonne").
var (
	mobileNouns = wordSet("smartphone", "smartphones", "telephone", "telephones", "tel", "phone", "phones",
		"tablette", "tablettes", "tablet", "tablets", "mobile", "iphone", "ipad")
	mobileLeads = wordSet("sur", "on", "pour", "for", "mon", "ma", "mes", "my", "son", "sa", "ses", "his", "her",
		"leur", "leurs", "their", "our", "nos", "notre", "appli", "app", "application", "applis", "apps", "une", "un", "a")
)

// devicesWanted are the platforms the asker's tools should run on: the systems named as
// such ("sur Android", "on my Mac") and not asked to be replaced, else a phone or a tablet.
func (r *reading) devicesWanted() []string {
	// "sous Windows 10… je passe à quoi ?": the system to replace is no device wanted.
	kept := slices.DeleteFunc(slices.Clone(r.platforms), func(id string) bool { return slices.Contains(r.u.Products, id) })
	linux := r.linuxWanted()
	if linux && !slices.ContainsFunc(kept, r.placedOn) {
		return []string{"linux"} // "iTunes sur linux ?? … un vieil ipod": the iPod is owned, Linux is where it runs
	}
	if out := platformsNamed(kept); len(out) > 0 {
		return out
	}
	if linux {
		return []string{"linux"} // "fill PDF forms on Linux": desktop apps for Linux first
	}
	if hasPhrase(r.fixed, webWantedPhrases) || onOurSite(r.fixed) {
		return []string{"web"} // "c'est possible de l'avoir en ligne pour que le président regarde ?"
	}
	i := firstMobile(r.fixed)
	if i < 0 {
		return r.desktopOwned()
	}
	out := []string{mobile}
	if appleDevices[r.fixed[i]] {
		out = []string{"ios"} // "pour mon iPhone": no Android-only app
	}
	for k, w := range r.fixed {
		if desktopNouns[w] && k > 0 && mobileLeads[r.fixed[k-1]] {
			return append(out, desktop) // "sur tel et sur pc": either will do
		}
	}
	return out
}

// placedOn reports a platform named as where something runs: "sur mon iPhone".
func (r *reading) placedOn(id string) bool {
	return slices.ContainsFunc(r.matches, func(m phraseMatch) bool { return m.hit.ID == id && platformContext(r.fixed, m.start) })
}

// desktopOwned is the computer named as the asker's or a relative's when a system is
// asked and no phone is named: "ma mère a du mal avec son ordi… un système avec des gros boutons" wants what
// runs on a computer, not a phone launcher.
func (r *reading) desktopOwned() []string {
	if len(r.u.Products) > 0 || !slices.Contains(r.u.Categories, "systeme") {
		return nil // only a system is asked for the machine itself
	}
	for k, w := range r.fixed {
		if desktopNouns[w] && w != "mac" && k > 0 && (possessives[r.fixed[k-1]] || otherPossessives[r.fixed[k-1]]) {
			return []string{desktop}
		}
	}
	return nil
}

// linuxWanted reports Linux named as the system the tools should run on: "on Linux",
// "sous Ubuntu" — Linux is a category and distributions are tools, not products.
func (r *reading) linuxWanted() bool {
	return slices.ContainsFunc(r.matches, func(m phraseMatch) bool {
		from := m.start > 0 && r.fixed[m.start-1] == "depuis" // "qui marche aussi depuis Linux"
		return m.end-m.start == 1 && linuxWords[r.fixed[m.start]] && (platformContext(r.fixed, m.start) || from) && !cueRightBefore(r.fixed, m.start)
	})
}

var linuxWords = wordSet("linux", "ubuntu", "debian", "fedora", "mint", "kubuntu", "xubuntu", "manjaro")

// webWantedPhrases ask for a web app any browser opens.
var webWantedPhrases = phraseList("l avoir en ligne", "la version en ligne", "une version en ligne", "accessible en ligne",
	"dans le navigateur", "dans un navigateur", "depuis le navigateur", "depuis un navigateur", "in the browser", "in a browser",
	"from a browser", "web version", "online version", "accessible online", "sans rien installer", "without installing anything")

// inTheBrowser reports the browser named as where the thing asked runs: "un truc qui
// marche direct dans le navigateur" asks for a web app, not for a browser.
func inTheBrowser(toks []string, m phraseMatch) bool {
	if m.hit.ID != "navigateur" || m.start < 2 || !definiteWords[toks[m.start-1]] && !indefinite[toks[m.start-1]] ||
		toks[m.start-2] != "dans" && toks[m.start-2] != "in" && toks[m.start-2] != "depuis" {
		return false
	}
	return hasAny(toks[max(0, m.start-5):m.start-2], runVerbs)
}

var runVerbs = wordSet("marche", "marchent", "fonctionne", "fonctionnent", "tourne", "tournent", "works", "runs", "run", "work", "direct", "directement")

// onOurSite reports something to be put on the asker's website: "un service de cartes…
// pour mettre sur le site de la mairie" wants what a web page can show (uMap), not a
// phone app. A bare "sur le site" needs a verb of putting: it may be a place ("sur le
// site de production").
func onOurSite(toks []string) bool {
	if hasPhrase(toks, ourSitePhrases) {
		return true
	}
	// "monter des vidéos à mettre sur le site": media edited on a computer, then put online.
	return hasPhrase(toks, onTheSitePhrases) && hasAny(toks, putVerbs) && !hasAny(toks, editingVerbs) && !hasPhrase(toks, beforePutting)
}

// editingVerbs prepare media on a computer before it goes online: "compresser les images…".
var editingVerbs = wordSet("monter", "montage", "retoucher", "retouche", "mixer", "enregistrer", "filmer", "tourner", "compresser",
	"redimensionner", "optimiser", "convertir", "alleger", "compress", "resize", "convert")

// beforePutting say the work comes before the upload: "… avant de les mettre sur le site".
var beforePutting = phraseList("avant de", "avant d", "before")

var (
	ourSitePhrases = phraseList("sur notre site", "sur mon site", "sur son site", "sur leur site", "sur le site web", "sur le site internet",
		"dans notre site", "dans le site web", "on our website", "on my website", "on the website", "into our website", "to our website",
		"embed on our site", "on our site", "dans nos articles", "dans un article", "dans l article", "dans nos pages", "on our page")
	onTheSitePhrases = phraseList("sur le site")
	putVerbs         = wordSet("mettre", "mettrait", "mets", "met", "mettons", "afficher", "integrer", "ajouter", "publier", "poster", "inserer",
		"charger", "uploader", "embed", "put", "show", "post", "upload")
)

// appleDevices name an iPhone or an iPad: iOS is where things should run, not a system to
// leave.
var appleDevices = wordSet("iphone", "ipad", "iphones", "ipads")

// desktop stands for a computer of any system: "sur tel et sur pc".
const desktop = "desktop"

var desktopNouns = wordSet("pc", "ordi", "ordinateur", "computer", "laptop", "mac")

// firstMobile returns where the first phone or tablet is named as a device, or -1.
func firstMobile(toks []string) int {
	for i := range toks {
		if mobileAt(toks, i) {
			return i
		}
	}
	return -1
}

// captureVerbs record with a device: what is filmed or photographed with a phone.
var captureVerbs = wordSet("filme", "filmons", "filment", "filmer", "filmees", "filmes", "photographie", "photographier",
	"enregistre", "enregistrons", "prend", "prenons", "prises", "film", "filmed", "shoot", "shot", "record", "recorded")

// capturedWith reports a device named as what something is filmed or photographed with.
func capturedWith(toks []string, i int) bool {
	return i > 2 && (indefinite[toks[i-1]] || possessives[toks[i-1]]) && (toks[i-2] == "avec" || toks[i-2] == "with") && captureVerbs[toks[i-3]]
}

// mobileAt reports a phone or a tablet named at i as where something should run: "sur
// mon téléphone", "une appli mobile" — not "un tel outil", "une tablette graphique".
func mobileAt(toks []string, i int) bool {
	w := toks[i]
	if i == 0 || !mobileNouns[w] {
		return false
	}
	prev := toks[i-1]
	if i > 1 && possessives[prev] && sourceWords[toks[i-2]] {
		return false // "the videos from my phone": where they come from, not where to work
	}
	if capturedWith(toks, i) {
		return false // "on les filme avec un téléphone": the camera, not where the tool runs
	}
	if i > 1 && (prev == "le" || prev == "la" || prev == "the") && toolWays[toks[i-2]] {
		return true // "scanner des docs avec le tel", "on the phone"
	}
	if i+1 < len(toks) && (toks[i+1] == "graphique" || toks[i+1] == "graphiques" || toks[i+1] == "wacom") {
		return false // "une tablette graphique" is for drawing, not a device to install on
	}
	switch w {
	case "mobile":
		return appWords[prev] && !madeApp(toks, i-1) || prev == "sur" || prev == "on"
	case "tel":
		return prev == "mon" || prev == "sur" || prev == "ton"
	}
	return mobileLeads[prev]
}

// madeApp reports an app the asker makes, not one to install: "les maquettes d'une appli
// mobile", "développer une application mobile", "design a mobile app".
func madeApp(toks []string, i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if makeWords[toks[j]] {
			return true
		}
	}
	return false
}

var makeWords = wordSet("maquette", "maquettes", "maquetter", "prototype", "prototyper", "prototypes", "creer", "faire",
	"developper", "developpe", "developpons", "coder", "programmer", "concevoir", "design", "designer", "build", "building",
	"develop", "developing", "mockup", "mockups", "mock", "wireframe", "wireframes", "make", "making")

// sourceWords say where something comes from: "les photos de mon téléphone".
var sourceWords = wordSet("from", "de", "du", "depuis", "off")

// toolWays say a device is what the job is done with: "avec le téléphone", "sur la tablette".
var toolWays = wordSet("avec", "sur", "with", "on", "via")

// appWords name an app: "appli mobile", "application mobile".
var appWords = wordSet("appli", "application", "app", "applis", "applications", "apps")

// runsOn reports whether a tool's own apps run on one of the platforms wanted.
func runsOn(platforms, wanted []string) bool {
	return slices.ContainsFunc(wanted, func(w string) bool {
		switch w {
		case mobile:
			return slices.Contains(platforms, "android") || slices.Contains(platforms, "ios")
		case desktop:
			return slices.Contains(platforms, "windows") || slices.Contains(platforms, "macos") || slices.Contains(platforms, "linux")
		}
		return slices.Contains(platforms, w)
	})
}

// fit is how a tool suits the devices asked for.
type fit int

const (
	fitUnknown fit = iota // the KB does not list its platforms
	fitNative             // it has an app there
	fitWeb                // a web app any browser opens
	fitNone               // it is known to have no app there
)

func fitOn(kb *knowledge.KB, id string, wanted []string) fit {
	t, ok := kb.Tool(id)
	switch {
	case !ok || len(t.Platforms) == 0:
		return fitUnknown
	case runsOn(t.Platforms, wanted):
		return fitNative
	case slices.Contains(t.Platforms, "web"):
		return fitWeb
	}
	return fitNone
}

// onDevices puts first, among the tools found, those with an app where the asker wants
// it ("et sur iPhone ?": OnlyOffice before LibreOffice), then web apps any browser opens;
// a tool known to have no app there comes last. A tool whose platforms the KB does not
// list keeps its place.
// A precise need keeps its tools: its category's other tools do another job ("livestream
// from a phone" is no call for a video stabiliser), so they are brought in only when
// the question named a broad job (sameJob).
func (s toolScores) onDevices(kb *knowledge.KB, wanted []string, sameJob bool) {
	fits, top := false, s.top()
	for id, v := range s.score {
		switch fitOn(kb, id, wanted) {
		case fitNative:
			fits = true
			s.score[id] = v + deviceBonus
		case fitWeb:
			s.score[id] = v + deviceBonus/4
		case fitNone:
			s.score[id] = v - deviceMalus
		}
	}
	if t, ok := kb.Tool(top); ok && len(t.Platforms) > 0 && len(t.Categories) > 0 && !fits && sameJob {
		s.sameJobThere(kb, t, wanted) // the best answer is known not to run there
	}
}

// top is the best-scored tool (the first by id on a tie).
func (s toolScores) top() string {
	best, bestV := "", -1.0
	for id, v := range s.score {
		if v > bestV || v == bestV && id < best {
			best, bestV = id, v
		}
	}
	return best
}

// sameJobThere brings in, when none of the tools found has an app where the asker wants
// it, the tools made for the same job that do: "lire mes ebooks sur Android" finds
// Calibre, then KOReader. A tool with needs of its own must share one with the best
// answer: a video stabiliser on the phone is no video editor.
func (s toolScores) sameJobThere(kb *knowledge.KB, top *knowledge.Tool, wanted []string) {
	best := 0.0
	for _, v := range s.score {
		best = max(best, v)
	}
	for _, t := range kb.Tools {
		if len(t.Categories) > 0 && t.Categories[0] == top.Categories[0] && runsOn(t.Platforms, wanted) && sharesNeed(top, t) {
			s.add(t.ID, best+0.01*float64(t.Popularity), "")
		}
	}
}

// sharesNeed reports two tools that answer a same need, or a tool with no need written.
func sharesNeed(a, b *knowledge.Tool) bool {
	return len(a.Needs) == 0 || len(b.Needs) == 0 || slices.ContainsFunc(b.Needs, func(n string) bool { return slices.Contains(a.Needs, n) })
}

// deviceBonus lifts a tool with an app on the device asked above the product's first
// alternative (0.95 - 0.1 per rank); deviceMalus puts one without below every list.
const (
	deviceBonus = 0.25
	deviceMalus = 0.6
)

// deviceNote says, for the tools shown, which have an app on the device asked, which are
// used in the browser and which have none: the asker should not find out after installing.
func deviceNote(kb *knowledge.KB, lang Lang, tools []ToolItem, wanted []string) string {
	var native, web, none []string
	for _, it := range tools {
		switch fitOn(kb, it.ID, wanted) {
		case fitNative:
			native = append(native, it.Name)
		case fitWeb:
			web = append(web, it.Name)
		case fitNone:
			none = append(none, it.Name)
		}
	}
	where := deviceNames(lang, wanted)
	var parts []string
	if len(native) > 0 {
		parts = append(parts, Tr(lang, "Application pour "+where+" : ", "App for "+where+": ")+strings.Join(native, ", ")+".")
	}
	if len(web) > 0 {
		parts = append(parts, Tr(lang, "Dans le navigateur : ", "In the browser: ")+strings.Join(web, ", ")+".")
	}
	if len(none) > 0 {
		parts = append(parts, Tr(lang, "Pas d'application pour "+where+" : ", "No app for "+where+": ")+strings.Join(none, ", ")+".")
	}
	return strings.Join(parts, " ")
}

// deviceNames names the platforms for a reader: "iOS (iPhone, iPad)", "un téléphone ou
// une tablette".
func deviceNames(lang Lang, wanted []string) string {
	out := make([]string, 0, len(wanted))
	for _, w := range wanted {
		out = append(out, platformLabel(lang, w))
	}
	return strings.Join(out, Tr(lang, " ou ", " or "))
}

func platformLabel(lang Lang, p string) string {
	switch p {
	case mobile:
		return Tr(lang, "téléphone ou tablette", "phone or tablet")
	case desktop:
		return Tr(lang, "ordinateur", "computer")
	case "ios":
		return "iOS (iPhone, iPad)"
	case "macos":
		return "macOS"
	case "web":
		return Tr(lang, "navigateur web", "web browser")
	}
	return strings.ToUpper(p[:1]) + p[1:]
}

// platformsFact lists where a tool's apps run, for its card.
func platformsFact(lang Lang, t *knowledge.Tool) string {
	if len(t.Platforms) == 0 {
		return ""
	}
	out := make([]string, 0, len(t.Platforms))
	for _, p := range t.Platforms {
		out = append(out, platformLabel(lang, p))
	}
	return Tr(lang, "Applications : ", "Apps: ") + strings.Join(out, ", ") + "."
}
