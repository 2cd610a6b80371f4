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

// parseWithKB parses the flags, then loads the KB named by the --kb flag dir (the
// embedded one when empty): the start of every command that answers from the KB.
func parseWithKB(fs *flag.FlagSet, args []string, dir *string) (*knowledge.KB, error) {
	if err := parse(fs, args); err != nil {
		return nil, err
	}
	return loadKB(*dir)
}

// parseKBDir is parseWithKB for the kb subcommands that check or count a KB: the
// directory may also be given as their one operand ("boussole kb validate ./kb").
func parseKBDir(fs *flag.FlagSet, args []string, dir *string) (*knowledge.KB, error) {
	if err := parse(fs, args); err != nil {
		return nil, err
	}
	switch {
	case fs.NArg() > 1 || (fs.NArg() == 1 && *dir != ""):
		return nil, fmt.Errorf("%w: %s needs at most one KB directory (--kb DIR or DIR)", errUsage, fs.Name())
	case fs.NArg() == 1:
		*dir = fs.Arg(0)
	}
	return loadKB(*dir)
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
