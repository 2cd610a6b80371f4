// SPDX-License-Identifier: AGPL-3.0-or-later

package main

import (
	"fmt"
	"io"
)

// cmdKBValidate checks a KB directory (the embedded KB by default) and lists every problem.
func cmdKBValidate(args []string, stdout io.Writer) error {
	fs := newFlags("kb validate")
	kb, dir, err := parseKBDir(fs, args)
	if err != nil {
		return err
	}
	s := kb.Stats()
	where := dir
	if where == "" {
		where = "embedded KB"
	}
	fmt.Fprintf(stdout, "%s: OK — %d categories, %d tools, %d products, %d providers, %d files\n",
		where, s.Categories, s.Tools, s.Products, s.Providers, len(kb.Files))
	for _, w := range kb.Warnings {
		fmt.Fprintf(stdout, "warning: %s\n", w)
	}
	return nil
}
