// SPDX-License-Identifier: AGPL-3.0-or-later

// Package console is the terminal chat: Boussole's default front end when no chat platform
// is configured. It reads one question per line and prints the plain-text answer.
package console

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/boussole-libre/boussole/bot"
)

// MaxLine bounds a line read from the terminal; a longer line is answered on its first
// MaxLine bytes rather than dropped.
const MaxLine = 64 * 1024

// Chat answers each line of in on out until in ends or ctx is cancelled. With prompt set
// (an interactive terminal) it greets the person and shows a prompt.
func Chat(ctx context.Context, b *bot.Bot, in io.Reader, out io.Writer, prompt bool) error {
	if prompt {
		fmt.Fprintln(out, "Boussole — posez votre question (« alternative à Google Drive ? », « qui peut héberger Nextcloud à Rennes ? »). /aide pour l'aide, Ctrl-D pour quitter.")
	}
	lines := make(chan string)
	errc := make(chan error, 1)
	go func() {
		defer close(lines)
		r := bufio.NewReaderSize(in, 4096)
		for {
			line, err := readLine(r)
			if line != "" || err == nil {
				select {
				case lines <- line:
				case <-ctx.Done():
					return
				}
			}
			if err != nil {
				if err != io.EOF {
					errc <- err
				}
				return
			}
		}
	}()
	for {
		if prompt {
			fmt.Fprint(out, "> ")
		}
		select {
		case <-ctx.Done():
			return nil
		case line, ok := <-lines:
			if !ok {
				select {
				case err := <-errc:
					return fmt.Errorf("console: read: %w", err)
				default:
				}
				if prompt {
					fmt.Fprintln(out)
				}
				return nil
			}
			line = strings.TrimSpace(line)
			if line == "" {
				continue
			}
			if _, err := fmt.Fprintln(out, Answer(b, line)); err != nil {
				return fmt.Errorf("console: write: %w", err)
			}
			if prompt {
				fmt.Fprintln(out)
			}
		}
	}
}

// readLine reads a line of any length, keeping at most MaxLine bytes of it.
func readLine(r *bufio.Reader) (string, error) {
	var b []byte
	for {
		chunk, isPrefix, err := r.ReadLine()
		if len(b) < MaxLine {
			b = append(b, chunk[:min(len(chunk), MaxLine-len(b))]...)
		}
		if err != nil {
			return string(b), err
		}
		if !isPrefix {
			return string(b), nil
		}
	}
}

// terminal is the one conversation of the terminal chat.
var terminal = bot.ConversationKey{Platform: "console", Channel: "terminal", User: "terminal"}

// Answer answers one line: a slash command ("/prestataires région:35") or a question.
func Answer(b *bot.Bot, line string) string {
	if strings.HasPrefix(line, "/") {
		name, rest, _ := strings.Cut(strings.TrimPrefix(line, "/"), " ")
		top, ok := bot.FindCommand(name)
		if !ok {
			return "Commande inconnue : /" + name + " — /aide liste les commandes."
		}
		path, cmd, rest := bot.SplitPath(top, rest)
		if len(top.Sub) > 0 && len(cmd.Sub) > 0 {
			return "/" + strings.TrimSpace(top.Name+" "+strings.Join(path, " ")) + " : précisez la sous-commande (" + subNames(cmd) + ")."
		}
		args, err := bot.ParseArgs(cmd, rest)
		if err != nil {
			return "/" + strings.TrimSpace(top.Name+" "+strings.Join(path, " ")) + " : " + err.Error()
		}
		// The terminal belongs to whoever can already edit the KB files: they are admin.
		return bot.Text(b.Run(top.Name, bot.Call{Args: args, Lang: bot.French, Path: path,
			Caller: bot.Caller{Platform: "console", UserID: "terminal", Admin: true}}))
	}
	_, r := b.Converse(terminal, line)
	return bot.Text(r)
}

func subNames(c bot.Command) string {
	var n []string
	for _, s := range c.Sub {
		n = append(n, s.Name)
	}
	return strings.Join(n, ", ")
}
