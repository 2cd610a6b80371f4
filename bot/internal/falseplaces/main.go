// SPDX-License-Identifier: AGPL-3.0-or-later

// Command falseplaces measures how often Boussole reads a place into ordinary French
// sentences that name none: the sentences of Debian's French manual pages (package
// manpages-fr), a few thousand lines about files, options and processes.
//
//	apt-get install manpages-fr
//	go run ./bot/internal/falseplaces -man /usr/share/man/fr -max 5000
//
// It prints the rate and every sentence where a place was found, with the place, so that
// each false place can be traced to its cause. The goal is none.
package main

import (
	"bufio"
	"compress/gzip"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"log"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/boussole-libre/boussole/bot"
	"github.com/boussole-libre/boussole/knowledge/data"
)

func main() {
	man := flag.String("man", "/usr/share/man/fr", "French manual pages")
	limit := flag.Int("max", 5000, "sentences to read at most")
	flag.Parse()
	sentences, err := readSentences(*man, *limit)
	if err != nil {
		log.Fatal(err)
	}
	kb, err := data.Load()
	if err != nil {
		log.Fatal(err)
	}
	b := bot.New(kb)
	places := 0
	for _, s := range sentences {
		u, _ := b.Ask(s)
		if !u.Place.IsZero() {
			places++
			fmt.Printf("place %q (%s) in: %s\n", u.Place.Label, u.Intent, s)
		}
	}
	fmt.Printf("%d sentences, %d with a place: %.2f %%\n", len(sentences), places, 100*float64(places)/float64(max(1, len(sentences))))
}

var (
	troffEscape = regexp.MustCompile(`\\f[BIRP]|\\f\(..|\\\(..|\\[-&|^e]|\\\*.|\\s[-+]?\d`)
	sentenceEnd = regexp.MustCompile(`([.!?;:])\s+`)
)

// readSentences reads the text lines of the pages (troff requests dropped), splits them
// into sentences and keeps those of five words or more.
func readSentences(root string, max int) ([]string, error) {
	var out []string
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || len(out) >= max {
			return err
		}
		text, err := readPage(p)
		if err != nil {
			return nil // a page that does not read is skipped
		}
		for _, s := range strings.Split(sentenceEnd.ReplaceAllString(text, "$1\n"), "\n") {
			if s = strings.TrimSpace(s); len(strings.Fields(s)) >= 5 && len(out) < max {
				out = append(out, s)
			}
		}
		return nil
	})
	return out, err
}

func readPage(p string) (string, error) {
	f, err := os.Open(p)
	if err != nil {
		return "", err
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(p, ".gz") {
		z, err := gzip.NewReader(f)
		if err != nil {
			return "", err
		}
		r = z
	}
	var b strings.Builder
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, ".") || strings.HasPrefix(line, "'") {
			continue
		}
		b.WriteString(troffEscape.ReplaceAllString(line, "") + " ")
	}
	return b.String(), sc.Err()
}
