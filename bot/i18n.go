// SPDX-License-Identifier: AGPL-3.0-or-later

package bot

// Tr picks the text in the reply's language: English when l is English, French otherwise.
// It is the one place every front end (adapters included) chooses between the two.
func Tr(l Lang, fr, en string) string {
	if l == English {
		return en
	}
	return fr
}
