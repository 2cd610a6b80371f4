// SPDX-License-Identifier: AGPL-3.0-or-later

package textnorm

// MaxTypoWord is the longest word any typo search looks at. The symmetric-delete search
// grows with the cube of a word's length (a 990-letter word once cost a gigabyte), and no
// name people type is this long, so longer words are never "corrected".
const MaxTypoWord = 32

// MaxTypos is the typo budget for a word of n letters, the rule search engines use: none
// under 4 letters (short words collide too easily), one from 4 to 7, two from 8.
func MaxTypos(n int) int {
	switch {
	case n < 4, n > MaxTypoWord:
		return 0
	case n < 8:
		return 1
	default:
		return 2
	}
}

// Distance is the optimal-string-alignment distance between a and b (insertions,
// deletions, substitutions and swaps of two adjacent letters each cost one), or max+1 as
// soon as it is known to exceed max. Inputs are folded ASCII-ish words, compared by byte.
func Distance(a, b string, max int) int {
	la, lb := len(a), len(b)
	if d := la - lb; d > max || -d > max {
		return max + 1
	}
	if la == 0 {
		return lb
	}
	if lb == 0 {
		return la
	}
	// Three rolling rows; words are short, so stack arrays avoid allocation.
	var buf [3][64]int
	if lb >= 64 {
		return slowDistance(a, b, max)
	}
	prev2, prev, cur := buf[0][:lb+1], buf[1][:lb+1], buf[2][:lb+1]
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= la; i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= lb; j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				v = min(v, prev2[j-2]+1)
			}
			cur[j] = v
			rowMin = min(rowMin, v)
		}
		if rowMin > max {
			return max + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	if prev[lb] > max {
		return max + 1
	}
	return prev[lb]
}

func slowDistance(a, b string, max int) int {
	la, lb := len(a), len(b)
	d := make([][]int, la+1)
	for i := range d {
		d[i] = make([]int, lb+1)
		d[i][0] = i
	}
	for j := 0; j <= lb; j++ {
		d[0][j] = j
	}
	for i := 1; i <= la; i++ {
		for j := 1; j <= lb; j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	if d[la][lb] > max {
		return max + 1
	}
	return d[la][lb]
}

// Deletes returns s and every string obtained from s by deleting up to n bytes: the
// symmetric-delete keys that let a dictionary find words within n typos with map lookups
// instead of comparing against every word. A word longer than MaxTypoWord gets no deletes:
// their number grows with the square of the length, and their size with its cube.
func Deletes(s string, n int) []string {
	if len(s) > MaxTypoWord {
		n = 0
	}
	out := []string{s}
	seen := map[string]struct{}{s: {}}
	frontier := []string{s}
	for k := 0; k < n; k++ {
		var next []string
		for _, w := range frontier {
			for i := 0; i < len(w); i++ {
				d := w[:i] + w[i+1:]
				if _, ok := seen[d]; ok {
					continue
				}
				seen[d] = struct{}{}
				out = append(out, d)
				next = append(next, d)
			}
		}
		frontier = next
	}
	return out
}
