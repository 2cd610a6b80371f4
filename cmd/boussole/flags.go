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
