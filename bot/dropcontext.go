// SPDX-License-Identifier: AGPL-3.0-or-later

package bot

// Once something else is asked, the names that only set the scene give way, and some
// leads follow from the scene: a floor plan, a web map, a photo library, lodging.

import (
	"slices"

	"github.com/boussole-libre/boussole/knowledge"
)

// dropContext leaves out the names that only set the scene, once something else is
// asked: "une quinzaine de serveurs Debian… quelle supervision ?" (what the machines run),
// "les fichiers sur les PC de l'asso" (where), "les commandes se font par mail" (how, today),
// "…300 balles d'antivirus…, vous conseillez quelle distrib ?" (what "quel" asks outranks
// a need said in passing).
func (r *reading) dropContext() {
	r.dropHumanHealth()
	if r.askedCategory && !r.askedNeed {
		// "…300 balles d'antivirus…, quelle distrib ?": the needs of other kinds said in
		// passing go; "un vieil ordi… on met quoi dessus ?" keeps the system it asks for.
		r.keepNeedsOf(r.u.Categories[:min(1, len(r.u.Categories))])
		r.u.categoryAsked = len(r.u.Categories) > 0
	}
	r.dropSuffered()
	r.dropMapContent()
	r.lodgingBooking()
	r.photosShown()
	r.beginnersSystem()
	r.floorPlan()
	r.webMap()
	r.photoLibrary()
	r.dropMachineOnly()
	if len(r.u.Needs)+len(r.u.Categories)+len(r.u.Products) == 0 && startsFollowUp(r.toks) {
		// "et un qui marche sans base de données ? j'ai un raspi qui tourne déjà Pi-hole": a
		// follow-up asks about the last answer, not about what the asker runs.
		r.u.Tools = slices.DeleteFunc(r.u.Tools, func(id string) bool {
			return slices.ContainsFunc(r.matches, func(m phraseMatch) bool { return m.hit.ID == id && inUse(r.fixed, m.start, 3) })
		})
	}
	if len(r.u.Needs)+len(r.u.Categories)+len(r.u.Products) > 0 {
		inUse := r.toolsInUse()
		scene := append(slices.Clone(inUse), r.deviceTools...)
		r.u.Tools = slices.DeleteFunc(r.u.Tools, func(id string) bool { return slices.Contains(scene, id) && !r.servicedTool(id) })
		// "on garde Thunderbird pour les mails… l'agenda d'Outlook ?": what they keep is
		// not the answer, even as one of Outlook's alternatives.
		r.u.avoid = append(r.u.avoid, inUse...)
	}
	scene := append(slices.Clone(r.deviceCats), r.audienceCats()...)
	if len(r.u.Needs)+len(r.u.Products)+len(r.u.Tools) > 0 || slices.ContainsFunc(r.u.Categories, func(id string) bool { return !slices.Contains(scene, id) }) ||
		startsFollowUp(r.toks) { // "et un truc qui marche dans le navigateur ?": the last answer, on the web
		r.u.Categories = slices.DeleteFunc(r.u.Categories, func(id string) bool { return slices.Contains(scene, id) })
	}
}

// servicedTool reports a tool named right after a service verb: "installer un serveur
// YunoHost avec un site" asks for someone to install YunoHost, whatever it will run.
func (r *reading) servicedTool(id string) bool {
	return slices.ContainsFunc(r.matches, func(m phraseMatch) bool {
		if m.hit.ID != id || m.hit.Kind != knowledge.HitTool {
			return false
		}
		for k := m.start - 1; k >= 0 && k >= m.start-3; k-- {
			if serviceInfinitives[r.fixed[k]] {
				return true
			}
		}
		return false
	})
}

// serviceInfinitives ask for work to be done; "installé", "installe" tell it was.
var serviceInfinitives = wordSet("installer", "install", "heberger", "host", "deployer", "deploy", "maintenir", "maintain",
	"migrer", "migrate", "configurer", "configure", "setup")

// photosShown reads photos to show the family, or to file in a gallery, as a shared photo
// library, not photo editing: "un truc pour mettre les photos des petits-enfants et que
// toute la famille puisse les regarder", "un espace où déposer leurs photos et les classer".
func (r *reading) photosShown() {
	shown := hasAny(r.fixed, familyWords) && hasAny(r.fixed, showWords) || hasAny(r.fixed, keepWords)
	if len(r.u.Needs)+len(r.u.Products)+len(r.u.Tools) > 0 || !slices.Equal(r.u.Categories, []string{"photo"}) || !shown || hasAny(r.fixed, editWords) ||
		hasAny(r.fixed, printWords) { // "un album photo à imprimer" is laid out, not shared
		return
	}
	r.u.Needs = append(r.u.Needs, "immich", "piwigo")
	r.u.needOrder = append(r.u.needOrder, 0, 0)
	r.u.NeedWords = appendNew(r.u.NeedWords, Tr(r.u.Lang, "photos de famille", "family photos"))
}

var (
	familyWords = wordSet("famille", "familles", "family", "families", "enfants", "petits", "parents", "grands", "mamie", "papy", "proches")
	showWords   = wordSet("regarder", "voir", "montrer", "partager", "share", "see", "view", "show", "recevoir", "mettre")
	printWords  = wordSet("imprimer", "impression", "imprime", "print", "printed")
	// keepWords put photos where others find them: "un espace où déposer leurs photos et
	// les classer", "une galerie propre", "des albums partagés".
	keepWords = wordSet("deposer", "deposent", "classer", "ranger", "galerie", "album", "albums", "partages", "partagees", "gallery")
	editWords = wordSet("retouche", "retoucher", "retouches", "raw", "recadrer", "developper", "edit", "editing", "editor", "filtres", "montage")
)

// beginnersSystem reads a system asked for beginners as the one made for them: "quel
// système pour l'ordi de grand-mère, simple" leads with Linux Mint, not Debian.
func (r *reading) beginnersSystem() {
	if len(r.u.Needs)+len(r.u.Products)+len(r.u.Tools) > 0 || len(r.u.Categories) == 0 || r.u.Categories[0] != "systeme" ||
		!hasAny(r.fixed, beginnerWords) || hasAny(r.fixed, homeServerWords) || hasAny(r.fixed, providerWords) || r.u.Service != "" {
		return
	}
	r.u.Needs = append(r.u.Needs, "linux-mint")
	r.u.needOrder = append(r.u.needOrder, 0)
}

var (
	beginnerWords = wordSet("debutant", "debutants", "debutante", "grand", "mere", "mamie", "papy", "parents", "retraite", "retraites",
		"simple", "ressemble", "perturber", "beginner", "beginners", "grandma", "grandpa", "elderly", "senior", "seniors")
	homeServerWords = wordSet("serveur", "server", "nas", "homelab", "selfhost")
)

// floorPlan reads "le plan de la boutique", "dessiner le plan du labo", "un plan des
// boxes du refuge" as a floor plan to draw, not a map: the plan of a room or a building.
func (r *reading) floorPlan() {
	if len(r.u.Products)+len(r.u.Tools) > 0 || hasAny(r.fixed, notFloorWords) {
		return // "…avec l'emplacement sur une carte", "un plan de salle numéroté… les places"
	}
	at := -1
	for i := range r.fixed {
		if r.fixed[i] == "plan" && floorOf(r.fixed, i+1) && !(i > 0 && r.fixed[i-1] == "to") { // "software to plan kitchen menus": the verb
			at = i
			break
		}
	}
	if at < 0 || !r.leadNeed(floorPlanTool) {
		return
	}
	if !slices.ContainsFunc(r.matches, func(m phraseMatch) bool {
		return m.hit.Kind == knowledge.HitCategory && m.hit.ID == "cartographie" && (m.start > at || m.end <= at)
	}) {
		r.u.Categories = slices.DeleteFunc(r.u.Categories, func(c string) bool { return c == "cartographie" })
	}
}

// leadNeed puts the tool first among the needs, as if its need had been named first; it
// reports false when the KB lacks the tool or already has it among the needs.
func (r *reading) leadNeed(id string) bool {
	if _, ok := r.kb.Tool(id); !ok || slices.Contains(r.u.Needs, id) {
		return false
	}
	r.u.Needs = slices.Insert(r.u.Needs, 0, id)
	r.u.needOrder = slices.Insert(r.u.needOrder, 0, -1)
	return true
}

// webMap reads a map to show people, on a website or online, as one to make with a web
// map maker, not a desktop GIS: "une carte des arrêts du pédibus pour les familles", "un
// service de cartes libre pour montrer nos projets sur le site".
func (r *reading) webMap() {
	if len(r.u.Needs)+len(r.u.Products)+len(r.u.Tools) > 0 || len(r.u.Categories) == 0 || r.u.Categories[0] != "cartographie" ||
		!hasAny(r.fixed, webMapWords) || !hasAny(r.fixed, shownWords) || hasAny(r.fixed, gisWords) {
		return
	}
	r.leadNeed(webMapTool)
}

const webMapTool = "umap"

var (
	webMapWords = wordSet("carte", "cartes", "map", "maps", "cartographie", "carto")
	shownWords  = wordSet("site", "website", "ligne", "online", "publique", "public", "cliquable", "clickable", "habitants", "familles",
		"visiteurs", "montrer", "afficher", "partager", "publier", "embed", "integrer", "show", "share", "interactive")
	gisWords = wordSet("sig", "gis", "qgis", "couches", "layers", "shapefile", "cadastre", "analyse", "analyses", "raster", "geotiff",
		"postgis", "calculer", "pentes", "relief", "hors", "offline", "gps", "rando", "randonnee", "hiking", "itineraire", "navigation", "trajet", "trajets", "tournee")
)

// photoLibrary reads photos to sort, archive or keep as a library to manage, not to
// retouch: "comment archiver toutes les photos du jardin depuis 2012 ?", "les ranger et
// faire des albums" — digiKam before GIMP.
func (r *reading) photoLibrary() {
	if !r.u.Question || len(r.u.Products)+len(r.u.Tools)+len(r.u.Needs) > 0 || len(r.u.Categories) == 0 || r.u.Categories[0] != "photo" ||
		!hasAny(r.fixed, sortWords) || hasAny(r.fixed, retouchWords) {
		return
	}
	r.leadNeed(photoLibraryTool)
}

const photoLibraryTool = "digikam"

var (
	sortWords    = wordSet("archiver", "ranger", "trier", "classer", "organiser", "indexer", "sort", "organize", "organise", "tag", "tagger")
	retouchWords = wordSet("retoucher", "retouche", "modifier", "editer", "recadrer", "corriger", "filtre", "filtres", "montage", "edit", "retouch", "crop")
)

// floorPlanTool draws floor plans; floorNouns are what one draws the plan of;
// notFloorWords make the plan a map or a seating chart.
var notFloorWords = wordSet("carte", "cartes", "map", "maps", "gps", "numerote", "numerotee", "places", "sieges", "siege", "billets", "billetterie")

const floorPlanTool = "sweet-home-3d"

var floorNouns = wordSet("boutique", "magasin", "labo", "laboratoire", "clinique", "cabinet", "salle", "salles", "local", "locaux",
	"atelier", "bureau", "bureaux", "maison", "appartement", "cuisine", "bar", "restaurant", "resto", "boxes", "enclos",
	"chenil", "refuge", "batiment", "batiments", "etage", "piece", "pieces", "garage", "hangar", "entrepot", "magasins", "shop", "room",
	"rooms", "office", "kitchen", "building", "ecurie", "ecuries", "classe", "gite", "cave", "chai", "future", "nouvelle", "nouveau")

// floorOf reports a floor noun right after "plan": "de la boutique", "du labo", "des
// boxes", "of the shop".
func floorOf(toks []string, j int) bool {
	if j < len(toks) && (toks[j] == "de" || toks[j] == "du" || toks[j] == "des" || toks[j] == "d" || toks[j] == "of") {
		j++
	}
	for j < len(toks) && (definiteWords[toks[j]] || possessives[toks[j]] || toks[j] == "notre" || toks[j] == "the") {
		j++
	}
	return j < len(toks) && floorNouns[toks[j]]
}

// lodgingBooking reads a booking asked by a gîte, a B&B or a hotel as room bookings, not
// appointments: "we run a gîte near Sarlat, any free booking software?".
func (r *reading) lodgingBooking() {
	if !hasAny(r.toks, lodgingWords) || !slices.ContainsFunc(r.u.Needs, func(id string) bool { return appointmentTools[id] }) {
		return
	}
	k := slices.IndexFunc(r.u.Needs, func(id string) bool { return appointmentTools[id] })
	order := r.u.needOrder[k]
	r.dropNeeds(func(id string) bool { return appointmentTools[id] || id == "hoteldruid" })
	r.u.Needs = slices.Insert(r.u.Needs, 0, "hoteldruid")
	r.u.needOrder = slices.Insert(r.u.needOrder, 0, order)
}

var (
	lodgingWords     = wordSet("gite", "gites", "hotel", "hotels", "b&b", "bnb", "guesthouse", "hostel", "auberge", "camping", "chambres")
	appointmentTools = map[string]bool{"cal-com": true, "easy-appointments": true}
)

// dropMapContent leaves out the needs named as what a map shows: "une carte des lieux de
// réparation et de réemploi" asks for a map, not for a ressourcerie's software.
func (r *reading) dropMapContent() {
	clauses := r.clauses()
	var content []string
	for _, m := range r.matches {
		if m.hit.ID != "cartographie" || !mapWords[r.fixed[m.end-1]] || m.end >= len(r.fixed) || !ofWords[r.fixed[m.end]] {
			continue
		}
		for _, n := range r.matches {
			if n.hit.Kind == knowledge.HitNeed && n.start > m.end && n.start <= m.end+6 && !clauseBetween(clauses, m.end, n.start) {
				content = append(content, n.hit.ID)
			}
		}
	}
	if len(content) > 0 {
		r.dropNeeds(func(id string) bool { return slices.Contains(content, id) })
	}
}

// mapWords name a map itself — not "le plan du cimetière", the thing to manage.
var mapWords = wordSet("carte", "cartes", "map", "maps")

// ofWords open a noun's complement: "une carte des producteurs", "a map of repair cafés".
var ofWords = wordSet("de", "des", "du", "d", "of")

// clauseBetween reports a clause opening after from, up to and including to.
func clauseBetween(clauses map[int]bool, from, to int) bool {
	for k := from + 1; k <= to; k++ {
		if clauses[k] {
			return true
		}
	}
	return false
}

// dropHumanHealth leaves out the software for human patients when the patients are animals
// or the practice is another trade's: "software to run a vet clinic? patient records (the
// patients are dogs)", "gestion de cabinet d'avocats" — an honest "je ne connais pas"
// beats OpenEMR.
func (r *reading) dropHumanHealth() {
	if !hasAny(r.fixed, vetWords) {
		return
	}
	r.dropNeeds(func(id string) bool {
		t, ok := r.kb.Tool(id)
		return ok && slices.Contains(t.Categories, "sante")
	})
	r.u.Categories = slices.DeleteFunc(r.u.Categories, func(c string) bool { return c == "sante" })
}

var vetWords = wordSet("vet", "vets", "veterinaire", "veterinaires", "veterinary", "veto", "vetos", "veterinarian",
	// A practice of another trade: "gestion de cabinet d'avocats" is no medical practice.
	"avocat", "avocats", "notaire", "notaires", "architecte", "architectes", "huissier", "huissiers", "lawyer", "lawyers",
	"comptable", "comptables", "geometre", "geometres", "law", "accounting", "accountants", "accountant", "notarial")

// audienceCats returns the categories named only by whom the tool is for: "l'asso des
// parents d'élèves… tenir une compta" asks for accounting, not for school software.
func (r *reading) audienceCats() []string {
	var only, other []string
	for _, m := range r.matches {
		if m.hit.Kind != knowledge.HitCategory {
			continue
		}
		if m.end-m.start == 1 && audienceWords[r.toks[m.start]] {
			only = appendNew(only, m.hit.ID)
		} else {
			other = appendNew(other, m.hit.ID)
		}
	}
	return slices.DeleteFunc(only, func(id string) bool { return slices.Contains(other, id) })
}

var audienceWords = wordSet("eleves", "eleve", "ecole", "ecoles", "school", "schools", "profs", "professeurs", "enseignants", "parents", "students", "pupils", "teachers",
	"membres", "benevoles", "adherents", "members", "volunteers", "classe", "classes")

// keepNeedsOf keeps only the needs answered by a tool of one of the categories.
func (r *reading) keepNeedsOf(categories []string) {
	r.dropNeeds(func(id string) bool {
		t, ok := r.kb.Tool(id)
		return !ok || !slices.ContainsFunc(t.Categories, func(c string) bool { return slices.Contains(categories, c) })
	})
	if len(r.u.Needs) == 0 {
		r.u.NeedWords = nil
	}
}

// dropSuffered leaves out the needs the asker complains of having ("l'ENT est une usine à
// gaz… un espace de stockage en ligne ?") when anything else is asked; they are never the
// answer, even through a category's list.
func (r *reading) dropSuffered() {
	hurts := func(c string) bool { return slices.Contains(r.sufferedCats, c) }
	if slices.ContainsFunc(r.u.Needs, func(id string) bool { return !slices.Contains(r.suffered, id) }) ||
		slices.ContainsFunc(r.u.Categories, func(c string) bool { return !hurts(c) }) {
		r.u.Categories = slices.DeleteFunc(r.u.Categories, hurts) // "un forum… les salons de chat c'est nul"
		r.u.categoryAsked = r.u.categoryAsked && len(r.u.Categories) > 0
	}
	if len(r.u.Categories) == 0 && !slices.ContainsFunc(r.u.Needs, func(id string) bool { return !slices.Contains(r.suffered, id) }) {
		return
	}
	r.dropNeeds(func(id string) bool {
		suffered := slices.Contains(r.suffered, id)
		if suffered {
			r.u.avoid = append(r.u.avoid, id)
		}
		return suffered
	})
}

// dropNeeds removes the needs drop reports, with their rank.
func (r *reading) dropNeeds(drop func(id string) bool) {
	for k := len(r.u.Needs) - 1; k >= 0; k-- {
		if drop(r.u.Needs[k]) {
			r.u.Needs = slices.Delete(r.u.Needs, k, k+1)
			r.u.needOrder = slices.Delete(r.u.needOrder, k, k+1)
		}
	}
}
