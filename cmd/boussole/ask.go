// SPDX-License-Identifier: AGPL-3.0-or-later

package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/boussole-libre/boussole/bot"
)

// maxQuestionLine bounds one stdin line of `boussole ask`: a longer line is answered with
// an error (an error object with --json) and the batch goes on.
const maxQuestionLine = 64 * 1024

// cmdAsk answers one question, or one per stdin line.
func cmdAsk(args []string, stdin io.Reader, stdout io.Writer) error {
	fs, asJSON := jsonFlags("ask")
	conv := fs.Bool("conversation", false, "read the stdin lines as one conversation (follow-ups complete the previous question)")
	kb, _, err := parseWithKB(fs, args)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(stdout)
	defer w.Flush()
	a := asker{b: bot.New(kb), w: w, json: *asJSON, enc: json.NewEncoder(w), conversation: *conv}
	a.enc.SetEscapeHTML(false)
	if fs.NArg() > 0 {
		return a.answer(strings.Join(fs.Args(), " "))
	}
	return a.lines(stdin)
}

// asker writes answers to questions, as text or JSON Lines.
type asker struct {
	b    *bot.Bot
	w    io.Writer
	json bool
	enc  *json.Encoder
	// conversation: lines are one conversation; by default each line stands alone, so
	// that scripts and tests stay deterministic.
	conversation bool
}

// askKey is the conversation of `boussole ask --conversation`.
var askKey = bot.ConversationKey{Platform: "cli", Channel: "stdin", User: "stdin"}

func (a asker) answer(q string) error {
	ask := a.b.Ask
	if a.conversation {
		ask = func(q string) (bot.Understanding, bot.Reply) { return a.b.Converse(askKey, q) }
	}
	u, r := ask(q)
	if a.json {
		return a.enc.Encode(bot.NewAnswer(q, u, r))
	}
	_, err := fmt.Fprintln(a.w, bot.Text(r))
	return err
}

// lineError is the JSON Lines record for a line that could not be answered.
type lineError struct {
	Line  int    `json:"line"`
	Error string `json:"error"`
}

// lines answers each non-empty line of r in order.
func (a asker) lines(r io.Reader) error {
	br := bufio.NewReaderSize(r, 4096)
	for n := 1; ; n++ {
		line, size, err := readBoundedLine(br, maxQuestionLine)
		if err != nil && err != io.EOF {
			return fmt.Errorf("read questions: %w", err)
		}
		if q := strings.TrimSpace(line); size > maxQuestionLine {
			if werr := a.tooLong(n, size); werr != nil {
				return werr
			}
		} else if q != "" {
			if werr := a.answer(q); werr != nil {
				return werr
			}
			if !a.json {
				fmt.Fprintln(a.w)
			}
		}
		if err == io.EOF {
			return nil
		}
	}
}

func (a asker) tooLong(line, size int) error {
	msg := fmt.Sprintf("ligne trop longue (%d octets, au plus %d) : question ignorée", size, maxQuestionLine)
	if a.json {
		return a.enc.Encode(lineError{Line: line, Error: msg})
	}
	_, err := fmt.Fprintf(a.w, "ligne %d : %s\n\n", line, msg)
	return err
}

// readBoundedLine reads one line of any length, keeping at most max bytes of it, and
// returns its full size so that the caller can refuse an over-long line.
func readBoundedLine(r *bufio.Reader, max int) (string, int, error) {
	var b []byte
	size := 0
	for {
		chunk, isPrefix, err := r.ReadLine()
		size += len(chunk)
		if len(b) < max {
			b = append(b, chunk[:min(len(chunk), max-len(b))]...)
		}
		if err != nil || !isPrefix {
			return string(b), size, err
		}
	}
}
