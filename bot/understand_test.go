// SPDX-License-Identifier: AGPL-3.0-or-later

package bot

import (
	"slices"
	"strings"
	"testing"

	"github.com/boussole-libre/boussole/knowledge"
	"github.com/boussole-libre/boussole/knowledge/kbtest"
)

// shippedKB is the KB embedded in the binary.
func shippedKB(t testing.TB) *knowledge.KB { return kbtest.Shipped(t) }

// A phrasing and what a person expects from it. Empty fields are not checked; "-" means
// "none at all".
type phrasing struct {
	q       string
	intent  Intent
	tool    string // first recommended tool id
	product string // a product the answer says it replaces; "-": none
	region  string // INSEE region code of the place understood
}

const (
	alt  = IntentAlternative
	prov = IntentProviders
	help = IntentHelp
	none = IntentNone
)

var phrasings = []phrasing{
	// Everyday products, French, with and without accents.
	{"alternative à Google Drive ?", alt, "nextcloud", "google-drive", "-"},
	// Session 33: a pain told beside the product used asks for a way out; the members asked
	// which way they work, or a day told, ask for nothing; someone asked to come along.
	{"on note le materiel (tatamis, gants, plastrons) sur Excel et personne sait qui a emprunte quoi", alt, "", "microsoft-excel", "-"},
	{"on passe par Facebook pour annoncer les stages et les competitions, mais plein de parents refusent d'y aller", alt, "", "facebook", "-"},
	{"le club utilise Apple iMovie pour les montages des demos, mais la moitie du bureau est sur PC", alt, "", "imovie", "-"},
	{"pour le plan du reseau, vous faites pente 2% max ou vous montez plus ?", none, "-", "", "-"},
	{"Le site de Meteo-France est tombe ou c'est chez moi ?", none, "-", "", "-"},
	{"c'est pas dans le bon sens ta photo, tu l'as retournée ?", none, "-", "", "-"},
	{"tu fais quoi ce week-end boussole ? nous on a la fête de fin d'année de l'asso", none, "-", "", "-"},
	{"tu fais quoi exactement ?", help, "-", "", "-"},
	{"En vrai les clients ont juste besoin de Netflix sur le wifi, le reste ils s'en fichent", none, "-", "", "-"},
	{"quelqu'un a deja tatoue le logo de Windows XP ? on a une demande pour samedi haha", none, "-", "", "-"},
	{"je traduis un menu de restaurant, comment on dit « tulle de parmesan » en anglais ?", none, "-", "", "-"},
	{"j'ai une cliente, elle veut la traduction de son diplôme espagnol pour lundi, je vais encore y passer le week-end", none, "-", "", "-"},
	{"un logiciel libre pour créer le logo de notre asso ?", alt, "inkscape", "", "-"},
	{"les photos de Nala sont trop nice, c'est qui le photographe ?", none, "-", "", "-"},
	{"les enfants ont appele le chat Scratch a cause du logiciel, ils sont fans", none, "-", "", "-"},
	{"j'ai eu un entretien en mars qui s'est bien passe mais toujours pas de nouvelles, je relance par mail ou pas ?", none, "-", "", "-"},
	{"on a reçu 3 chiots de Guadeloupe via une asso partenaire, trop choux, ils ont supporté le vol comme des champions", none, "-", "", ""},
	{"un logiciel pour apprendre à programmer avec Scratch à mon fils ?", alt, "", "", "-"},
	{"alternative à MS Project pour faire le planning gantt de la construction (maçon, charpentier, plaquiste, elec...) ?", alt, "", "microsoft-project", "-"},
	{"Une boîte dans le Bordelais qui sait héberger Nextcloud pour un château ?", prov, "nextcloud", "", "75"},
	{"qui peut me former sur GIMP et Inkscape pour faire mes visuels (artisan peintre, Limoges) ?", prov, "", "", "75"},
	{"Orange m'a coupé la fibre au local de conditionnement depuis 3 jours, galère pour prendre les commandes", none, "-", "", "-"},
	{"alternative a google photos pour partager les photos des soirees d'obs avec les membres du club", alt, "", "google-photos", "-"},
	{"la mise a jour de l'appli de marees a tout casse, plus aucun coeff affiche", none, "-", "", "-"},
	{"besoin d'un plan du ciel à imprimer chaque mois pour le bulletin du club, avec les planètes visibles", alt, "stellarium", "", "-"},
	{"quelqu'un sait s'il reste des badges pour la formation de jeudi ?", none, "-", "", "-"},
	{"on fait des quiz avec Mentimeter pendant les week-ends de formation, y a un libre ?", alt, "", "mentimeter", "-"},
	{"lol the harbour master just spent 20 min on the phone with Microsoft support about his Outlook password", none, "-", "", "-"},
	{"WhatsApp est tombe pendant une heure hier soir pile pendant la mise en place, heureusement qu'on avait les talkies", none, "-", "", "-"},
	{"Tu sais signer toi ? 😄", none, "-", "", "-"},
	{"tu sais faire quoi toi ?", help, "-", "", "-"},
	{"une page de prise de rendez-vous en ligne pour que les habitants reservent un creneau d'interview", alt, "", "", "-"},
	{"we need a shared calendar, each volunteer logs in to see the schedule", alt, "nextcloud", "", "-"},
	{"Instagram nous a encore bloqué la pub pour le spectacle parce qu'il y a un pistolet en plastique sur l'affiche... ils sont sérieux ?", none, "-", "", "-"},
	{"Proxmox c'est sérieux en prod ou on regarde XCP-ng ?", alt, "", "", "-"},
	{"I'm looking for a way to remotely help my dad when he's stuck on his laptop, something open source and free", alt, "rustdesk", "", "-"},
	{"un logiciel pour suivre les dates d'expiration des cartes pro CNAPS et des recyclages SST de chaque agent", alt, "", "", "-"},
	{"un logiciel pour voir en temps reel ou sont les patrouilles sur une carte ?", alt, "traccar", "", "-"},
	{"Est-ce qu'il y a une boîte dans le Nord qui peut maintenir notre parc de 30 PC sous Linux Mint ? Le local est à Roubaix", prov, "linux-mint", "", "32"},
	{"looking for an open source tool to clean messy spreadsheet data from a public registry for an investigation", alt, "", "", "-"},
	{"comment je transcris automatiquement 2h d'entretien en francais sans envoyer l'audio dans le cloud ?", alt, "whisper", "", "-"},
	{"qui peut nous aider pour la mise en place de Nextcloud à Lyon ?", prov, "nextcloud", "", "84"},
	{"quand on rentre au port le soir j'ai plus la force de répondre aux messages des clients, faudrait que je m'organise mieux", none, "-", "", "-"},
	{"nos avis Google se font pourrir par un concurrent depuis 2 semaines, 3 etoiles en moins, j en ai marre franchement", none, "-", "", "-"},
	{"une messagerie pour écrire aux apprenants sans leur demander d'installer 36 applis ni de donner leur numéro ?", alt, "", "", "-"},
	{"la mariée veut que toutes les photos soient en noir et blanc, j'avais jamais eu ça", none, "-", "", "-"},
	{"les clients râlent que le site n'est pas en ligne depuis hier soir, je relance l'hébergeur, ils sont jamais joignables le dimanche", none, "-", "", "-"},
	{"Je voudrais qu'on m'accompagne pour passer toute ma petite boîte de déménagement au libre, on est en Picardie", prov, "", "", "32"},
	{"ma collègue fait encore les plannings sur papier, elle voudrait un outil libre simple, vous avez quoi ?", alt, "nextcloud", "", "-"},
	{"un outil pour faire le planning des menus de la semaine en tenant compte des allergies ?", alt, "mealie", "", "-"},
	{"un lieu pour stocker et partager les reglements et feuilles de match entre les clubs du comite", alt, "nextcloud", "", "-"},
	{"besoin d'un outil pour stocker et partager les mots de passe des réseaux sociaux entre les 5 personnes de la comm'", alt, "bitwarden", "", "-"},
	// Session 32: a trade's setting is no need; a list in brackets asks for nothing.
	{"bilan du trimestre : les charges sont lourdes, les marchés d'hiver ont pas donné grand chose", none, "-", "", "-"},
	{"qui peut héberger une instance Mobilizon pour annoncer les animations des médiathèques de La Réunion ?", prov, "mobilizon", "", "04"},
	{"Nous utilisons Google Analytics sur le portail de la médiathèque, il y a une solution libre plus respectueuse des usagers ?", alt, "matomo", "google-analytics", "-"},
	{"Hello! I'm the new lab manager of a CNRS-university joint unit near Orsay. We use Trello to track orders and instrument maintenance. What would you suggest that is open source?", alt, "wekan", "trello", "11"},
	{"Besoin d'un gestionnaire de tickets pour les demandes informatiques des chercheurs (install logiciel, comptes, imprimantes...), libre si possible", alt, "glpi", "", "-"},
	{"We run a bibliobus in rural Brittany and there's often no mobile signal at the stops. How can we check loans offline with an open source system?", alt, "koha", "", "53"},
	{"hello, we want to do a stop-motion workshop with teens at the médiathèque, any free software for that?", alt, "qstopmotion", "", "-"},
	{"un service en ligne sécurisé pour que les porteurs de projet nous envoient leurs pièces d'identité et relevés bancaires pour le comité, pas par mail", alt, "nextcloud", "", "-"},
	{"un outil pour rédiger la doc de nos protocoles d'enregistrement, genre wiki interne pour les nouveaux bénévoles", alt, "bookstack", "", "-"},
	{"Hi, I'm a PhD student from Brazil in Nancy. What's a good free tool to manage my bibliography in LaTeX?", alt, "zotero", "", "44"},
	{"un correcteur grammatical pour LibreOffice ?", alt, "languagetool", "", "-"},
	{"Bonsoir, nous sommes une MFR dans le Jura. Une entreprise peut-elle installer et maintenir un Proxmox pour les postes de la salle CAO ?", prov, "proxmox-ve", "", "27"},
	{"Our hairdressing school books client appointments for the training salon on Planity. Any open source booking system we could self-host instead?", alt, "", "", "-"},
	{"c'est quoi un bon logiciel libre de classe virtuelle pour garder le lien avec les apprentis pendant leurs periodes en entreprise ? on est un CFA a Mamoudzou", alt, "bigbluebutton", "", "06"},
	{"Logiciel libre pour creer la boutique web de la mini-entreprise des bac pro commerce ?", alt, "prestashop", "", "-"},
	{"qui peut former les saisonniers à Nextcloud et Thunderbird ? on est au port de Lagarde, en Moselle", prov, "nextcloud", "", "44"},
	{"on a rajouté des pastilles Vichy et 10 packs d'eau d'Evian sur le bon de commande de la cuisine, qqn peut valider avant 14h ?", none, "-", "", "-"},
	{"lol one apprentice just asked me if TikTok counts as a \"support de communication\" for his retail exam", none, "-", "", "-"},
	{"c quoi un bon outil libre pour envoyer une lettre d'info mensuelle a 800 abonnés ?", alt, "listmonk", "", "-"},
	{"Is Solarquil Pro free software? we were told it's good for monitoring off-grid solar batteries", alt, "-", "", "-"},
	{"une appli libre sur android pour noter les recoltes au jardin sans reseau ?", alt, "-", "", "-"},
	{"I want to switch on a UV sterilizer and a fan automatically when the tank gets too warm, using cheap smart plugs. Open source firmware?", alt, "home-assistant", "", "-"},
	// Session 31: a wine name after "en" is the land; a count opening the next sentence is
	// no phone number; a place set aside by small talk comes back when software is asked.
	{"qui peut héberger un Nextcloud pour une cave coop en Alsace ? on a 12 salariés", prov, "nextcloud", "", "44"},
	{"qqn pour heberger un Odoo dans le 33 ? 2 chateaux, meme proprio", prov, "odoo", "", "75"},
	{"on est dans le 67, on voudrait un outil pour suivre la maturité du raisin", alt, "", "", "44"},
	// Someone else buying the product is news; the asker's co-op is no co-op sought; a second
	// purpose joined by "et" is still the tool's; a compound word is not its last part.
	{"Apple sort un nouvel iPad et bien sur mon associé veut en acheter 3 pour le cabinet...", none, "-", "", "-"},
	{"un service de visio hébergé en France pour les réunions du conseil d'administration de la cave coopérative ?", alt, "jitsi-meet", "", "-"},
	{"besoin d'un logiciel pour faire des fiches de procédures internes et former les nouveaux clercs", alt, "bookstack", "", "-"},
	{"c'est possible d'avoir un outil qui retire l'arrière-plan de mes photos de vêtements automatiquement, libre ?", alt, "gimp", "", "-"},
	{"besoin d'un outil pour le registre des traitements phyto (date, produit, dose, parcelle)", alt, "ekylibre", "", "-"},
	{"I'd like a simple tool to build interactive exercises my patients can do at home", alt, "h5p", "", "-"},
	{"comment effacer proprement un vieux disque dur avec des dossiers patients dessus avant de le jeter ?", alt, "nwipe", "", "-"},
	// A task told (imposed, owed a colleague, a client's order), a fact asked of the members
	// and "libre" meaning free on a date ask nothing.
	{"ma patronne veut que je fasse des reels tiktok en plus de l'insta, j'en peux plus 😩", none, "-", "", "-"},
	{"quelqu'un sait si la salle des fêtes est libre le 23 pour le repas de la Sainte-Barbe ?", none, "-", "", "-"},
	{"M. Laval a rappelé pour ses 500 flyers, il les veut en 135g au lieu de 115g finalement", none, "-", "", "-"},
	{"notre nouvelle collègue arrive lundi, faut lui créer ses accès à l'extranet", none, "-", "", "-"},
	// What the asker's people install or upkeep, and the work they want to take back, seek no one.
	{"je communique avec mes clientes par WhatsApp Business pour les confirmations de rdv. il y a une messagerie libre que mes clientes pourraient installer facilement ?", alt, "signal", "whatsapp", "-"},
	{"FileMaker pour la base clients/commandes, on peut plus le maintenir, un équivalent libre ?", alt, "baserow", "filemaker", "-"},
	{"on fait la mise en page du rapport annuel sur InDesign chez un prestataire, y a moyen de le faire nous-mêmes en libre ?", alt, "scribus", "adobe-indesign", "-"},
	{"un service de visio en ligne qu'on n'a pas à installer, pour des rdv avec des clients à l'étranger ?", alt, "jitsi-meet", "", "-"},
	// A pricing tier is no map; the bot asked what it can search is help; translators' tools.
	{"we keep member licences and fees in an Airtable base, the free plan is limiting. Open source alternative?", alt, "baserow", "airtable", "-"},
	{"boussole tu peux chercher des prestataires par ville ou seulement par region ?", help, "-", "", "-"},
	{"tu préfères Nadal ou Federer toi le bot ?", none, "-", "", "-"},
	// Members named as whom a service is for are no membership software asked.
	{"vous connaissez un service de visio hébergé en France, sans compte à créer pour les adhérents, pour faire des rdv conseil ?", alt, "jitsi-meet", "", "-"},
	// A member asked for a thing they hold, or who is in charge, is no request.
	{"qqn a les chiffres du sondage de l'an dernier sur la mutuelle ? je les retrouve plus sur le Drive", none, "-", "", "-"},
	{"les tours de garde de décembre sont toujours pas en ligne, qui s'en occupe cette année ?", none, "-", "", "-"},
	{"jsp si c le bon endroit mais qqn a un gestionnaire de mots de passe pour partager les identifiants du compte de la banque ?", alt, "", "", "-"},
	{"on bosse avec Phrase (ex Memsource) pour les projets de localisation, trop cher pour nous. un equivalent libre qu on pourrait heberger ?", alt, "weblate", "phrase-tms", "-"},
	{"salut, comment on fait un site web pour l'amicale que les non-informaticiens du bureau peuvent mettre a jour eux-memes ?", alt, "wordpress", "", "-"},
	// Session 30: a product whose name ends in "-ing" is no English activity.
	{"je quitte RadioKing", alt, "azuracast", "radioking", "-"},
	// Advice asked about what no software does, after an occasion that named a kind; orders
	// handled are no bot commands; the asker's own branches and own kind of firm are sought
	// by no one; "is it just me" asks nothing.
	{"Je prépare le salon de la cliente pour la séance photo de demain, qqn a des conseils pour la lumière ?", none, "-", "", "-"},
	{"qqn a des conseils pour retoucher les photos ?", alt, "gimp", "", "-"},
	{"Notre assistante gère les commandes de tissus, il nous faudrait un outil pour suivre les commandes et les reliquats", alt, "dolibarr", "", "-"},
	{"quelles sont les commandes ?", help, "-", "", "-"},
	{"Skype Entreprise va disparaître, vous conseillez quoi en libre pour les appels entre agences ?", alt, "", "skype-for-business", "-"},
	{"un outil de compta pour notre coopérative d'habitants (SAS coopérative, 22 logements à Montreuil)", alt, "", "", "11"},
	{"le site de la compagnie est encore en ligne depuis ce matin ou c'est juste moi qui ai des soucis ?", none, "-", "", "-"},
	{"TeamViewer nous demande de payer, une alternative libre pour dépanner le PC du showroom à distance ?", alt, "rustdesk", "teamviewer", "-"},
	// A name refused is what to replace; a name done without leads when only a device says
	// where; files hosted and an online space for clients are file storage; "pièces
	// d'identité" are documents, no identity server.
	{"mon client de Tours veut pas de Zoom pour la visio de présentation du projet, je lui propose quoi ?", alt, "jitsi-meet", "zoom", "-"},
	{"comment garder à jour les documents du club sur tous les PC sans passer par Dropbox ?", alt, "nextcloud", "dropbox", "-"},
	{"je cherche un outil pour stocker les pièces d'identité de mes clients sans passer par Google Drive, un truc libre", alt, "nextcloud", "google-drive", "-"},
	{"Je cherche un hébergement de fichiers en France pour stocker les plans clients, avec partage par lien", alt, "nextcloud", "", "-"},
	{"J'aimerais un espace en ligne où mes clients voient l'avancement de leur projet déco, avec les photos et les docs", alt, "nextcloud", "", "-"},
	// A plain thing replaced is no software to leave; KB: gliding, ADS-B, brewing, CNC.
	{"Lourdes m'a dit que le devis pour le remplacement de l'onduleur arrivait demain, je transmets au CA dès que je l'ai", none, "-", "", "-"},
	{"alternative a Loupiot Connect pour le cahier de liaison avec les familles ?", alt, "-", "", "-"},
	{"On utilise SeeYou pour analyser les vols de nos élèves pilotes planeur, y a-t-il un logiciel libre qui fait pareil ?", alt, "xcsoar", "seeyou", "-"},
	{"Good morning! Tax season is killing us at the firm, see you all in May", none, "-", "", "-"},
	{"alternative à Flightradar24 pour afficher les avions autour du terrain avec notre propre récepteur ADS-B ?", alt, "readsb", "flightradar24", "-"},
	{"logiciel libre pour calculer mes recettes de bière (IBU, densité, EBC) ?", alt, "brewtarget", "", "-"},
	{"existe-t-il un logiciel libre pour piloter ma CNC à la place de VCarve ?", alt, "", "vcarve", "-"},
	// A choice between two things to do, a brand's logo, a box lent, people who already do
	// the support, "comme sur Instagram" ask for nothing.
	{"j'ai toujours pas l'acompte de la cliente de demain, je la relance ou je libère le créneau ?", none, "-", "", "-"},
	{"on voudrait une visio ou je peux faire des sous-groupes pour les jeux de rôle", alt, "", "", "-"},
	{"j'ai un client qui veut se faire tatouer le logo de Chrome sur le mollet, on accepte ou pas ? mdr", none, "-", "", "-"},
	{"j'ai plus d'aiguilles de 3RL, qqn peut me dépanner une boîte jusqu'à lundi ?", none, "-", "", "-"},
	{"qqn a une alternative à TeamViewer ? mon neveu qui fait le support de l'agence veut plus payer la licence", alt, "rustdesk", "teamviewer", "-"},
	{"Le client est arrivé en Vans et short, il voulait absolument le van aménagé \"comme sur Instagram\", on lui a donné un Trafic", none, "-", "", "-"},
	{"hi! I'm the part-time bookkeeper for a van rental agency in Toulouse, is there a libre tool to do bank reconciliation?", alt, "", "", "76"},
	// Scanned quotes and invoices are papers to OCR or file, no invoicing asked.
	{"Nancy, notre assistante, voudrait un truc pour transformer les devis scannés en PDF où on peut chercher du texte", alt, "", "", "-"},
	{"comment classer et retrouver toutes les factures fournisseurs scannées ? j'en ai des centaines dans un dossier en vrac", alt, "paperless-ngx", "", "-"},
	{"je dois vectoriser des croquis scannés pour un client, quel logiciel libre ?", alt, "", "", "-"},
	// "bonne journée à moi", "j'ai vu passer une pub", a purpose "to help…" ask nothing of the
	// bot; "où stocker…" asks; a trade's "training business", "sans passer par un dev", "ça
	// existe à Mayotte ?" read right.
	{"le correspondant vient de m'envoyer 200 photos RAW de la fête du village, faut que je trie ça avant midi, bonne journée à moi", none, "-", "", "-"},
	{"j'ai vu passer une pub TikTok pour un logiciel de toilettage, ça avait l'air nul", none, "-", "", "-"},
	{"an offline AI assistant I can run myself to help write my training program descriptions?", alt, "jan", "", "-"},
	{"où stocker en ligne les certificats de vaccination et les photos des chiens sans que ce soit chez Google ou Dropbox", alt, "nextcloud", "", "-"},
	{"my client list is in HubSpot free, but I'd rather have an open source CRM for my dog training business", alt, "", "hubspot", "-"},
	{"je veux mettre la page de l'édition à jour chaque vendredi sans passer par un dev, un CMS libre simple pour une asso de médias ?", alt, "", "", "-"},
	{"Bonjour, un centre social de Mamoudzou cherche un prestataire pour former ses animateurs aux logiciels libres, ça existe à Mayotte ?", prov, "", "", "06"},
	{"we need a simple ticket system so nurses can report IT problems to our volunteer IT guy", alt, "glpi", "", "-"},
	// A name that is only part of a written word is no name: "Saint-Lô" is no LibreOffice.
	{"cherche une entreprise du numérique libre pour faire l'infogérance de nos postes et du serveur, journal de 15 personnes à Saint-Lô", prov, "-", "", "28"},
	// A server's system comes after the apps it runs; photos sent are no photo editing; "sans
	// que ce soit chez Google" avoids Google; "un genre de Notion" names Notion.
	{"Qui peut maintenir le serveur de l'asso (Debian + Nextcloud) ? on est à Tours et le bénévole qui s'en occupait a déménagé", prov, "nextcloud", "", "24"},
	{"Qui pourrait nous accompagner pour installer YunoHost sur un petit serveur au local de l'asso, 86000 Poitiers ? On veut y mettre Nextcloud", prov, "yunohost", "", "75"},
	{"We need a secure way to send wound photos between nurses without using iMessage or WhatsApp. Any libre app?", alt, "signal", "", "-"},
	{"j'ai besoin d'un outil pour que les familles puissent lire le cahier de liaison en ligne sans que ce soit chez Google, ça existe en libre ?", alt, "-", "", "-"},
	{"Est-ce qu'il y a un genre de Notion libre ? la directrice veut tout centraliser : procédures, contacts, planning des astreintes", alt, "", "notion", "-"},
	{"une messagerie chiffrée pour échanger avec les clients, on veut pas que ça traîne sur insta", alt, "signal", "", "-"},
	{"Je cherche un traitement de texte en ligne où la cliente et moi écrivons ensemble le cahier des charges", alt, "collabora-online", "", "-"},
	// The place left in a move is not where the asker is.
	{"we just moved our bike hire shop from Paris to Nice, does any local company maintain Linux laptops and a small Nextcloud?", prov, "", "", "93"},
	{"on a déménagé de Lyon à Grenoble, qui peut installer Nextcloud ?", prov, "nextcloud", "", "84"},
	// Session 29: a password changed or forgotten, a message sent, an aid named, a date moved,
	// a remark laughed off ask for nothing.
	{"vous pouvez me rappeler comment on change le mot de passe de la box ?", none, "-", "", "-"},
	{"les lentilles de Mme R. sont arrivées, je lui envoie un mail ou un sms ?", none, "-", "", "-"},
	{"Apple a sorti une fonction aide auditive dans les AirPods, nos clients nous en parlent tous les jours", none, "-", "", "-"},
	{"la patiente s'appelle Lourdes, elle veut décaler son rdv de détartrage à jeudi", none, "-", "", "-"},
	{"TikTok est plein de vidéos d'opticiens qui font des trucs bizarres avec les montures mdr", none, "-", "", "-"},
	// What a product is for, a service word of the other language, is no service asked.
	{"on a un TeamViewer pour aider les membres a configurer leurs logiciels a distance, un equivalent libre ?", alt, "rustdesk", "teamviewer", "-"},
	{"Un equivalent libre d'AnyDesk ? c'est pour depanner les postes des bureaux de Pointe-a-Pitre", alt, "rustdesk", "anydesk", "01"},
	{"on utilise Discord pour le club de train miniature mais les anciens s'y perdent, vous conseillez quoi de libre", alt, "", "discord", "-"},
	// A resort named without its commune's last part, after "au" or "près du".
	{"Je cherche un pro pour héberger et maintenir un Odoo pour notre résidence de tourisme au Touquet", prov, "odoo", "", "32"},
	{"qui peut installer Nextcloud près du Croisic ?", prov, "nextcloud", "", "52"},
	// The need asked after "quel service pour", the kind asked before its feature, another
	// than the product set apart.
	{"faut que j'envoie 3 Go de photos HD à l'imprimeur pour la brochure, quel service libre pour transférer des gros fichiers ?", alt, "lufi", "", "-"},
	{"on cherche un service de visio pour faire les cours radioamateur a distance, avec tableau blanc si possible", alt, "jitsi-meet", "", "-"},
	{"notre salon passe en ligne cette annee, on peut faire des visites video en direct avec quoi a part Zoom ?", alt, "jitsi-meet", "zoom", "-"},
	{"Comment partager des gros fichiers (photos RAW d'une sortie, 10 Go) avec les autres membres sans passer par WeTransfer ?", alt, "lufi", "", "-"},
	{"on aimerait archiver nos vieux bulletins (1970-2000) scannes en pdf et les rendre consultables en ligne", alt, "omeka-s", "", "-"},
	{"a simple tool to collaboratively edit a spreadsheet online", alt, "", "", "-"},
	// The asker's firm said as a label, news closed by a farewell, a shift, access to a
	// site, a judgement with "comme", peers asked, kittens at the vet, "is so-so".
	{"we need a simple CRM to keep client files (preferences, allergies, passport expiry) for a 4-person travel agency, open source please", alt, "", "", "-"},
	{"We're a small Franco-British theatre company touring mostly in Occitanie. Is there a free/open source replacement for Slack for our crew and actors?", alt, "", "slack", "76"},
	{"l'appli Outlook m'a encore deconnecte pendant ma pause, bref. bonne journee a tous", none, "-", "", "-"},
	{"y a un gap dans le planning de dimanche matin, qui peut prendre l'ouverture a 8h ?", none, "-", "", "-"},
	{"faut mettre a jour les horaires en ligne avant samedi, qqn a les acces du site ?", none, "-", "", "-"},
	{"mon fils m'a dit que c'etait nice comme site mais il est parti et je sais pas le mettre a jour moi", none, "-", "", "-"},
	{"ça vous arrive aussi que Gmail range les confirmations d'hôtels dans les spams ? je désespère", none, "-", "", "-"},
	{"bonne journée à toute l'équipe, grosse journée de vaccins chatons ici", none, "-", "", "-"},
	{"hi, is this bot able to answer in English? I'm the new tour manager and my French is so-so", help, "-", "", "-"},
	// An everyday-word product paid for or used today is the one to replace.
	{"on paie Zoom pour les visites virtuelles de musées qu'on vend aux écoles, y a mieux en libre ?", alt, "jitsi-meet", "zoom", "-"},
	// A product the KB knows is never owned up to as unknown; a person's title is no name;
	// a tool said to work badly is not offered again; orders are no bot commands.
	{"il utilise Premiere Pro crackée, un logiciel de montage libre ?", alt, "kdenlive", "", "-"},
	{"M. Laval du service contentieux a rappele pour le dossier de Mme K. ou pas ?", none, "-", "", "-"},
	{"bonne nuit les artisans, demain c'est emballage des commandes", none, "-", "", "-"},
	{"comment je te demande quelqu'un qui installe un logiciel pres de chez moi ? faut mettre la ville ?", help, "-", "", "-"},
	{"Cherche prestataire pour héberger notre site WordPress + la boutique PrestaShop, agence de voyage à Metz", prov, "", "", "44"},
	{"agenda partagé en ligne avec les mariés et les prestataires, pas Google Calendar", alt, "", "", "-"},
	{"un service de transfert de gros fichiers (vidéos de la formation, 3 Go) qui soit pas WeTransfer", alt, "", "wetransfer", "-"},
	{"We host the astronomy club site on Squarespace and the renewal just went up again. Open source option that a volunteer can maintain?", alt, "", "squarespace", "-"},
	{"toutes les reservations se font en ligne maintenant, on a plus besoin du carnet papier a l accueil", none, "-", "", "-"},
	// The site a replaced product runs on is where the replacement goes, not what is asked.
	{"Google Analytics sur ma boutique WooCommerce, je voudrais virer ca pour un truc libre et respectueux", alt, "matomo", "google-analytics", "-"},
	// A service word says what the product is used for when a libre equivalent is asked.
	{"la formation AFGSU on la fait par Zoom avec les stagiaires, c'est quoi l'equivalent libre ?", alt, "jitsi-meet", "zoom", "-"},
	{"besoin d'un outil de visio pour les adhérents de 80 ans qui n'installent rien, juste un lien", alt, "jitsi-meet", "", "-"},
	{"un outil pour traduire les annonces en arabe et en turc sans envoyer nos textes à une grosse boite ?", alt, "libretranslate", "", "-"},
	{"comment on chiffre une cle usb pour transporter les dossiers des personnes ?", alt, "cryptomator", "", "-"},
	{"besoin d'un tableau type kanban pour suivre les dossiers et savoir qui s'en occupe", alt, "kanboard", "", "-"},
	{"c'est quoi exactement Boussole ? on m'a dit de te demander pour le site du club", help, "-", "", "-"},
	{"who could host Etherpad and CryptPad for a campaign team in Orleans?", prov, "etherpad", "", "24"},
	{"quelqu'un peut ramener des agrafes pour le collage d'affiches ce soir ? WhatsApp ne marche plus sur mon tel", none, "-", "", "-"},
	{"c'est Nancy qui gere le planning des benevoles maintenant, faut lui ecrire directement", none, "-", "", "-"},
	{"Merci Boussole, t'es plus utile que le support de Microsoft 😄", none, "-", "", "-"},
	{"tu preferes les capybaras ou les suricates ?", none, "-", "", "-"},
	{"Nancy (ma cliente) veut les photos du mariage avant vendredi, je vais faire une nuit blanche sur le dérush", none, "-", "", "-"},
	{"Faut un outil pour organiser les covoiturages des bénévoles qui vont aux maraudes le soir", alt, "mobicoop", "", "-"},
	{"besoin d'un outil pour gérer les mots de passe des comptes insta/fb de tous mes clients", alt, "bitwarden", "", "-"},
	{"un outil pr compresser les images avant de les mettre sur le site de la cave à vins", alt, "converseen", "", "-"},
	{"un outil libre pour gérer les contacts clients, les relances et les opportunités (CRM) pour mon activité de photo drone", alt, "suitecrm", "", "-"},
	{"on fait plusieurs tours de table en visio, un outil libre pour faire un compte rendu partagé en direct ?", alt, "etherpad", "", "-"},
	{"un logiciel pour faire les comptes d'une petite pension canine, recettes dépenses, rien de compliqué", alt, "dolibarr", "", "-"},
	{"vous avez vu le prix du nouveau MacBook Pro ? pour une regie c'est n'importe quoi", none, "-", "", "-"},
	{"il faudrait un wiki pour la doc interne du comité : procédures, normes typographiques, protocole de relecture", alt, "bookstack", "", "-"},
	{"un outil pour envoyer les resultats du tournoi par mail a tous les membres sans que ca parte en spam", alt, "listmonk", "", "-"},
	{"Hi, who installs Nextcloud in the Caen area? small Steiner school, 40 kids, 7 staff", prov, "nextcloud", "", "28"},
	{"on voudrait migrer de Google Workspace vers du libre, qui peut nous accompagner à Strasbourg ?", prov, "", "google-workspace", "44"},
	{"logiciel de facturation libre pour des notes d'honoraires d'expert (taux horaire, frais de deplacement)", alt, "dolibarr", "", "-"},
	{"faire un annuaire en ligne des prestataires avec filtres par catégorie et recherche par ville", none, "-", "", "-"},
	{"c'est quoi la différence entre toi et ChatGPT ? tu peux faire quoi pour une école ?", help, "-", "", "-"},
	{"c'est vraiment n'importe quoi, ce tableau de service n'a aucun sens, trois profs le même jour", none, "-", "", "-"},
	{"Tu sais si le vote en ligne est valable juridiquement pour une AG d'asso loi 1901 ? nos statuts disent rien", none, "-", "", "-"},
	{"vous connaissez une alternative à Tavernly ? c'est l'appli qu'on utilise pr gérer les campagnes", alt, "-", "", "-"},
	{"on cherche un agenda en ligne partagé pour les éducateurs, que l'on puisse s'abonner depuis n'importe quel téléphone", alt, "nextcloud", "", "-"},
	{"Existe-t-il un clavier virtuel / logiciel de saisie adapté pour un joueur IMC qui veut tenir le compte insta du club ?", alt, "onboard", "", "-"},
	{"le lieu voudrait une base de donnees des compagnies accueillies avec leurs fiches tech, un genre de CRM libre ?", alt, "suitecrm", "", "-"},
	{"salut, notre revue d'histoire locale gere tout par mail et fichiers Word, y a un logiciel libre pour suivre les soumissions et l'evaluation par les pairs ?", alt, "ojs", "", "-"},
	{"un logiciel pour planifier des missions de vol auto en quadrillage pour cartographier des parcelles agricoles ?", alt, "qgroundcontrol", "", "-"},
	{"je veux une carte en ligne qu'on met a jour chaque jour (plat du jour), tres simple a modifier pour la cuisiniere, logiciel libre ?", alt, "-", "", "-"},
	{"Adobe Premiere coute une fortune pour monter les petites videos des chatons qu'on envoie aux familles chaque semaine, vous avez un logiciel libre ?", alt, "kdenlive", "adobe-premiere-pro", "-"},
	{"besoin d'un lecteur de sons en mode \"go\" pour le theatre : une cue = un son, avec fade in/out, sur PC windows", alt, "linux-show-player", "", "-"},
	{"Ma voisine s'appelle Lourdes, elle est espagnole et elle m'aide beaucoup pour le français", none, "-", "", "-"},
	{"Packet Tracer c'est galere a installer (compte obligatoire pour chaque eleve), y a un simulateur reseau libre ?", alt, "gns3", "cisco-packet-tracer", "-"},
	{"Where can we host our short films online without YouTube ads and tracking?", alt, "peertube", "", "-"},
	{"on a fêté les 10 ans de l'atelier au champagne hier soir, quelqu'un a les photos ?", none, "-", "", "-"},
	{"qqn a testé Bambinox pour la facturation des familles ?", none, "-", "", "-"},
	{"on a besoin dun outil pr faire une carte des partenaires dans 12 pays, cliquable sur le site", alt, "umap", "", "-"},
	{"j'ai besoin d'une boite à rythmes logicielle pour accompagner mes répets à la maison", alt, "hydrogen", "", "-"},
	{"qqn aurait un logiciel pour gerer nos recettes de cuisine familiales ? mamie a un classeur plein de fiches", alt, "mealie", "", "-"},
	{"trouver un outil libre pour faire un trombinoscope des enfants, la tablette sert aux pros et aux parents", alt, "", "", "-"},

	{"alternative a google drive", alt, "nextcloud", "google-drive", "-"},
	{"Une alternative libre à Dropbox ?", alt, "nextcloud", "dropbox", "-"},
	{"par quoi remplacer Gmail", alt, "thunderbird", "gmail", "-"},
	{"remplacer outlook", alt, "thunderbird", "microsoft-outlook", "-"},
	{"alternative à Teams", alt, "element", "microsoft-teams", "-"},
	{"alternative a microsoft teams", alt, "element", "microsoft-teams", "-"},
	{"alternative à Zoom", alt, "jitsi-meet", "zoom", "-"},
	{"un équivalent libre de Slack ?", alt, "mattermost", "slack", "-"},
	{"quoi à la place de WhatsApp", alt, "signal", "whatsapp", "-"},
	{"alternative à Doodle", alt, "framadate", "doodle", "-"},
	{"alternative à Trello ?", alt, "wekan", "trello", "-"},
	{"logiciel libre pour remplacer Photoshop", alt, "gimp", "adobe-photoshop", "-"},
	{"alternative à Google Docs", alt, "collabora-online", "google-docs", "-"},
	{"alternative à google sheets", alt, "collabora-online", "google-sheets", "-"},
	{"alternative à Word", alt, "libreoffice", "microsoft-word", "-"},
	{"alternative à Excel ?", alt, "libreoffice", "microsoft-excel", "-"},
	{"alternative à PowerPoint", alt, "libreoffice", "microsoft-powerpoint", "-"},
	{"alternative à OneDrive", alt, "nextcloud", "onedrive", "-"},
	{"alternative à Google Meet", alt, "jitsi-meet", "google-meet", "-"},
	{"alternative à Google Forms", alt, "limesurvey", "google-forms", "-"},
	{"alternative à Google Agenda", alt, "nextcloud", "google-calendar", "-"},
	{"alternative à Notion", alt, "appflowy", "notion", "-"},
	{"alternative à Evernote", alt, "joplin", "evernote", "-"},
	{"alternative à LastPass", alt, "bitwarden", "lastpass", "-"},
	{"un remplaçant pour 1Password", alt, "bitwarden", "1password", "-"},
	{"alternative à WeTransfer", alt, "lufi", "wetransfer", "-"},
	{"alternative à Discord", alt, "element", "discord", "-"},
	{"alternative à Telegram", alt, "signal", "telegram", "-"},
	{"alternative à Messenger", alt, "signal", "messenger", "-"},
	{"alternative à Facebook", alt, "friendica", "facebook", "-"},
	{"alternative à Instagram", alt, "pixelfed", "instagram", "-"},
	{"alternative à Twitter", alt, "mastodon", "x-twitter", "-"},
	{"alternative à YouTube", alt, "peertube", "youtube", "-"},
	{"alternative à Twitch", alt, "owncast", "twitch", "-"},
	{"alternative à Typeform", alt, "limesurvey", "typeform", "-"},
	{"alternative à SurveyMonkey", alt, "limesurvey", "surveymonkey", "-"},
	{"alternative à Calendly", alt, "cal-com", "calendly", "-"},
	{"alternative à Asana", alt, "openproject", "asana", "-"},
	{"alternative à Jira", alt, "tuleap", "jira", "-"},
	{"alternative à Confluence", alt, "xwiki", "confluence", "-"},
	{"alternative à SharePoint", alt, "xwiki", "sharepoint", "-"},
	{"alternative à Miro", alt, "excalidraw", "miro", "-"},
	{"alternative à Bitly", alt, "yourls", "bitly", "-"},
	{"alternative à GitHub", alt, "forgejo", "github", "-"},
	{"alternative à Okta", alt, "keycloak", "okta", "-"},
	{"alternative à VMware", alt, "proxmox-ve", "vmware-vsphere", "-"},
	{"alternative à TeamViewer", alt, "rustdesk", "teamviewer", "-"},
	{"alternative à AnyDesk", alt, "rustdesk", "anydesk", "-"},
	{"alternative à Windows", alt, "linux-mint", "windows", "-"},
	{"alternative à Chrome", alt, "firefox", "google-chrome", "-"},
	{"alternative à Google", alt, "searxng", "google-search", "-"},
	{"alternative à Illustrator", alt, "inkscape", "adobe-illustrator", "-"},
	{"alternative à InDesign", alt, "scribus", "adobe-indesign", "-"},
	{"alternative à Lightroom", alt, "darktable", "adobe-lightroom", "-"},
	{"alternative à Premiere Pro", alt, "kdenlive", "adobe-premiere-pro", "-"},
	{"alternative à Figma", alt, "penpot", "figma", "-"},
	{"alternative à Canva", alt, "penpot", "canva", "-"},
	{"alternative à AutoCAD", alt, "librecad", "autocad", "-"},
	{"alternative à SketchUp", alt, "freecad", "sketchup", "-"},
	{"alternative à Google Maps", alt, "organic-maps", "google-maps", "-"},
	{"alternative à Google Traduction", alt, "libretranslate", "google-translate", "-"},
	{"alternative à DeepL", alt, "libretranslate", "deepl", "-"},
	{"alternative à Spotify", alt, "navidrome", "spotify", "-"},
	{"alternative à ChatGPT", alt, "ollama", "chatgpt", "-"},
	{"alternative à Visual Studio Code", alt, "vscodium", "visual-studio-code", "-"},
	{"alternative à Postman", alt, "bruno", "postman", "-"},
	{"alternative à Plex", alt, "jellyfin", "plex", "-"},
	{"alternative à ArcGIS", alt, "qgis", "arcgis", "-"},
	{"alternative à Audition", alt, "audacity", "adobe-audition", "-"},
	{"alternative à Veeam", alt, "bareos", "veeam", "-"},
	{"alternative à Datadog", alt, "prometheus", "datadog", "-"},
	{"alternative à Adobe Acrobat", alt, "stirling-pdf", "adobe-acrobat", "-"},
	{"alternative à Eventbrite", alt, "pretix", "eventbrite", "-"},
	{"alternative à Meetup", alt, "mobilizon", "meetup", "-"},
	{"alternative à Skype", alt, "jitsi-meet", "skype", "-"},
	{"alternative à Google Photos", alt, "immich", "google-photos", "-"},
	{"alternative à Google Keep", alt, "joplin", "google-keep", "-"},
	{"alternative à Microsoft 365", alt, "nextcloud", "microsoft-365", "-"},
	{"alternative à Office 365", alt, "nextcloud", "microsoft-365", "-"},
	{"alternative à iCloud", alt, "nextcloud", "icloud", "-"},
	{"alternative à Webex", alt, "jitsi-meet", "webex", "-"},
	{"alternative à Azure DevOps", alt, "gitlab-ce", "azure-devops", "-"},
	{"alternative à Active Directory", alt, "samba", "active-directory", "-"},
	// Bare product names and question marks.
	{"Dropbox ?", alt, "nextcloud", "dropbox", "-"},
	{"google drive", alt, "nextcloud", "google-drive", "-"},
	{"slack?", alt, "mattermost", "slack", "-"},
	{"Trello", alt, "wekan", "trello", "-"},
	{"Photoshop ?", alt, "gimp", "adobe-photoshop", "-"},
	// Typos, glued and split words.
	{"altrenative a gogle docs", alt, "collabora-online", "google-docs", "-"},
	{"alternativ a gogle docs", alt, "collabora-online", "google-docs", "-"},
	{"alternative à googel drive", alt, "nextcloud", "google-drive", "-"},
	{"alternative a dropbx", alt, "nextcloud", "dropbox", "-"},
	{"alternative à Slackk", alt, "mattermost", "slack", "-"},
	{"alternative à whatsap", alt, "signal", "whatsapp", "-"},
	{"alternative à photoshp", alt, "gimp", "adobe-photoshop", "-"},
	{"alterntive à trelo", alt, "wekan", "trello", "-"},
	{"googledocs", alt, "collabora-online", "google-docs", "-"},
	{"alternative googledrive", alt, "nextcloud", "google-drive", "-"},
	{"drop box ?", alt, "nextcloud", "dropbox", "-"},
	{"alternative à one drive", alt, "nextcloud", "onedrive", "-"},
	{"alternative à microsoft white board", alt, "excalidraw", "microsoft-whiteboard", "-"},
	{"ALTERNATIVE A GOOGLE DRIVE", alt, "nextcloud", "google-drive", "-"},
	{"alternative à l'agenda de google", alt, "", "", "-"},
	{"remplacer tiktok", alt, "peertube", "tiktok", "-"},
	{"remplaçer Zoom", alt, "jitsi-meet", "zoom", "-"},
	// Abbreviations and slang.
	{"alternative à gdrive", alt, "nextcloud", "google-drive", "-"},
	{"alternative à gdocs", alt, "collabora-online", "google-docs", "-"},
	{"alternative à o365", alt, "nextcloud", "microsoft-365", "-"},
	{"un truc comme trello mais libre", alt, "wekan", "trello", "-"},
	{"une appli comme whatsapp mais éthique", alt, "signal", "whatsapp", "-"},
	{"je veux quitter Google Drive", alt, "nextcloud", "google-drive", "-"},
	{"comment se passer de Dropbox", alt, "nextcloud", "dropbox", "-"},
	{"dégoogliser ma boîte mail gmail", alt, "thunderbird", "gmail", "-"},
	// Needs rather than products.
	{"un outil de sondage libre ?", alt, "", "", "-"},
	{"un logiciel libre pour la compta ?", alt, "", "", "-"},
	{"logiciel de compta libre", alt, "", "", "-"},
	{"un outil de visio libre", alt, "", "", "-"},
	{"une solution de visioconférence open source", alt, "", "", "-"},
	{"gestionnaire de mots de passe libre", alt, "", "", "-"},
	{"un mdp manager libre ?", alt, "", "", "-"},
	{"logiciel libre de montage vidéo", alt, "", "", "-"},
	{"logiciel libre de retouche photo", alt, "", "", "-"},
	{"un CRM libre", alt, "", "", "-"},
	{"un ERP open source pour PME", alt, "", "", "-"},
	{"logiciel libre de GED", alt, "", "", "-"},
	{"outil libre de gestion de projet", alt, "", "", "-"},
	{"un wiki libre", alt, "", "", "-"},
	{"logiciel de caisse libre", alt, "", "", "-"},
	{"un outil libre pour faire des newsletters", alt, "", "", "-"},
	{"un kanban libre", alt, "", "", "-"},
	{"un gestionnaire de mdp pour toute l'équipe", alt, "bitwarden", "", "-"},
	{"un équivalent de photoshop sur linux", alt, "gimp", "adobe-photoshop", "-"},
	{"quelle alternative à google analytics ?", alt, "matomo", "google-analytics", "-"},
	{"qui fait du moodle à Marseille", prov, "moodle", "", "93"},
	{"y a t il une ENL dans le Var ?", prov, "", "", "93"},
	{"un tableur libre", alt, "", "", "-"},
	{"logiciel libre de CAO", alt, "", "", "-"},
	{"outil de supervision libre", alt, "", "", "-"},
	{"logiciel de sauvegarde open source", alt, "", "", "-"},
	{"une messagerie instantanée libre", alt, "", "", "-"},
	{"un SIG libre", alt, "", "", "-"},
	{"solution SSO libre", alt, "", "", "-"},
	{"un helpdesk libre", alt, "", "", "-"},
	// English.
	{"alternative to Google Drive?", alt, "nextcloud", "google-drive", "-"},
	{"what can I use instead of Slack", alt, "mattermost", "slack", "-"},
	{"free software alternative to Photoshop", alt, "gimp", "adobe-photoshop", "-"},
	{"open source replacement for Zoom", alt, "jitsi-meet", "zoom", "-"},
	{"something like Trello but free", alt, "wekan", "trello", "-"},
	{"a free password manager", alt, "", "", "-"},
	{"replace Microsoft Teams", alt, "element", "microsoft-teams", "-"},
	// Providers: French, places of every kind.
	{"qui peut installer Nextcloud à Rennes ?", prov, "nextcloud", "", "53"},
	{"qui peut héberger Nextcloud près de Nantes ?", prov, "nextcloud", "", "52"},
	{"un prestataire Nextcloud en Bretagne", prov, "nextcloud", "", "53"},
	{"prestataire nextcloud 35", prov, "nextcloud", "", "53"},
	{"presta nextcloud dans le 29", prov, "nextcloud", "", "53"},
	{"une boîte qui fait du libre à Brest", prov, "", "", "53"},
	{"une entreprise du libre à Toulouse", prov, "", "", "76"},
	{"entreprise libre en Occitanie", prov, "", "", "76"},
	{"une société pour installer Jitsi à Marseille", prov, "jitsi-meet", "", "93"},
	{"ENL en PACA ?", prov, "", "", "93"},
	{"un intégrateur libre en Île-de-France", prov, "", "", "11"},
	{"un intégrateur libre en ile de france", prov, "", "", "11"},
	{"hébergeur associatif en IDF", prov, "", "", "11"},
	{"un hébergeur à Lyon", prov, "", "", "84"},
	{"prestataire en Rhône-Alpes", prov, "", "", "84"},
	{"prestataire en Midi-Pyrénées", prov, "", "", "76"},
	{"prestataire AURA", prov, "", "", "84"},
	{"un presta en BZH", prov, "", "", "53"},
	{"prestataire libre Finistère", prov, "", "", "53"},
	{"prestataire libre dans le Finistère", prov, "", "", "53"},
	{"prestataire dans l'Ille-et-Vilaine", prov, "", "", "53"},
	{"prestataire 35000", prov, "", "", "53"},
	{"prestataire près de 44000", prov, "", "", "52"},
	{"prestataire à Ajaccio", prov, "", "", "94"},
	{"prestataire en Corse", prov, "", "", "94"},
	{"prestataire 20000", prov, "", "", "94"},
	{"prestataire à la Réunion", prov, "", "", "04"},
	{"prestataire dans le 974", prov, "", "", "04"},
	{"prestataire en Guadeloupe", prov, "", "", "01"},
	{"prestataire à Tours", prov, "", "", "24"},
	{"prestataire à Nice", prov, "", "", "93"},
	{"prestataire dans le Cher", prov, "", "", "24"},
	{"prestataire dans la Manche", prov, "", "", "28"},
	{"prestataire dans le Nord", prov, "", "", "32"},
	{"prestataire en Picardie", prov, "", "", "32"},
	{"prestataire en Alsace", prov, "", "", "44"},
	{"prestataire en Normandie", prov, "", "", "28"},
	{"prestataire en Bourgogne", prov, "", "", "27"},
	{"prestataire en Franche-Comté", prov, "", "", "27"},
	{"prestataire à Dijon", prov, "", "", "27"},
	{"prestataire à Strasbourg", prov, "", "", "44"},
	{"prestataire à Lille", prov, "", "", "32"},
	{"prestataire à Bordeaux", prov, "", "", "75"},
	{"prestataire en Nouvelle-Aquitaine", prov, "", "", "75"},
	{"prestataire à Orléans", prov, "", "", "24"},
	{"prestataire au Mans", prov, "", "", "52"},
	{"prestataire à Saint-Étienne", prov, "", "", "84"},
	{"prestataire à st etienne", prov, "", "", "84"},
	{"prestataire à Clermont-Ferrand", prov, "", "", "84"},
	{"prestataire à Montpellier", prov, "", "", "76"},
	{"prestataire à Nantess", prov, "", "", "52"},
	{"prestataire en Bretgne", prov, "", "", "53"},
	{"prestataire en Languedoc-Roussillon", prov, "", "", "76"},
	{"prestataire en Poitou-Charentes", prov, "", "", "75"},
	{"prestataire en Lorraine", prov, "", "", "44"},
	{"prestataire en Champagne-Ardenne", prov, "", "", "44"},
	{"prestataire en Centre-Val de Loire", prov, "", "", "24"},
	{"prestataire en Pays de la Loire", prov, "", "", "52"},
	{"prestataire en Hauts-de-France", prov, "", "", "32"},
	{"prestataire dans le Grand Est", prov, "", "", "44"},
	{"qui peut me former à LibreOffice à Paris ?", prov, "libreoffice", "", "11"},
	{"qui fait de la formation Nextcloud à Lyon", prov, "nextcloud", "", "84"},
	{"quelqu'un pour migrer de Google Drive à Nextcloud à Rennes", prov, "nextcloud", "", "53"},
	{"besoin d'aide pour installer Nextcloud", prov, "nextcloud", "", "-"},
	{"qui peut héberger Jitsi ?", prov, "jitsi-meet", "", "-"},
	{"un chaton près de chez moi à Grenoble", prov, "", "", "84"},
	{"je cherche un hébergeur éthique à Bordeaux", prov, "", "", "75"},
	{"une asso qui héberge Nextcloud à Lyon", prov, "nextcloud", "", "84"},
	{"prestataire pour remplacer Teams à Rennes", prov, "element", "microsoft-teams", "53"},
	// Providers: English.
	{"who can host Jitsi in Brittany?", prov, "jitsi-meet", "", "53"},
	{"who can install Nextcloud in Paris", prov, "nextcloud", "", "11"},
	{"a company that can host Mattermost near Lyon", prov, "mattermost", "", "84"},
	{"providers in Normandy", prov, "", "", "28"},
	{"hello, who can help me migrate from gsuite near Toulouse?", prov, "nextcloud", "google-workspace", "76"},
	{"free software companies in Corsica", prov, "", "", "94"},
	// Help.
	{"aide", help, "-", "", "-"},
	{"help", help, "-", "", "-"},
	{"tu sers à quoi ?", help, "-", "", "-"},
	{"comment ça marche ?", help, "-", "", "-"},
	{"what can you do?", help, "-", "", "-"},
	{"@Boussole aide", help, "-", "", "-"},
	// Small talk: no recommendation.
	{"bonne journée !", none, "-", "", "-"},
	{"merci !", none, "-", "", "-"},
	{"salut tout le monde", none, "-", "", "-"},
	{"on se voit à Lille demain", none, "-", "", ""},
	{"j'ai grandi en Normandie", none, "-", "", ""},
	{"la réunion de demain est annulée", none, "-", "", "-"},
	{"je suis en réunion", none, "-", "", "-"},
	{"il fait beau à Nice", none, "-", "", ""},
	{"on fait des tours de vélo", none, "-", "", "-"},
	{"je prends le train pour Tours", none, "-", "", ""},
	{"qui vient ce soir ?", none, "-", "", "-"},
	{"c'est nice", none, "-", "", "-"},
	{"ok", none, "-", "", "-"},
	{"lol", none, "-", "", "-"},
	{"l'IA va nous remplacer lol", none, "-", "", "-"},
	{"AI will replace us all lol", none, "-", "", "-"},
	{"c'est du live", none, "-", "", "-"},
	{"je suis en télétravail aujourd'hui", none, "-", "", "-"},
	{"je suis en train de monter la vidéo du mariage", none, "-", "", "-"},
	{"la compta c'est pas mon truc", none, "-", "", "-"},
	{"un chat ou un chien pour un appart ?", none, "-", "", "-"},
	{"mon chat est malade, un véto à Lyon ?", none, "-", "", "-"},
	{"la visio c'est quoi le mieux", alt, "jitsi-meet", "", "-"},
	{"what's best for video calls", alt, "jitsi-meet", "", "-"},
	{"je suis en télétravail, un VPN libre ?", alt, "openvpn", "", "-"},
	{"on commande des pizzas pour ce soir ?", none, "-", "", "-"},
	{"t'as reçu mon mail ?", none, "-", "", "-"},
	{"on fait la formation en présentiel ou en visio ?", none, "-", "", "-"},
	{"je peux partager mon écran pendant la visio ?", none, "-", "", "-"},
	{"I need to host our mails ourselves, where do I start?", alt, "mailcow", "", "-"},
	{"comptabilité pour une asso", alt, "paheko", "", "-"},
	{"notre asso cherche un logiciel de compta", alt, "paheko", "", "-"},
	{"un logiciel de compta pour ma boulangerie", alt, "dolibarr", "", "-"},
	{"frr c quoi le mieux pour monter mes vids", alt, "kdenlive", "", "-"},
	{"c koi le meilleur navigateur sans pub", alt, "firefox", "", "-"},
	{"un logiciel pour faire des beats gratuit", alt, "lmms", "", "-"},
	{"un logiciel de gestion de cabinet d'avocats libre", alt, "-", "", "-"},
	{"un logiciel de gestion des salles de la mairie", alt, "grr", "", "-"},
	{"grr teams a encore planté", none, "-", "", "-"},
	{"un GULL en Franche-Comté ? je viens d'arriver pour mes études", prov, "-", "", "27"},
	{"tu marches aussi sur matrix ou t'es que sur discord ?", help, "-", "", "-"},
	{"Tramouflex 3000 en libre ça existe ? c pour le club d'astro", alt, "-", "", "-"},
	{"je stream ce soir sur twitch venez", none, "-", "", "-"},
	{"un notino open source ça existe ?", alt, "appflowy", "notion", "-"},
	{"our hackerspace wants to host its own git forge, lightweight if possible", alt, "forgejo", "", "-"},
	{"je suis sous ubuntu, un logiciel de sauvegarde ?", alt, "borgbackup", "", "-"},
	{"Bonjour depuis Pointe-à-Pitre ! Il existe des entreprises ici qui font du Linux ?", prov, "debian", "", "01"},
	{"la mairie de Pointe-à-Pitre cherche un presta", prov, "-", "", "01"},
	{"depuis mars on cherche un presta Nextcloud", prov, "nextcloud", "", "-"},
	{"est-ce que tu réponds aussi en anglais ?", help, "-", "", "-"},
	{"On garde Thunderbird pour les mails. Vous avez quoi de libre pour remplacer l'agenda d'Outlook ?", alt, "nextcloud", "microsoft-outlook", "-"},
	{"Is there any Linux user group or repair café around Montpellier?", prov, "debian", "", "76"},
	{"fablab a Valence (26) pour apprendre FreeCAD ?", prov, "freecad", "", "84"},
	{"Merci pour samedi au repair cafe, 12 grille pains sauvés", none, "-", "", "-"},
	{"une messagerie libre auto-hébergée", alt, "element", "", "-"},
	{"fusion 360 free license keeps getting more limited. need parametric CAD to design parts for my 3d printer, open source pls", alt, "freecad", "fusion-360", "-"},
	{"My mum's laptop can't get Windows 11. What could we install instead so it stays safe?", alt, "linux-mint", "windows", "-"},
	{"qui peut nous installer un ENT libre pour le collège à Besançon ?", prov, "entcore", "", "27"},
	{"un bloqueur de pub qui marche encore sur youtube", alt, "ublock-origin", "", "-"},
	{"need a dns ad blocker for the whole house", alt, "pi-hole", "", "-"},
	{"notre doc interne est eparpillée entre des mails, des clés usb et la tête de Gérard. un wiki facile a prendre en main ?", alt, "bookstack", "", "-"},
	{"I want to record short screen tutorials for our volunteers (how to use the booking system etc.). Free software to record the screen and add a voiceover?", alt, "obs-studio", "", "-"},
	{"X c devenu n'importe quoi, on va ou pour suivre l'actu tech sans algo chelou ?", alt, "mastodon", "x-twitter", "-"},
	{"le plan X est devenu compliqué", none, "-", "", "-"},
	{"c'est fou le prix des iPhone maintenant, mon fils en veut un pour noel", none, "-", "", "-"},
	{"Nancy et Albert du service RH partent à la retraite vendredi, pot à 16h en salle du conseil", none, "-", "", "-"},
	{"on a fini la migration vers Proxmox cette nuit, tout tourne nickel", none, "-", "", "-"},
	{"comment je dois formuler ma question pour trouver une alternative à un logiciel ?", help, "-", "", "-"},
	{"t'es un humain ou un robot ? et qui te maintient ?", help, "-", "", "-"},
	{"Nos séances de conseil sont diffusées sur YouTube, on aimerait les héberger ailleurs que chez Google.", alt, "peertube", "youtube", "-"},
	{"remplacer Active Directory par un annuaire LDAP libre tout en gardant l'ouverture de session sur les postes Windows 10/11 du collège, c'est faisable ?", alt, "samba", "active-directory", "-"},
	{"Florence de la compta voudrait un outil pour fusionner et réordonner des PDF, un truc libre ?", alt, "stirling-pdf", "", "-"},
	{"ça n'a aucun sens de trimballer les dossiers patients sur une clé USB. Quelle solution libre pour partager des fichiers chiffrés entre le cabinet et les remplaçants ?", alt, "nextcloud", "", "-"},
	{"on est 44 benevoles et on s'organise par mail, c'est ingerable. un outil de planning libre ?", alt, "framadate", "", "-"},
	{"une appli pour faire des visios avec mes petits-enfants", alt, "jitsi-meet", "", "-"},
	{"un logiciel pour gérer mes photos", alt, "digikam", "", "-"},
	{"ma fille bosse chez Microsoft mdr faut pas lui dire que je suis ici", none, "-", "", "-"},
	{"je viens d'acheter un iPhone chez Darty, il est beau hein ?", none, "-", "", "-"},
	{"comment bloquer toutes ces pubs, ma tablette en est pleine, on voit plus rien", alt, "ublock-origin", "", "-"},
	{"Pointe-à-Pitre : quelqu'un forme aux logiciels libres pour les associations ?", prov, "-", "", "01"},
	{"au cabinet on a outlook sur les 3 postes pour les mails et l'agenda, on voudrait un logiciel libre a installer a la place", alt, "thunderbird", "microsoft-outlook", "-"},
	{"pour les inscriptions a la kermesse de l'ecole on utilisait google forms, les parents d'eleves veulent eviter google cette annee", alt, "limesurvey", "google-forms", "-"},
	{"I want to digitise my late father's letters and old photos with my printer-scanner. What free software should I use on my laptop?", alt, "naps2", "", "-"},
	{"Je suis architecte italienne, notre petit cabinet paye trop cher pour AutoCAD. Il existe un logiciel libre pour faire des plans 2D ?", alt, "librecad", "autocad", "-"},
	{"Je suis médecin généraliste, diplômé en Roumanie, je m'installe. Il existe logiciel libre pour les dossiers patients ?", alt, "openemr", "", "-"},
	{"do you speak English or only French?", help, "-", "", "-"},
	{"web agency in Nantes that builds sites with WordPress or SPIP? for a bilingual association", prov, "wordpress", "", "52"},
	{"un outil libre pour la paye des salariés au centre de loisirs", alt, "frappe-hr", "", "-"},
	{"We're a research group moving to Saclay next month. Any local provider hosting Matrix / Element?", prov, "element", "", "11"},
	{"I'm moving to Lyon next month!", none, "-", "", "-"},
	{"Albert, our intern, put everything in Google Sheets. Is there a libre spreadsheet we can edit together online?", alt, "collabora-online", "google-sheets", "-"},
	{"My Orange box keeps dropping the wifi, is there free firmware for routers?", alt, "openwrt", "", "-"},
	{"👍", none, "-", "", "-"},
	{"<@123456789>", none, "-", "", "-"},
	{"https://example.org", none, "-", "", "-"},
	{"j'ai 35 ans", none, "-", "", "-"},
	{"rendez-vous au 75 rue de la paix", none, "-", "", ""},
	{"le drive de Leclerc est fermé", none, "-", "", "-"},
	{"je vais faire un tour au marché", none, "-", "", "-"},
	// Everyday words that are also names, statements, the asker's own organisation.
	{"c'est sympa", none, "-", "", "-"},
	{"continue comme ça", none, "-", "", "-"},
	{"j'ai vu un signal", none, "-", "", "-"},
	{"une galette des rois ?", none, "-", "", "-"},
	{"le code postal de Rennes ?", none, "-", "", ""},
	{"je suis sur slack", none, "-", "", "-"},
	{"les slides sont sur google drive", none, "-", "", "-"},
	{"teams libre ?", alt, "element", "microsoft-teams", "-"},
	{"qui peut installer Signal ?", prov, "signal", "", "-"},
	{"un crm open source pour une petite boite", alt, "", "", "-"},
	{"un outil de ticketing libre pour le support", alt, "", "", "-"},
	{"un équivalent de messenger sans facebook", alt, "signal", "messenger", "-"},
	{"formation GIMP Rennes", prov, "gimp", "", "53"},
	{"tu sais faire quoi ?", help, "-", "", "-"},
	{"how does this work?", help, "-", "", "-"},
	// "en entreprise", "en local" are settings, not someone to do the work.
	{"docker desktop c'est payant en entreprise maintenant, une alternative libre ?", alt, "podman", "docker-desktop", "-"},
	{"un outil de visio libre qu'on peut installer en local ?", alt, "", "", "-"},
	{"une boîte locale pour installer Nextcloud ?", prov, "nextcloud", "", "-"},
	// "développer" a photograph is a darkroom; developing software asks for a developer.
	{"lightroom libre pour developper mes RAW", alt, "darktable", "adobe-lightroom", "-"},
	{"qui peut développer notre appli à Nantes ?", prov, "-", "", "52"},
	// Who knows a tool well, who audits: providers.
	{"je cherche quelqu'un qui connait bien Wekan sur Pau", prov, "wekan", "", "75"},
	{"qui maîtrise Odoo vers Lille ?", prov, "odoo", "", "32"},
	{"qqun connait un truc gratuit pour remplacer excel ?", alt, "libreoffice", "microsoft-excel", "-"},
	{"qui peut auditer notre parc et nous passer sous linux ? on est basés à Perpignan", prov, "", "", "76"},
	// A provider request naming a tool the KB does not know still lists providers there.
	{"qui peut m'aider à installer Brivloxa ? je suis à Dijon", prov, "-", "", "27"},
	{"un chaton en Poitou-Charentes ?", prov, "-", "", "75"},
	// A town abroad is not its French namesake.
	{"je pars à Vienne en Autriche, un VPN libre pour l'hôtel ?", alt, "", "", "-"},
	{"un presta à Valence en Espagne ?", prov, "", "", "-"},
	{"un presta à Valence ?", prov, "", "", "84"},
	// An everyday tool name after a noun describes it: "un hébergeur sympa".
	{"je veux passer mon site sur un truc libre avec un hébergeur sympa", prov, "", "", "-"},
	{"une alternative à Sympa ?", alt, "sympa", "", "-"},
	// "sur mon iPhone" is the system it runs on, not what is replaced.
	{"comment arrêter d'utiliser iCloud sur mon iPhone ?", alt, "nextcloud", "icloud", "-"},
	{"quoi de libre sur mon iPhone ?", alt, "", "", "-"},
	// "pour héberger" after a software word says what the software is for.
	{"un logiciel libre pour héberger nos vidéos", alt, "", "", "-"},
	{"on lance un podcast, c'est quoi le mieux en libre pour l'héberger ?", alt, "", "", "-"},
	{"quelqu'un pour installer un logiciel de compta ?", prov, "", "", "-"},
	{"un presta pour installer un outil de ticketing ?", prov, "", "", "-"},
	// "je suis pas expert" describes the asker.
	{"je suis pas expert, un logiciel de compta libre et simple ?", alt, "", "", "-"},
	// A broad word that says what it is for asks for it; a service before an everyday
	// tool name asks about that tool.
	{"GED pour dématérialiser le courrier de la mairie", alt, "", "", "-"},
	{"agenda pour la semaine prochaine, je suis pris", none, "-", "", "-"},
	{"formation Blender à Angoulême", prov, "blender", "", "75"},
	// Nothing but a tool and a place asks who provides it there; a product does not say
	// what is wanted.
	{"nextcloud à Rennes", prov, "nextcloud", "", "53"},
	{"Nextcloud près de Bordeaux", prov, "nextcloud", "", "75"},
	{"gmail à Rennes", none, "-", "", "-"},
	// A cheese or a drink sold is no place: "je vends du Cantal"; "je viens du Cantal" is one.
	{"fromager sur les marches, je vends du Cantal, du Brie et du Comte, il me faudrait un logiciel libre pour suivre le stock", alt, "", "", "-"},
	{"je viens du Cantal, qui peut installer Nextcloud ?", prov, "nextcloud", "", "84"},
	// A colour is no place: "bordeaux et blanc".
	{"le logo de l'asso est bordeaux et blanc, je veux le retoucher avec un logiciel libre", alt, "", "", "-"},
	{"qui installe nextcloud sur Bordeaux ?", prov, "nextcloud", "", "75"},
	// Asking for it without paying for it.
	{"SPSS pour ma thèse mais sans payer la licence", alt, "pspp", "spss", "-"},
	{"je suis parti du resto sans payer", none, "-", "", "-"},
	// Plural phrases, "<name> d'<vendor>", a platform qualifying a product.
	{"des serveurs mail libres", alt, "mailcow", "", "-"},
	{"audition d'adobe en libre pour monter des podcasts", alt, "audacity", "adobe-audition", "-"},
	{"On a un Active Directory Windows Server, peut-on le remplacer par du libre ?", alt, "samba", "active-directory", "-"},
	// A need outside an unknown brand is the question; the brand is context.
	{"j'ai une Livebox Orange, je peux y brancher un bloqueur de pubs libre ?", alt, "pi-hole", "", "-"},
	{"alternative à Klovia Drive", alt, "-", "", "-"},
	// Help phrasings; a joke is small talk even with a provider word in it.
	{"explique moi ce que tu proposes", help, "-", "", "-"},
	{"t'es une IA qui fait quoi au juste", help, "-", "", "-"},
	{"How does this bot work?", help, "-", "", "-"},
	{"quelles questions je peux poser ?", help, "-", "", "-"},
	{"trop nice ce bot", none, "-", "", "-"},
	{"raconte moi une blague d'informaticien", none, "-", "", "-"},
	// Places: a trade after "je suis", a cue after the name, a gold colour.
	{"je suis macon, il me faut un logiciel pour mes devis et factures", alt, "", "", "-"},
	{"Tours ou alentours, un prestataire pour notre GED Alfresco ?", prov, "alfresco-community", "", "24"},
	{"quel logiciel libre pour dessiner un logo bordeaux et or ?", alt, "", "", "-"},
	// "sans compte Google": Google is not what is asked about.
	{"un logiciel pour faire des réunions en ligne sans compte google ?", alt, "jitsi-meet", "", "-"},
	// An organisation sought by what it does, or by where it is; a developer.
	{"une asso à La Réunion qui aide les gens à passer sous linux ?", prov, "", "", "04"},
	{"Mayotte informatique libre association", prov, "-", "", "06"},
	{"quelqu'un à Pau qui répare des ordis et met linux dessus ?", prov, "", "", "75"},
	{"quelqu'un vient ce soir ?", none, "-", "", "-"},
	{"besoin d'un dev pour un module Dolibarr sur mesure, idéalement en Midi-Pyrénées", prov, "dolibarr", "", "76"},
	{"Jira c'est trop cher pour nous, une alternative libre pour le suivi de tickets dev ?", alt, "", "jira", "-"},
	{"et pour une asso qui fait surtout des affiches ?", alt, "", "", "-"},
	// "support" a product gives, "migrer de X": no service asked for.
	{"Zendesk alternative open source for our customer support", alt, "zammad", "zendesk", "-"},
	{"migrer de Dropbox vers une solution libre", alt, "nextcloud", "dropbox", "-"},
	{"notre serveur Exchange arrive en fin de support, il existe quoi en libre pour la messagerie + agendas partagés ?", alt, "", "", "-"},
	// Only what it is for: "plutôt pour trouver une date".
	{"plutôt pour trouver une date de réunion en fait", alt, "framadate", "", "-"},
	// A message that opens as a request names its precise need anywhere; the first need
	// named leads ("cartes mentales" before "réviser").
	{"convertir et fusionner des pdf sans passer par un site en ligne", alt, "pdfsam-basic", "", "-"},
	{"appli pour regarder mes séries sur la télé du salon", alt, "jellyfin", "", "-"},
	{"tenir le stock de la boutique de vélos", alt, "odoo", "", "-"},
	{"des cartes mentales pour réviser mes partiels", alt, "freeplane", "", "-"},
	{"une tablette graphique pour dessiner, quel logiciel ?", alt, "krita", "", "-"},
	// "un doodle libre": an everyday word made a product by "un … libre".
	{"un teams libre pour les réunions de l'asso", alt, "jitsi-meet", "microsoft-teams", "-"},
	{"j'ai une orange libre dans mon panier", none, "-", "", "-"},
	// An outage is what a need is for, or only news.
	{"un outil de supervision qui prévient quand le site est down ?", alt, "zabbix", "", "-"},
	{"ma sauvegarde a planté cette nuit", none, "-", "", "-"},
	{"le serveur est down depuis ce matin", none, "-", "", "-"},
	// "sans fichier Excel", "notre club de rando", "scanned pages", "mon téléphone Android".
	{"gérer les adhérents sans fichier excel", alt, "paheko", "-", "-"},
	{"un outil pour les cotisations de notre club de rando", alt, "paheko", "", "-"},
	{"open source OCR for scanned pages?", alt, "tesseract", "-", "-"},
	{"je veux quitter google maps sur mon téléphone android", alt, "organic-maps", "google-maps", "-"},
	// A tool named leads a provider request; a service noun makes "migrer de" a service.
	{"Limoges prestataire site web Drupal", prov, "drupal", "", "75"},
	{"Nantes : accompagnement pour migrer de Microsoft 365 vers Nextcloud", prov, "nextcloud", "", "52"},
	// "le conseil municipal" is an assembly, not advice; a hall to book is a need.
	{"à la mairie on doit diffuser les délibérations du conseil municipal et gérer la salle des fêtes, quels logiciels libres ?", alt, "librebooking", "", "-"},
	{"besoin de conseil pour passer la mairie sous linux, on est à Dijon", prov, "", "", "27"},
	// Meetings with people in the room and online.
	{"nos AG se font en présentiel et à distance, un outil libre ?", alt, "jitsi-meet", "", "-"},
	// Where the result goes is not what is replaced; a broad need and whom it is for asks,
	// a broad word and when does not.
	{"logiciel de montage vidéo pour youtube", alt, "kdenlive", "-", "-"},
	{"compta pour micro-entrepreneur", alt, "", "", "-"},
	{"visio pour demain ok", none, "-", "", "-"},
	// What hurts today, with a need or a product, asks for better.
	{"on perd tout le temps les fichiers entre collègues, c'est le bazar", alt, "nextcloud", "", "-"},
	{"j'en ai marre de word", alt, "libreoffice", "microsoft-word", "-"},
	{"j'en ai marre de la pluie", none, "-", "", "-"},
	{"c'est le bazar sur teams aujourd'hui", none, "-", "", "-"},
	// "devs" is no typo of "devis"; old provinces are places.
	{"des devs Django sur Lille ?", prov, "", "", "32"},
	{"cherche freelance wordpress pays basque", prov, "wordpress", "", "75"},
	// What the asker uses today is context for the need asked about.
	{"on utilise Pronote et l'ENT de la région, mais je voudrais un outil libre pour faire des quiz avec les élèves", alt, "classquiz", "-", "-"},
	{"on utilise Slack, un truc libre pour remplacer ?", alt, "mattermost", "slack", "-"},
	{"on gère la médiathèque avec un cahier, c'est plus possible", alt, "koha", "", "-"},
	{"scanner des documents et les retrouver facilement", alt, "paperless-ngx", "", "-"},
	{"modéliser une pièce pour l'imprimante 3D", alt, "freecad", "", "-"},
	// News about a release is no request; "sortir de X" is.
	{"Apple vient de sortir un nouveau iPhone", none, "-", "", "-"},
	{"comment sortir de Windows ?", alt, "", "windows", "-"},
	// A need said with other determiners, plurals or "libre pour" inside.
	{"compresser des vidéos", alt, "handbrake", "", "-"},
	{"sauvegarder mes photos de téléphone automatiquement", alt, "immich", "", "-"},
	{"un clavier libre pour android", alt, "heliboard", "-", "-"},
	{"gérer ma bibliothèque d'ebooks", alt, "calibre", "", "-"},
	// "local" alone qualifies anything; "acteurs locaux" asks for someone.
	{"créer une carte interactive des producteurs locaux", alt, "umap", "", "-"},
	{"des acteurs locaux du libre en Bretagne ?", prov, "-", "", "53"},
	{"prendre la main à distance sur un pc", alt, "rustdesk", "", "-"},
	// A task first, then what it is for: the asker does the helping.
	{"partager un écran à distance pour dépanner mamie", alt, "rustdesk", "", "-"},
	// English words are not unknown products; English ways of leaving a product.
	{"I need a libre accounting software for a French association", alt, "dolibarr", "-", "-"},
	{"we're a school in Marseille and want to move off Google Classroom", alt, "moodle", "google-classroom", "93"},
	{"open source tool to manage our volunteers", alt, "paheko", "", "-"},
	// Long messages: who asks is no provider sought, the first product named leads, what is
	// used today gives way to the need.
	{"On est une petite asso de théâtre à Tours. On s'organise sur un groupe WhatsApp mais certains ne veulent pas de Facebook, vous conseillez quoi pour discuter ?", alt, "signal", "whatsapp", "24"},
	{"I run a small bakery. We use Square for payments and an Excel sheet for stock. Any free software for the till and the stock?", alt, "odoo", "-", "-"},
	{"Je suis développeur freelance et je voudrais arrêter d'utiliser GitHub. Qu'est-ce que je peux héberger moi-même ?", alt, "forgejo", "github", "-"},
	{"une coopérative de producteurs qui vend en circuit court cherche un outil pour prendre les commandes en ligne", alt, "open-food-network", "", "-"},
	// Slang for leaving a product; money is no product; an adjective two words after a
	// generic noun; a photo gallery for the family.
	{"jveux virer windows de mon pc portable", alt, "", "windows", "-"},
	{"virer 500 euros à mon frère", none, "-", "", "-"},
	{"qqun connait un hebergeur mail sympa et pas cher ?", prov, "thunderbird", "-", "-"},
	{"on aimerait un prestataire Matrix/Element en Île-de-France", prov, "element", "", "11"},
	{"je veux mettre mes photos en ligne pour la famille sans google", alt, "piwigo", "", "-"},
	{"logiciel libre pour un cabinet médical (dossiers patients)", alt, "", "", "-"},
	// A collective is always sought; "on est 10" counts people.
	{"quels sont les CHATONS en Bretagne ?", prov, "-", "", "53"},
	{"hébergeur associatif pour nos mails, on est 10", prov, "", "", "-"},
	{"strava mais libre", alt, "opentracks", "strava", "-"},
	// "comment installer X" is the asker's own job; "qui peut le faire" asks for someone.
	{"comment installer nextcloud ?", alt, "nextcloud", "", "-"},
	{"comment installer nextcloud à Rennes, qui peut le faire ?", prov, "nextcloud", "", "53"},
	// Leaving the big platforms as a whole; a precise product named beside wins.
	{"sortir des GAFAM", alt, "nextcloud", "gafam", "-"},
	{"dégoogliser l'asso", alt, "nextcloud", "gafam", "-"},
	{"dégoogliser mon téléphone", alt, "lineageos", "-", "-"},
	{"un téléphone sans google", alt, "lineageos", "-", "-"},
	{"sortir des poubelles", none, "-", "", "-"},
	// "quelle <need> pour…" asks like "un <need> pour…".
	{"quelle distribution linux pour une école primaire", alt, "", "", "-"},
	{"quel temps fait-il", none, "-", "", "-"},
	// "sans installer" asks for no installer.
	{"une visio sans installer de logiciel", alt, "jitsi-meet", "", "-"},
	// Unknown products: honest "I don't know", no recommendation.
	{"alternative libre à Yarvik Planner 2026 ?", alt, "-", "", "-"},
	{"alternative à Zentrova Teams", alt, "-", "", "-"},
	{"alternative à Microsoft Teams", alt, "element", "microsoft-teams", "-"},
	{"Krantzify alternative", alt, "-", "", "-"},
	{"alternative à Blorptastic", alt, "-", "", "-"},
	{"alternative à Blorptastic ?", alt, "-", "", "-"},
	{"une alternative libre à Zyxqwerto", alt, "-", "", "-"},
	{"par quoi remplacer Frobnicator Pro", alt, "-", "", "-"},
	// A request for software whose need the KB has no word for: honest, not small talk.
	{"une appli de tricot libre pour l'asso ?", alt, "-", "", "-"},
	{"is there an open source app for knitting?", alt, "-", "", "-"},
	{"une appli de covoiturage libre pour l'asso ?", alt, "mobicoop", "", "-"},
	{"un logiciel pour organiser les tours de garde des pompiers volontaires", alt, "-", "", "-"},
	{"un outil de la mort ?", none, "-", "", "-"},
	// A count is no part of a need; a first name and "et" still open the message.
	{"gérer les plannings de nos 40 bénévoles", alt, "framadate", "", "-"},
	// A service verb as a past participle describes what is wanted — unless a tool is
	// named, whose host is then sought.
	{"ChatGPT mais hébergé en France et libre, ça existe ?", alt, "ollama", "chatgpt", "-"},
	{"un Nextcloud hébergé en France ?", prov, "nextcloud", "", "-"},
	// A one-letter name counts only right after the cue.
	{"alternative à X ?", alt, "mastodon", "x-twitter", "-"},
	{"je quitte X, je vais où ?", alt, "mastodon", "x-twitter", "-"},
	{"la version X de l'outil", none, "-", "", "-"},
	{"on a enfin quitté google workspace 🍾", none, "-", "", "-"},
	{"cartes et analyses géographiques pour un bureau d'études environnement", alt, "qgis", "", "-"},
	{"faire les emplois du temps du lycée avec un logiciel libre", alt, "fet", "", "-"},
	{"une GMAO libre pour la mairie ?", alt, "odoo", "", "-"},
	{"un site pour vendre en ligne", alt, "prestashop", "", "-"},
	// Everyday-word names give way to a precise one; glued forms need real words.
	{"je dessine les plans de cuisine de mes clients sur SketchUp, ya quoi en libre pour la 3D ?", alt, "freecad", "sketchup", "-"},
	{"garage auto indépendant, on a EBP pour les devis, il existe un libre pour ça ?", alt, "dolibarr", "ebp", "-"},
	{"on a un petit gîte à la campagne, un truc libre pour un site vitrine ?", alt, "wordpress", "", "-"},
	{"je détoure mes photos avec photoshop, y a un logiciel libre qui fait ça bien ?", alt, "gimp", "adobe-photoshop", "-"},
	{"un indépendant pour installer Nextcloud à Lyon", prov, "nextcloud", "", "84"},
	// Who does the work: the asker ("on installe quoi ?", "je me suis installé comme…"),
	// someone ("qqun pour mettre en place…", "quelqu'un pourrait nous aider à configurer").
	{"les PC de la médiathèque sont sous Windows 10, on installe quoi ?", alt, "linux-mint", "windows", "-"},
	{"je me suis installé comme plombier, un logiciel libre pour les devis et factures ?", alt, "dolibarr", "", "-"},
	{"on est 4 dans une boîte de rénovation, on nous a vendu Salesforce, un CRM libre plus simple ?", alt, "suitecrm", "salesforce", "-"},
	{"qqun en Guyane pour mettre en place un serveur mail pour notre asso ?", prov, "mailcow", "", "03"},
	{"quelqu'un sur place pourrait nous aider à tout configurer ?", prov, "-", "", "-"},
	{"qui peut m'aider ?", IntentHelp, "-", "", "-"},
	{"la mise en place de la réunion est à 9h", none, "-", "", "-"},
	{"tu préfères vim ou emacs ? :D", none, "-", "", "-"},
	{"alt à Zenvrak stp", alt, "-", "", "-"},
	// "quel outil libre de X" asks for X after a story; no article glued into a name; a
	// set-up that is the asker's aim asks for software, one for someone asks for them.
	{"On a un NAS, un serveur de fichiers et 10 postes. Quand un disque lache, je m'en rends compte 3 jours apres. Quel outil libre de supervision simple ?", alt, "zabbix", "", "-"},
	{"we have a NAS and a file server at the office. which open source tool for monitoring?", alt, "prometheus", "", "-"},
	{"on a fait trois tours de table au conseil municipal : pour mettre en place un partage de fichiers entre elus, vous conseillez quoi de libre ?", alt, "nextcloud", "-", "-"},
	{"on cherche quelqu'un pour mettre en place un wiki libre", prov, "bookstack", "", "-"},
	// The need said in the clause about the tool leads; a need named twice leads; a
	// "compte rendu" is no accounting; a slideshow is a presentation.
	{"Pour le syndicat etudiant on ecrit les tracts et les comptes rendus a 10 en meme temps, un truc libre ou on ecrit tous ensemble en direct ?", alt, "etherpad", "", "-"},
	{"je voudrais faire un diaporama avec les photos de famille et de la musique, quel logiciel libre ?", alt, "libreoffice", "", "-"},
	{"un logiciel libre pour faire des graphiques en camembert pour le bilan de l'AG ?", alt, "libreoffice", "", "-"},
	// "ma box Orange" is the router, not Box; a greeting does not hide a question.
	{"Ma box Orange rame le soir, il y a un logiciel libre pour voir qui est connecte sur le wifi de la maison ?", alt, "netalertx", "-", "-"},
	{"bonjour, boulangerie, un logiciel libre pour faire des etiquettes ?", alt, "libreoffice", "", "-"},
	{"salut ! une appli libre de tricot ?", alt, "-", "", "-"},
	// Someone else's device is a platform too ("sur son Mac"); what "quel" asks outranks
	// products of other kinds said in passing.
	{"c'était un papa qui montait tout sur son Mac mais il a déménagé. Un logiciel libre pour faire le montage des vidéos ?", alt, "kdenlive", "-", "-"},
	{"Mes parents ont un vieux PC sous Windows 10. Ils font juste mails, photos et un peu de facebook. Quel système libre vous leur conseillez ?", alt, "debian", "-", "-"},
	{"dans la rue tout le monde a un iphone, moi je veux un tel degoogle, quel os libre vous preconisez ?", alt, "e-os", "ios", "-"},
	{"Any open source tool to manage and inventory the fleet of 30 Windows laptops?", alt, "glpi", "-", "-"},
	// An everyday-word product said in lower case where a category has the same words is
	// the category: "des plans de meubles" is CAD; "alternative à Plans", "via Meetup" not.
	{"Je suis menuisier, un logiciel libre pour faire des plans d'atelier et de meubles en 3D ?", alt, "", "-", "-"},
	{"alternative à Plans", alt, "organic-maps", "apple-plans", "-"},
	// AMAP orders; "organic" is a word, not Organic Maps.
	{"on est une amap de 60 familles, les commandes se font par mail et c l enfer chaque semaine pour tout recompter. y a un outil libre ?", alt, "open-food-network", "", "-"},
	{"We run an organic vegetable farm, we sell through a weekly basket scheme (AMAP). Is there open source software to manage subscriptions and orders?", alt, "open-food-network", "", "-"},
	// What the asker complains of having is never the answer ("l'ENT est une usine à gaz");
	// "on cherche un X" asks for X.
	{"Les élèves perdent leurs fichiers, les clés USB disparaissent, et l'ENT est une usine à gaz. On cherche un espace de stockage en ligne libre, ça existe ?", alt, "nextcloud", "", "-"},
	{"on cherche un truc pour que les profs partagent des docs et des devoirs avec les eleves, l ENT actuel est une horreur", alt, "moodle", "", "-"},
	{"un ENT libre pour le collège ?", alt, "entcore", "", "-"},
	// A tool the asker already has sets the scene: "on a déjà Forgejo".
	{"intégration continue self-hosted pour une petite équipe, on a déjà Forgejo", alt, "woodpecker-ci", "", "-"},
	// "on peut mettre quoi dessus ?" about a computer asks for a system; the needs of that
	// kind stay.
	{"ma grand-mère a un vieil ordi de 2012 qui rame a mort. elle fait juste ses mails, skype avec les petits enfants et regarder ses photos. on peut mettre quoi de simple dessus ?", alt, "linux-mint", "-", "-"},
	{"Les vieux PC de la mediatheque rament sous Windows 10. On peut mettre quoi dessus pour que les usagers puissent surfer et faire du traitement de texte ?", alt, "linux-mint", "", "-"},
	// "don't" is no donation; a glued alias that is a word ("adds") names nothing.
	{"Our server's disk keeps filling up (don't ask). Any libre tool to see what's eating the space?", alt, "ncdu", "", "-"},
	{"we write our thesis in Word and lose the formatting every time someone adds a figure. Any libre tool for long documents with a bibliography?", alt, "zotero", "-", "-"},
	// A tool complained of is what to replace; "on a une Debian" sets the scene.
	{"Moodle c'est trop lourd pour nous (petite école primaire). Y a plus léger en libre pour donner des exercices en ligne aux élèves ?", alt, "chamilo", "", "-"},
	{"Côté serveur on a une Debian 12 sur un vieux Dell, pour les sauvegardes on prend quoi qui soit pas une usine à gaz ?", alt, "borgbackup", "", "-"},
	// "une de nos bénévoles" is a person; a state ("c'est hébergé aux US") asks no host; a
	// choice between tools asks which ("Grist ou NocoDB pour migrer ?").
	{"Lourdes, une de nos bénévoles, monte les vidéos des ateliers avec une version crackée de Premiere. Faut qu'on lui propose un logiciel propre, lequel ?", alt, "kdenlive", "", "-"},
	{"On a la base des bénéficiaires sur Airtable, c'est hébergé aux US avec des données sensibles. Grist ou NocoDB pour migrer ?", alt, "baserow", "airtable", "-"},
	{"on se voit sur Zoom ce soir ?", none, "-", "", "-"},
	// What the asker wants to do without is no answer ("sans envoyer ça chez YouTube"); mail
	// named as where things lie is a setting.
	{"sous titrer les videos de nos conf automatiquement, en francais, sans envoyer ca chez youtube ? c possible ?", alt, "subtitle-edit", "-", "-"},
	{"les fiches techniques sont sur des clés usb, d'autres dans les mails, d'autres sur le cloud perso de la régisseuse. Comment on centralise ça en libre ?", alt, "nextcloud", "", "-"},
	// A product named as where things are posted gives way to the need asked; "on veut"
	// wants; niche needs (radio automation, a fablab's machines, biodiversity data).
	{"Les habitants signalent les nids de poule en commentaire sur la page Facebook de la mairie, c'est ingérable. Y a un outil libre de signalement citoyen ?", alt, "fixmystreet", "-", "-"},
	{"on est sur Facebook, on veut partir, quoi de libre ?", alt, "friendica", "facebook", "-"},
	{"on monte une radio associative et on veut diffuser en streaming avec une grille de programmes automatique", alt, "libretime", "", "-"},
	{"hackerspace here: libre tool to book the laser cutter and 3D printers?", alt, "fab-manager", "", "-"},
	{"asso qui fait de l'accompagnement GeoNature en Midi-Pyrénées ?", prov, "geonature", "", "76"},
	// What is used today with a product does not hide the product asked about; a set-up
	// named as a title is the asker's project.
	{"Notre troupe utilise encore Trello + un tableur partagé pour le planning des répétitions. On a déjà un Nextcloud. Deck suffit ou il faut autre chose ?", alt, "wekan", "trello", "-"},
	{"mise en place d'un parapheur electronique pour les délibés et arrêtés, on est une comcom de 20 communes, quoi de libre ?", alt, "", "", "-"},
	{"mise en place d'un serveur mail, qui peut le faire ?", prov, "mailcow", "", "-"},
	// Everyday needs the KB now has: wiping disks, captive portals, paper tests, embroidery,
	// home libraries, rehearsing at a distance.
	{"effacer proprement les disques avant de donner les vieux pc de la mairie à une asso", alt, "shredos", "", "-"},
	{"wifi public avec portail captif pour la mediatheque, on doit garder les logs, libre ?", alt, "alcasar", "", "-"},
	{"faire des QCM sur papier et les corriger automatiquement ?", alt, "auto-multiple-choice", "", "-"},
	{"je fais de la broderie machine, y a du libre pour numeriser mes motifs ?", alt, "ink-stitch", "", "-"},
	{"un logiciel pour faire l'inventaire des livres de la maison, on en a plus de 3000", alt, "tellico", "", "-"},
	// A file that stands in for software gives way to the need ("un fichier Excel"); "pour
	// remplacer ça" points back to the product; the steps of the asker's task ask no one.
	{"Dans notre club de foot on gère les licenciés avec un fichier Excel partagé par mail. Vous connaissez un logiciel libre de gestion de club ?", alt, "paheko", "-", "-"},
	{"On est un magasin de vélos, on utilise Sage pour la compta et la facturation. Qu'est-ce qu'il existe en libre pour remplacer ça ?", alt, "dolibarr", "sage", "-"},
	{"gerer le parc de tablettes de l'ecole (installer les applis, bloquer les reglages)", alt, "headwind-mdm", "", "-"},
	{"mise en place d'un parapheur electronique pour les délibés, quoi de libre ?", alt, "i-parapheur", "", "-"},
	// What things are done with today ("tapés sous traitement de texte") gives way to the
	// need; "passer sous Linux" is the aim.
	{"les délibérations et arrêtés sont tapés sous traitement de texte, imprimés, signés, scannés puis envoyés en préfecture. Il existe des logiciels libres pour gérer les actes ?", alt, "pastell", "", "-"},
	{"Our local history society has 5,000 old photos and postcards. We'd like to describe them and publish an online collection. What open source tool fits?", alt, "omeka-s", "", "-"},
	// Asking the bot what it can find is help; asking it to find them somewhere is not.
	{"c bien toi le bot des logiciels libres ? tu peux aussi trouver des presta pres de chez moi ?", help, "-", "", "-"},
	{"tu peux trouver des presta pour Nextcloud à Lyon ?", prov, "nextcloud", "", "84"},
	// Mailboxes are no companies; a "remote support tool" is a kind of software; tech words
	// are no typos ("cron" is no CRAN); "c'est Versailles ici" is a saying.
	{"ca se corse avec outlook, y a un client mail libre qui gere plusieurs boites ?", alt, "thunderbird", "microsoft-outlook", "-"},
	{"Need a remote support tool like TeamViewer but open source, to help my parents", alt, "rustdesk", "teamviewer", "-"},
	{"les sauvegardes de nos serveurs c'est du bricolage rsync + cron, un truc libre plus serieux ?", alt, "borgbackup", "", "-"},
	{"c'est Versailles ici, toutes les lumieres restent allumees. un truc domotique libre ?", alt, "home-assistant", "", "-"},
	{"what is this bot for?", help, "-", "", "-"},
	// Products people leave for games, fleets, podcasts and languages.
	{"any open source alternative to Steam?", alt, "lutris", "steam", "-"},
	{"on gere 12 camionnettes avec un boitier Masternaut, hors de prix. y a du libre pour suivre une flotte ?", alt, "traccar", "masternaut", "-"},
	{"is there a libre app to fill the gap left by google podcasts?", alt, "antennapod", "google-podcasts", "-"},
	{"how do I keep track of car maintenance with something self hosted?", alt, "lubelogger", "", "-"},
	// unseen14 classes: a series watched is small talk; a set-up wanted with advice asked
	// asks for software; no hire is sought "sans appeler un prestataire"; "garage" gives way
	// to the need; platforms in a row are platforms; the need after "quel logiciel pour".
	{"wsh vous avez vu la derniere serie netflix ? j'ai tout binge hier soir", none, "-", "", "-"},
	{"on veut mettre en place une messagerie interne pour les agents de la mairie, vous conseillez quoi ?", alt, "element", "", "-"},
	{"La mairie voudrait refaire son site, sans appeler un prestataire à chaque fois. Quel logiciel libre de site web est le plus simple ?", alt, "wordpress", "", "-"},
	{"les factures c'est des tâches lourdes pour mon petit garage auto, un logiciel libre pour les devis et factures ?", alt, "dolibarr", "", "-"},
	{"un agenda partagé pour la famille, sans google, que tout le monde voit sur son tel (android + iphone)", alt, "nextcloud", "-", "-"},
	{"on lance un podcast au lycée avec les élèves, quel logiciel libre pour enregistrer et monter le son ?", alt, "audacity", "", "-"},
	{"prof de techno : comment je peux voir et bloquer les écrans des élèves en salle info ? un logiciel libre svp", alt, "veyon", "", "-"},
	{"je reviens de vacances a marseille et j'ai 200 cartes trello en retard, y a un equivalent libre a trello ?", alt, "wekan", "trello", "-"},
	// unseen15 classes: "qqn a une alternative ?" asks the room, not a provider; a town the
	// asker is back from is no place; people somewhere for a service are providers; "we
	// self-host Forgejo" sets the scene; "lagging" is news; no one is sought "sans être
	// informaticien"; a shoebox is no company; "what do people migrate to?" asks software.
	{"je rentre de Marseille, en passant qqn a une alternative a Google Keep pour les listes de courses partagees en famille ?", alt, "joplin", "google-keep", "-"},
	{"des gens en Guyane qui font du support informatique en libre ? on est sur Cayenne, asso culturelle", prov, "", "", "03"},
	{"dev here — we self-host Forgejo and want CI runners on our own hardware. what's the usual FOSS choice?", alt, "woodpecker-ci", "", "-"},
	{"anyone else's Discord lagging rn? lol", none, "-", "", "-"},
	{"Vous conseillez quoi comme pare-feu / filtrage libre qu'on pourrait gérer sans être informaticien ?", alt, "opnsense", "", "-"},
	{"L'ancienne tresoriere m'a file une boite a chaussures de tickets et un carnet. Y a un logiciel libre simple pour tenir une compta ?", alt, "", "", "-"},
	{"Broadcom tripled our VMware renewal. We run 3 hosts, ~60 VMs. What do people actually migrate to?", alt, "proxmox-ve", "vmware-vsphere", "-"},
	{"chrome eats all my ram, what should i switch to", alt, "firefox", "google-chrome", "-"},
	// unseen16 classes: "cartes de visite" are no maps; "le cabinet comptable" is who asks;
	// "pour aider mon fils" is what software is for; "on a une petite entreprise" is the
	// asker's; one tool covering several needs asked leads; "a 12-person company" is a size.
	{"je cherche un logiciel libre pour faire des cartes de visite, c'est pour mon beau-frère qui est artisan", alt, "scribus", "", "-"},
	{"je cherche un prestataire pour passer les 6 postes du cabinet comptable sous linux, on est dans le 67", prov, "", "", "44"},
	{"des logiciels libres pour aider mon fils en CP a apprendre a lire ?", alt, "gcompris", "", "-"},
	{"On a une petite entreprise de plomberie. On utilise Ciel Gestion Commerciale. On voudrait un logiciel libre pour les devis, les factures et le suivi des clients.", alt, "dolibarr", "", "-"},
	{"open source alternative to Salesforce for a 12-person company?", alt, "suitecrm", "salesforce", "-"},
	{"need an open source tool to edit podcast episodes for our local radio", alt, "audacity", "", "-"},
	// A makeshift file gives way to a category asked; "un équivalent libre" points back to
	// the product named.
	{"Les plannings de tournée sont faits sur une feuille Excel que chacune modifie. Il existe un outil libre pour un planning partagé simple ?", alt, "nextcloud", "-", "-"},
	{"Je note les commandes des clients dans un fichier Excel, la licence Office a expiré. Il y a un équivalent libre qui ouvre nos fichiers ?", alt, "libreoffice", "", "-"},
	// The asker's own software and a customer service ask for nothing.
	{"haha ce bot repond plus vite que le service client de notre logiciel de caisse 😂", none, "-", "", "-"},
	{"notre logiciel de caisse ne marche plus, vous conseillez quoi ?", alt, "dolibarr", "", "-"},
	// In a four-letter word a changed first letter makes another word: "Cuma" is no Kuma.
	{"La Cuma partage tout sur un Google Drive, on veut passer a un truc libre avec des droits par personne", alt, "nextcloud", "google-drive", "-"},
	{"slak c'est payant maintenant, une alternative ?", alt, "mattermost", "slack", "-"},
	// A product in use and a reason to leave it after "mais" is a request; news about a
	// product, praise, or a common word used in its own sense are not.
	{"On passe par Doodle pour chaque répète de la chorale mais y a des pubs partout et les choristes âgés s'y perdent", alt, "framadate", "doodle", "-"},
	{"on utilise Trello pour le club mais c'est devenu payant", alt, "wekan", "trello", "-"},
	{"we use Slack but it got expensive", alt, "mattermost", "slack", "-"},
	{"on utilise Canva pour les affiches, c'est super pratique", none, "-", "", "-"},
	{"j'utilise un doodle pour dessiner mais j'aime pas trop", none, "-", "", "-"},
	{"le salon #general de notre Discord est un vrai bazar, un forum libre ce serait mieux ?", alt, "discourse", "discord", "-"},
	{"on perd la trace des pc et des licences au lycee, un outil d'inventaire libre ?", alt, "glpi", "", "-"},
	{"un logiciel d'inventaire pour les pièces détachées du magasin", alt, "inventree", "", "-"},
	// Whom the tool is for is no need, and a closing "pour ça" points back to the last one.
	{"Je viens d'etre elue tresoriere de l'asso des parents d'eleves. L'ancienne tresoriere m'a file une boite a chaussures de tickets et un carnet. J'ai aucune idee de comment tenir une compta. Y a un logiciel libre simple pour ca ?", alt, "paheko", "", "-"},
	{"un logiciel pour les élèves ?", alt, "moodle", "", "-"},
	// No typo for an English word or a capitalised acronym; where the asker is is no
	// self-description; what is done already asks nothing.
	{"we use Okta for SSO and it's getting expensive, any self-hosted open source option?", alt, "keycloak", "", "-"},
	{"On fait partie d'une AMAP de 60 familles, un logiciel libre pour gérer les contrats ?", alt, "open-food-network", "", "-"},
	{"on est dans le 2A, un prestataire pour de la sauvegarde ?", prov, "borgbackup", "", "94"},
	{"on est en Midi-Pyrénées, cherche prestataire pour Nextcloud", prov, "nextcloud", "", "76"},
	{"j'ai installé Linux Mint hier sur le pc de mon père, trop content", none, "-", "", "-"},
	{"j'ai enfin fini de migrer les 12 postes sous Mint 🎉", none, "-", "", "-"},
	{"c quoi ce bot", IntentHelp, "-", "", "-"},
	{"tu peux aussi me trouver des prestataires ou juste des logiciels ?", IntentHelp, "-", "", "-"},
	// Someone, somewhere, about something named: providers.
	{"qqun dans le Limousin qui connait Odoo ?", prov, "odoo", "", "75"},
	{"qqun pour un site Wordpress pas cher en Rhône-Alpes ?", prov, "wordpress", "", "84"},
	{"besoin d'aide sur Koha, on est en Essonne", prov, "koha", "", "11"},
	{"Is there anyone around Nantes who does Odoo implementation for small shops?", prov, "odoo", "", "52"},
	{"la réunion de lundi sur Zoom a planté 3 fois, y a quoi de libre pour la visio ?", alt, "jitsi-meet", "", "-"},
	{"arrête tes vannes et dis-moi un remplaçant libre à Slack", alt, "mattermost", "slack", "-"},
	// A one-word need after a subject is a verb; "hébergeable" asks for software.
	{"la somme qu'on paie pour Canva c'est abusé, une alternative libre ?", alt, "penpot", "canva", "-"},
	{"logiciel de paie libre ?", alt, "frappe-hr", "", "-"},
	{"messagerie instantanée interne pour une PME de 25 personnes, hébergeable chez nous", alt, "element", "", "-"},
	// What "quel…" asks leads; a tool that names what the machines run is no request.
	{"faut allier simplicité et sécurité, quel gestionnaire de mots de passe pour une famille ?", alt, "bitwarden", "", "-"},
	{"on a une quinzaine de serveurs Debian, quelle supervision libre vous conseillez ?", alt, "zabbix", "", "-"},
	{"un serveur Debian pour la maison ?", alt, "debian", "", "-"},
	// News of having gone libre, and polls of the room, ask nothing.
	{"après plusieurs tours de table on a voté pour passer au libre 🎉", none, "-", "", "-"},
	{"qui aime vraiment LibreOffice ici ? perso j'ai du mal avec les menus", none, "-", "", "-"},
	{"on veut passer au libre", alt, "nextcloud", "gafam", "-"},
	{"On organise des soirées jeux de société via Meetup. Par quoi remplacer ?", alt, "mobilizon", "meetup", "-"},
	// Where the machines are, and the asker's own job.
	{"on perd tout le temps les fichiers sur les PC de l'asso, la clé de Josiane est perdue...", alt, "nextcloud", "", "-"},
	{"quoi mettre sur les PC de l'école ?", alt, "debian", "", "-"},
	{"installer 30 pc d'un coup dans la salle info, libre ?", alt, "clonezilla", "", "-"},
	{"open source alternative to Salesforce for a 10 people company?", alt, "suitecrm", "salesforce", "-"},
	// Chat words are no typos ("wifi" is no wiki); jokes; "quelle distrib ?" outranks a
	// need said in passing.
	{"je veux virer les pubs et les traqueurs sur tout le wifi de la maison", alt, "adguard-home", "", "-"},
	{"combien de devs linux faut il pour changer une ampoule ? aucun, c un probleme materiel", none, "-", "", "-"},
	{"payer 300 balles d'antivirus pour des vieux pc qu'on pourrait passer sous linux, vous conseillez quelle distrib ?", alt, "debian", "", "-"},
	{"comment on fait un compte rendu à plusieurs en même temps sans s'envoyer 15 versions par mail ?", alt, "etherpad", "", "-"},
	// Units, the asker's firm, what the asker got someone else to do.
	{"We're moving off Dropbox. Small architecture firm, about 2 TB of plans. What would you use?", alt, "nextcloud", "dropbox", "-"},
	{"j'ai enfin convaincu mon père d'installer Firefox, petite victoire", none, "-", "", "-"},
	{"any Nextcloud or Collabora integrator near Cayenne, French Guiana?", prov, "nextcloud", "", "03"},
	{"comment on envoie des fichiers lourds aux parents ?", alt, "lufi", "", "-"},
	{"la vitre de mon laptop est fendue et il rame de ouf, ça vaut le coup de le réinstaller avec un linux léger ?", alt, "linux-mint", "", "-"},
	{"on sera sur place samedi pour l'install party, vous ramenez des clés usb avec quelle distrib ?", alt, "debian", "", "-"},
	{"Y a des associations qui font des install parties Linux à Strasbourg ?", prov, "debian", "", "44"},
	{"pour le podcast de la radio asso on a besoin d'un logiciel de montage audio", alt, "audacity", "", "-"},
	{"j'ai supprimé les photos de la carte SD par erreur, un logiciel libre pour récupérer ?", alt, "testdisk", "", "-"},
	{"une carte SD pour mon appareil photo", alt, "gimp", "", "-"},
	{"une carte des sentiers pour le club de rando", alt, "umap", "", "-"},
	{"nice, ça marche nickel avec onlyoffice ! dernier truc, un équivalent libre pour la visio avec les clients ?", alt, "jitsi-meet", "", "-"},
	{"mon site est plus en ligne depuis hier, jsp pk, qqun a une idée ?", none, "-", "", "-"},
	{"notre logiciel de compta ne marche plus, un libre ?", alt, "dolibarr", "", "-"},
	// Where things came from is no provider sought; "d'autres choix ?" asks for software.
	{"L'école a reçu 12 vieux PC portables d'une entreprise du coin, sous Windows 7. Quel système libre pour des CE1 ?", alt, "linux-mint", "windows", "-"},
	{"besoin d'une entreprise pour installer Nextcloud à Lyon", prov, "nextcloud", "", "84"},
	{"On a entendu parler de Koha. C'est une bonne option, ou il y a d'autres choix ?", alt, "koha", "", "-"},
	{"mon site est chez wix, je veux passer sur un truc libre avec un hébergeur sympa", alt, "wordpress", "wix", "-"},
	{"qui peut héberger un site wordpress pour quitter Wix à Nantes ?", prov, "wordpress", "", "52"},
	{"logiciel de compta libre pour un artisan plombier ? je galère avec les factures", alt, "dolibarr", "", "-"},
	{"Is there free software to manage a small farm? like tracking fields, animals, harvests", alt, "farmos", "", "-"},
	{"merci pour hier, ça m'a bien aidé", none, "-", "", "-"},
	{"merci, tu peux m'aider ?", IntentHelp, "-", "", "-"},
	{"On part randonner ce weekend, c'est quoi une appli de cartes libre qui marche hors ligne ?", alt, "organic-maps", "", "-"},
	// What free software is: a help question, answered with what it is.
	{"c'est quoi un logiciel libre ?", IntentHelp, "-", "", "-"},
	{"pourquoi passer au libre ?", IntentHelp, "-", "", "-"},
	{"what is free software?", IntentHelp, "-", "", "-"},
	{"pourquoi le libre pour Word ?", alt, "libreoffice", "microsoft-word", "-"},
	// A service word beside an everyday-word tool, with small words between or after it.
	{"hosting for a Mastodon instance in France", prov, "mastodon", "", "-"},
	{"Mastodon hosting in France", prov, "mastodon", "", "-"},
	{"j'ai vu un mastodon au musée", none, "-", "", "-"},
	// Leaving a vendor or going libre in general: an umbrella, giving way to anything precise.
	{"alternative à Microsoft", alt, "libreoffice", "microsoft", "-"},
	{"On est une petite mairie de 800 habitants, on a tout chez Microsoft. Par quoi commencer pour passer au libre ?", alt, "libreoffice", "microsoft", "-"},
	{"par quoi commencer pour passer au libre ?", alt, "nextcloud", "gafam", "-"},
	{"on a un projet en cours pour passer au libre, par quoi commencer pour la bureautique ?", alt, "libreoffice", "", "-"},
	{"passer au libre pour Word ?", alt, "libreoffice", "microsoft-word", "-"},
	{"un site pour l'asso", alt, "wordpress", "", "-"},
	{"une appli pour la météo", alt, "breezy-weather", "", "-"},
	{"une appli de la mairie ?", none, "-", "", "-"},
	{"la maintenance du serveur est ce soir", none, "-", "", "-"},
	{"j'ai perdu mon outil de travail", none, "-", "", "-"},
	{"t'as une appli de blagues ?", none, "-", "", "-"},
	{"alternative to Quuxify", alt, "-", "", "-"},
	{"Zorblex en libre ?", alt, "-", "", "-"},
	{"Teams en libre ?", alt, "element", "microsoft-teams", "-"},
	// The asker introduces its own firm; a setting, premises and trains are no provider.
	{"Bonjour, agence immobilière de 4 négociateurs. On prend nous-mêmes les photos des biens. Quel logiciel libre de retouche photo conseillez-vous ?", alt, "gimp", "", "-"},
	{"On a un local pour les ados du quartier avec 3 ordis. Il faudrait un controle parental qui marche pour tous les postes. Vous avez ca en libre ?", alt, "ctparental", "", "-"},
	{"en mode avion dans le train et j'ai besoin d'une appli de notes qui marche hors ligne, sur android et linux", alt, "joplin", "-", "-"},
	{"Albert notre president (82 ans) veut juste lire ses mails sans pub ni pieges, on lui installe quoi ?", alt, "thunderbird", "", "-"},
	{"Un outil libre de feuilles de temps que les agents pourraient remplir sur leur téléphone, ça existe ?", alt, "kimai", "", "-"},
	// A département written with its capital after "en"; amounts and places denied are none.
	{"presta Nextcloud en Creuse", prov, "nextcloud", "", "75"},
	{"en somme, un presta nextcloud ?", prov, "nextcloud", "", "-"},
	{"qqun a Surviving Mars sur steam ? il est à -80% lol", none, "-", "", "-"},
	{"Notre bureau est rue de Marseille, mais on n'est pas à Marseille 😄 Un wiki libre pour la doc interne ?", alt, "bookstack", "", "-"},
	{"notre comptable ne jure que par Excel, c'est pas gagné 😅", none, "-", "", "-"},
	{"Est-ce que vous conseillez aussi sur le matériel ou seulement sur les logiciels ?", help, "-", "", "-"},
	{"what can you actually do? like only software or also finding companies?", help, "-", "", "-"},
	// The need that opens the message, or follows "besoin de", is asked; what is booked,
	// whom it is for and the asker's own instance are context.
	{"un forum pour les parents d'eleves ? les groupes whatsapp a 200 c'est l'enfer", alt, "discourse", "", "-"},
	{"y a un doodle sans pub ? les parents du club de foot en ont marre des pubs partout", alt, "framadate", "doodle", "-"},
	{"Adobe Premiere trop cher pour monter le film de fin d'annee du club", alt, "kdenlive", "adobe-premiere-pro", "-"},
	{"need a self-hosted CI that plays nice with our forgejo instance, any ideas?", alt, "woodpecker-ci", "", "-"},
	{"un outil pour que les membres réservent la découpeuse laser et l'imprimante résine par créneaux ?", alt, "librebooking", "", "-"},
	{"les adhérents réservent les courts de tennis par téléphone, un outil ?", alt, "librebooking", "", "-"},
	{"Notre repair cafe a un site Wix. On voudrait passer a un site libre, simple a mettre a jour par 2-3 benevoles pas geeks. Vous conseillez quoi ?", alt, "wordpress", "", "-"},
	{"on cherche un outil libre pour transmettre des dossiers volumineux à nos clients", alt, "lufi", "", "-"},
	// "pour ça" points back past the means of today; a need named with a product's
	// alternatives lifts the one that answers it.
	{"On est une AMAP de 60 familles. Les contrats, les paniers, les permanences... tout se fait par mail et tableur et la coordinatrice est epuisee. Y a un outil libre fait pour ca ?", alt, "open-food-network", "", "-"},
	{"nos benevoles s'inscrivent aux permanences par SMS et par mail, c le bazar total. un outil libre pour ça ?", alt, "framadate", "", "-"},
	{"nous voulons afficher sur notre site une carte des producteurs. Aujourd'hui c'est une carte Google Maps intégrée, mais nous voudrions une solution libre", alt, "umap", "", "-"},
	{"logiciel de montage multipiste pour enregistrer la chorale", alt, "ardour", "", "-"},
	// A host named as a constraint does not make a provider request of "ça existe ?".
	{"Nous cherchons un logiciel libre pour les dossiers patients. Les données de santé doivent rester chez un hébergeur certifié HDS. Est-ce que ça existe en libre ?", alt, "openemr", "", "-"},
	{"alternative a Vegas Pro pour monter mes vidéos youtube ?", alt, "kdenlive", "", "-"},
	// Where one publishes is no product to leave; a quality is no category; a hostname
	// is no place; a system named where software runs is no system asked.
	{"besoin d'un truc pour streamer sur twitch ET youtube en meme temps sans payer un service de multistream", alt, "obs-studio", "", "-"},
	{"comment allier securite et simplicite pour les mdp de toute la famille ?", alt, "bitwarden", "", "-"},
	{"Our citizen radio's server hostname is 'brest' (don't ask). The disk keeps filling up, any libre tool to see what's eating the space?", alt, "ncdu", "", "-"},
	{"Looking for a FOSS alternative to Eagle since Autodesk is killing it. Need schematic + PCB, runs on linux and mac", alt, "kicad", "autodesk-eagle", "-"},
	// A place passed through, a company's possessive, an easy set-up are no place or
	// provider request.
	{"On a vu ta demo a Marseille en passant l'ete dernier, c'etait sympa. Du coup t'aurais un equivalent libre a Trello ?", alt, "wekan", "trello", "-"},
	{"we got a batch of donated laptops from Saint-Gobain's IT department. Which Linux distro for kids?", alt, "debian", "", "-"},
	{"Je voudrais un logiciel de caisse libre, pas trop compliqué à mettre en place. Ca existe ?", alt, "dolibarr", "", "-"},
	{"Directrice d'une école primaire. Les parents reçoivent les infos par un groupe WhatsApp qu'une maman a créé. Y a-t-il un outil libre pour communiquer avec les familles ?", alt, "sympa", "", "-"},
	{"Bonjour je suis a Saint-Laurent-du-Maroni, j'ai une petite boutique. Qui peut m'installer un logiciel de caisse libre par ici et me montrer comment ça marche ?", prov, "dolibarr", "", "03"},
	{"mon ordi est encore sous windows 7 et il rame, ma fille dit qu'il faut mettre linux. lequel pour quelqu'un de 78 ans ?", alt, "debian", "", "-"},
	{"Is there free software for my embroidery machine? I make custom tote bags at home", alt, "ink-stitch", "", "-"},
	// Names given to machines are no places; the clause that opens on "un outil libre
	// pour…" is the request.
	{"nos hyperviseurs s'appellent Tours, Sens et Nice (merci l'ancien admin), un outil libre pour superviser leur charge CPU/RAM ?", alt, "zabbix", "", "-"},
	{"je suis en ligne jusqu'a 18h si qqun veut debug son LDAP, je peux meme passer sur place", none, "-", "", "-"},
	{"comment je te pose une question ? je mets juste le nom du logiciel ?", help, "-", "", "-"},
	{"looking for a Kubernetes consultancy around Sophia Antipolis, we run k3s on bare metal", prov, "kubernetes", "", "93"},
	// What the tool plugs into and the systems of the machines are context.
	{"une solution de visio souveraine pour les cours de la fac, 300 etudiants par session, integrable a Moodle", alt, "jitsi-meet", "", "-"},
	{"mon pc windows rame, quoi mettre ?", alt, "linux-mint", "", "-"},
	{"Word et Excel c'est fini pour nous, la licence pour 30 postes au collège est devenue trop chère. On met quoi à la place ?", alt, "libreoffice", "", "-"},
	// A side of the product asked reorders its alternatives; no name spans a parenthesis;
	// a need said in passing only breaks near ties.
	{"alternative à Teams pour la visio", alt, "jitsi-meet", "microsoft-teams", "-"},
	{"on quitte GitHub (copilot qui mange notre code + données aux US), forge libre a heberger nous meme ? des GitHub Actions partout, donc la CI compte autant que la forge", alt, "forgejo", "", "-"},
	{"presta ansible / IaC dans le 84 ?", prov, "ansible", "", "93"},
	// A product named after "sans" replaces its vendor's bare name.
	{"Une dame en a marre que Google lui demande de sauvegarder ses photos chez eux. Elle voudrait garder ses photos sans Google Photos, est-ce qu'il existe quelque chose de libre ?", alt, "immich", "google-photos", "-"},
	{"Je voudrais numériser les vieilles cassettes de mon père. J'ai acheté un lecteur cassette USB, mais il me faut quoi comme logiciel ?", alt, "audacity", "", "-"},
	// A login backend, a company proxy, a project's codename and the asker's devs are context.
	{"qqun a une alternative a Confluence pour la doc interne ? besoin de droits par espace + auth LDAP", alt, "xwiki", "confluence", "-"},
	{"Docker Desktop devient payant, quoi de libre pour les postes des devs sous mac et windows ? il faut que ca passe derriere le proxy d'entreprise", alt, "podman", "docker-desktop", "-"},
	{"besoin d'un outil de tests de charge pour l'API Marseille (nom de code du projet), k6 ou autre chose ?", alt, "k6", "", "-"},
	// A clone asks to replace; a sweet of a town, a sports club and the asker's own trade
	// in English are no place or provider; a machine's role is context.
	{"j'utilise notion pour tout (clients, devis, idees de posts), y a un clone libre ?", alt, "appflowy", "notion", "-"},
	{"je vends des betises de cambrai et du nougat de montelimar sur les marchés, logiciel de caisse libre qui marche sans internet ?", alt, "dolibarr", "", "-"},
	{"je fais un site pour les supporters de l'AS Saint-Étienne, vous me conseillez quel CMS libre ?", alt, "wordpress", "", "-"},
	{"I'm a freelance journalist, what's a free software replacement for Otter.ai to transcribe my interviews?", alt, "buzz", "", "-"},
	{"windows 11 rame sur le pc caisse, je mets quoi ?", alt, "linux-mint", "", "-"},
	{"y a des repair cafés ou des install party linux en Corse ?", prov, "debian", "", "94"},
	{"vous pouvez m'expliquer ce que fait le bot exactement ?", help, "-", "", "-"},
	{"je prépare un exposé sur l'Édit de Nantes, y a un logiciel libre pour faire une frise chronologique ?", alt, "libreoffice", "", "-"},
	{"shopify me coute 39$ par mois, surtout a la st valentin et fete des meres. un equivalent libre ?", alt, "prestashop", "shopify", "-"},
	{"je bosse sur SDL Trados Studio mais la licence coute une fortune si je veux ouvrir les fichiers des agences. Est ce qu'il existe un outil de TAO libre ? merci d'avance", alt, "omegat", "", "-"},
	// What hurts today and is named again is what is asked.
	{"On organise un festival (200 bénévoles) et chaque année le planning des créneaux est un enfer sur un tableur partagé. Il y aurait un logiciel libre où chaque bénévole choisit ses créneaux ?", alt, "engelsystem", "", "-"},
	// Animals are no patients of human-health software: an honest "je ne connais pas".
	{"any free/open source software to run a vet clinic? appointments, patient records (the patients are dogs lol)", alt, "-", "", "-"},
	{"logiciel pour ma clinique vétérinaire ?", alt, "-", "", "-"},
	// A price said as news is small talk; said of the asker's own cost, a request.
	{"Netflix est devenu trop cher lol", none, "-", "", "-"},
	{"Canva nous coute une fortune", alt, "penpot", "canva", "-"},
	// What opens on a pain is not asked; "quoi de mieux pour X" asks for X; an
	// organisation's demonym is its place; a title makes a name a person's.
	{"un tableur partagé c'est le bazar, quoi de mieux pour le planning ?", alt, "nextcloud", "", "-"},
	{"une facture de 300€ pour le pack Office, c'est abusé, on passe à quoi ?", alt, "libreoffice", "microsoft-office", "-"},
	{"Une SCOP nantaise cherche un intégrateur Odoo local, idéalement lui-même en coopérative. Des noms ?", prov, "odoo", "", "52"},
	{"Our director, Mr Paris, wants an open source alternative for our newsletter, we used Mailchimp until now", alt, "listmonk", "mailchimp", "-"},
	{"Le serveur est au bâtiment Lyon, salle Nice, 2e étage : on voudrait y installer un wiki interne pour la doc des agents. Quel logiciel libre ?", alt, "bookstack", "", "-"},
	{"On a mis en place un Nextcloud pour les services, il nous manque une suite bureautique en ligne à brancher dessus, vous conseillez quoi ?", alt, "collabora-online", "", "-"},
	{"dossier de soins libre pour un ehpad ?", alt, "openemr", "", "-"},
	{"Notre mairie est encore sur un Exchange 2013 en local, plus maintenu. Avant de signer pour du cloud américain, on voudrait savoir s'il existe une messagerie collaborative libre qu'on pourrait héberger nous-mêmes ou chez un prestataire français.", alt, "bluemind", "microsoft-exchange", "-"},
	{"Je suis archiviste au conseil départemental. Nous devons mettre en place un système d'archivage électronique. Quelles solutions existent ?", alt, "vitam", "", "-"},
	{"je suis gestionnaire informatique dans un lycée. Aujourd'hui tout est suivi dans un tableur partagé et ça devient ingérable : inventaire, prêts de matériel aux profs, demandes de dépannage. Vous auriez un logiciel libre à me conseiller ?", alt, "glpi", "", "-"},
	{"Nous utilisons Eventbrite pour les inscriptions aux ateliers, mais les usagers se plaignent de la publicité. Avez-vous une solution libre pour gérer des inscriptions gratuites à des événements ?", alt, "pretix", "eventbrite", "-"},
	// From the launch set: a meeting is no place; similar games; examples in brackets;
	// a task the message opens on; "need to X" asks for X.
	{"je dois présenter le projet à la réunion de lundi, y a un logiciel libre pour faire des slides qui claquent ?", alt, "libreoffice", "", "-"},
	{"My kid wants Minecraft but I'd rather something open source, anything similar?", alt, "luanti", "minecraft", "-"},
	{"any panel to manage our game servers (minecraft, valheim, palworld) on one dedicated box?", alt, "pterodactyl", "", "-"},
	{"faire un site pour mon gîte avec les dispos et un formulaire de contact, sans payer un abonnement tous les mois", alt, "wordpress", "", "-"},
	{"I want to start a podcast, what free software do I need to record and edit?", alt, "audacity", "", "-"},
	{"Need help in the 93 (Seine-Saint-Denis) to set up a Jitsi server for our NGO", prov, "jitsi-meet", "", "11"},
	{"Je tiens une petite boutique de céramique. Shopify c'est trop cher pour moi avec leurs commissions. Vous connaissez une solution libre que je pourrais faire héberger pas cher ?", alt, "prestashop", "shopify", "-"},
	{"free software for statistics for my master's thesis? my uni license ran out", alt, "r-project", "", "-"},
	{"les statistiques du site web, un outil libre ?", alt, "matomo", "", "-"},
	{"Mon abonnement Orange inclut une adresse @orange.fr pleine de pubs, je voudrais changer pour un truc plus éthique, vous conseillez quoi ?", alt, "thunderbird", "orange-mail", "-"},
	// The means of today ("par SMS et un tableur") and a food distribution are no answer.
	{"on est une asso de 60 benevoles pour une banque alimentaire. Les creneaux de distribution sont geres par SMS et un tableur partage, resultat personne sait qui vient le samedi. Il y a un outil libre pour ca ?", alt, "framadate", "", "-"},
	{"faut un truc pour les parents d'eleves, ils recoivent 15 mails differents pour la meme info", alt, "sympa", "", "-"},
	// Thanks for help given, news of an install done, a search without a question mark.
	{"merci pour l'aide", none, "-", "", "-"},
	{"on a installé un Moodle au collège, ça marche bien", none, "-", "", "-"},
	{"notre entreprise de transport cherche un logiciel de gestion de flotte", alt, "traccar", "", "-"},
	{"notre entreprise cherche un logiciel de taille de haies", alt, "-", "", "-"},
	// From the first-week set: praise for the bot's advice, what it is, who trains whom.
	{"ton conseil sur Linux Mint etait top, j'ai reussi a tout installer tout seul !", none, "-", "", "-"},
	{"Boussole c quoi exactement", help, "-", "", "-"},
	{"Dans le Finistère, qui forme les bénévoles à Paheko ?", prov, "paheko", "", "53"},
	{"Is there an open source alternative to Power BI or Tableau? mostly dashboards on top of postgres", alt, "apache-superset", "", "-"},
	{"Salon de discussion pour la classe, sans pub, c possible ?", alt, "element", "", "-"},
	{"il nous faut un archivage électronique conforme au standard SEDA", alt, "vitam", "", "-"},
	{"on veut remplacer le standard de la mairie par du libre", alt, "asterisk", "", "-"},
	{"faut un outil pour sauvegarder les postes de l'asso", alt, "borgbackup", "", "-"},
	{"Bonjour, nous sommes une commune avec un accueil périscolaire. Les inscriptions à la cantine et la facturation se font sur papier. Existe-t-il un logiciel libre pour gérer les inscriptions, les présences et la facturation ?", alt, "noethys", "", "-"},
	// Fourth session: who asks is not what is asked (a workplace, a trade in brackets, a
	// headcount, "as a…"); the task after "un logiciel pour" is the request; remarks and
	// stories stay remarks; counts are no postal codes.
	{"je suis animatrice à la médiathèque, un logiciel d'animation image par image pour des ados ?", alt, "opentoonz", "", "-"},
	{"suivi du temps passé par projet pour facturer les clients (agence web), un outil libre ?", alt, "kimai", "", "-"},
	{"besoin d'un outil pour suivre nos prospects, agence web 5 pers", alt, "suitecrm", "", "-"},
	{"What free software can I use for bookkeeping as a freelance web developer?", alt, "dolibarr", "", "-"},
	{"On lance un podcast, il nous faut un logiciel libre pour caler les pistes et faire le montage", alt, "audacity", "", "-"},
	{"je veux faire mon premier pcb, un logiciel libre pour le schema et le routage ?", alt, "kicad", "", "-"},
	{"J'ai un iPhone et un compte Amazon et je vis très bien comme ça, merci. Je voulais juste le dire.", none, "-", "", "-"},
	{"lol I spent all night making a beat in FL Studio and it sounds like a microwave", none, "-", "", "-"},
	{"t'écoutes quoi comme musique toi ?", none, "-", "", "-"},
	{"alternative libre a lightroom, jai 30000 photos de mariages a trier", alt, "darktable", "", "-"},
	{"stp un truc comme doodle sans pub pour caler des soutenances", alt, "framadate", "", "-"},
	{"Bulbazap 2 marche plus sur mon pc depuis la maj, vous avez mieux en libre ?", alt, "-", "", "-"},
	{"Je suis à Clermont dans l'Oise, une asso qui installe Linux ?", prov, "debian", "", "32"},
	{"je suis du 9-3, des assos qui reconditionnent des pc avec linux ?", prov, "debian", "", "11"},
	// Fifth session: hosting one's mail oneself leads with a mail server; a new address is
	// sought; an everyday product word listed beside its sibling is a product; a suite
	// named after its parts gives way to them.
	{"je quitte gmail, je veux héberger nos mails nous-mêmes", alt, "mailcow", "gmail", "-"},
	{"Moving my dev mail off Gmail, something I can self-host on a VPS?", alt, "mailcow", "gmail", "-"},
	{"le garage a une adresse gmail, je voudrais une vraie adresse pro sans google", alt, "mailcow", "gmail", "-"},
	{"alternative à gmail", alt, "thunderbird", "gmail", "-"},
	{"my kids need Word and PowerPoint but I won't pay for Microsoft 365 every year, free alternative?", alt, "libreoffice", "microsoft-word", "-"},
	{"je quitte Microsoft 365 : Outlook, OneDrive et Teams, on passe à quoi ?", alt, "nextcloud", "microsoft-365", "-"},
	{"Word et Excel sont trop chers pour l'asso, quoi en libre ?", alt, "libreoffice", "microsoft-word", "-"},
	// A use wished is no use today; "le conseil" is the council; a task asked with
	// "comment"; the organiser of an event is who asks; a category heading the message
	// before "pour…" is what is asked; the bot compared or asked where its facts come from.
	{"Albert, notre maire, veut que tout le conseil utilise un lecteur PDF libre. Lequel ?", alt, "evince", "", "-"},
	{"au cabinet on transporte des dossiers patients sur clé usb... comment les chiffrer avec un outil libre ?", alt, "cryptomator", "", "-"},
	{"Pour le salon du livre de la médiathèque, on voudrait gérer les inscriptions des auteurs en ligne avec un outil libre", alt, "framaforms", "", "-"},
	{"un logiciel pour la gestion de la médiathèque ?", alt, "koha", "", "-"},
	{"formulaire en ligne pour les inscriptions à la cantine et au périscolaire, libre si possible", alt, "limesurvey", "", "-"},
	{"Est-ce qu'il existe un logiciel libre pour gérer les notes, les absences et les bulletins dans un collège ?", alt, "gepi", "", "-"},
	{"un logiciel pour gérer les absences des salariés ?", alt, "jorani", "", "-"},
	{"Is there a nice free program to lay out the school's printed newsletter?", alt, "scribus", "", "-"},
	{"Looking for a web content filter for the primary school wifi so the kids can't reach adult sites", alt, "pi-hole", "", "-"},
	{"We run guided tours of the old abbey in summer. What open source tool can take bookings and sell tickets online?", alt, "pretix", "", "-"},
	{"et pour que les parents prennent rdv avec les profs, y a un outil libre ?", alt, "cal-com", "", "-"},
	{"t'es plus malin que ChatGPT toi ? 😄", none, "-", "-", "-"},
	{"y a plus fort que Photoshop en libre ?", alt, "gimp", "adobe-photoshop", "-"},
	{"c'est qui qui t'a fabriqué, et tes infos elles viennent d'où ?", help, "-", "-", "-"},
	{"comment je dois formuler ma demande pour trouver une entreprise près de chez moi ?", help, "-", "-", "-"},
	{"Je suis adjoint au numérique dans une petite mairie du Var. On voudrait installer Nextcloud. Une asso ou une entreprise pourrait nous aider ?", prov, "nextcloud", "", "93"},
	{"un collège de la Manche cherche un presta pour Moodle", prov, "moodle", "", "28"},
	{"l'asso du lot de tomates cherche des bénévoles", none, "-", "-", "-"},
	{"notre asso cherche des bénévoles pour le marché de Noël", none, "-", "-", "-"},
	{"on recrute des bénévoles pour le festival, venez !", none, "-", "-", "-"},
	{"qui peut m'aider ?", help, "-", "-", "-"},
	// The app one makes is no device; "une appli mobile" is no mobile OS; a mobile OS.
	{"figma mais libre ?? pour faire les maquettes d une appli mobile, je suis etudiante en design/dev", alt, "penpot", "figma", "-"},
	{"une appli mobile libre pour faire mes comptes", alt, "my-expenses", "", "-"},
	{"un OS mobile libre ?", alt, "lineageos", "", "-"},
	{"y a un outil libre pour collecter les dons en ligne ? on utilise HelloAsso mais on voudrait un formulaire à nous", alt, "civicrm", "-", "-"},
	{"la mairie veut faire un budget participatif en ligne, c'est faisable en libre ?", alt, "decidim", "", "-"},
	// "messagerie" beside a mailbox is mail; rooms booked are rooms; a notebook server.
	{"L'asso des amis du musée a encore une adresse gmail, on voudrait une vraie messagerie qui ne soit pas chez Google. Des idées ?", alt, "thunderbird", "", "-"},
	{"une messagerie sécurisée pour l'équipe ?", alt, "signal", "", "-"},
	{"Pour la BU on voudrait que les étudiants réservent eux-mêmes les salles de travail en groupe. Outil libre ?", alt, "librebooking", "", "-"},
	{"je voudrais que mes patients réservent eux-mêmes leur rendez-vous en ligne", alt, "easy-appointments", "", "-"},
	{"un logiciel pour gérer le pret des ordis portables et des cameras au fablab de l'IUT", alt, "snipe-it", "", "-"},
	{"gérer les prêts de livres de la bibliothèque", alt, "koha", "", "-"},
	{"Cours de Python pour 200 étudiants : je veux que tout le monde ait un notebook sans rien installer", alt, "jupyterhub", "", "-"},
	{"un notebook python libre ?", alt, "jupyterlab", "", "-"},
	{"what can I use to keep passwords safe? I write them in a little notebook next to the computer", alt, "bitwarden", "", "-"},
	{"je tiens un salon de coiffure, y a un outil libre pour qu'elles reservent elles-memes sur internet ?", alt, "easy-appointments", "", "-"},
	{"le CA veut un outil libre pour faire voter les adhérents en ligne a l'AG", alt, "belenios", "", "-"},
	// A brand the KB knows is not typo-read as another; a personal wiki; what is done
	// without, when nothing else is named, is what to replace.
	{"we'd like to stop relying only on Bandcamp. Is there free software to stream our albums from our own website?", alt, "funkwhale", "bandcamp", "-"},
	{"Un logiciel libre pour organiser tout ce worldbuilding, genre wiki perso hors ligne ?", alt, "logseq", "", "-"},
	{"super, et pour publier les episodes sans passer par spotify for podcasters ?", alt, "castopod", "spotify-for-creators", "-"},
	{"je vis très bien sans Facebook", none, "-", "-", "-"},
	{"switching from mac to linux next month, what replaces final cut pro?", alt, "kdenlive", "final-cut-pro", "-"},
	{"l'apel de l'ecole est sur gmail, on voudrait sortir de google, vous conseillez quoi pour les mails", alt, "thunderbird", "gmail", "-"},
	{"Je voudrais un logiciel pour gérer ma cave à vin (500 bouteilles, Bordeaux surtout)", alt, "tellico", "", "-"},
	// A cleft sentence says who does it today; a versioned everyday name is a product; a
	// page for each association is a website.
	{"Je suis plombier, c'est ma femme qui fait les devis et les factures sur EBP. Est-ce qu'un logiciel libre fait les devis aussi bien ?", alt, "dolibarr", "ebp", "-"},
	{"c'est qui qui peut installer Nextcloud à Lyon ?", prov, "nextcloud", "", "84"},
	{"j'ai un vieil ordi avec Word 2007, il faut payer un abonnement office 365 tous les ans, il existe un truc gratuit pour ecrire mes lettres ?", alt, "libreoffice", "microsoft-word", "-"},
	{"On voudrait mettre les comptes rendus du conseil municipal en ligne et faire une petite page pour chaque association. Par où commencer ?", alt, "wordpress", "", "-"},
	// unseen41's classes: "something to…" asks; offline wanted puts local apps first;
	// helping one's parents is the asker's job; a quote received is no need; "X from
	// accounting" is a department; English keeps the "a" of Pointe-a-Pitre; "doesn't
	// need a phone number" is a need.
	{"something to keep my passwords safe that works offline, no cloud", alt, "keepassxc", "", "-"},
	{"qqn connait un equivalent a teamviwer libre ? pour depanner mes parents a distance", alt, "rustdesk", "teamviewer", "-"},
	{"quelqu'un pour dépanner le serveur de l'asso à Lyon ?", prov, "", "", "84"},
	{"j'ai eu un devis a 15€/mois pour du stockage en ligne, ca n'a aucun sens, y a du libre ?", alt, "nextcloud", "", "-"},
	{"Nancy from accounting wants an open source tool to scan and file our receipts, any idea?", alt, "paperless-ngx", "", "-"},
	{"Who could train my staff on GIMP and Inkscape? We're a small print shop in Pointe-a-Pitre", prov, "gimp", "", "01"},
	{"what's a good messenger that doesn't need a phone number?", alt, "element", "", "-"},
	{"best free software to write a novel? something distraction-free where I can organise chapters", alt, "manuskript", "", "-"},
	{"would be nice to find a free app to plan my tours, I work as a cycling guide", alt, "organic-maps", "", "-"},
	{"ok et si on veut le wiki + les tickets dans le meme outil ?", alt, "redmine", "", "-"},
	{"un wiki libre pour l'asso ?", alt, "bookstack", "", "-"},
	// Creative tools read in their repositories (Trelby, Guitarix, qStopMotion, LibreSprite,
	// Pixelorama, Mixxx, Tux Paint, KolourPaint, Open Camera, Kig).
	{"logiciel de dessin pour ma fille de 6 ans", alt, "tuxpaint", "", "-"},
	{"final draft coute une blinde pour un etudiant en cinema, y a pas un truc libre pour ecrire au bon format ?", alt, "trelby", "final-draft", "-"},
	{"je cherche un simu d'ampli guitare libre pour jouer au casque sur mon pc le soir", alt, "guitarix", "", "-"},
	{"je mixe dans des mariages avec un controleur pioneer, y a un logiciel de DJ libre qui le gere ?", alt, "mixxx", "", "-"},
	{"My kids want to make a LEGO stop motion film with a webcam. Any free software for that?", alt, "qstopmotion", "", "-"},
	{"alternative à Aseprite ?", alt, "libresprite", "aseprite", "-"},
	{"alternative à paint", alt, "pinta", "ms-paint", "-"},
	{"une appli android pour lire mes ebooks", alt, "koreader", "-", "-"},
	{"application appareil photo android avec réglages manuels", alt, "opencamera", "-", "-"},
	{"y aurait qqn pour nous montrer comment ça marche ? on est au Lamentin (972)", prov, "", "", "02"},
	{"quelqu'un sait comment ça marche ?", help, "-", "-", "-"},
	// unseen42's classes: the place asked, not the asker's; people the asker serves; what
	// is not found is sought; an ENT complained of; parts used "only"; "needs a … thing".
	{"Je suis à Lyon mais c'est pour ma mère qui habite à Brest : y a-t-il quelqu'un là-bas qui pourrait lui installer Linux ?", prov, "debian", "", "53"},
	{"je suis à Lyon, qui installe Nextcloud ?", prov, "nextcloud", "", "84"},
	{"on utilise TeamViewer pour dépanner nos adhérents à distance, c'est devenu hors de prix, il y a une alternative libre ?", alt, "rustdesk", "teamviewer", "-"},
	{"qui peut dépanner notre serveur à Lyon ?", prov, "", "", "84"},
	{"Après plusieurs tours sur les forums je trouve toujours pas de gestionnaire de mots de passe libre qui me plaise", alt, "bitwarden", "", "-"},
	{"on voudrait un endroit pour déposer les cours et où les élèves rendent leurs travaux. L'ENT de la région est lent et plante tout le temps. Une plateforme libre ?", alt, "moodle", "", "-"},
	{"On paie Microsoft 365 pour trois postes alors qu'on ne se sert que de Word et d'Outlook. Vous conseillez quoi ?", alt, "libreoffice", "microsoft-word", "-"},
	{"my grandma needs a super simple video call thing to see the grandkids, she only has a tablet", alt, "jitsi-meet", "", "-"},
	{"need something to write my thesis with proper equations, word keeps crashing on me", alt, "texstudio", "", "-"},
	{"Looking for a way for our farm coop to take veg box orders online every week", alt, "open-food-network", "", "-"},
	{"Je veux quitter Gmail, c'est quoi une bonne messagerie éthique ? idéalement française ou européenne", alt, "thunderbird", "gmail", "-"},
	// Technical, research and maths tools read in their repositories; a skill nobody has
	// is a constraint; "which other" leaves the tool named; a software's purpose verb.
	{"headless CMS for a Jamstack marketing site, self-hosted, editors are non-technical", alt, "strapi", "", "-"},
	{"JFrog Artifactory is crazy expensive for what we use. Open source artifact repo for maven + npm?", alt, "reposilite", "jfrog-artifactory", "-"},
	{"any nice open-source tool to find the gap in our test coverage? mostly python", alt, "coverage-py", "", "-"},
	{"alternative à Mathematica", alt, "sagemath", "mathematica", "-"},
	{"un éditeur LaTeX en ligne à plusieurs, hébergé chez nous ?", alt, "overleaf", "", "-"},
	{"un logiciel de calcul formel pour dériver et intégrer ?", alt, "maxima", "", "-"},
	{"Il nous faudrait un site internet pour le comité des fêtes. Personne ne sait coder chez nous.", alt, "wordpress", "", "-"},
	{"on a fait trois tours de table et personne sait faire la compta sur ordi... un logiciel simple ?", alt, "", "", "-"},
	{"Cura keeps crashing on my Ender 3 profiles, which other slicer would you suggest?", alt, "prusaslicer", "", "-"},
	{"et pour snapchat ??? elle dit que tous ses copains sont dessus", alt, "signal", "snapchat", "-"},
	// unseen43's classes: English -ing service verbs; "de quoi", "some kind of" ask; "à
	// l'aube" is at dawn; "région lilloise"; "pas loin de" asks for someone near; "qui
	// fait du…" with a place asks for someone; Visio with diagrams is Microsoft's.
	{"Need help migrating our files to Nextcloud, we're in the 75015 area", prov, "nextcloud", "", "11"},
	{"Pour mon club info au collège je cherche de quoi faire programmer des débutants de 6e, idéalement en blocs", alt, "scratch", "", "-"},
	{"on a eu une coupure de courant à l'aube et on a perdu des fichiers, y a un logiciel de sauvegarde libre ?", alt, "borgbackup", "", "-"},
	{"on cherche une SCOP qui fait de l'infogérance de serveurs Debian, région lilloise si possible", prov, "debian", "", "32"},
	{"sauvegarde externalisée pour une PME de 20 personnes, pas loin de 44000", prov, "", "", "52"},
	{"Our association needs to digitise 30 years of paper archives. Is there some kind of open source document management system?", alt, "paperless-ngx", "", "-"},
	{"any free tool to turn my recorded interviews into text? ~20 hours of audio", alt, "whisper", "", "-"},
	{"We need something open source to filter web access for the pupils at our primary school", alt, "pi-hole", "", "-"},
	{"Any FOSS replacement for Visio? Mostly network diagrams for the IT room", alt, "drawio", "", "-"},
	{"une visio libre ?", alt, "jitsi-meet", "", "-"},
	{"dans le 93 qui fait du reconditionnement d'ordis sous linux ?", prov, "", "", "11"},
	{"equivalent libre de Decalog comme SIGB ??", alt, "koha", "decalog", "-"},
	{"un truc libre pour faire des frises chronologiques interactives avec mes 4e en histoire", alt, "h5p", "", "-"},
	{"un logiciel pour aider ma fille en 4e en geometrie ?", alt, "kig", "", "-"},
	{"c'est vrai que tu es un robot ? tu manges des croissants le matin ?", none, "-", "-", "-"},
	{"Want a home server so the photos from our phones go there automatically instead of the cloud. What software?", alt, "immich", "", "-"},
	{"Je suis kiné à Fort-de-France et je voudrais quitter mes logiciels propriétaires, qui pourrait m'aider sur place ?", prov, "", "", "02"},
	// An iPad or an iPhone is a device, unless it is what is left.
	{"we only use the iPad for FaceTime and Skype with the grandkids. Anything free and open source that does video calls?", alt, "signal", "facetime", "-"},
	{"je veux quitter mon iPhone pour un téléphone libre", alt, "e-os", "ios", "-"},
	// Made in France asked: the tools developed in France first.
	{"Pour le cabinet on cherche une messagerie sécurisée entre collègues. Et pas un truc américain si possible.", alt, "olvid", "", "-"},
	{"une messagerie sécurisée pour l'équipe ?", alt, "signal", "", "-"},
	{"une alternative européenne à Google Drive ?", alt, "nextcloud", "google-drive", "-"},
	{"On paie Microsoft 365 pour 3 postes. Le conseil m'a demandé de regarder s'il existe une solution libre équivalente, vous auriez quoi à proposer ?", alt, "nextcloud", "microsoft-365", "-"},
	// A lost object near a machine is no request for its software.
	{"qqn a vu mon chargeur ? je l'ai laissé à côté de l'imprimante 3D", none, "-", "-", "-"},
	{"has anyone seen my keys? I left them by the laser cutter", none, "-", "-", "-"},
	// What a map shows is no need: the map is asked.
	{"on veut faire une carte des lieux de réparation et de réemploi du département, un outil libre pour ça ?", alt, "qgis", "-", "-"},
	{"une carte des ressourceries du coin pour notre site ?", alt, "", "-", "-"},
	// A personal to-do list, not project management.
	{"La grasse mat c'est fini, il me faut un outil pour planifier mes tâches de la semaine", alt, "vikunja", "-", "-"},
	{"a to-do list app for my laptop?", alt, "vikunja", "-", "-"},
	// A course platform in English; a training on a named tool is a service.
	{"We'd like an online course platform for our training center, with quizzes and certificates", alt, "moodle", "-", "-"},
	{"qui peut nous faire une formation en ligne sur LibreOffice ?", prov, "libreoffice", "-", "-"},
	{"online training on Nextcloud near Lyon?", prov, "nextcloud", "-", "84"},
	// Linux named as the system: desktop apps for Linux before web apps.
	{"what do you recommend instead of Adobe Acrobat to fill and sign PDF forms on Linux?", alt, "okular", "adobe-acrobat", "-"},
	// A product still used is the one to leave; DWG is LibreCAD's.
	{"we still use AutoCAD LT for simple 2D floor plans in our small architecture office, any open source option that reads DWG?", alt, "librecad", "autocad", "-"},
	// The asker's own agency is no provider sought; "X here" introduces the asker.
	{"Something like a kanban board for our small web agency, self-hosted if possible", alt, "kanboard", "-", "-"},
	{"Freelance dev here, I need something to make invoices and quotes, and track what clients owe me", alt, "invoiceplane", "-", "-"},
	{"any freelance dev here who knows Odoo?", prov, "odoo", "-", "-"},
	// A licence paid every year for a kind of software asks for a libre one.
	{"ça n'a aucun sens de payer une licence tous les ans juste pour un tableur", alt, "libreoffice", "-", "-"},
	// A suite's part singled out ("surtout") is what is replaced.
	{"je paie la suite Adobe 70 € par mois. Pour Illustrator surtout, il y a quoi de sérieux en libre pour du vectoriel ?", alt, "inkscape", "adobe-illustrator", "-"},
	// Mocking nicknames; a group on Facebook.
	{"notre asso a son groupe sur fessebouc, on voudrait partir sans perdre les 300 membres. ou aller ?", alt, "mobilizon", "facebook-groups", "-"},
	// Google Maps on a website: a map to embed; "s'affiche" is a verb, no poster.
	{"on a une carte google maps sur le site de la commune pour les sentiers de rando. maintenant ils demandent une cle API et une CB sinon la carte s'affiche plus. on met quoi de libre ?", alt, "umap", "", "-"},
	// A homelab's encrypted off-site backup is Borg's or restic's job, not a desktop's.
	{"j'ai besoin de sauvegarder mon homelab (2 vm + un nas) vers un disque externe et un stockage distant chiffré, vous utilisez quoi ?", alt, "borgbackup", "-", "-"},
	// Scanning a barcode digitises no paper.
	{"un logiciel libre pour gérer les prêts de livres, idéalement en scannant le code barre ?", alt, "koha", "-", "-"},
	// The machines' bookings in a fablab, not a hotel's.
	{"Au fablab on gere les resas des machines sur un calendrier papier, un outil libre ?", alt, "fab-manager", "-", "-"},
	// A stamp and a signature put on a PDF by hand.
	{"je cherche un logiciel libre pour mettre mon tampon et ma signature sur les devis en pdf", alt, "xournalpp", "-", "-"},
	// What a platform keeps for itself is a complaint, not a need.
	{"en plus c'est eux qui ont les contacts des clients, pas moi", none, "-", "-", "-"},
	// An unknown team app named with what it does: the job is answered.
	{"Le club de hand utilise SportEasy pour les convocs et les dispos des joueurs, mais c'est devenu payant. Il y a une appli libre qui fait pareil ?", alt, "-", "-", "-"},
	// A recyclerie or a Linux club sought is an organisation, and Linux is what it knows.
	{"vous connaissez une recyclerie informatique en Picardie qui remet les vieux pc sous linux ?", prov, "debian", "-", "32"},
	{"dans le 93 qui fait du reconditionnement d'ordis sous linux, genre ressourcerie ?", prov, "debian", "-", "11"},
	{"y a un repair cafe ou un club linux en auvergne ?", prov, "debian", "-", "84"},
	{"un logiciel pour une ressourcerie", alt, "oressource", "-", "-"},
	// Written pages to transcribe are no recording; pages counted are no Apple Pages; a
	// century is no product's name.
	{"On lance un projet de transcription collaborative des registres matricules avec les bénévoles du cercle généalogique. Ça existe en libre ?", alt, "fromthepage", "-", "-"},
	{"on a 40 registres notariaux du XVIIe à transcrire, au-delà de quelques pages c'est payant. un outil libre de reconnaissance d'écriture manuscrite ?", alt, "kraken", "-", "-"},
	{"transcrire mes entretiens audio en texte", alt, "whisper", "-", "-"},
	// "les documents" names no office suite: a need the KB lacks is said honestly.
	{"Il existe un outil libre pour envoyer les convocations du conseil municipal et les documents de facon officielle ?", alt, "-", "-", "-"},
	// Everyday words of a trade: a car garage is no Garage (S3 storage), "phyto" no photo;
	// selling something online is a shop; the permanences of a shop are shifts.
	{"un logiciel pour gérer les réparations du garage", alt, "-", "-", "-"},
	{"entreprise qui héberge du Matrix dans le Var ?", prov, "", "-", "93"},
	{"registre phyto pour l'exploitation, y a du libre ?", alt, "ekylibre", "-", "-"},
	{"on voudrait un site pour vendre nos fromages en ligne", alt, "prestashop", "-", "-"},
	{"we want to sell our jams online", alt, "prestashop", "-", "-"},
	{"un planning pour les permanences du magasin de producteurs", alt, "engelsystem", "-", "-"},
	{"anyone know a free app to track my sheep?", alt, "farmos", "-", "-"},
	// Furniture is FreeCAD's; a gîte's bookings are rooms, not appointments; a hall's wifi
	// books no hall; a wish ("ce serait mieux") asks.
	{"salut, je suis menuisier, un logiciel pour dessiner mes meubles en 3D ?", alt, "freecad", "-", "-"},
	{"we run a gîte near Sarlat, any free booking software?", alt, "hoteldruid", "-", "75"},
	{"le wifi de la salle des fêtes marche mal, un logiciel pour ça ?", none, "-", "-", "-"},
	{"tous les mois on envoie les bons de commande par mail, un formulaire en ligne ce serait mieux", alt, "limesurvey", "-", "-"},
	// "Office" alone is Microsoft Office — not a workplace, a tourist office or part of a
	// brand; a typo in "licence ofice" still names it.
	{"alternative à office", alt, "libreoffice", "microsoft-office", "-"},
	{"Office est trop cher, quoi de libre ?", alt, "libreoffice", "microsoft-office", "-"},
	{"on a plus de licence ofice sur le pc de la mairie annexe, on met quoi pour les courriers et les affiches ?", alt, "libreoffice", "microsoft-office", "-"},
	{"un logiciel pour l'office de tourisme", alt, "-", "-", "-"},
	{"We need a shared drive for our 6-person architecture office, ideally on our own server. Open source options?", alt, "nextcloud", "-", "-"},
	{"alternative a Zentrix Cloud Office stp c urgent", alt, "-", "-", "-"},
	// A need that opens the message, then a disaster told, still asks.
	{"sauvegarde auto du pc de la compta, l'an dernier le disque a lâché et on a tout perdu", alt, "", "-", "-"},
	// "amapiens" is two letters from Amiens: too many for a six-letter town.
	{"une liste de diffusion pour envoyer les infos aux amapiens, genre 150 adresses", alt, "", "-", "-"},
	// Old provinces; "a router setup" is a configuration, no one to set it up.
	{"I'm in Poitou, looking for someone to build a PrestaShop store for my goat cheese", prov, "prestashop", "-", "75"},
	{"looking for a firewall / router setup for the farm shop wifi, customers use it too", alt, "opnsense", "-", "-"},
	{"un GULL ou une asso linux en Franche-Comté ?", prov, "debian", "-", "27"},
	// Trades' words: the sale of cheese by the cut, lots traced in a bakery, "illu", a
	// shared table filled at once, the garage's calls on a mobile.
	{"je cherche un logiciel pour gerer la vente de nos fromages a la coupe, surtout le camembert et le pont-l'eveque", alt, "dolibarr", "-", "-"},
	{"logiciel de tracabilité des lots pour la boulangerie (farines, allergenes, dates)", alt, "dolibarr", "-", "-"},
	{"besoin d'un remplaçant a illu pour refaire le logo de la boulange", alt, "inkscape", "adobe-illustrator", "-"},
	{"on doit remplir un tableau à plusieurs en même temps (planning des récoltes), sans envoyer 36 versions par mail", alt, "collabora-online", "-", "-"},
	{"y a une appli libre pour repondre aux appels du garage depuis mon portable avec le numero fixe ?", alt, "linphone", "-", "-"},
	// What a service is used for today is what to replace: a map of producers on Google Maps.
	{"on a fait la carte des producteurs du canton sur google maps, y a mieux en libre ?", alt, "umap", "google-maps", "-"},
	{"le pc de papy est tout lent, on lui met quoi ?", alt, "linux-mint", "-", "-"},
	{"mon fils veut monter des videos, il a un vieux pc portable, on peut lui mettre quoi ?", alt, "kdenlive", "-", "-"},
	// A verb that is also a noun ("affiche des pubs"); a place moved to; a system moved to
	// is where the tools must run.
	{"la télé connectée affiche des pubs partout, y a une solution ?", alt, "pi-hole", "-", "-"},
	{"Just moved to Nice from Leeds, is there a Linux user group around here?", prov, "debian", "-", "93"},
	{"we moved to Linux last year, any good photo editor?", alt, "gimp", "-", "-"},
	{"on est passé sous Linux l'an dernier, un logiciel de retouche photo ?", alt, "gimp", "-", "-"},
	{"je veux passer sous Linux, quelle distrib ?", alt, "debian", "-", "-"},
	{"mamie veut voir les photos des petits enfants, on fait comment sans facebook ?", alt, "immich", "", "-"},
	// Family needs: screen time, a video call with grandma, an educational game.
	{"les enfants regardent trop youtube, y a un truc pour limiter le temps d'écran ?", alt, "ctparental", "", "-"},
	{"comment on fait pour que mamie puisse nous appeler en vidéo facilement ?", alt, "jitsi-meet", "-", "-"},
	{"on cherche un jeu éducatif pour les maths, CE2", alt, "gcompris", "-", "-"},
	// English: a French company sought (not "maintained by a French company"), "we are a
	// small software company" is the asker, a trainer sought, donors, vector drawing.
	{"Is there a French company that hosts Nextcloud, GDPR compliant?", prov, "nextcloud", "-", "-"},
	{"we are a small software company, any open source CRM?", alt, "", "-", "-"},
	{"Looking for a bilingual Linux trainer in the Alps", prov, "", "-", "-"},
	{"We're an NGO based in Montpellier, looking for an open-source CRM for donors", alt, "civicrm", "-", "76"},
	{"I am a freelance designer, any free vector tool?", alt, "inkscape", "-", "-"},
	// New tools: a simpler phone for an elderly father, a IIIF viewer, an impact assessment.
	{"My dad is 88 and struggles with his Android phone: the icons are tiny and he keeps calling people by mistake. Is there a free app that makes the phone simpler?", alt, "baldphone", "", "-"},
	{"un visualiseur pour consulter et annoter des manuscrits numérisés en IIIF sur notre site web", alt, "mirador", "-", "-"},
	{"comment faire une AIPD pour le RGPD ?", alt, "pia", "-", "-"},
	{"lightweight spreadsheet for linux", alt, "gnumeric", "-", "-"},
	// A region narrowed by a town in it: the town.
	{"I'm in Brittany near Quimper, who could help me install Linux Mint?", prov, "linux-mint", "-", "53"},
	// unseen47 (a family chat): what the bot does, a computer club sought, a product broken for
	// a job, ads that spoil a service, "ya quoi comme iMovie", a light system, grandpa's
	// letters, a grandma helped remotely, "something simple to", who took the photos, an app
	// store, music offline, papers to scan.
	{"tu peux trouver des gens près de chez moi ou tu fais que les logiciels ?", help, "-", "-", "-"},
	{"un club informatique pour retraités du côté de Besançon, qui parle de logiciels libres ?", prov, "", "-", "27"},
	{"itunes marche plus pour mettre la musique sur mon vieux baladeur", alt, "strawberry", "itunes", "-"},
	{"Slack marche plus ce matin", none, "-", "-", "-"},
	{"plus de doodle svp, trop de pubs, pour choisir la date du repas des voisins", alt, "framadate", "", "-"},
	{"jai un pc maintenant et plus de mac, ya quoi comme imovie mais gratos et libre", alt, "openshot", "imovie", "-"},
	{"J'ai récupéré un vieux portable de 2010 avec 2 Go de RAM. Il rame à mort. Quel système léger pour que mon fils fasse ses devoirs dessus ?", alt, "linux-mint", "-", "-"},
	{"le vieux portable de papy a plus word, on lui met quoi pour ecrire ses lettres", alt, "libreoffice", "", "-"},
	{"pour depanner mamie a distance j'utilisais teamviewer mais il me bloque en disant usage commercial. y a un libre ?", alt, "rustdesk", "teamviewer", "-"},
	{"something simple to make a website for the school parents' association, none of us are techies", alt, "wordpress", "-", "-"},
	{"the photos from the party look so nice! who took them?", none, "-", "-", "-"},
	{"is there an app store for android with only free software apps?", alt, "fdroid", "", "-"},
	{"une appli pour ecouter la musique sur la vieille tablette sans internet, avec les mp3 de papa", alt, "vlc", "-", "-"},
	{"Je suis infirmière libérale et j'ai des piles de papiers. Je voudrais tout scanner et retrouver facilement. Un logiciel libre ?", alt, "paperless-ngx", "-", "-"},
	{"need something that backs up all the family's android photos automatically to our own computer", alt, "immich", "", "-"},
	// unseen46 (English-speaking community): "a bottle of mâcon" is wine; "here" after a trade
	// introduces the asker; a service the asker did ("jai installe") or does ("I do
	// consulting") is no request; partners, computer shops, install parties, local
	// organisations sought; "English" names no product; distros, wikis, homework, visitor stats.
	{"Tonight it's a bottle of mâcon and my budget spreadsheet. Is there a proper free app for household budgets?", alt, "grisbi", "-", "-"},
	{"jai installe Linux Mint sur le pc de ma grand mere, elle adore !! 😄", none, "-", "-", "-"},
	{"Is there an open-source QuickBooks? I do consulting as a micro-entrepreneur and need invoices in euros + basic bookkeeping", alt, "", "quickbooks", "-"},
	{"Freelance graphic designer here (auto-entrepreneur since 2022). What's the best free replacement for Photoshop that can still open PSD files?", alt, "gimp", "adobe-photoshop", "-"},
	{"any linux install party in the Paris area this month?", prov, "", "-", "11"},
	{"gg pour l'install party de samedi, on a passe 14 pc sous mint 💪", none, "-", "-", "-"},
	{"computer shop near 35000 that install Ubuntu on laptops?", prov, "ubuntu", "-", "53"},
	{"We're looking for an Odoo partner around Toulouse, preferably one that speaks English", prov, "odoo", "-", "76"},
	{"We are a small NGO in Marseille. Is there a local organisation that can migrate us off Google Workspace and host everything?", prov, "", "", "93"},
	{"The die is cast: I'm moving the whole family off Windows this weekend. Which distro for the grandparents?", alt, "", "", "-"},
	{"I run a small English language school. We need an online platform for homework, quizzes and tracking progress.", alt, "moodle", "-", "-"},
	{"internal wiki for our NGO, must have access permissions per team", alt, "", "-", "-"},
	{"des stats de frequentation pour le site de la commune sans le bandeau cookies", alt, "matomo", "-", "-"},
	{"my kid is 9 and wants to learn coding, what free tools would you suggest", alt, "scratch", "-", "-"},
	{"PhD student: what do people use to manage references? my supervisor wants BibTeX", alt, "zotero", "-", "-"},
	// A trade that opens the message, then a request: the asker's trade.
	{"freelance translator FR>EN, looking for a free CAT tool with translation memories", alt, "omegat", "-", "-"},
	{"freelance dev sur Nantes ?", prov, "", "-", "52"},
	// "X" after "leaving" is the network; "leaving tomorrow" names nothing.
	{"leaving X, where do i go", alt, "mastodon", "x-twitter", "-"},
	{"I'm leaving tomorrow, see you", none, "-", "-", "-"},
	// A typo of a libre tool asked to be replaced "par du libre" is some other, unknown product.
	{"on voudrait remplacer Framalop Pro par du libre", alt, "-", "-", "-"},
	// A name the person uses, in a message asking for something similar, is an unknown
	// product: what it is used for is answered (TestLikenedUnknownOwnedUp checks the words).
	{"we use Kordavia for the shift planning, anything free that's similar?", alt, "-", "-", "-"},
	{"on utilise Trello pour le planning, un truc similaire en libre ?", alt, "", "trello", "-"},
	// FOSS asks for libre software.
	{"Notion but FOSS?", alt, "", "notion", "-"},
	{"any FOSS CAD for 3d-printable parts? parametric pref", alt, "freecad", "-", "-"},
	// A capitalised English word in a French message is a name.
	{"Teams imposé par le siège, on voudrait un truc libre entre nous pour les réunions", alt, "", "microsoft-teams", "-"},
	{"on a arrêté de poster sur X, vous êtes où maintenant ?", alt, "", "x-twitter", "-"},
	// "make" with an object is the verb (English), not Make.
	{"what's a libre alternative to make posters and banners?", alt, "", "-", "-"},
	{"want to make a 2D platformer, which engine should i pick", alt, "godot", "-", "-"},
	{"on utilise Make pour automatiser nos factures, un équivalent libre ?", alt, "activepieces", "make", "-"},
	// A platform tool or a project's tool is where the work happens, not what is asked.
	{"secrets management for our k8s cluster?", alt, "", "-", "-"},
	{"self-hosted CI on k8s, what do people use?", alt, "woodpecker-ci", "-", "-"},
	// What comes right after "we need a" is asked; the requirements after it are not.
	{"we need a team wiki. markdown, full-text search, SSO via keycloak", alt, "", "-", "-"},
	// Questions about the bot itself.
	{"tu stockes nos conversations quelque part ?", help, "-", "-", "-"},
	{"do you only know French companies?", help, "-", "-", "-"},
	// Small talk: an event held, a slow product, a product's blunder.
	{"qui ramène le café pour le meetup jeudi ?", none, "-", "-", "-"},
	{"is anyone else's Gmail crawling today?", none, "-", "-", "-"},
	{"lol photoshop made my dog look like a potato", none, "-", "-", "-"},
	// New needs: panoramas, DICOM viewers, voice chat for games.
	{"need to stitch a panorama from 15 photos, free software?", alt, "hugin", "-", "-"},
	{"any free DICOM viewer for our x-rays?", alt, "orthanc", "-", "-"},
	{"un vocal pour jouer entre potes sans pub ?", alt, "mumble", "-", "-"},
	// What the users themselves would install is what the software must be, not a service.
	{"something my parents would actually install to get off WhatsApp?", alt, "signal", "whatsapp", "-"},
	// A product named as the reason for leaving is not what is replaced.
	{"after the copilot training mess we're leaving GitHub, where should our code live?", alt, "forgejo", "", "-"},
	// A kind of organisation asked with "is there a": providers.
	{"is there a hosting co-op in France?", prov, "", "-", "-"},
	// A category that opens the message, then its requirements.
	{"git forge for our team with a built-in container registry?", alt, "forgejo", "-", "-"},
	// A legal form is no product; takings beside expenses are bookkeeping.
	{"un logiciel de compta pour notre petite SARL ?", alt, "dolibarr", "-", "-"},
	{"compta simple recettes et dépenses pour une asso ?", alt, "paheko", "-", "-"},
	// "entre Linux et Android": the systems it must run on.
	{"une appli de notes entre Linux et Android ?", alt, "joplin", "-", "-"},
	// A capitalised libre tool after its kind of thing, then a service.
	{"sinon une liste Sympa, qui en héberge à Lyon ?", prov, "", "-", "84"},
	// A meeting being set, on whatever tool, is news.
	{"on se voit sur Discord ce soir ?", none, "-", "-", "-"},
	{"réunion Teams à 14h, qui vient ?", none, "-", "-", "-"},
	// A trade named by an everyday word is no tool.
	{"a small wine trading company near Bordeaux looking for an Odoo integrator", prov, "", "-", "75"},
	// The vendor's support complained of is no service asked.
	{"Le support met des jours à répondre sur Sage, on veut du libre pour la compta", alt, "dolibarr", "sage", "-"},
	// "on fait comment" asks, wherever it stands.
	{"le powerpoint de l'école s'ouvre pas, on a pas la licence office, on fait comment", alt, "libreoffice", "", "-"},
	// A light or simple system is a system asked for.
	{"my old laptop is dying, is there a light system that could keep it going?", alt, "", "-", "-"},
	// The bot compared to a product is a question about the bot.
	{"what can you do? are you some kind of chatgpt?", help, "-", "-", "-"},
	{"c'est quoi ce robot boussole il sert a quoi", help, "-", "-", "-"},
	// Video calls, not a class roll call nor video editing; "quoi installer" asks what.
	{"je voudrais faire des appels video avec ma fille, je sais pas quoi installer sur mon ordinateur", alt, "jitsi-meet", "-", "-"},
	// A town that opens a request is where; a first name before an apposition is not.
	{"Corte : quelqu'un pour installer un logiciel de gestion pour notre association ?", prov, "", "-", "94"},
	{"Albert, notre maire, veut un lecteur PDF libre. Lequel ?", alt, "", "-", "-"},
	{"près de Digne, une asso qui aide les personnes âgées avec l'ordi ?", prov, "", "-", "93"},
	// "je lâche X" leaves X; "X m'a lâché" is news.
	{"je lache dropbox, vous avez un truc a heberger soi meme ?", alt, "nextcloud", "dropbox", "-"},
	{"zoom m'a encore lâché en plein cours mdr", none, "-", "-", "-"},
	// The asker sets it up: no provider.
	{"faut que je mette en place une sauvegarde automatique des pc du cabinet, y a du libre fiable ?", alt, "", "-", "-"},
	// A file's size is no one who does the work.
	{"le stock est sur un fichier Excel qui fait 12 onglets, un équivalent libre d'Excel ?", alt, "libreoffice", "microsoft-excel", "-"},
	// Doing without a product asks for its replacement.
	{"mon fils doit rendre son exposé en pdf, comment il fait sans Word ?", alt, "libreoffice", "microsoft-word", "-"},
	// What is made is asked: a site, whatever it shows.
	{"logiciel pour faire un petit site pour ma boulangerie, horaires + photos des gateaux", alt, "wordpress", "-", "-"},
	// Whom it is for is no need: a dyslexic son wants Antidote's alternative, not a font.
	{"Antidote c'est payant, y a aussi bien en libre ? c'est pour mon fils qui est dyslexique", alt, "grammalecte", "antidote", "-"},
	// Members asked about their own experience: small talk, and "a eu" is no Eu.
	{"ma box Orange redémarre toute seule, quelqu'un a eu le même souci ?", none, "-", "-", "-"},
	{"qqn a suivi le webinaire d'hier sur Teams ? le son était catastrophique", none, "-", "-", "-"},
	// The bot's taste, and what it can find.
	{"tu préfères Windows ou Mac toi Boussole ?", none, "-", "-", "-"},
	{"tu peux aussi trouver des entreprises près de chez moi ou seulement des logiciels ?", help, "-", "-", "-"},
	// "faut installer quoi" asks what; a map to embed on a site; the books of a small firm.
	{"l'imprimante ne marche plus depuis qu'on est passés sous linux, faut installer quoi ?", alt, "", "-", "-"},
	{"une carte interactive des randonnées à intégrer sur notre site, des outils libres ?", alt, "umap", "-", "-"},
	{"On est une SARL de 4 salariés (menuiserie), on tourne sous EBP Compta, un logiciel libre pour tenir la compta d'une petite entreprise ?", alt, "dolibarr", "ebp", "-"},
	// A local authority's name is where; a town labelled by its département number.
	{"notre comcom (Creuse Grand Sud) cherche un prestataire pour GLPI", prov, "", "-", "75"},
	{"Provins 77, quelqu'un pourrait venir configurer Thunderbird chez moi ? je suis en fauteuil", prov, "", "-", "11"},
	// English: Visio is Microsoft's; a format converted from is no product to replace; R.
	{"Visio alternative for drawing flowcharts on Linux?", alt, "drawio", "microsoft-visio", "-"},
	{"is there a free tool to convert my Word chapters to LaTeX?", alt, "pandoc", "-", "-"},
	{"looking for an R training for 12 PhD students near Strasbourg", prov, "r-project", "-", "44"},
	{"I organise my whole PhD in Notion. I'd like something open source where my data stays on my laptop", alt, "", "notion", "-"},
	// A laugh-opened story is small talk.
	{"lol I asked my boss to switch from Excel to LibreOffice and he looked at me like I'd spoken Klingon", none, "-", "-", "-"},
	// "members" alone is who, not membership software; video meetings in English.
	{"What free tool could we use so that council members can attend meetings by video from home?", alt, "jitsi-meet", "-", "-"},
	{"pour la réunion de mars on voudrait proposer des dates aux membres sans passer par Doodle", alt, "framadate", "", "-"},
	{"un logiciel pour gérer les membres de notre club ?", alt, "paheko", "-", "-"},
	// Something else than a system; a system named with "both"; a dashboard on top of a database.
	{"my gran gave me her windows 7 laptop, can i put something else than windows on it?", alt, "linux-mint", "windows", "-"},
	{"a shared calendar for the whole family that works on both android and iphone?", alt, "nextcloud", "-", "-"},
	{"open source alternative for Power BI, just dashboards on top of a postgres db", alt, "apache-superset", "", "-"},
	// What the asker installs; a wish to find; learning to code.
	{"what should I apt install to open .docx files on ubuntu?", alt, "libreoffice", "-", "-"},
	{"would be nice to find a simple drawing app for my daughter", alt, "kolourpaint", "-", "-"},
	{"my son is 10 and wants to learn programming. what free tools would you recommend?", alt, "scratch", "-", "-"},
	// Thanks and praise, an old joke, a finished install: small talk.
	{"thanks for the tips yesterday, the LibreOffice thing worked great!", none, "-", "-", "-"},
	{"question existentielle : vim ou emacs ? 😏", none, "-", "-", "-"},
	{"qqn a vu le match hier soir ?? ps j'ai enfin installé Firefox sur le pc de mamie", none, "-", "-", "-"},
	// A partner who receives a file is no provider; a foreign country is no typo of a French place.
	{"comment envoyer un gros fichier de façon sécurisée à un partenaire en Pologne ?", alt, "lufi", "-", "-"},
	// Content made for a network: the tool it is made with is what is replaced.
	{"jfais tous les visuels insta de l'asso sur canva, ya un truc libre pareil ?", alt, "penpot", "canva", "-"},
	// Joining with audio only is how, not an audio tool.
	{"my camera is broken so I'll join with audio only. Which free video call tool works best on a weak connection?", alt, "jitsi-meet", "-", "-"},
	// An edition word makes French words a brand.
	{"remplacer Gribouille Pad Pro par du libre c'est possible ?", alt, "-", "-", "-"},
	// The bot asked how it works.
	{"Boussole, tu peux m'expliquer comment tu fonctionnes et ce que tu sais faire ?", help, "-", "-", "-"},
	// A product one does not have is the one to replace.
	{"France Travail me demande un CV. Je n'ai pas Word et pas d'argent pour l'acheter. Avec quoi je peux le faire ?", alt, "libreoffice", "microsoft-word", "-"},
	// What a result should not look like is no product to replace; phones are devices.
	{"Which python library for publication quality plots? my figures look like 2005 excel charts", alt, "seaborn", "-", "-"},
	{"which free password manager is simple enough for my parents? they have android phones + one PC", alt, "", "-", "-"},
	// Project work named by its parts; team rooms by project.
	{"Need an open source tool for tasks, deliverables, milestones with 7 partners. Emails are killing us", alt, "", "-", "-"},
	{"on cherche une messagerie instantanée libre pour l'équipe du labo, avec des salons par projet", alt, "mattermost", "-", "-"},
	// A forum where one looked is no forum asked; "sans trouver" asks.
	{"j'ai fait plusieurs tours sur le forum sans trouver de logiciel de montage vidéo simple", alt, "kdenlive", "-", "-"},
	// The unknown product a cue names, whatever platform follows.
	{"alternative to Quenzo for iPad?", alt, "-", "-", "-"},
	// "chui" describes the asker.
	{"Chui comptable indépendant, je voudrais lâcher Sage pour un logiciel de compta libre", alt, "dolibarr", "sage", "-"},
	{"un equivalent a Visio svp", alt, "drawio", "microsoft-visio", "-"},
	// A noun phrase with its adjective asks; a tracker blocker is no music tracker.
	{"encrypted messenger that does NOT need a phone number", alt, "", "-", "-"},
	{"tracker blocker for android apps, not only the browser", alt, "", "-", "-"},
	// Someone sought in English: a local tech, a person around a town.
	{"need help moving my parents off iCloud, they live in Ajaccio. any local tech who knows nextcloud?", prov, "", "", "94"},
	{"any pi-hole / home network person around Clermont-Ferrand? I'll pay", prov, "pi-hole", "-", "84"},
	// "scared to do it" is no to-do list.
	{"looking for a linux user group in Normandy, my laptop needs a fresh install and i'm scared to do it alone", prov, "", "-", "28"},
	// Platforms named with "some"; what "you" install is what the asker installs.
	{"a good password manager for a family of 5? some of us are on iphone, some android", alt, "bitwarden", "-", "-"},
	{"how do you install apps without the play store? I just flashed my phone", alt, "fdroid", "", "-"},
	// A chat spelling before a task: "pr retoucher"; the virus said after is context.
	{"un logiciel simple pr retoucher les photos sur l'ordi familial, mon fils a mis un truc crack plein de virus", alt, "gimp", "-", "-"},
	// A capitalised name that only sets the scene of the need asked.
	{"what's a good open source tool to design a PCB for an Arduino shield?", alt, "kicad", "-", "-"},
	// The people a service is for are no need: "former nos adhérents à Orca".
	{"Association du Limousin : nous cherchons un prestataire capable de former nos adhérents à Orca sous Linux.", prov, "orca", "-", "75"},
	{"Any nice open source app to learn languages?", alt, "anki", "-", "-"},
	// A provider avoided ("sans payer un dev") is none sought; the asker's own work ("je monte
	// des vidéos"); a thing's effect ("un tableur qui fait peur").
	{"comment on fait un site web pour ma boulangerie sans payer un dev 3000 euros", alt, "wordpress", "-", "-"},
	{"qqun connait un truc comme premiere pro mais gratos ? je monte des vidéos pour ma chaine", alt, "kdenlive", "", "-"},
	{"c'est qui le plus fort, Windows ou Mac ? 😂", none, "-", "-", "-"},
	{"how am I supposed to ask you something?", help, "-", "-", "-"},
	{"Need a way to sync files between my laptop and my desktop without any cloud in the middle", alt, "syncthing", "-", "-"},
	// A name heading a verbless request ("git server for…"); alerts' channel and posts'
	// places are settings; "my team" is people, no side taken; a solo consultant and the
	// asker's own trade seek no one; "agencies" are providers; passwords' sites and a
	// spreadsheet that keeps them are settings; people from a department.
	{"git server for our lab, must run on a small VM", alt, "forgejo", "-", "-"},
	{"server monitoring with notifications via Slack", alt, "zabbix", "-", "-"},
	{"who could train our staff on Inkscape and Scribus in Nantes?", prov, "inkscape", "-", "52"},
	{"team vim ou team emacs ?", none, "-", "-", "-"},
	{"schedule posts across Facebook and Instagram from one place, libre if possible", alt, "postiz", "-", "-"},
	{"chat en direct pour le site de la boutique ?", alt, "chatwoot", "-", "-"},
	{"invoicing for a solo consultant, free software please", alt, "dolibarr", "-", "-"},
	{"agencies near Lille that do Odoo?", prov, "odoo", "-", "32"},
	{"I do IT support for small firms, what libre remote desktop tool?", alt, "rustdesk", "-", "-"},
	{"un outil pour nos mots de passe (accès wordpress, ovh...), tout est dans un excel", alt, "bitwarden", "-", "-"},
	{"Marie and Paul from accounting are off tomorrow", none, "-", "-", "-"},
	// A need's word is no unknown product ("livestream"); a training people sign up for is
	// no trainer sought; a category complained of gives way to the one asked.
	{"we'd like to livestream the concert, anything open source?", alt, "obs-studio", "-", "-"},
	{"les inscriptions aux formations passent par Google Forms, une alternative libre ?", alt, "limesurvey", "google-forms", "-"},
	{"il nous faut un wiki, les salons de chat c'est nul pour retrouver les infos", alt, "bookstack", "-", "-"},
	{"a good open source app for DJs?", alt, "mixxx", "-", "-"},
	// A precise need asked on a phone keeps its tools, not its category's phone apps.
	{"livestream from my phone, open source?", alt, "obs-studio", "-", "-"},
	// "NGO's" is an acronym, no brand; moving "ailleurs que chez X" asks; the software asked in
	// the last question leads the setting told before; a backup's target is where it goes.
	{"our NGO's Instagram page eats our time, where else could we post?", alt, "pixelfed", "instagram", "-"},
	{"j'aimerais bouger notre groupe ailleurs que chez Facebook", alt, "friendica", "facebook", "-"},
	{"All the photos sit on one USB disk and it scares me. Which open source tool can do scheduled backups?", alt, "borgbackup", "-", "-"},
	{"sauvegarder automatiquement les postes vers un NAS, vous utilisez quoi ?", alt, "duplicati", "-", "-"},
	// What someone should set up is asked outright, before the product left; "in the 33".
	{"qui peut m'installer un serveur mail à Lyon ? je lâche Gmail", prov, "mailcow", "gmail", "84"},
	{"anyone in the 33 hosting Nextcloud for a small firm?", prov, "nextcloud", "-", "75"},
	// A need written as an adjective before its noun qualifies the noun asked.
	{"which end-to-end encrypted messenger for the volunteers?", alt, "signal", "-", "-"},
	// "qqun a une appli…" asks the room for a suggestion, not who owns something.
	{"qqun a une appli meteo sans pub ?", alt, "breezy-weather", "-", "-"},
	// "un système à lui installer": what the asker would install for someone, asked in the
	// last question after the needs told.
	{"Mon père a un vieux PC qui rame. Il veut juste lire ses mails et voir ses photos. Vous auriez un système léger à lui installer ?", alt, "linux-mint", "-", "-"},
	// A clause that opens by refusing sets its name aside: "…, pas la visio", "NOT payroll".
	{"une messagerie d'équipe pour l'asso, pas de visio", alt, "mattermost", "-", "-"},
	{"open source HRIS for leave requests, not payroll", alt, "frappe-hr", "-", "-"},
	// An organisation that opens the message as the subject of what it wants is the asker;
	// the machines it moves "sous Linux" are what moves, not a need.
	{"la bibliothèque de Quimper voudrait passer ses postes publics sous Linux, qui peut aider ?", prov, "debian", "-", "53"},
	// What an old machine is still good for asks for a system, a light one first;
	// "installer … dessus" with words between; a club the machines are for seeks no one.
	{"mon vieux portable de 2010 rame, je peux installer quoi de léger dessus ?", alt, "linux-mint", "-", "-"},
	{"my old laptop from 2011 is slow, what can I do with it?", alt, "linux-mint", "-", "-"},
	{"3 vieux pc à l'asso, on peut en faire quoi pour le club informatique ?", alt, "linux-mint", "-", "-"},
	// The need the last question asks leads what was told before; "should I use" is no
	// tool used today.
	{"We keep client contracts on a laptop. Which tool should we use to encrypt them?", alt, "cryptomator", "-", "-"},
	// "a group that puts Linux on…" seeks people; "a group chat app" does not.
	{"We're in Caen. Is there a group that installs Linux on donated laptops?", prov, "debian", "-", "28"},
	{"is there a group chat app that works offline?", alt, "signal", "-", "-"},
	{"an open source Google Family Link for my son's phone?", alt, "ctparental", "google-family-link", "-"},
	// "je passe à quoi ?" firmly asks what replaces the everyday word named; people
	// somewhere who run install parties are sought.
	{"jpp de windows, ca update tout le temps, je passe a quoi ?", alt, "linux-mint", "windows", "-"},
	{"des gens à Lille qui organisent des install party ?", prov, "", "-", "32"},
	// English: "an IT shop" is sought unless the asker is one; licences "killing us" hurt;
	// a tool complained of in an everyday word's sense is still left out; "plan meals" is
	// no map; a phone "without google" wants a system without it.
	{"moving to Montpellier next month, any libre-friendly IT shop there?", prov, "", "-", "76"},
	{"We're a 4-person IT shop and need a helpdesk for our clients", alt, "glpi", "-", "-"},
	{"we're 3 architects, Autocad licences are killing us", alt, "librecad", "autocad", "-"},
	{"any tips for recording podcasts on linux? audacity feels clunky", alt, "castopod", "-", "-"},
	{"an app to plan meals for the week, no ads", alt, "mealie", "-", "-"},
	{"my dad needs a simple phone without google, ideas?", alt, "lineageos", "-", "-"},
	// A longer need starting inside a shorter one is the more exact job.
	{"kel appli libre pr scanner des docs avec le tel ?", alt, "fairscan", "-", "-"},
	{"un logiciel pour scanner mes documents sur le pc", alt, "naps2", "-", "-"},
	// A trade the asker introduces themself with is who asks, not what is asked.
	{"Je suis éleveur en Creuse, mon ordinateur a 10 ans et rame sous Windows, on m'a dit que Linux pourrait le sauver. Une asso pour m'aider ?", prov, "linux-mint", "windows", "75"},
	{"je suis éleveur, un logiciel libre pour le suivi du troupeau ?", alt, "farmos", "-", "-"},
	{"ma mère voit de moins en moins, un logiciel qui lui lise ses mails à voix haute ?", alt, "nvda", "-", "-"},
	// A tool named as what a box will be for is context: the system is asked.
	{"our orange pi keeps corrupting its sd card, what lightweight OS should i flash for a pi-hole box?", alt, "armbian", "-", "-"},
	// A viewer of a service wants apps to watch it, a publisher a platform.
	{"youtube ma mere regarde ses recettes dessus mais les pubs la perdent completement", alt, "freetube", "youtube", "-"},
	{"alternative à YouTube pour publier nos vidéos ?", alt, "peertube", "youtube", "-"},
	{"un wifi gratuit pour les clients du café ?", alt, "alcasar", "-", "-"},
	{"comment caviarder les noms dans un jugement avant de le diffuser ?", alt, "stirling-pdf", "-", "-"},
	// A device wanted without a vendor inside: the vendor is no product to replace.
	{"je voudrais une tablette comme l'iPad mais sans Apple ni Google derriere, ça existe en libre ?", alt, "lineageos", "-", "-"},
	{"une tablette comme l'iPad mais sans Google ?", alt, "e-os", "ios", "-"},
	// Inclusive writing is one word: "adhérent·es" names the members' file.
	{"ça n'a aucun sens de garder le fichier des adhérent·es dans un tableur partagé, vous utilisez quoi vous ?", alt, "paheko", "-", "-"},
	{"un logiciel pour gérer nos bénévoles et nos adhérent.e.s ?", alt, "paheko", "-", "-"},
	// Needs the KB now answers: handwriting recognition, a research data management plan,
	// large files in git — and the health record also called DMP is none of them.
	{"un outil libre de reconnaissance d'écriture manuscrite pour des registres paroissiaux ?", alt, "kraken", "-", "-"},
	{"alternative à Transkribus ?", alt, "kraken", "transkribus", "-"},
	{"un outil pour rédiger le plan de gestion de données de mon projet ANR ?", alt, "dmp-opidor", "-", "-"},
	{"comment accéder à mon DMP sur mon espace santé ?", none, "-", "-", "-"},
	{"how do I keep big assets in git for my game?", alt, "git-lfs", "-", "-"},
	// Text analysis has its tool; LaTeX taught is LaTeX itself, and someone "running"
	// workshops goes no jogging.
	{"outil libre de lexicométrie pour analyser des discours ?", alt, "voyant-tools", "-", "-"},
	{"Is there anyone in Brittany running LaTeX workshops for PhD students?", prov, "latex", "-", "53"},
	{"a running app that doesn't sell my data?", alt, "opentracks", "-", "-"},
	// A tool the asker works in is where the answer must fit, not the answer.
	{"logiciel libre pour gerer les references biblio de ma these ? je bosse sous LaTeX", alt, "zotero", "-", "-"},
	{"a reference manager for my PhD? I'll write in LaTeX and sometimes Word", alt, "zotero", "-", "-"},
	{"un gestionnaire de références ? j'écris sous LibreOffice", alt, "zotero", "-", "-"},
	// A request that opens on what is to be done may list it; what is used today is
	// the setting.
	{"gérer les licences et cotisations du club de foot, actuellement c'est un tableur qui fait peur", alt, "paheko", "-", "-"},
	// Grammar in English, offline: LanguageTool runs on the computer; Grammalecte is French.
	{"my English grammar is creative. Grammarly is not allowed for confidential manuscripts. Some free alternative that can work offline?", alt, "languagetool", "grammarly", "-"},
	// The side of a many-sided product that is spoken of: Teams' meetings are video calls.
	{"Our volunteers use Microsoft Teams on the free plan but it cuts the meetings after 60 min. What could we switch to?", alt, "jitsi-meet", "microsoft-teams", "-"},
	{"alternative à Teams pour nos réunions ?", alt, "jitsi-meet", "microsoft-teams", "-"},
	// A place one goes to is no software asked for — "passer à l'OCR" is a move; votes in
	// a lecture hall are live polls, not elections.
	{"faut que je vienne à la médiathèque avec ma clé ou je peux refaire ma carte grise en ligne tout seul ?", none, "-", "-", "-"},
	{"I'm going to the library, need anything?", none, "-", "-", "-"},
	{"Il faut passer à l'OCR 50 ans de registres de délibérations. Il existe du libre pour ça ?", alt, "tesseract", "-", "-"},
	{"Ma collègue voudrait faire voter les étudiants en amphi depuis leur téléphone, un outil libre pour ça ?", alt, "claper", "-", "-"},
	// A code library lends no books; what figures should not look like is no need.
	{"Which python library do people use for publication quality plots? my figures look like 2005 excel charts", alt, "seaborn", "-", "-"},
	{"a library management system for our school library?", alt, "koha", "-", "-"},
	// In French "windows" is the system the tool must run on: Linux-only tools step back.
	{"logiciel de sauvegarde pour windows ?", alt, "restic", "-", "-"},
	{"backup automatique de mon pc windows vers un disque externe ?", alt, "duplicati", "-", "-"},
	{"sauvegarde automatique sous windows vers un disque externe ?", alt, "duplicati", "-", "-"},
	// A need that qualifies the kind asked leads it: a poll to choose a date is a date poll.
	{"un outil de sondage pour choisir la date de l'AG", alt, "framadate", "-", "-"},
	// Expenses on a phone: an Android app, not a desktop one.
	{"est-ce qu'il y a une appli libre pour suivre mes dépenses sur android ?", alt, "my-expenses", "-", "-"},
	{"une appli budget pour mon tel ?", alt, "my-expenses", "-", "-"},
	{"an expense tracker for my android phone?", alt, "my-expenses", "-", "-"},
	{"appli pour noter mes dépenses perso sans pub et sans compte en ligne", alt, "grisbi", "-", "-"},
	// A task with a deadline told to the team asks nothing; a tool wanted by then does.
	{"il faut mettre à jour le site avant vendredi", none, "-", "-", "-"},
	{"we need to send the newsletter tomorrow", none, "-", "-", "-"},
	{"il faut un logiciel de compta avant vendredi", alt, "dolibarr", "-", "-"},
	// "host" after "can" is the verb: Matrix is named.
	{"who can host Matrix?", prov, "element", "-", "-"},
	// Needs said in everyday words: a simple launcher for an old father, a client gallery,
	// talks streamed live.
	{"mon père a 80 ans et il n'arrive pas à utiliser son smartphone, y a un launcher simple et libre ?", alt, "baldphone", "-", "-"},
	{"je suis photographe, je cherche une galerie en ligne pour livrer les photos aux clients", alt, "piwigo", "-", "-"},
	{"on aimerait diffuser nos conférences en direct sans passer par YouTube", alt, "owncast", "-", "-"},
	// A repair for another trade asks no libre provider; a computer's does.
	{"on a eu un souci avec la photocopieuse, quelqu'un sait la réparer ?", none, "-", "-", "-"},
	{"who can fix our photocopier?", none, "-", "-", "-"},
	{"qui peut réparer mon ordi à Lyon ?", prov, "-", "-", "84"},
	// Staff rotas are no project plan.
	{"un logiciel de planning pour les infirmières d'un EHPAD", alt, "odoo", "-", "-"},
	// Contacts synced without Google: the Android sync app, not another phone system.
	{"synchroniser mes contacts entre android et mon pc sans google", alt, "davx5", "-", "-"},
	// A name introduced as such is a product's, unknown here: said so.
	{"we use something called DocuNimbus for HR files, is there an open source version?", alt, "-", "-", "-"},
	// A name after the request for its replacement is the product asked about, even when
	// a known name stands after it ("door access" is no Microsoft Access) or inside it.
	{"is there an open source replacement for Doorvinta? we use it for our door access", alt, "-", "-", "-"},
	{"Is there a FOSS equivalent to Quillmark Publisher? our press in Paris uses it for book metadata", alt, "-", "-", "11"},
	{"c'est quoi l'alternative libre a Skipr Nautic ? le comite regional nous le propose", alt, "-", "-", "-"},
	{"Our driving school runs on DriveBookly, is there a libre replacement?", alt, "-", "-", "-"},
	{"Has anyone tried Chambrello for managing a small guesthouse? Is there a free alternative?", alt, "-", "-", "-"},
	{"notre federation nous impose Cyclopad360 pour les adhesions, ya un equivalent libre ?", alt, "-", "-", "-"},
	// …but a misspelt known product, or one listed beside the name, is still answered.
	{"Vous connaissez un logiciel qui remplace Teamvewer ? Il me bloque en 'usage commercial suspecté'", alt, "", "teamviewer", "-"},
	{"alternative à Obat ou Tolteck (logiciels de devis du bâtiment) qui soit open source ?", alt, "", "tolteck", "-"},
	// An everyday word used as one names no tool: "c'est sympa", "un petit garage".
	{"les benevoles partagent des fiches cultures sur notion, c'est sympa mais proprio. on prend quoi ?", alt, "", "notion", "-"},
	{"Le comptable nous dit de passer sur Sage mais c cher pour un petit garage de 3 personnes, un logiciel de compta libre ça existe ?", alt, "", "sage", "-"},
	// Cheers for people somewhere, and a peer asked whether they got the same mail, seek no one.
	{"bon courage a toutes les IDEL qui font la tournée sous la neige ce matin dans les Vosges", none, "-", "-", ""},
	{"qqn d'autre a recu le mail de phishing \"Votre abonnement Adobe expire\" ce matin ? bien imité en plus", none, "-", "", "-"},
	// Photos to sort or archive call for a library manager, not an editor — but news of
	// photos to sort asks nothing.
	{"bonjour, comment archiver proprement toutes les photos du jardin depuis 2012 ? elles sont sur 5 cles usb differentes", alt, "digikam", "-", "-"},
	{"j'ai pas reussi a dormir, 4 mariages ce mois-ci et 12000 photos a trier, je crois que j'ai besoin de vacances", none, "-", "-", "-"},
	// A "planning" in French is a schedule people share, not project management.
	{"Le planning des assistantes et des secrétaires est fait sur papier, c'est l'enfer. Un outil libre pour ça ?", alt, "nextcloud", "-", "-"},
	// Libre software plainly asked for in words the KB lacks: said honestly, not the greeting.
	{"any free software looper for practising at home? like a loop pedal but on the laptop", alt, "sooperlooper", "-", "-"},
	// A product's state told, then a wish to move to something libre, asks; "mais bof" is a
	// pain that asks too.
	{"Le site du camping est sur Wix, il coûte cher et il est lent, je voudrais passer à un truc libre multilingue", alt, "", "wix", "-"},
	{"traduction en ligne des docs pour les residents anglophones de l'habitat, on utilise DeepL mais bof", alt, "libretranslate", "deepl", "-"},
	{"un logiciel libre pour stocker les radios de la clinique ?", alt, "orthanc", "-", "-"},
	// The plan of a room or a building is a floor plan to draw, not a map; a map shown on
	// a website or to the public is made with a web map maker, not a desktop GIS.
	{"un logiciel libre pour dessiner le plan de la boutique et du labo (emplacement des frigos, marche en avant) ?", alt, "sweet-home-3d", "-", "-"},
	{"Qu'est-ce que je peux utiliser pour faire un plan des boxes et des enclos du refuge ?", alt, "sweet-home-3d", "-", "-"},
	{"un NAS libre pour stocker les plans du cabinet d'archi ? on a un vieux serveur qui traîne dans le placard", alt, "openmediavault", "-", "-"},
	{"vous connaissez un service de cartes libre pour montrer nos projets de puits au Niger sur le site ?", alt, "umap", "-", "-"},
	{"Je cherche un moyen de faire une carte des arrêts du pédibus pour les familles, sans Google Maps", alt, "umap", "", "-"},
	// Everyday words: a tip is no map, a dictionary no DICOM viewer, a long service no request.
	{"On joue au bar du coin samedi, qqn a un plan pour une petite sono pas chère ?", none, "-", "-", "-"},
	{"ma pedale de transcription vient de rendre l'ame apres 8 ans de bons et loyaux services", none, "-", "-", "-"},
	{"Gmail nous met toutes les commandes du club en spam depuis hier, c'est pénible", none, "-", "-", "-"},
	{"quelqu'un a des bons plans pour une salle de repet pas chere a Paris ? on est 8", none, "-", "-", "-"},
	// Errands and opinions ask no software: a link to find, files to fetch, news to weigh.
	{"tkt pas le tableau des tentes est dans le drive, faut juste que je trouve le lien", none, "-", "-", "-"},
	{"Sophie a mis toutes les fiches d'inscription dans la malle bleue, quelqu'un peut les récupérer ?", none, "-", "-", "-"},
	{"a ton avis le nouveau permis sur le telephone ca va changer quoi pour nous ? les eleves en parlent tous", none, "-", "-", "-"},
	{"qui pour nous accompagner sur la sauvegarde des serveurs (Borg ou autre) a Clermont-Ferrand ?", prov, "borgbackup", "-", "84"},
	{"quelqu'un ici a deja participe au concours Europan ?", none, "-", "-", "-"},
	// A tool's purpose, whom it is for and "un truc qui fait pareil" seek no provider.
	{"TeamViewer pour la maintenance des postes du cabinet, alternative libre ? la licence pro a doublé", alt, "rustdesk", "teamviewer", "-"},
	{"jpaye illustrator tous les mois juste pour vectoriser mes dessins, un truc gratuit qui fait pareil svp", alt, "inkscape", "adobe-illustrator", "-"},
	{"Alternative à Sage compta pour une SARL qui fait hôtel-restaurant ?", alt, "dolibarr", "sage", "-"},
	{"je cherche une appli libre de visio pour faire des cours particuliers à distance", alt, "jitsi-meet", "-", "-"},
	{"J'écris mes légendes instagram avec ChatGPT, il y a un équivalent libre que je peux faire tourner chez moi ?", alt, "ollama", "chatgpt", "-"},
	{"notre galerie gere les artistes dans un google sheets géant, on voudrait sortir de Google, quoi utiliser ?", alt, "", "google-sheets", "-"},
	{"Super nice class this morning, thanks again for the tips on the booking app!", none, "-", "-", "-"},
	// What must be done is a need; "sans mettre un bandeau" wants none.
	{"il faut qu'on sauvegarde le PC de la compta tous les soirs, un logiciel libre qui fait ca automatiquement ?", alt, "borgbackup", "-", "-"},
	{"faut que je sauvegarde mon téléphone (photos, contacts, agenda) sans google, comment faire ?", alt, "nextcloud", "-", "-"},
	{"j'ai besoin d'un outil pour mesurer combien de gens visitent mon portfolio sans mettre un cookie banner partout", alt, "umami", "-", "-"},
	{"un truc pour mon vieux pc pour ouvrir les cles usb des clients sans choper de virus", alt, "", "-", "-"},
	{"besoin d'un outil de raccourcissement de liens pour mettre dans mes stories", alt, "yourls", "-", "-"},
	// The site as where the work goes; plans of cellars, stands and lighting are drawings.
	{"un truc pour compresser et redimensionner mes photos avant de les mettre sur le site, ca rame à mort", alt, "converseen", "-", "-"},
	{"comment faire un plan de feu propre sur ordi ? je le fais encore a la main sur papier millimetre", alt, "librecad", "-", "-"},
	{"on voudrait un plan des caves et des places de parking avec qui a quoi, un outil libre pour dessiner ca ?", alt, "sweet-home-3d", "-", "-"},
	// The asker's own kind, staff and upkeep records seek no provider — but "looking for a
	// company" does.
	{"Notre association gere 2 centres de loisirs en Dordogne et la compta est sur Sage, c'est cher. Un logiciel de compta libre adapté aux assos ?", alt, "", "-", "75"},
	{"alternative libre a Slack pour une petite boite avec des gens a Strasbourg et a Kehl ?", alt, "", "slack", "44"},
	{"Running a laundromat in Montpellier, we use Google Sheets for the machine maintenance log. Any open source replacement?", alt, "", "google-sheets", "76"},
	{"est ce qu'il existe une alternative libre a Adobe Acrobat pour signer et annoter les devis des entreprises de curage ?", alt, "", "adobe-acrobat", "-"},
	{"Looking for a company near Bordeaux to set up Nextcloud for our 5-person architecture office.", prov, "nextcloud", "-", "75"},
	// Thanks for help received, a test of the bot, news of a colleague: nothing asked.
	{"merci beaucoup pour toutes ces infos, ça m'aide vraiment !!", none, "-", "-", "-"},
	{"Just wanted to say thanks, the bot helped us a lot with our lab's move away from Dropbox!", none, "-", "-", "-"},
	{"How's it going? just testing this thing between two oil changes", none, "-", "-", "-"},
	{"un agent a laissé les clés du client dans le vestiaire, la journée commence bien", none, "-", "-", "-"},
	{"moi les ordis j'y comprends rien, c'est mon petit fils qui m'a installe le telephone", none, "-", "-", "-"},
	// The asker's own branches, work phones and garage are no firm or tool sought.
	{"alternative a TeamViewer pour depanner les PC des agences a distance", alt, "rustdesk", "teamviewer", "-"},
	{"un equivalent open source a Microsoft Intune pour gérer les telephones pros des agents ?", alt, "", "microsoft-intune", "-"},
	{"y a t il un prestataire dans le 31 pour migrer nos 4 postes sous Linux ? garage indépendant", prov, "", "-", "76"},
	// Places after an institution's own complement; counts and ages are no départements.
	{"qui peut heberger des boites mail pour la federation des chasseurs des Hautes-Alpes ?", prov, "", "-", "93"},
	{"qui peut heberger et maintenir un Mattermost pour la federation de peche du Nord ?", prov, "mattermost", "-", "32"},
	{"qqn pour nous former a LibreOffice dans le 76 ? 6 personnes a l'administratif", prov, "libreoffice", "-", "28"},
	{"Can you recommend a free alternative to Trello for the village fête tasks? Most volunteers are over 65.", alt, "", "trello", "-"},
	{"quelqu'un a le code du cadenas ? Margaux dit que c'est 1907 mais ça marche pas", none, "-", "-", "-"},
	{"un tchat d'equipe heberge en Europe pour l'agence et nos sous-traitants ?", alt, "mattermost", "-", "-"},
	{"quelqu'un héberge des tchats d'équipe en France ?", prov, "", "-", "-"},
	{"comment partager un dossier de 40 Go avec un maitre d'ouvrage sans passer par un service americain ?", alt, "nextcloud", "-", "-"},
	{"un logiciel libre pour faire des rendus photo-realistes d'interieurs ?", alt, "blender", "-", "-"},
	{"is there an open source tool to e-sign our design contracts with clients?", alt, "docuseal", "-", "-"},
	{"la communauté de communes nous demande un logiciel pour les déclarations, vous avez une idée ?", alt, "-", "-", "-"},
	{"besoin d'un outil pour recueillir les consentements photo des parents", alt, "limesurvey", "-", "-"},
	{"ça n'a pas de sens d'envoyer les photos par mail à 60 familles, il faut un autre système", alt, "piwigo", "-", "-"},
	{"un outil pour que les chefs et les parents discutent en groupe sans que les numéros de tel soient visibles", alt, "element", "-", "-"},
	{"looking for someone in Montpellier to set up a safe chat server for our teens", prov, "element", "-", "76"},
	// A visio for parents is a video call; a songbook is no radio logbook; deposits are no git.
	{"is there a free hosted visio service for parents' evenings?", alt, "jitsi-meet", "-", "-"},
	{"What's a good open source tool to write the camp songbook together?", alt, "chordpro", "-", "-"},
	{"un outil pour gerer les depots de garantie des locataires", alt, "-", "-", "-"},
	{"ou stocker nos fichiers (textes, musiques, videos de repet) sur internet ?", alt, "nextcloud", "-", "-"},
	{"un site pour l'ecole de cirque avec horaires des cours, actus et photos", alt, "wordpress", "-", "-"},
	// A product named, then asked back: "…y a une alternative libre ?", "quoi de libre à la place ?".
	{"on partage tout (PV, contrats, devis) sur le Google Drive perso du président... y a une alternative libre ?", alt, "nextcloud", "google-drive", "-"},
	{"pour les visios de presentation d'esquisses on utilise Zoom, quoi de libre a la place ?", alt, "jitsi-meet", "zoom", "-"},
	{"nos comptes insta ont le meme mdp... on utilisait LastPass, alternative libre pour partager les mots de passe ?", alt, "bitwarden", "lastpass", "-"},
	// A trainer for a group is sought; the group's size is not the asker's firm.
	{"je cherche un formateur Nextcloud pour 8 personnes, on est à Ajaccio", prov, "nextcloud", "-", "94"},
	{"looking for an organisation in Hauts-de-France that could set up Mobilizon for our network of ateliers partagés", prov, "mobilizon", "-", "32"},
	// The département in brackets wins over a commune guessed from part of a name gone
	// since the communes merged.
	{"on cherche un prestataire pour migrer nos 8 boîtes mail de Gmail vers un hébergeur associatif, centre de parapente à Saint-Hilaire-du-Touvet (38)", prov, "", "", "84"},
	// The bot asked about itself, however it is called; praise of it is no question.
	{"Sa sert a quoi ce bot ?", help, "-", "-", "-"},
	{"sur ce bot je peux chercher par region ou pas ?", help, "-", "-", "-"},
	{"salut les gens, le bot marche aussi en message privé ou seulement dans le salon ?", help, "-", "-", "-"},
	{"t'es quoi au juste toi ? un bot qui fait quoi ?", help, "-", "-", "-"},
	{"trop nice ce bot, il m'a trouvé en 2 min ce que je cherchais depuis une semaine", none, "-", "-", "-"},
	// The asker's own site named by its tool is where the need must fit, not the answer.
	{"un outil libre pour savoir d'ou viennent mes visiteurs sur ma boutique woocommerce sans bandeau cookies", alt, "matomo", "-", "-"},
	// A system to migrate to is asked for; one just moved to is the setting.
	{"une boite dans le 76 ou le 27 qui peut migrer nos PC d'etude d'huissier sous Linux Mint et maintenir le tout ?", prov, "linux-mint", "-", "28"},
	// A landline is no device to put a system on.
	{"est ce que Orange est un bon fournisseur pour une personne agée qui ne veut que le téléphone fixe ?", none, "-", "-", "-"},
	// Staff shifts of any trade are staff scheduling.
	{"slt, un logiciel gratuit pr faire le planning des vendeuses et des boulangers ? on est 9", alt, "nextcloud", "-", "-"},
	// A board-game library is a library, not a video-game launcher.
	{"un logiciel pour gérer une bibliothèque de jeux de société dans notre ludothèque", alt, "koha", "-", "-"},
	{"un logiciel pour graver des DVD", alt, "k3b", "-", "-"},
	// "un gestionnaire de…" asks for software even when the KB has none: said honestly.
	{"un gestionnaire de téléchargements", alt, "-", "-", "-"},
	// Browsers first among browsers, the ad blocker after; an anonymous one is Tor Browser.
	{"un navigateur pour ma grand-mère, simple", alt, "firefox", "-", "-"},
	{"un navigateur anonyme", alt, "tor-browser", "-", "-"},
	{"alternative à Genially ?", alt, "h5p", "genially", "-"},
	{"un outil génial pour faire des sondages ?", alt, "limesurvey", "-", "-"},
	// An acronym in brackets names the need just described; other bracketed words do not.
	{"un logiciel pour transformer des scans en texte (OCR) ?", alt, "tesseract", "-", "-"},
	{"un outil pour envoyer notre newsletter (paniers bio)", alt, "listmonk", "-", "-"},
	// Writing together in real time wants a shared pad, not a personal notebook.
	{"logiciel de prise de notes collaborative en temps réel pour le bureau ?", alt, "etherpad", "-", "-"},
	{"un pad en ligne pour le CA ?", alt, "etherpad", "-", "-"},
	{"on s'envoie des versions par mail, un outil pour éditer nos documents à plusieurs ?", alt, "collabora-online", "-", "-"},
	// On the asker's website: a web map, not a phone app; translation is machine translation.
	{"une carte à mettre sur notre site, autre que Google Maps ?", alt, "openstreetmap", "google-maps", "-"},
	{"alternative à Google Maps sur mon téléphone", alt, "organic-maps", "google-maps", "-"},
	{"un service de traduction libre ?", alt, "libretranslate", "-", "-"},
	// Hosting the subject: what one hosts before the mail client.
	{"on cherche un hébergement mail, autre que Gmail", alt, "mailcow", "gmail", "-"},
	{"alternative à Gmail pour ma mère", alt, "thunderbird", "gmail", "-"},
	// Needs in an IT admin's words.
	{"comment déployer les mises à jour sur les 40 postes de la mairie ?", alt, "opsi", "-", "-"},
	{"un logiciel de cloning pour préparer 20 pc identiques ?", alt, "clonezilla", "-", "-"},
	{"un standard qui redirige les appels vers nos portables ?", alt, "asterisk", "-", "-"},
	{"les habitants veulent signaler les nids de poule, un outil libre ?", alt, "fixmystreet", "-", "-"},
	{"quoi de libre pour nos élections internes ?", alt, "belenios", "-", "-"},
	{"un agenda public pour annoncer nos concerts ?", alt, "mobilizon", "-", "-"},
	{"un logiciel pour gérer la bibliothèque scolaire ?", alt, "pmb", "-", "-"},
	{"les instits cherchent des logiciels éducatifs pour les CP", alt, "gcompris", "-", "-"},
	// An old system named with its version is what to leave, and "qui fait…" says what it does.
	{"un vieux serveur Windows Server 2012 R2 qui fait l'annuaire, par quoi le remplacer ?", alt, "samba", "windows-server", "-"},
	// "Hébergé chez nous / en France" constrains the software; "qui en héberge" asks a host.
	{"un gestionnaire de mots de passe pour l'équipe, hébergé chez nous", alt, "bitwarden", "-", "-"},
	{"un intranet pour les agents, libre et hébergé en France", alt, "humhub", "-", "-"},
	{"une liste Sympa, qui en héberge dans le Rhône ?", prov, "sympa", "-", "84"},
	// A service verb conjugated after "qui" asks for providers.
	{"qui maintient des instances Mobilizon en Bretagne ?", prov, "mobilizon", "-", "53"},
	// Thanks to other members, for help given in the past: no request, no thanks to the bot.
	{"merci à ceux qui m'ont aidé hier pour le wifi, ça marche", none, "-", "-", "-"},
	// The town an institution is named after, capitalised: "collège de Tours".
	{"qui peut installer Moodle dans notre collège de Tours ?", prov, "moodle", "-", "24"},
	{"un collège de profs motivés cherche un presta Moodle", prov, "moodle", "-", "-"},
	// A system asked for a relative's computer: no phone launcher.
	{"mon père galère avec son ordi, un système simple avec des gros boutons ?", alt, "linux-mint", "-", "-"},
	// One side of a many-sided product named leads; several named, none does.
	{"alternative à Notion pour la doc de l'équipe", alt, "bookstack", "notion", "-"},
	{"alternative à Notion pour mes notes", alt, "joplin", "notion", "-"},
	{"Notion is our wiki and our notes, what can replace it?", alt, "appflowy", "notion", "-"},
	// The second feature of a list after "avec" is still a feature.
	{"des visios avec sous-titres et traduction pour nos collègues ?", alt, "jitsi-meet", "-", "-"},
	{"on veut diffuser le conseil municipal en direct", alt, "owncast", "-", "-"},
	{"the school network accounts, what tool without Active Directory?", alt, "freeipa", "-", "-"},
	{"un sondage en classe, les élèves votent sur tablette", alt, "claper", "-", "-"},
	{"anything libre for shared calendars?", alt, "nextcloud", "-", "-"},
	// A mail server's spam filter, not a form's captcha.
	{"un filtre antispam pour notre serveur mail ?", alt, "rspamd", "-", "-"},
	{"un anti-spam pour le formulaire de contact du site", alt, "altcha", "-", "-"},
	// Writing together changes writing tools only.
	{"un outil de visio en temps réel pour nos réunions", alt, "jitsi-meet", "-", "-"},
	{"un outil de gestion de projet collaboratif", alt, "openproject", "-", "-"},
	{"un stockage collaboratif pour nos fichiers", alt, "nextcloud", "-", "-"},
	{"un wiki collaboratif pour l'asso", alt, "bookstack", "-", "-"},
	// A server or a hosting the asker has is the setting, not hosting asked.
	{"un logiciel de montage vidéo, j'ai un serveur à la maison", alt, "kdenlive", "-", "-"},
	{"un lecteur vidéo, on a un hébergement chez OVH", alt, "vlc", "-", "-"},
	// An IT admin's needs: a print server, mail archiving, a tablet fleet, 2FA for the VPN.
	{"un serveur d'impression pour la mairie ?", alt, "cups", "-", "-"},
	{"un logiciel pour archiver les mails du service", alt, "piler", "-", "-"},
	{"un gestionnaire de flotte mobile pour nos tablettes", alt, "headwind-mdm", "-", "-"},
	{"de la double authentification pour le VPN ?", alt, "privacyidea", "-", "-"},
	{"numériser et classer les archives papier de l'asso", alt, "paperless-ngx", "-", "-"},
	{"a tool to draw architecture diagrams for our services", alt, "drawio", "-", "-"},
	{"how do I stream on Twitch from my PC?", alt, "obs-studio", "-", "-"},
	{"besoin de quelqu'un pour sécuriser notre réseau, on est à Metz", prov, "opnsense", "-", "44"},
	// A member asked for, not software.
	{"c'est qui qui gère le serveur Discord ici ?", none, "-", "-", "-"},
	{"c'est qui qui peut installer Nextcloud à Lyon ?", prov, "nextcloud", "-", "84"},
	// What people do instead is no request for software.
	{"is Signal down for anyone else? my family keeps texting me instead", none, "-", "-", "-"},
	// A tool named with what it is for: the asker does the work with it.
	{"AnyDesk pour dépanner mes clients à distance, une alternative libre ?", alt, "rustdesk", "anydesk", "-"},
	// Asking the members whether they know a tool is no provider request.
	{"qqn connait un outil pour que les clients prennent rdv en ligne ? on est à Nantes", alt, "easy-appointments", "-", "52"},
	// The asker's own shop beside a website asked: a website, unless selling online.
	{"notre boutique a pignon sur rue et on veut enfin un site internet", alt, "wordpress", "-", "-"},
	{"un site pour notre boutique de vêtements, avec paiement en ligne", alt, "prestashop", "-", "-"},
	// Examples in brackets are not the need.
	{"un espace sécurisé où nos clients peuvent déposer leurs pièces (relevés, factures)", alt, "nextcloud", "-", "-"},
	// An internet provider's name is no town.
	{"a firewall for our office behind a fibre box from Orange?", alt, "opnsense", "-", "-"},
	// Vocabulary: time spent per client, 3D kitchen plans, e-signing quotes.
	{"a tool to track time spent on each client file?", alt, "kimai", "-", "-"},
	{"un logiciel pour faire des plans de cuisine en 3D ?", alt, "sweet-home-3d", "-", "-"},
	// "Windows 7 qui fait tourner la compta" says what the old system does.
	{"un vieux pc sous Windows 7 qui fait tourner la compta, je mets quoi dessus ?", alt, "linux-mint", "windows", "-"},
	// What the asker is ranks after what they ask.
	{"we're a small organic farm, we use Shopify but the fees are too high, open source e-shop?", alt, "prestashop", "", "-"},
	// A tool tried and liked: news, not a request.
	{"c'est top comme outil Jitsi, on l'a testé hier en réunion", none, "-", "-", "-"},
	// A need asked outright leads over tools that cover the words of its object.
	{"un outil pour faire signer électroniquement les devis aux clients ?", alt, "docuseal", "-", "-"},
	// News with a product named, no question: nothing to answer.
	{"just merged my first PR on GitLab, so hyped", none, "-", "-", "-"},
	// A list of examples in brackets is not the need; an explanation in brackets is.
	{"a self-hosted wiki for our club docs (member list, tutorials, etc)", alt, "bookstack", "-", "-"},
	{"un visio (le logiciel de schémas) en libre ?", alt, "drawio", "-", "-"},
	// Vocabulary from a student's words.
	{"any tool for anonymous surveys of our members?", alt, "limesurvey", "-", "-"},
	{"software to draw circuit schematics for an arduino project?", alt, "kicad", "-", "-"},
	{"a libre tool to build a static website for the lab", alt, "hugo", "-", "-"},
	{"un réducteur de liens sans pistage ?", alt, "yourls", "-", "-"},
	{"free online storage that's not big tech? I've got 20GB of photos", alt, "nextcloud", "-", "-"},
	// A system with its version, asked what to move to, is left — lower case or not.
	{"encore sur windows 10 et marre des pubs, je passe sur quoi ? je joue un peu sur steam", alt, "linux-mint", "windows", "-"},
	// A libre tool the asker already uses is no answer; on the phone, a phone editor.
	{"j'utilise kdenlive mais une alternative à capcut sur mon tel ?", alt, "open-video-editor", "capcut", "-"},
	// "dépenses de coloc" says which expenses: the shared-costs need, not a budget.
	{"un outil pour suivre mes dépenses de coloc ?", alt, "cospend", "-", "-"},
	// Numbers compared and an exclamation are no request.
	{"insta a changé l'algo, mes vidéos font 200 vues au lieu de 5k", none, "-", "-", "-"},
	{"Canva a ajouté plein de fonctions IA, c'est fou comme ça va vite", none, "-", "-", "-"},
	// An institution named after its town gives the place, and is no need.
	{"l'école de musique de Tours cherche un prestataire pour installer Nextcloud", prov, "nextcloud", "", "24"},
	{"les archives départementales de la Réunion cherchent un prestataire pour installer AtoM", prov, "atom", "", "04"},
	{"médiathèque de Pointe-à-Pitre : un prestataire qui maintient des postes publics ?", prov, "libki", "", "01"},
	// "remplaçant à" is a cue; "prog" is no typo for PRTG.
	{"un remplaçant à Notion pour la prog du festival (fiches, tâches, planning) ?", alt, "appflowy", "notion", "-"},
	// Developing pictures is a darkroom; counted organisations, recipients and "en toute
	// sécurité" seek no provider and no security software.
	{"our photo club still uses Lightroom to sort and develop members' pictures, any open source replacement?", alt, "darktable", "adobe-lightroom", "-"},
	{"un agenda culturel partagé entre plusieurs communes, où chaque structure ajoute ses événements ?", alt, "", "-", "-"},
	{"un logiciel pour rédiger les comptes rendus de chantier et les envoyer aux entreprises ?", alt, "-", "-", "-"},
	{"un outil libre pour partager ses documents en toute sécurité avec un client ?", alt, "nextcloud", "-", "-"},
	// Stage work: lights, sound cues, signatures in a "pour que" clause.
	{"un logiciel libre pour la régie lumière du théâtre ? on a une console DMX", alt, "qlcplus", "-", "-"},
	{"un logiciel de lecture de cues pour la régie son du spectacle ?", alt, "linux-show-player", "-", "-"},
	{"un outil pour que les bénévoles du festival signent les feuilles de présence en ligne ?", alt, "docuseal", "-", "-"},
	{"je cherche de quoi héberger les photos du gala, mais pas sur Facebook", alt, "piwigo", "-", "-"},
	// Dates, legal forms, "ce mois-ci", nurses and the end of a chat are no place, no need.
	{"le cabinet est fermé du 15 au 30 août, dites-moi si un truc doit être à jour sur le site", alt, "", "", "-"},
	{"un logiciel de compta pour ma boîte passée en EURL ?", alt, "", "-", "-"},
	{"notre abonnement Adobe a été prélevé deux fois ce mois-ci, ils remboursent. Bonne journée", none, "-", "-", "-"},
	{"c'est moi ou Teams rame depuis la mise à jour ? enfin bref, je retourne à mes devis", none, "-", "-", "-"},
	{"on est un cabinet d'infirmiers (5 IDE), une messagerie sécurisée pour se transmettre les infos ?", alt, "element", "-", "-"},
	{"nos 5 postes sous windows 10 : le support s'arrête, passer sous linux, c'est quoi le mieux ?", alt, "linux-mint", "windows", "-"},
	// Asking how to talk to the bot.
	{"comment on pose une question au bot ?", help, "-", "-", "-"},
	{"What kind of questions can I ask the bot?", help, "-", "-", "-"},
	// A name someone advised, then "une alternative à ce truc": owned up to, not guessed.
	{"la DRAC nous a conseillé Biblionexa pour le catalogue, une alternative libre à ce truc ?", alt, "-", "-", "-"},
	{"un logiciel libre pour mettre à jour facilement tous les logiciels des PC d'un coup ?", alt, "opsi", "-", "-"},
	// The organisation that opens a later sentence and uses something is who asks.
	{"Hi! Our community radio uses Spotify playlists, but we want a self-hosted music library for the team. Open source options?", alt, "navidrome", "spotify", "-"},
	// "Android tablet" is the device, not the system to leave.
	{"something to annotate PDF files during site visits, free software please, Android tablet", alt, "", "-", "-"},
	// An offer to help asks for nothing.
	{"fermé la semaine prochaine, dites-moi avant si vous avez besoin de quelque chose à jour sur le site", none, "-", "-", "-"},
	// A list of features after "with" describes the head that opens the message.
	{"video conferencing tool for webinars with 200 people, screen sharing and whiteboard?", alt, "jitsi-meet", "-", "-"},
	{"un outil de visio pour des webinaires avec 100 participants, partage d'écran et tableau blanc ?", alt, "jitsi-meet", "-", "-"},
	// A connection that drops is news, not a request; a first name is no town.
	{"Ma box Orange saute tout le temps à l'accueil de jour, du coup plus de téléphone ni d'internet l'après-midi, c'est pénible", none, "-", "-", "-"},
	{"Albert est en arrêt jusqu'à lundi, qui peut reprendre la saisie des dons dans le tableau ?", none, "-", "-", "-"},
	// "nos 12 établissements" counts; the town after "secteur" is the place.
	{"prestataire pour installer GLPI dans nos 12 établissements, secteur Metz / Nancy", prov, "glpi", "-", "44"},
	// "the wine in the cellar" is wine, not Wine; "instead of going outside" no cue.
	{"any open source tool to track the wine in the cellar (barrels, blends, bottling) for a small estate?", alt, "grist", "-", "-"},
	{"anyone else spent their whole Sunday fixing docker compose networking instead of going outside? just me? ok", none, "-", "-", "-"},
	{"instead of paying for Slack, what could we use?", alt, "", "slack", "-"},
	// Opinions and thanks ask nothing.
	{"ça n'a aucun sens de payer iCloud 2 To quand on a un NAS de 8 To à la maison", none, "-", "-", "-"},
	{"super soiree hier au marche de producteurs, merci a tous ceux qui sont venus !", none, "-", "-", "-"},
	// The NAS is where the tools run, not what is asked.
	{"need a self-hosted photo frame solution: old tablet on the wall showing random family pics from the NAS", alt, "immich", "-", "-"},
	{"salut la team, je veux quitter Google Photos pour les photos de la famille, vous utilisez quoi en self-host sur un NAS ?", alt, "immich", "google-photos", "-"},
	// A training room, lodging at a gîte, experience asked: no service sought.
	{"on a une petite salle de formation au lycee agricole avec 12 vieux PC sous Windows 10 qui n auront plus de mises a jour, on installe quoi ?", alt, "", "windows", "-"},
	{"Quelqu un a deja teste un logiciel libre pour gerer un gite equestre (reservations des chevaux + hebergement) ?", alt, "hoteldruid", "-", "-"},
	// "nous sommes trois éleveurs de brebis": who asks, not the need.
	{"nous sommes trois éleveurs de brebis en Aveyron et nous voulons créer un site commun avec une petite boutique. Quelqu'un connaît une structure qui accompagne ce genre de projet dans le 12 ?", prov, "wordpress", "-", "76"},
	// An office named after its town.
	{"et on peut se faire former sur ces outils ou? on est l office de tourisme de Gap", prov, "-", "-", "93"},
	// Needs of home and farm: the tools that do the job.
	{"j'ai besoin d'un gestionnaire de téléchargements torrent sur le nas avec une interface web, propre", alt, "qbittorrent", "-", "-"},
	{"je cherche une solution pour écouter des livres audio et podcasts sur le serveur perso, avec reprise ou on s'est arreté sur chaque appareil", alt, "audiobookshelf", "-", "-"},
	{"j'ai un drone et je voudrais faire des orthophotos de mes parcelles, vous utilisez quoi comme logiciel ?", alt, "webodm", "-", "-"},
	{"we make goat cheese and need something to manage orders from shops and restaurants and print delivery notes. Open source if possible", alt, "dolibarr", "-", "-"},
	{"et un qui marche sans base de données ? j'ai juste un raspi 3 qui tourne deja pihole", alt, "dokuwiki", "-", "-"},
	// "qui" after a comma asks for someone, whatever the software named before.
	{"logiciel libre de compta, qui peut l'installer à Lyon ?", prov, "", "-", "84"},
	// Data handed to a company, people who cannot travel: no provider sought.
	{"alternative a Strava pour enregistrer nos sorties trail sans filer nos données à une boîte américaine ?", alt, "", "strava", "-"},
	{"besoin d'un truc pour diffuser les matchs en direct sur internet, pour les grands-parents qui peuvent pas se déplacer", alt, "owncast", "-", "-"},
	// Membership cards, an associations' fair, thanks: no maps, no forum software.
	{"dans quel sens on doit mettre les cartes de licence dans la pochette ? je comprend rien au nouveau format", none, "-", "-", "-"},
	{"plaisir de retrouver tout le monde au forum des assos samedi, merci aux bénévoles", none, "-", "-", "-"},
	// Filmed with a phone: the phone is the camera, not where the answer runs.
	{"les matchs du dimanche on les filme avec un téléphone, ou est ce qu'on peut les mettre en ligne sans YouTube ?", alt, "peertube", "youtube", "-"},
	// The example given ("genre Galette") is the tool; a self-hosted server is done oneself.
	{"qui pourrait installer un logiciel de gestion d'adhérents genre Galette pour le club de natation ? on est dans le 59", prov, "galette", "-", "32"},
	{"le petit dernier veut Minecraft Realms pour jouer avec ses potes, y a moyen d'héberger un serveur nous meme a la place ?", alt, "luanti", "minecraft", "-"},
	// What the software does, listed after a colon, asks no installer.
	{"logiciel libre pour gérer une flotte de tablettes android (celles des résidents + celles des aides à domicile) : installer les applis, bloquer le reste, localiser si perdue", alt, "headwind-mdm", "-", "-"},
	// A "visio" for a family call is a video call, even in English.
	{"a visio service for the weekly family call, browser only, no account, that's not run by a big tech company?", alt, "jitsi-meet", "-", "-"},
	// A product's name in capitals is no kind of provider sought.
	{"la compta de l'asso est sur Ciel Associations qui n'est plus mis a jour, y a un logiciel libre pour une petite asso avec 3 salariés ?", alt, "paheko", "-", "-"},
	// A need that restates the category asked for leads.
	{"je voudrais un dashboard / page d'accueil pour les services de la maison, que la famille sache ou cliquer", alt, "gethomepage", "-", "-"},
	{"how do you guys monitor your homelab? looking for something lightweight to know when a container dies", alt, "uptime-kuma", "-", "-"},
	// A message in capitals keeps its typos corrected; brand names written as heard.
	{"BONJOUR JE VOUDRAIS REMPLACER ECXEL PAR QUELQUE CHOSE DE GRATUIT POUR FAIRE MES TABLEAUX. MERCI", alt, "", "microsoft-excel", "-"},
	{"Bonjour, j'utilise encore Skaïpe pour appeler ma soeur au Québec. Par quoi le remplacer pour continuer à se voir ?", alt, "", "skype", "-"},
	{"Mon fils me dépanne à distance avec tim viewer mais ça coupe au bout de 5 minutes. Il existe autre chose de libre ?", alt, "", "teamviewer", "-"},
	{"Mon ordi a 12 ans il rame terrible avec windaube 10, le monsieur de la mediatheque m'a parlé de linux. C'est quoi le plus simple pour un debutant de 74 ans ?", alt, "linux-mint", "windows", "-"},
	// Playing cards are no maps; a computer named as where is no system asked.
	{"Des jeux de cartes gratuits sans publicité sur l'ordinateur, ça existe ?", alt, "aisleriot", "-", "-"},
	{"Comment on regarde un DVD sur l'ordinateur ? Mon nouveau portable ne lit pas les DVD du mariage", alt, "vlc", "-", "-"},
	{"Comment écouter la radio sur l'ordinateur, france inter et radio nostalgie, sans que ça coupe ?", alt, "vlc", "-", "-"},
	// Video calls said "en vidéo"; photos the family looks at.
	{"comment faire des appels en vidéo avec ma fille qui est partie travailler au Canada, sans payer ?", alt, "jitsi-meet", "-", "-"},
	{"Bonjour, je voudrais un truc pour mettre les photos des petits enfants et que toute la famille puisse les regarder, mais pas sur facebook. C'est possible ?", alt, "immich", "-", "-"},
	// A request opening a later sentence, without a question mark.
	{"J'ai reçu 3 faux messages de la banque ce mois ci. Une messagerie pour les SMS et les appels avec la famille qui soit plus sûre.", alt, "signal", "-", "-"},
	// Outages, thanks and how to ask are no request for software.
	{"ma boite gmail n'affiche plus rien depuis ce matin, juste une page blanche, c'est pareil chez vous ??", none, "-", "-", "-"},
	{"Thank you so much, my granddaughter and I finally managed the video call yesterday!", none, "-", "-", "-"},
	{"comment je vous pose une question, j'écris ici et j'appuie sur entrée ? excusez moi c'est la premiere fois", help, "-", "-", "-"},
	// "Lequel prendre ?" asks for the thing last named.
	{"Je dois faire toutes les démarches en ligne pour ma retraite mais le site s'affiche mal avec mon vieux navigateur. Lequel prendre, un libre de préférence ?", alt, "firefox", "-", "-"},
	// Libre apps asked for a job: the job leads.
	{"la maison de retraite voudrait des tablettes avec des applis libres pour les appels vidéo des résidents. Qui peut les installer en Guadeloupe ?", prov, "jitsi-meet", "-", "01"},
	// A newsroom ("la redac") is no redaction; "qu'on m'installe" asks for someone.
	{"Nancy, ma collegue de la redac, cherche un outil libre pour faire des infographies, des idees ?", alt, "inkscape", "-", "-"},
	{"Salut, je suis photographe a Bordeaux et je voudrais qu'on m'installe et maintienne un Piwigo pour mon archive, vous avez des noms ?", prov, "piwigo", "-", "75"},
	// Asking others if it happened to them, or one's own task left: no request.
	{"YouTube m'a demonetise une video sur les manifs sans explication, ca vous est deja arrive ?", none, "-", "-", "-"},
	{"mon reportage sur les sans-abri dans la rue sort en mars, faut juste que je finisse les sous-titres", none, "-", "-", "-"},
	// A phone call is no roll call; a classmate is no school asked; "80000 minutes" no Amiens.
	{"c quoi un bon service de visio sans compte pour faire un appel avec les gens du club qui sont loin ?", alt, "jitsi-meet", "-", "-"},
	{"je joue en ligne avec Lourdes, une pote de ma classe, on cherche un truc libre pour se parler en vocal pendant les parties", alt, "mumble", "-", "-"},
	{"Spotify Wrapped est sorti, j'ai 80000 minutes de lofi c grave ?", none, "-", "-", "-"},
	// Course material is no training sought; a member asked about their tool.
	{"Quelqu'un a gardé le support de la formation RGPD du CNFPT ? je le retrouve plus dans mes mails Outlook", none, "-", "-", "-"},
	{"trop nice ton montage d'hier ! t'as utilise quel logiciel libre pour les transitions ?", none, "-", "-", "-"},
	// A question without its mark after a laugh; a board ("carte grbl") is no map.
	{"ptdr mon abonnement adobe illustrator vient d'expirer, c quoi l'alternative libre pour faire des logos vectoriels", alt, "", "adobe-illustrator", "-"},
	{"quel logiciel pour piloter ma CNC maison ? j'ai une carte grbl", alt, "-", "-", "-"},
	// Setting it up oneself; a firm "de la Réunion" is placed; how to ask the bot.
	{"On cherche à mettre en place la signature électronique des contrats de travail. un outil libre conforme eIDAS ?", alt, "", "-", "-"},
	{"Une entreprise de la Réunion qui pourrait installer un pare-feu OPNsense pour les médiathèques ?", prov, "opnsense", "-", "04"},
	{"comment on fait pour te demander un prestataire près de chez nous ? faut mettre le code postal ?", help, "-", "-", "-"},
	// Apps listed in brackets after what a need serves; a vendor's own list is the subject.
	{"on veut mettre en place un SSO pour les applis métiers (GLPI, Nextcloud, intranet) dans le département. quelle solution libre ?", alt, "keycloak", "-", "-"},
	{"Petite mairie a cote de Caen, on cherche un prestataire pour les logiciels Libriciel (i-Parapheur, Pastell) pour la dematerialisation", prov, "i-parapheur", "-", "28"},
	// The members are asked for what only they have.
	{"jsuis pas a jour sur mes cours, qqn aurait les notes de L2 eco de lundi ?", none, "-", "-", "-"},
	{"Mme Laval veut qu'on rende les notebooks sur Moodle avant vendredi, quelqu'un a compris la consigne ?", none, "-", "-", "-"},
	// A menu ("la carte du food truck"), a hardware how-to, the bot's abilities.
	{"super nice la nouvelle carte du food truck, qui vous l'a faite ?", none, "-", "-", "-"},
	{"dans quel sens on branche le câble du tiroir-caisse sur l'imprimante ticket ?", none, "-", "-", "-"},
	{"hi bot, what kind of questions can you answer?", help, "-", "-", "-"},
	// The asker's shop is no repair shop sought; the asker's Mac is the machine.
	{"any open source alternative to Square POS for a small bike repair shop?", alt, "", "square", "-"},
	{"jai un vieux Mac avec Pages pour faire les menus, quelle alternative libre svp", alt, "", "apple-pages", "-"},
	// Orders taken at the table; consignment sales are no code repositories.
	{"Lourdes, notre nouvelle serveuse, voudrait une appli libre pour prendre les commandes en salle sur tablette", alt, "", "-", "-"},
	{"un outil pour gérer les dépôts-vente (qui a déposé quoi, a quel prix, combien on lui doit) ?", alt, "dolibarr", "-", "-"},
	// A language exchange is a meeting; an opinion with a tag question asks nothing.
	{"Does anyone want to grab a coffee after the language exchange on thursday?", none, "-", "-", "-"},
	{"ça n'a aucun sens de payer 10 balles par mois pour Dropbox quand on a 2 Go de fichiers, non ?", none, "-", "-", "-"},
	// An organisation that teaches, sought somewhere.
	{"hello, any organisation in the Dordogne that teaches Linux to older expats? my British neighbours want to get rid of their Windows", prov, "", "", "75"},
	// Colleagues and members asked about their day: no request, no place from "12000 tours".
	{"la broche monte à 12000 tours/min mais l'écran de la CN affiche 8000, qqn a déjà eu ce souci ?", none, "-", "-", "-"},
	{"quelqu'un a réussi à avoir le support SAP au téléphone cette semaine ? on attend depuis mardi", none, "-", "-", "-"},
	{"SolidWorks 2024 met 4 min à ouvrir l'assemblage de la ligne d'embouteillage, c'est normal ??", none, "-", "-", "-"},
	{"le plan de maintenance est en ligne sur l'intranet, pensez à le mettre à jour après chaque intervention", none, "-", "-", "-"},
	{"Lourdes de la compta est en congé, qqn sait relancer la sauvegarde de la compta sur le NAS ?", none, "-", "-", "-"},
	{"Est-ce que Lourdes a bien reçu les autorisations de sortie pour la classe de mer ?", none, "-", "-", "-"},
	// Photos shared "sans les mettre sur Facebook": the sharing is asked.
	{"Comment on partage les photos de classe avec les familles sans les mettre sur Facebook ?", alt, "piwigo", "-", "-"},
	// PCs received from a firm: a donor, no provider sought.
	{"on a reçu 12 vieux PC portables (Windows 7 !) d'une entreprise du coin pour l'école, qu'est ce qu'on peut mettre dessus pour les CP-CE1 ?", alt, "", "-", "-"},
	// A capitalised name mid-sentence is no other brand by two letters.
	{"Quelqu'un connaît MamaBoard ? Une maman l'a proposé pour le groupe des parents au lieu de WhatsApp", alt, "-", "whatsapp", "-"},
	// The networks posts go to are where to publish, not what to replace.
	{"looking for a libre tool to schedule posts on mastodon / bluesky / instagram for our newsroom", alt, "postiz", "-", "-"},
	{"Pour la com on a besoin de planifier les posts sur plusieurs réseaux sociaux (Mastodon, Facebook, LinkedIn). un outil libre pour faire ça ?", alt, "postiz", "-", "-"},
	// A count of people is no département; the asker's structure, its training records and
	// a cooperative asked to install are no provider request or a tool in use.
	{"alternative a Microsoft Teams pour un cabinet de 10 experts-comptables ?", alt, "", "microsoft-teams", "-"},
	{"quel logiciel libre pour remplacer Sage comptabilite dans une petite structure ?", alt, "", "sage", "-"},
	{"Notion pour organiser les dossiers de formation des nouveaux aides-soignants, il y a une alternative libre ?", alt, "", "notion", "-"},
	{"On aimerait qu'une coopérative nous installe Piwigo pour la photothèque de la ville. Mairie de Blois.", prov, "piwigo", "", "24"},
	{"qui peut maintenir nos postes sous Linux Mint au cabinet médical, on est dans le 974", prov, "linux-mint", "", "04"},
	// The kind of tool that opens the message leads; what follows "pour" is what it is for.
	{"un gestionnaire de mots de passe pour les 10 comptes partagés de l'office (réseaux sociaux, billetterie, site, banque) ?", alt, "bitwarden", "", "-"},
	{"On a besoin d'un espace de stockage partagé pour les dossiers de presse, les visuels et les contrats, accessible par les 3 salariés et le CA. Libre et en France de préférence", alt, "nextcloud", "", "-"},
	{"comment gérer les réservations de nos emplacements de camping (tentes, camping-cars, mobil-homes) avec du libre ?", alt, "hoteldruid", "", "-"},
	{"video calls for a 60-person online meetup with breakout rooms, no per-seat pricing", alt, "jitsi-meet", "", "-"},
	// Anecdotes and a dropping connection are no request.
	{"on a la fibre Orange au cabinet et la box coupe tous les soirs, c'est penible pour les sauvegardes", none, "-", "-", "-"},
	{"Quelqu'un a deja eu un client qui refusait de signer electroniquement ? Le mien veut absolument venir a l'etude en personne", none, "-", "-", "-"},
	// Who asks ("a refugee support group"), what must not be installed, what a platform is
	// for and where it should be hosted are no provider request.
	{"We're a small refugee support group in Lille, we use Zoom for weekly meetings. Any free software alternative that works in the browser?", alt, "", "zoom", "32"},
	{"Comment faire une visio sécurisée avec des personnes réfugiées qui n'ont qu'un vieux téléphone Android ? pas d'install compliquée", alt, "", "-", "-"},
	{"Besoin d'une plateforme de formation en ligne libre pour former les nouveaux bénévoles à l'accueil des exilés", alt, "moodle", "-", "-"},
	{"Where can we store files for the team that isn't Google Drive or Dropbox? Preferably EU hosted or self-hosted", alt, "", "google-drive", "-"},
	{"comment suivre ou sont les camionnettes en temps reel (gps) sans payer un abonnement a une boite privee", alt, "traccar", "-", "-"},
	// The bot's own use, news of an ad, a question to colleagues: no recommendation.
	{"comment on t'utilise dans le salon discord de l'orchestre ? faut une commande spéciale ?", help, "-", "", "-"},
	{"j ai vu une pub youtube pour une appli de devis, ils promettent tout et n importe quoi ces gens la", none, "-", "-", "-"},
	{"Lourdes de la compta m a dit que le fichier des factures est plus a jour, qqn l a modifié ?", none, "-", "-", "-"},
	// Words with another sense here: wild dumping sites, a PaaS, a forum's photos.
	{"Un outil pour cartographier les dépôts sauvages signalés par les habitants, avec photos ?", alt, "umap", "-", "-"},
	{"remplacer Heroku pour nos petites apps Django, un PaaS libre sur un VPS ?", alt, "coolify", "heroku", "-"},
	{"on veut un forum pour le club de modélisme, avec des sections par échelle (HO, N, O) et des photos. Libre et simple ?", alt, "discourse", "-", "-"},
	// A town named by the first word of its double name; the bot asked about in English.
	{"un hébergeur pour un Mattermost pour les 150 bénévoles de notre festival près de Carhaix ?", prov, "mattermost", "", "53"},
	{"yo, c'est possible de te demander des alternatives en anglais aussi ?", help, "-", "", "-"},
	// Kinds compared, an opinion on a person, a reading list, a heroine's name: small talk.
	{"tu connais la différence entre une SCOP et une SCIC toi ? moi je me mélange toujours", none, "-", "-", "-"},
	{"t'as un avis sur le nouveau syndic ? il répond jamais aux mails", none, "-", "-", "-"},
	{"what are you all reading right now? I'm on an Icelandic crime novel, love it", none, "-", "-", "-"},
	{"mon héroïne s'appelle Margaux et elle coud des robes de mariée en tulle, vous trouvez ça cliché ?", none, "-", "-", "-"},
	{"What are you? A real person or a bot?", help, "-", "", "-"},
	// "not tied to Google", "a two-host podcast", "pour que les élèves fassent…", a count in
	// another sentence: what is asked, not what is named around it.
	{"An online agenda/calendar service for our neighbourhood association, not tied to Google or Microsoft", alt, "", "-", "-"},
	{"we record a two-host podcast in a living room, how do we remove background noise and even out the levels?", alt, "audacity", "-", "-"},
	{"On étudie le congrès de Vienne en 4e, un logiciel libre pour que les élèves fassent une carte mentale dessus ?", alt, "freeplane", "-", "-"},
	{"qqn pour nous former a Dolibarr dans le 35 ? module adhérents et compta", prov, "dolibarr", "", "53"},
	// An organisation named as whose or where something is asks for no provider.
	{"Is there a FOSS equivalent of Asana for project tracking in a cooperative?", alt, "", "asana", "-"},
	{"logiciel pour gérer les adhésions et cotisations des membres d'une coopérative d'habitants", alt, "paheko", "-", "-"},
	{"un logiciel de compta libre partagé entre plusieurs structures d'un même groupement coopératif, multi-société", alt, "", "-", "-"},
	{"vous connaissez des chatons en Alsace ?", prov, "", "", "44"},
	{"le 974, des prestataires en logiciels libres ?", prov, "", "", "04"},
	{"quelqu'un qui pourrait me former à Sigil et Calibre pour faire mes epub ? je suis à Caen", prov, "sigil", "", "28"},
	// A room's or a street's name is no place; the place preferred comes after "plutôt".
	{"Notre paroisse a 3 salles (salle Saint-Joseph, crypte, salle des jeunes) et tout le monde les reserve par texto au sacristain. Un outil de reservation de salles ?", alt, "", "-", "-"},
	{"un presta a Tours ou plutot du cote de Bordeaux ?", prov, "", "", "75"},
	// The asker's own course, firm and setup; members asked for software; English "former".
	{"Bonjour j'ai 52 ans et je reprends une formation de secrétaire, on me demande Outlook mais j'aimerais un logiciel gratuit pour mes mails sur mon vieux pc", alt, "", "microsoft-outlook", "-"},
	{"Bonjour, petite entreprise de demenagement (5 salaries). On fait nos devis et factures sur Sage mais la licence coute une blinde. Quel logiciel libre pour devis/factures/compta ?", alt, "", "-", "-"},
	{"entreprise de Dijon spécialisée Odoo ?", prov, "odoo", "", "27"},
	{"qqn connait un logiciel pour gerer l'entretien des vehicules : vidanges, pneus, ct, factures garage ?", alt, "lubelogger", "-", "-"},
	{"I'd like to set up a discussion forum for former scouts of our group (alumni), something nicer than a mailing list", alt, "discourse", "-", "-"},
	{"Comment mettre en place une formation en ligne pour nos animateurs BAFA avec des videos, des quiz et un suivi de progression ?", alt, "", "-", "-"},
	// Cats to adopt and the catechism are no chat or map.
	{"bonjour!! on cherche un outil pr faire un trombinoscope des chats à adopter avec fiche par chat, filtre age / sexe / ok enfants", alt, "piwigo", "-", "-"},
	{"Pendant le confinement on a fait le cate sur Zoom, on voudrait continuer quelques seances a distance mais sans Zoom. Une idee ?", alt, "jitsi-meet", "zoom", "-"},
	// A phone system asked for leads over apps for that phone; a service passively asked.
	{"mon tel android est plein de services google, je voudrais un android sans google pour le boulot (gps + appels) c'est possible ?", alt, "e-os", "-", "-"},
	{"on voudrait etre accompagnes pour passer toute l'asso au libre (mail, agenda, fichiers), on est a cote d'Orleans", prov, "", "", "24"},
	// "site visits" are no website; "just venting" asks nothing; how to ask the bot is help.
	{"Is there a free tool to edit and visualise DXF files on a tablet during site visits?", alt, "librecad", "-", "-"},
	{"Does anyone else find that Outlook search never finds the email you need? Just venting, Friday afternoon.", none, "-", "-", "-"},
	{"comment je dois te poser une question pour trouver qqn qui installe des logiciels pres de chez moi ?", help, "-", "", "-"},
	{"On écrit le dossier de sécurité pour la préfecture à 5 ou 6 personnes, il nous faudrait un éditeur de texte collaboratif en ligne", alt, "cryptpad", "-", "-"},
	// Accessibility: speech, braille, communication boards, fonts, a screen reader's rival.
	{"un logiciel de synthese vocale pour lire les cours a mon fils dyslexique, gratuit si possible", alt, "espeak-ng", "-", "-"},
	{"Comment convertir un livre (fichier odt) en braille abrégé pour un élève aveugle ? il nous faut un logiciel", alt, "liblouis", "-", "-"},
	{"on cherche un remplaçant à Proloquo2Go (sur iPad) pour une petite fille autiste non verbale, en libre si possible", alt, "cboard", "proloquo2go", "-"},
	{"Y a-t-il un équivalent libre de VoiceOver (Apple) pour un PC sous Linux ?", alt, "orca", "voiceover", "-"},
	{"audacity is libre right? or should I use something else for cleaning up my voiceovers", alt, "audacity", "-", "-"},
	{"Quelle police d'écriture conseillez-vous pour des élèves dyslexiques ? si possible libre pour l'installer sur tous les postes de l'école", alt, "opendyslexic", "-", "-"},
	{"un clavier pour ecrire avec les yeux, pour une personne qui ne peut plus bouger les mains", alt, "optikey", "-", "-"},
	{"Un hébergeur associatif (CHATONS) qui pourrait nous héberger un Nextcloud pour l'antenne APF de La Réunion ?", prov, "nextcloud", "", "04"},
	{"Nice ! l'appli que vous m'avez conseillée marche nickel avec mon afficheur braille", none, "-", "-", "-"},
	// What to install is asked of the bot; people asked or protected are no member management.
	{"Quel systeme leger installer sur un vieux PC portable avec 2 Go de RAM pour une personne agee ?", alt, "", "-", "-"},
	{"Ma voisine utilise Facebook Messenger pour parler a sa famille, elle voudrait autre chose, quoi lui installer ?", alt, "", "messenger", "-"},
	{"Un service de sondage en ligne gratuit et sans pistage pour demander l'avis des adhérents sur la date de l'AG ?", alt, "", "-", "-"},
	{"Comment protéger les adhérents contre les faux sites et les pubs arnaques dans le navigateur ? Un outil libre ?", alt, "", "-", "-"},
	{"Comment gérer les adhérents et les cotisations du club informatique sans Excel ? Un logiciel libre d'association ?", alt, "paheko", "-", "-"},
	{"Sur quoi faire un petit site web pour présenter le club informatique et les horaires des permanences ?", alt, "", "-", "-"},
	// Words with another sense: a video call "en vidéo", a cerfa number, "libre accès", an
	// inventory, collabs, a stream's small talk.
	{"Ma voisine Lourdes voudrait appeler sa sœur au Portugal en vidéo, quelle appli libre lui installer ?", alt, "jitsi-meet", "-", "-"},
	{"Il nous faut un outil pour éditer des reçus fiscaux (cerfa 11580) automatiquement pour les donateurs", alt, "", "-", "-"},
	{"Bonjour, à la France Services on utilise Google Chrome sur les postes en libre accès. Vous auriez un navigateur libre à proposer ?", alt, "firefox", "-", "-"},
	{"Il faut un outil pour suivre les ordinateurs reconditionnés : entrée, réparation, don à qui. Un inventaire libre existe ?", alt, "glpi", "-", "-"},
	{"ma video est en ligne depuis hier mais elle fait 12 vues, c normal ?? l'algo me deteste", none, "-", "-", "-"},
	{"nice le nouvel overlay de ton stream, tu l'as fait toi meme ?", none, "-", "-", "-"},
	{"yo qqn connait une alternative a streamlabs qui bouffe pas 40% de mon cpu ?? je stream sur twitch avec un pc moyen", alt, "obs-studio", "streamlabs", "-"},
	{"un service de visio libre pour faire des lives questions-reponses avec mes soutiens ? genre 30 personnes max", alt, "jitsi-meet", "-", "-"},
	// Field data collection offline; a Kobo e-reader is no KoboToolbox.
	{"Nos agents de terrain au Mali doivent collecter des données sur tablette sans réseau pendant plusieurs jours puis synchroniser en ville. Quel outil libre ?", alt, "", "-", "-"},
	{"Nice article! Is there a good free app to read e-books on my Kobo or on my laptop?", alt, "", "-", "-"},
	// A need of eight words is matched whole; a product opening the message with "quoi à
	// la place", "on veut partir", "un truc libre" is the one to replace (session 15).
	{"un outil pour partager un mot de passe une seule fois, avec un lien qui s'autodétruit", alt, "privatebin", "", "-"},
	{"Zoom pour les réunions du CSE ça passe pas niveau rgpd d'apres notre dpo. quoi a la place ?", alt, "jitsi-meet", "zoom", "-"},
	{"Slack -> on veut partir, 25 personnes, messagerie avec canaux et partage de fichiers, hébergé en UE si possible", alt, "mattermost", "slack", "-"},
	{"Notion pour la doc interne et les procédures RGPD, on voudrait un truc libre hébergé chez nous", alt, "", "notion", "-"},
	{"il veut partir en vacances avec Slack ouvert", none, "-", "", "-"},
	{"Plusieurs benevoles utilisent les memes comptes (site, banque en ligne, reseaux). On voudrait arreter le cahier avec les mots de passe. Que faire ?", alt, "bitwarden", "", "-"},
	{"Est-ce qu'il existe une coopérative qui accompagne les assos pour sortir de Google ? Grand Est de préférence", prov, "", "", "44"},
	{"anyone know a managed hosting company in Reunion (974) that can run Nextcloud for a hospital?", prov, "nextcloud", "", "04"},
	{"comment on utilise ce bot ? je dois ecrire quoi ?", help, "-", "", "-"},
	// A category opening the clause with a relative ("un moteur de recherche qui…") is
	// asked; a need done without ("doesn't need a cookie banner") is not; a judgement asked
	// of the group ("c'est du vol non ?", "c'est une bonne idée ?") and a vendor's own paid
	// plan ("passer à l'offre pro") ask for nothing (session 15).
	{"un moteur de recherche qui trace pas les usagers pour les postes publics de la médiathèque", alt, "searxng", "", "-"},
	{"Google Analytics replacement that doesn't need a cookie banner?", alt, "matomo", "google-analytics", "-"},
	{"Need a cookie consent banner for our association's website, open source and GDPR compliant, any idea?", alt, "tarteaucitron", "", "-"},
	{"Dropbox m'envoie 3 mails par semaine pour passer à l'offre pro, ils lâchent rien", none, "-", "", "-"},
	{"netflix a encore augmenté ses prix, 13,49 le standard avec pub c'est du vol non ? je vais resilier je crois", none, "-", "", "-"},
	{"mon fils veut faire un serveur discord pour son club de foot des U13, c'est une bonne idee ?", none, "-", "", "-"},
	{"Teams c'est une bonne idée pour l'asso ou y a mieux en libre ?", alt, "", "microsoft-teams", "-"},
	{"mon pc lit plus certaines videos que mon frere m'envoie (format mkv je crois), le lecteur windows dit codec manquant. lequel prendre ?", alt, "vlc", "", "-"},
	{"on doit documenter notre infra (runbooks, procedures d'astreinte), un wiki simple et libre svp", alt, "bookstack", "", "-"},
	{"mon pere a des tas de photos en double sur son ordi, un logiciel pour trouver et supprimer les doublons ?", alt, "czkawka", "", "-"},
	{"slt, jai besoin de faire des belles photos de mes produits sur fond blanc avec mon tel, y a une appli libre pour retirer le fond ?", alt, "rembg", "", "-"},
	// Work someone already did, a migration finished, "comme d'hab": small talk.
	{"mon mari a installé un truc libre pour les photos (nextcloud je crois) mais ca marche plus depuis la mise a jour, et il est en deplacement 2 semaines... ca m'enerve", none, "-", "", "-"},
	{"migration vers Zabbix 7 terminee ce weekend, 0 incident, je vais me coucher", none, "-", "", "-"},
	{"Fortinet a sorti encore une CVE critique sur le SSL VPN, on patche ce soir... comme d'hab", none, "-", "", "-"},
	{"quelqu'un pour m'aider a installé Nextcloud à Lyon ?", prov, "nextcloud", "", "84"},
	// A marketplace where the asker sells is the setting of a later product.
	{"je vends des bijoux sur etsy et je detoure mes photos produits avec photoshop. y a un logiciel libre qui fait ca bien ?", alt, "gimp", "adobe-photoshop", "-"},
	{"slt je vend mes bijoux sur etsy depuis 3 ans mais les frais ont encore augmenté, y a une alternative libre a etsy pour avoir ma propre boutique ?", alt, "prestashop", "etsy", "-"},
	{"Quelle alternative à Google My Business pour que ma boutique apparaisse sur les cartes ?", alt, "openstreetmap", "google-business-profile", "-"},
	// Record keeping no dedicated tool is known for: said so, with a shared no-code
	// database; a greeting before a request without "?" still asks (session 15).
	{"Bonjour, on cherche un logiciel libre pour gérer les dossiers des animaux du refuge (vaccins, stérilisation, puce, adoptant)", alt, "grist", "", "-"},
	{"besoin d'un logiciel pour tenir le registre des mouvements de titres (parts sociales), entrées et sorties d'associés", alt, "grist", "", "-"},
	{"What's a good free tool to record our online general meeting and stream it to residents who can't join?", alt, "-", "", "-"},
	{"un logiciel libre pour faire des fiches d'exercices illustrées à donner aux patients en kiné", alt, "libreoffice", "", "-"},
	{"Bonjour tout le monde, je suis nouveau ici, merci pour l'accueil", none, "-", "", "-"},
	// Children named as whom the software is for lift tools made for education; others
	// like a libre tool named are its kind, not itself; "au lieu de celui" names no
	// product; "my classroom" is a room; a building noun closing a clause leaves the next
	// name a place (session 15).
	{"logiciel libre pour faire de la programmation avec des CM1 ?", alt, "scratch", "", "-"},
	{"logiciel de dessin pour les petits ? mes GS veulent dessiner sur l'ordi", alt, "tuxpaint", "", "-"},
	{"ma classe aime beaucoup Scratch, vous avez d'autres logiciels du meme genre ?", alt, "thonny", "", "-"},
	{"lol mon collegue a envoyé le tract sur le groupe WhatsApp de la famille au lieu de celui de la section", none, "-", "", "-"},
	{"what does this bot do exactly? can it help me with tools for my classroom?", help, "-", "", "-"},
	{"qui peut installer Nextcloud sur les PC de l'ecole, Bordeaux et environs", prov, "nextcloud", "", "75"},
	{"quel outil libre pour faire des visios à 30 avec partage d'écran pour nos formations du jeudi ?", alt, "jitsi-meet", "", "-"},
	{"nos collegues utilisent Zoom pour les reunions parents-profs a distance, y aurait pas mieux niveau vie privée ?", alt, "jitsi-meet", "zoom", "-"},
	{"Quoi installer sur les vieux ordis de l'ecole (8 Go de ram, 2013) pour les eleves de cycle 2 ?", alt, "linux-mint", "", "-"},
	{"Canva m'a encore proposé de passer en Pro ce matin, ils lachent jamais mdr", none, "-", "", "-"},
	{"besoin d'un logiciel pour projeter l'ecran de ma tablette sur le videoprojecteur, sans fil", alt, "scrcpy", "", "-"},
	// What the asker runs is what the need works on; where alerts go is a setting; jokes
	// and events are small talk (session 15).
	{"we need encrypted backups of our postgres DBs and docker volumes, any reliable FOSS tool?", alt, "borgbackup", "", "-"},
	{"qui pourrait maintenir notre GitLab self-managed (upgrades, runners, sauvegardes) ? 92", prov, "gitlab-ce", "", "11"},
	{"open source uptime monitoring with SMS/Slack alerts for our endpoints?", alt, "uptime-kuma", "", "-"},
	{"ma collegue Nancy cherche un outil libre pour faire des questionnaires de satisfaction clients", alt, "limesurvey", "", "-"},
	{"Friday deploy on Vercel, what could possibly go wrong", none, "-", "", "-"},
	{"anyone going to VivaTech this year? we might have a booth next to the AWS one haha", none, "-", "", "-"},
	{"un truc libre pour remonter les exceptions de notre backend django + front react avec stacktrace et alertes ?", alt, "glitchtip", "", "-"},
	// A tool named before the product asked right after its cue is where it runs; an
	// "organisme" is a provider; donors and the asker's own volunteers are no providers
	// sought (session 15).
	{"notre site wordpress a google analytics dessus et on nous dit que c'est pas conforme rgpd. qu'est ce qu'on met a la place de google analytics ?", alt, "matomo", "google-analytics", "-"},
	{"on cherche un organisme pour former les travailleurs sociaux du departement a LibreOffice (Calc surtout), sur Rouen ou en visio", prov, "libreoffice", "", "28"},
	{"on recoit des dons de PC d'entreprises, on aimerait faire l'inventaire (qui a recu quoi, numero de serie, etat). logiciel libre d'inventaire ?", alt, "", "", "-"},
	// A category opening the message, qualities and all, then what it is for, asks.
	{"agenda partage en ligne pour les rdv de kine et d orthophoniste de papa, on est 4 enfants a gerer", alt, "nextcloud", "", "-"},
	// A provider request keeps a tool whose name is an everyday word, beside a need.
	{"Besoin de quelqu'un qui sait maintenir des postes sous Linux avec Orca, pour un foyer de personnes malvoyantes près de Limoges", prov, "orca", "", "75"},
	{"Qui peut nous héberger une liste de diffusion Sympa pour l'union locale ? on est en Seine-Saint-Denis (93)", prov, "sympa", "", "11"},
	// Putting things online is a website; what someone made a thing with is small talk.
	{"Comment mettre en ligne le menu de la semaine pour que les parents le voient, sans passer par Facebook ?", alt, "wordpress", "", "-"},
	{"c'est nice ton affiche pour le concert, tu l'as faite avec quoi ?", none, "-", "", "-"},
	// Genealogy services; "besoin d'un service de X pour…" asks for X (session 15).
	{"alternative libre a MyHeritage ?? ma belle soeur y a mis tout l'arbre de la famille", alt, "gramps", "myheritage", "-"},
	{"besoin d'un service de visio pour la reunion mensuelle des adherents de la coop, sans compte a creer si possible", alt, "jitsi-meet", "", "-"},
	// Users who cannot install ask for simple software, not for an installer.
	{"Y a-t-il une solution libre équivalente à Zoom, simple pour des personnes qui ne savent pas installer de logiciel ?", alt, "", "zoom", "-"},
	// A model named last closes the question: "style doodle ?".
	{"un service pour sonder les bénévoles sur la date de l'AG, style doodle ?", alt, "", "doodle", "-"},
	// "un système de X pour…" opens a request without a question mark.
	{"un systeme de tickets pour gerer les demandes de depannage qui arrivent par mail", alt, "glpi", "", "-"},
	// "les pages" is a noun, not Apple Pages.
	{"faut il un logiciel pour redresser et découper les pages ?", alt, "scantailor-advanced", "-", "-"},
	// Opening hours and news of a firm are asked of the group.
	{"Quelqu'un sait si la salle de lecture des archives départementales est ouverte le samedi ?", none, "-", "-", "-"},
	{"Quelqu'un a des nouvelles de TheFork ? ils ont encore augmenté leurs commissions", none, "-", "-", "-"},
	// A story opened by a laugh names no product to replace.
	{"lol le petit a mis une raclée à papy à Mario Kart sur la Switch", none, "-", "-", "-"},
	// An institution, an adjective, then its département.
	{"Remplacer Excel au cercle généalogique de l'Aude, nos tableaux rament", alt, "", "microsoft-excel", "76"},
	{"quelqu'un pour installer Nextcloud pour un village vacances à Saint-Pierre (974) ?", prov, "nextcloud", "", "04"},
	// People who act in a clause are served, not a customer file to keep.
	{"comment faire un QR code pour que les clients voient la carte sur leur tel ?", alt, "qrencode", "-", "-"},
	// A phrase's last word turned by the next one: social media accounts, not network accounts.
	{"Un gestionnaire de mots de passe partagé pour les comptes réseaux sociaux de la rédac ?", alt, "bitwarden", "-", "-"},
	// "not sending everything to Google": where not to go, not what to replace.
	{"I need something to translate our welcome booklet into English, preferably open source and not sending everything to Google", alt, "libretranslate", "-", "-"},
	// Videos edited, then put on the site: a desktop editor.
	{"une appli libre pour monter des petites vidéos de présentation des chambres à mettre sur le site ?", alt, "kdenlive", "-", "-"},
	{"je voudrais que le wifi des clients soit séparé du réseau de la caisse, c'est possible avec un logiciel libre ?", alt, "opnsense", "-", "-"},
	// Request words in another sense: a site stopped, a task to resume, a meal service, an
	// app someone installed, a rating received, a worktop.
	{"il pleut des cordes, chantier arrete, je fais la paperasse sur excel en attendant", none, "-", "-", "-"},
	{"le site du journal n'est plus à jour depuis mars, faut vraiment qu'on s'y remette", none, "-", "-", "-"},
	{"merci beaucoup, je vais tester GIMP ce soir apres le service !", none, "-", "-", "-"},
	{"lol ma fille m a installe tiktok sur le tel du boulot, j ai 200 videos en attente", none, "-", "-", "-"},
	{"booking vient encore de me coller une note de 7,9 parce que la douche est trop petite, j'en peux plus", none, "-", "-", "-"},
	{"y a un gap de 5 mm entre le plan de travail et le mur, je mets du silicone ou une baguette ?", none, "-", "-", "-"},
	{"HelloAsso a bien envoyé les billets pour la soirée, tout le monde a reçu son mail ?", none, "-", "-", "-"},
	// A need said with "faut que je" still asks.
	{"faut que je gère les conteneurs docker depuis une interface web, la ligne de commande c'est pas pour mon coloc", alt, "", "-", "-"},
	// The asker's own agency; a provider already had; providers as a model; "à lire".
	{"Bonjour ! Petite agence en centre-ville, on voudrait un site vitrine avec nos annonces et un blog. Quel CMS libre ?", alt, "wordpress", "-", "-"},
	{"un sondage en ligne pour demander aux locataires leur avis sur le nouveau prestataire de menage", alt, "", "-", "-"},
	{"We want to create virtual tours of our listings like the big agencies do. Any open source option for 360 tours?", alt, "", "-", "-"},
	{"on est 3 gestionnaires a lire la meme boite contact@, un outil libre de boite mail partagée ?", alt, "freescout", "-", "-"},
	// "copro" is a co-ownership, not a GoPro.
	{"syndic benevole d'une petite copro de 8 lots, je cherche un logiciel gratuit pour la compta et les appels de fonds", alt, "", "-", "-"},
	// A training centre's own records, moments and past courses ask for no trainer.
	{"nos factures de formation sont sur Excel, une alternative libre qui gere aussi les devis ?", alt, "", "microsoft-excel", "-"},
	{"par quoi remplacer Yousign pour faire signer les conventions de formation aux entreprises ?", alt, "", "yousign", "-"},
	{"Typeform pour nos tests de positionnement avant formation, un equivalent libre ?", alt, "", "typeform", "-"},
	{"j'ai eu une formation H5P en ligne l'an dernier, franchement c'etait nice", none, "-", "-", "-"},
	{"l'audit Qualiopi c'est demain, je stresse, on a tout mis dans Google Drive en vrac", none, "-", "-", "-"},
	{"Comment gérer le planning des formateurs et des salles sans tableur ? on est 6 formateurs", alt, "", "-", "-"},
	// A postal code followed by its town; "à la Réunion, des prestataires".
	{"prestataire pour installer LimeSurvey et former l'equipe qualite, 37000 Tours", prov, "limesurvey", "", "24"},
	{"hebergement Nextcloud pour photographe a la Reunion, des prestataires locaux ?", prov, "nextcloud", "", "04"},
	// "une boîte" is a company, not a mailbox; what is backed up is no need of its own.
	{"on cherche une messagerie chiffrée pour le groupe d'amis, pas envie de donner nos numeros a une boite", alt, "", "-", "-"},
	{"What do you use to back up a home server to an external drive? Deduplicated and encrypted ideally", alt, "borgbackup", "-", "-"},
	// A capitalised name after "site" names the software; a name set apart asks for others.
	{"quelqu'un pour maintenir le site Grav du studio ? on est à Annecy (74)", prov, "grav", "", "84"},
	{"en dehors de listmonk y a d'autres logiciels libres pour ça ?", alt, "", "-", "-"},
	// Takings, not recipes; a legal status, not a firm sought.
	{"je suis masseuse à domicile, je cherche une appli libre pour tenir mes recettes et faire mes déclarations URSSAF micro-entreprise", alt, "dolibarr", "-", "-"},
	// A town, then its overseas region; a river named like its département.
	{"Salut ! Surf club à Saint-Gilles, La Réunion. Qqn pour nous aider à installer Mobilizon pour nos events ?", prov, "mobilizon", "", "04"},
	{"Besoin d'un prestataire pour installer Traccar sur nos canoës, location sur la Loire près d'Amboise", prov, "traccar", "", "24"},
	// A name spelt with inner capitals is no typo of another: OpenCPN is not OpenVPN.
	{"On aimerait être formés à OpenCPN. Qui fait ce genre de formation du côté de Cherbourg ?", prov, "opencpn", "", "28"},
	// Creole "moun" (someone) is no typo of "mount".
	{"ola mwen pé trouvé an moun pou dépanné PC linux mwen Fodfrans ?", prov, "", "", "02"},
	// A question laughed off at once, and one asked again after.
	{"c'est quoi une alternative libre à Mastodon ? ah non attendez c'est déjà libre mdr", none, "-", "-", "-"},
	{"vous connaissez un remplacant a Blender ? ah non blender c deja libre mdr. bon alors a Cinema 4D", alt, "", "cinema-4d", "-"},
	{"Gmail a encore mis la newsletter du club en spam chez la moitié des adhérents, j'en ai marre de ces histoires", none, "-", "-", "-"},
	// "si elle passe par ici" visits the channel; "comment mettre à jour X" asks for help with it.
	{"l'interprete LSF etait vraiment top hier soir sur Zoom, merci a elle si elle passe par ici", none, "-", "-", "-"},
	{"comment mettre a jour NVDA sans perdre mes reglages et mes extensions ?", none, "-", "-", "-"},
	// "et pas sur Facebook": where not to go; a vendor's bare name is its product of the kind asked.
	{"Il nous faut un forum en ligne pour les familles d'enfants autistes, qui soit accessible et pas sur Facebook", alt, "discourse", "-", "-"},
	{"un agenda partagé en ligne pour les élus, hébergé par un CHATONS plutôt que chez Google ?", alt, "", "google-calendar", "-"},
	// "en plus de LibreOffice": others; "quoi d'autre ?" asks; the bot on Matrix.
	{"un outil libre pour relire le PV et vérifier l'orthographe avant publication, en plus de LibreOffice ?", alt, "languagetool", "-", "-"},
	{"Mon adjoint utilise Notion pour organiser les dossiers de la commune, mais ça m'inquiète pour les données. Quoi d'autre ?", alt, "", "notion", "-"},
	{"comment je t'utilise sur le Matrix de la comcom ? faut taper une commande ?", help, "-", "-", "-"},
	// A request's last word may be its département.
	{"qui peut nous accompagner pour passer nos documents en PDF accessibles avec LibreOffice ? association dyslexie, 69", prov, "libreoffice", "", "84"},
	{"comment garder mes plugins a jour sur mon site WordPress sans tout casser ?", none, "-", "-", "-"},
	{"Shopify m'a prélevé deux fois l'abonnement ce mois-ci, le support répond pas. Bon, je râle juste, désolé", none, "-", "-", "-"},
	// "affiché" after an auxiliary is displayed, not a poster; "comme quoi" reports, it likens nothing.
	{"ce matin Windows m'a encore affiché un message rouge comme quoi mon PC n'est plus supporté, ça m'a gâché le café", none, "-", "-", "-"},
	// A capitalised name with a letter more is another name: a Xerox is no Xero.
	{"on imprime sur une Xerox Versant, un logiciel libre pour gérer la file d'impression ?", alt, "cups", "-", "-"},
	{"Nancy de la compta demande si les factures de novembre sont parties, quelqu'un sait ?", none, "-", "-", "-"},
	// Photos filed in a gallery are shared, not edited.
	{"besoin d'un espace ou les membres peuvent deposer leurs photos d'insectes et les classer par espece, en libre si possible", alt, "immich", "-", "-"},
	// A system for beginners leads with the one made for them; "die cut" is no Die (26).
	{"je cherche un système linux simple pour mes parents débutants, qui ressemble à windows", alt, "linux-mint", "", "-"},
	{"les stickers en die cut ça rend super bien mais Illustrator rame avec les tracés de coupe, un libre pour préparer ça ?", alt, "inkscape", "", "-"},
	// A system left is the setting when an app is asked; an owned iPod is no device wanted;
	// "d'installation" qualifies a medium; a tool that does not run where asked gives way to
	// others like it; "nothing as complicated as GIMP" leaves GIMP out; a name asked about
	// ("c'est libre ou pas ?") is owned up to, not likened; a group named after its town
	// closing the message is there; crafts named after their town are no place.
	{"Hello, I help my neighbours move off Windows 10. What's a good libre replacement for PowerPoint? They make slideshows for the village festival.", alt, "libreoffice", "microsoft-powerpoint", "-"},
	{"iTunes sur linux ?? j'ai toute ma musique dedans + un vieil ipod", alt, "strawberry", "itunes", "-"},
	{"Pour graver une clé USB d'installation Linux j'utilisais Rufus, il y a un equivalent libre qui marche aussi depuis Linux ?", alt, "ventoy", "", "-"},
	{"Bonjour, un outil libre pour que ma petite-fille puisse dépanner mon ordinateur à distance", alt, "rustdesk", "", "-"},
	{"Is there a nice and simple photo editor for complete beginners on Linux? Nothing as complicated as GIMP please", alt, "darktable", "", "-"},
	{"j'ai vu passer CutMasterix pour piloter les plotters de découpe, c'est libre ou pas ?", alt, "-", "", "-"},
	{"our firewall at the office is an old box from the ISP, is there an open source firewall we could run on a spare PC?", alt, "opnsense", "", "-"},
	{"on cherche un hebergeur pour Mobilizon pour le festival du jeu de Tours", prov, "mobilizon", "", "24"},
	{"on decore de la porcelaine de Limoges et on veut faire un catalogue pdf de nos pieces, quel logiciel libre pour la mise en page ?", alt, "", "", "-"},
	{"un prestataire dans le Haut-Rhin, vers Colmar ou Mulhouse ?", prov, "-", "", "44"},
	// "au jardin" is no commune without its article; news vented or dated asks for nothing;
	// others' upgrade asked is their experience; training videos are content, not a course.
	{"Quelqu'un connait une alternative libre à Google Agenda pour les permanences au jardin ?", alt, "", "google-calendar", "-"},
	{"Facebook vient encore de restreindre la portée de notre page, ras le bol franchement", none, "-", "", "-"},
	{"la visio zoom d'hier avec la coordinatrice a coupe 3 fois, je commence a en avoir marre de cette semaine", none, "-", "", "-"},
	{"Unity vient de sortir une nouvelle version, qqn a deja upgrade ? moi j'ose pas", none, "-", "", "-"},
	{"hébergement de vidéos de formation en interne, sans mettre sur YouTube (les agents apparaissent dessus)", alt, "peertube", "", "-"},
	{"Y a-t-il une alternative libre à 360Learning pour former les nouveaux agents d'entretien (vidéos courtes, quiz) ?", alt, "", "360learning", "-"},
	{"On utilise Skello pour les plannings de nos agents d'entretien sur 40 sites clients, ça commence à coûter cher. Il existe un équivalent libre ?", alt, "frappe-hr", "skello", "-"},
	{"remplacer Kizeo Forms par du libre, c possible ? on fait nos checklists de passage avec photos dessus", alt, "odk-collect", "kizeo-forms", "-"},
	// A word that is itself a place or French is no typo of another place; today's regions
	// name no produce; resorts, lagoons and "on La Réunion" are places; a day is no product;
	// jokes lost among messages are asked of nobody; a former technician and the firm the
	// software is for are no provider sought; a committee "d'entreprise" is no firm.
	{"bjr je suis ostreiculteur a marennes, je cherche un logiciel pour faire mes etiquettes sanitaires", alt, "", "", "-"},
	{"Avenza maps sur le telephone pour se reperer sur les cartes pdf en foret, ca existe en libre ?", alt, "qfield", "avenza-maps", "-"},
	{"qui peut installer un serveur Jitsi pour le comite regional des peches des Hauts-de-France ? c est pour les visios avec les patrons", prov, "jitsi-meet", "", "32"},
	{"qui peut nous former a QGIS pour cartographier les concessions ostreicoles ? on est sur le bassin de Thau", prov, "qgis", "", "76"},
	{"salut ! on est une petite ecole de ski independante a Val Thorens, les resas des cours sont sur un google sheet partagé et c le bazar total. y a un equivalent libre ?", alt, "", "", "84"},
	{"we need someone to host Nextcloud for our canyoning and hiking guide company on La Réunion (Cilaos), anyone?", prov, "nextcloud", "", "04"},
	{"Who can host a Nextcloud for our surf school in Réunion? We need support in the same time zone, not 3am calls to Paris.", prov, "nextcloud", "", "04"},
	// A club or federation named after its town: "l'ACCA de Saint-Flour".
	{"Salut, je suis trésorier de l'ACCA de Saint-Flour, on gère les adhérents sur un fichier Excel partagé sur Google Drive, vous auriez une alternative libre ?", alt, "", "", "84"},
	{"bonjour, on voudrait créer un petit site pour notre groupe mycologique de Bourganeuf avec le calendrier des sorties", alt, "", "", "75"},
	{"has anyone seen my avalanche transceiver? pretty sure I left it in the club locker on Saturday", none, "-", "", "-"},
	{"Le groupe whatsapp de l'ACCA devient ingérable, 140 membres, les annonces de battue se perdent dans les blagues. Quoi utiliser a la place ?", alt, "", "whatsapp", "-"},
	{"on a des cartes sous mapinfo d un ancien technicien, par quoi on peut remplacer?", alt, "qgis", "mapinfo", "-"},
	{"Is there something like QuickBooks but open source for a small logging contractor? invoices, expenses, fuel", alt, "", "quickbooks", "-"},
	{"besoin d un outil pour faire les devis aux comites d entreprise qui commandent des bourriches pour noel", alt, "", "", "-"},
	{"la fontaine a eau du jardin est cassee depuis mardi, qui peut venir la reparer ?", none, "-", "", "-"},
	// The asker's own trainers, trainers thanked, a course a tool served, "ce qui peut", a
	// map embedded on a page and "formation continue" seek nobody and name no tool.
	{"quelqu'un connait un remplaçant à Dropbox pour stocker les photos des manoeuvres et exercices ? on est une dizaine de JSP et formateurs à partager", alt, "nextcloud", "dropbox", "-"},
	{"Bonjour, pour la formation continue des SPV on avait un Google Classroom. Existe-t-il une plateforme libre équivalente pour mettre les quiz et supports FMPA ?", alt, "moodle", "google-classroom", "-"},
	{"Bonsoir. On a un vieux logiciel Access fait maison pour le suivi des recyclages des secouristes (dates PSE, FC, PAE). Qu'est ce qui peut remplacer MS Access en libre ?", alt, "libreoffice", "microsoft-access", "-"},
	{"j'ai enfin eu mon PSE2 !! 🎉 merci aux formateurs", none, "-", "", "-"},
	{"Je cherche une carte en ligne pas Google Maps pour intégrer l'accès au domaine sur notre site", alt, "umap", "google-maps", "-"},
	// Towns and areas named in their regional language.
	{"on cherche qqn pour installer un Nextcloud pour l'ikastola de Baiona, les parents doivent partager des docs", prov, "nextcloud", "", "75"},
	{"Qui peut installer AzuraCast pour une radio associative a Strossburi ? on n'a personne de technique", prov, "azuracast", "", "44"},
	{"Qui peut heberger un serveur Jitsi pour les cours d'euskara a distance ? on est en Iparralde", prov, "jitsi-meet", "", "75"},
	// A region's name said of its language.
	{"On veut sous-titrer nos videos de contes en corse (lingua corsa), il y a un logiciel libre pour les sous-titres ?", alt, "subtitle-edit", "", "-"},
	{"vous avez un equivalent libre de Kahoot pour faire des quiz en classe en langue corse ?", alt, "", "kahoot", "-"},
	{"des gens en corse qui accompagnent les petites assos pour installer des outils libres ?", prov, "", "", "94"},
	// Small talk keeps where the asker says something happens, not a person thanked.
	{"il pleut depuis trois jours a Crozon, zero location de kayak, le moral est bof", none, "-", "", "53"},
	{"Merci à Nancy pour l'organisation du pique-nique zéro déchet, c'était top !", none, "-", "", "-"},
	{"la pluie a gâché toute la séance engagement au Mont-Saint-Michel hier, les mariés étaient adorables quand même", none, "-", "", "28"},
	{"High tide at 14:32 tomorrow in Saint-Malo, coefficient 108, launching the Optimists is gonna be fun lol", none, "-", "", "53"},
	{"Est-ce que vous savez si le Secours populaire de Metz ouvre le samedi matin ?", none, "-", "", "44"},
	// The organisation the asker volunteers or works in is no provider sought.
	{"Hello! I volunteer with an asylum seekers' association in Briançon, we need a way to translate between French, Pashto and Tigrinya without sending everything to Google. Any ideas?", alt, "", "", "93"},
	// A tool right after a service verb is what the work is on, whatever it will run.
	{"qqn pour nous installer un serveur YunoHost avec site + mails, on est un petit institut près d'Amiens", prov, "yunohost", "", "32"},
	{"who can install a Matrix/Element server for our group of newsagents in Brittany? we want to share tips and stock shortages", prov, "element", "", "53"},
	// A product named with its maker is that maker's, not a namesake's.
	{"j'utilise Garmin BaseCamp pour préparer mes traces gpx mais ça marche plus sur mon vieux mac, un remplaçant libre ?", alt, "gpxsee", "garmin-basecamp", "-"},
	// Whether something happens, and a groan, ask for nothing.
	{"qqn sait si le match passe sur TF1 ce soir ? les clients me demandent", none, "-", "", "-"},
	{"le site du CESU est encore en maintenance, impossible de déclarer mes heures de cours grrr", none, "-", "", "-"},
	{"quelqu'un sait si il existe un logiciel libre pour faire les plannings des bénévoles ?", alt, "", "", "-"},
	// The state of what the asker has, or how to hold it, asks for nothing.
	{"le site de la mairie est à jour ? je trouve plus la date du prochain conseil", none, "-", "", "-"},
	{"dans quel sens je dois mettre le QR code pour qu'il soit lisible sur l'affiche ? je le fais sur Inkscape", none, "-", "", "-"},
	{"mon logiciel de caisse est pas a jour et il refuse d'imprimer les tickets depuis ce matin, je fais quoi ?", none, "-", "", "-"},
	{"franchement payer 30 euros par mois pour un logiciel de planning ca n'a aucun sens pour un commerce de 3 personnes, je reste au papier", none, "-", "", "-"},
	{"dans quel sens faut il scanner les registres reliés, page de gauche puis droite ? et avec quel logiciel on recolle les doubles pages ?", alt, "", "", "-"},
	// A need said as "pour que…" or after "which tool can I use to…".
	{"un outil pour que les habitants proposent des idées pour notre programme et votent pour les meilleures ?", alt, "decidim", "", "-"},
	{"Hello! Which open source tool can I use to teach kids to code? I'm a teacher in Nouméa and our licence for a paid platform just expired.", alt, "scratch", "", "-"},
	// Whether or how the bot can be asked for providers is help, no one sought yet.
	{"bonjour, je peux te demander qui installe des logiciels pres de chez moi ? comment ça marche", help, "-", "", "-"},
	{"qqn peut m'expliquer comment je demande un prestataire dans ma région ?", help, "-", "", "-"},
	{"hey, does the bot speak english? what kind of things can I ask it?", help, "-", "", "-"},
	// Needs said in the trade's words.
	{"Quel outil libre pour optimiser l'ordre de mes tournées ? je passe chez 12 clients par jour pour l'entretien de piscines autour d'Aix-en-Provence", alt, "vroom", "", "93"},
	{"je cherche un outil libre pour gerer les reclamations des usagers (odeurs, bacs pas ramassés, factures contestées) avec suivi et reponse par mail", alt, "zammad", "", "-"},
	{"on cherche un logiciel pour qu'un formateur voie les écrans des stagiaires et leur montre le sien, sur réseau local", alt, "veyon", "", "-"},
	// A service asked to be hosted for the asker is the service's answer, hosts first.
	{"je cherche une adresse mail pro pour mon activité de prof de piano, chez un hébergeur éthique si possible", alt, "", "", "-"},
	{"un hébergeur de visio éthique pour nos cours de langue à distance, on veut pas gérer de serveur nous-mêmes", alt, "jitsi-meet", "", "-"},
	{"un service de stockage en ligne ethique pour les photos du jardin ? pas envie d'installer un serveur", alt, "", "", "-"},
	// A hosted service "pas américain": the hosts are what is not American, not the software.
	{"un service d'hébergement de fichiers pour l'asso qui soit pas américain, genre un cloud associatif ?", alt, "nextcloud", "", "-"},
	// The service done without is the one replaced, when nothing else is: not a bare
	// vendor, not a platform passed through, not the job already read.
	{"je veux transférer les photos d'un shooting (8 Go) au photographe sans WeTransfer, un service libre ?", alt, "lufi", "wetransfer", "-"},
	{"We are looking for a way to sign documents electronically (membership forms, parental consent) without DocuSign. Something libre?", alt, "docuseal", "docusign", "-"},
	// A product replaced already gives way to the one asked.
	{"au club de bridge on a une alternative à Zoom depuis le covid mais maintenant on voudrait aussi remplacer Slack pour le comité. Vous proposez quoi ?", alt, "mattermost", "slack", "-"},
	// How to ask the bot, and what it does, whatever the example given.
	{"comment on fait pour te demander qui installe des trucs près de chez moi ?", help, "-", "", "-"},
	{"Can you explain what this bot does? I'm an English translator who just joined the Discord", help, "-", "", "-"},
	// Training that is what is made or planned, not a course asked; organisations counted.
	{"We film short training videos for our apprentices and put them on YouTube as unlisted. Is there a libre alternative where we keep control?", alt, "peertube", "youtube", "-"},
	{"Trello pour le planning des formations et des nouveautés du salon, une alternative libre ?", alt, "wekan", "trello", "-"},
	{"alternative à TeamViewer pour que notre informaticien depanne les PC des 3 agences a distance ?", alt, "rustdesk", "teamviewer", "-"},
	// A meal served and a year compared are no request; spirits named after their land.
	{"Spotify m'a coupé la musique en plein service hier soir, l'ambiance est tombée a plat mdr", none, "-", "", "-"},
	{"la caisse a buggé pendant tout le service, j'ai tout noté sur un carnet comme en 1990 😅", none, "-", "", "-"},
	{"le Calvados et la Suze partent plus vite que prévu ce mois ci, un logiciel libre pour voir les stocks d'alcool en temps réel ?", alt, "", "", "-"},
	{"le Cognac et le Champagne sont encore en rupture, je voudrais un outil pour prévoir les commandes fournisseurs", alt, "dolibarr", "", "-"},
	// Music in several rooms, karaoke nights, the sky tonight: tools added with their products.
	{"Any libre replacement for Sonos to play music in the two rooms of our bar?", alt, "snapcast", "sonos", "-"},
	{"Stellarium je connais, mais y a-t-il une alternative libre à SkySafari sur tablette ?", alt, "kstars", "skysafari", "-"},
	// "qui affiche" is a verb; thank-you cards are no maps; a tool known already gives way.
	{"on organise des soirées karaoké le jeudi, il faut un logiciel qui affiche les paroles sur la télé", alt, "performous", "", "-"},
	{"Lourdes, notre assistante, voudrait un logiciel libre pour faire les cartes de remerciement, une idee ?", alt, "scribus", "", "-"},
	// A child's age says whom it is for; "sur chaque tablette" asks for the whole network.
	{"un logiciel de dessin tout simple pour les 4-6 ans au centre aéré", alt, "tuxpaint", "", "-"},
	{"une solution pour bloquer les pubs et les sites pas adaptes sur les tablettes des enfants, sans installer un truc sur chaque tablette", alt, "pi-hole", "", "-"},
	// Harbours and nautical bases name their town; "installer ca a X" is "ça à X".
	{"Qui peut installer Nextcloud pour la base nautique de Quiberon ?", prov, "nextcloud", "", "53"},
	{"Est-ce qu'une entreprise du libre peut installer Odoo pour la gestion des places au port de plaisance de Lorient ?", prov, "odoo", "", "53"},
	{"et qui peut installer ca a Port-Vendres ?", prov, "", "", "76"},
	// Safety checklists are no IT security.
	{"un outil pour faire des check-lists securite avant chaque sortie en mer, cochees par le chef de bord sur son tel", alt, "-", "", "-"},
	// People's jobs replaced by a machine are an opinion asked, no product.
	{"Vous pensez que l'IA va remplacer les dessinateurs projeteurs ? perso je vois pas ChatGPT faire un DOE", none, "-", "", "-"},
	// "qui d'autre est accro ?" asks the others, not for software.
	{"le Vendee Globe en live a 3h du mat, qui d'autre est accro ?", none, "-", "", ""},
	// A need the KB lacks, wished before the software is asked for, is owned up to, not small talk.
	{"je suis prof de judo et je voudrais faire des ralentis et comparer deux projections côte à côte, il existe un logiciel gratuit et libre ?", alt, "-", "", "-"},
	{"our martial arts league needs to manage licences, belt grades and exam results for ~800 members, what open source software would you suggest?", alt, "-", "", "-"},
	{"appli pour calculer les horaires et hauteurs de maree hors connexion sur le bateau", alt, "-", "", "-"},
	// Labels for a shop, with "Nice!" no town.
	{"Nice! is there also something free to print price labels for the bakery?", alt, "glabels", "-", "-"},
	// "paie" as the verb after a named subject pays for a product, it asks for no payroll;
	// the asker's own "asso d'accompagnement" and a farm's "installation" seek nobody.
	{"Notre asso d'accompagnement a l'installation agricole paie Zoom Pro pour les webinaires avec les porteurs de projet. Il y a du libre qui tient 50 personnes ?", alt, "jitsi-meet", "", "-"},
	{"l'asso paie Zoom Pro pour les webinaires, il y a du libre ?", alt, "jitsi-meet", "", "-"},
	{"un logiciel de paie libre pour 3 saisonniers", alt, "frappe-hr", "-", "-"},
	// Machines put under Linux: Linux is asked, whoever the machines serve.
	{"une entreprise ou une asso pres de Die qui installe des ordis sous Linux pour un groupement de producteurs ? 26150", prov, "debian", "", "84"},
	{"On cherche une coopérative qui pourrait migrer les postes de l'accueil et de la billetterie sous Linux, dans le 59", prov, "debian", "", "32"},
	// A public body named by its acronym is in the town after it, a new sentence after.
	{"qui peut installer Nextcloud pour le CCAS de Pontivy ? on n'a pas d'informaticien", prov, "nextcloud", "", "53"},
	{"qui peut installer un Moodle pour le CFPPA de Pamiers ? on a des apprentis en alternance", prov, "moodle", "", "76"},
	// A former commune named like a noun ("Le Temple", merged into Mauléon) is no place.
	{"Bonjour, au temple on fait tout sur Google Drive (cultes, PV du conseil presbytéral, comptes). Vous connaissez une alternative libre ?", alt, "nextcloud", "google-drive", "-"},
	// Words read in their other sense: a French verb after its subject ("on calibre nos
	// écrans"), the French VTT (a mountain bike), "to do" in English, "la box" (the
	// router), "payment plans", a show's tickets, paper forms, a recording at the mike.
	{"On calibre nos ecrans et notre imprimante grand format avec un logiciel X-Rite, il y a un equivalent libre pour faire des profils ICC ?", alt, "-", "", "-"},
	{"on aimerait un agenda en ligne partage entre les 3 ecoles de VTT de la vallee", alt, "nextcloud", "", "-"},
	{"We're a small screen printing studio, is there any open source software to do colour separations for multi-colour screens?", alt, "-", "", "-"},
	{"les codes de la box, du compte EDF, de la banque du collectif sont dans un LastPass partage par une seule personne, quoi de libre a la place ?", alt, "bitwarden", "lastpass", "-"},
	{"what free software can we use to keep track of debt files (creditors, amounts, payment plans) for the people we help?", alt, "grist", "", "-"},
	{"Is there a free and open source tool to run a small online ticketing for our nursery school's end-of-year show?", alt, "pretix", "", "-"},
	{"we need to scan a ton of paper forms from the day nursery and make them searchable, any open source tool?", alt, "paperless-ngx", "", "-"},
	{"logiciel libre pour enregistrer les discours et les vœux au micro pendant la soirée, et les nettoyer après ?", alt, "audacity", "", "-"},
	// A backup asked with the verb alone; a tool the people concerned will not use; no
	// phone number asked; one's own font.
	{"on veut sauvegarder le petit serveur commun de l'habitat (photos, docs, compta) sur un disque chez un voisin, quel logiciel libre ?", alt, "borgbackup", "", "-"},
	{"un webmail simple pour les benevoles du tiers-lieu qui n'ont pas envie de configurer Thunderbird", alt, "roundcube", "", "-"},
	{"un chat pour les residents qui ne demande pas de numero de telephone", alt, "simplex-chat", "", "-"},
	{"quel logiciel libre pour creer ma propre police d'ecriture a partir de mon lettrage manuscrit de BD ?", alt, "fontforge", "", "-"},
	// Small talk: a remark closed by a laugh, a task asked of the bot on one's own things,
	// a shared woe — but a need closed by a laugh is still asked.
	{"the snowgroomer driver says Microsoft Teams is the worst thing that ever happened to him haha", none, "-", "", "-"},
	{"tu peux verifier que le bulletin est bien a jour sur le site ? le vent a tourne cette nuit", none, "-", "", "-"},
	{"anyone else's GoPro battery die in like 20 min at -15? brutal", none, "-", "", "-"},
	{"un gestionnaire de mots de passe pour l'equipe, on a 15 comptes et tout est sur un post it lol", alt, "", "", "-"},
	// A software noun opening the message is no person's name ("Logiciel de comptabilité",
	// unlike "Florence de la compta"); a clause about the organisation served; what media
	// show; a naturalist's "obs"; a school kitchen.
	{"Logiciel de comptabilité libre pour une asso ?", alt, "paheko", "", "-"},
	{"Logiciel de comptabilité libre pour une asso loi 1901 qui revend des ordinateurs reconditionnés à petit prix ?", alt, "paheko", "", "-"},
	{"dans le 93, une boite qui fait du support linux pour une école ?", prov, "", "", "11"},
	{"où mettre les vidéos des recettes des chefs sans passer par YouTube ?", alt, "peertube", "youtube", "-"},
	{"un pad en ligne pour que tout le monde note ses obs pendant le Big Day du week-end", alt, "etherpad", "", "-"},
	{"need a libre tool to build and store recipes with portions scaling, for a school kitchen", alt, "mealie", "", "-"},
	{"Recuva n'a rien trouvé sur la carte SD d'une cliente qui a perdu toutes ses photos de mariage... un logiciel libre de recup plus costaud ?", alt, "testdisk", "recuva", "-"},
	// An association that says where it is introduces itself, it is not sought; a trainer
	// of the software is sought; a course so as to do the job oneself still asks a trainer.
	{"Asso en Normandie : pour les diaporamas des conférences du soir sur les oiseaux marins, on peut utiliser quoi de libre ?", alt, "libreoffice", "", "28"},
	{"Bonjour, asso naturaliste du Limousin, on cherche un outil pour centraliser les inventaires faits par nos bénévoles, idéalement libre", alt, "", "", "75"},
	{"Cherche formateur Linux/logiciels libres à Cayenne pour les salariés du comité territorial, ça existe ?", prov, "", "", "03"},
	{"formation Scribus pour faire nous memes nos etiquettes, sur Dijon ou alentours, ça existe ?", prov, "scribus", "", "27"},
	// "la finale du tournoi" is no Finale, "cups" in a bar no CUPS, "à la caisse" a place,
	// "le PC de commandement" a command post; a video meeting server.
	{"on voudrait diffuser la finale du tournoi inter-écoles en live vidéo sans passer par Twitch ni YouTube, c possible en libre ?", alt, "owncast", "-", "-"},
	{"Alternative à Finale vu qu'ils arrêtent le logiciel ?", alt, "musescore", "finale", "-"},
	{"Looking for an open source app to keep track of the inventory of the BDE bar (kegs, bottles, cups)", alt, "odoo", "-", "-"},
	{"Notre box Orange plante tous les jours à la caisse, y a un logiciel libre pour surveiller la connexion et nous prévenir ?", alt, "zabbix", "-", "-"},
	{"une solution pour que le PC de commandement du DPS voie en direct la position des equipes a pied ?", alt, "-", "", "-"},
	{"Who could host a video meeting server for our fishing cooperative near Lorient?", prov, "jitsi-meet", "", "53"},
	// A radio's automation and streaming are its playout; a treasurer's books; private albums.
	{"Bonjour, la radio campus diffuse avec un logiciel propriétaire payant (Radioboss), il y a des solutions libres pour l'automation et le streaming ?", alt, "libretime", "radioboss", "-"},
	{"Besoin d'un logiciel pour tenir la tréso d'une asso étudiante (budget, notes de frais, subventions FSDIE), si possible libre et simple", alt, "paheko", "", "-"},
	{"les proprios de chevaux en pension veulent voir les photos et vidéos de leur cheval en privé, chacun son album, vous conseillez quoi en libre ?", alt, "piwigo", "", "-"},
	// Products people named and the KB lacked.
	{"What's a good open source alternative to Booksy for a barber?", alt, "easy-appointments", "booksy", "-"},
	{"alternative libre à Adobe Fresco pour peindre à l'aquarelle numérique ?", alt, "krita", "adobe-fresco", "-"},
	{"any recommendation for an open source replacement of Shadowplay to clip the last 30 seconds of gameplay?", alt, "obs-studio", "nvidia-shadowplay", "-"},
	{"alternative libre a Enscape pour des rendus temps reel depuis la maquette ?", alt, "blender", "enscape", "-"},
	{"our shared house has Nest thermostats tied to one person's google account, any open source way to control the heating instead?", alt, "home-assistant", "google-home", "-"},
	// A product refused to close a request that asks for its job is the one to replace.
	{"un service de cartographie pour que nos clients trouvent le distributeur de lait cru, pas Google Maps", alt, "", "google-maps", "-"},
	{"un agenda partagé pour la famille, pas Google Agenda", alt, "", "google-calendar", "-"},
	// Orders, offers of help and thresholds are no requests.
	{"le camembert au lait cru s'est vendu en 2h, faudra doubler la commande la semaine prochaine", none, "-", "-", "-"},
	{"C'est nice que la coop passe au libre, je peux aider pour les tutos !", none, "-", "-", "-"},
	{"la page Facebook de la ville vient de passer les 10 000 abonnés 🎉🎉", none, "-", "-", "-"},
	// Members asked whether they know a product seek no provider.
	{"Quaydock 360 pour gérer les pontons, quelqu'un connait ? y a un équivalent libre ?", alt, "-", "-", "-"},
	// A brand coined with an apostrophe hides no tool's name.
	{"notre fédé nous impose Natur'Obs Manager, y a du libre qui fait pareil ?", alt, "-", "-", "-"},
	// What a product in use is for is the asker's work; a box of archives is no company.
	{"on utilise TeamViewer pour dépanner les PC des résidents à distance, y a du libre ?", alt, "rustdesk", "teamviewer", "-"},
	{"un outil pour faire les étiquettes et fiches de classement des boîtes d'archives du cercle ?", alt, "libreoffice", "-", "-"},
	{"on aimerait former les agents de l'accueil à Nextcloud, vous avez des orgas vers Laval ?", prov, "nextcloud", "-", "52"},
	{"comment faire une appli mobile de la ville sans payer 15k€ à une agence ? même un truc simple (actus, agenda, signalements)", alt, "", "-", "-"},
	// Alerts sent to residents are no monitoring; a password on a share is no password manager.
	{"on poste sur X (twitter) pour les alertes routes coupées / crues, vous conseillez quoi pour pas dépendre de Musk ?", alt, "mastodon", "x-twitter", "-"},
	// A venue is no library software; a tool in use is the setting of the kind asked.
	{"pour notre expo photo à la médiathèque il nous faudrait un logiciel de diaporama qui tourne en boucle sur une télé", alt, "libreoffice", "-", "-"},
	{"on utilise Nextcloud, il nous faut un outil de sondage", alt, "limesurvey", "-", "-"},
	{"j'utilise Thunderbird, je cherche un agenda partagé", alt, "nextcloud", "-", "-"},
	// A need asked as "a better way to…" leads over the product it is sent through.
	{"my cousins keep sending me scans of parish records over WhatsApp and it's a mess. Is there a better open source way to share a family tree with them?", alt, "webtrees", "whatsapp", "-"},
	{"We keep our society's member list in Google Sheets, is there an open source tool better suited for a membership database?", alt, "paheko", "google-sheets", "-"},
	// Both products after "without" are done without; a suite's sides listed ask for the suite.
	{"how can we do video follow-up consultations for hearing aid patients without Zoom or Teams?", alt, "jitsi-meet", "zoom", "-"},
	{"Is there a free alternative to Google Workspace for a 4-person opticians team? mail, calendar and shared docs", alt, "nextcloud", "google-workspace", "-"},
	// Several people writing in the same file at once want an online editor.
	{"besoin d'un outil pour un relevé collectif des actes de décès, on est 6 bénévoles à saisir en même temps dans le même tableau", alt, "collabora-online", "-", "-"},
	{"un traitement de texte en ligne pour écrire à plusieurs les fiches pédagogiques des films, sans compte Google", alt, "collabora-online", "-", "-"},
	// The site is where the converted trailer goes.
	{"je cherche juste un truc pour convertir des vidéos en mp4 léger pour mettre la bande-annonce sur le site", alt, "handbrake", "-", "-"},
	// A capitalised name opening the message with its use is the product, whatever the word.
	{"Zoom pour mes cours de broderie en visio le mardi soir, quoi d'autre en libre ?", alt, "jitsi-meet", "zoom", "-"},
	{"Notion pour mes fiches de recettes d'émaux et mes tests de cuisson, y a un truc libre qui fait pareil ?", alt, "", "notion", "-"},
	{"Pinterest pour mes planches d'inspiration de motifs, y aurait un libre ?", alt, "shaarli", "pinterest", "-"},
	// A town's garage is no Garage server; a sports division is no département.
	{"qqn pour former nos agents du garage municipal a LibreOffice dans le 86 ?", prov, "libreoffice", "-", "75"},
	{"quelqu'un va voir la finale de Top 14 au bar samedi ?", none, "-", "-", "-"},
	// The unknown product asked about, with the system only said as where it runs.
	{"alternative libre a Visual Topo ? on est passés sous linux au club", alt, "-", "-", "-"},
	// "qui" with a place before its verb still seeks someone; a webmaster is a provider.
	{"qui à Dijon peut nous aider à passer l'APE de Google Drive à Nextcloud ?", prov, "nextcloud", "", "27"},
	{"un webmaster à Ajaccio qui connait WordPress ? pour le site de mon atelier de couteaux corses", prov, "wordpress", "-", "94"},
	{"Salut Boussole, tu peux aussi trouver des gens près de chez moi ou t'es juste là pour les logiciels ?", help, "-", "-", "-"},
	// Pricing work is no encryption; kit lent is no library.
	{"le service voirie voudrait chiffrer ses métrés et estimations de réfection de chaussée sans Excel, y a du libre adapté ?", alt, "libreoffice", "microsoft-excel", "-"},
	{"un logiciel pour gérer les prêts des maillots, ballons et chasubles entre les équipes ?", alt, "glpi", "-", "-"},
	{"un logiciel libre pour gérer le catalogue et les prêts de notre médiathèque ?", alt, "koha", "-", "-"},
	// Scanning attachments is a virus scan; the asker's reuse centre is no need.
	{"antivirus libre sérieux pour les serveurs linux et pour scanner les pièces jointes du mail ?", alt, "clamav", "-", "-"},
	{"on fait de la visio pour les réunions entre nos 4 recycleries, c'est quoi le plus simple en libre sans installer de logiciel ?", alt, "jitsi-meet", "-", "-"},
	// How to ask the bot, invitations and news asked about are no requests.
	{"hi, how do I ask you for a local company that could install stuff for us?", help, "-", "-", "-"},
	{"Comment on ajoute Boussole sur notre serveur Discord de la ressourcerie ? et il répond à quoi au juste ?", help, "-", "-", "-"},
	{"Ça vous dit un pot vendredi soir après l'inventaire ? Je ramène les chips", none, "-", "-", "-"},
	{"j'ai vu que WhatsApp avait changé ses conditions encore, vous savez ce qui a changé ?", none, "-", "-", "-"},
	{"je veux un logiciel pour comparer deux versions d'un contrat et voir ce qui a changé", alt, "", "-", "-"},
	// A capitalised name in a message that speaks of no software is a person or a machine.
	{"Bon qqn sait si Karim a récupéré les clés du local compost ? je suis devant la porte là", none, "-", "-", "-"},
	{"c'est quoi BeneVolix ? un collegue dit que c'est mieux que nos tableaux pour les plannings", alt, "-", "-", "-"},
	// News, a celebration, a hand asked for an errand, an access asked: nothing sought.
	{"Faut que je vire le logo Google de nos affiches maintenant qu'on est passé sous Nextcloud, c'est la fête ici", none, "-", "-", "-"},
	{"trop bien la formation numerique de la CCI hier, j'ai enfin compris comment marche le cloud !", none, "-", "-", "-"},
	{"Mon associée s'appelle Lourdes et elle gère tout le côté réservations, elle a besoin d'un accès au drive", none, "-", "-", "-"},
	{"Sens interdit devant l'entree du camping depuis lundi, les clients arrivent par l'arriere, c'est le bazar", none, "-", "-", "-"},
	{"Les clients du Gap Year Tour arrivent a 22h, qqn peut laisser la cle dans la boite ?", none, "-", "-", "-"},
	{"there's a big gap in our Q3 budget and no idea how to fill it, send help (or clients)", none, "-", "-", "-"},
	// A kind opening the message, then what it must be: a request without a verb.
	{"stockage de fichiers en ligne chiffré pour les dossiers médicaux, hébergé en France", alt, "nextcloud", "-", "-"},
	{"visio en ligne sans compte pour que les propriétaires montrent leur chien malade au véto, hébergée en Europe", alt, "jitsi-meet", "-", "-"},
	{"on fait nos réunions de comité de lecture sur Zoom, qqch de libre svp", alt, "jitsi-meet", "zoom", "-"},
	{"un doc en ligne modifiable a plusieurs pour le guide des hebergements, c'est quoi le mieux en libre ?", alt, "collabora-online", "-", "-"},
	// Devices named as where, or as a channel, are no request for a system.
	{"appli libre pour monter les vidéos TikTok des chiens à l'adoption sur le téléphone ou le PC ?", alt, "kdenlive", "-", "-"},
	{"comment limiter le debit par appareil sur le wifi du camping avec du libre ?", alt, "opnsense", "-", "-"},
	// Music words that are also tools' names: "le tempo" is no tracing server.
	{"un outil pour que les choristes écoutent leur voix séparément et ralentir le tempo pour apprendre ?", alt, "", "-", "-"},
	{"une alternative à Slack pour les épiceries solidaires du Grand Est ?", alt, "", "slack", "44"},
	// Members asked, the bot thanked or praised, a task on a file: no request.
	{"merci pour le tuyau de la semaine dernière, on a basculé les baux sur la signature libre", none, "-", "-", "-"},
	{"c'est nice ce bot, j'avais jamais pense a chercher du libre pour le musee", none, "-", "-", "-"},
	{"L'appart de la rue des Lilas est loué depuis ce matin 🎉 quelqu'un peut retirer l'annonce du site ?", none, "-", "-", "-"},
	{"qqn a les cles du local rue Gambetta ? je dois deposer les cagettes vides avant 18h", none, "-", "-", "-"},
	{"j'ai mis le rapport dans le dossier partage, il faut juste le mettre a jour avec les chiffres de decembre", none, "-", "-", "-"},
	{"Bonjour, que peut faire Boussole ?", help, "-", "-", "-"},
	{"What kind of questions can I ask you? I run a small property management business and want to move off Big Tech tools.", help, "-", "-", "-"},
	// The asker's own firm, and suppliers tracked, seek no provider.
	{"bonjour, petite agence immo a 3 personnes, on paie Yousign tous les mois. il existe un equivalent libre pour la signature electronique ?", alt, "docuseal", "yousign", "-"},
	{"Need a tool to keep track of which vendor (florist, caterer, band) has signed and which deposit is paid, per event. Free software if possible", alt, "", "-", "-"},
	// A social network named as where the work goes gives way to the product replaced.
	{"Salut ! Je monte mes teasers de mariage pour Insta avec CapCut, y a un truc libre pour remplacer CapCut ?", alt, "kdenlive", "capcut", "-"},
	// A service firm is a provider; freelancers to pay, a RAW developer and a trade one
	// must be are not; the bot likened to a product is asked what it is.
	{"societe de services en logiciel libre dans le 31 pour installer BigBlueButton ? on organise des formations en ligne pour interpretes", prov, "bigbluebutton", "-", "76"},
	{"remplacer QuickBooks, j'ai une petite agence de trad avec 2 salaries et des freelances a payer tous les mois", alt, "", "quickbooks", "-"},
	{"un developpeur RAW libre qui reste a jour avec les nouveaux boitiers Sony ?", alt, "darktable", "-", "-"},
	{"Boussole tu fais quoi exactement ? tu remplaces Google ?", help, "-", "-", "-"},
	{"tu remplaces Word par quoi ?", alt, "libreoffice", "microsoft-word", "-"},
	// PDF as the format of a printed piece asks for layout software.
	{"un logiciel libre pour creer des fiches de tarifs et plaquettes PDF imprimables pour le salon des maries", alt, "scribus", "-", "-"},
	{"a free tool to make a nice PDF brochure for the tourist office fair?", alt, "scribus", "-", "-"},
	{"bonjour, je cherche un moyen de facturer les familles chaque mois (PSU, tarif horaire selon revenus), libre si possible", alt, "noethys", "-", "-"},
	{"Je veux naviguer de façon anonyme pour préparer une action de désobéissance civile, quoi utiliser ?", alt, "tor-browser", "-", "-"},
	// A newcomer to the club, roles listed for a tool to track, the bot asked what it is for.
	{"bonjour a tous, je suis Gérard, 74 ans, nouveau au club informatique", none, "-", "-", "-"},
	{"Un outil pour gerer le planning des benevoles du festival (qui tient la caisse, qui fait l'accueil, qui dechire les tickets)", alt, "", "-", "-"},
	{"gérer un tableau des tâches pour le chantier de numérisation (qui fait quel registre, en cours, fini, à relire)", alt, "kanboard", "-", "-"},
	{"bonjour, a quoi vous servez exactement ? mon club m'a donné ce lien", help, "-", "-", "-"},
	{"who can train our team of speech therapists on Nextcloud and Thunderbird? we're in Grenoble", prov, "nextcloud", "-", "84"},
	{"a libre tool to monitor our wifi access points and warn the front desk when one goes down?", alt, "zabbix", "-", "-"},
	{"Vous préférez Brel ou Brassens pour l'atelier chant de demain ? lol", none, "-", "-", "-"},
	// Orders taken are no bot commands; receipts are no helpdesk tickets; a restaurant's
	// booking and ordering; "vers quoi ?" asks; thanks with "thx" are small talk.
	{"vous connaissez une alternative libre a Kuistomatic pour les commandes de la cuisine ?", alt, "-", "-", "-"},
	{"ca n'a aucun sens de payer 30% de commission aux plateformes de livraison, quel outil libre pour prendre les commandes nous-memes ?", alt, "tastyigniter", "-", "-"},
	{"salut, je lance un food truck de burgers, il me faut un truc pour prendre les paiements et sortir les tickets, idealement sur une tablette android", alt, "pasteque", "-", "-"},
	{"nos moules-frites cartonnent cet ete, faut juste que je mette le menu a jour sur le site", none, "-", "-", "-"},
	{"Il y a un équivalent libre à Zenchef ? je suis à Rouen, 40 couverts", alt, "tastyigniter", "zenchef", "28"},
	{"on utilise Zoom pour les cours en hybride, la DSI nous demande de changer, vers quoi ?", alt, "jitsi-meet", "zoom", "-"},
	{"Nice tool this bot, thx for the tip on Mobilizon last week!", none, "-", "-", "-"},
	{"besoin d'un outil pour stocker et partager les mots de passe des réseaux sociaux entre les 5 personnes de la comm'", alt, "bitwarden", "-", "-"},
	// The vendor's support failing, an adviser, clients served, paying at pickup: nobody
	// sought, no payroll.
	{"depuis le passage à Windows 11 mon imprimante ne marche plus en réseau et l'assistance en ligne ne répond pas, quelqu'un a eu ça ?", none, "-", "-", "-"},
	{"Does anyone know if TownDesk 360 is open source? a consultant recommended it for our parish council", alt, "-", "-", "-"},
	{"un outil pour faire des devis et factures aux clients pros (médiathèques, CSE, écoles) ?", alt, "dolibarr", "-", "-"},
	{"je cherche un outil pour cataloguer nos 15 000 vinyles d'occasion (état de la pochette, pressage, prix)", alt, "tellico", "-", "-"},
	{"un outil pour optimiser l'ordre des visites de ma tournee (20 patients par jour) pour faire moins de km ? je suis IDEL en zone rurale", alt, "vroom", "-", "-"},
	// A brand of two capitalised words is no typo of a product.
	{"remplacer Ecolia Photobox par du libre, c'est possible ?", alt, "-", "-", "-"},
	{"Vous connaissez un logiciel qui remplace Teamvewer ? Il me bloque en 'usage commercial suspecté'", alt, "rustdesk", "teamviewer", "-"},
	// A kind asked in a headline, a lighter one too; a kind named before the product it
	// replaces; an account listed in brackets is no product to replace.
	{"système d'exploitation léger pour recycler 4 vieux portables donnés au jardin pour les ateliers numériques", alt, "", "-", "-"},
	{"un service de messagerie instantanée libre pour remplacer les DM insta avec les membres ?", alt, "signal", "-", "-"},
	{"on cherche un outil de sondage pour fixer la date de l'AG, autre chose que Doodle", alt, "framadate", "doodle", "-"},
	{"les mots de passe (banque, mail, helloasso) sont partagés entre 3 membres du bureau sur un post-it... comment faire proprement ?", alt, "bitwarden", "-", "-"},
	{"il nous faut un truc pour scanner les billets (QR code) a l'entree de la soirée, avec plusieurs telephones en meme temps", alt, "pretix", "-", "-"},
	// Embedding on one's site asks no integrator; a student firm is the asker's.
	{"un service de cartes en ligne pour integrer un plan du village sur notre site sans google maps", alt, "umap", "", "-"},
	{"Any libre alternative to DocuSign? the junior-entreprise needs clients to sign the conventions d'etude", alt, "", "docusign", "-"},
	// A trouble whose cause is asked, praise for a tool found: nothing sought.
	{"j'ai mis à jour la liste des avis en ligne mais le site affiche toujours l'ancienne version, vous savez pourquoi ?", none, "-", "-", "-"},
	{"ou stocker en ligne les dossiers de presse et les photos HD pour que les journalistes les telechargent ?", alt, "nextcloud", "-", "-"},
	{"Nice! c'est exactement l'outil de carte qu'il nous fallait pour les sentiers", none, "-", "-", "-"},
	{"qqn a ramené du calvados a la soirée de la fédé... bref, un outil libre pour faire la liste des courses partagée pour la prochaine ?", alt, "", "-", "-"},
	{"une structure qui forme a Matomo les chargés de com des offices de tourisme de Champagne ?", prov, "matomo", "-", "44"},
	// A product used for the job in passing beside "quoi de libre"; where not to post, a
	// "ni" after it; a setup listed in brackets; an account in brackets is no unknown product.
	{"je donne des cours de FLE par zoom depuis le covid, y a quoi de libre qui marche aussi bien pour des apprenants pas tres a l'aise avec l'ordi", alt, "jitsi-meet", "zoom", "-"},
	{"partager les photos de la sortie de fin d'annee avec les familles, pas sur facebook ni google photos", alt, "piwigo", "-", "-"},
	{"On voudrait un wiki pour centraliser les procédures (mise en place d'un DPS, check-list VPSP, numéros utiles)", alt, "bookstack", "-", "-"},
	{"un outil de gestion de mots de passe partagé pour les comptes du projet (plateforme Beneficiary Module, réseaux sociaux, boite mail) ? on est 4 coordinateurs", alt, "bitwarden", "-", "-"},
	{"un service pour raccourcir les liens qu'on met sur les flyers (lien vers le formulaire d'inscription, l'album photo...) sans bit.ly", alt, "yourls", "-", "-"},
	{"mon telephone Android est plein d'applis Google, y a moyen de le degooglisser pour l'usage astreinte ?", alt, "e-os", "-", "-"},
	{"bonjour, gestionnaire d'un centre sportif dans le 63, je cherche un logiciel pour gérer les locations de salles et terrains aux clubs", alt, "librebooking", "-", "84"},
	{"Salut, on veut un espace en ligne ou les commercants deposent leurs flyers, leurs logos et les photos pour le site, un genre de drive partage", alt, "nextcloud", "-", "-"},
	// A country, a turn taken over, a tutorial had, praise, homework help: nothing sought.
	{"c'est quoi la capitale de la Slovénie déjà ? on reçoit une délégation en mai et j'ai honte lol", none, "-", "-", "-"},
	{"il y a un gap dans le planning de samedi, quelqu'un peut prendre la garde de 8h a 20h ?", none, "-", "-", "-"},
	{"on part à la mer 15 jours en août, qui peut prendre mon tour d'arrosage ?", none, "-", "-", "-"},
	{"haha Siri a compris \"crémation\" au lieu de \"création\", j'ai eu droit à un tuto scrapbooking", none, "-", "-", "-"},
	{"that's a nice tool, my students loved the quiz yesterday", none, "-", "-", "-"},
	{"bon courage a tous pour la rentree, on reprend l'aide aux devoirs lundi", none, "-", "-", "-"},
	// An introduction, an invitation, a poll of the members, a cause guessed: nothing sought.
	{"Bonjour a tous, petite presentation : je viens d'arriver comme coordinatrice de l'atelier d'insertion, ravie de rejoindre le serveur !", none, "-", "-", "-"},
	{"anyone up for a game of Terraforming Mars online tonight? I'll open the table at 9pm", none, "-", "-", "-"},
	{"sondage rapide : vous etes plutot tabs ou spaces ? 😄", none, "-", "-", "-"},
	{"mon client est chez Orange et ses mails pro partent en spam chez tout le monde, c'est un pb de SPF a votre avis ?", none, "-", "-", "-"},
	{"ma collegue a eu une boite Orange qui rame depuis le debut, le technicien vient jeudi", none, "-", "-", "-"},
	{"Boussole tu fonctionnes comment exactement ? tu connais des gens qui installent des trucs dans toutes les villes ou juste certaines ?", help, "-", "-", "-"},
	// Users who would install it, the asker's other branches, a product's purpose: no provider.
	{"Our motorcycle school uses WhatsApp groups to talk to learners and parents. Any open source alternative that teenagers would actually install?", alt, "signal", "whatsapp", "-"},
	{"AnyDesk pour dépanner les postes des autres agences à distance, y a du libre ?", alt, "rustdesk", "anydesk", "-"},
	{"qqn a deja fait passer le permis boite auto a ses eleves ? ils hesitent tous avec le B78", none, "-", "-", "-"},
	// A product opening the message with its job, then left.
	{"doodle pour caler les examens blancs avec les eleves c'est plein de pubs maintenant, autre chose ?", alt, "framadate", "doodle", "-"},
}

func TestUnderstandPhrasings(t *testing.T) {
	kb := shippedKB(t)
	b := New(kb)
	if len(phrasings) < 200 {
		t.Errorf("only %d phrasings: the table must cover at least 200", len(phrasings))
	}
	for _, p := range phrasings {
		t.Run(p.q, func(t *testing.T) {
			u, r := b.Ask(p.q)
			if u.Intent != p.intent {
				t.Errorf("intent = %s, want %s (understood %+v)", u.Intent, p.intent, u)
			}
			switch p.tool {
			case "":
				if p.intent == alt && len(r.Tools) == 0 {
					t.Errorf("no tool recommended (understood %+v)", u)
				}
			case "-":
				if len(r.Tools) > 0 {
					t.Errorf("recommended %s, want nothing", r.Tools[0].ID)
				}
			default:
				if len(r.Tools) == 0 || r.Tools[0].ID != p.tool {
					got := "nothing"
					if len(r.Tools) > 0 {
						got = r.Tools[0].ID
					}
					t.Errorf("first tool = %s, want %s (understood %+v)", got, p.tool, u)
				}
			}
			switch p.product {
			case "":
			case "-":
				if len(r.Replaces) > 0 {
					t.Errorf("replaces %v, want nothing", r.Replaces)
				}
			default:
				if !slices.ContainsFunc(r.Replaces, func(rp Ref) bool { return rp.ID == p.product }) {
					t.Errorf("replaces %v, want %s", r.Replaces, p.product)
				}
			}
			switch p.region {
			case "":
			case "-":
				if !u.Place.IsZero() && p.intent != none {
					t.Errorf("place %q understood, want none", u.Place.Label)
				}
			default:
				if u.Place.Region != p.region {
					t.Errorf("region = %q (%s), want %s", u.Place.Region, u.Place.Label, p.region)
				}
			}
			if p.intent == none && (len(r.Tools) > 0 || len(r.Providers) > 0) {
				t.Errorf("small talk got a recommendation: %s", Text(r))
			}
		})
	}
}

func TestEnglishQuestionGetsEnglishReply(t *testing.T) {
	b := New(shippedKB(t))
	_, r := b.Ask("who can host Jitsi in Brittany?")
	if r.Lang != English || !strings.Contains(Text(r), "Providers") {
		t.Errorf("want an English reply, got %q", Text(r))
	}
	_, r = b.Ask("qui peut héberger Jitsi en Bretagne ?")
	if r.Lang != French || !strings.Contains(Text(r), "Prestataires") {
		t.Errorf("want a French reply, got %q", Text(r))
	}
}

// The kind asked leads within the region: an association for "une asso", not the
// company next door; without a kind, the nearest comes first.
func TestKindAskedLeadsTheProviders(t *testing.T) {
	b := New(shippedKB(t))
	tests := []struct{ q, kind string }{
		{"il y a une asso à Privas ?", "association"},
		{"y a un GULL pas loin de Privas ?", "association"},
		{"une entreprise à Privas pour Dolibarr ?", "company"},
		// No association names WordPress: the associations that host come first, said so.
		{"on cherche un hébergeur associatif pour notre site wordpress", "association"},
	}
	for _, tt := range tests {
		_, r := b.Ask(tt.q)
		if len(r.Providers) == 0 || r.Providers[0].Kind != tt.kind {
			t.Errorf("%q: providers %v, want a %s first", tt.q, r.Providers, tt.kind)
		}
	}
	if _, r := b.Ask("on cherche un hébergeur associatif pour notre site wordpress"); !strings.Contains(r.Text, "Aucune association connue ne mentionne WordPress") {
		t.Errorf("text %q does not say no association names WordPress", r.Text)
	}
	// A provider for a hosted service: who runs it for the public leads, wherever it is.
	if _, r := b.Ask("just moved to Bordeaux, any recommendations for a privacy-friendly email provider?"); len(r.Providers) == 0 || !slices.Contains(r.Providers[0].Tools, "Courriel") {
		t.Errorf("email provider: %v, want a mail host first", r.Providers)
	}
	// None of the kind where asked: said before the others.
	if _, r := b.Ask("a coop in Marseille that builds websites with free software?"); !strings.Contains(r.Text, "I know no cooperative here") {
		t.Errorf("text %q does not say there is no cooperative there", r.Text)
	}
}

// Thanks get a thank-you, and "are you a robot?" a straight answer, not the help text.
func TestSmallTalkGetsItsOwnAnswer(t *testing.T) {
	b := New(shippedKB(t))
	tests := []struct{ q, want, not string }{
		{"merci !", "Avec plaisir", ""},
		{"merci bcp pour les reponses, ca va bien nous aider", "Avec plaisir", ""},
		{"thanks, that helps", "You're welcome", ""},
		{"merci mais ça marche toujours pas", "", "Avec plaisir"},
		{"t'es un robot ou y a qqn derriere ? mdr", "pas une personne", ""},
		{"are you a bot?", "not a person", ""},
		{"t'es une IA qui fait quoi au juste", "", "pas une personne"},
	}
	for _, tt := range tests {
		u, r := b.Ask(tt.q)
		text := Text(r)
		if !strings.Contains(text, tt.want) || tt.not != "" && strings.Contains(text, tt.not) {
			t.Errorf("%q: intent %s, reply %q; want %q, not %q", tt.q, u.Intent, text, tt.want, tt.not)
		}
	}
}

// An English reader should not meet "hébergement" in the middle of an English answer.
func TestServicesSpeakTheRepliesLanguage(t *testing.T) {
	for _, s := range knowledge.Services {
		if _, ok := serviceEN[s]; !ok {
			t.Errorf("service %q has no English label", s)
		}
	}
	b := New(shippedKB(t))
	_, r := b.Ask("who can host Nextcloud in Normandy?")
	if txt := Text(r); !strings.Contains(txt, "hosting") || strings.Contains(txt, "hébergement") {
		t.Errorf("English reply should name services in English: %q", txt)
	}
	_, r = b.Ask("qui peut héberger Nextcloud en Normandie ?")
	if txt := Text(r); !strings.Contains(txt, "hébergement") {
		t.Errorf("French reply should name services in French: %q", txt)
	}
}

func TestUnknownProductSaysSo(t *testing.T) {
	b := New(shippedKB(t))
	for q, name := range map[string]string{
		"alternative à Blorptastic ?": "Blorptastic",
		// Asked about the name itself.
		"Un ami m'a conseillé ResidoMatic pour les factures, quelqu'un l'utilise ?":                                                                  "ResidoMatic",
		"Mon père est en EHPAD et l'établissement nous demande d'installer Vizzifam pour voir ses photos, c'est quoi ce truc, y a une alternative ?": "Vizzifam",
		// A help phrase does not make the asker's software the bot's.
		"est ce que ce bot peut me dire comment reinitialiser le mdp d'un lecteur dans notre logiciel Kalypso BiblioNet ?": "Kalypso BiblioNet",
		"on nous propose Kolvana CSE pour gérer la billetterie, vous connaissez ? il y a mieux en libre ?":                 "Kolvana CSE",
		"le club est sous Clubixo pour les licences et les cotisations, y a mieux en libre ?":                              "Clubixo",
		// "c'est quoi X" asks about the name, whatever need the rest describes.
		"c'est quoi JobFlowz ? un collègue dit que c'est mieux que notre logiciel de paie intérim, y a un équivalent libre ?": "JobFlowz",
		// Asked whether it is libre, with its version.
		"Bibliozor 3 c'est libre ou pas ? sinon quoi à la place": "Bibliozor 3",
		// Near a libre tool's name (Kolibri), but what is to be replaced is not libre.
		"Y a-t-il une alternative libre à Kolibrio pour les collectes de dons en ligne ?": "Kolibrio",
		// A name the members are asked whether they know.
		"MediPlanix, vous connaissez ? c'est le logiciel que la secrétaire veut acheter, il y a un équivalent libre ?": "MediPlanix",
		// A name of two words that becomes paid; a name introduced by "qui s'appelle".
		"Moviqo Coach devient payant à partir de janvier, on passe à quoi ?":                                         "Moviqo Coach",
		"J'ai découvert un logiciel qui s'appelle Memoraflow pour les diaporamas d'hommage, il y a mieux en libre ?": "Memoraflow",
		// A name glued by an apostrophe; a name asked after ("X on connaît ?"); a name one
		// letter from a product's, whose next word is no part of that product's name.
		"remplacer Vol'Tikit pour la billetterie des baptêmes, possible ?":                                          "Vol'Tikit",
		"PatriNuvo on connaît ? le réseau veut qu'on passe dessus pour les bilans patrimoniaux, c'est libre ou pas": "PatriNuvo",
		"tu as des infos sur Brokeo Flux ? un confrère l'utilise pour la gestion des commissions":                   "Brokeo Flux",
	} {
		_, r := b.Ask(q)
		if !strings.Contains(r.Title, "« "+name+" »") || !strings.Contains(r.Title, "ne connais pas") {
			t.Errorf("%q: title = %q, want an honest 'je ne connais pas « %s »'", q, r.Title, name)
		}
	}
}

// TestJudgedUnknownRecommendsNothing: a name whose worth is the question ("c'est bien ?"),
// that is only described ("c'est un logiciel de gestion de camping") or that the request
// points back at ("qui fait pareil") gets the honest "je ne connais pas" and no list
// guessed from what it is said to do.
func TestJudgedUnknownRecommendsNothing(t *testing.T) {
	b := New(shippedKB(t))
	for _, q := range []string{
		"Hello les parents ! Quelqu'un a testé l'appli KidoPlanner pour organiser le covoiturage de l'école ? C'est bien ?",
		"un pote m'a parle de ReservaLogis Cloud pour la facturation, c'est bien ou pas ?",
		"Vous connaissez CampoFlux ? c'est un logiciel de gestion de camping qu'on m'a vante au salon",
		// A request that points back at the name ("pareil", "similar", "à la place", "une
		// version libre") can only be answered by knowing it.
		"we use Kordavia for the shift planning, anything free that's similar?",
		"Le club de hand utilise SportEasy pour les convocs et les dispos des joueurs, mais c'est devenu payant. Il y a une appli libre qui fait pareil ?",
		"on utilise Tramoline Pro pour les plannings des bénévoles, y a du libre à la place ?",
		"est ce que AgriTrakr Pro est un bon logiciel pour le suivi des parcelles ? un commercial est passe nous le vendre",
		"Quelqu'un a des retours sur FamiliaSafe ? on me l'a conseillé comme contrôle parental pour le tel de ma fille de 11 ans",
		"Vous connaissez PitonCloud ? On nous l'a conseillé pour remplacer OneDrive, c'est libre ?",
		"Est-ce que KoliMail est une bonne alternative libre à Gmail ? On l'a vu sur un salon à Nouméa",
		"Tu connais DonnaTrack ? on nous l'a conseillé pour le suivi des dons mais je trouve rien dessus",
		"Do you know anything about ZenPlanr? I was told it's a French booking tool for therapists, is there a libre version?",
		"c'est quoi le mieux entre Brikklo et Cowrkly pour la facturation membres ?",
		"BIMora c'est une alternative open source à Revit ? vous l'avez dans votre base ?",
		// Two coined names weighed against each other: only knowing both can answer.
		"HoneyDashr ou BeeFolio, lequel vous conseillez pour le carnet de ruches ?",
		"Has anyone tried DispatchLoopr? our boss wants it for the taxi fleet, is there something libre instead",
		"ClimbLogr pour le suivi des voies ouvertes, vous connaissez un équivalent libre ?",
		// Asked whether it is advised; a product said only as where its ad was seen.
		"Brocantix ça marche bien pour les dépôts-ventes ? vous le conseillez ?",
		"c'est quoi ChineurPro ? j'ai vu une pub sur insta qui dit que ça gère les ventes de brocante",
		// Two names of which one has two words; a name whose first word is also a verb form.
		"Kalimbo Booking vs Ctoutvert, lequel est le plus libre ?",
		"c'est quoi l'equivalent libre de Dégaïna Cloud pour les registres d'EPI ?",
		// A name set apart as what is used.
		"C'est Crumbly qu'on utilise pour la gestion de la boutique, c'est un peu cher, un équivalent libre ?",
		// A vendor who asked is no firm sought.
		"Is Festilune open source? a vendor asked me to use it for sharing the event schedule",
		// A name advised, asked whether something better exists.
		"on nous a conseillé Caissepop pour la caisse, y a mieux en libre ?",
	} {
		_, r := b.Ask(q)
		if text := strings.ToLower(Text(r)); len(r.Tools) > 0 || !strings.Contains(text, "connais pas") && !strings.Contains(text, "don't know") {
			t.Errorf("%q: got %d tools and %q, want none and an honest 'je ne connais pas'", q, len(r.Tools), r.Title)
		}
	}
}

func TestUnknownToolOfAProviderRequestIsSaid(t *testing.T) {
	b := New(shippedKB(t))
	if _, r := b.Ask("prestataire Krontavix vers Orléans"); !strings.Contains(r.Text, "ne connais pas « Krontavix »") {
		t.Errorf("text = %q, want it to say the tool is unknown", r.Text)
	}
	if _, r := b.Ask("une SCOP Dupont et fils à Lyon pour nos serveurs"); strings.Contains(r.Text, "ne connais pas") {
		t.Errorf("a firm's name read as an unknown tool: %q", r.Text)
	}
}

func TestUnknownNeedSaysSo(t *testing.T) {
	b := New(shippedKB(t))
	_, r := b.Ask("une appli de tricot libre pour l'asso ?")
	if r.Title != "Je ne connais pas de logiciel libre pour « tricot »" || strings.Contains(r.Text, "nom exact du produit") {
		t.Errorf("title = %q, text = %q; want an honest 'je ne connais pas de logiciel libre pour « tricot »' that speaks of a need", r.Title, r.Text)
	}
	// The need wished before the software is asked for, cut at its "et" rather than mid-phrase.
	_, r = b.Ask("je suis prof de judo et je voudrais faire des ralentis et comparer deux projections côte à côte, il existe un logiciel libre ?")
	if r.Title != "Je ne connais pas de logiciel libre pour « faire des ralentis »" {
		t.Errorf("title = %q; want the need wished, « faire des ralentis »", r.Title)
	}
	// Libre software asked for in words too loose to quote: the need owned up to, no greeting.
	_, r = b.Ask("any free software harmonizer for practising at home? like a loop pedal but on the laptop")
	if r.Title != "I know no libre software for this need" || len(r.Suggestions) > 0 {
		t.Errorf("title = %q, suggestions = %v; want the honest 'I know no libre software for this need'", r.Title, r.Suggestions)
	}
	// "Looking for a tool to…" asks without a question mark.
	_, r = b.Ask("Looking for a tool to sell beer club memberships")
	if !strings.Contains(r.Title, "sell beer club memberships") {
		t.Errorf("title = %q; want the honest answer about « sell beer club memberships »", r.Title)
	}
}

func TestLongMessageIsAnswered(t *testing.T) {
	b := New(shippedKB(t))
	q := "alternative à Google Drive ? " + strings.Repeat("blabla ", 600)
	if len(q) < 4000 {
		t.Fatal("test message too short")
	}
	u, r := b.Ask(q)
	if u.Intent != IntentAlternative || len(r.Tools) == 0 || r.Tools[0].ID != "nextcloud" {
		t.Errorf("a 4,000-character message lost its question: %+v", u)
	}
}

func TestAlternativeTitleIsGoodFrench(t *testing.T) {
	b := New(shippedKB(t))
	for q, want := range map[string]string{
		"alternative aux GAFAM":   "Alternatives libres aux services des GAFAM",
		"alternative à Gmail":     "Alternatives libres à Gmail",
		"alternative à Microsoft": "Alternatives libres aux logiciels et services Microsoft",
	} {
		if _, r := b.Ask(q); r.Title != want {
			t.Errorf("%q: title %q, want %q", q, r.Title, want)
		}
	}
}

func TestWhatIsFreeSoftwareIsAnswered(t *testing.T) {
	b := New(shippedKB(t))
	for q, want := range map[string]string{"c'est quoi un logiciel libre ?": "quatre libertés", "what is free software?": "four freedoms"} {
		if _, r := b.Ask(q); !strings.Contains(r.Text, want) {
			t.Errorf("%q: %q, want the four freedoms", q, r.Text)
		}
	}
}

// TestMeaningTablesKeepEveryWord guards the tables written by meaning: a word listed under
// two meanings would silently keep only one of them.
func TestMeaningTablesKeepEveryWord(t *testing.T) {
	for name, tc := range map[string]struct {
		groups map[string][]string
		words  map[string]string
	}{"service": {serviceGroups, serviceWords}, "kind": {kindGroups, kindWords}} {
		n := 0
		for _, ws := range tc.groups {
			n += len(ws)
		}
		if n != len(tc.words) {
			t.Errorf("%s words: %d listed, %d kept: a word stands under two meanings", name, n, len(tc.words))
		}
	}
}

// TestNetworkMembersComeFirst: "un FAI associatif" asks for the FFDN's members, who alone
// provide internet access; a chaton for the CHATONS'.
func TestNetworkMembersComeFirst(t *testing.T) {
	kb := shippedKB(t)
	b := New(kb)
	for q, network := range map[string]string{
		"un FAI associatif à Grenoble ?":                     "FFDN",
		"c'est quoi un FAI associatif, y en a en Bretagne ?": "FFDN",
		"un chaton en Bretagne pour héberger nos mails ?":    "CHATONS",
	} {
		u, r := b.Ask(q)
		if u.Intent != IntentProviders || len(r.Providers) == 0 {
			t.Errorf("%q: intent %s, %d providers; want providers", q, u.Intent, len(r.Providers))
			continue
		}
		p, ok := kb.Provider(r.Providers[0].ID)
		if !ok || !slices.Contains(p.Networks, network) {
			t.Errorf("%q: first provider %s, want a member of %s", q, r.Providers[0].ID, network)
		}
	}
}

// A region then a town in it asks about the town; a town given up keeps the region.
func TestRegionNarrowedByTown(t *testing.T) {
	kb := shippedKB(t)
	for q, want := range map[string]string{
		"I'm in Brittany near Quimper, who could help me install Linux Mint?": "Quimper",
		"en Bretagne, vers Brest, qui installe Nextcloud ?":                   "Brest",
		"en Bretagne mais pas à Rennes, un presta Odoo ?":                     "",
	} {
		if got := Understand(kb, q).Place; got.City != want || got.Region != "53" {
			t.Errorf("%q: place %+v, want city %q in Bretagne", q, got, want)
		}
	}
}

// TestLikenedUnknownOwnedUp: a product the KB does not know, described by its use and asked
// for "something similar", gets tools for that use and the honest "je ne connais pas".
func TestLikenedUnknownOwnedUp(t *testing.T) {
	b := New(shippedKB(t))
	for _, q := range []string{
		// An unknown name beside a kind asked for on its own: the kind is answered, the
		// name owned up to.
		"On utilise Klarivox Map pour nos études d'impact, est-ce qu'il y a un SIG libre aussi complet ?",
		"bonjour l'APE a un abonnement Tiboudou Kermesse pour la billetterie, on voudrait du libre, des idées ?",
		"j'utilise Genealix depuis 2008, il plante. un logiciel libre pour faire mon arbre généalogique ?",
	} {
		_, r := b.Ask(q)
		text := strings.ToLower(Text(r))
		if len(r.Tools) == 0 || !strings.Contains(text, "connais pas") && !strings.Contains(text, "don't know") {
			t.Errorf("%q: want tools and the honest \"I don't know\", got %d tools and %q", q, len(r.Tools), text)
		}
	}
}

// TestEverydaySenseRecommendsNoOddTool checks that words with a software sense, read in
// their everyday one, bring no tool of that sense: baby bottles are no Bottles, a paper
// notebook no Jupyter, a boat's safety no antivirus, a ride no web browser, Google avoided
// no search engine.
func TestEverydaySenseRecommendsNoOddTool(t *testing.T) {
	b := New(shippedKB(t))
	tests := []struct{ q, odd string }{
		{"un outil libre pour mesurer les surfaces de gazon a partir d'une vue aerienne, pour chiffrer sans se deplacer ?", "cryptomator"},
		{"un logiciel libre pour empiler les photos de nébuleuses prises au télescope ? DeepSkyStacker marche mal chez nous sous Linux", "deepskystacker"},
		{"Le plan de repas que j'ai envoyé à Margaux est en PDF et elle n'arrive pas à l'ouvrir sur son téléphone, quelle appli libre lui conseiller ?", "organic-maps"},
		{"Logiciel pour faire des cartes de membres avec gros caractères et braille ? on imprime au club", "qgis"},
		{"on a perdu la trace des cannes et des skis pretes aux gamins, un outil libre pour l'inventaire du local materiel ?", "opentracks"},
		{"notre site est sur Wix et on paye chaque annee juste pour enlever la pub... une solution libre pour refaire le site du club ?", "ublock-origin"},
		{"je voudrais scanner mes sculptures en 3D juste avec des photos prises au téléphone, c'est faisable avec du libre ?", "naps2"},
		{"je voudrais imprimer des cartes recto-verso (image d'un côté, mot de l'autre) pour des jeux de memory, quel logiciel libre ?", "qgis"},
		{"un formulaire securisé pour recevoir les photos de jardin des prospects avant de chiffrer ?", "cryptomator"},
		{"un outil pour gerer les contrats d'entretien annuels (tontes, taille) et facturer automatiquement chaque mois ?", "orangehrm"},
		{"et pour faire un rendu realiste avec les arbres et la lumiere du soir, pour montrer au client avant de signer ?", "docuseal"},
		{"any open source tool to keep a daily log per child (naps, bottles, nappies) that parents can read?", "bottles"},
		{"Is there a libre app to log our dives and boat trips like a logbook? paper notebooks get wet lol", "jupyterlab"},
		{"un logiciel libre pour tenir le registre de sortie des bateaux (qui part, a quelle heure, retour) ? c'est pour la securite", "clamav"},
		{"on doit tenir un cahier de sécurité pour la DDTM (incidents, blessés) : un outil libre et fiable ?", "clamav"},
		{"une appli libre pour naviguer à vélo hors ligne pour des clients étrangers qui louent chez nous ?", "firefox"},
		{"how can we track our cargo bike couriers in real time without using Google? something self-hosted ideally", "searxng"},
		{"on veut une appli libre pour les plaisanciers : horaires de marées, météo, c'est faisable sans Google ?", "searxng"},
		{"Est-ce que quelqu'un en Corse peut installer un site de vente en ligne pour de l'huile d'olive et du miel du maquis ?", "olive"},
		{"on voudrait jouer a la belote et au tarot en ligne entre adherents du club quand il fait trop froid pour sortir. un jeu libre ?", "paheko"},
		{"Hello, is there a free/libre way to collect recordings of Corsican speakers reading sentences, so we can build a speech dataset later?", "postiz"},
		{"un outil libre pour faire de la revue de littérature systématique (tri des abstracts, double aveugle...)", "nvda"},
		{"logiciel libre pour la gestion du cadastre et des demandes d'urbanisme (CU, DP, PC) dans une petite commune ?", "debian"},
		{"une caisse qui continue de marcher quand internet coupe (ça arrive souvent dans notre rue), en libre ?", "continue"},
		{"click & collect pour la librairie : le client réserve sur le site et paie au retrait, c'est gérable avec du libre ?", "frappe-hr"},
		{"on est 3 soeurs a gerer notre pere atteint d'Alzheimer, il nous faudrait un endroit pour noter les rdv, les traitements, les courses", "farmos"},
		{"Need a mobile app for our student association members to get push notifications about events, open source ideally", "debian"},
		{"on doit enregistrer une emission en direct avec 3 micros et un invité au telephone, quoi comme logiciel libre pour la diffusion ?", "debian"},
		{"We use Notion for our warehouse SOPs and onboarding docs, what's a good open source swap?", "sops"},
		{"haha Siri a compris \"crémation\" au lieu de \"création\", j'ai eu droit à un tuto scrapbooking", "siril"},
		{"il nous faut un truc pour scanner les billets (QR code) a l'entree de la soirée", "naps2"},
		{"need a free, self-hostable way to send SMS or push alerts to our sea rescue crew when the pager goes off, as a backup", "borgbackup"},
		{"comment garder l'historique des montres reparees avec photos avant/apres, numeros de calibre, pieces changees ? un outil pas cher", "calibre"},
		{"on cherche un outil pour suivre les recyclages PSC1 / PSE1 de nos secouristes, savoir qui doit refaire sa formation continue avant quelle date", "continue"},
		{"un logiciel pour organiser la bibliothèque de photos de 20 ans de jumelage sur l'ordi du comité, avec les visages et les dates", "koha"},
		{"Ma box Orange redémarre sans arrêt à l'accueil de la salle, du coup les badges ne passent plus, c'est pénible", "pretix"},
		{"We need a way to share big audio files (listening exercises) with learners without emailing 40 MB attachments", "audacity"},
		{"prendre des notes manuscrites sur tablette pendant le cours particulier et les envoyer en pdf apres", "stirling-pdf"},
		{"Looking for a libre time tracker where clients can see the hours we bill them", "libretime"},
		{"un outil pour envoyer des rappels de rdv par SMS aux personnes suivies ? beaucoup ratent leur convocation au SPIP parce qu'ils oublient", "spip"},
		{"le port 22 est ouvert sur tous nos serveurs clients, un outil libre pour scanner et auditer tout ca ?", "naps2"},
	}
	for _, tc := range tests {
		_, r := b.Ask(tc.q)
		if slices.ContainsFunc(r.Tools, func(x ToolItem) bool { return x.ID == tc.odd }) {
			t.Errorf("%q: recommends %s", tc.q, tc.odd)
		}
	}
}

// TestUnknownNameAskedOfMembersIsOwnedUp: a name nobody knows, asked about to the members,
// gets an honest "je ne connais pas" rather than the generic greeting.
func TestUnknownNameAskedOfMembersIsOwnedUp(t *testing.T) {
	b := New(shippedKB(t))
	for _, q := range []string{"qqn a testé Bambinox pour la facturation des familles ?", "Parapentix v3 vous connaissez ? on me dit que c'est le top",
		// A name whose job is described is still the thing asked about.
		"Sylvadex Cloud est-il libre ? on nous le vend pour l'inventaire des arbres d'alignement d'une commune",
		"Do you know Kwiklingo? My friend say it is good to translate documents",
		"le CROUS nous fait utiliser ResiLink pour signaler les pannes, vous connaissez une version libre ?",
		"Est ce que DronaVault s'installe sur Linux ? on m'a dit que c'etait pas cher pour gerer une flotte de drones"} {
		_, r := b.Ask(q)
		if len(r.Tools) > 0 || !strings.Contains(Text(r), "Je ne connais pas") && !strings.Contains(Text(r), "I don't know") {
			t.Errorf("%q: tools %v, text %q; want an honest 'je ne connais pas'", q, r.Tools, Text(r))
		}
	}
}
