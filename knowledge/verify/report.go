// SPDX-License-Identifier: AGPL-3.0-or-later

package verify

import (
	"cmp"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"time"

	"github.com/boussole-libre/boussole/internal/atomicfile"
)

// Severity says how much a finding matters: an error means the KB states something false
// (a closed company, a dead link) and makes `kb verify` exit 1.
type Severity string

// Severities, most serious first.
const (
	Error   Severity = "error"
	Warning Severity = "warning"
	Info    Severity = "info"
)

func (s Severity) rank() int {
	switch s {
	case Error:
		return 0
	case Warning:
		return 1
	}
	return 2
}

// Check names, in report order; they are the values of `--only`.
const (
	CheckSirene    = "sirene"
	CheckLinks     = "links"
	CheckProjects  = "projects"
	CheckFreshness = "freshness"
)

// AllChecks lists every check in report order.
var AllChecks = []string{CheckSirene, CheckLinks, CheckProjects, CheckFreshness}

// Finding is one thing a check noticed about one KB entry.
type Finding struct {
	Severity Severity `json:"severity"`
	Check    string   `json:"check"`
	// Kind is a stable code for scripts ("closed", "dead-link", "archived", "stale"…).
	Kind string `json:"kind"`
	// Subject is the id of the provider, tool or product, SubjectType says which.
	Subject     string `json:"subject"`
	SubjectType string `json:"subject_type"`
	Pos         string `json:"pos,omitempty"` // file:line:col of the entry
	Message     string `json:"message"`       // French, for the admin
	// Evidence is what the message is based on: URLs, the register's values, dates.
	Evidence map[string]string `json:"evidence,omitempty"`
}

// Counts tallies findings by severity.
type Counts struct {
	Errors   int `json:"errors"`
	Warnings int `json:"warnings"`
	Infos    int `json:"infos"`
}

func (c *Counts) add(s Severity) {
	switch s {
	case Error:
		c.Errors++
	case Warning:
		c.Warnings++
	default:
		c.Infos++
	}
}

// ReportVersion is bumped when the JSON form changes incompatibly.
const ReportVersion = 1

// Report is the result of one `kb verify` run. Its JSON form is stable (see ReportVersion).
type Report struct {
	Version  int               `json:"version"`
	Started  time.Time         `json:"started"`
	Finished time.Time         `json:"finished"`
	KB       string            `json:"kb"`
	Checks   []string          `json:"checks"`
	Network  string            `json:"network"` // "ok", "unreachable: …" or "not used"
	Counts   Counts            `json:"counts"`
	ByCheck  map[string]Counts `json:"by_check"`
	Findings []Finding         `json:"findings"`
}

// finish sorts the findings (check order, severity, subject, kind, message) and counts them.
func (r *Report) finish() {
	order := map[string]int{}
	for i, c := range AllChecks {
		order[c] = i
	}
	slices.SortStableFunc(r.Findings, func(a, b Finding) int {
		return cmp.Or(cmp.Compare(order[a.Check], order[b.Check]), cmp.Compare(a.Severity.rank(), b.Severity.rank()),
			cmp.Compare(a.Subject, b.Subject), cmp.Compare(a.Kind, b.Kind), cmp.Compare(a.Message, b.Message))
	})
	r.Counts = Counts{}
	r.ByCheck = map[string]Counts{}
	for _, c := range r.Checks {
		r.ByCheck[c] = Counts{}
	}
	for _, f := range r.Findings {
		r.Counts.add(f.Severity)
		c := r.ByCheck[f.Check]
		c.add(f.Severity)
		r.ByCheck[f.Check] = c
	}
	if r.Findings == nil {
		r.Findings = []Finding{}
	}
}

// HasErrors reports whether any finding is an error.
func (r *Report) HasErrors() bool { return r.Counts.Errors > 0 }

// LastReportFile is the name of the saved last report inside the state directory.
const LastReportFile = "verify-last.json"

// Save writes the report to dir/verify-last.json atomically, so
// that a reader such as /kb statut never sees half a report.
func Save(dir string, r *Report) error {
	if err := os.MkdirAll(dir, 0o750); err != nil {
		return fmt.Errorf("verify: state directory: %w", err)
	}
	b, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return fmt.Errorf("verify: encode report: %w", err)
	}
	if err := atomicfile.Write(filepath.Join(dir, LastReportFile), append(b, '\n'), 0o600, nil); err != nil {
		return fmt.Errorf("verify: save report: %w", err)
	}
	return nil
}

// Load reads the last saved report from dir. A missing file gives an error that satisfies
// errors.Is(err, fs.ErrNotExist).
func Load(dir string) (*Report, error) {
	b, err := os.ReadFile(filepath.Join(dir, LastReportFile))
	if err != nil {
		return nil, fmt.Errorf("verify: last report: %w", err)
	}
	var r Report
	if err := json.Unmarshal(b, &r); err != nil {
		return nil, fmt.Errorf("verify: last report %s: %w", filepath.Join(dir, LastReportFile), err)
	}
	return &r, nil
}
