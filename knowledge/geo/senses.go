// SPDX-License-Identifier: AGPL-3.0-or-later

package geo

// Senses of a place name that are not the place: a colour, a product or a wine named after
// its land, a historic act, a street, a saying, a trip, a style — and the one reading that
// is a département whatever the word means ("une petite mairie du Var").

import (
	"slices"
	"strings"
)

// colours are the words that, next to a place name, make it a colour too: "un logo
// bordeaux et blanc", "bordeaux foncé", "couleur bordeaux".
var colours = map[string]bool{
	"blanc": true, "blanche": true, "noir": true, "noire": true, "rouge": true, "bleu": true,
	"bleue": true, "vert": true, "verte": true, "jaune": true, "gris": true, "grise": true,
	"rose": true, "violet": true, "beige": true, "dore": true, "doree": true, "argent": true,
	"fonce": true, "foncee": true, "clair": true, "claire": true, "or": true,
}

// colourContext reports whether the word at i is named as a colour: joined by "et" to a
// colour, followed by a shade, or after "couleur"/"teinte".
func colourContext(toks []string, i int) bool {
	switch {
	case i+1 < len(toks) && colours[toks[i+1]] && toks[i+1] != "rose" && toks[i+1] != "or":
		return true
	case i+2 < len(toks) && toks[i+1] == "et" && colours[toks[i+2]]:
		return true
	case i >= 2 && toks[i-1] == "et" && colours[toks[i-2]]:
		return true
	case i >= 1 && (toks[i-1] == "couleur" || toks[i-1] == "teinte" || toks[i-1] == "couleurs"):
		return true
	case i >= 1 && colourPlaces[toks[i]] && dressed[toks[i-1]]:
		return true // "une robe bordeaux", "des serviettes champagne"
	}
	return false
}

// colourPlaces are place names that are also colours; dressed are the things such a
// colour is said of right after them.
var (
	colourPlaces = map[string]bool{"bordeaux": true, "champagne": true}
	dressed      = map[string]bool{"robe": true, "robes": true, "veste": true, "pull": true, "cravate": true, "cravates": true, "nappe": true,
		"nappes": true, "serviettes": true, "rideaux": true, "costume": true, "costumes": true, "chemise": true, "jupe": true, "sac": true,
		"chaussures": true, "ruban": true, "rubans": true, "fleurs": true, "dress": true, "tie": true, "ribbon": true}
)

// produceContext reports a name sold, made or eaten: "je vends du Cantal", "on boit du
// Bordeaux", "deux tablettes de Côte d'Or" name cheeses, drinks and chocolate.
func produceContext(toks []string, i int) bool {
	if i > 0 && brandedGoods[toks[i-1]] {
		return true // "des pastilles Vichy", "l'eau Evian": the brand
	}
	if i < 2 || toks[i-1] != "du" && toks[i-1] != "de" && toks[i-1] != "d" && toks[i-1] != "of" {
		return false
	}
	if produceVerbs[toks[i-2]] || produceNouns[toks[i-2]] || historyNouns[toks[i-2]] || wineNames[toks[i]] && stockNouns[toks[i-2]] {
		return true // "40 caisses de calvados", "l'arrivage de champagne"
	}
	// "on vend du Cognac et du Calvados": the second of a list of products.
	return i >= 5 && (toks[i-2] == "et" || toks[i-2] == "ou") && produceContext(toks, i-3)
}

// wineContext reports a wine or a spirit named after its land in a message about drinks:
// "500 bouteilles, Bordeaux surtout" is a cellar, "le Cognac est en rupture" a stock.
// After "en" it is the land: "une cave coop en Alsace" (the wine is "d'Alsace").
func wineContext(toks []string, i int) bool {
	if !wineNames[toks[i]] || i > 0 && toks[i-1] == "en" {
		return false
	}
	for _, t := range toks {
		if wineWords[t] {
			return true
		}
	}
	return false
}

// theWine reports Champagne said with the wine's masculine article or beside another
// drink: "le champagne pour le gala", "du champagne", "Cognac et Champagne" — the province
// is "la Champagne", "en Champagne", "de Champagne".
func theWine(toks []string, i int) bool {
	if toks[i] != "champagne" || i == 0 {
		return false
	}
	if toks[i-1] == "et" || toks[i-1] == "and" {
		return i > 1 && wineNames[toks[i-2]] // "Cognac et Champagne", not "Lorraine et Champagne"
	}
	return wineArticles[toks[i-1]]
}

// drinkVessel reports a drink named after its land as what a glass or a bar is for: "des
// verres à cognac", "un bar à champagne" — even after "à", no place.
func drinkVessel(toks []string, i int) bool {
	return wineNames[toks[i]] && i > 1 && toks[i-1] == "a" && vesselNouns[toks[i-2]]
}

var vesselNouns = map[string]bool{"verre": true, "verres": true, "coupe": true, "coupes": true, "flute": true, "flutes": true,
	"bar": true, "tonneau": true, "fut": true, "futs": true, "carafe": true, "carafes": true}

// stockNouns count, bring in or make a drink named after its land: "40 caisses de
// calvados", "un arrivage de champagne", "une petite maison de champagne" — not other
// towns: "des cartons de Lyon" may be a move.
var stockNouns = map[string]bool{"caisse": true, "caisses": true, "carton": true, "cartons": true, "arrivage": true,
	"arrivages": true, "fut": true, "futs": true, "litre": true, "litres": true, "stock": true, "cases": true, "crates": true,
	"maison": true, "maisons": true, "negociant": true, "negociants": true}

// tradeListed reports a town's name that folds to a trade, listed among other trades:
// "(maçon, charpentier, plaquiste…)" — Mâcon folds to the mason; "(artisan peintre,
// Limoges)" keeps Limoges.
func tradeListed(toks []string, i int) bool {
	return buildingTrades[toks[i]] && (i+1 < len(toks) && buildingTrades[toks[i+1]] || i > 0 && buildingTrades[toks[i-1]])
}

var buildingTrades = map[string]bool{"charpentier": true, "charpentiers": true, "plombier": true, "plombiers": true, "electricien": true,
	"electriciens": true, "plaquiste": true, "plaquistes": true, "couvreur": true, "couvreurs": true, "menuisier": true,
	"menuisiers": true, "carreleur": true, "carreleurs": true, "peintre": true, "peintres": true, "chauffagiste": true, "macon": true, "macons": true}

var wineArticles = map[string]bool{"le": true, "du": true, "au": true, "un": true, "with": true}

var wineNames = map[string]bool{"bordeaux": true, "bourgogne": true, "champagne": true, "alsace": true, "beaujolais": true,
	"cognac": true, "sauternes": true, "chablis": true, "medoc": true, "cahors": true, "saumur": true, "vouvray": true,
	"sancerre": true, "chinon": true, "bergerac": true, "gaillac": true, "madiran": true, "jurancon": true, "banyuls": true,
	"macon": true, "pouilly": true, "muscadet": true, "gigondas": true, "vacqueyras": true, "pomerol": true, "margaux": true,
	// Spirits named after their land: "le Calvados et la Suze partent plus vite que prévu".
	"calvados": true, "armagnac": true, "suze": true, "chartreuse": true}

var wineWords = map[string]bool{"vin": true, "vins": true, "cave": true, "caves": true, "bouteille": true, "bouteilles": true,
	"cru": true, "crus": true, "millesime": true, "millesimes": true, "wine": true, "wines": true, "cellar": true, "bottles": true,
	"vignoble": true, "degustation": true, "cuvee": true, "cuvees": true, "alcool": true, "alcools": true, "spiritueux": true,
	"rupture": true, "apero": true, "aperitif": true, "digestif": true, "cocktail": true, "cocktails": true, "spirits": true}

// historyNouns name events and acts after a town: "l'Édit de Nantes", "la bataille de
// Verdun", "le traité de Versailles".
var historyNouns = map[string]bool{"edit": true, "bataille": true, "traite": true, "siege": true, "paix": true,
	"accords": true, "accord": true, "concile": true, "serment": true, "battle": true, "treaty": true, "edict": true}

var produceNouns = map[string]bool{
	"tablette": true, "tablettes": true, "bouteille": true, "bouteilles": true, "verre": true, "verres": true,
	"plaque": true, "carre": true, "carres": true, "morceau": true, "part": true, "fromage": true, "vin": true,
	"bottle": true, "glass": true, "piece": true, "slice": true,
	// "trois litres d'eau de Vichy par jour": a mineral water.
	"eau": true, "eaux": true, "pastilles": true,
	// Sweets named after their town: "des bêtises de Cambrai", "du nougat de Montélimar".
	"betises": true, "nougat": true, "nougats": true, "calissons": true, "madeleines": true, "bergamotes": true,
	"macarons": true, "caramels": true, "rillettes": true, "moutarde": true, "andouille": true, "andouillette": true,
	// Crafts named after their town: "la porcelaine de Limoges", "du savon de Marseille",
	// "la toile de Jouy", "la dentelle de Calais".
	"porcelaine": true, "porcelaines": true, "savon": true, "savons": true, "toile": true, "toiles": true, "dentelle": true,
	"dentelles": true, "faience": true, "faiences": true, "emaux": true, "email": true, "cristal": true, "cristaux": true,
	"poterie": true, "poteries": true, "tapisserie": true, "tapisseries": true, "soierie": true, "soieries": true,
}

// brandedGoods take a town's name right after them, with no "de", as a brand: "des
// pastilles Vichy". Only a few of produceNouns: "une part", "un verre", "une pièce" before a
// bare name mean something else.
var brandedGoods = map[string]bool{"pastilles": true, "pastille": true, "eau": true, "eaux": true, "creme": true, "cremes": true,
	"savon": true, "savons": true, "moutarde": true}

// streetContext reports a name that is part of a street's: "rue de Strasbourg", "avenue
// de Paris", "place de la République" — a street, wherever the street is.
func streetContext(toks []string, i int) bool {
	j := i - 1
	for j >= 0 && j >= i-3 && articles[toks[j]] {
		j--
	}
	return j >= 0 && j < i-1 && streetWords[toks[j]]
}

// buildingName reports a name right after a building or a street, with no "de" between:
// "la salle Saint-Joseph", "rue Saint-Denis", "le lycée Saint-Exupéry" — what it is called.
func buildingName(toks []string, i int) bool {
	return i > 0 && (namedBuildings[toks[i-1]] || streetWords[toks[i-1]]) || harbourNoun(toks, i)
}

// harbourNoun reports "port" naming a kind of harbour, not Le Port (974): "au port de
// plaisance de Lorient", "le port de pêche", and any port among boats ("la bouée du
// ponton 3, je l'ai signalée au port").
func harbourNoun(toks []string, i int) bool {
	if toks[i] != "port" {
		return false
	}
	return i+2 < len(toks) && toks[i+1] == "de" && harbourKinds[toks[i+2]] ||
		i > 0 && (toks[i-1] == "au" || toks[i-1] == "le") && i+2 < len(toks) && (toks[i+1] == "de" || toks[i+1] == "du" || toks[i+1] == "d") || // "au port de Lagarde, en Moselle"
		slices.ContainsFunc(toks, func(t string) bool { return boatWords[t] })
}

var harbourKinds = map[string]bool{"plaisance": true, "peche": true, "commerce": true, "refuge": true}

var boatWords = map[string]bool{"bateau": true, "bateaux": true, "ponton": true, "pontons": true, "bouee": true, "voilier": true,
	"voiliers": true, "capitainerie": true, "quai": true, "mouillage": true, "plaisanciers": true, "plaisancier": true,
	"kayak": true, "kayaks": true, "regate": true, "regates": true, "marina": true, "boat": true, "boats": true}

// BuildingNoun reports a noun that a place name right after names a building for ("l'école
// Jules Ferry", "salle Bordeaux"): a caller that sees punctuation in between ("l'école,
// Bordeaux et environs") knows the name is a place after all.
func BuildingNoun(w string) bool { return namedBuildings[w] || streetWords[w] }

var namedBuildings = map[string]bool{
	"salle": true, "salles": true, "chapelle": true, "eglise": true, "ecole": true, "college": true, "lycee": true,
	"gymnase": true, "stade": true, "residence": true, "batiment": true, "paroisse": true, "centre": true, "foyer": true,
	"maison": true, "espace": true, "cinema": true, "theatre": true, "hopital": true, "clinique": true, "ehpad": true,
}

var streetWords = map[string]bool{
	"rue": true, "avenue": true, "av": true, "boulevard": true, "bd": true, "bld": true, "place": true,
	"quai": true, "allee": true, "impasse": true, "square": true, "faubourg": true, "street": true,
}

// idiom reports a place name in a saying: "c'est Versailles ici" (every light on), "en
// passant par la Lorraine avec mes sabots".
func idiom(toks []string, i int) bool {
	for _, say := range sayings {
		n := len(say)
		if i+1 >= n && toks[i] == say[n-1] && slices.Equal(toks[i+1-n:i+1], say) {
			return true
		}
	}
	return false
}

// sayings end on the place name they hold.
var sayings = [][]string{
	{"pignon", "sur", "rue"}, // "une boutique qui a pignon sur rue": well established, not Rue (80)
	{"c", "est", "versailles"}, {"c", "etait", "versailles"}, {"en", "passant", "par", "la", "lorraine"},
	{"a", "l", "aube"}, {"des", "l", "aube"}, {"jusqu", "a", "l", "aube"}, // at dawn, not the Aube
	{"a", "lire"}, // "3 gestionnaires à lire la même boîte": to read, not Lire (49)
}

// travel reports a place the asker only went to: "je reviens de vacances à Marseille",
// "en week-end à Nantes", "je rentre de Marseille" — not where they are.
func travel(toks []string, i int) bool {
	if i+2 < len(toks) && toks[i+1] == "en" && toks[i+2] == "passant" {
		return true // "ta démo à Marseille en passant": a place passed through
	}
	return i >= 2 && (toks[i-1] == "a" || toks[i-1] == "en" || toks[i-1] == "au") && travelWords[toks[i-2]] && !holidayBusiness(toks, i-2) ||
		i >= 2 && (toks[i-1] == "de" || toks[i-1] == "d" || toks[i-1] == "du") && backWords[toks[i-2]]
}

// holidayBusiness reports "vacances" or "voyage" naming a business, which has an address:
// "un village vacances à Saint-Pierre", "le centre de vacances à Gap", "agence de voyage à
// Metz".
func holidayBusiness(toks []string, j int) bool {
	k := j - 1
	if k >= 0 && (toks[k] == "de" || toks[k] == "d") {
		k--
	}
	return k >= 0 && holidayPlaces[toks[k]]
}

var holidayPlaces = map[string]bool{"village": true, "villages": true, "centre": true, "centres": true, "colonie": true,
	"colonies": true, "maison": true, "residence": true, "club": true, "camp": true, "agence": true, "agences": true}

var travelWords = map[string]bool{"vacances": true, "voyage": true, "weekend": true, "week": true, "end": true,
	"sejour": true, "holiday": true, "holidays": true, "vacation": true, "trip": true}

// backWords say the asker is back from a place: "je rentre de Marseille".
var backWords = map[string]bool{"rentre": true, "reviens": true, "revenu": true, "revenue": true, "rentree": true}

// styleContext reports a name used as a style: "en Provence-style", "Paris style".
func styleContext(toks []string, end int) bool {
	return end < len(toks) && (toks[end] == "style" || toks[end] == "like")
}

var produceVerbs = map[string]bool{
	"vends": true, "vend": true, "vendons": true, "vendent": true, "vendre": true, "achete": true, "acheter": true,
	"achetons": true, "mange": true, "manger": true, "mangeons": true, "bois": true, "boire": true, "buvons": true,
	"produis": true, "produit": true, "produisons": true, "produire": true, "fabrique": true, "fabriquons": true,
	"fabriquer": true, "affine": true, "affiner": true, "deguste": true, "deguster": true, "sell": true, "sells": true,
	// "qqn a ramené du calvados à la soirée": a bottle brought.
	"ramene": true, "apporte": true, "offert": true, "bu": true, "servi": true, "goute": true,
}

// institutionOf reports a name after an institution and "du", "des", "de la": "une mairie
// du Var", "un collège de la Manche", "une asso des Landes" — a département's name with its
// article, whatever else the word means.
func institutionOf(toks []string, i int) bool {
	j := i - 1
	switch {
	case j >= 0 && (toks[j] == "du" || toks[j] == "des"):
		j--
	case j >= 1 && (toks[j] == "la" || toks[j] == "l") && (toks[j-1] == "de" || toks[j-1] == "d"):
		j -= 2
	default:
		return false
	}
	// "l'antenne APF de La Réunion": an acronym may name the institution; "le cercle
	// généalogique de l'Aude": so may an adjective.
	// "la fédération de pêche du Nord", "la fédération des chasseurs des Hautes-Alpes":
	// the institution's own complement comes between.
	return j >= 0 && (institutions[toks[j]] || j >= 1 && (len(toks[j]) <= 4 || adjectiveLike(toks[j])) && institutions[toks[j-1]] ||
		j >= 2 && ofWords[toks[j-1]] && institutions[toks[j-2]])
}

// eventOfTown reports a town closing a message after a group or an event named by its
// town: "pour le festival du jeu de Tours", "le collectif des créateurs de Tours ?" — the
// place whatever else the word means, since no noun follows to make it "tours de garde".
func eventOfTown(toks []string, i int) bool {
	// "pour le CCAS de Pontivy ? on n'a pas d'informaticien": a new sentence follows.
	last := i == len(toks)-1 || i+1 < len(toks) && sentenceOpeners[toks[i+1]]
	if !last || i < 2 || toks[i-1] != "de" && toks[i-1] != "d" {
		return false
	}
	for _, w := range toks[max(0, i-5) : i-1] {
		if institutions[w] || eventNouns[w] {
			return true
		}
	}
	return false
}

// sentenceOpeners are the subjects and words that open a new sentence, never a noun a
// town's name could qualify ("tours de garde").
var sentenceOpeners = map[string]bool{"on": true, "nous": true, "je": true, "j": true, "il": true, "ils": true,
	"elle": true, "elles": true, "merci": true, "svp": true, "stp": true, "we": true, "i": true, "thanks": true}

var eventNouns = map[string]bool{"festival": true, "festivals": true, "salon": true, "foire": true, "collectif": true,
	"carnaval": true, "universite": true, "fac": true, "marche": true, "fablab": true, "hackerspace": true, "tiers": true}

// adjectiveLike reports a word with the ending of a French adjective that qualifies an
// institution: généalogique, culturelle, départemental, solidaire, sportif.
func adjectiveLike(w string) bool {
	for _, end := range []string{"ique", "iques", "al", "ale", "aux", "elle", "aire", "if", "ive"} {
		if strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}

var institutions = map[string]bool{"mairie": true, "mairies": true, "commune": true, "communes": true, "village": true,
	"ecole": true, "ecoles": true, "college": true, "colleges": true, "lycee": true, "lycees": true, "asso": true,
	"association": true, "associations": true, "club": true, "entreprise": true, "entreprises": true, "mediatheque": true,
	"bibliotheque": true, "hopital": true, "ehpad": true, "cabinet": true, "boite": true, "pme": true, "collectivite": true,
	"collectivites": true, "departement": true, "prefecture": true, "agriculteur": true, "ferme": true, "exploitation": true,
	"antenne": true, "antennes": true, "delegation": true, "federation": true, "comite": true, "foyer": true, "paroisse": true,
	"refuge": true, "mjc": true, "scop": true, "cooperative": true, "cercle": true, "societe": true,
	"amicale": true, "syndicat": true, "chambre": true, "conseil": true, "centre": true, "office": true,
	// "la base nautique de Quiberon", "la capitainerie de Port-Camargue", "le port de
	// plaisance de Lorient"
	"base": true, "capitainerie": true, "plaisance": true,
	// public bodies named by their acronym: "le CCAS de Pontivy", "le CFPPA de Pamiers"
	"ccas": true, "cias": true, "cfppa": true, "cfa": true, "chu": true, "ch": true, "crous": true, "caf": true,
	"cpam": true, "epci": true, "sivom": true, "sivu": true, "esat": true, "ime": true, "itep": true, "creche": true,
	"ape": true, "amap": true, "cuma": true, "chrs": true, "iut": true, "universite": true, "musee": true}

// depsOnly keeps the départements of a list.
func depsOnly(list []ref) []ref {
	var out []ref
	for _, r := range list {
		if r.kind == kindDep {
			out = append(out, r)
		}
	}
	return out
}

// languageContext reports a region's name said of its language: "des vidéos de contes en
// corse", "des quiz en langue corse", "l'association culturelle corse" — what is written
// or sung, not where the asker is ("des gens en Corse qui accompagnent…" stays the place).
func languageContext(toks []string, i int) bool {
	if !languageNames[toks[i]] || i == 0 || slices.Contains(toks[i+1:min(len(toks), i+8)], "ile") {
		return false // "des contes en corse un peu partout dans l'île": the island
	}
	before := toks[i-1]
	if before == "langue" || cultureNouns[before] || i >= 2 && before == "en" && toks[i-2] == "langue" {
		return true
	}
	if before != "en" {
		return false
	}
	for _, w := range toks[max(0, i-6) : i-1] {
		if writtenWords[w] {
			return true
		}
	}
	return i+1 < len(toks) && toks[i+1] == "lingua"
}

// languageNames are region names that are also a language's.
var languageNames = map[string]bool{"corse": true}

// cultureNouns take a language's name as their adjective: "la musique corse".
var cultureNouns = map[string]bool{"culturelle": true, "culturel": true, "culture": true, "musique": true,
	"polyphonies": true, "polyphonie": true, "chants": true, "chant": true, "litterature": true, "poesie": true}

// writtenWords name what is said or written in a language: "sous-titrer nos contes en corse".
var writtenWords = map[string]bool{"titrer": true, "titres": true, "traduire": true, "traduction": true,
	"texte": true, "textes": true, "livres": true, "livre": true, "contes": true, "chants": true, "chansons": true,
	"quiz": true, "videos": true, "souvenirs": true, "ecrire": true, "ecrits": true, "parler": true, "cours": true,
	"emissions": true, "podcast": true, "dictionnaire": true, "correcteur": true, "clavier": true, "fiches": true,
	"epub": true, "numeriques": true, "marche": true, "messages": true}
