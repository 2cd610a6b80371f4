// SPDX-License-Identifier: AGPL-3.0-or-later

package geo

import (
	"slices"
	"strings"

	"github.com/boussole-libre/boussole/knowledge/textnorm"
)

// neighbors lists, for each region, the regions to offer when it has no provider: land
// neighbours first, then the nearest across the sea.
var neighbors = map[string][]string{
	"11": {"24", "28", "32", "44", "27"},
	"24": {"11", "52", "28", "75", "27", "84"},
	"27": {"44", "84", "24", "11"},
	"28": {"11", "32", "24", "52", "53"},
	"32": {"11", "28", "44"},
	"44": {"32", "27", "11"},
	"52": {"53", "28", "24", "75"},
	"53": {"52", "28"},
	"75": {"52", "24", "84", "76"},
	"76": {"75", "84", "93"},
	"84": {"27", "24", "75", "76", "93"},
	"93": {"84", "76", "94"},
	"94": {"93", "76"},
	"01": {"02", "03"},
	"02": {"01", "03"},
	"03": {"02", "01"},
	"04": {"06"},
	"06": {"04"},
}

// regionAliases are the other names people use for the current regions (abbreviations,
// English, the official "Région Sud" brand).
var regionAliases = map[string][]string{
	"11": {"idf", "ile de france", "iledefrance", "region parisienne", "paris region", "greater paris"},
	"24": {"centre val de loire", "cvl", "region centre", "loire valley"},
	"27": {"bfc", "bourgogne franche comte"},
	"28": {"normandy"},
	"32": {"hdf", "hauts de france"},
	"44": {"grand est", "grandest"},
	"52": {"pdl", "pays de loire", "pays de la loire"},
	"53": {"bzh", "breizh", "brittany", "bretagne"},
	"75": {"nouvelle aquitaine"},
	"76": {"occitania"},
	"84": {"aura", "auvergne rhone alpes", "ara"},
	"93": {"paca", "region sud", "provence alpes cote d azur", "provence alpes cote dazur", "sud paca"},
	"94": {"corsica", "corse"},
	"03": {"french guiana", "guyane francaise"},
	"04": {"reunion island", "ile de la reunion", "la reunion", "reunion"},
}

// formerRegions are the 22 metropolitan regions of before 2016 that did not keep their
// name, with their départements: "Midi-Pyrénées" narrows Occitanie to its western half.
var formerRegions = []Area{
	{"alsace", "Alsace", "44", []string{"67", "68"}},
	{"lorraine", "Lorraine", "44", []string{"54", "55", "57", "88"}},
	{"champagne ardenne", "Champagne-Ardenne", "44", []string{"08", "10", "51", "52"}},
	{"nord pas de calais", "Nord-Pas-de-Calais", "32", []string{"59", "62"}},
	{"npdc", "Nord-Pas-de-Calais", "32", []string{"59", "62"}},
	{"picardie", "Picardie", "32", []string{"02", "60", "80"}},
	{"picardy", "Picardie", "32", []string{"02", "60", "80"}},
	{"basse normandie", "Basse-Normandie", "28", []string{"14", "50", "61"}},
	{"haute normandie", "Haute-Normandie", "28", []string{"27", "76"}},
	{"bourgogne", "Bourgogne", "27", []string{"21", "58", "71", "89"}},
	{"burgundy", "Bourgogne", "27", []string{"21", "58", "71", "89"}},
	{"franche comte", "Franche-Comté", "27", []string{"25", "39", "70", "90"}},
	{"aquitaine", "Aquitaine", "75", []string{"24", "33", "40", "47", "64"}},
	{"limousin", "Limousin", "75", []string{"19", "23", "87"}},
	{"poitou charentes", "Poitou-Charentes", "75", []string{"16", "17", "79", "86"}},
	{"midi pyrenees", "Midi-Pyrénées", "76", []string{"09", "12", "31", "32", "46", "65", "81", "82"}},
	{"languedoc roussillon", "Languedoc-Roussillon", "76", []string{"11", "30", "34", "48", "66"}},
	{"languedoc", "Languedoc", "76", []string{"11", "30", "34", "48", "66"}},
	{"rhone alpes", "Rhône-Alpes", "84", []string{"01", "07", "26", "38", "42", "69", "73", "74"}},
	{"auvergne", "Auvergne", "84", []string{"03", "15", "43", "63"}},
	{"provence", "Provence", "93", []string{"04", "13", "83", "84"}},
	{"cote d azur", "Côte d'Azur", "93", []string{"06", "83"}},
	{"french riviera", "Côte d'Azur", "93", []string{"06", "83"}},
}

// traditionalAreas are the old provinces and "pays" people still name where they live,
// inside one region: "pays basque", "en Touraine", "dans le Périgord".
var traditionalAreas = []Area{
	{"pays basque", "Pays basque", "75", []string{"64"}},
	{"cote basque", "Côte basque", "75", []string{"64"}},
	{"bearn", "Béarn", "75", []string{"64"}},
	{"perigord", "Périgord", "75", []string{"24"}},
	{"touraine", "Touraine", "24", []string{"37"}},
	{"berry", "Berry", "24", []string{"18", "36"}},
	{"sologne", "Sologne", "24", []string{"18", "41", "45"}},
	{"beauce", "Beauce", "24", []string{"28", "45"}},
	{"anjou", "Anjou", "52", []string{"49"}},
	{"pays nantais", "Pays nantais", "52", []string{"44"}},
	{"cotentin", "Cotentin", "28", []string{"50"}},
	{"pays de caux", "Pays de Caux", "28", []string{"76"}},
	{"pays de gex", "Pays de Gex", "84", []string{"01"}},
	{"chablais", "Chablais", "84", []string{"74"}},
	{"genevois francais", "Genevois français", "84", []string{"01", "74"}},
	{"pays d auge", "Pays d'Auge", "28", []string{"14"}},
	{"flandre", "Flandre", "32", []string{"59"}},
	{"flandres", "Flandre", "32", []string{"59"}},
	{"flanders", "Flandre", "32", []string{"59"}},
	{"basque country", "Pays basque", "75", []string{"64"}},
	{"artois", "Artois", "32", []string{"62"}},
	{"morvan", "Morvan", "27", []string{"21", "58", "71", "89"}},
	{"beaujolais", "Beaujolais", "84", []string{"69"}},
	{"forez", "Forez", "84", []string{"42"}},
	{"quercy", "Quercy", "76", []string{"46", "82"}},
	{"rouergue", "Rouergue", "76", []string{"12"}},
	{"cevennes", "Cévennes", "76", []string{"30", "48"}},
	{"pays catalan", "Pays catalan", "76", []string{"66"}},
	{"poitou", "Poitou", "75", []string{"79", "86"}},
	{"charentes", "Charentes", "75", []string{"16", "17"}},
	{"saintonge", "Saintonge", "75", []string{"17"}},
	{"bourbonnais", "Bourbonnais", "84", []string{"03"}},
	{"dauphine", "Dauphiné", "84", []string{"26", "38"}},
	{"champagne", "Champagne", "44", []string{"08", "10", "51", "52"}},
	{"vercors", "Vercors", "84", []string{"26", "38"}},
	{"camargue", "Camargue", "93", []string{"13"}},
	{"baie de somme", "Baie de Somme", "32", []string{"80"}},
	{"queyras", "Queyras", "93", []string{"05"}},
	{"bordelais", "Bordelais", "75", []string{"33"}},
	{"cote d opale", "Côte d'Opale", "32", []string{"62"}},
	// Lakes people name as where they sail.
	{"lac du der", "lac du Der", "44", []string{"51", "52"}},
	{"lac d annecy", "lac d'Annecy", "84", []string{"74"}},
	{"lac du bourget", "lac du Bourget", "84", []string{"73"}},
	{"bassin de thau", "bassin de Thau", "76", []string{"34"}},
	{"etang de thau", "étang de Thau", "76", []string{"34"}},
	{"bassin d arcachon", "bassin d'Arcachon", "75", []string{"33"}},
	// Areas named in their regional language.
	{"iparralde", "Iparralde", "75", []string{"64"}},
	{"xiberoa", "Xiberoa", "75", []string{"64"}},
	{"lapurdi", "Lapurdi", "75", []string{"64"}},
	{"elsass", "Elsass", "44", []string{"67", "68"}},
	// Ski resorts people name as where they work, not communes of their own.
	{"val thorens", "Val Thorens", "84", []string{"73"}},
	{"les menuires", "Les Menuires", "84", []string{"73"}},
	{"meribel", "Méribel", "84", []string{"73"}},
	{"les arcs", "Les Arcs", "84", []string{"73"}},
	{"valmorel", "Valmorel", "84", []string{"73"}},
	{"la toussuire", "La Toussuire", "84", []string{"73"}},
	{"alpe d huez", "Alpe d'Huez", "84", []string{"38"}},
	{"l alpe d huez", "L'Alpe d'Huez", "84", []string{"38"}},
	{"les 7 laux", "Les 7 Laux", "84", []string{"38"}},
	{"avoriaz", "Avoriaz", "84", []string{"74"}},
	{"flaine", "Flaine", "84", []string{"74"}},
	{"serre chevalier", "Serre Chevalier", "93", []string{"05"}},
	{"superdevoluy", "SuperDévoluy", "93", []string{"05"}},
	{"pra loup", "Pra-Loup", "93", []string{"04"}},
	{"isola 2000", "Isola 2000", "93", []string{"06"}},
	{"la mongie", "La Mongie", "76", []string{"65"}},
	{"superbagneres", "Superbagnères", "76", []string{"31"}},
	{"le lioran", "Le Lioran", "84", []string{"15"}},
	{"lioran", "Le Lioran", "84", []string{"15"}},      // "au Lioran"
	{"font romeu", "Font-Romeu", "76", []string{"66"}}, // the commune is Font-Romeu-Odeillo-Via
	{"super besse", "Super-Besse", "84", []string{"63"}},
	// Technology parks people name as where they work.
	{"sophia antipolis", "Sophia Antipolis", "93", []string{"06"}},
	{"plateau de saclay", "Plateau de Saclay", "11", []string{"91", "78"}},
}

// commonWords are place names that are also everyday words (or first names): they count as
// a place only after a cue such as "à", "près de", "dans le", "in". A false entry is a big
// city whose name is also a French word but which people mean as the city ("Paris",
// "Rennes", "Bordeaux"): it overrides data/common-names.txt, derived from a word list.
var commonWords = map[string]bool{
	// départements
	"nord": true, "cher": true, "manche": true, "var": true, "lot": true, "aube": true,
	"somme": true, "creuse": true, "allier": true, "landes": true, "vienne": true,
	"aude": true, "orne": true, "marne": true, "loire": true, "charente": true,
	"reunion": true, "la reunion": true, "centre": true,
	// communes
	"tours": true, "nice": true, "orange": true, "sens": true, "lens": true, "grasse": true,
	"plaisir": true, "fontaine": true, "gap": true, "moulins": true, "saintes": true,
	"nancy": true, "laval": true, "vernon": true, "valence": true, "cannes": true,
	"agen": true, "bourg": true, "bar": true, "vire": true, "mans": true, "dole": true,
	"avion": true, "marseillan": true, "florence": true, "clamart": false, "pau": true,
	"brest": false, "paris": false, "belfort": false, "auch": true, "condom": true,
	"tulle": true, "foix": true, "digne": true, "privas": true, "anglet": false,
	"sete": true, "bastia": false, "draguignan": false, "hyeres": false, "ales": true,
	"mende": true, "millau": false, "royan": false, "rochefort": true, "cognac": true,
	"vitre": true, "carnac": false, "auray": false, "ploermel": false, "lorient": false,
	"denain": false, "calais": false, "arras": false, "lisieux": false, "caen": false,
	"charleville": false, "troyes": true, "epinal": false, "chartres": false, "dreux": false,
	"blois": false, "vierzon": false, "bourges": false, "meaux": true, "melun": false,
	"evry": false, "massy": false, "versailles": false, "montreuil": false,
	"saint denis": false, "sevres": true, "marly": true, "mars": true, "rue": true, "y": true,
	"eu": true, "bu": true, "ri": true, "oo": true, "by": true, "ay": true, "us": true,
	"vic": true, "mur": true, "lac": true, "mont": true, "port": true, "pont": true,
	"la place": true, "demain": true, "avril": true, "leon": true, "mai": true, "val": true,
	"rennes": false, "bordeaux": false, "limoges": false, "le havre": false, "le mans": false,
	"vannes": false, "quimper": false, "vichy": false, "menton": false, "macon": false,
	"perigueux": false, "rodez": false, "castres": false, "cambrai": false, "douai": false,
	"valenciennes": false, "fougeres": false, "etampes": false, "cavaillon": false,
	"frontignan": false, "montmorency": false, "sarcelles": false,
	"le gosier": false, "le tampon": true,
	// communes named like a first name: "Albert est en arrêt jusqu'à lundi"
	// (Marie, Mathieu, Germaine… are in data/common-names.txt already)
	"albert": true, "nicole": true, "gilles": true, "yves": true, "remy": true, "suzanne": true,
}

// demonyms name a place by its people, as chats address them: "les Rennais, vous
// connaissez…" (read with their article only: "lyonnais" alone is often an adjective).
var demonyms = map[string]string{
	"rennais": "rennes", "brestois": "brest", "nantais": "nantes", "lyonnais": "lyon", "marseillais": "marseille",
	"toulousains": "toulouse", "bordelais": "bordeaux", "lillois": "lille", "parisiens": "paris",
	"strasbourgeois": "strasbourg", "montpellierains": "montpellier", "nicois": "nice", "grenoblois": "grenoble",
	"angevins": "angers", "caennais": "caen", "dijonnais": "dijon", "clermontois": "clermont ferrand",
	"rouennais": "rouen", "havrais": "le havre", "orleanais": "orleans", "tourangeaux": "tours",
	"limougeauds": "limoges", "poitevins": "poitiers", "quimperois": "quimper", "lorientais": "lorient",
	"vannetais": "vannes", "malouins": "saint malo", "messins": "metz", "nanceiens": "nancy",
	"reunionnais": "la reunion", "guadeloupeens": "guadeloupe", "martiniquais": "martinique",
	"guyanais": "guyane", "mahorais": "mayotte", "bretons": "bretagne", "normands": "normandie",
	"alsaciens": "alsace", "corses": "corse", "auvergnats": "auvergne", "picards": "picardie",
}

// adjectiveForms returns the forms of a plural demonym said of an organisation: "nantais"
// gives "nantaise", "nantaises"; "toulousains" gives "toulousain", "toulousaine".
func adjectiveForms(plural string) []string {
	forms := []string{plural}
	base := plural
	switch {
	case strings.HasSuffix(plural, "ais") || strings.HasSuffix(plural, "ois"):
	case strings.HasSuffix(plural, "iens") || strings.HasSuffix(plural, "eens") || strings.HasSuffix(plural, "ons"):
		// "guadeloupéenne", "bretonne": the consonant doubles in the feminine.
		base = strings.TrimSuffix(plural, "s")
		forms = append(forms, base, base+"ne", base+"nes")
		return forms
	case strings.HasSuffix(plural, "s"):
		base = strings.TrimSuffix(plural, "s")
		forms = append(forms, base)
	default:
		return forms
	}
	return append(forms, base+"e", base+"es")
}

// shortNames are the short names people give a city whose full name is longer.
var shortNames = map[string][]string{"clermont": {"clermont ferrand"},
	"charleville": {"charleville mezieres"}, "sarlat": {"sarlat la caneda"}, "cherbourg": {"cherbourg en cotentin"},
	"chalons": {"chalons en champagne"}, "brive": {"brive la gaillarde"}, "aix": {"aix en provence", "aix les bains"}, "fodfrans": {"fort de france"},
	"illkirch": {"illkirch graffenstaden"}, "digne": {"digne les bains"},
	// Big cities people name by their first word; the most populous comes first.
	"boulogne": {"boulogne billancourt", "boulogne sur mer"}, "neuilly": {"neuilly sur seine", "neuilly sur marne"},
	"issy": {"issy les moulineaux"}, "rueil": {"rueil malmaison"}, "levallois": {"levallois perret"}, "ivry": {"ivry sur seine"},
	"vitry": {"vitry sur seine"}, "champigny": {"champigny sur marne"}, "aulnay": {"aulnay sous bois"}, "asnieres": {"asnieres sur seine"},
	"chalon": {"chalon sur saone"}, "villefranche": {"villefranche sur saone"}, "thonon": {"thonon les bains"}, "cagnes": {"cagnes sur mer"},
	"mantes": {"mantes la jolie"}, "bourgoin": {"bourgoin jallieu"}, "corbeil": {"corbeil essonnes"}, "conflans": {"conflans sainte honorine"},
	"vaulx": {"vaulx en velin"}, "marcq": {"marcq en baroeul"}, "choisy": {"choisy le roi"}, "fontenay": {"fontenay sous bois"},
	"rosny": {"rosny sous bois"}, "nogent": {"nogent sur marne"}, "epinay": {"epinay sur seine"}, "livry": {"livry gargan"},
	"lons": {"lons le saunier"}, "bagnols": {"bagnols sur ceze"}, "evry": {"evry courcouronnes"},
	"montigny": {"montigny le bretonneux"}, "chatenay": {"chatenay malabry"},
	// Resorts named without their commune's first part.
	"hossegor": {"soorts hossegor"}, "noirmoutier": {"noirmoutier en l ile"}, "le touquet": {"le touquet paris plage"},
	// Towns named in their regional language: Breton, Basque, Occitan, Catalan, Alsatian,
	// Corsican ("une skol Diwan près de Kemper", "l'ikastola de Baiona").
	"kemper": {"quimper"}, "roazhon": {"rennes"}, "naoned": {"nantes"}, "sant brieg": {"saint brieuc"}, "landerne": {"landerneau"},
	"karaez": {"carhaix plouguer"}, "an oriant": {"lorient"}, "gwened": {"vannes"}, "montroulez": {"morlaix"}, "lannuon": {"lannion"},
	"gwengamp": {"guingamp"}, "kemperle": {"quimperle"}, "pondi": {"pontivy"}, "konk kerne": {"concarneau"},
	"baiona": {"bayonne"}, "donibane lohizune": {"saint jean de luz"}, "miarritze": {"biarritz"}, "angelu": {"anglet"},
	"hazparne": {"hasparren"}, "uztaritze": {"ustaritz"}, "donibane garazi": {"saint jean pied de port"},
	"tolosa": {"toulouse"}, "montpelhier": {"montpellier"}, "marselha": {"marseille"}, "nica": {"nice"}, "tarba": {"tarbes"},
	"carcassona": {"carcassonne"}, "avinhon": {"avignon"}, "lemotges": {"limoges"}, "periguers": {"perigueux"},
	"perpinya": {"perpignan"}, "strossburi": {"strasbourg"}, "milhusa": {"mulhouse"}, "colmer": {"colmar"},
	"aiacciu": {"ajaccio"}, "corti": {"corte"}, "portivechju": {"porto vecchio"}}

// districts are the quarters and business parks of big cities that people give as where
// they are ("a café near Part-Dieu", "une scop près de Luminy"): each stands for its
// commune. Quarters whose name is an ordinary word or another commune's (le Marais,
// Confluence, Castellane, Belleville) are left out.
var districts = map[string]string{"part dieu": "lyon", "la part dieu": "lyon", "croix rousse": "lyon", "la croix rousse": "lyon", "vieux lyon": "lyon", "fourviere": "lyon",
	"gerland": "lyon", "guillotiere": "lyon", "la guillotiere": "lyon", "la doua": "villeurbanne", "montmartre": "paris", "montparnasse": "paris",
	"batignolles": "paris", "menilmontant": "paris", "bercy": "paris", "la defense": "puteaux", "luminy": "marseille",
	"la joliette": "marseille", "vieux port": "marseille", "wazemmes": "lille", "euralille": "lille", "vieux lille": "lille",
	"euratechnologies": "lille", "chartrons": "bordeaux", "ile de nantes": "nantes", "port marianne": "montpellier",
	// Paris stations named after other cities: "près de la gare de Lyon" is in Paris.
	"gare de lyon": "paris", "gare du nord": "paris", "gare de l est": "paris", "gare d austerlitz": "paris",
	"gare saint lazare": "paris"}

// askedOnly are region names and aliases that are also ordinary phrases ("le plus grand
// est", "il aura besoin"): they count only in a message that asks for providers.
var askedOnly = map[string]bool{"grand est": true, "aura": true, "ara": true}

const commonLimit = 2000 // under this population, a commune always needs a cue

func (g *Geo) add(name string, r ref) { g.addKey(textnorm.Fold(name), r) }

func (g *Geo) addKey(k string, r ref) {
	if k == "" {
		return
	}
	// The hand-kept list decides first (it says which big cities are places before all);
	// otherwise a commune whose name is ordinary French needs a cue.
	if common, listed := commonWords[k]; listed {
		r.common = r.common || common
	} else if r.kind == kindCommune && g.ordinary[k] {
		r.common, r.ordinary = true, true
	}
	r.askedOnly = askedOnly[k]
	for _, e := range g.names[k] {
		if e.kind == r.kind && e.code == r.code && e.idx == r.idx {
			return
		}
	}
	g.names[k] = append(g.names[k], r)
	if n := strings.Count(k, " ") + 1; n > g.maxWords {
		g.maxWords = n
	}
}

func (g *Geo) addFuzzy(name string) {
	if k := textnorm.Fold(name); len(k) >= 4 {
		g.fuzzyKeys = append(g.fuzzyKeys, k)
	}
}

// buildFuzzy indexes the typo-tolerant names by their symmetric deletes. It runs on the
// first typo to correct, which keeps start-up fast.
func (g *Geo) buildFuzzy() {
	g.fuzzy = make(map[string][]string, 30000)
	for _, k := range g.fuzzyKeys {
		glued := strings.ReplaceAll(k, " ", "")
		for _, d := range textnorm.Deletes(glued, textnorm.MaxTypos(len(glued))) {
			g.fuzzy[d] = append(g.fuzzy[d], k)
		}
	}
}

func (g *Geo) index() {
	for code, r := range g.regions {
		g.add(r.Name, ref{kind: kindRegion, code: code})
		g.addFuzzy(r.Name)
		for _, a := range regionAliases[code] {
			g.add(a, ref{kind: kindRegion, code: code})
			if len(a) > 4 {
				g.addFuzzy(a)
			}
		}
	}
	for _, areas := range [][]Area{formerRegions, traditionalAreas} {
		for i := range areas {
			a := &areas[i]
			g.areas[a.Name] = a
			g.add(a.Name, ref{kind: kindArea, code: a.Name})
			g.addFuzzy(a.Name)
		}
	}
	for code, d := range g.deps {
		g.add(d.Name, ref{kind: kindDep, code: code})
		g.addFuzzy(d.Name)
	}
	g.add("corse du sud", ref{kind: kindDep, code: "2A"})
	g.add("haute corse", ref{kind: kindDep, code: "2B"})
	g.add("seine saint denis", ref{kind: kindDep, code: "93"})
	g.add("neuf trois", ref{kind: kindDep, code: "93"})
	g.add("9 3", ref{kind: kindDep, code: "93"}) // "je suis du 9-3"

	g.indexCommunes()
	// Most populous first, so that a shared name ("Saint-Denis", "Valence") picks the city
	// most people mean.
	for k, list := range g.names {
		if len(list) < 2 {
			continue
		}
		sortRefs(g, list)
		g.names[k] = list
	}
}

// addStripped indexes a name that opens with its article without it: "Le Mans", "La
// Rochelle", "Les Sables-d'Olonne" — people write "au Mans".
func (g *Geo) addStripped(k string, r ref) {
	for _, art := range []string{"le ", "la ", "les ", "l "} {
		if rest, ok := strings.CutPrefix(k, art); ok && len(rest) > 3 {
			_, listed := commonWords[k]
			r.common, r.ordinary, r.stripped = true, g.ordinary[k] && !listed, true
			g.names[rest] = append(g.names[rest], r)
		}
	}
}

// indexCommunes indexes the communes by name, without their article, and by the short
// names people use ("vers Clermont" is Clermont-Ferrand).
func (g *Geo) indexCommunes() {
	for i := range g.communes {
		c := &g.communes[i]
		r := ref{kind: kindCommune, idx: int32(i)}
		k := c.key
		g.addKey(k, r)
		g.addStripped(k, r)
		if c.Parent == "" && c.Population >= BigCity {
			g.addFuzzy(k)
		}
	}
	g.adjective = map[string]string{}
	for people, place := range demonyms {
		for _, form := range adjectiveForms(people) {
			g.adjective[form] = place
		}
		for _, r := range g.names[place] {
			if r.kind != kindArea {
				r.common, r.ordinary = false, false // "les Tourangeaux" need no cue
				g.names["les "+people] = append(g.names["les "+people], r)
			}
		}
	}
	for district, city := range districts {
		for _, r := range g.names[city] {
			for _, k := range []string{district, "la " + district} { // "près de la gare du Nord"
				if r.kind == kindCommune && !slices.Contains(g.names[k], r) && (k == district || strings.HasPrefix(district, "gare ")) {
					g.names[k] = append(g.names[k], r)
				}
			}
		}
	}
	g.indexFirstWords()
	for short, fulls := range shortNames {
		for _, full := range fulls {
			for _, r := range g.names[full] {
				if r.kind == kindCommune && !slices.Contains(g.names[short], r) {
					g.names[short] = append(g.names[short], r)
					g.addStripped(short, r) // "au Touquet"
				}
			}
		}
	}
}

// indexFirstWords indexes, as a name needing a place cue, the first word of a town's
// double name when no other commune starts with it and it is no word of its own: "près de
// Carhaix" is Carhaix-Plouguer, "vers Romorantin" Romorantin-Lanthenay.
func (g *Geo) indexFirstWords() {
	count := map[string]int{}
	for i := range g.communes {
		if first, _, ok := strings.Cut(g.communes[i].key, " "); ok {
			count[first]++
		}
	}
	for i := range g.communes {
		c := &g.communes[i]
		first, _, ok := strings.Cut(c.key, " ")
		if !ok || c.Parent != "" || c.Population < shortNameTown || len(first) < 5 || count[first] > 1 || len(g.names[first]) > 0 ||
			textnorm.IsFrenchWord(first) || textnorm.IsEnglishWord(first) || g.ordinary[first] {
			continue
		}
		g.names[first] = append(g.names[first], ref{kind: kindCommune, idx: int32(i), common: true})
	}
}

// shortNameTown is the population from which a town is named by its first word.
const shortNameTown = 5000

func sortRefs(g *Geo, list []ref) {
	rank := func(r ref) int {
		switch r.kind {
		case kindRegion:
			return 4e8
		case kindArea:
			return 3e8
		case kindDep:
			return 2e8
		default:
			return g.population(r.idx)
		}
	}
	for i := 1; i < len(list); i++ {
		for j := i; j > 0 && rank(list[j]) > rank(list[j-1]); j-- {
			list[j], list[j-1] = list[j-1], list[j]
		}
	}
}
