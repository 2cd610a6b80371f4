// SPDX-License-Identifier: AGPL-3.0-or-later

package geo

import (
	"strings"

	"github.com/boussole-libre/boussole/knowledge/textnorm"
)

// Numbers in a message: which are département numbers or postal codes, and which count, label or measure.

// tableNumbers is how many numbers make a message a table or a log rather than a
// sentence: there a "44800" or a "10" is a count, not a postal code or a département.
const tableNumbers = 4

func numberCount(toks []string) int {
	n := 0
	for _, t := range toks {
		if isDigits(t) {
			n++
		}
	}
	return n
}

// number reads a postal code, or a département number where it is one: "dans le 35",
// "prestataire nextcloud 35" — not "35 ans", "dpkg 1.19", "descripteur 1".
func (s scan) number(i int, cue bool) (Match, bool) {
	toks, t := s.toks, s.toks[i]
	if labelled(toks, i) || counted(toks, i) || s.table && !depCue(toks, i) {
		return Match{}, false // "Volume 2A", "salle 35", "on est 10"; a column of figures
	}
	if p, ok := s.g.postal(t); ok && !amongNumbers(toks, i) && (!(i+1 < len(toks) && units[toks[i+1]] && toks[i+1] != "pour") || townAfter(p, toks, i)) { // not "80000 minutes", but "37000 Tours"
		return Match{p, i, i + 1, cue}, true
	}
	// One digit is never a département: people write "01", and "1" is a count. Without
	// "le"/"dans le"/"département", a lone number reads as a département only in a short
	// request ("prestataire nextcloud 35"), not in a long sentence.
	// "…association dyslexie, 69": a request's last word may be its département too.
	lone := s.bareDeps && (len(toks) <= shortRequest || i == len(toks)-1 && i > 0 && !isDigits(toks[i-1]) && !unitBefore[toks[i-1]])
	if (depCue(toks, i) || lone) && len(t) >= 2 && len(t) <= 3 && !unitAfter(toks, i) && !amongNumbers(toks, i) && (depCue(toks, i) || !s.countsThings(i)) {
		if c := DepCode(t); s.g.deps[c] != nil {
			return Match{s.g.depPlace(c), i, i + 1, cue}, true
		}
	}
	return Match{}, false
}

// countsThings reports a number followed by a plural noun, which it counts: "un cabinet de
// 10 experts-comptables", "pour 12 kinés" — not "prestataire 35 Rennes", a place after it.
// After "dans le" the number stays a place: "des gîtes dans le 15 ? wordpress".
func (s scan) countsThings(i int) bool {
	if i+1 >= len(s.toks) {
		return false
	}
	w := s.toks[i+1]
	plural := len(w) > 3 && (w[len(w)-1] == 's' || w[len(w)-1] == 'x')
	return plural && !notPlural[w] && len(s.g.names[w]) == 0
}

// notPlural are words ending in s or x that count nothing: "dans le 35 aussi".
var notPlural = map[string]bool{
	"dans": true, "sous": true, "sans": true, "plus": true, "tous": true, "nous": true, "vous": true,
	"vers": true, "depuis": true, "alors": true, "apres": true, "puis": true, "mais": true, "tres": true,
	"jamais": true, "toujours": true, "aussi": true, "mieux": true, "ailleurs": true, "environs": true,
	"alentours": true, "parages": true, "thanks": true,
}

// depCue reports whether the words before a number make it a département: "dans le 35",
// "le 35", "du 35", "département 35" — not "à 35", which is most often a quantity.
func depCue(toks []string, i int) bool {
	return i > 0 && depWords[toks[i-1]] || i > 1 && toks[i-1] == "the" && englishPlaceCues[toks[i-2]] // "anyone in the 974"
}

var englishPlaceCues = map[string]bool{"in": true, "from": true, "near": true, "around": true, "across": true}

var depWords = map[string]bool{"le": true, "du": true, "departement": true, "dept": true, "dpt": true, "dep": true, "en": true}

// counted reports a number that counts people or things: "on est 10", "nous sommes 35",
// "on a 15 postes", "nos 12 établissements".
func counted(toks []string, i int) bool {
	return i > 0 && (countVerbs[toks[i-1]] || pluralDeterminers[toks[i-1]])
}

// pluralDeterminers put a count after them: "dans nos 12 établissements", "our 35 sites".
var pluralDeterminers = map[string]bool{
	"nos": true, "mes": true, "vos": true, "ses": true, "leurs": true, "ces": true, "les": true,
	"our": true, "my": true, "their": true, "these": true, "those": true, "your": true,
}

var countVerbs = map[string]bool{
	"est": true, "sommes": true, "etes": true, "sont": true, "avons": true, "ont": true,
	"environ": true, "about": true, "plus": true, "moins": true, "are": true, "were": true,
}

// labelled reports a number that is the label of a thing: "volume 2A", "version 35",
// "salle 13", "page 44".
func labelled(toks []string, i int) bool {
	return i > 0 && labels[toks[i-1]]
}

var labels = map[string]bool{
	"volume": true, "vol": true, "tome": true, "chapitre": true, "chapter": true, "page": true, "pages": true,
	"version": true, "v": true, "partie": true, "part": true, "section": true, "niveau": true, "level": true,
	"etape": true, "step": true, "article": true, "numero": true, "no": true, "n": true, "salle": true,
	"room": true, "bus": true, "ligne": true, "porte": true, "bureau": true, "classe": true, "modele": true,
	"model": true, "type": true, "option": true, "exercice": true, "question": true, "annexe": true,
	"cerfa": true, "formulaire": true, "form": true, "ref": true, "reference": true, "dossier": true,
	// Sports divisions: "la finale de Top 14", "monter en Nationale 2", "Ligue 1".
	"top": true, "ligue": true, "nationale": true, "national": true, "regionale": true, "federale": true,
	"division": true, "elite": true, "poule": true, "journee": true,
}

// amongNumbers reports whether the number at i stands next to another: a version ("dpkg
// 1.19.2"), a range or a date, not a département.
// A count after it is no neighbour: "dans le 76 ? 6 personnes".
func amongNumbers(toks []string, i int) bool {
	return (i > 0 && isDigits(toks[i-1])) || (i+1 < len(toks) && isDigits(toks[i+1]) && !(i+2 < len(toks) && units[toks[i+2]] && toks[i+2] != "pour"))
}

// unitAfter reports whether the number at i is a quantity, a time or a date: "35 ans",
// "16 heures", "12 mars", "80 colonnes".
func unitAfter(toks []string, i int) bool {
	if i+1 < len(toks) && toks[i+1] == "pour" && (i > 1 && toks[i-2] == "dans" && toks[i-1] == "le" || i > 0 && toks[i-1] == "du") &&
		!(i+2 < len(toks) && (toks[i+2] == "cent" || toks[i+2] == "mille")) { // "libre le 23 pour le repas" stays a date
		return false // "dans le 67 pour un contrat", "une animalerie du 35 pour passer à Linux": not "67 pour cent"
	}
	return i+1 < len(toks) && units[toks[i+1]] || rangeStart(toks, i)
}

// rangeStart reports the first number of a range of dates or counts: "fermé du 15 au 30
// août", "de 10 à 20 postes" — days and counts, not the Cantal.
func rangeStart(toks []string, i int) bool {
	if i+3 >= len(toks) || !rangeWords[toks[i+1]] || !isDigits(toks[i+2]) {
		return false
	}
	return units[toks[i+3]] || i > 0 && (toks[i-1] == "du" || toks[i-1] == "from" || toks[i-1] == "de" || toks[i-1] == "entre")
}

var rangeWords = map[string]bool{"au": true, "a": true, "to": true, "et": true, "and": true}

var units = map[string]bool{
	"ans": true, "an": true, "h": true, "heure": true, "heures": true, "minutes": true, "min": true,
	"secondes": true, "jours": true, "jour": true, "mois": true, "semaines": true, "euros": true,
	"eur": true, "km": true, "personnes": true, "salaries": true, "utilisateurs": true, "postes": true,
	"colonnes": true, "lignes": true, "octets": true, "caracteres": true, "bits": true, "pour": true,
	"janvier": true, "fevrier": true, "mars": true, "avril": true, "mai": true, "juin": true,
	"juillet": true, "aout": true, "septembre": true, "octobre": true, "novembre": true,
	"decembre": true, "pc": true, "ordinateurs": true, "machines": true, "licences": true,
	"comptes": true, "boites": true, "sites": true, "adherents": true, "benevoles": true, "eleves": true,
	"membres": true, "agents": true, "years": true, "hours": true, "users": true, "people": true, "pm": true, "am": true,
	"person": true, "employees": true, "staff": true, "members": true, "volunteers": true, "seats": true,
	"laptops": true, "servers": true, "mailboxes": true, "classes": true, "enfants": true, "familles": true,
	"tours": true, "rpm": true, "tr": true, "m2": true, "pieces": true, "exemplaires": true, "articles": true, "habitants": true,
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// townAfter reports a postal code followed by its own town's name: "37000 Tours".
func townAfter(p Place, toks []string, i int) bool {
	return i+1 < len(toks) && strings.HasPrefix(textnorm.Fold(p.City)+" ", toks[i+1]+" ")
}

// unitBefore are words after which a last number is a quantity: "5 sur 10", "de 10", "x 12"
// ("on est 12" and "version 10" are left out earlier, by counted and labelled).
var unitBefore = map[string]bool{"de": true, "a": true, "sur": true, "x": true, "fois": true, "entre": true, "et": true,
	"over": true, "under": true, "than": true, "aged": true, "plus": true, "moins": true} // "most volunteers are over 65"
