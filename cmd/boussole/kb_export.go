// SPDX-License-Identifier: AGPL-3.0-or-later

package main

import (
	"fmt"
	"io"

	"github.com/boussole-libre/boussole/knowledge/data"
)

// cmdKBExport writes the embedded KB to a directory, to start maintaining one's own copy.
func cmdKBExport(args []string, stdout io.Writer) error {
	ops, err := operands("kb export", args, 1, 1, "a target directory")
	if err != nil {
		return err
	}
	n, err := data.Export(ops[0])
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "%d files written to %s\n", n, ops[0])
	return nil
}
