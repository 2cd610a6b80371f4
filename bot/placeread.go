// SPDX-License-Identifier: AGPL-3.0-or-later

package bot

// The asker's place read from a message: which towns, départements and regions are meant
// as places, and which are common words or places abroad.

import (
	"slices"
	"strings"

	"github.com/boussole-libre/boussole/knowledge/geo"
)

// readPlace finds the place before typo correction could bend a city name into a product.
// A message that asks for providers or a service expects a place: there a lone "35" is a
// département and "à Ligné" a commune, not "en ligne".
func (r *reading) readPlace() {
	asked := hasAny(r.toks, providerWords) || hasPhrase(r.toks, providerPhrases) || hasPhrase(r.toks, askerPhrases) || hasService(r.toks)
	toks := r.toks
	if r.u.Lang == English {
		// "there's a gap": in English, "a" is an article, not "à".
		toks = slices.Clone(r.toks)
		inner := r.innerParts()
		for i, t := range toks {
			if t == "a" && !inner[i] { // "Pointe-a-Pitre" keeps its "a"
				toks[i] = "an"
			}
			if t == "to" && i > 0 && (moveVerbs[toks[i-1]] || i > 2 && toks[i-2] == "from" && movedFrom(toks, i-2)) {
				toks[i] = "in" // "just moved to Nice", "moved … from Paris to Nice": where the asker lives now
			}
		}
	}
	toks = r.islandWritten(r.clauseSeams(toks))
	m, ok := r.geo.Scan(toks, r.taken, asked)
	for tries := 0; ok && tries < 3 && (r.quantity(m.Start, m.End) || r.possessive(toks, m.End) || placeDropped(toks, m.Start) || ispNamed(toks, m)); tries++ {
		// "il est à -80%", "à 17€ par mois": an amount, not a département;
		// "Saint-Gobain's IT department": a company's; "laissez tomber le Morbihan…
		// à Nantes": the place given up.
		markSpan(r.taken, m.Start, m.End)
		m, ok = r.geo.Scan(toks, r.taken, asked)
	}
	if !ok {
		m, ok = r.institutionTown(toks, asked)
	}
	if !ok {
		r.departementIn()
		r.u.foreignPlace = r.u.Place.IsZero() && abroadNamed(toks) // "et à Genève ?": no French place to carry over
		return
	}
	m = r.placeMeant(toks, m, asked)
	markSpan(r.taken, m.Start, m.End)
	m = r.narrower(toks, m, asked)
	if abroad(toks, m.End) {
		return // "à Vienne en Autriche", "Valence (Espagne)": the French namesake is not meant
	}
	if calledKinAt(toks, m.Start) {
		r.u.heard = m.Place // "c'est pour appeler mes parents à Mamoudzou": where they live, no one sought there
		return
	}
	r.u.Place = m.Place
	r.place = &span{m.Start, m.End}
}

// clauseSeams hides what would tie a clause to the next one in a place reading: a building
// noun that closes a clause, so that the name opening the next one reads as a place
// ("installer PrimTux sur les PC de l'école, Bordeaux et environs"); a number opening a
// clause right after a number, which is then no phone number ("dans le 33 ? 2 châteaux").
func (r *reading) clauseSeams(toks []string) []string {
	cloned := false
	for i := range r.clauses() {
		if i <= 0 || i >= len(toks) {
			continue
		}
		k := -1
		switch {
		case geo.BuildingNoun(toks[i-1]):
			k = i - 1
		case toks[i] != "" && toks[i-1] != "" && isNumber(toks[i]) && isNumber(toks[i-1]):
			k = i
		}
		if k < 0 {
			continue
		}
		if !cloned {
			toks, cloned = slices.Clone(toks), true
		}
		toks[k] = ""
	}
	return toks
}

// islandWritten reads "de La Réunion" written with a capital as the island, the way "à la
// Réunion" reads: "les médiathèques de La Réunion" — while "le compte rendu de la réunion"
// stays a meeting.
func (r *reading) islandWritten(toks []string) []string {
	for i := 2; i < len(toks); i++ {
		if toks[i] == "reunion" && r.capitalAt(i) && toks[i-1] == "la" && (toks[i-2] == "de" || toks[i-2] == "d") {
			toks = slices.Clone(toks)
			toks[i-2] = "a"
			return toks
		}
	}
	return toks
}

// ispNamed reports an internet provider's name read as a town: "behind a fibre box from
// Orange", "notre abonnement fibre chez Orange".
func ispNamed(toks []string, m geo.Match) bool {
	if m.End-m.Start != 1 || toks[m.Start] != "orange" {
		return false
	}
	return slices.ContainsFunc(toks[max(0, m.Start-4):m.Start], func(w string) bool { return ispContext[w] })
}

var ispContext = wordSet("box", "fibre", "fiber", "internet", "abonnement", "operateur", "isp", "routeur", "router", "livebox", "forfait", "adsl", "4g", "5g")

// narrower returns a place inside the region first named, when the message narrows it:
// "I'm in Brittany near Quimper" asks about Quimper.
func (r *reading) narrower(toks []string, m geo.Match, asked bool) geo.Match {
	if m.Place.Departement != "" || m.Place.Area != "" {
		return m
	}
	m2, ok := r.geo.Scan(toks, r.taken, asked)
	if !ok || m2.Place.Region != m.Place.Region || m2.Place.Departement == "" {
		return m
	}
	markSpan(r.taken, m2.Start, m2.End)
	return m2
}

// calledKinAt reports a place said of relatives the asker calls: "appeler mes parents à
// Mamoudzou", "to call my mum in Lyon".
func calledKinAt(toks []string, start int) bool {
	j := start - 1
	for j >= 0 && (toks[j] == "a" || toks[j] == "au" || toks[j] == "en" || toks[j] == "in" || toks[j] == "aux") {
		j--
	}
	if j < 2 || !kinWords[toks[j]] || !possessives[toks[j-1]] && !otherPossessives[toks[j-1]] {
		return false
	}
	return callVerbs[toks[j-2]] || toks[j-2] == "avec" || toks[j-2] == "with"
}

var callVerbs = wordSet("appeler", "appelle", "appelons", "joindre", "voir", "parler", "contacter", "call", "phone", "ring",
	"see", "reach", "facetime", "visio")

var moveVerbs = wordSet("moved", "move", "moving", "relocated", "relocating", "relocate", "demenage", "demenager", "demenageons", "demenagent")

// placeMeant returns the place the request is about when the asker first says where they
// are: "je suis à Lyon mais c'est pour ma mère qui habite à Brest" asks about Brest.
func (r *reading) placeMeant(toks []string, m geo.Match, asked bool) geo.Match {
	k := slices.IndexFunc(toks[m.End:], func(w string) bool { return w == "mais" || w == "but" })
	if k < 0 || !askerIsAt(toks, m.Start) {
		// "si personne n'existe à Tours, plutôt du côté de Bordeaux ?": the place preferred.
		k = slices.IndexFunc(toks[m.End:], func(w string) bool { return w == "plutot" || w == "rather" || w == "sinon" })
	}
	if k < 0 && noOneThere(toks, m.Start) {
		k = 0 // "et si y a personne à Dijon, qqn du côté de Lyon ça irait aussi": Lyon then
	}
	if k < 0 {
		return m
	}
	taken := slices.Clone(r.taken)
	markSpan(taken, 0, m.End+k)
	if m2, ok := r.geo.Scan(toks, taken, asked); ok {
		return m2
	}
	return m
}

// noOneThere reports a place named in "s'il n'y a personne à X": the asker then names
// where else to look.
func noOneThere(toks []string, start int) bool {
	before := toks[max(0, start-6):start]
	return (slices.Contains(before, "si") || slices.Contains(before, "if") || slices.Contains(before, "s") && slices.Contains(before, "il")) &&
		slices.ContainsFunc(before, func(w string) bool {
			return w == "personne" || w == "rien" || w == "nobody" || w == "noone" || w == "nothing"
		})
}

// askerIsAt reports a place said as where the asker is: "je suis à Lyon", "moi j'habite
// à Paris", "I'm in Lyon", "I live in Paris".
func askerIsAt(toks []string, start int) bool {
	j := start - 1
	for j >= 0 && (definiteWords[toks[j]] || toks[j] == "a" || toks[j] == "au" || toks[j] == "en" || toks[j] == "in" || toks[j] == "sur") {
		j--
	}
	return j >= 1 && (toks[j] == "suis" && toks[j-1] == "je" || toks[j] == "habite" || toks[j] == "live" || toks[j] == "m" && toks[j-1] == "i")
}

// placeDropped reports a place the asker gives up: "laissez tomber le Morbihan", "pas à
// Paris, à Lyon", "forget Lyon".
func placeDropped(toks []string, start int) bool {
	j := start - 1
	for j >= 0 && (definiteWords[toks[j]] || toks[j] == "a" || toks[j] == "au" || toks[j] == "en" || toks[j] == "sur" || toks[j] == "dans" || toks[j] == "about") {
		j--
	}
	return j >= 0 && (droppingWords[toks[j]] || toks[j] == "tomber" && j > 0 && strings.HasPrefix(toks[j-1], "laiss") || movedFrom(toks, j))
}

// movedFrom reports the place left in a move: "we just moved our bike hire shop from Paris
// to Nice", "on a déménagé de Lyon à Grenoble" — the asker is where they moved to.
func movedFrom(toks []string, j int) bool {
	if toks[j] != "from" && toks[j] != "de" && toks[j] != "depuis" {
		return false
	}
	moved := slices.ContainsFunc(toks[max(0, j-6):j], func(t string) bool { return moveVerbs[t] })
	return moved && slices.ContainsFunc(toks[j+1:min(len(toks), j+5)], func(t string) bool { return t == "to" || t == "a" || t == "in" })
}

var droppingWords = wordSet("oubliez", "oublie", "oublions", "forget", "pas", "not")

// countedNouns follow a number that counts things: "30000 photos", "44000 habitants".
var countedNouns = wordSet("photos", "personnes", "euros", "eur", "habitants", "pages", "fichiers", "adherents", "membres",
	"clients", "salaries", "eleves", "etudiants", "mails", "lignes", "documents", "images", "videos", "users", "utilisateurs",
	"contacts", "produits", "articles", "livres", "heures", "mots", "people", "files", "members", "students", "employees",
	"doctorants", "benevoles", "volunteers", "agents", "postes", "pc", "ordis", "machines", "computers", "laptops")

// possessive reports an English possessive after a name: "Saint-Gobain's", "Nancy's".
func (r *reading) possessive(toks []string, end int) bool {
	return r.u.Lang == English && end < len(toks) && toks[end] == "s"
}

// quantity reports a number written as an amount: a sign before it or a unit right
// after it ("-80%", "17€", "+30 %").
func (r *reading) quantity(start, end int) bool {
	if end-start != 1 || !isNumber(r.toks[start]) {
		return false
	}
	if end < len(r.toks) && r.clauses()[end] {
		return false // "dans le 35 ? module adhérents": the count, if any, is in another sentence
	}
	modifier := end+1 < len(r.toks) && !definiteWords[r.toks[end]] && !indefinite[r.toks[end]] && !stopWords[r.toks[end]] // "12 PhD students"
	if end < len(r.toks) && countedNouns[r.toks[end]] || modifier && countedNouns[r.toks[end+1]] {
		return true // "30000 photos de mariages", "12 PhD students": a count, not Nîmes
	}
	n := r.toks[start]
	for i := 0; ; {
		k := strings.Index(r.text[i:], n)
		if k < 0 {
			return false
		}
		k += i
		before, after := r.text[:k], strings.TrimLeft(r.text[k+len(n):], " ") // "Rennes - 35" is no sign
		if strings.HasSuffix(before, "-") || strings.HasSuffix(before, "+") || strings.HasSuffix(before, "−") ||
			strings.HasPrefix(after, "%") || strings.HasPrefix(after, "€") || strings.HasPrefix(after, "$") {
			return true
		}
		i = k + len(n)
	}
}

// institutionTown reads the town an institution is named after when the town's name is
// also a common word, written with its capital: "notre collège de Tours", "le lycée de
// Sens" — "un collège de profs" stays no place.
// The institution may carry its own complement first: "l'école de musique de Tours",
// "les archives départementales de la Réunion".
func (r *reading) institutionTown(toks []string, asked bool) (geo.Match, bool) {
	for i := 2; i < len(toks); i++ {
		de := i - 1
		if toks[de] == "la" && de > 1 {
			de-- // "de la Réunion"
		}
		if toks[de] != "de" || !institutionBefore(toks, de) || r.taken[i] || !r.capitalAt(i) {
			continue
		}
		cued := slices.Clone(toks)
		cued[de] = "a"
		if m, ok := r.geo.Scan(cued, r.taken, asked); ok && m.Start > de && m.Start <= i {
			return m, true
		}
	}
	return geo.Match{}, false
}

// institutionBefore reports an institution named in the few words before "de".
func institutionBefore(toks []string, de int) bool {
	for k := de - 1; k >= 0 && k >= de-5; k-- {
		if institutionNouns[toks[k]] {
			return true
		}
	}
	return false
}

var institutionNouns = wordSet("college", "lycee", "ecole", "mairie", "ville", "commune", "mediatheque", "bibliotheque", "universite",
	"fac", "hopital", "chu", "conservatoire", "agglo", "metropole", "prefecture", "tribunal", "asso", "association", "archives",
	"musee", "theatre", "cinema", "radio", "club", "campus", "iut", "office", "tourisme", "ehpad", "chambre", "cooperative", "coop",
	"cuma", "mjc", "cabinet", "maison", "entreprise", "entreprises", "boite", "societe", "structure", "presta", "prestataire",
	"antenne", "delegation", "federation", "comite", "foyer", "paroisse", "refuge", "section", "acca", "aappma", "fede", "amicale",
	"groupe", "syndicat", "gite", "camping", "clinique", "centre")

// departementIn reads "en Creuse", "en Somme" — a département whose name is also a
// common word, written with its capital after "en", the way people say where they are;
// "en somme" in lower case stays an idiom.
func (r *reading) departementIn() {
	for i := 1; i < len(r.toks); i++ {
		if r.toks[i-1] != "en" || r.taken[i] {
			continue
		}
		code, ok := r.geo.ResolveDepartement(r.toks[i])
		if !ok || !r.capitalAt(i) {
			continue
		}
		if p, ok := r.geo.Resolve(code); ok {
			markSpan(r.taken, i, i+1)
			r.u.Place, r.place = p, &span{i, i + 1}
			return
		}
	}
}

// abroad reports a foreign country right after a place name: "Vienne en Autriche",
// "Saint-Louis au Sénégal", "London in England".
func abroad(toks []string, end int) bool {
	k := end
	if k < len(toks) && (toks[k] == "en" || toks[k] == "au" || toks[k] == "aux" || toks[k] == "in") {
		k++
	}
	if k >= len(toks) {
		return false
	}
	if countries[toks[k]] {
		return true
	}
	return k+1 < len(toks) && countries[toks[k]+" "+toks[k+1]]
}

// abroadNamed reports a foreign town or country said where a place is: "et à Genève ?",
// "and in Basel?", "côté suisse".
func abroadNamed(toks []string) bool {
	for i := 1; i < len(toks); i++ {
		if (foreignTowns[toks[i]] || countries[toks[i]]) && abroadCues[toks[i-1]] {
			return true
		}
	}
	return false
}

var abroadCues = wordSet("a", "en", "au", "aux", "in", "near", "vers", "pres", "de", "d", "cote", "sur", "to", "around")

// foreignTowns are towns across the border, named by people who live or work near them;
// none is also the name of a French commune.
var foreignTowns = wordSet("geneve", "geneva", "genf", "bale", "basel", "lausanne", "zurich", "bern", "neuchatel",
	"bruxelles", "brussels", "namur", "tournai", "charleroi", "anvers", "antwerp", "gand", "ghent", "sarrebruck",
	"saarbrucken", "karlsruhe", "freiburg", "kehl", "stuttgart", "francfort", "frankfurt", "munich", "berlin",
	"londres", "london", "barcelone", "barcelona", "madrid", "irun", "donostia", "turin", "torino", "milan", "rome", "monaco",
	"andorre", "andorra")

// countries are foreign countries and states whose towns share names with French communes.
var countries = wordSet("autriche", "austria", "belgique", "belgium", "suisse", "switzerland", "italie", "italy",
	"espagne", "spain", "allemagne", "germany", "portugal", "canada", "quebec", "usa", "angleterre", "england",
	"irlande", "ireland", "luxembourg", "maroc", "morocco", "algerie", "tunisie", "senegal", "japon", "chine",
	"bresil", "argentine", "mexique", "grece", "pologne", "roumanie", "suede", "norvege", "danemark", "finlande",
	"ecosse", "scotland", "texas", "louisiane", "louisiana", "amerique", "afrique", "hollande", "ukraine",
	"etats unis", "royaume uni", "pays bas", "united states", "united kingdom", "cote d", "new york",
	// Countries a partner or a trip is in: "partners in Spain, Greece and Finland".
	"greece", "finland", "sweden", "norway", "denmark", "poland", "romania", "netherlands", "slovenie", "slovenia", "croatie",
	"croatia", "hongrie", "hungary", "tchequie", "czechia", "slovaquie", "slovakia", "bulgarie", "bulgaria", "serbie", "serbia",
	"lituanie", "lithuania", "lettonie", "latvia", "estonie", "estonia", "islande", "iceland", "turquie", "turkey", "japan",
	"china", "brazil", "inde", "india", "vietnam", "cameroun", "cameroon", "mali", "madagascar", "liban", "lebanon", "egypte",
	"egypt", "russie", "russia", "australie", "australia", "chili", "chile", "colombie", "colombia", "perou", "peru", "quebecois")
