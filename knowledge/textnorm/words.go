// SPDX-License-Identifier: AGPL-3.0-or-later

package textnorm

import (
	_ "embed"
	"encoding/binary"
	"hash/fnv"
)

// Ordinary French words, as a Bloom filter built from Debian's French word list (wfrench,
// GPL-2.0-or-later) by internal/genwords: 346,000 forms, conjugations included, in 600 KB
// instead of the 20 MB a map would take. A typo correction never "corrects" a real word
// ("maintenu" is no typo of "maintenir", "heure" none of "Eure"). One word in a thousand
// that is not French tests as French: such a typo is left uncorrected, which is the safe side.
//
//go:embed data/french-words.bloom
var frenchBloom []byte

// Ordinary English words, from Debian's wamerican list (SCOWL, permissive licence; see
// data/NOTICE), built the same way: an English word in a question ("privacy", "french")
// is no unknown product name.
//
//go:embed data/english-words.bloom
var englishBloom []byte

// bloomHeader is the size of the filter's header: bit count (uint64) and hash count (uint32).
const bloomHeader = 12

// IsFrenchWord reports whether a folded word (lower case, no accents) is an ordinary French
// word form.
func IsFrenchWord(w string) bool { return inBloom(frenchBloom, w) }

// IsEnglishWord reports whether a folded word is an ordinary English word form.
func IsEnglishWord(w string) bool { return inBloom(englishBloom, w) }

func inBloom(filter []byte, w string) bool {
	if len(filter) <= bloomHeader || w == "" {
		return false
	}
	m := binary.LittleEndian.Uint64(filter[:8])
	k := binary.LittleEndian.Uint32(filter[8:12])
	bits := filter[bloomHeader:]
	h1, h2 := BloomHashes(w)
	for i := uint64(0); i < uint64(k); i++ {
		bit := (h1 + i*h2) % m
		if bits[bit/8]&(1<<(bit%8)) == 0 {
			return false
		}
	}
	return true
}

// BloomHashes are the two hashes the filter's k probes are derived from (double hashing);
// the generator uses the same.
func BloomHashes(w string) (uint64, uint64) {
	h := fnv.New64a()
	h.Write([]byte(w))
	h1 := h.Sum64()
	h.Write([]byte{0xff})
	h2 := h.Sum64() | 1
	return h1, h2
}
