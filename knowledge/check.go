// SPDX-License-Identifier: AGPL-3.0-or-later

package knowledge

import (
	"net/url"
	"strings"

	"github.com/boussole-libre/boussole/knowledge/textnorm"
)

// checkURL returns why s is not an absolute http(s) URL, or "".
func checkURL(s string) string {
	if strings.ContainsAny(s, " \t\n") {
		return "contains spaces: " + s
	}
	u, err := url.Parse(s)
	if err != nil {
		return "is not a valid URL: " + s
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return "must start with https:// (or http://): " + s
	}
	if u.Host == "" || !strings.Contains(u.Host, ".") {
		return "has no valid host: " + s
	}
	return ""
}

// ValidSIREN reports whether s is a SIREN number: 9 digits passing the Luhn checksum.
// La Poste's SIREN (356000000) is the one documented exception.
func ValidSIREN(s string) bool {
	s = strings.ReplaceAll(s, " ", "")
	if len(s) != 9 {
		return false
	}
	sum := 0
	for i := 0; i < 9; i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return false
		}
		d := int(c - '0')
		if i%2 == 1 { // every second digit from the left, as the 9th is the check digit
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
	}
	return sum%10 == 0 || s == "356000000"
}

// freeLicenses are SPDX identifiers of licences approved by the OSI or the FSF that the KB
// accepts. Source-available licences are refused with an explanation.
var freeLicenses = map[string]bool{}

func init() {
	for _, id := range strings.Fields(`
		AGPL-3.0-only AGPL-3.0-or-later GPL-1.0-only GPL-1.0-or-later GPL-2.0-only GPL-2.0-or-later GPL-3.0-only GPL-3.0-or-later
		LGPL-2.1-only LGPL-2.1-or-later LGPL-3.0-only LGPL-3.0-or-later LGPL-2.0-only LGPL-2.0-or-later
		MPL-2.0 MPL-2.0-no-copyleft-exception MPL-1.1 EPL-1.0 EPL-2.0 CDDL-1.0 CDDL-1.1 EUPL-1.1 EUPL-1.2 CECILL-2.1 CECILL-2.0 CECILL-B CECILL-C
		Apache-2.0 MIT MIT-0 BSD-2-Clause BSD-3-Clause BSD-4-Clause 0BSD ISC Zlib Unlicense
		Artistic-2.0 Artistic-1.0-Perl BSD-3-Clause-LBNL PostgreSQL OSL-3.0 AFL-3.0 CPAL-1.0 MS-PL MS-RL
		Python-2.0 PHP-3.0 PHP-3.01 OpenSSL OLDAP-2.8 Ruby X11 BSL-1.0 NCSA UPL-1.0 WTFPL
		CC0-1.0 LPPL-1.3c QPL-1.0 Sleepycat Vim ECL-2.0 APSL-2.0 IJG NPL-1.1 Zend-2.0 OFL-1.1
		GFDL-1.3-or-later Imlib2 FTL libpng-2.0 Libpng Unicode-DFS-2016 BlueOak-1.0.0 EFL-2.0 MulanPSL-2.0
	`) {
		freeLicenses[id] = true
	}
}

var notFree = map[string]string{
	"busl-1.1": "the Business Source License", "bsl-1.1": "the Business Source License",
	"sspl-1.0": "the SSPL", "elastic-2.0": "the Elastic License", "commons-clause": "the Commons Clause",
	"sustainable-use": "the Sustainable Use License", "proprietary": "a proprietary licence",
	"fair-code": "a fair-code licence", "polyform": "a PolyForm licence",
}

// checkLicense returns why an SPDX expression is not accepted, or "". Expressions may
// combine identifiers with OR, AND, WITH (exceptions) and parentheses.
func checkLicense(expr string) string {
	if why, bad := notFree[strings.ToLower(expr)]; bad {
		return "licence " + expr + " is " + why + ", which is not a free-software licence: leave the tool out"
	}
	repl := strings.NewReplacer("(", " ", ")", " ")
	words := strings.Fields(repl.Replace(expr))
	afterWith := false
	for _, w := range words {
		switch {
		case w == "OR" || w == "AND":
			afterWith = false
			continue
		case w == "WITH":
			afterWith = true
			continue
		case afterWith:
			afterWith = false // an exception identifier such as Classpath-exception-2.0
			continue
		}
		id := strings.TrimSuffix(w, "+")
		if freeLicenses[id] {
			continue
		}
		if why, bad := notFree[strings.ToLower(id)]; bad {
			return "licence " + id + " is " + why + ", which is not a free-software licence: leave the tool out"
		}
		return "licence " + w + " is not a known free-software SPDX identifier (e.g. AGPL-3.0-or-later, MPL-2.0, MIT)" + didYouMean(id, licenseIDs())
	}
	return ""
}

func licenseIDs() []string {
	out := make([]string, 0, len(freeLicenses))
	for k := range freeLicenses {
		out = append(out, k)
	}
	return out
}

// didYouMean suggests the closest of candidates to s, within the usual typo budget, as a
// message suffix; "" when nothing is close.
func didYouMean(s string, candidates []string) string {
	key := strings.ToLower(s)
	best, bestD := "", 3
	for _, c := range candidates {
		d := textnorm.Distance(key, strings.ToLower(c), 2)
		if d < bestD || (d == bestD && c < best) {
			best, bestD = c, d
		}
	}
	if best == "" || bestD > max(1, textnorm.MaxTypos(len(s))) {
		return ""
	}
	return " (did you mean " + "\"" + best + "\"?)"
}
