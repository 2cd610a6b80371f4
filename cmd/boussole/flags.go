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
