// SPDX-License-Identifier: AGPL-3.0-or-later

// Package wordlist reads a dictionary word list (Debian's wfrench, one word a line) for
// the generators of the geography and text-normalisation data, so that both read it the
// same way.
package wordlist

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/boussole-libre/boussole/knowledge/textnorm"
)

// Read returns the folded form of every lower-case entry of the list at path, in the
// list's order. Capitalised entries are proper nouns, and a proper noun in a list of
// ordinary words would make a place look ordinary. A compound ("arc-en-ciel") stays one
// entry ("arc en ciel").
func Read(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("word list: %w", err)
	}
	defer f.Close()
	words, err := parse(f)
	if err != nil {
		return nil, fmt.Errorf("word list %s: %w", path, err)
	}
	return words, nil
}

// parse reads one word a line and keeps the lower-case ones, folded.
func parse(r io.Reader) ([]string, error) {
	var words []string
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		w := strings.TrimSpace(sc.Text())
		if w == "" || strings.ToLower(w) != w {
			continue
		}
		if f := textnorm.Fold(w); f != "" { // a line of punctuation folds to nothing
			words = append(words, f)
		}
	}
	return words, sc.Err()
}
