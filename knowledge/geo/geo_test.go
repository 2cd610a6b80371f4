// SPDX-License-Identifier: AGPL-3.0-or-later

package geo

import (
	"sync"
	"testing"

	"github.com/boussole-libre/boussole/knowledge/textnorm"
)

var (
	once    sync.Once
	shared  *Geo
	loadErr error
)

func load(t testing.TB) *Geo {
	t.Helper()
	once.Do(func() { shared, loadErr = Load() })
	if loadErr != nil {
		t.Fatal(loadErr)
	}
	return shared
}

func TestCounts(t *testing.T) {
	g := load(t)
	if n := len(g.Regions()); n != 18 {
		t.Errorf("%d regions, want 18", n)
	}
	if n := len(g.Departements()); n != 101 {
		t.Errorf("%d départements, want 101", n)
	}
	if n := g.CommuneCount(); n < 34000 {
		t.Errorf("%d communes, want about 35,000", n)
	}
}

func TestResolve(t *testing.T) {
	g := load(t)
	tests := []struct{ in, region, dep, city string }{
		{"Rennes", "53", "35", "Rennes"},
		{"35", "53", "35", ""},
		{"35000", "53", "35", "Rennes"},
		{"Ille-et-Vilaine", "53", "35", ""},
		{"ille et vilaine", "53", "35", ""},
		{"BZH", "53", "", ""},
		{"Finistère", "53", "29", ""},
		{"finistere", "53", "29", ""},
		{"Rhône-Alpes", "84", "", ""},
		{"Midi-Pyrénées", "76", "", ""},
		{"PACA", "93", "", ""},
		{"IDF", "11", "", ""},
		{"AURA", "84", "", ""},
		{"la Réunion", "04", "", ""},
		{"974", "04", "974", ""},
		{"20000", "94", "2A", "Ajaccio"}, // Corsican postal codes start with 20, départements are 2A/2B
		{"20200", "94", "2B", "Bastia"},
		{"2A", "94", "2A", ""},
		{"2b", "94", "2B", ""},
		{"97400", "04", "974", "Saint-Denis"},
		{"1", "84", "01", ""},
		{"Tours", "24", "37", "Tours"},
		{"Nantess", "52", "44", "Nantes"}, // one typo
		{"Bretgne", "53", "", ""},
		{"Brittany", "53", "", ""},
		{"Corsica", "94", "", ""},
		{"Normandy", "28", "", ""},
		{"région Bretagne", "53", "", ""},
		{"Saint-Étienne", "84", "42", "Saint-Étienne"},
		{"75011", "11", "75", "Paris"},
		{"Cherbourg-Octeville", "28", "50", "Cherbourg-en-Cotentin"}, // delegated commune → its parent
	}
	for _, tt := range tests {
		p, ok := g.Resolve(tt.in)
		if !ok {
			t.Errorf("Resolve(%q) found nothing", tt.in)
			continue
		}
		if p.Region != tt.region || p.Departement != tt.dep || p.City != tt.city {
			t.Errorf("Resolve(%q) = region %s dep %s city %q, want %s %s %q", tt.in, p.Region, p.Departement, p.City, tt.region, tt.dep, tt.city)
		}
	}
	for _, bad := range []string{"Atlantis", "99", "00000", "Bretonnie du Nord", ""} {
		if p, ok := g.Resolve(bad); ok {
			t.Errorf("Resolve(%q) = %+v, want nothing", bad, p)
		}
	}
}

func TestScanNeedsACueForCommonWords(t *testing.T) {
	g := load(t)
	tests := []struct {
		msg      string
		bareDeps bool
		want     string // label, or "" for no place
	}{
		{"qui peut installer odoo près de Nantes", false, "Nantes (44)"},
		{"on se voit à Lille demain", false, "Lille (59)"},
		{"la réunion de demain", false, ""},
		{"je suis en réunion", false, ""},
		{"un prestataire à la Réunion", false, "La Réunion"},
		{"dans la Vienne", false, "Vienne (86)"},
		{"à Vienne", false, "Vienne (38)"},
		{"au Mans", false, "Le Mans (72)"},
		{"dans le Nord", false, "Nord (59)"},
		{"le nord de la ville", false, ""},
		{"un presta dans le 35", false, "Ille-et-Vilaine (35)"},
		{"j'ai 35 ans", false, ""},
		{"prestataire 35", true, "Ille-et-Vilaine (35)"},
		{"who can host jitsi in Brittany", false, "Bretagne"},
		{"à Tours", false, "Tours (37)"},
		{"des tours de magie", false, ""},
		{"c'est nice", false, ""},
		{"il fait beau à Nice", false, "Nice (06)"},
		{"St Etienne", false, "Saint-Étienne (42)"},
		{"prestataire à Plaisir", false, "Plaisir (78)"},
		{"un peu de plaisir", false, ""},
		{"prestataire Rennes", false, "Rennes (35)"},
		{"près de Nantess", false, "Nantes (44)"},
		{"en Bretgne", false, "Bretagne"},
		{"dans le Cher", false, "Cher (18)"},
		{"c'est cher", false, ""},
		{"dans la Manche", false, "Manche (50)"},
		{"prestataire 75011", false, "Paris (75)"},
		// An institution "du", "de la", "des" a département: the département, whatever
		// else its name means — unless the name has its own complement.
		{"une petite mairie du Var", false, "Var (83)"},
		{"un collège de la Manche", false, "Manche (50)"},
		{"une asso des Vosges", false, "Vosges (88)"},
		{"l'asso du lot de tomates", false, ""},
		{"au cercle généalogique de l'Aude", false, "Aude (11)"},
		{"le comité départemental de la Marne", false, "Marne (51)"},
		{"un cercle de lecture très cher", false, ""},
		// A commune named in two overseas regions, then "à la Réunion": the one there.
		{"la mairie de Sainte-Rose, à la Réunion", false, "Sainte-Rose (974)"},
		{"à Sainte-Rose en Guadeloupe", false, "Sainte-Rose (971)"},
		// A wine named after its land, in a message about wine.
		{"ma cave à vin : 500 bouteilles, Bordeaux surtout", false, ""},
		{"un caviste à Bordeaux vend du vin", false, "Bordeaux (33)"},
		// A range of days or counts is no département; a legal form is no typo of one.
		{"le cabinet est fermé du 15 au 30 août", true, ""},
		{"de 10 à 20 postes", true, ""},
		{"un presta dans le 44 ou le 35", false, "Loire-Atlantique (44)"},
		{"ma boîte est passée en EURL", false, ""},
		{"une agence en Eure", false, "Eure (27)"},
		// A holiday business has an address; a commune's first word and its département
		// name it.
		{"un village vacances à Saint-Pierre (974)", false, "Saint-Pierre (974)"},
		{"en vacances à Nice", false, ""},
		{"un camping près d'Argeles (66)", false, "Argelès-sur-Mer (66)"},
		// "à la Réunion, des prestataires": the region; "à la réunion des parents": a meeting.
		{"photographe a la Reunion, des prestataires locaux ?", false, "La Réunion"},
		{"on en parle à la réunion des parents", false, ""},
		{"former l'equipe qualite, 37000 Tours", false, "Tours (37)"},
		// A town then its overseas region; a river named like its département; a resort.
		{"surf club à Saint-Gilles, La Réunion", false, "La Réunion"},
		{"location de canoës sur la Loire près d'Amboise", false, "Amboise (37)"},
		{"une école de surf à Hossegor", false, "Soorts-Hossegor (40)"},
		// A postal code picks the commune whose name it starts; a short village name that
		// is no French word, firmly cued.
		{"on est a Saint-Gervais (74170)", false, "Saint-Gervais-les-Bains (74)"},
		{"une entreprise près de Taizé ?", false, "Taizé (71)"},
		// A league or a club named by its region's people.
		{"pour la formation des arbitres de la ligue guadeloupéenne de football", false, "Guadeloupe"},
		// An acronym names a public body in the town after it, a new sentence after.
		{"pour le CCAS de Pontivy ? on n'a pas d'informaticien", false, "Pontivy (56)"},
	}
	for _, tt := range tests {
		m, ok := g.Scan(textnorm.Split(tt.msg), nil, tt.bareDeps)
		got := ""
		if ok {
			got = m.Place.Label
		}
		if got != tt.want {
			t.Errorf("Scan(%q) = %q, want %q", tt.msg, got, tt.want)
		}
	}
}

func TestComplete(t *testing.T) {
	g := load(t)
	for _, typed := range []string{"bre", "35", "ren", "", "pa", "2a"} {
		got := g.Complete(typed, 25)
		if typed != "" && len(got) == 0 {
			t.Errorf("Complete(%q) is empty", typed)
		}
		if len(got) > 25 {
			t.Errorf("Complete(%q) returned %d > 25", typed, len(got))
		}
	}
	if got := g.Complete("bre", 25); got[0].Value != "Bretagne" {
		t.Errorf("Complete(bre)[0] = %+v, want Bretagne first", got[0])
	}
}

// BenchmarkLoad measures loading the embedded geography.
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
}

// TestOrdinaryWordsAreNotPlaces covers the classes of false places found in ordinary
// French (Debian's French manual pages, see bot/internal/falseplaces): commune names that
// are ordinary words, "en" as a cue, numbers that are quantities or versions, a typo turning
// a word into a département, a name without its article.
func TestOrdinaryWordsAreNotPlaces(t *testing.T) {
	g := load(t)
	tests := []struct {
		msg   string
		asked bool // the message asks for providers
		want  string
	}{
		{"une sauvegarde en ligne libre", false, ""},
		{"un agenda partagé en ligne", true, ""},
		{"c'est en cours", true, ""},
		{"affiche sur la ligne de commande", true, ""},
		{"exécuter la commande à l'heure prévue", true, ""},
		{"cette sortie n'a de sens que si", true, ""},
		{"il n'y a eu aucune erreur", false, ""},
		{"depuis dpkg 1.19.2", true, ""},
		{"le descripteur de fichier 1", true, ""},
		{"lancer une commande à 16 heures", true, ""},
		{"dans le tampon de ligne", true, ""},
		{"à cause d'une erreur", true, ""},
		{"chaque élément tour à tour", true, ""},
		{"le plus grand est le dernier", false, ""},
		{"une alternative à Slack pour les épiceries du Grand Est ?", false, "Grand Est"},
		{"la mariée veut une robe bordeaux et tout le papier assorti", false, ""},
		{"le processus aura un nom", false, ""},
		{"à des fins de test", true, ""},
		{"des paris sportifs", false, ""}, // a determiner before a name without a place cue makes it a noun
		{"arrête tes vannes", false, ""},
		{"ça se corse", false, ""},
		{"à l'aube de la rentrée", false, ""},
		{"un artisan maçon", false, ""},
		{"on a eu un rançongiciel l'an dernier", false, ""},
		{"un vieil ordi qui rame à mort elle fait juste ses mails", true, ""},
		// A street, a style, a cheese or a chocolate named like a place is none.
		{"notre local est au 3 rue de Strasbourg", true, ""},
		{"un prestataire avenue de Paris", true, ""},
		{"la déco de l'auberge en Provence-style", true, ""},
		{"je vends du Cantal et du Brie", true, ""},
		{"deux tablettes de Côte d'Or", true, ""},
		{"c'est Versailles ici, toutes les lumières restent allumées", true, ""},
		{"En passant par la Lorraine avec mes sabots", true, ""},
		{"je reviens de vacances a marseille et j'ai 200 cartes en retard", true, ""},
		{"ma collègue Lorraine cherche un outil libre", true, ""},
		{"un prestataire en Lorraine", true, "Lorraine (Grand Est)"},
		{"je viens du Cantal", true, "Cantal (15)"},
		// Resorts and valleys people name as where they work.
		{"une ecole de ski a Font-Romeu cherche une boite", true, "Font-Romeu (Occitanie)"},
		{"station de trail et de rando au Lioran, on cherche une entreprise", true, "Le Lioran (Auvergne-Rhône-Alpes)"},
		{"qui peut m'aider dans le Queyras ?", true, "Queyras (Provence-Alpes-Côte d'Azur)"},
		// A big city whose name opens with "le" is named after "du"; a harbour among boats
		// is no Le Port (974), a drone no Drôme.
		{"notre asso de plaisanciers du Havre cherche un prestataire", true, "Le Havre (76)"},
		{"une bouée du ponton 3 est abîmée, je l'ai signalée au port", true, ""},
		{"un outil libre pour monter les vidéos de surf filmées au drone", true, ""},
		{"mon père boit 3 litres d'eau de Vichy par jour", true, ""},
		{"on a rajouté des pastilles Vichy sur le bon de commande", true, ""},
		{"J'ai 40 caisses de calvados hors d'age a inventorier avant la fin du mois", true, ""},
		{"ventes privées, arrivage de champagne : comment envoyer des SMS groupés aux clients ?", true, ""},
		{"petite maison de champagne à Château-Thierry (02), qui peut nous installer Dolibarr ?", true, "Château-Thierry (02)"},
		{"le planning de la construction (maçon, charpentier, plaquiste, elec...)", true, ""},
		{"on est au port de Lagarde, en Moselle", true, "Lagarde (57)"},
		{"une animalerie du 35 pour passer à Linux", true, "Ille-et-Vilaine (35)"},
		{"la salle est libre le 23 pour le repas", true, ""},
		{"un prestataire en Côte-d'Or", true, "Côte-d'Or (21)"},
		{"une SSLL dans le 67 pour un contrat de support", true, "Bas-Rhin (67)"},
		{"une scop vers clermont qui fait de la formation", true, "Clermont-Ferrand (63)"},
		{"un presta à Clermont (60) ?", true, "Clermont (60)"},
		// Big cities named by their first word; a département number after "dans le" picks
		// the commune of that name there.
		{"a small law firm in Boulogne (the one next to Paris)", true, "Boulogne-Billancourt (92)"},
		{"un presta à Boulogne dans le 62 ?", true, "Boulogne-sur-Mer (62)"},
		{"une asso à Issy pour une formation ?", true, "Issy-les-Moulineaux (92)"},
		{"quelqu'un à Valence dans le 82 ?", true, "Valence (82)"},
		// A city's well-known quarter stands for the city.
		{"I run a small café near Part-Dieu", true, "Lyon (69)"},
		{"une scop qui fait du dev Omeka près de Luminy ??", true, "Marseille (13)"},
		{"un presta à La Défense pour Odoo ?", true, "Puteaux (92)"},
		{"on est à la Croix-Rousse", true, "Lyon (69)"},
		{"je suis près de la gare de Lyon à Paris, un presta Odoo ?", true, "Paris (75)"},
		{"on a un bureau à côté de la gare du Nord", true, "Paris (75)"},
		{"je bosse près de la gare de Lyon", true, "Paris (75)"},
		{"y a un GULL pas loin de Privas ?", true, "Privas (07)"},
		{"un logiciel de compta loin de Privas", true, ""},
		{"prestataire Valence (82)", true, "Valence (82)"},
		{"les Rennais, vous connaissez une structure ?", true, "Rennes (35)"},
		{"les Tourangeaux, une asso pas loin ?", true, "Tours (37)"},
		{"un presta dans l'Aube", true, "Aube (10)"},
		{"qui peut installer nextcloud à Ligné", true, "Ligné (44)"},
		{"prestataire AURA", true, "Auvergne-Rhône-Alpes"},
		{"un presta dans le 35", false, "Ille-et-Vilaine (35)"},
		{"prestataire nextcloud 35", true, "Ille-et-Vilaine (35)"},
		{"anyone in the 974 hosting PeerTube or Mastodon? our school wants a local instance", false, "La Réunion (974)"},
		{"I have 3 kids in the 5 to 10 range, which laptop for them", false, ""},
		{"au Mans", false, "Le Mans (72)"},
		{"à la Rochelle", false, "La Rochelle (17)"},
		// A number that labels a thing, or a column of figures, is no place.
		{"manuel Intel volume 2A", true, ""},
		{"réunion salle 35 demain", true, ""},
		{"qqn va voir la finale de Top 14 au bar samedi ?", true, ""},
		{"calls 1 400 0 realloc 40 44800 0", true, ""},
		{"hébergeur associatif pour nos mails, on est 10", true, ""},
		{"on est dans le 35, un presta ?", true, "Ille-et-Vilaine (35)"},
		{"prestataire 44 ou 35", true, "Loire-Atlantique (44)"},
		{"prestataire 2A", true, "Corse-du-Sud (2A)"},
		{"un presta vers 29200", true, "Brest (29)"},
		// Old provinces and "pays" people still name.
		{"cherche freelance wordpress pays basque", true, "Pays basque (Nouvelle-Aquitaine)"},
		{"qui peut installer nextcloud dans le pays de gex", true, "Pays de Gex (Auvergne-Rhône-Alpes)"},
		{"un presta nextcloud en Touraine", true, "Touraine (Centre-Val de Loire)"},
		{"une structure qui forme les offices de tourisme de Champagne", true, "Champagne (Grand Est)"},
		{"qui peut installer Mattermost pour les guides en Baie de Somme", true, "Baie de Somme (Hauts-de-France)"},
		{"une carte OSM pour le parc naturel du Vercors", true, "Vercors (Auvergne-Rhône-Alpes)"},
		// A province that is also a wine, and a spirit brought to a party.
		{"le champagne pour le gala est commandé, qui peut installer un outil ?", true, ""},
		{"on a fêté les 10 ans de l'atelier au champagne hier soir, qui peut installer un outil ?", true, ""},
		{"qqn a ramené du calvados à la soirée, qui peut nous aider ?", true, ""},
		{"je fais des verres à cognac soufflés main, qui peut faire ma boutique en ligne ?", true, ""},
		{"les mariés veulent un bar à cognac, qui peut nous aider ?", true, ""},
		// A resort named without its commune's last part; "près du" before a name with its article.
		{"qui peut installer Nextcloud au Touquet ?", true, "Le Touquet-Paris-Plage (62)"},
		{"qui peut installer Nextcloud près du Croisic ?", true, "Le Croisic (44)"},
		// A place set aside; a town after its traders' association.
		{"en dehors de la Bretagne, qui peut installer Nextcloud ?", true, ""},
		{"l'union commerciale de Figeac cherche une structure pour nous former", true, "Figeac (46)"},
	}
	for _, tt := range tests {
		m, ok := g.Scan(textnorm.Split(tt.msg), nil, tt.asked)
		got := ""
		if ok {
			got = m.Place.Label
		}
		if got != tt.want {
			t.Errorf("Scan(%q, asked=%v) = %q, want %q", tt.msg, tt.asked, got, tt.want)
		}
	}
}

func TestEveryAreaHasATitle(t *testing.T) {
	for _, areas := range [][]Area{formerRegions, traditionalAreas} {
		for _, a := range areas {
			if a.Title == "" {
				t.Errorf("area %q has no title: answers would show it folded", a.Name)
			}
		}
	}
}
