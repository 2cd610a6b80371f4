import json, collections
res=json.load(open("/tmp/qa_res.json"))
# recompute reasons with the "don't know" fix (grade.py already applied), re-run grade first
CAUSES = [
 ("1. Need questions: an incidental word's category outranks the core need (ranking)", {
  "un logiciel de caisse libre pour ma boutique": "« boutique » pulls e-commerce (woocommerce) above « caisse » (pasteque/ospos); « logiciel de caisse libre » alone works. The head noun of the request should win over a context word.",
  "sauvegarde libre pour mon pc": "« pc » pulls the OS category (debian, ubuntu) above « sauvegarde »; « sauvegarde libre » alone gives borgbackup. « pc / mon ordi » should not be a need keyword, or should weigh far less.",
  "outil libre pour signer des pdf électroniquement": "« pdf » category (evince, okular) wins; the verb « signer » / adverb « électroniquement » are not mapped to `signature` (« signature électronique » works). Add signer, signer électroniquement, e-signature to signature keywords.",
  "logiciel de cartographie SIG libre": "openstreetmap (a map data project) ranked above qgis for « SIG »; SIG/GIS should rank desktop GIS (qgis) first.",
  "un chat d'équipe open source": "discourse (a forum) first for the exact keyword « chat d'équipe »; mattermost/zulip/rocket-chat/element expected. Check discourse's categories / popularity tie-break in chat-equipe.",
  "un logiciel libre de supervision réseau": "grafana (dashboards) first for « supervision réseau »; zabbix/centreon/librenms are the supervision tools. Ranking within `supervision` favours popularity over fit.",
  "faire une newsletter avec un outil libre": "mailman (discussion-list manager) first for « newsletter »; listmonk/mautic/phplist expected. Newsletter keyword should rank newsletter tools above list servers.",
 }),
 ("2. Need questions misread as a provider request (provider words inside a need)", {
  "un crm open source pour une petite boite": "« boite » (= my small company) taken as the provider word « boîte » → intent providers. « pour une/ma/notre boîte » describes the asker, not a provider. Also civicrm (associations CRM) ranked first for a company.",
  "un outil de ticketing libre pour le support": "« support » (the asker's customer support team) read as the provider service « support » → intent providers. Note « ticketing » also pulls in the Événements category (billetterie).",
 }),
 ("3. Help phrasings not recognised (fall to intent none)", {
  "tu sais faire quoi ?": "help triggers are too narrow; « tu sais faire quoi », « comment on t'utilise », « how does this work », « je comprends pas comment te poser une question » all go to none (the none reply does point to /aide, so it's a soft failure).",
  "comment on t'utilise ?": "same: « comment … utilise(r) » not a help trigger.",
  "how does this work?": "same: English « how does this work » (while « what can you do? » works).",
  "je comprends pas comment te poser une question": "same: confusion/« comment te poser » not a help trigger.",
 }),
 ("4. Negation « sans X » read as a product to replace", {
  "un équivalent de messenger sans facebook": "« sans facebook » made Facebook a second replaced product; friendica (Facebook alt) ranked first instead of signal (Messenger alt). « alternative à messenger » alone is fine.",
  "statistiques de site web sans google": "« sans google » detected as product google-search → searxng; the need « statistiques de site web » (matomo) was lost. Words after « sans / without / pas de » should be excluded from product detection (or mean « not Google products »).",
 }),
 ("5. KB gaps: real products unknown", {
  "alternative à Prezi": "Prezi is not in products/*.yaml → honest « je ne connais pas », but a common ask (presentation software → libreoffice Impress / Sozi). Add product prezi.",
  "alternative à Doctolib pour mes rdv patients": "Doctolib not in the KB; the fallback on « rdv » gives davx5 (a CalDAV sync app) first, which is wrong. Add product doctolib (→ easy-appointments, cal-com) and rank booking tools first for « rdv / prendre rendez-vous ».",
 }),
 ("6. Need keyword matching does not handle verb/inflected forms", {
  "un outil pour envoyer des gros fichiers": "intent none: keyword « envoi de gros fichiers » exists but « envoyer des gros fichiers » does not match (no stemming/verb forms). Add « envoyer des (gros) fichiers », « envoyer un fichier lourd », or stem envoi/envoyer.",
 }),
 ("7. Small talk false positive: statement mentioning a product", {
  "les slides sont sur google drive": "a plain statement gets a full Google Drive recommendation. Inconsistent: « j'ai mis le doc sur le drive » and « le doc est sur google docs » are correctly none. Extra probe: « je suis sur slack » also gets Slack alternatives. A product named after « sur / dans » in a declarative sentence without request word should not trigger.",
 }),
 ("8. Unknown product with the English/postfix pattern « X alternative »", {
  "Krantzify alternative": "intent none + generic greeting instead of « je ne connais pas Krantzify »; the postfix pattern works for known products (« figma alternative ») but an unknown name is not extracted from it. « alternative to Wobblex » correctly answers « I don't know \"Wobblex\" ».",
 }),
]
diag={}
for title,d in CAUSES:
    for q,t in d.items(): diag[q]=(title,t)
tot=collections.Counter(); ok=collections.Counter()
for x in res: tot[x["g"]]+=1; ok[x["g"]]+= not x["reasons"]
fails=[x for x in res if x["reasons"]]
missing=[x["q"] for x in fails if x["q"] not in diag]; assert not missing, missing
assert len(diag)==len(fails), (len(diag),len(fails))
L=[]
L.append("# Boussole — held-out evaluation\n")
L.append("Independent held-out set: `heldout.tsv` (220 questions, written without reading bot/*_test.go, first generated by a script since removed from the tree — the TSV, edited by hand since, is the set; group labels `heldout.groups`). Binary built with `go build -o /tmp/boussole-qa ./cmd/boussole`; raw answers in `raw.jsonl`; grader `grade.py`.\n")
L.append("**Scoring rules.** A row passes when (1) the intent matches; (2) the first tool is one of the accepted ids (`-` = no tool at all; in provider rows `…|-` also accepts no tool); (3) for provider rows, `region.code` equals the expected INSEE code (`-` = null); (4) for unknown products, the reply says it does not know the name (« je ne connais pas » / « I don't know »). Region is not checked on non-provider rows.\n")
L.append("## Pass rates\n")
L.append("| group | passed | total | rate |\n|---|---|---|---|")
names={"alt-product":"alternative — named product","alt-need":"alternative — need-based","providers":"providers","help":"help","smalltalk":"small talk (traps, must be none)","unknown":"unknown products"}
for g in ["alt-product","alt-need","providers","help","smalltalk","unknown"]:
    L.append("| %s | %d | %d | %.0f%% |"%(names[g],ok[g],tot[g],100*ok[g]/tot[g]))
s=sum(ok.values()); n=len(res)
L.append("| **overall** | **%d** | **%d** | **%.1f%%** |\n"%(s,n,100*s/n))
L.append("## Failures, grouped by likely cause\n")
L.append("Format: question — expected (intent, first tool, region) — got (intent, first tool, region) — diagnosis.\n")
for title,d in CAUSES:
    L.append("### %s (%d)\n"%(title,len(d)))
    for x in fails:
        if diag[x["q"]][0]!=title: continue
        e=x["exp"]; gt=x["got"]; o=x["o"]
        L.append("- `%s` — expected (%s, %s, %s) — got (%s, %s, %s; tools %s) — %s"%(x["q"],e[0],e[1],e[2],gt[0],gt[1],gt[2],[t["id"] for t in o["tools"]][:4],diag[x["q"]][1]))
    L.append("")
open("results.md","w").write("\n".join(L))
print("\n".join(L[:15]))
