// SPDX-License-Identifier: AGPL-3.0-or-later

package bot

import (
	"slices"
	"strings"
)

// Word lists for understanding questions. All entries are folded (lower case, no accents,
// apostrophes as spaces), as textnorm produces them.

// helpWords ask what the bot can do.
var helpWords = wordSet("aide", "aider", "help", "commandes", "commande", "usage", "manuel", "tuto", "tutoriel")

var helpPhrases = phraseList(
	// The bot asked about by its name: "que peut faire Boussole ?".
	"que peut faire boussole", "que fait boussole", "c est quoi boussole", "boussole c est quoi", "boussole sert a quoi", "a quoi sert boussole",
	"que sait faire boussole", "boussole tu peux chercher", "boussole tu sais chercher", "boussole tu peux trouver",
	"what can boussole do", "what does boussole do", "what is boussole",
	// What may be asked of it: "quels types de questions je peux te poser ?".
	"types de questions", "type de questions", "genre de questions", "questions je peux te poser", "questions on peut te poser",
	"questions je peux vous poser", "kind of questions can i ask", "questions can i ask you",
	"tu fonctionnes comment", "comment tu fonctionnes", "vous fonctionnez comment", "comment vous fonctionnez", "how do you work",
	"tu donnes juste", "vous donnez juste", "tu donnes que", "tu fais juste", // "…ou tu donnes juste des noms ?"
	"comment je t utilise", "comment on t utilise", "comment je vous utilise", "how do i use you",
	"avec toi", "exemples de questions", "exemple de question", "exemples de question", "des exemples",
	"t es un robot", "tu es un robot", "es tu un robot", "t es un bot", "tu es un bot", "are you a bot",
	"are you a robot", "te demander quoi", "je peux te demander", "on peut te demander", "peut on te demander",
	"ca marche ce chat", "ca marche ce bot", "what are you exactly", "what are you for", "what are you anyway", "a real person or a bot", "are you human", "are you a real person", "une vraie personne",
	// "comment je vous pose une question, j'écris ici ?": how to use the bot.
	"comment je vous pose une question", "comment vous poser une question", "comment poser une question", "j ecris ici",
	"comment on vous pose", "how do i ask you", "how do i ask a question", "where do i type",
	"comment on fait pour te demander", "comment te demander", "faut mettre le code postal", "how do i ask you for",
	"what kind of questions", "what questions can you", "what can you answer", "quel genre de questions",
	"je tape juste", "comment je fais pour te demander", "comment on s en sert", "comment je m en sers",
	// What the bot does: "tu peux trouver des gens près de chez moi ou tu fais que les logiciels ?".
	"tu fais que les", "tu ne fais que", "tu fais aussi les", "tu peux trouver des gens", "tu trouves aussi des",
	"do you only do", "can you also find", "do you also find", "tu peux aussi trouver des gens", "t es juste la pour", "juste la pour les logiciels",
	"what sources do you", "where do your recommendations", "tes sources", "vos sources", "quelles sources",
	"how do you choose", "comment tu choisis", "comment choisis tu",
	"comment faut te demander", "comment il faut te demander", "je mets ma ville", "je mets mon code postal", "c est quoi ce bot", "c quoi ce bot", "quoi exactement ce bot", "c est quoi exactement boussole", "quoi exactement boussole", "vous etes une entreprise", "tu es une entreprise", "t es une entreprise", "installer les logiciels vous meme", "what is this bot", "qui a fait ce bot", "qui t a fait", "qui t a cree",
	"who made you", "who built you",
	// The bot addressed as such: "sa sert a quoi ce bot ?", "le bot marche aussi en message privé ?".
	"sert a quoi ce bot", "a quoi sert ce bot", "sur ce bot je peux", "sur ce bot on peut", "rien a ce bot", "ce bot peut", "ce bot marche",
	"le bot marche", "le bot fonctionne", "un bot qui fait quoi", "t es quoi", "tu es quoi", "ton role", "entre toi et",
	"je peux vous poser des questions", "je peux te poser des questions", "on peut te poser des questions",
	"ca marche aussi en", "tu parles breton", "tu sais parler", "what does this bot", "does this bot", "can this bot", "does the bot",
	"repondre en anglais", "reponds en anglais", "repond aussi en anglais", "repond en anglais", "tu parles anglais", "ajoute boussole", "ajouter boussole",
	"ajouter le bot", "ajoute le bot", "installer le bot", "add the bot", "ce bot choisit", "le bot choisit", "bot choisit les", "parler anglais", "ecrire en anglais", "possible de te demander",
	"te demander en anglais", "te demander des alternatives en anglais",
	"you speak english", "reply in english", "answer in english", "you speak french", "reply in french", "answer in french",
	"repondre en francais", "tu parles francais",
	"tu sais faire quoi", "tu peux faire quoi", "comment on t utilise", "comment je t utilise", "comment je dois te poser", "comment je te pose",
	"comment on te pose", "comment je dois te demander",
	"comment t utilise t on", "how does this work", "how does it work", "how do you work",
	"je comprends pas", "je ne comprends pas", "comment te poser", "comment ca fonctionne",
	"c est quoi boussole", "c quoi boussole", "qu est ce que boussole", "what is boussole", "what do you do",
	"comment ca marche", "comment tu marches", "comment t utiliser", "comment utiliser boussole",
	"tu sers a quoi", "a quoi vous servez", "vous servez a quoi", "a quoi tu sers", "tu fais quoi", "que sais tu faire", "qu est ce que tu sais faire",
	"que peux tu faire", "what can you do", "how does it work", "how do i use", "mode d emploi",
	"qui es tu", "t es qui", "who are you",
	"boussole c quoi", "boussole c est quoi", "c quoi boussole", "te poser mes questions", "te poser des questions",
	"faut des mots cles", "ce que fait le bot", "ce que fait ce bot", "ce que fait boussole", "comment je te pose", "comment te poser une question", "je mets juste le nom", "comment on te pose", "how do i ask you",
	"what can you actually do", "what do you actually do", "what can this bot do", "what else can you do",
	"comment fonctionne ce service", "comment fonctionne ce bot", "on peut vous demander", "peut on vous demander", "vous demander quoi",
	"vous conseillez aussi", "tu conseilles aussi", "seulement sur les logiciels", "only software", "just software",
	// Asking about the bot in the third person: "comment on pose une question au bot ?".
	"vous savez faire", "savez vous faire", "que savez vous faire", "what does this bot do", "what does the bot do", "what does it do exactly", "utilise ce bot", "utiliser ce bot", "utilise ce robot", "utiliser ce robot", "use this bot", "je dois ecrire quoi", "faut ecrire quoi",
	"je dois taper quoi", "faut taper quoi", "what do i type", "what should i type",
	"question au bot", "questions au bot", "demander au bot", "parler au bot", "mentionner le bot", "ask the bot", "questions can i ask",
	"question can i ask", "talk to the bot", "use the bot", "utiliser le bot", "utilise le bot", "only about software",
	"te parler", "ce que tu proposes", "tu proposes quoi", "ce que tu fais", "ce que tu peux faire",
	"t es une ia", "tu es une ia", "es tu une ia", "une ia qui fait quoi", "this bot work", "does this bot", "this bot do", "ce bot fait quoi", "ce bot sert",
	"how do you help", "what do you offer", "quelles questions", "je peux poser", "on peut poser",
	"questions possibles", "what can i ask", "what should i ask", "what questions",
	"c quoi ce bot", "c est quoi ce bot", "c quoi ce robot", "t fais quoi", "tu fais quoi exactement",
	"how do i ask you", "how can i ask you", "how do i ask", "ou juste des logiciels", "que des logiciels",
	"aussi des prestataires", "aussi des entreprises", "tu connais que le libre", "tu conseilles aussi",
	"des trucs payants", "du payant", "what is this bot", "this bot for", "can this bot", "this bot actually", "what is this for", "toi le bot", "c est bien toi le", "tu peux aussi trouver des presta",
	"tu peux trouver des presta", "tu trouves aussi des presta", "can you also find",
	"comment je te demande", "comment te demander", "comment on te demande", "je dois mettre ma ville", "mettre ma ville ou",
	"mettre mon code postal", "how should i ask",
	"tu reponds aussi en", "tu reponds en anglais", "tu parles anglais", "tu parles aussi anglais", "tu comprends l anglais",
	"do you speak", "do you answer in", "can you answer in", "ou seulement des noms", "seulement des noms de logiciels",
	"que des noms de logiciels", "tu peux me donner des adresses",
	"formuler ma question", "formuler mes questions", "comment formuler", "how should i phrase", "how do i phrase",
	"qui te maintient", "qui t a fait", "qui t a cree",
	"qui te developpe", "qui t a developpe", "who made you", "who maintains you", "who built you",
	"que je pose ma question", "pose ma question", "poser ma question", "pour que vous me compreniez", "pour que tu me comprennes",
	"gratuit votre service", "gratuit ton service", "c qui derriere", "qui est derriere", "c est qui derriere", "who is behind",
	"who runs this", "qui a fait ce bot", "qui a cree ce bot", "tu es qui", "t es qui", "ecrire ma question", "comment je dois ecrire",
	"what exactly can you do", "what can you do exactly", "do you speak english", "only french", "seulement en francais",
	"t a fabrique", "t a programme", "t a code", "tes infos", "tes informations", "vos infos", "vos informations",
	"where do you get your", "where does your info", "where does your data", "your data come from",
	"formuler ma demande", "formuler une demande", "formuler la demande", "dois formuler", "rediger ma demande",
	"phrase my request", "word my question",
	// What the bot keeps and where it runs: "tu stockes nos messages ?", "qui t'héberge ?".
	"tu stockes", "tu conserves", "tu gardes ce", "tu gardes nos", "tu gardes mes", "tu enregistres", "vous stockez", "vous conservez",
	"qui t heberge", "ou es tu heberge", "t es heberge ou", "ce qu on t ecrit", "ce que je t ecris", "do you store", "do you keep",
	"do you log", "do you record", "who hosts you", "where are you hosted",
	// How far its knowledge reaches: "do you only know French orgs or worldwide too?".
	"do you only know", "you only know", "tu connais que", "tu ne connais que", "seulement la france", "only france", "only in france",
	"formule ma demande", "formule ma question", "formuler ma recherche",
	"c est quoi ce robot", "ce robot sert a quoi", "ce robot il sert", "boussole il sert", "boussole sert a quoi",
	"gratuit de vous poser", "gratuit de te poser", "vous gardez ce que", "tu gardes ce que", "are you some kind of",
	"are you chatgpt", "are you an ai", "are you a chatgpt", "tu vends des logiciels", "vous vendez des logiciels",
	"c est gratuit ton truc", "gratuit ton truc", "c est payant ton truc", "comment tu fonctionnes", "ce que tu sais faire",
	"m expliquer comment tu", "how you work", "how am i supposed to ask", "supposed to ask you", "ask you something",
	"tu peux aussi trouver des entreprises", "tu trouves aussi des entreprises", "ou seulement des logiciels", "ou juste des logiciels",
)

// providerWords name an organisation that can do the work.
var providerWords = wordSet(
	"prestataire", "prestataires", "presta", "prestas", "boite", "boites", "entreprise", "entreprises", "organisme", "organismes", "orgas",
	"societe", "societes", "enl", "ssll", "ssii", "esn", "integrateur", "integrateurs", "integratrice",
	"hebergeur", "hebergeurs", "hoster", "hosters", "provider", "providers", "company", "companies", "firm", "firms", "integrator", "integrators",
	"agence", "agences", "cooperative", "cooperatives", "scop", "scic", "chatons", "chaton",
	"freelance", "freelances", "webmaster", "webmasters", "independant", "consultant", "consultants", "expert", "experts",
	"professionnels", "pros", "infogereur", "vendor", "vendors", "partenaire",
	"partenaires", "contractor", "contractors", "installateur", "specialiste", "specialistes",
	"professionals", "structure", "structures", "depanneur", "consultancy", "consultancies", "consulting",
	"depanneurs", "reparateur", "reparateurs", "technicien", "techniciens", "informaticien", "informaticiens",
	"developpeur", "developpeurs", "developpeuse", "developpeuses", "developer", "developers", "agency", "agencies",
	"formateur", "formateurs", "formatrice", "formatrices", "trainer", "trainers", "technician", "technicians", "partner",
)

// askerPhrases ask "who": they ask for a provider only with a service verb ("qui peut
// installer Nextcloud", "quelqu'un pour héberger Jitsi") — "quelqu'un a testé le nouveau
// resto ?" asks for no one, "quelqu'un sait faire un graphique sur Excel ?" for no provider.
// peoplePhrases ask whether some people do something: with a place and a name, they ask
// for providers ("en Martinique y a des gens qui font du logiciel libre ?").
var peoplePhrases = phraseList("des gens qui", "des personnes qui", "une personne qui", "des structures qui",
	"des assos qui", "des associations qui", "une asso qui", "une association qui", "anyone", "anybody", "people who", "someone who", "quelqu un", "qqun", "qqn", "quelquun",
	"qq1", "someone", "somebody", "y a personne", "personne pour", "des gens en", "des gens dans", "des gens a", "des gens sur",
	"des gens pres", "des gens vers", "des gens pour",
	// A user group or a repair café sought somewhere: "y a un club linux en Auvergne ?".
	"un club linux", "un gull", "un lug", "une install party", "un repair cafe", "une asso linux", "a linux user group",
	"des clubs linux", "des gull", "des install party", "des install parties", "des repair cafes", "des repair cafe",
	"a local group", "local groups", "a local shop", "a repair cafe", "repair cafes")

var askerPhrases = phraseList(
	"qui peut", "qui pourrait", "qui sait", "quelqu un", "quelqu un qui", "qui fait", "qui font", "qui pour",
	"who can", "who could", "someone", "somebody", "anyone who", "qqn", "qqun", "quelquun", "qq1", "an moun",
	"qui accompagnent", "qui accompagne", "qui maitrise", "qui maitrisent", "qui connait", "qui connaissent",
)

// helperVerbs ask someone to do the work only after a "who" phrase: "qui pourrait gérer
// notre informatique", "que qqn me monte un serveur" — alone, "gérer les adhérents" is a
// need.
var helperVerbs = wordSet("gerer", "gere", "monte", "monter", "montent", "accompagnent", "accompagne",
	"depanner", "depanne", "configurer", "configure", "administrer", "maintient", "maintiennent", "installent",
	"hebergent", "forment", "aider", "aide", "aident", "set", "repare", "reparent", "reparer",
	"intervient", "interviennent", "help", "assist", "montrer", "montrent")

// knowerPhrases ask for someone who knows a named tool well: "quelqu'un qui connaît bien
// Wekan", "qui maîtrise Odoo" — but "qqun connaît un truc pour remplacer Excel ?" asks
// for a tool.
var knowerPhrases = phraseList("connait bien", "connaissent bien", "connaitrait bien", "connais bien",
	"maitrise", "maitrisent", "maitriserait", "knows", "know well", "expert en", "experte en", "cale en", "cale sur")

// doerPhrases ask who does something: with a tool named they ask for a provider too ("qui
// fait du Nextcloud à Lyon ?").
var doerPhrases = phraseList("qui peut", "qui pourrait", "qui pour", "qui fait", "qui font", "who can", "who could",
	"qui forme", "qui installe", "qui heberge", "qui accompagne", "who trains", "who hosts")

var providerPhrases = phraseList(
	// "et qui pourrait nous le faire pour pas trop cher ?", "on voudrait être accompagnés".
	"qui pourrait nous le faire", "qui peut nous le faire", "qui pourrait le faire", "qui peut le faire", "qui nous le ferait",
	// "looking for an organisation in Hauts-de-France that could set up Mobilizon"
	"an organisation that", "an organisation in", "an organization that", "an organization in", "any organisation", "any organization",
	"une organisation qui", "un organisme qui",
	// "société de services en logiciel libre dans le 31 pour installer BigBlueButton ?"
	"societe de services", "societes de services", "entreprise de services", "entreprises de services",
	"etre accompagnes", "etre accompagne", "etre accompagnee", "etre accompagnees", "qu on m accompagne", "qu on nous accompagne",
	"an it person", "a local it person", "tech person", "local it", "it support person", "local tech", "tech who knows", "a tech who",
	"person around", "person near", "network person", "i ll pay", "je paierai", "can i get a refurbished", "refurbished laptop",
	"refurbished computer", "ordinateur reconditionne", "pc reconditionne", "where can i buy",
	"pas loin de", "not far from", "aider sur place", "help on site", "help in person", "near me", "pres de chez moi", "around here", "near here", "nearby", "par ici", "pas loin d ici",
	"dans ma region", "dans mon coin", "dans le coin", "a cote de chez moi", "autour de moi",
	"any organisation", "an organisation that", "une organisation qui", "any organization", "an organization that",
	"faire installer", "qu on m installe", "qu on me l installe", "qu on nous installe", "qu on m aide a installer", "un dev", "une dev", "des devs pour", "des devs qui", "cherche des devs", "d un dev", "vient sur place", "viennent sur place", "venir sur place", "qui se deplace sur", "qui se deplace chez", "qui se deplace a domicile",
	"qui se deplace dans", "qui se deplacent", "se deplacer sur place", "se deplacer chez", "pouvoir se deplacer", "intervenir sur place", "me faire accompagner", "se faire accompagner",
	"need help in", "help to set up", "help us set up", "help me set up", "someone to set up",
	"une adresse pour", "une bonne adresse", "des adresses pour", "besoin d aide pour", "besoin d aide sur", "besoin d aide avec", "un coup de main sur", "help me install", "help us install",
	// "local" alone qualifies anything ("producteurs locaux"); these ask for someone nearby.
	"acteurs locaux", "acteur local", "de local", "someone local", "local company", "local companies",
	"local firm", "local business", "structures locales", "structure locale",
	// Groups where people learn and help each other: "un club Linux en Auvergne ?".
	"user group", "user groups", "users group", "is there a group that", "is there a group who", "is there a group in", "is there a group near", "is there a group around", "any group that", "any group who", "a local group", "un groupe local",
	"y a un groupe qui", "a group that puts", "a group that installs", "a group that helps", "a group that repairs", "a group that refurbishes",
	"un groupe qui installe", "un groupe qui aide", "un groupe qui repare", "groupe d utilisateurs", "groupes d utilisateurs",
	"club linux", "clubs linux", "club informatique", "clubs informatiques", "club d informatique", "computer club",
	"any install party", "any linux install party", "an install party", "une install party", "install parties near", "computer shop", "computer repair shop", "repair shop", "it shop", "it shops", "computer store", "pc shop", "libre friendly", "boutique informatique",
	"magasin d informatique", "local organisation", "local organization", "organisation that can", "organization that can", "someone nearby", "anyone nearby", "somebody nearby", "web agency", "an agency", "une recyclerie qui", "une ressourcerie qui", "recyclerie informatique", "un pro pour", "un pro qui", "des pros pour", "un professionnel pour", "une professionnelle pour",
	"ateliers pour apprendre", "atelier pour apprendre", "un atelier d initiation", "des ateliers d initiation",
)

// serviceWords map verbs and nouns to the fixed service vocabulary.
var serviceWords = byMeaning(serviceGroups)

// serviceGroups are the service words by service.
var serviceGroups = map[string][]string{
	"intégration": {"installer", "installe", "installation", "install", "deployer", "deploiement", "deploy",
		"integrer", "integration", "migrer", "migration", "migrate", "setup", "configurer", "parametrer"},
	"": {"mettre"}, // a service word of no service of its own: "mettre en place"
	"hébergement": {"heberger", "heberge", "hebergement", "host", "hosting", "hosted", "hebergeur",
		"hebergeurs"},
	"infogérance":   {"infogerance", "infogerer", "maintenir", "maintenance", "maintain", "manage", "managed"},
	"support":       {"support", "assistance", "depannage", "depanner"},
	"formation":     {"formation", "former", "formations", "training", "train", "formateur", "teaches", "teach"},
	"développement": {"developper", "developpement", "develop", "development", "developpeur"},
	"conseil":       {"conseil", "audit", "consulting", "auditer", "auditent", "accompagner", "accompagnement"},
}

// serviceVerbs ask for someone to do the work; the nouns ("le support", "une formation")
// may just describe the asker's team or need.
var serviceVerbs = wordSet("installer", "installe", "install", "deployer", "deploy", "integrer",
	"migrer", "migrate", "migrating", "installing", "deploying", "heberger", "heberge", "host", "infogerer", "maintenir", "maintain",
	"depanner", "former", "train", "teach", "teaches", "developper", "develop", "accompagner", "setup", "auditer", "configurer", "parametrer",
	// "qui maintient des instances Mobilizon ?", "des gens qui installent…"
	"maintient", "maintiennent", "installent", "hebergent", "forment", "accompagnent", "deploient", "depannent", "configurent",
	"installs", "maintains", "deploys", "migrates") // "who installs Nextcloud in the Caen area?"

// setupPhrases ask for something to be set up, as a service verb does: "qqun pour mettre en
// place un serveur mail".
var setupPhrases = phraseList("mettre en place", "mette en place", "mise en place")

// ownSetupPhrases say the set-up is the asker's aim: "pour mettre en place un wiki".
var ownSetupPhrases = phraseList("pour mettre en place", "afin de mettre en place", "pour la mise en place", "comment mettre en place",
	"comment on met en place", "how to set up", "how do we set up", "how do i set up",
	"veut mettre en place", "voudrait mettre en place", "voudrais mettre en place", "souhaite mettre en place",
	"aimerait mettre en place", "voulons mettre en place", "veux mettre en place", "cherche a mettre en place", "cherchons a mettre en place",
	// "pas trop compliqué à mettre en place": how easy the software is to set up.
	"complique a mettre en place", "compliquee a mettre en place", "simple a mettre en place", "facile a mettre en place",
	"difficile a mettre en place", "long a mettre en place", "rapide a mettre en place",
	"devons mettre en place", "doit mettre en place", "dois mettre en place", "devez mettre en place", "avons a mettre en place",
	"devrions mettre en place", "que je mette en place", "qu on mette en place", "que nous mettions en place", "je dois mettre en place",
	"faut que je mette en place", "je vais mettre en place", "on va mettre en place")

// kindWords say which kind of organisation the asker prefers.
var kindWords = byMeaning(kindGroups)

// kindGroups are the kind words by kind.
var kindGroups = map[string][]string{
	"association": {"associatif", "associative", "associatifs", "association", "associations", "asso",
		"assos", "chatons", "chaton", "nonprofit", "gull", "gulls", "lug", "lugs", "glug", "fablab", "fablabs",
		"hackerspace", "hackerspaces", "hacklab", "repair"},
	"cooperative": {"cooperative", "cooperatives", "scop", "scic", "coop"},
	"company":     {"entreprise", "societe", "ssll", "esn", "company"},
}

// networks name a collective whose members are sought, never the asker: "les CHATONS en
// Bretagne".
var networks = wordSet("chatons", "chaton")

// trades are service words that name a person: said of oneself, they ask for nothing ("je
// suis développeur").
var trades = wordSet("developpeur", "formateur")

// possessives mark the asker's own organisation ("ma boîte", "notre entreprise").
var possessives = wordSet("ma", "mon", "mes", "notre", "nos", "votre", "vos", "my", "our")

// fillerWords may surround a bare product name without making it a statement: "Dropbox ?",
// "et google drive", "merci, slack".
var fillerWords = wordSet("le", "la", "les", "l", "un", "une", "des", "de", "du", "d", "et", "ou",
	"svp", "stp", "merci", "please", "bonjour", "salut", "hello", "hi", "hey", "the", "a", "an",
	"and", "or", "for", "pour", "quoi", "what", "about", "alors", "et", "pour", "ca")

// alternativeWords ask for a libre tool.
var alternativeWords = wordSet(
	"alternative", "alternatives", "alternatif", "alternatifs", "alternativ", "remplacer", "remplace",
	"remplacant", "remplacement", "equivalent", "equivalents", "equivalente", "substitut", "instead",
	"replace", "replacement", "replacing", "substitute", "similar", "quitter", "libre", "libres",
	"opensource", "foss", "floss", "logiciel", "logiciels", "outil", "outils", "appli",
	"applis", "application", "applications", "app", "apps", "solution", "solutions", "tool", "tools",
	"software", "programme", "programmes", "recommande", "recommandes", "recommander", "conseilles",
	"conseiller", "cherche", "recherche", "chercher", "besoin", "need", "needs", "looking", "recommend", "thing",
	"suggest", "suggestion", "utiliser", "use", "plateforme", "platform", "service", "services",
	"like", "comme", "passer", "remplacant", "ethique", "souverain", "souveraine",
	"self", "hosted", "autoheberge", "autoheberger", "hebergeable", "autohebergeable", "gratuit", "free", "open", "source",
	"truc", "trucs", "machin", "chose", "quelque", "gestionnaire", "logiciels",
	// leaving a product: "on voudrait arrêter Zoom", "ditch Slack"
	"arreter", "arrete", "abandonner", "lacher", "debarrasser", "ditch", "quit", "leave", "leaving", "eviter", "avoid",
	// wanting: "je voudrais créer un site", "il nous faut un outil de tickets"
	"veux", "veut", "voulons", "voudrais", "voudrait", "voudrions", "aimerais", "aimerait", "souhaite", "souhaitons", "faut",
	"jveux", "jvoudrais", "jcherche", "chui", "want", "wants", "faudrait", "faudra",
	"cherchons", "cherchez", "conseillez", "recommandez", "proposez", "utilisez", "suggerez", "switch",
)

var alternativeCuePhrases = [][]string{
	{"alternative", "a"}, {"alternatives", "a"}, {"alternative", "au"}, {"alternative", "aux"},
	{"alternative", "de"}, {"alternatives", "de"}, {"alternative", "to"}, {"alternatives", "to"},
	{"alternativ", "a"}, {"alt", "a"}, {"alt", "to"}, {"alt", "au"}, {"remplacer"}, {"replace"}, {"replaces"}, {"remplace"},
	{"remplacerait"}, {"remplacant", "a"}, {"remplacant", "de"}, {"remplacant", "pour"}, {"remplacante", "a"}, {"remplacement", "de"}, {"replacement", "for"}, {"replacement", "to"}, {"equivalent", "de"}, {"equivalent", "a"},
	{"equivalent", "libre", "de"}, {"equivalent", "libre", "a"}, {"alternative", "libre", "a"},
	{"alternative", "libre", "de"}, {"alternative", "libre", "pour"}, {"instead", "of"},
	{"a", "la", "place", "de"}, {"au", "lieu", "de"}, {"quitter"}, {"je", "quitte"}, {"on", "quitte"}, {"quittons"}, {"sortir", "de"},
	{"se", "passer", "de"}, {"libre", "de"}, {"alternative", "for"}, {"migrer", "de"}, {"migrer", "depuis"},
	{"migrate", "from"}, {"migrate", "away", "from"}, {"marre", "de"}, {"marre", "d"}, {"ras", "le", "bol", "de"},
	{"fed", "up", "with"}, {"sick", "of"}, {"move", "off"}, {"move", "away", "from"}, {"get", "off"},
	{"switch", "from"}, {"get", "rid", "of"}, {"stop", "using"}, {"moving", "off"}, {"moving", "away", "from"},
	{"clone", "de"}, {"clone", "libre", "de"}, {"clone", "of"}, {"anything", "similar"}, {"something", "similar"},
	{"quelque", "chose", "de", "similaire"}, {"un", "truc", "similaire"}, {"d", "autres", "choix"}, {"d", "autres", "options"}, {"d", "autres", "solutions"}, {"other", "options"},
	{"passer", "au", "libre"}, {"passer", "au", "logiciel", "libre"}, {"passer", "aux", "logiciels", "libres"},
	{"un", "genre", "de"}, {"une", "sorte", "de"}, // "un genre de Notion libre ?"
	{"truc", "comme"}, {"quoi", "comme"}, {"koi", "comme"}, {"un", "outil", "comme"}, {"une", "appli", "comme"}, {"un", "logiciel", "comme"},
	{"something", "like"}, {"anything", "like"}, {"a", "tool", "like"}, {"an", "app", "like"},
	{"something", "else", "than"}, {"something", "other", "than"}, {"anything", "other", "than"}, {"anything", "else", "than"},
	{"autre", "chose", "que"}, {"autre", "chose", "qu"},
	{"vous", "avez", "mieux"}, {"t", "as", "mieux"}, {"y", "a", "mieux"}, {"quelque", "chose", "de", "mieux"}, {"un", "truc", "mieux"},
	{"anything", "better"}, {"something", "better"},
	{"migrer", "vers", "le", "libre"}, {"virer"}, {"degager"}, {"degoogliser"}, {"degooglisons"}, {"degooglisation"}, {"sortir", "des"}, {"sortir", "du"}, {"me", "debarrasser", "de"}, {"nous", "debarrasser", "de"}, {"se", "debarrasser", "de"},
}

// costPhrases ask for something without its price: "SPSS mais sans payer la licence".
var costPhrases = phraseList("sans payer", "sans licence", "sans la licence", "sans abonnement",
	"sans acheter", "without paying", "pas envie de l acheter", "pas envie d acheter", "pas envie de payer", "sans l acheter",
	"don t want to buy", "don t want to pay", "not paying for")

// offerPhrases offer the asker's own help to others: "si qqun veut debug son LDAP, je
// peux passer" is no request.
var offerPhrases = phraseList("si qqn veut", "if anyone wants", "si qqun veut", "si quelqu un veut", "si vous voulez que je", "je peux passer", "je peux aider",
	"if anyone wants", "if someone wants", "happy to help", "je suis dispo pour", "je suis en ligne jusqu",
	"si vous avez besoin de quelque chose", "si tu as besoin de quelque chose", "if you need anything")

// priceyPhrases say a product named costs too much: "Adobe Premiere trop cher pour monter
// le film du club" asks what else there is.
var priceyPhrases = phraseList("trop cher", "trop chere", "trop chers", "hors de prix", "coute une fortune", "coute un bras",
	"coute trop", "too expensive", "way too expensive", "costs a fortune", "devenu payant", "est devenu payant")

// priceyFor reports a product said too dear for the asker or for a task: "Adobe Premiere
// trop cher pour monter le film du club", "ça nous coûte une fortune" — not the news
// "Netflix est devenu trop cher lol".
func priceyFor(toks []string) bool {
	for i := range toks {
		n := phraseAt(toks, i, priceyPhrases)
		if n == 0 {
			continue
		}
		after := toks[i+n : min(len(toks), i+n+2)]
		if slices.Contains(after, "pour") || slices.Contains(after, "for") || hasAny(toks, firstPersons) {
			return true
		}
	}
	return false
}

var firstPersons = wordSet("me", "m", "nous", "on", "notre", "nos", "mon", "ma", "mes", "je", "j", "us", "our", "my", "we", "i")

// weakAltWords are request words too common in ordinary sentences to make an everyday
// word a product or tool name.
var weakAltWords = wordSet("comme", "like", "besoin", "need", "cherche", "recherche", "chercher",
	"looking", "utiliser", "use", "free", "gratuit", "open", "source", "self", "hosted", "service",
	"services", "plateforme", "platform", "truc", "trucs", "machin", "chose", "quelque", "sortir",
	"passer", "solution", "solutions", "libre", "libres", "veux", "voudrais", "voudrait", "voudrions",
	"aimerais", "aimerait", "souhaite", "souhaitons", "faut", "cherchons", "cherchez")

// painPhrases tell what hurts today: with a need named, they ask for a better tool ("on
// perd tout le temps les fichiers, c'est le bazar").
var painPhrases = phraseList("c est le bazar", "c est le bordel", "c est la galere", "on galere", "je galere", "mais bof",
	"c le bazar", "c la galere", "c l enfer", "c le bordel", "le bazar total",
	"on s y perd", "on perd tout le temps", "on perd les", "ingerable", "pas pratique", "c est penible",
	"j en ai marre", "on en a marre", "marre de", "ras le bol", "c est l enfer", "plus tenable",
	"c est plus possible", "c est plus tenable", "ca peut plus durer", "on n en peut plus",
	"it s a mess", "nightmare", "we keep losing", "pain to", "killing us", "killing me", "bleeding us dry", "costs a fortune",
	"cost a fortune", "way too expensive", "too expensive", "nous coute une fortune", "coute une fortune", "coute un bras", "nous ruine",
	// Versions of one file mailed back and forth: "sans envoyer 36 versions par mail".
	// Nobody knows who has what: "personne sait qui a emprunté quoi".
	"personne sait qui", "personne ne sait qui", "on sait jamais qui", "on ne sait jamais qui", "on sait plus qui", "on ne sait plus qui",
	"nobody knows who", "no one knows who",
	"versions par mail", "36 versions", "mille versions", "plein de versions", "versions by email", "too many versions",
	// Ads that spoil a service: "plus de doodle svp, trop de pubs".
	"trop de pubs", "trop de pub", "plein de pubs", "bourre de pubs", "too many ads", "full of ads",
	// A wish for something better: "…un formulaire en ligne ce serait mieux".
	"ce serait mieux", "ca serait mieux", "ce serait plus pratique", "ca serait plus pratique", "ce serait top",
	"ca serait top", "would be better", "would be nicer", "would be great",
	// A licence paid every year: "ça n'a aucun sens de payer une licence… pour un tableur".
	"aucun sens de payer", "pas de sens de payer", "payer une licence", "payer des licences", "payer la licence",
	"payer un abonnement", "payer l abonnement", "pay for a licence", "pay for a license", "paying for a licence",
	"paying for a license", "paying a subscription", "pay a subscription")

// jokeWords ask for fun, not for software or a provider.
var jokeWords = wordSet("blague", "blagues", "joke", "jokes", "devinette", "calembour")

// statusWords tell how a product is doing, as people chat about an outage: "Slack rame",
// "Teams a planté", "Gmail est down".
var statusWords = wordSet("rame", "ramait", "plante", "plantait", "bug", "bugue", "beugue", "lag", "lague",
	"down", "crash", "crashe", "remarche", "marchait", "lent", "lente", "panne", "crashed", "laggy", "lagging",
	"crashing", "glitching", "freezing", "died", "dead", "broke", "failed", "lache", "claque", "crawling", "frozen",
	// "la box saute tout le temps": a connection that drops.
	"saute", "sautent", "sautait", "decroche", "decroches")

// outagePhrases tell that something of the asker's stopped working: "mon site est plus en
// ligne", "ça marche plus".
var outagePhrases = phraseList("plus en ligne", "marche plus", "plus rien ne marche", "plus rien ne fonctionne", "rien ne marche", "nothing works", "fonctionne plus", "repond plus", "s affiche plus",
	"ne marche plus", "ne fonctionne plus", "is down", "stopped working", "on fire", "en feu", "is broken", "a encore plante",
	"n affiche plus", "affiche plus rien", "page blanche", "blank page",
	"plus d internet", "plus de connexion", "plus de reseau", "plus de wifi", "plus de telephone", "no internet", "no connection",
	// "la box coupe tous les soirs": a connection that drops, not a tool that cuts.
	"box coupe", "connexion coupe", "internet coupe", "wifi coupe", "ca coupe tout le temps", "coupe tout le temps", "coupe tous les soirs",
	"coupe tous les jours", "se coupe", "connexion se coupe", "keeps cutting my internet", "cutting my internet", "internet keeps dropping",
	"keeps dropping", "connection keeps dropping",
	// "twitch a encore changé ses règles… jsuis fatigué": news of a platform, no request.
	"a encore change", "a change ses regles", "change ses regles", "changed its rules", "changed their rules")

// stopWords are never typo-corrected into KB words: they are ordinary French or English.
var stopWords = wordSet(
	"customer", "customers", "dev", "devs", "presta", "prestas", "assos",
	"a", "au", "aux", "le", "la", "les", "l", "un", "une", "des", "de", "du", "d", "et", "ou", "en",
	"dans", "pour", "par", "sur", "avec", "sans", "sous", "chez", "vers", "pres", "qui", "que", "qu",
	"quoi", "quel", "quelle", "quels", "quelles", "est", "sont", "ce", "c", "cet", "cette", "ces",
	"je", "j", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles", "me", "m", "te", "t", "se",
	"s", "y", "mon", "ma", "mes", "ton", "ta", "tes", "son", "sa", "ses", "notre", "nos", "votre",
	"vos", "leur", "leurs", "ne", "pas", "plus", "moins", "tres", "trop", "bien", "mal", "bon",
	"bonne", "bonjour", "bonsoir", "salut", "coucou", "merci", "svp", "stp", "oui", "non", "si",
	"comment", "pourquoi", "quand", "combien", "ou", "peux", "peut", "pouvez", "veux", "veut",
	"voulez", "voudrais", "aimerais", "faire", "fait", "fais", "faut", "avoir", "ai", "as", "avez",
	"etre", "suis", "es", "etes", "va", "vais", "vas", "allons", "aller", "voir", "voit", "vois",
	"demain", "aujourd", "hui", "hier", "journee", "soiree", "semaine", "grandi", "habite",
	"habites", "vis", "vit", "moi", "toi", "lui", "eux", "tout", "tous", "toute", "toutes", "autre",
	"autres", "meme", "aussi", "encore", "deja", "alors", "donc", "mais", "car", "puis", "ici",
	"quelque", "chose", "quelqu", "genre", "truc", "trucs", "machin", "super", "cool", "top",
	"the", "an", "of", "to", "in", "on", "at", "for", "with", "without", "and", "or", "is", "are",
	"was", "be", "can", "could", "would", "should", "what", "which", "who", "where", "how", "why",
	"i", "you", "he", "she", "we", "they", "it", "my", "your", "our", "this", "that", "these",
	"those", "there", "here", "please", "thanks", "thank", "hello", "hi", "hey", "good", "day",
	"want", "some", "any", "something", "anything", "does", "do", "did", "not", "no", "yes",
	"ville", "region", "departement", "coin", "secteur", "france", "francais", "francaise",
	"entreprise", "association", "asso", "mairie", "ecole", "petite", "petit", "grande", "grand",
	"gens", "equipe", "equipes", "travail", "boulot", "collegues", "famille", "amis", "perso",
	"personnel", "personnelle", "bureau", "maison", "marche", "fonctionne", "gere", "gerer",
	"connais", "connait", "sais", "sait", "dis", "dit", "parle", "parler", "propose", "proposer",
	"trouve", "trouver", "existe", "exister", "avis", "idee", "idees", "nouveau", "nouvelle",
	"place", "lieu", "part", "cote", "fond", "suite", "ans", "fois", "jour",
	"near", "around", "from", "into", "onto", "over", "vers", "autour", "proche", "environs",
	"migrate", "move", "switch", "help", "helps", "jours", "mois", "annee", "temps", "heure", "heures", "minute",
	// Chat slang is never a product name: "l'IA va nous remplacer lol".
	"lol", "lool", "mdr", "mdrr", "ptdr", "xd", "haha", "hahaha", "hihi", "jsp", "tkt", "wsh", "frr", "omg", "wtf",
	"btw", "idk", "imo", "imho", "tbh", "rn", "bref", "bah", "ben", "euh", "bon",
)

// chatSpellings are chat and SMS spellings of common words, read as the words they stand
// for: "c koi le mieux pour monter mes vids".
var chatSpellings = map[string]string{"koi": "quoi", "kwa": "quoi", "pk": "pourquoi", "pq": "pourquoi", "kel": "quel",
	"kelle": "quelle", "kels": "quels", "vid": "video", "vids": "videos", "vidz": "videos", "gratos": "gratuit",
	"grtuit": "gratuit", "slt": "salut", "bjr": "bonjour", "mrc": "merci", "mrci": "merci", "ptit": "petit", "ptite": "petite",
	"bsoin": "besoin", "pr": "pour", "logi": "logiciel", "logis": "logiciels", "notifs": "notifications", "notif": "notification", "factu": "facturation", "factus": "factures",
	// Antillean creole spellings people type: "an lojisyèl lib pou ranplasé Word".
	"lojisyel": "logiciel", "ranplase": "remplacer", "konnet": "connait", "pou": "pour"}

// greetingWords make a message small talk when nothing else is asked.
var greetingWords = wordSet("bonjour", "bonsoir", "salut", "coucou", "hello", "hi", "hey", "merci",
	"thanks", "thank", "bravo", "cool", "super", "genial", "ok", "okay", "yo", "bye", "ciao", "adieu")

// englishWords and frenchWords decide the reply language.
var englishWords = wordSet("who", "what", "customer", "customers", "which", "the", "can", "could", "near", "looking", "need",
	"want", "to", "instead", "replace", "software", "tool", "tools", "host", "hosting", "provider",
	"providers", "company", "companies", "something", "like", "any", "there", "is", "are", "i",
	"me", "my", "please", "thanks", "hello", "hi", "help", "how", "does", "do", "of", "around",
	"free", "in", "for", "with", "alternative", "alternatives", "someone", "anyone", "good", "best",
	"app", "apps", "an", "a", "and", "you", "your", "where", "install", "use")

var frenchWords = wordSet("je", "tu", "un", "une", "le", "la", "les", "des", "du", "de", "a", "au",
	"pour", "qui", "quoi", "est", "c", "j", "l", "d", "qu", "avec", "sans", "libre", "logiciel",
	"outil", "merci", "bonjour", "salut", "svp", "peut", "peux", "dans", "en", "pres", "chez", "ma",
	"mon", "mes", "vous", "nous", "quel", "quelle", "cherche", "besoin", "remplacer", "equivalent",
	"prestataire", "entreprise", "boite", "aide", "et", "ou", "pas", "sur", "ce", "il", "y",
	"heberger", "installer", "alternative", "alternatives", "appli", "comme", "moi", "faire")

func wordSet(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// byMeaning turns a table written by meaning (what each group of words says) into the
// word-to-meaning lookup the cues use.
func byMeaning(groups map[string][]string) map[string]string {
	m := make(map[string]string)
	for meaning, words := range groups {
		for _, w := range words {
			m[w] = meaning
		}
	}
	return m
}

// aboutLibrePhrases ask what free software is, or why use it.
var aboutLibrePhrases = phraseList("c est quoi un logiciel libre", "c est quoi le logiciel libre", "c est quoi le libre",
	"c est quoi les logiciels libres", "qu est ce qu un logiciel libre", "qu est ce que le logiciel libre",
	"qu est ce que le libre", "un logiciel libre c est quoi", "le libre c est quoi", "definition du logiciel libre",
	"difference entre libre et gratuit", "difference entre logiciel libre et gratuit", "libre ou gratuit",
	"libre et open source", "difference entre libre et open source", "pourquoi le libre", "pourquoi utiliser du libre",
	"pourquoi passer au libre", "pourquoi choisir le libre", "pourquoi des logiciels libres", "interet du libre",
	"what is free software", "what is open source", "why free software", "why use free software", "why open source")

// pastPhrases tell what was done: "on a voté pour passer au libre".
var pastPhrases = phraseList("on a", "j ai", "nous avons", "ils ont", "on est passe", "on est passes",
	"nous sommes passes", "we have", "we ve", "we switched", "we moved")

// likePhrases poll the room about a tool: "qui aime vraiment LibreOffice ici ?".
var likePhrases = phraseList("qui aime", "vous aimez", "tu aimes", "qui prefere", "who likes", "anyone like")

// tastePhrases ask the bot's own taste: "tu préfères vim ou emacs ?".
var tastePhrases = phraseList("tu preferes", "tu prefere", "vous preferez", "t es plutot", "tu es plutot",
	"do you prefer", "you prefer")

// sideTaken reports a side taken in a quarrel of tools: "team vim ou team emacs ?" — not
// "train my team on GIMP and Inkscape", whose team is people.
func sideTaken(toks []string) bool {
	for i, t := range toks {
		if t == "team" && (i == 0 || sideOpeners[toks[i-1]]) {
			return true
		}
	}
	return false
}

// sideOpeners come before "team" taking a side: "team vim ou team emacs", "je suis team
// Linux" — unlike "a campaign team", people.
var sideOpeners = wordSet("ou", "or", "et", "and", "plutot", "rather", "suis", "m", "es", "vs", "contre")

// plainWords are everyday chat words that no word list has and that are never a typo of a
// name: "le wifi" is no wiki, "une amap" no uMap.
var plainWords = wordSet("cagette", "cagettes", "repet", "repets", "redac", "redacs", "lofi", "grbl", "wifi", "freemium", "phd", "phds", "postdoc", "postdocs", "amap", "amaps", "ehpad", "ccas", "mjc", "esat", "fablab", "fablabs",
	"hackerspace", "prog", "progra", "tiers", "lieu", "asso", "assos", "coloc", "covoit", "visio", "visios", "smartphone",
	"smartphones", "box", "imprimante", "imprimantes", "wiki", "cloud", "mail", "mails", "insta", "snap", "cdi", "ent",
	"cata", "cuma", "cumas", "bde", "apel", "ogec", "sdis", "siae", "ssiad", "gaec", "earl", "copro", "copros", "syndic", "moun", "mwen", "zot", // Creole: "an moun pou dépanner"
	"archi", "archis", "cron", "crontab", "rsync", "ssh", "sudo", "bash", "nas", "raid", "dns", "dhcp", "sftp", "smtp", "imap", "mdp",
	"parametric", "parametrique", "parametriques", "mum", "mom", "mums", "moms", "mobil", "paas", "saas", "iaas", "cate", "kte", "catechese", "collab", "collabs", "commu", "streamer", "streameuse", "kine", "kines", "kinesitherapeute",
	"dico", "dicos", "sono", "sonos", "pedale", "pedales", // "les dicos au format dsl": dictionaries, not DICOM
	"siri", "alexa", "cortana") // voice assistants the KB does not list: "Siri a compris crémation" is no Siril

// seenPhrases ask about something watched or seen, not for software: "vous avez vu la
// dernière série Netflix ?".
var seenPhrases = phraseList("vous avez vu", "t as vu", "tu as vu", "avez vous vu", "vous avez regarde",
	"t as regarde", "tu as regarde", "have you seen", "did you see", "did you watch", "have you watched",
	// "t'as reçu mon mail ?": a message received, not a mail program asked for.
	"t as recu", "tu as recu", "vous avez recu", "avez vous recu", "as tu recu", "t as bien recu", "vous avez bien recu",
	"did you get my", "did you receive", "have you received",
	// A lost object: "qqn a vu mon chargeur ? je l'ai laissé à côté de l'imprimante 3D".
	"qqn a vu", "qqun a vu", "qq1 a vu", "quelqu un a vu", "personne a vu", "personne n a vu", "vous avez pas vu",
	"t as pas vu", "anyone seen", "has anyone seen", "anybody seen", "has anybody seen",
	// Who made something: "the photos from the party look so nice! who took them?".
	"who took", "who made these", "who made them", "who shot", "qui a pris", "qui les a prises", "qui a fait les photos",
	// What someone made a thing with: "c'est nice ton affiche, tu l'as faite avec quoi ?".
	"tu l as faite avec quoi", "tu l as fait avec quoi", "vous l avez fait avec quoi", "vous l avez faite avec quoi", "t as fait ca avec quoi",
	"what did you make it with", "what did you use to make", "made it with what",
	// Who goes to an event: "anyone going to VivaTech this year?".
	"anyone going to", "anybody going to", "who s going to", "who is going to", "qui va au", "qui va a", "qui vient au", "qui vient a", "vous allez au", "vous allez a")

// ownPhrases ask who owns something: "qqun a Surviving Mars sur Steam ?" — not what
// replaces it, unless they ask who tried it ("qqun a déjà essayé Nextcloud ?").
var ownPhrases = phraseList("qqun a", "qqn a", "quelqu un a", "qq1 a", "quelqu un ici a", "anyone have", "anyone got", "anybody have",
	"does anyone have", "someone has")

var triedWords = wordSet("deja", "already", "essaye", "teste", "tried", "tested", "used", "utilise")

// jokePhrases are jokes' own openings: "combien de devs faut-il pour changer une ampoule ?".
var jokePhrases = phraseList("not really a software question", "pas vraiment une question de logiciel", "rien a voir avec le logiciel", "send help", "envoyez de l aide", "what could possibly go wrong", "what could go wrong", "qu est ce qui pourrait mal tourner", "changer une ampoule", "c est l histoire", "question existentielle", "existential question", "vim ou emacs", "emacs ou vim", "vim or emacs", "emacs or vim", "tu connais la blague", "une blague",
	"t ecoutes quoi", "tu ecoutes quoi", "quoi comme musique toi", "what music do you", "what do you listen to",
	"ton film prefere", "your favourite", "your favorite",
	// The bot's own life: "tu manges des croissants le matin ?".
	"tu manges", "tu dors", "tu bois", "tu fais du sport", "do you eat", "do you sleep",
	// The bot compared with another: "t'es plus malin que ChatGPT toi ?".
	"t es plus malin", "t es plus intelligent", "tu es plus malin", "tu es plus intelligent", "es tu plus malin",
	"es tu plus intelligent", "t es plus fort", "tu es plus fort", "t es meilleur que", "tu es meilleur que", "t es moins",
	"are you smarter", "are you better than", "are you dumber", "you smarter than", "you re smarter than")

func hasAny(toks []string, set map[string]bool) bool {
	for _, t := range toks {
		if set[t] {
			return true
		}
	}
	return false
}

// phraseSet holds folded phrases by their first word, split once: looking one up costs a
// map access per token, with no string built.
type phraseSet map[string][][]string

// phraseList prepares folded phrases ("qui peut", "c est le bazar") for hasPhrase.
func phraseList(phrases ...string) phraseSet {
	set := phraseSet{}
	for _, p := range phrases {
		w := strings.Fields(p)
		set[w[0]] = append(set[w[0]], w)
	}
	return set
}

// hasPhrase reports whether one of the phrases stands in toks, as whole words.
func hasPhrase(toks []string, phrases phraseSet) bool {
	for i := range toks {
		if phraseAt(toks, i, phrases) > 0 {
			return true
		}
	}
	return false
}

// phraseAt is the length of the phrase that starts at toks[i], or 0.
func phraseAt(toks []string, i int, phrases phraseSet) int {
	if i < 0 || i >= len(toks) {
		return 0 // past either end: no phrase there
	}
	for _, p := range phrases[toks[i]] {
		if i+len(p) <= len(toks) && slices.Equal(toks[i:i+len(p)], p) {
			return len(p)
		}
	}
	return 0
}

// phraseEnds reports whether one of the phrases closes toks.
func phraseEnds(toks []string, phrases phraseSet) bool {
	for i := max(0, len(toks)-5); i < len(toks); i++ {
		if n := phraseAt(toks, i, phrases); n > 0 && i+n == len(toks) {
			return true
		}
	}
	return false
}

var openSource = phraseList("open source")
