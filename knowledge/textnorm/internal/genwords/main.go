// SPDX-License-Identifier: AGPL-3.0-or-later

// Command genwords builds the Bloom filters of ordinary words that textnorm uses to keep
// typo correction away from real words and real words out of unknown product names.
// Sources: Debian's wfrench word list (GPL-2.0-or-later) and wamerican (SCOWL, permissive:
// see knowledge/textnorm/data/NOTICE), every lower-case entry folded as textnorm folds text.
//
//	apt-get install wfrench wamerican
//	go run ./knowledge/textnorm/internal/genwords -dict /usr/share/dict/french -out knowledge/textnorm/data/french-words.bloom
//	go run ./knowledge/textnorm/internal/genwords -dict /usr/share/dict/american-english -out knowledge/textnorm/data/english-words.bloom
package main

import (
	"encoding/binary"
	"flag"
	"fmt"
	"log"
	"math"
	"os"
	"strings"

	"github.com/boussole-libre/boussole/knowledge/internal/wordlist"
	"github.com/boussole-libre/boussole/knowledge/textnorm"
)

func main() {
	fp := flag.Float64("fp", 0.001, "false-positive rate")
	dict := flag.String("dict", "/usr/share/dict/french", "French word list, one word per line")
	out := flag.String("out", "knowledge/textnorm/data/french-words.bloom", "output file")
	flag.Parse()
	if err := run(*dict, *out, *fp); err != nil {
		log.Fatal(err)
	}
}

// run writes the filter of the words of the list at dict to out.
func run(dict, out string, fp float64) error {
	words, err := readWords(dict)
	if err != nil {
		return err
	}
	b := build(words, fp)
	if err := os.WriteFile(out, b, 0o644); err != nil {
		return err
	}
	fmt.Printf("%d words, %d bytes\n", len(words), len(b))
	return nil
}

// readWords lists every word of the list once; a compound ("arc en ciel") gives each
// of its words.
func readWords(path string) ([]string, error) {
	list, err := wordlist.Read(path)
	if err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	var words []string
	for _, entry := range list {
		for _, part := range strings.Fields(entry) {
			if !seen[part] {
				seen[part] = true
				words = append(words, part)
			}
		}
	}
	return words, nil
}

// build sizes the filter for the false-positive rate and sets every word's bits.
func build(words []string, fp float64) []byte {
	n := float64(len(words))
	m := uint64(math.Ceil(-n * math.Log(fp) / (math.Ln2 * math.Ln2)))
	k := uint32(math.Round(float64(m) / n * math.Ln2))
	out := make([]byte, 12+(m+7)/8)
	binary.LittleEndian.PutUint64(out[:8], m)
	binary.LittleEndian.PutUint32(out[8:12], k)
	bits := out[12:]
	for _, w := range words {
		h1, h2 := textnorm.BloomHashes(w)
		for i := uint64(0); i < uint64(k); i++ {
			bit := (h1 + i*h2) % m
			bits[bit/8] |= 1 << (bit % 8)
		}
	}
	return out
}
