package cli

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"github.com/termalign/termalign/glossary"
	"github.com/termalign/termalign/internal/atomicfile"
	"github.com/termalign/termalign/internal/textio"
)

// glossaryOptions are shared by the glossary subcommands.
type glossaryOptions struct {
	app      *App
	glossary string
}

// NewCmdGlossary builds "termalign glossary" and its subcommands.
func NewCmdGlossary(app *App) *cobra.Command {
	opts := &glossaryOptions{app: app}
	cmd := &cobra.Command{
		Use:   "glossary",
		Short: app.L.T("glossary.short"),
		Long:  app.L.T("glossary.long"),
		Args:  noArgs(app),
		RunE: func(cmd *cobra.Command, args []string) error {
			return cmd.Help()
		},
	}
	cmd.PersistentFlags().StringVar(&opts.glossary, "glossary", "", app.L.T("flag.glossary"))
	cmd.AddCommand(
		newCmdGlossaryList(opts),
		newCmdGlossaryLookup(opts),
		newCmdGlossaryAdd(opts),
		newCmdGlossaryRemove(opts),
		newCmdGlossaryLint(opts),
		newCmdGlossaryConvert(opts),
		newCmdGlossaryStats(opts),
	)
	return cmd
}

// loaded is a glossary with what is needed to write it back.
type loaded struct {
	g      *glossary.Glossary
	path   string // "" for the embedded glossary
	format glossary.Format
	print  atomicfile.Fingerprint
}

// readGlossaryFile reads a glossary file in format f (from its name when
// empty), decoding text formats like every other input.
func (app *App) readGlossaryFile(path string, f glossary.Format) (*loaded, error) {
	if f == "" {
		var err error
		if f, err = glossary.FormatOf(path); err != nil {
			return nil, inputErr(fmt.Errorf("%s", app.L.T("err.glossary_format", "Name", path)))
		}
	}
	var raw []byte
	var err error
	if path == "-" {
		raw, err = io.ReadAll(app.In)
	} else {
		raw, err = os.ReadFile(path)
	}
	if err != nil {
		return nil, app.inputError(path, err)
	}
	var r io.Reader = bytes.NewReader(raw)
	switch f {
	case glossary.TSV, glossary.CSV, glossary.OmegaT:
		text, info, err := textio.Decode(path, raw, textio.Options{Encoding: app.encoding})
		if err != nil {
			return nil, app.inputError(path, err)
		}
		if info.Fallback {
			fmt.Fprintf(app.Err, "termalign: %s\n", app.L.T("warn.fallback_1252", "Name", path))
		}
		r = strings.NewReader(text)
	}
	g, err := glossary.Read(path, r, f)
	if err != nil {
		return nil, app.glossaryError(path, err)
	}
	return &loaded{g: g, path: path, format: f, print: atomicfile.FingerprintOf(raw)}, nil
}

// load reads the glossary of the command: --glossary, $TERMALIGN_GLOSSARY
// or the embedded one.
func (o *glossaryOptions) load() (*loaded, error) {
	path := o.app.glossaryPath(o.glossary)
	if path == "" {
		return &loaded{g: glossary.Default(), format: glossary.TSV}, nil
	}
	return o.app.readGlossaryFile(path, "")
}

// save writes an edited glossary back in its own format, refusing when the
// file changed on disk since it was read.
func (o *glossaryOptions) save(l *loaded) error {
	app := o.app
	if l.path == "" || l.path == "-" {
		return inputErr(fmt.Errorf("%s", app.L.T("err.glossary_readonly")))
	}
	err := atomicfile.WriteIfUnchanged(l.path, l.print, func(w io.Writer) error {
		return glossary.Write(w, l.g, l.format)
	})
	if errors.Is(err, atomicfile.ErrChanged) {
		return inputErr(fmt.Errorf("%s", app.L.T("err.glossary_changed", "Name", l.path)))
	}
	if err != nil {
		return inputErr(err)
	}
	return nil
}

// ---- list ----

type glossaryListOptions struct {
	*glossaryOptions
	domain string
	format string
}

func newCmdGlossaryList(g *glossaryOptions) *cobra.Command {
	opts := &glossaryListOptions{glossaryOptions: g}
	app := g.app
	cmd := &cobra.Command{
		Use:     "list",
		Short:   app.L.T("glossary.list.short"),
		Example: "  termalign glossary list --domain weapon\n  termalign glossary list --format jsonl --glossary glossary.tsv",
		Args:    rangeArgs(app, 0, 0),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkChoice(app, cmd, "format", opts.format, "text", "jsonl", "tsv"); err != nil {
				return err
			}
			return glossaryListRun(opts)
		},
	}
	cmd.Flags().StringVar(&opts.domain, "domain", "", app.L.T("flag.domain"))
	cmd.Flags().StringVar(&opts.format, "format", "text", app.L.T("flag.format_list"))
	return cmd
}

// entryRecord is the JSON form of an entry.
type entryRecord struct {
	ID     string                 `json:"id"`
	Domain string                 `json:"domain,omitempty"`
	Note   string                 `json:"note,omitempty"`
	Source string                 `json:"source,omitempty"`
	Terms  map[string]termRecordJ `json:"terms"`
	Extra  map[string]string      `json:"extra,omitempty"`
}

type termRecordJ struct {
	Preferred string   `json:"preferred,omitempty"`
	Variants  []string `json:"variants,omitempty"`
	Forbidden []string `json:"forbidden,omitempty"`
	POS       string   `json:"pos,omitempty"`
	Gender    string   `json:"gender,omitempty"`
}

func toRecord(e *glossary.Entry) entryRecord {
	r := entryRecord{ID: e.ID, Domain: e.Domain, Note: e.Note, Source: e.Source, Extra: e.Extra, Terms: map[string]termRecordJ{}}
	for l, t := range e.Langs {
		if !t.Empty() {
			r.Terms[l] = termRecordJ{t.Preferred, t.Variants, t.Forbidden, t.POS, t.Gender}
		}
	}
	return r
}

func glossaryListRun(opts *glossaryListOptions) error {
	app := opts.app
	l, err := opts.load()
	if err != nil {
		return err
	}
	sel := &glossary.Glossary{Name: l.g.Name, Columns: l.g.Columns}
	for _, e := range l.g.Entries {
		if opts.domain == "" || strings.EqualFold(e.Domain, opts.domain) {
			sel.Entries = append(sel.Entries, e)
		}
	}
	w := bufio.NewWriter(app.Out)
	switch opts.format {
	case "tsv":
		if err := glossary.WriteDelimited(w, sel, glossary.Delimited{Comma: '\t'}); err != nil {
			return inputErr(err)
		}
	case "jsonl":
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		for _, e := range sel.Entries {
			enc.Encode(toRecord(e))
		}
	default:
		langs := l.g.Languages()
		width := 0
		for _, e := range sel.Entries {
			width = max(width, len(e.ID))
		}
		for _, e := range sel.Entries {
			var parts []string
			for _, lang := range langs {
				parts = append(parts, e.Lang(lang).Preferred)
			}
			fmt.Fprintf(w, "%-*s  %-8s  %s\n", width, e.ID, e.Domain, strings.Join(parts, " → "))
		}
	}
	if err := w.Flush(); err != nil {
		return inputErr(err)
	}
	fmt.Fprintf(app.Err, "termalign: %s\n", app.L.N("glossary.list.summary", len(sel.Entries)))
	return nil
}

// ---- lookup ----

type glossaryLookupOptions struct {
	*glossaryOptions
	term   string
	format string
}

func newCmdGlossaryLookup(g *glossaryOptions) *cobra.Command {
	opts := &glossaryLookupOptions{glossaryOptions: g}
	app := g.app
	cmd := &cobra.Command{
		Use:     "lookup TERM",
		Short:   app.L.T("glossary.lookup.short"),
		Long:    app.L.T("glossary.lookup.long"),
		Example: "  termalign glossary lookup erevan\n  termalign glossary lookup 'MINISTERE DE LA DEFENSE'",
		Args:    rangeArgs(app, 1, 1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.term = args[0]
			if err := checkChoice(app, cmd, "format", opts.format, "text", "jsonl"); err != nil {
				return err
			}
			return glossaryLookupRun(opts)
		},
	}
	cmd.Flags().StringVar(&opts.format, "format", "text", app.L.T("flag.format"))
	return cmd
}

func glossaryLookupRun(opts *glossaryLookupOptions) error {
	app := opts.app
	l, err := opts.load()
	if err != nil {
		return err
	}
	q := glossary.Fold(strings.TrimSpace(opts.term))
	var exact, partial []*glossary.Entry
	for _, e := range l.g.Entries {
		best := 0
		for _, t := range e.Langs {
			for _, s := range append(append([]string{t.Preferred}, t.Variants...), t.Forbidden...) {
				f := glossary.Fold(s)
				switch {
				case s == "":
				case f == q:
					best = 2
				case strings.Contains(f, q) && best < 1:
					best = 1
				}
			}
		}
		if best == 2 {
			exact = append(exact, e)
		} else if best == 1 {
			partial = append(partial, e)
		}
	}
	found := exact
	if len(found) == 0 {
		found = partial
	}
	if len(found) == 0 {
		fmt.Fprintf(app.Err, "termalign: %s\n", app.L.T("glossary.lookup.none", "Term", opts.term))
		return errProblems
	}
	w := bufio.NewWriter(app.Out)
	defer w.Flush()
	if opts.format == "jsonl" {
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		for _, e := range found {
			enc.Encode(toRecord(e))
		}
		return nil
	}
	langs := l.g.Languages()
	for i, e := range found {
		if i > 0 {
			w.WriteString("\n")
		}
		fmt.Fprintf(w, "%s  (%s)\n", e.ID, e.Domain)
		for _, lang := range langs {
			t := e.Lang(lang)
			if t.Empty() {
				continue
			}
			fmt.Fprintf(w, "  %s: %s", lang, t.Preferred)
			if len(t.Variants) > 0 {
				fmt.Fprintf(w, "  | %s: %s", app.L.T("glossary.admitted"), strings.Join(t.Variants, ", "))
			}
			if len(t.Forbidden) > 0 {
				fmt.Fprintf(w, "  | %s: %s", app.L.T("glossary.forbidden"), strings.Join(t.Forbidden, ", "))
			}
			w.WriteString("\n")
		}
		if e.Note != "" {
			fmt.Fprintf(w, "  %s: %s\n", app.L.T("glossary.note"), e.Note)
		}
		if e.Source != "" {
			fmt.Fprintf(w, "  %s: %s\n", app.L.T("glossary.source"), e.Source)
		}
	}
	return nil
}

// ---- add ----

type glossaryAddOptions struct {
	*glossaryOptions
	id, domain, note, source string
	terms, variants          []string
	forbidden, pos, gender   []string
	extra                    []string
}

func newCmdGlossaryAdd(g *glossaryOptions) *cobra.Command {
	opts := &glossaryAddOptions{glossaryOptions: g}
	app := g.app
	cmd := &cobra.Command{
		Use:     "add",
		Short:   app.L.T("glossary.add.short"),
		Example: "  termalign glossary add --glossary g.tsv --domain place --term fr=Stepanakert --term en=Stepanakert \\\n      --variant en=Khankendi --note 'Azerbaijani name since 2023.'",
		Args:    rangeArgs(app, 0, 0),
		RunE: func(cmd *cobra.Command, args []string) error {
			return glossaryAddRun(opts, cmd)
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.id, "id", "", app.L.T("flag.id"))
	f.StringVar(&opts.domain, "domain", "", app.L.T("flag.domain_value"))
	f.StringVar(&opts.note, "note", "", app.L.T("flag.note"))
	f.StringVar(&opts.source, "source", "", app.L.T("flag.source"))
	f.StringArrayVar(&opts.terms, "term", nil, app.L.T("flag.term"))
	f.StringArrayVar(&opts.variants, "variant", nil, app.L.T("flag.variant"))
	f.StringArrayVar(&opts.forbidden, "forbidden", nil, app.L.T("flag.forbidden"))
	f.StringArrayVar(&opts.pos, "pos", nil, app.L.T("flag.pos"))
	f.StringArrayVar(&opts.gender, "gender", nil, app.L.T("flag.gender"))
	f.StringArrayVar(&opts.extra, "extra", nil, app.L.T("flag.extra"))
	return cmd
}

// splitKV reads LANG=VALUE.
func splitKV(app *App, cmd *cobra.Command, flag, v string) (string, string, error) {
	k, val, ok := strings.Cut(v, "=")
	if !ok || strings.TrimSpace(k) == "" || val == "" {
		return "", "", usageErr(cmd, fmt.Errorf("%s", app.L.T("err.bad_kv", "Flag", flag, "Value", v)))
	}
	return strings.TrimSpace(k), val, nil
}

func glossaryAddRun(opts *glossaryAddOptions, cmd *cobra.Command) error {
	app := opts.app
	if len(opts.terms) == 0 {
		return usageErr(cmd, fmt.Errorf("%s", app.L.T("err.add_needs_term")))
	}
	l, err := opts.load()
	if err != nil {
		return err
	}
	e := &glossary.Entry{ID: opts.id, Domain: opts.domain, Note: opts.note, Source: opts.source, Langs: map[string]*glossary.Terms{}}
	terms := func(lang string) *glossary.Terms {
		if e.Langs[lang] == nil {
			e.Langs[lang] = &glossary.Terms{}
		}
		return e.Langs[lang]
	}
	for _, group := range []struct {
		flag string
		vals []string
		set  func(lang, v string)
	}{
		{"term", opts.terms, func(lang, v string) { terms(lang).Preferred = v }},
		{"variant", opts.variants, func(lang, v string) { terms(lang).Variants = append(terms(lang).Variants, v) }},
		{"forbidden", opts.forbidden, func(lang, v string) { terms(lang).Forbidden = append(terms(lang).Forbidden, v) }},
		{"pos", opts.pos, func(lang, v string) { terms(lang).POS = v }},
		{"gender", opts.gender, func(lang, v string) { terms(lang).Gender = v }},
		{"extra", opts.extra, func(col, v string) {
			if e.Extra == nil {
				e.Extra = map[string]string{}
			}
			e.Extra[col] = v
		}},
	} {
		for _, v := range group.vals {
			k, val, err := splitKV(app, cmd, group.flag, v)
			if err != nil {
				return err
			}
			group.set(k, val)
		}
	}
	if e.ID == "" {
		e.ID = glossary.NewID(l.g, e)
	}
	if err := l.g.Add(e); err != nil {
		return inputErr(fmt.Errorf("%s", app.L.T("err.duplicate_id", "ID", e.ID)))
	}
	if err := opts.save(l); err != nil {
		return err
	}
	fmt.Fprintf(app.Err, "termalign: %s\n", app.L.T("glossary.added", "ID", e.ID, "Name", l.path))
	return nil
}

// ---- remove ----

func newCmdGlossaryRemove(g *glossaryOptions) *cobra.Command {
	app := g.app
	return &cobra.Command{
		Use:     "remove ID",
		Short:   app.L.T("glossary.remove.short"),
		Example: "  termalign glossary remove --glossary g.tsv place-sotk",
		Args:    rangeArgs(app, 1, 1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return glossaryRemoveRun(g, args[0])
		},
	}
}

func glossaryRemoveRun(opts *glossaryOptions, id string) error {
	app := opts.app
	l, err := opts.load()
	if err != nil {
		return err
	}
	if err := l.g.Remove(id); err != nil {
		return inputErr(fmt.Errorf("%s", app.L.T("err.no_entry", "ID", id)))
	}
	if err := opts.save(l); err != nil {
		return err
	}
	fmt.Fprintf(app.Err, "termalign: %s\n", app.L.T("glossary.removed", "ID", id, "Name", l.path))
	return nil
}

// ---- lint ----

type glossaryLintOptions struct {
	*glossaryOptions
	strict bool
	format string
}

func newCmdGlossaryLint(g *glossaryOptions) *cobra.Command {
	opts := &glossaryLintOptions{glossaryOptions: g}
	app := g.app
	cmd := &cobra.Command{
		Use:     "lint",
		Short:   app.L.T("glossary.lint.short"),
		Long:    app.L.T("glossary.lint.long"),
		Example: "  termalign glossary lint --glossary glossary.tsv\n  termalign glossary lint --strict --format jsonl --glossary glossary.tbx",
		Args:    rangeArgs(app, 0, 0),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkChoice(app, cmd, "format", opts.format, "text", "jsonl"); err != nil {
				return err
			}
			return glossaryLintRun(opts)
		},
	}
	cmd.Flags().BoolVar(&opts.strict, "strict", false, app.L.T("flag.strict"))
	cmd.Flags().StringVar(&opts.format, "format", "text", app.L.T("flag.format"))
	return cmd
}

type lintRecord struct {
	File     string `json:"file"`
	Line     int    `json:"line"`
	Column   int    `json:"column"`
	Severity string `json:"severity"`
	Code     string `json:"code"`
	Entry    string `json:"entry"`
	Message  string `json:"message"`
}

func glossaryLintRun(opts *glossaryLintOptions) error {
	app := opts.app
	l, err := opts.load()
	if err != nil {
		return err
	}
	findings := glossary.Lint(l.g, glossary.LintOptions{})
	w := bufio.NewWriter(app.Out)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	errs, warns := 0, 0
	for _, f := range findings {
		args := []any{}
		for k, v := range f.Args {
			args = append(args, k, v)
		}
		msg := app.L.T("lint."+f.Code, args...)
		sev := app.L.T("lint.severity." + f.Severity.String())
		if f.Severity == glossary.Error {
			errs++
		} else {
			warns++
		}
		if opts.format == "jsonl" {
			enc.Encode(lintRecord{l.g.Name, f.Line, f.Column, f.Severity.String(), f.Code, f.Entry, msg})
			continue
		}
		pos := fmt.Sprintf("%s:%d", l.g.Name, f.Line)
		if f.Column > 0 {
			pos += fmt.Sprintf(":%d", f.Column)
		}
		fmt.Fprintf(w, "%s: %s: %s\n", pos, sev, msg)
	}
	if err := w.Flush(); err != nil {
		return inputErr(err)
	}
	fmt.Fprintf(app.Err, "termalign: %s\n", app.L.N("glossary.lint.summary", len(l.g.Entries), "Errors", errs, "Warnings", warns))
	if errs > 0 || opts.strict && warns > 0 {
		return errProblems
	}
	return nil
}

// ---- convert ----

type glossaryConvertOptions struct {
	*glossaryOptions
	in, out  string
	from, to string
}

func newCmdGlossaryConvert(g *glossaryOptions) *cobra.Command {
	opts := &glossaryConvertOptions{glossaryOptions: g}
	app := g.app
	cmd := &cobra.Command{
		Use:     "convert IN OUT",
		Short:   app.L.T("glossary.convert.short"),
		Long:    app.L.T("glossary.convert.long"),
		Example: "  termalign glossary convert glossary.tsv glossary.tbx\n  termalign glossary convert --format tbx2 glossary.tsv omegat/glossary/glossary.tbx\n  termalign glossary convert glossary.xlsx omegat/glossary/glossary.utf8",
		Args:    rangeArgs(app, 2, 2),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.in, opts.out = args[0], args[1]
			return glossaryConvertRun(opts, cmd)
		},
	}
	cmd.Flags().StringVar(&opts.to, "format", "", app.L.T("flag.convert_format"))
	cmd.Flags().StringVar(&opts.from, "from", "", app.L.T("flag.convert_from"))
	return cmd
}

func glossaryConvertRun(opts *glossaryConvertOptions, cmd *cobra.Command) error {
	app := opts.app
	var from, to glossary.Format
	var err error
	if opts.from != "" {
		if from, err = glossary.ParseFormat(opts.from); err != nil {
			return usageErr(cmd, fmt.Errorf("%s", app.L.T("err.bad_choice", "Flag", "from", "Value", opts.from, "Want", "tsv, csv, tbx, tbx2, xlsx, omegat")))
		}
	}
	if opts.to != "" {
		if to, err = glossary.ParseFormat(opts.to); err != nil {
			return usageErr(cmd, fmt.Errorf("%s", app.L.T("err.bad_choice", "Flag", "format", "Value", opts.to, "Want", "tsv, csv, tbx, tbx2, xlsx, omegat")))
		}
	} else if opts.out == "-" {
		to = glossary.TSV
	} else if to, err = glossary.FormatOf(opts.out); err != nil {
		return inputErr(fmt.Errorf("%s", app.L.T("err.glossary_format", "Name", opts.out)))
	}
	l, err := app.readGlossaryFile(opts.in, from)
	if err != nil {
		return err
	}
	if strings.HasSuffix(strings.ToLower(opts.out), ".tsv") {
		fmt.Fprintf(app.Err, "termalign: %s\n", app.L.T("warn.tsv_omegat", "Name", opts.out))
	}
	if (to == glossary.TBX || to == glossary.TBX2) && len(l.g.Entries) == 0 {
		return inputErr(fmt.Errorf("%s", app.L.T("err.tbx_empty")))
	}
	write := func(w io.Writer) error { return glossary.Write(w, l.g, to) }
	if opts.out == "-" {
		if err := write(app.Out); err != nil {
			return inputErr(err)
		}
	} else if err := app.writeOutput(opts.out, []string{opts.in}, write); err != nil {
		return err
	}
	fmt.Fprintf(app.Err, "termalign: %s\n", app.L.N("glossary.converted", len(l.g.Entries), "In", opts.in, "Out", opts.out, "Format", string(to)))
	return nil
}

// ---- stats ----

type glossaryStatsOptions struct {
	*glossaryOptions
	format string
}

func newCmdGlossaryStats(g *glossaryOptions) *cobra.Command {
	opts := &glossaryStatsOptions{glossaryOptions: g}
	app := g.app
	cmd := &cobra.Command{
		Use:     "stats",
		Short:   app.L.T("glossary.stats.short"),
		Example: "  termalign glossary stats\n  termalign glossary stats --format jsonl --glossary glossary.tbx",
		Args:    rangeArgs(app, 0, 0),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkChoice(app, cmd, "format", opts.format, "text", "jsonl"); err != nil {
				return err
			}
			return glossaryStatsRun(opts)
		},
	}
	cmd.Flags().StringVar(&opts.format, "format", "text", app.L.T("flag.format"))
	return cmd
}

func glossaryStatsRun(opts *glossaryStatsOptions) error {
	app := opts.app
	l, err := opts.load()
	if err != nil {
		return err
	}
	s := glossary.Stats(l.g)
	w := bufio.NewWriter(app.Out)
	defer w.Flush()
	if opts.format == "jsonl" {
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		return enc.Encode(s)
	}
	L := app.L
	fmt.Fprintf(w, "%s: %d\n", L.T("stats.entries"), s.Entries)
	fmt.Fprintf(w, "\n%s\n", L.T("stats.by_domain"))
	domains := make([]string, 0, len(s.Domains))
	for d := range s.Domains {
		domains = append(domains, d)
	}
	sort.Slice(domains, func(i, j int) bool {
		if s.Domains[domains[i]] != s.Domains[domains[j]] {
			return s.Domains[domains[i]] > s.Domains[domains[j]]
		}
		return domains[i] < domains[j]
	})
	for _, d := range domains {
		name := d
		if name == "" {
			name = L.T("stats.no_domain")
		}
		fmt.Fprintf(w, "  %-12s %5d\n", name, s.Domains[d])
	}
	fmt.Fprintf(w, "\n%s\n", L.T("stats.by_language"))
	fmt.Fprintf(w, "  %-6s %9s %9s %9s %9s %9s\n", "", L.T("stats.coverage"), L.T("stats.preferred"), L.T("stats.admitted"), L.T("stats.forbidden"), L.T("stats.missing"))
	for _, lang := range s.Languages {
		ls := s.ByLanguage[lang]
		fmt.Fprintf(w, "  %-6s %8.1f%% %9d %9d %9d %9d\n", lang, ls.Coverage*100, ls.Preferred, ls.Admitted, ls.Forbidden, ls.Missing)
	}
	return nil
}
