// SPDX-License-Identifier: AGPL-3.0-or-later

package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/boussole-libre/boussole/knowledge"
	"github.com/boussole-libre/boussole/knowledge/data"
	"github.com/boussole-libre/boussole/knowledge/geo"
)

// kbError is a KB that failed validation: its message is the list of problems.
type kbError struct{ err *knowledge.ValidationError }

func (e *kbError) Error() string {
	return fmt.Sprintf("%s\n%d problem(s) in the knowledge base", e.err.Error(), len(e.err.Issues))
}

// loadKB loads the KB from dir, or the embedded one when dir is empty.
func loadKB(dir string) (*knowledge.KB, error) {
	var fsys fs.FS = data.FS
	if dir != "" {
		st, err := os.Stat(dir)
		if err != nil {
			return nil, fmt.Errorf("knowledge directory: %w", err)
		}
		if !st.IsDir() {
			return nil, fmt.Errorf("knowledge directory %s is not a directory", dir)
		}
		fsys = os.DirFS(dir)
	}
	kb, err := knowledge.LoadAlong(fsys, geo.Load)
	if err != nil {
		if v, ok := knowledge.IsValidation(err); ok {
			if dir != "" {
				for i := range v.Issues {
					v.Issues[i].Pos.File = filepath.Join(dir, v.Issues[i].Pos.File)
				}
			}
			return nil, &kbError{v}
		}
		return nil, err
	}
	return kb, nil
}
