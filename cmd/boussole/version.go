// SPDX-License-Identifier: AGPL-3.0-or-later

package main

import (
	"encoding/json"
	"fmt"
	"io"
	"runtime/debug"

	"github.com/boussole-libre/boussole/knowledge"
)

// version is set at build time: go build -ldflags "-X main.version=1.2.0". Without it,
// the module version of `go install …@v1.2.0` is used, else "dev".
var version = ""

// versionString is the version shown by `boussole version` and the web footer.
func versionString() string {
	if version != "" {
		return version
	}
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "dev"
}

// versionInfo is `boussole version --json`.
type versionInfo struct {
	Version   string         `json:"version"`
	Commit    string         `json:"commit,omitempty"`
	CommitAt  string         `json:"commit_time,omitempty"`
	Modified  bool           `json:"modified"` // built from a work tree with uncommitted changes
	GoVersion string         `json:"go"`
	KBDate    string         `json:"kb_date"` // the newest source date in the KB
	Counts    map[string]int `json:"counts"`
}

func cmdVersion(args []string, stdout io.Writer) error {
	fs, asJSON := jsonFlags("version")
	kb, _, err := parseWithKB(fs, args)
	if err != nil {
		return err
	}
	v := versionInfo{Version: versionString(), KBDate: kbDate(kb), Counts: map[string]int{
		"tools": len(kb.Tools), "products": len(kb.Products), "providers": len(kb.Providers), "categories": len(kb.Categories)}}
	if bi, ok := debug.ReadBuildInfo(); ok {
		v.GoVersion = bi.GoVersion
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				v.Commit = s.Value
			case "vcs.time":
				v.CommitAt = s.Value
			case "vcs.modified":
				v.Modified = s.Value == "true"
			}
		}
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(v)
	}
	commit := v.Commit
	if commit == "" {
		commit = "unknown (built without VCS information)"
	} else if v.Modified {
		commit += " (modified)"
	}
	_, err = fmt.Fprintf(stdout, "boussole %s\ncommit: %s\nknowledge base: sources up to %s — %d tools, %d products, %d providers, %d categories\n%s\n",
		v.Version, commit, v.KBDate, v.Counts["tools"], v.Counts["products"], v.Counts["providers"], v.Counts["categories"], v.GoVersion)
	return err
}

// kbDate is the newest date of any source in the KB ("YYYY-MM-DD" compares as text): how
// fresh the facts are, whatever the files' own times.
func kbDate(kb *knowledge.KB) string {
	newest := ""
	see := func(srcs []knowledge.Source) {
		for _, s := range srcs {
			if w := s.When(); w > newest {
				newest = w
			}
		}
	}
	for _, t := range kb.Tools {
		see(t.Sources)
	}
	for _, p := range kb.Products {
		see(p.Sources)
	}
	for _, p := range kb.Providers {
		see(p.Sources)
	}
	if newest == "" {
		return "unknown"
	}
	return newest
}
