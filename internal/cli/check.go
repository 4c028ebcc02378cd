package cli

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/termalign/termalign/exports"
	"github.com/termalign/termalign/internal/lang"
	"github.com/termalign/termalign/qa"
)

type checkOptions struct {
	app        *App
	inputs     []string
	glossary   string
	format     string
	segmented  bool
	paragraphs string
	sourceLang string
	targetLang string
	ignore     []string
	outputs    []string
}

// NewCmdCheck builds "termalign check".
// runF, when not nil, receives the parsed options instead of running
// the command: tests use it to check the flags.
func NewCmdCheck(app *App, runF func(*checkOptions) error) *cobra.Command {
	opts := &checkOptions{app: app}
	L := app.L
	cmd := &cobra.Command{
		Use:   "check SOURCE TARGET | check REVIEW.xlsx | check MEMORY.tmx",
		Short: L.T("check.short"),
		Long:  L.T("check.long"),
		Example: "  termalign check --glossary testdata/glossary.tsv testdata/karabakh.fr.txt testdata/karabakh.en.txt\n" +
			"  termalign check review.xlsx --format jsonl\n  termalign check memory.tmx --ignore inconsistent",
		Args: rangeArgs(app, 1, 2),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.inputs = args
			if runF != nil {
				return runF(opts)
			}
			return checkRun(opts, cmd)
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.glossary, "glossary", "", L.T("flag.glossary"))
	choiceFlag(cmd, &opts.format, "format", "text", L.T("flag.format"), "text", "jsonl")
	f.BoolVar(&opts.segmented, "segmented", false, L.T("flag.segmented"))
	choiceFlag(cmd, &opts.paragraphs, "paragraphs", "auto", L.T("flag.paragraphs"), "auto", "line", "blank")
	f.StringVar(&opts.sourceLang, "source-lang", lang.Source, L.T("flag.source_lang"))
	f.StringVar(&opts.targetLang, "target-lang", lang.Target, L.T("flag.target_lang"))
	names := make([]string, len(qa.Problems))
	for i, p := range qa.Problems {
		names[i] = string(p)
	}
	choicesFlag(cmd, &opts.ignore, "ignore", L.T("flag.ignore"), names...)
	f.StringArrayVarP(&opts.outputs, "output", "o", nil, L.T("flag.report_output"))
	return cmd
}

func checkRun(opts *checkOptions, cmd *cobra.Command) error {
	app := opts.app
	outs, err := app.parseOutputs(cmd, opts.outputs, "html", "html")
	if err != nil {
		return err
	}
	doc, err := app.checkedDocument(opts, cmd)
	if err != nil {
		return err
	}
	fs, err := app.runChecks(doc, opts.ignore)
	if err != nil {
		return err
	}
	if len(outs) > 0 {
		doc.Findings = exportFindings(doc, fs)
		aopts := &alignOptions{glossary: opts.glossary, format: "html"}
		if err := app.writeDocument(doc, outs, aopts, opts.inputs); err != nil {
			return err
		}
	}
	w := bufio.NewWriterSize(app.Out, 64<<10)
	if opts.format == "jsonl" {
		err = writeFindingsJSONL(w, doc, fs)
	} else {
		err = app.writeFindingsText(w, doc, fs)
	}
	if err == nil {
		err = w.Flush()
	}
	if err != nil {
		return outputErr(err)
	}
	app.checkSummary(doc, fs)
	if len(fs) > 0 {
		return errProblems
	}
	return nil
}

// checkedDocument reads what check checks: two texts (aligned first), a
// review workbook, or a memory.
func (app *App) checkedDocument(opts *checkOptions, cmd *cobra.Command) (*exports.Document, error) {
	if len(opts.inputs) == 2 {
		aopts := &alignOptions{glossary: opts.glossary, segmented: opts.segmented, paragraphs: opts.paragraphs,
			sourceLang: opts.sourceLang, targetLang: opts.targetLang}
		setup, err := app.alignSetup(cmd, aopts)
		if err != nil {
			return nil, err
		}
		return app.alignDocument(setup, opts.inputs[0], opts.inputs[1], nil)
	}
	path := opts.inputs[0]
	data, err := app.readBinaryInput(path)
	if err != nil {
		return nil, err
	}
	var doc *exports.Document
	switch strings.ToLower(filepath.Ext(path)) {
	case ".xlsx":
		imp, err := app.readReviewBytes(path, data)
		if err != nil {
			return nil, err
		}
		doc = imp.Doc
	case ".tmx":
		doc, err = exports.ReadMemory(bytes.NewReader(data), opts.targetLang)
		if err != nil {
			return nil, inputErr(fmt.Errorf("%s: %w", path, err))
		}
	default:
		return nil, usageErr(cmd, fmt.Errorf("%s", app.L.T("err.check_input", "Name", path)))
	}
	lp, err := app.parseLangPair(cmd, doc.SourceLang, doc.TargetLang)
	if err != nil {
		return nil, err
	}
	terms, err := app.termMatchers(opts.glossary, lp)
	if err != nil {
		return nil, err
	}
	doc.SourceTerms, doc.TargetTerms, doc.Glossary = terms.src, terms.tgt, terms.g
	return doc, nil
}

// runChecks runs the QA checks on a document.
func (app *App) runChecks(doc *exports.Document, ignore []string) ([]qa.Finding, error) {
	src, err := qaLanguage(doc.SourceLang)
	if err != nil {
		return nil, inputErr(err)
	}
	tgt, err := qaLanguage(doc.TargetLang)
	if err != nil {
		return nil, inputErr(err)
	}
	opts := qa.Options{SourceTerms: doc.SourceTerms, TargetTerms: doc.TargetTerms, Source: src, Target: tgt, Ignore: map[qa.Problem]bool{}}
	for _, k := range ignore {
		opts.Ignore[qa.Problem(k)] = true
	}
	return qa.Check(doc.Pairs, opts), nil
}

func qaLanguage(tag string) (*qa.Language, error) {
	code := tag
	if t, err := lang.Parse(tag); err == nil {
		code = lang.Code(t)
	}
	return qa.LoadLanguage(code)
}

// findingRecord is the JSON Lines contract of "check", with the segment id
// and severity added.
type findingRecord struct {
	Segment  string `json:"segment"`
	Src      []int  `json:"src"`
	Tgt      []int  `json:"tgt"`
	ID       string `json:"id"`
	Problem  string `json:"problem"`
	Severity string `json:"severity"`
	Detail   string `json:"detail"`
}

func writeFindingsJSONL(w io.Writer, doc *exports.Document, fs []qa.Finding) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, f := range fs {
		p := doc.Pairs[f.Pair]
		if err := enc.Encode(findingRecord{Segment: doc.ID(f.Pair), Src: p.Src.Indices(), Tgt: p.Tgt.Indices(),
			ID: f.ID(), Problem: string(f.Problem), Severity: string(f.Severity), Detail: f.Detail(doc.ID)}); err != nil {
			return err
		}
	}
	return nil
}

// writeFindingsText groups the findings by segment: its id, both sides,
// then each finding in the interface language.
func (app *App) writeFindingsText(w *bufio.Writer, doc *exports.Document, fs []qa.Finding) error {
	last := -1
	for _, f := range fs {
		if f.Pair != last {
			if last >= 0 {
				w.WriteString("\n")
			}
			p := doc.Pairs[f.Pair]
			fmt.Fprintf(w, "%s\n  %s  %s\n  %s  %s\n", doc.ID(f.Pair), langLabel(doc.SourceLang), oneLine(p.Source), langLabel(doc.TargetLang), oneLine(p.Target))
			last = f.Pair
		}
		fmt.Fprintf(w, "  ✗ %s: %s\n", f.Problem, app.findingDetail(doc, f))
	}
	_, err := w.WriteString("")
	return err
}

func langLabel(tag string) string { return strings.ToUpper(tag) }

// findingDetail says a finding in the interface language.
func (app *App) findingDetail(doc *exports.Document, f qa.Finding) string {
	L := app.L
	switch f.Problem {
	case qa.MissingTerm:
		return L.T("qa.missing_term", "Term", f.Term, "Expected", f.Expected)
	case qa.ForbiddenTerm:
		return L.T("qa.forbidden_term", "Term", f.Term, "Expected", f.Expected)
	case qa.NumberMismatch:
		return L.T("qa.number_mismatch", "Missing", strings.Join(f.Missing, ", "), "Extra", strings.Join(f.Extra, ", "))
	case qa.Untranslated:
		if f.Severity == qa.Minor {
			return L.T("qa.no_target")
		}
		return L.T("qa.untranslated")
	case qa.Inconsistent:
		return L.T("qa.inconsistent", "Other", doc.ID(f.Other), "Target", oneLine(doc.Pairs[f.Other].Target))
	}
	return string(f.Problem)
}

// checkSummary counts the findings by kind on stderr.
func (app *App) checkSummary(doc *exports.Document, fs []qa.Finding) {
	count := map[qa.Problem]int{}
	for _, f := range fs {
		count[f.Problem]++
	}
	var parts []string
	for _, p := range qa.Problems {
		if count[p] > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", count[p], p))
		}
	}
	app.info(app.L.N("check.summary", len(fs), "Segments", len(doc.Pairs), "Kinds", strings.Join(parts, ", ")))
}

// exportFindings turns QA findings into the rows of the workbook's QA
// sheet.
func exportFindings(doc *exports.Document, fs []qa.Finding) []exports.Finding {
	out := make([]exports.Finding, len(fs))
	for i, f := range fs {
		out[i] = exports.Finding{Pair: f.Pair, Problem: string(f.Problem), Severity: string(f.Severity), Term: f.ID(), Detail: f.Detail(doc.ID)}
	}
	return out
}

// wantsFindings: one of the outputs shows QA findings (a workbook, a
// report).
func wantsFindings(outs []output) bool {
	for _, o := range outs {
		if o.kind == "xlsx" || o.kind == "html" {
			return true
		}
	}
	return false
}
