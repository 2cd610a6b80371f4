// SPDX-License-Identifier: AGPL-3.0-or-later

package main

import (
	"flag"
	"fmt"
	"io"

	"github.com/boussole-libre/boussole/knowledge"
)

func newFlags(name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	return fs
}

func parse(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		return fmt.Errorf("%w: %s: %v", errUsage, fs.Name(), err)
	}
	return nil
}

// jsonFlags starts the flags of a command that can answer in JSON (--json).
func jsonFlags(name string) (*flag.FlagSet, *bool) {
	fs := newFlags(name)
	return fs, fs.Bool("json", false, "JSON output")
}

// parseWithKB adds --kb, parses the flags, then loads the KB that --kb names (the
// embedded one when empty): the start of every command that answers from the KB. It
// returns the directory too, for the commands that name it.
func parseWithKB(fs *flag.FlagSet, args []string) (*knowledge.KB, string, error) {
	dir := fs.String("kb", "", "knowledge directory (default: the embedded KB)")
	if err := parse(fs, args); err != nil {
		return nil, "", err
	}
	kb, err := loadKB(*dir)
	return kb, *dir, err
}

// parseKBDir is parseWithKB for the kb subcommands that check or count a KB: the
// directory may also be given as their one operand ("boussole kb validate ./kb").
func parseKBDir(fs *flag.FlagSet, args []string) (*knowledge.KB, string, error) {
	dir := fs.String("kb", "", "knowledge directory (or as the operand; default: the embedded KB)")
	if err := parse(fs, args); err != nil {
		return nil, "", err
	}
	switch {
	case fs.NArg() > 1 || (fs.NArg() == 1 && *dir != ""):
		return nil, "", fmt.Errorf("%w: %s needs at most one KB directory (--kb DIR or DIR)", errUsage, fs.Name())
	case fs.NArg() == 1:
		*dir = fs.Arg(0)
	}
	kb, err := loadKB(*dir)
	return kb, *dir, err
}

// operands parses the arguments of a subcommand that has no flags of its own and returns
// its operands, refusing fewer than min or more than max with what the command needs.
func operands(name string, args []string, min, max int, need string) ([]string, error) {
	fs := newFlags(name)
	if err := parse(fs, args); err != nil {
		return nil, err
	}
	if fs.NArg() < min || fs.NArg() > max {
		return nil, fmt.Errorf("%w: %s needs %s", errUsage, name, need)
	}
	return fs.Args(), nil
}
