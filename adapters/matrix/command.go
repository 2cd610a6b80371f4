// SPDX-License-Identifier: AGPL-3.0-or-later

package matrix

import (
	"strings"
	"unicode"

	"github.com/boussole-libre/boussole/bot"
)

// Prefix starts a command: Matrix has no server-side slash commands, and "/" is taken by
// the clients themselves, so commands are typed "!prestataires 35".
const Prefix = "!"

// maxCommandText bounds what the parser reads; a Matrix event is at most 64 KiB anyway and
// the bot caps option values itself.
const maxCommandText = 8 << 10

// Command is a "!" command read from a message, resolved against bot.Commands().
type Command struct {
	// Known is false for "!something" that is not in the command table.
	Known bool
	// Typed is the command name as typed, lower-cased ("prestataires", "providers").
	Typed string
	// Name is the table name of the top command ("prestataires"), Path the sub-command
	// path under it (["prestataire", "ajouter"]).
	Name string
	Path []string
	// Args are the options by French name, as bot.Call takes them.
	Args map[string]string
	// Lang is English when the command or its options were typed in English.
	Lang bot.Lang
	// Admin says the command is reserved to the KB admins.
	Admin bool
	// Err, when not empty, is why the command cannot run (unknown option, missing value,
	// missing sub-command); it is shown to the person instead of running the command.
	Err string
	// Usage is "!kb prestataire ajouter" with its options, for error messages.
	Usage string
}

// ParseCommand reads a "!" command at the start of text (after any mention of the bot was
// removed). It reports false when text is not a command at all, so that it is treated as
// a question.
func ParseCommand(text string) (Command, bool) {
	if len(text) > maxCommandText {
		text = text[:maxCommandText]
	}
	text = strings.TrimSpace(text)
	rest, ok := strings.CutPrefix(text, Prefix)
	if !ok || rest == "" || unicode.IsSpace(rune(rest[0])) || strings.HasPrefix(rest, Prefix) {
		return Command{}, false // "!", "! foo", "!!": not a command
	}
	name, args := cutWord(rest)
	c := Command{Typed: strings.ToLower(name), Lang: bot.French}
	top, found := bot.FindCommand(c.Typed)
	if !found {
		return c, true
	}
	c.Known, c.Name = true, top.Name
	path, cmd, args := bot.SplitPath(top, args)
	c.Path = path
	c.Lang = commandLang(cmd, c.Typed, args)
	if c.Typed == top.NameEN && top.NameEN != top.Name {
		c.Lang = bot.English
	}
	c.Admin = top.Admin || cmd.Admin
	c.Usage = strings.TrimSpace(Prefix + strings.Join(append([]string{top.Name}, path...), " ") + " " + cmd.OptionsHint())
	if len(cmd.Sub) > 0 {
		c.Err = bot.Tr(c.Lang, "précisez la sous-commande : ", "say which sub-command: ") + subNames(cmd)
		return c, true
	}
	parsed, err := bot.ParseArgs(cmd, args)
	if err != nil {
		c.Err = err.Error()
		return c, true
	}
	c.Args = parsed
	return c, true
}

// Call is the bot.Call for a command that parsed without error.
func (c Command) Call(user string, admin bool) bot.Call {
	return bot.Call{Args: c.Args, Lang: c.Lang, Path: c.Path,
		Caller: bot.Caller{Platform: "matrix", UserID: user, Admin: admin}}
}

// cutWord splits text at its first run of white space (a newline counts).
func cutWord(s string) (string, string) {
	i := strings.IndexFunc(s, unicode.IsSpace)
	if i < 0 {
		return s, ""
	}
	return s[:i], strings.TrimSpace(s[i:])
}

// commandLang answers in English when English option names were typed ("region:35"
// where the French name is "région").
func commandLang(cmd bot.Command, typed, text string) bot.Lang {
	if cmd.NameEN != cmd.Name && typed == cmd.NameEN {
		return bot.English
	}
	low := strings.ToLower(text)
	for _, o := range cmd.Options {
		if o.NameEN == o.Name {
			continue
		}
		if strings.Contains(low, strings.ToLower(o.NameEN)+":") || strings.Contains(low, strings.ToLower(o.NameEN)+"=") {
			return bot.English
		}
	}
	return bot.French
}

func subNames(c bot.Command) string {
	n := make([]string, 0, len(c.Sub))
	for _, s := range c.Sub {
		n = append(n, s.Name)
	}
	return strings.Join(n, ", ")
}
