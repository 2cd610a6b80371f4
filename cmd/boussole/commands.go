package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/boussole-libre/boussole/adapters/console"
	"github.com/boussole-libre/boussole/bot"
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
	g, err := geo.Load()
	if err != nil {
		return nil, err
	}
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
	kb, err := knowledge.Load(fsys, g)
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

func isTerminal(r io.Reader) bool {
	f, ok := r.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

func cmdChat(ctx context.Context, args []string, stdin io.Reader, stdout io.Writer) error {
	fs := newFlags("boussole")
	dir := fs.String("kb", "", "knowledge directory")
	if err := parse(fs, args); err != nil {
		return err
	}
	var b *bot.Bot
	if *dir != "" {
		// A KB directory: the terminal can administer it (/kb …), with the same store as
		// `boussole run`.
		cfg := &Config{Knowledge: KnowledgeConfig{Dir: *dir, ReloadEvery: 2 * time.Second}}
		cfg.Knowledge.Unanswered.MaxAge, cfg.Knowledge.Unanswered.MaxCount, cfg.Knowledge.Suggestions = 90*24*time.Hour, 5000, 200
		var watch func(context.Context)
		var err error
		if b, watch, err = buildBot(cfg, slog.New(slog.DiscardHandler)); err != nil {
			return err
		}
		go watch(ctx)
	} else {
		kb, err := loadKB("")
		if err != nil {
			return err
		}
		b = bot.New(kb)
	}
	return console.Chat(ctx, b, stdin, stdout, isTerminal(stdin))
}

func cmdAsk(args []string, stdin io.Reader, stdout io.Writer) error {
	fs := newFlags("ask")
	asJSON := fs.Bool("json", false, "JSON output")
	dir := fs.String("kb", "", "knowledge directory")
	if err := parse(fs, args); err != nil {
		return err
	}
	kb, err := loadKB(*dir)
	if err != nil {
		return err
	}
	b := bot.New(kb)
	w := bufio.NewWriter(stdout)
	defer w.Flush()
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	one := func(q string) error {
		u, r := b.Ask(q)
		if *asJSON {
			return enc.Encode(bot.NewAnswer(q, u, r))
		}
		_, err := fmt.Fprintln(w, bot.Text(r))
		return err
	}
	if fs.NArg() > 0 {
		return one(strings.Join(fs.Args(), " "))
	}
	sc := bufio.NewScanner(stdin)
	sc.Buffer(make([]byte, 0, 64*1024), console.MaxLine)
	for sc.Scan() {
		q := strings.TrimSpace(sc.Text())
		if q == "" {
			continue
		}
		if err := one(q); err != nil {
			return err
		}
		if !*asJSON {
			fmt.Fprintln(w)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read questions: %w", err)
	}
	return nil
}

// jsonProvider is a provider in `boussole providers --json`.
type jsonProvider struct {
	ID             string              `json:"id"`
	Name           string              `json:"name"`
	Kind           string              `json:"kind"`
	URL            string              `json:"url"`
	Description    string              `json:"description,omitempty"`
	SIREN          string              `json:"siren,omitempty"`
	CNLLURL        string              `json:"cnll_url,omitempty"`
	National       bool                `json:"national"`
	Services       []string            `json:"services"`
	Tools          []string            `json:"tools"`
	Networks       []string            `json:"networks"`
	Audience       []string            `json:"audience"`
	Sources        []jsonSource        `json:"sources"`
	Establishments []jsonEstablishment `json:"establishments"`
	Match          string              `json:"match"`
}

type jsonSource struct {
	URL     string `json:"url"`
	Date    string `json:"date,omitempty"`
	Checked string `json:"checked,omitempty"`
	Shows   string `json:"shows,omitempty"`
}

type jsonEstablishment struct {
	City        *string       `json:"city"`
	Departement *bot.CodeName `json:"departement"`
	Region      bot.CodeName  `json:"region"`
}

var levelNames = map[knowledge.Level]string{
	knowledge.LevelNone: "", knowledge.LevelNational: "national", knowledge.LevelRegion: "region",
	knowledge.LevelArea: "former_region", knowledge.LevelDep: "departement", knowledge.LevelCity: "city",
}

func orEmpty(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func cmdProviders(args []string, stdout io.Writer) error {
	fs := newFlags("providers")
	region := fs.String("region", "", "region, département, postal code or city")
	tool := fs.String("tool", "", "libre tool")
	service := fs.String("service", "", "service")
	page := fs.Int("page", 1, "page (text output)")
	asJSON := fs.Bool("json", false, "JSON output")
	dir := fs.String("kb", "", "knowledge directory")
	if err := parse(fs, args); err != nil {
		return err
	}
	kb, err := loadKB(*dir)
	if err != nil {
		return err
	}
	a := bot.ProvidersArgs{Place: *region, Tool: *tool, Service: *service, Page: *page}
	if !*asJSON {
		r := bot.ProvidersFor(kb, a, bot.French)
		fmt.Fprintln(stdout, bot.Text(r))
		if r.Ephemeral {
			return fmt.Errorf("%s", r.Title)
		}
		return nil
	}
	s, bad := bot.ResolveProviders(kb, a, bot.French)
	if bad != nil {
		return fmt.Errorf("%s — %s", bad.Title, bad.Text)
	}
	out := struct {
		Region      *bot.CodeName     `json:"region"`
		Departement *bot.CodeName     `json:"departement"`
		City        *string           `json:"city"`
		Tool        *bot.Ref          `json:"tool"`
		Service     *string           `json:"service"`
		Providers   []jsonProvider    `json:"providers"`
		Local       int               `json:"local"` // providers in the place asked for, before national ones
		Nearest     []bot.RegionCount `json:"nearest,omitempty"`
		Text        string            `json:"text"`
	}{Providers: []jsonProvider{}}
	r := bot.ProvidersFor(kb, bot.ProvidersArgs{Place: *region, Tool: *tool, Service: *service, Page: 1}, bot.French)
	out.Text, out.Nearest = bot.Text(r), r.Nearest
	if !s.Place.IsZero() {
		reg, _ := kb.Geo.Region(s.Place.Region)
		out.Region = &bot.CodeName{Code: reg.Code, Name: reg.Name}
		if d, ok := kb.Geo.Departement(s.Place.Departement); ok {
			out.Departement = &bot.CodeName{Code: d.Code, Name: d.Name}
		}
		if s.Place.City != "" {
			c := s.Place.City
			out.City = &c
		}
	}
	if len(s.Tools) > 0 {
		t, _ := kb.Tool(s.Tools[0])
		out.Tool = &bot.Ref{ID: t.ID, Name: t.Name}
	}
	if s.Service != "" {
		out.Service = &s.Service
	}
	q := knowledge.ProviderQuery{Place: s.Place, Tools: s.Tools, Service: s.Service, Strict: true, StrictService: true}
	ranked := kb.RankProviders(q)
	if len(ranked) == 0 && (len(s.Tools) > 0 || s.Service != "") {
		q.Strict, q.StrictService = false, false
		ranked = kb.RankProviders(q)
	}
	for _, rp := range ranked {
		p := rp.Provider
		jp := jsonProvider{ID: p.ID, Name: p.Name, Kind: p.Kind, URL: p.Website, Description: p.Description,
			SIREN: p.SIREN, CNLLURL: p.CNLLURL, National: p.National, Services: orEmpty(p.Services), Tools: orEmpty(p.Tools),
			Networks: orEmpty(p.Networks), Audience: orEmpty(p.Audience), Match: levelNames[rp.Level]}
		for _, src := range p.Sources {
			jp.Sources = append(jp.Sources, jsonSource{URL: src.URL, Date: src.Date, Checked: src.Checked, Shows: src.Shows})
		}
		jp.Establishments = []jsonEstablishment{}
		for _, e := range p.Establishments {
			je := jsonEstablishment{}
			reg, _ := kb.Geo.Region(e.Region)
			je.Region = bot.CodeName{Code: reg.Code, Name: reg.Name}
			if d, ok := kb.Geo.Departement(e.Departement); ok {
				je.Departement = &bot.CodeName{Code: d.Code, Name: d.Name}
			}
			if e.City != "" {
				c := e.City
				je.City = &c
			}
			jp.Establishments = append(jp.Establishments, je)
		}
		out.Providers = append(out.Providers, jp)
		if rp.Level != knowledge.LevelNational { // LevelNone: no place asked, every provider counts
			out.Local++
		}
	}
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

func cmdKB(args []string, stdout io.Writer) error {
	if len(args) == 0 {
		return fmt.Errorf("%w: kb needs validate, stats or export", errUsage)
	}
	switch args[0] {
	case "validate":
		fs := newFlags("kb validate")
		if err := parse(fs, args[1:]); err != nil {
			return err
		}
		dir := fs.Arg(0)
		kb, err := loadKB(dir)
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
		return nil
	case "stats":
		fs := newFlags("kb stats")
		asJSON := fs.Bool("json", false, "JSON output")
		dir := fs.String("kb", "", "knowledge directory")
		if err := parse(fs, args[1:]); err != nil {
			return err
		}
		if *dir == "" && fs.NArg() > 0 {
			*dir = fs.Arg(0)
		}
		kb, err := loadKB(*dir)
		if err != nil {
			return err
		}
		s := kb.Stats()
		if *asJSON {
			enc := json.NewEncoder(stdout)
			enc.SetIndent("", "  ")
			return enc.Encode(s)
		}
		fmt.Fprintf(stdout, "categories: %d\ntools: %d (%d developed in France)\nproducts: %d\nproviders: %d (%d national)\nsources: %d\n",
			s.Categories, s.Tools, s.FrenchTools, s.Products, s.Providers, s.NationalProviders, s.Sources)
		for _, r := range kb.Geo.Regions() {
			fmt.Fprintf(stdout, "  %-28s %d\n", r.Name, s.ProvidersByRegion[r.Name])
		}
		fmt.Fprintf(stdout, "geography: %d regions, %d départements, %d communes\n", s.Regions, s.Departements, s.Communes)
		return nil
	case "export":
		fs := newFlags("kb export")
		if err := parse(fs, args[1:]); err != nil {
			return err
		}
		if fs.NArg() != 1 {
			return fmt.Errorf("%w: kb export needs a target directory", errUsage)
		}
		n, err := exportKB(fs.Arg(0))
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "%d files written to %s\n", n, fs.Arg(0))
		return nil
	}
	return fmt.Errorf("%w: unknown kb command %q", errUsage, args[0])
}

// exportKB writes the embedded YAML files to dir, refusing to overwrite existing files so
// that an admin's copy is never clobbered.
func exportKB(dir string) (int, error) {
	n := 0
	err := fs.WalkDir(data.FS, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || !(strings.HasSuffix(p, ".yaml") || strings.HasSuffix(p, ".md")) {
			return nil
		}
		b, err := fs.ReadFile(data.FS, p)
		if err != nil {
			return err
		}
		dst := filepath.Join(dir, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return err
		}
		f, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
		if err != nil {
			return fmt.Errorf("export: %w", err)
		}
		if _, err := f.Write(b); err != nil {
			f.Close()
			return fmt.Errorf("export %s: %w", dst, err)
		}
		if err := f.Close(); err != nil {
			return fmt.Errorf("export %s: %w", dst, err)
		}
		n++
		return nil
	})
	return n, err
}
