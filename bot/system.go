// SPDX-License-Identifier: AGPL-3.0-or-later

package bot

import (
	"slices"

	"github.com/boussole-libre/boussole/knowledge"
)

// systemAsked reads "on peut mettre quoi dessus ?" about a computer as a question for a
// system: what to put on the old PC, not what its owner does with it today. The phrase
// then names the category, as a keyword would.
func (r *reading) systemAsked() {
	if !hasAny(r.fixed, deviceNouns) && !slices.Contains(r.u.Categories, "systeme") {
		return
	}
	// "mon pc rame, quoi mettre ?" asks for a system — not "Word et Excel… on met quoi à
	// la place ?", where what is put there replaces what was named.
	audience := r.audienceCats() // "quoi installer sur les vieux ordis de l'école pour les élèves ?"
	bare := len(r.u.Needs) == 0 && !slices.ContainsFunc(r.u.Categories, func(c string) bool {
		return c != "systeme" && !slices.Contains(r.deviceCats, c) && !slices.Contains(audience, c)
	}) &&
		!slices.ContainsFunc(r.u.Products, func(id string) bool {
			p, ok := r.kb.Product(id)
			return !ok || !slices.Contains(p.Categories, "systeme")
		})
	old := hasAny(r.fixed, oldWords)
	for i := range r.fixed {
		if n := max(phraseAt(r.fixed, i, onItPhrases), onItAfter(r.fixed, i)); n > 0 || bare && phraseAt(r.fixed, i, putWhatPhrases) > 0 ||
			old && phraseAt(r.fixed, i, reviveWhatPhrases) > 0 {
			n = max(n, phraseAt(r.fixed, i, putWhatPhrases), phraseAt(r.fixed, i, reviveWhatPhrases))
			r.matches = append(r.matches, phraseMatch{start: i, end: i + n, hit: knowledge.Hit{Kind: knowledge.HitCategory, ID: "systeme"}})
			r.u.Categories = moveFirst(r.u.Categories, "systeme")
			r.askedCategory = true
			r.u.light = old || hasAny(r.fixed, slowWords)
			return
		}
	}
}

// onItAfter returns the length of "installer … dessus" at i, a few words between: "qu'est-ce
// que je peux installer de libre et léger dessus ?".
func onItAfter(toks []string, i int) int {
	if toks[i] != "installer" && toks[i] != "mettre" && toks[i] != "install" && toks[i] != "put" {
		return 0
	}
	for k := i + 2; k < len(toks) && k <= i+6; k++ {
		if toks[k] == "dessus" || toks[k] == "it" && toks[k-1] == "on" {
			return k + 1 - i
		}
	}
	return 0
}

// oldWords and reviveWhatPhrases ask what an old machine is still good for: "old computer
// from 2009… what can i do with it except throw it away?", "6 vieux pc… on peut en faire
// quoi ?" — a light system.
var oldWords = wordSet("vieux", "vieil", "vieille", "vieilles", "old", "ancien", "anciens", "obsolete", "obsoletes")

var slowWords = wordSet("rame", "rament", "lent", "lente", "lents", "slow", "ramer", "galere", "sluggish")

var reviveWhatPhrases = phraseList("en faire quoi", "faire quoi avec", "que faire de", "quoi faire de", "do with it", "do with them",
	"use it for", "throw it away", "le jeter", "les jeter", "seconde vie", "second life", "revive", "redonner vie", "ressusciter")

var onItPhrases = phraseList("mettre quoi dessus", "quoi mettre dessus", "met quoi dessus", "mettre dessus",
	"installer dessus", "installer quoi dessus", "mettre de simple dessus", "quoi de simple dessus", "put on it",
	"install on it", "put on them", "install on them")

// putWhatPhrases ask what to put on a machine when nothing else is named; "le pc de papy
// est tout lent, on lui met quoi ?" — but "monter des vidéos… on peut lui mettre quoi ?"
// asks for a video editor.
var putWhatPhrases = phraseList("quoi mettre", "je mets quoi", "on met quoi", "mettre quoi", "quoi installer", "j installe quoi",
	"what to install", "what should i install", "on lui met quoi", "je lui mets quoi", "lui mettre quoi", "quoi lui mettre",
	"on lui installe quoi", "je lui installe quoi", "quoi lui installer", "on leur met quoi", "quoi leur mettre")

// machineWhere reports a machine named as where something is done: "écouter la radio sur
// l'ordinateur", "jouer contre l'ordinateur" — not "mon ordi rame".
// "sur le téléphone ou le PC", "depuis n'importe quel PC", "par téléphone" (a channel).
func machineWhere(toks []string, i int) bool {
	k := i - 1
	if k > 0 && (definiteWords[toks[k]] || possessives[toks[k]] || indefinite[toks[k]] || toks[k] == "quel" || toks[k] == "quelle") {
		k--
	}
	if k > 1 && toks[k] == "importe" && toks[k-1] == "n" {
		k -= 2
	}
	if k > 0 && (toks[k] == "ou" || toks[k] == "et" || toks[k] == "or" || toks[k] == "and") && deviceNouns[toks[k-1]] {
		return machineWhere(toks, k-1)
	}
	return k >= 0 && (toks[k] == "sur" || toks[k] == "contre" || toks[k] == "on" || toks[k] == "against" || toks[k] == "depuis" || toks[k] == "par" || toks[k] == "from")
}

// dropMachineOnly forgets the system category a machine named as where gave, when nothing
// says a system is asked: "comment écouter la radio sur l'ordinateur ?" is about the radio,
// not about Debian — an honest "je ne connais pas" is better than a system.
func (r *reading) dropMachineOnly() {
	if !r.machineOnly || len(r.u.Products)+len(r.u.Tools) > 0 || hasAny(r.fixed, oldWords) || hasAny(r.fixed, slowWords) ||
		hasPhrase(r.fixed, putWhatPhrases) || hasPhrase(r.fixed, onItPhrases) || // "quoi mettre sur les PC de l'école ?"
		hasAny(r.fixed, systemWords) || r.askedCategory && slices.Contains(r.u.Categories, "systeme") && !slices.Contains(r.deviceCats, "systeme") {
		return
	}
	r.u.Categories = slices.DeleteFunc(r.u.Categories, func(c string) bool { return c == "systeme" })
}

var systemWords = wordSet("systeme", "systemes", "linux", "windows", "os", "distribution", "distrib", "distro", "ubuntu", "mint",
	"reinstaller", "formater", "dessus", "operating", "system")
