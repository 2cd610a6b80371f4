package main

import (
	"context"
	"fmt"
	"io"
)

func cmdRun(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("run")
	cfgPath := fs.String("config", "", "configuration file")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *cfgPath == "" {
		return fmt.Errorf("%w: run needs --config FILE (see config.example.yaml)", errUsage)
	}
	return fmt.Errorf("run: not implemented yet")
}
