// SPDX-License-Identifier: AGPL-3.0-or-later

package main

import (
	"fmt"
	"io"
)

// kbCommands are the `boussole kb` subcommands, one file each (kb_*.go).
var kbCommands = map[string]func(args []string, stdout io.Writer) error{
	"validate": cmdKBValidate,
	"stats":    cmdKBStats,
	"export":   cmdKBExport,
	"verify":   cmdKBVerify,
}

// cmdKB runs a `boussole kb` subcommand.
func cmdKB(args []string, stdout io.Writer) error {
	if len(args) == 0 {
		return fmt.Errorf("%w: kb needs validate, stats or export", errUsage)
	}
	if cmd, ok := kbCommands[args[0]]; ok {
		return cmd(args[1:], stdout)
	}
	return fmt.Errorf("%w: unknown kb command %q", errUsage, args[0])
}
