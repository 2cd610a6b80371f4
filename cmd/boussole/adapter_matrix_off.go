// SPDX-License-Identifier: AGPL-3.0-or-later

//go:build no_matrix

package main

// matrixConfig reads the matrix section of a config file written for a full binary.
type matrixConfig = offSection

// startMatrix refuses an enabled Matrix section in a binary built without it.
func startMatrix(cfg *Config, _ startEnv) (runner, error) {
	return builtWithout("Matrix", "no_matrix", cfg.Matrix.Enabled)
}
