# Generates heldout.tsv (question, intent, tool(s), region) and heldout.groups (group per line).
OFF="libreoffice|onlyoffice|collabora-online"
DOCS="collabora-online|onlyoffice|cryptpad|lasuite-docs|etherpad|libreoffice"
STORE="nextcloud|seafile|syncthing|cryptpad"
M365="nextcloud|twake-workplace|bluemind|onlyoffice|libreoffice|collabora-online|cryptpad"
VISIO="jitsi-meet|bigbluebutton|galene"
TEAMCHAT="mattermost|zulip|rocket-chat|element"
MSG="signal|element|deltachat"
PWD="bitwarden|keepassxc|vaultwarden|passbolt|keepass"
FORMS="framaforms|limesurvey|cryptpad|nextcloud"
POLL="framadate|rallly|framaforms|limesurvey|cryptpad"
CRM="suitecrm|odoo|espocrm|twenty|dolibarr"
COMPTA="dolibarr|odoo|noalyss|paheko|gnucash|grisbi|frappe-books"
PROJ="openproject|wekan|kanboard|vikunja|taiga|leantime|plane|redmine|nextcloud"
NOTES="joplin|logseq|appflowy|standard-notes"
WIKI="xwiki|bookstack|wiki-js|dokuwiki|mediawiki"
SIGN="docuseal|documenso|libresign"
HELPDESK="zammad|freescout|osticket|glpi|request-tracker"
BI="apache-superset|metabase|grafana|redash"
AUTO="activepieces|node-red|huginn|automatisch"
SHOP="prestashop|woocommerce|sylius|magento-open-source|thelia"
SITE="wordpress|grav|joomla|drupal|spip|ghost|hugo"
NEWS="listmonk|mautic|phplist|sympa"
LINUX="linux-mint|ubuntu|fedora|debian"
A="alternative"; P="providers"

rows = []
def add(g, q, intent, tool, reg="-"):
    rows.append((g, q, intent, tool, reg))

# ---------- alternatives (product) ----------
g="alt-product"
for q,t in [
 ("une alternative à google drive ?", STORE),
 ("altrenative a gogle docs", DOCS),
 ("on cherche un remplaçant à gdrive pour l'asso", STORE),
 ("quoi a la place de o365 ?", M365),
 ("on veut quitter gsuite, vous conseillez quoi", "nextcloud|cryptpad|twake-workplace|bluemind|collabora-online"),
 ("un équivalent libre de Word ?", OFF),
 ("ya pas un truc libre à la place d'excel", OFF),
 ("y a quoi comme alternative a powerpoint", OFF),
 ("alternative à outlook pour les mails", "thunderbird|roundcube|sogo"),
 ("on en a marre de teams, y a mieux en libre ?", "element|mattermost|nextcloud|twake-workplace|jitsi-meet|zulip|rocket-chat"),
 ("alternative a onedrive", STORE),
 ("sharepoint en libre ça existe ?", "xwiki|nextcloud|humhub|alfresco-community"),
 ("un truc comme onenote mais libre", NOTES),
 ("remplacer icloud", "nextcloud|immich|seafile"),
 ("alternative libre à whatsapp", MSG),
 ("alternative à slack pour une équipe de 15", TEAMCHAT),
 ("qq chose pour remplacer discord ?", "element|mumble|rocket-chat|stoat|mattermost|zulip"),
 ("zoom c'est pénible, une alternative libre ?", VISIO),
 ("alternative à google meet", VISIO),
 ("un doodle libre ?", "framadate|rallly"),
 ("alternative à calendly pour prendre des rdv", "cal-com|easy-appointments"),
 ("remplacer trello", "wekan|kanboard|vikunja|nextcloud|openproject"),
 ("Alternative à Notion ?", "appflowy|lasuite-docs|xwiki|joplin|logseq"),
 ("un équivalent de confluence", WIKI+"|lasuite-docs"),
 ("evernote alternative open source", NOTES),
 ("alternative a 1password", PWD),
 ("un gestionnaire de mdp comme lastpass mais libre", PWD),
 ("dashlane en libre ?", PWD),
 ("alternative à facebook pour l'asso", "mobilizon|friendica|mastodon"),
 ("alternative twitter", "mastodon|friendica"),
 ("quitter insta, il y a quoi ?", "pixelfed"),
 ("une alternative à youtube pour nos vidéos", "peertube"),
 ("alternative libre a typeform", FORMS),
 ("google forms mais libre", FORMS),
 ("surveymonkey alternative", FORMS),
 ("alternative à Adobe Acrobat", "stirling-pdf|okular|pdfsam-basic|libreoffice|xournalpp|evince"),
 ("ilovepdf mais libre", "stirling-pdf|pdfsam-basic"),
 ("remplacer miro pour nos ateliers", "excalidraw|cryptpad|drawio"),
 ("un padlet libre", "digipad|excalidraw"),
 ("alternative à Salesforce", CRM),
 ("pipedrive alternative libre", CRM),
 ("on utilise hubspot, y a un équivalent libre ?", CRM+"|mautic"),
 ("alternative à sage pour la compta", COMPTA),
 ("remplacer EBP", COMPTA),
 ("quickbooks en libre", COMPTA),
 ("alternative à pennylane", COMPTA),
 ("alternative à payfit", "frappe-hr|orangehrm|jorani"),
 ("lucca alternative libre pour les congés", "jorani|frappe-hr|orangehrm"),
 ("alternative à docusign", SIGN),
 ("yousign libre ?", SIGN),
 ("alternative à zendesk", HELPDESK),
 ("remplacer servicenow", "glpi|itop|zammad"),
 ("alternative à Power BI", BI),
 ("tableau software alternative", BI),
 ("un zapier libre", AUTO),
 ("alternative à make (ex integromat)", AUTO),
 ("airtable en open source ?", "baserow|grist"),
 ("alternative libre à MS Access", "libreoffice|baserow|grist"),
 ("alternative à shopify pour ma boutique", SHOP),
 ("wix alternative", SITE),
 ("alternative à mailchimp pour la newsletter", NEWS),
 ("sendinblue alternative", NEWS),
 ("alternative à google analytics", "matomo|plausible|umami|goatcounter"),
 ("github alternative", "forgejo|gitlab-ce|gitea"),
 ("alternative libre à jira", "tuleap|plane|openproject|redmine|gitlab-ce|taiga"),
 ("alternative à teamviewer", "rustdesk|meshcentral|remmina"),
 ("anydesk libre", "rustdesk|meshcentral"),
 ("alternative vmware", "proxmox-ve|xcp-ng"),
 ("quitter windows", LINUX),
 ("une alternative à chrome", "firefox|librewolf|chromium|ungoogled-chromium"),
 ("photoshop alternative gratuite", "gimp|krita"),
 ("illustrator libre", "inkscape|penpot"),
 ("indesign libre ?", "scribus"),
 ("alternative à lightroom", "darktable|rawtherapee|digikam"),
 ("figma alternative open source", "penpot"),
 ("je cherche un logiciel libre qui remplace Canva", "penpot|inkscape|scribus|gimp"),
 ("premiere pro en libre", "kdenlive|shotcut|openshot|blender"),
 ("alternative a capcut", "kdenlive|openshot|shotcut"),
 ("autocad alternative libre", "librecad|freecad"),
 ("alternative à spotify", "funkwhale|navidrome|jellyfin"),
 ("remplacer chatgpt par un truc libre", "ollama|librechat|gpt4all|llama-cpp"),
 ("alternative à google maps", "organic-maps|osmand|openstreetmap|umap"),
 ("deepl alternative libre", "libretranslate|argos-translate"),
 ("alternative à wetransfer", "lufi|psitransfer|nextcloud"),
 ("an open source alternative to Slack?", TEAMCHAT),
 ("free software alternative to Google Docs", DOCS),
 ("replace Zoom with something open source", VISIO),
 ("y a un equivalent a google agenda ?", "nextcloud|thunderbird|sogo|davx5|radicale"),
 ("alternative à google photos", "immich|nextcloud|digikam"),
 ("alternative à eventbrite pour la billetterie", "pretix|mobilizon|indico"),
 ("alternative à pronote", "gepi|gibbon"),
 ("monday.com alternative libre", PROJ),
 ("alternative a microsoft project", "openproject|ganttproject|redmine"),
 ("alternative à google authenticator", "aegis|freeotp"),
 ("c koi l'équivalent libre de word", OFF),
 ("une alternativ a gougle drive stp", STORE),
 ("des alternatives a microsoft teams svp", "element|mattermost|nextcloud|twake-workplace|jitsi-meet|zulip|rocket-chat"),
 ("ms office trop cher, une solution libre ?", "libreoffice|onlyoffice"),
 ("remplacant photoshop", "gimp|krita"),
 ("alternative à Keynote sur mac", OFF),
 ("un équivalent à imessage", MSG),
 ("alternative à Prezi", OFF),
 ("alternative à Doctolib pour mes rdv patients", "easy-appointments|cal-com"),
 ("alt libre à dropbox", STORE),
 ("what's a libre alternative to Photoshop?", "gimp|krita"),
 ("alternative à la suite adobe", "gimp|inkscape|scribus|kdenlive|darktable|krita"),
 ("un équivalent de messenger sans facebook", MSG),
]:
    add(g,q,A,t)

# ---------- alternatives (need) ----------
g="alt-need"
for q,t in [
 ("un logiciel libre pour la compta", COMPTA),
 ("outil de visio", VISIO),
 ("un truc pour faire des sondages", POLL),
 ("un outil de sondage libre ?", POLL),
 ("logiciel libre de gestion de projet", PROJ),
 ("je cherche un gestionnaire de mots de passe libre", PWD),
 ("un crm open source pour une petite boite", CRM),
 ("un logiciel pour gérer les adhérents de l'asso", "paheko|galette|civicrm|dolibarr"),
 ("outil libre pour faire un site web", SITE),
 ("un wiki libre pour la doc interne", WIKI),
 ("logiciel de retouche photo gratuit et libre", "gimp|darktable|krita|rawtherapee|pinta"),
 ("montage vidéo libre", "kdenlive|shotcut|openshot"),
 ("un outil pour envoyer des gros fichiers", "lufi|psitransfer|nextcloud"),
 ("un tableau blanc collaboratif libre", "excalidraw|cryptpad|openboard|digipad"),
 ("une messagerie sécurisée libre", MSG),
 ("un outil de ticketing libre pour le support", HELPDESK+"|itop"),
 ("logiciel de facturation libre", "dolibarr|invoiceplane|odoo|frappe-books"),
 ("un ERP libre pour PME", "odoo|dolibarr|erpnext|tryton|axelor"),
 ("faire une newsletter avec un outil libre", NEWS),
 ("statistiques de site web sans google", "matomo|plausible|umami|goatcounter"),
 ("un logiciel de caisse libre pour ma boutique", "pasteque|ospos|odoo|dolibarr"),
 ("une plateforme e-learning libre", "moodle|chamilo|canvas-lms|open-edx"),
 ("sauvegarde libre pour mon pc", "restic|borgbackup|vorta|deja-dup|kopia|duplicati|urbackup|clonezilla"),
 ("outil libre pour signer des pdf électroniquement", SIGN),
 ("un logiciel libre de cao", "freecad|librecad|openscad"),
 ("logiciel de cartographie SIG libre", "qgis|umap"),
 ("je veux prendre des notes, un truc libre ?", NOTES+"|nextcloud"),
 ("un agenda partagé libre pour l'équipe", "nextcloud|sogo|radicale|thunderbird|bluemind"),
 ("a free software for video conferencing", VISIO),
 ("un outil pour trouver une date de réunion", "framadate|rallly|nextcloud"),
 ("un chat d'équipe open source", TEAMCHAT),
 ("un logiciel libre de supervision réseau", "zabbix|centreon|librenms|icinga|nagios-core|prometheus"),
 ("traduction automatique libre", "libretranslate|argos-translate"),
 ("outil libre pour faire des diagrammes", "drawio|excalidraw"),
]:
    add(g,q,A,t)

# ---------- providers ----------
g="providers"
for q,t,r in [
 ("qui peut installer Odoo près de Nantes ?", "odoo", "52"),
 ("who can host Jitsi in Brittany?", "jitsi-meet", "53"),
 ("un presta nextcloud dans le 35", "nextcloud", "53"),
 ("une boîte qui fait du dolibarr à Lyon ?", "dolibarr", "84"),
 ("hébergeur nextcloud en Rhône-Alpes", "nextcloud", "84"),
 ("qui peut nous former à LibreOffice à Lille", "libreoffice", "32"),
 ("un prestataire logiciel libre en Picardie", "-", "32"),
 ("une entreprise du libre en PACA", "-", "93"),
 ("qui peut héberger un Moodle en IDF ?", "moodle", "11"),
 ("des ENL en Bretagne ?", "-", "53"),
 ("intégrateur GLPI à Toulouse", "glpi", "76"),
 ("qui peut m'aider à passer sous Linux à Bordeaux", LINUX+"|-", "75"),
 ("presta wordpress dans le 13", "wordpress", "93"),
 ("une société pour installer Proxmox à Strasbourg", "proxmox-ve", "44"),
 ("qui peut installer nextcloud en Alsace", "nextcloud", "44"),
 ("un hébergeur associatif en Normandie", "-", "28"),
 ("prestataire libre à la Réunion", "-", "04"),
 ("qui peut héberger Mattermost en Corse ?", "mattermost", "94"),
 ("besoin d'un presta pour PrestaShop à Marseille", "prestashop", "93"),
 ("qui peut installer zammad en Occitanie", "zammad", "76"),
 ("un intégrateur Odoo à Paris", "odoo", "11"),
 ("je cherche une boite pour migrer notre Microsoft 365 vers du libre, on est à Rennes", M365, "53"),
 ("qui peut remplacer notre Google Workspace à Grenoble ?", "nextcloud|cryptpad|twake-workplace|bluemind|collabora-online", "84"),
 ("presta Matomo dans le 69", "matomo", "84"),
 ("qui peut héberger peertube à Paris", "peertube", "11"),
 ("des boites qui font du QGIS en Auvergne", "qgis", "84"),
 ("formation GIMP Rennes", "gimp", "53"),
 ("un prestataire dans le Finistère", "-", "53"),
 ("qui peut installer Dolibarr dans les Côtes d'Armor ?", "dolibarr", "53"),
 ("presta libre 44000", "-", "52"),
 ("qui peut héberger Nextcloud vers 31400 ?", "nextcloud", "76"),
 ("entreprise du libre en Midi-Pyrénées", "-", "76"),
 ("une SSLL en Languedoc-Roussillon", "-", "76"),
 ("qui peut installer BigBlueButton en Lorraine ?", "bigbluebutton", "44"),
 ("prestataire Nextcloud en Aquitaine", "nextcloud", "75"),
 ("un presta Moodle en Champagne-Ardenne", "moodle", "44"),
 ("qui peut héberger Jitsi en Bourgogne", "jitsi-meet", "27"),
 ("presta en Franche-Comté pour Nextcloud", "nextcloud", "27"),
 ("who can install Nextcloud near Paris?", "nextcloud", "11"),
 ("any company doing Odoo support in Lyon?", "odoo", "84"),
 ("qui peut héberger un Mastodon pour notre asso en Centre-Val de Loire", "mastodon", "24"),
 ("une boîte à Tours pour du Linux", LINUX+"|-", "24"),
 ("qui peut installer GLPI à Orléans", "glpi", "24"),
 ("presta Nextcloud dans le Nord", "nextcloud", "32"),
 ("qui peut installer un Wordpress en Seine-Saint-Denis", "wordpress", "11"),
 ("hébergeur libre dans le 93", "-", "11"),
 ("qui peut nous accompagner sur Zabbix à Montpellier", "zabbix", "76"),
 ("un intégrateur Keycloak à Nice", "keycloak", "93"),
 ("qui peut installer Nextcloud en Guadeloupe", "nextcloud", "01"),
 ("presta en Martinique", "-", "02"),
 ("un presta pour la compta libre à Angers", COMPTA, "52"),
 ("qui peut héberger notre visio libre à Caen", VISIO, "28"),
 ("un hébergeur CHATONS en Haute-Savoie", "-", "84"),
 ("qui peut installer Odoo dans les Bouches-du-Rhône", "odoo", "93"),
 ("prestataire pour Proxmox en Haute-Garonne", "proxmox-ve", "76"),
 ("une entreprise qui fait du drupal à Nantes", "drupal", "52"),
 ("qui peut me former à Inkscape en Île-de-France", "inkscape", "11"),
 ("des prestas en BZH pour du Nextcloud ?", "nextcloud", "53"),
 ("qui peut installer Nextcloud à Saint-Étienne", "nextcloud", "84"),
 ("qui peut héberger un site SPIP à Clermont-Ferrand", "spip", "84"),
 ("prestataire GLPI Rhone Alpes", "glpi", "84"),
 ("un prestataire Odoo à Metz", "odoo", "44"),
 ("qui peut héberger Nextcloud à Mayotte", "nextcloud", "06"),
 ("une boite à Brest pour installer Collabora", "collabora-online", "53"),
 ("qui peut installer Nextcloud ?", "nextcloud", "-"),
 ("un presta odoo", "odoo", "-"),
 ("qui peut installer Jitsi à Saint-Malo", "jitsi-meet", "53"),
 ("un prestataire informatique libre en Poitou-Charentes", "-", "75"),
 ("on cherche un hébergeur pour notre Nextcloud, on est dans le 29", "nextcloud", "53"),
 ("une alternative à Slack et qui peut l'installer à Lille ?", TEAMCHAT, "32"),
]:
    add(g,q,P,t,r)

# ---------- help ----------
g="help"
for q in ["aide", "help", "tu sais faire quoi ?", "comment ça marche ce bot ?", "what can you do?",
          "comment on t'utilise ?", "c'est quoi les commandes ?", "boussole tu sers à quoi", "how does this work?",
          "je comprends pas comment te poser une question"]:
    add(g,q,"help","-")

# ---------- small talk (traps) ----------
g="smalltalk"
for q in ["salut tout le monde", "merci beaucoup !", "on se voit à Lille demain", "la réunion de demain est décalée à 14h",
          "j'ai grandi en Normandie", "je bosse sur teams toute la journée", "mdr", "bonne journée à tous",
          "il pleut à Rennes aujourd'hui", "je rentre de vacances en Corse", "mon excel a planté ce matin 😭",
          "j'ai mis le doc sur le drive", "on mange où ce midi ?", "je suis dans le 35 cette semaine",
          "les slides sont sur google drive", "ok ça marche", "le zoom de 15h est reporté",
          "bienvenue à Léa qui rejoint l'équipe !", "j'ai testé nextcloud hier, c'est top", "je pars en Bretagne ce week-end",
          "La Réunion c'est magnifique en hiver", "je dois faire la compta ce soir, la flemme"]:
    add(g,q,"none","-")

# ---------- unknown products ----------
g="unknown"
for q in ["alternative à Blorptastic", "un équivalent libre de Zorblax Pro ?", "remplacer Fizzwoop", "alternative a Snorgle ?",
          "y a un truc libre pour remplacer Plimbo ?", "alternative to Wobblex", "Krantzify alternative",
          "c'est quoi l'alternative libre à Trombix ?", "alternative libre à Grumpf 360", "remplacer Vexalon par du libre"]:
    add(g,q,"alternative|none","-")

DROP=['sendinblue alternative', 'remplacer servicenow', 'alternative à google meet', 'dashlane en libre ?', 'surveymonkey alternative', 'tableau software alternative', 'alternative à make (ex integromat)', 'anydesk libre', 'alternative à lightroom', 'alternative a capcut', 'deepl alternative libre', 'alternative à google photos', 'alternative a microsoft project', 'alternative à google authenticator', 'remplacant photoshop', 'alt libre à dropbox', 'remplacer icloud', 'alternative à pennylane', 'alternative à eventbrite pour la billetterie', 'montage vidéo libre', 'traduction automatique libre', 'un logiciel libre de cao', "un agenda partagé libre pour l'équipe", 'prestataire GLPI Rhone Alpes', 'qui peut installer Nextcloud à Saint-Étienne', 'un prestataire Odoo à Metz', 'qui peut installer GLPI à Orléans', 'qui peut héberger peertube à Paris', 'qui peut installer Jitsi à Saint-Malo', 'une entreprise qui fait du drupal à Nantes', 'qui peut installer zammad en Occitanie', 'ok ça marche', 'mdr']
rows=[r for r in rows if r[1] not in DROP]
assert len(DROP)==33
with open("heldout.tsv","w") as f:
    for r in rows: f.write("\t".join(r[1:])+"\n")
with open("heldout.groups","w") as f:
    for r in rows: f.write(r[0]+"\n")
from collections import Counter
print(len(rows), Counter(r[0] for r in rows))
