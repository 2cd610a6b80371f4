// SPDX-License-Identifier: AGPL-3.0-or-later

// Command boussole is Boussole's one binary: a terminal chat by default, one-shot answers
// (`ask`, `providers`), knowledge-base tools (`kb validate|stats|export`) and the chat
// platform adapters (`run --config FILE`).
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

// errUsage marks a command-line mistake: exit code 2 instead of 1.
var errUsage = errors.New("usage")

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

const usage = `Boussole — le libre, et qui l'installe près de chez vous.

Usage:
  boussole [--kb DIR]                         terminal chat (answers each line when stdin is not a terminal)
  boussole ask [--json] [--kb DIR] [QUESTION] one answer; without QUESTION, one per stdin line
  boussole providers [--region R] [--tool T] [--service S] [--page N] [--json] [--kb DIR]
  boussole kb validate [DIR]                  check a KB directory (default: the embedded KB)
  boussole kb stats [--json] [--kb DIR]       count what the KB holds
  boussole kb export DIR                      write the embedded KB to DIR to maintain your own copy
  boussole run --config FILE                  run the chat adapters (and the web server) configured in FILE
  boussole serve [--addr HOST:PORT] [--kb DIR] the web pages and API alone (default 127.0.0.1:8080)
  boussole version [--json] [--kb DIR]        version, commit and knowledge-base date
`

// run is main without the process: testable, and every error ends here with a message.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	var err error
	if len(args) == 0 || (len(args) > 0 && len(args[0]) > 0 && args[0][0] == '-' && args[0] != "-h" && args[0] != "--help") {
		err = cmdChat(ctx, args, stdin, stdout)
	} else {
		switch args[0] {
		case "ask":
			err = cmdAsk(args[1:], stdin, stdout)
		case "providers":
			err = cmdProviders(args[1:], stdout)
		case "kb":
			err = cmdKB(args[1:], stdout)
		case "run":
			err = cmdRun(ctx, args[1:], stdin, stdout, stderr)
		case "serve":
			err = cmdServe(ctx, args[1:], stderr) // serve.go
		case "version":
			err = cmdVersion(args[1:], stdout) // version.go
		case "help", "-h", "--help":
			fmt.Fprint(stdout, usage)
			return 0
		default:
			err = fmt.Errorf("%w: unknown command %q", errUsage, args[0])
		}
	}
	if err == nil {
		return 0
	}
	var kbErr *kbError
	switch {
	case errors.As(err, &kbErr):
		fmt.Fprintln(stderr, kbErr.Error())
		return 1
	case errors.Is(err, errUsage):
		fmt.Fprintf(stderr, "boussole: %v\n\n%s", err, usage)
		return 2
	default:
		fmt.Fprintf(stderr, "boussole: %v\n", err)
		return 1
	}
}
