// SPDX-License-Identifier: AGPL-3.0-or-later

package web

import (
	"net/http"
	"strings"

	"golang.org/x/text/language"

	"github.com/boussole-libre/boussole/bot"
)

// texts are the pages' words, French first; templates read them as .T.key.
var texts = map[string][2]string{
	"skip":           {"Aller au contenu", "Skip to content"},
	"tagline":        {"le libre, et qui l'installe près de chez vous", "free software, and who sets it up near you"},
	"nav":            {"Navigation principale", "Main navigation"},
	"home":           {"Poser une question", "Ask a question"},
	"directory":      {"Annuaire des prestataires", "Provider directory"},
	"api":            {"API", "API"},
	"question":       {"Votre question", "Your question"},
	"questionHint":   {"Par exemple : « alternative à Google Drive ? » ou « qui peut héberger Nextcloud à Rennes ? »", "For example: \"alternative to Google Drive?\" or \"who can host Nextcloud in Rennes?\""},
	"ask":            {"Demander", "Ask"},
	"answer":         {"Réponse", "Answer"},
	"loading":        {"Recherche en cours…", "Searching…"},
	"failed":         {"La réponse n'a pas pu être chargée ; le formulaire fonctionne aussi sans JavaScript.", "The answer could not be loaded; the form also works without JavaScript."},
	"tools":          {"Logiciels libres", "Free software"},
	"providers":      {"Prestataires", "Providers"},
	"replaces":       {"Remplace", "Replaces"},
	"licence":        {"Licence", "Licence"},
	"website":        {"Site web", "Website"},
	"repository":     {"Code source", "Source code"},
	"source":         {"source", "source"},
	"sourceOf":       {"Source", "Source"},
	"details":        {"fiche", "details"},
	"region":         {"Région", "Region"},
	"departement":    {"Département", "Département"},
	"tool":           {"Logiciel", "Software"},
	"service":        {"Service", "Service"},
	"any":            {"Tous", "Any"},
	"filter":         {"Filtrer", "Filter"},
	"filters":        {"Filtres", "Filters"},
	"results":        {"Résultats", "Results"},
	"noResults":      {"Aucun prestataire ne correspond à ces critères.", "No provider matches these criteria."},
	"pagination":     {"Pages de résultats", "Result pages"},
	"previous":       {"Page précédente", "Previous page"},
	"next":           {"Page suivante", "Next page"},
	"page":           {"Page", "Page"},
	"of":             {"sur", "of"},
	"kind":           {"Forme", "Kind"},
	"where":          {"Où", "Where"},
	"national":       {"Intervient dans toute la France, à distance", "Works all over France, remotely"},
	"services":       {"Services", "Services"},
	"networks":       {"Réseaux", "Networks"},
	"audience":       {"Public", "Audience"},
	"siren":          {"SIREN", "SIREN"},
	"cnll":           {"Fiche CNLL", "CNLL entry"},
	"why":            {"Pourquoi Boussole le recommande", "Why Boussole recommends it"},
	"whyIntro":       {"Chaque information ci-dessus vient de ces pages publiques, lues aux dates indiquées :", "Every fact above comes from these public pages, read on the dates shown:"},
	"shows":          {"ce que la page montre :", "what the page shows:"},
	"dated":          {"datée du", "dated"},
	"checked":        {"lue le", "read on"},
	"facts":          {"Informations", "Facts"},
	"establishments": {"Implantations", "Locations"},
	"selfHosted":     {"Peut être hébergé par vous-même", "Can be self-hosted"},
	"french":         {"Développé en France", "Developed in France"},
	"developer":      {"Développé par", "Developed by"},
	"whoLists":       {"Prestataires qui le proposent", "Providers who offer it"},
	"noneLists":      {"Aucun prestataire de la base ne le propose encore.", "No provider in the base offers it yet."},
	"notFound":       {"Page introuvable", "Page not found"},
	"notFoundText":   {"Cette page n'existe pas, ou plus. Revenez à l'accueil pour poser une question.", "This page does not exist (any more). Go back home to ask a question."},
	"badRequest":     {"Demande incorrecte", "Bad request"},
	"tooMany":        {"Trop de demandes : réessayez dans quelques secondes.", "Too many requests: try again in a few seconds."},
	"footer":         {"Boussole est un logiciel libre. Les données viennent de sources publiques citées sur chaque fiche.", "Boussole is free software. Its data comes from public sources cited on each page."},
	"widgetTitle":    {"Boussole — trouver un logiciel libre et un prestataire", "Boussole — find free software and a provider"},
	"nearest":        {"Régions voisines qui en ont", "Nearby regions that have some"},
	"suggestions":    {"Vouliez-vous dire", "Did you mean"},
	"total":          {"prestataire(s)", "provider(s)"},
	"restricted":     {"Prestataires limités à la région", "Providers limited to the region"},
	"about":          {"Boussole", "Boussole"},
}

// dict is the words of one language.
type dict map[string]string

var dicts = func() map[bot.Lang]dict {
	out := map[bot.Lang]dict{bot.French: {}, bot.English: {}}
	for k, v := range texts {
		out[bot.French][k], out[bot.English][k] = v[0], v[1]
	}
	return out
}()

var langMatcher = language.NewMatcher([]language.Tag{language.French, language.English})

// pageLang is the page's language: ?lang= when given, else the browser's preference
// between French and English, French when it states none.
func pageLang(r *http.Request) bot.Lang {
	switch strings.ToLower(r.URL.Query().Get("lang")) {
	case "en":
		return bot.English
	case "fr":
		return bot.French
	}
	tags, _, err := language.ParseAcceptLanguage(r.Header.Get("Accept-Language"))
	if err != nil || len(tags) == 0 {
		return bot.French
	}
	if _, i, c := langMatcher.Match(tags...); i == 1 && c != language.No {
		return bot.English
	}
	return bot.French
}
