package cli

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"time"

	"github.com/termalign/termalign/internal/lang"

	"github.com/spf13/cobra"

	"github.com/termalign/termalign/align"
	"github.com/termalign/termalign/exports"
	"github.com/termalign/termalign/internal/progress"
)

type alignOptions struct {
	app          *App
	source       string
	target       string
	glossary     string
	dictionary   string
	outputs      []string
	format       string
	segmented    bool
	paragraphs   string
	sourceLang   string
	targetLang   string
	batch        string
	includeEmpty bool
	jobs         int
}

// NewCmdAlign builds "termalign align".
// runF, when not nil, receives the parsed options instead of running
// the command: tests use it to check the flags.
func NewCmdAlign(app *App, runF func(*alignOptions) error) *cobra.Command {
	opts := &alignOptions{app: app}
	L := app.L
	cmd := &cobra.Command{
		Use:   "align SOURCE [TARGET]",
		Short: L.T("align.short"),
		Long:  L.T("align.long"),
		Example: "  termalign align testdata/karabakh.fr.txt testdata/karabakh.en.txt -o review.xlsx -o memory.tmx\n" +
			"  termalign align --segmented --format jsonl --source-lang de --target-lang fr a.de a.fr\n" +
			"  termalign align --batch pairs.tsv -o memory.tmx",
		Args: func(cmd *cobra.Command, args []string) error {
			if opts.batch != "" {
				return rangeArgs(app, 0, 0)(cmd, args)
			}
			return rangeArgs(app, 1, 2)(cmd, args)
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) > 0 {
				opts.source = args[0]
			}
			if len(args) > 1 {
				opts.target = args[1]
			}
			if runF != nil {
				return runF(opts)
			}
			if opts.batch != "" {
				return alignBatchRun(opts, cmd)
			}
			return alignRun(opts, cmd)
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.glossary, "glossary", "", L.T("flag.glossary"))
	f.StringVar(&opts.dictionary, "dictionary", "", L.T("flag.dictionary"))
	f.StringArrayVarP(&opts.outputs, "output", "o", nil, L.T("flag.output"))
	choiceFlag(cmd, &opts.format, "format", "text", L.T("flag.format"), "text", "jsonl")
	f.BoolVar(&opts.segmented, "segmented", false, L.T("flag.segmented"))
	choiceFlag(cmd, &opts.paragraphs, "paragraphs", "auto", L.T("flag.paragraphs"), "auto", "line", "blank")
	f.StringVar(&opts.sourceLang, "source-lang", lang.Source, L.T("flag.source_lang"))
	f.StringVar(&opts.targetLang, "target-lang", lang.Target, L.T("flag.target_lang"))
	f.StringVar(&opts.batch, "batch", "", L.T("flag.batch"))
	f.BoolVar(&opts.includeEmpty, "include-empty", false, L.T("flag.include_empty"))
	f.IntVar(&opts.jobs, "jobs", 0, L.T("flag.jobs"))
	return cmd
}

func alignRun(opts *alignOptions, cmd *cobra.Command) error {
	app := opts.app
	outs, err := app.parseOutputs(cmd, opts.outputs, opts.format, "jsonl", "text", "xlsx", "tmx", "html")
	if err != nil {
		return err
	}
	setup, err := app.alignSetup(cmd, opts)
	if err != nil {
		return err
	}
	doc, err := app.alignDocument(setup, opts.source, opts.target, progress.New(app.Err, "align"))
	if err != nil {
		return err
	}
	if wantsFindings(outs) && opts.target != "" {
		// The workbook and the report show the QA findings.
		fs, err := app.runChecks(doc, nil)
		if err != nil {
			return err
		}
		doc.Findings = exportFindings(doc, fs)
	}
	if err := app.writeDocument(doc, outs, opts, []string{opts.source, opts.target}); err != nil {
		return err
	}
	app.alignSummary(doc)
	return nil
}

// alignSetup holds what every document of a run shares: languages,
// matchers, dictionary.
type alignSetup struct {
	langs      langPair
	terms      termMatchers
	dictionary *align.Dictionary
	segmented  bool
	paragraphs string
}

func (app *App) alignSetup(cmd *cobra.Command, opts *alignOptions) (*alignSetup, error) {
	langs, err := app.parseLangPair(cmd, opts.sourceLang, opts.targetLang)
	if err != nil {
		return nil, err
	}
	terms, err := app.termMatchers(opts.glossary, langs)
	if err != nil {
		return nil, err
	}
	s := &alignSetup{langs: langs, terms: terms, segmented: opts.segmented, paragraphs: opts.paragraphs}
	if opts.dictionary != "" {
		if s.dictionary, err = app.readDictionary(opts.dictionary); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// alignDocument reads, segments and aligns one source (and target, if
// any) into a Document.
func (app *App) alignDocument(s *alignSetup, source, target string, bar *progress.Bar) (*exports.Document, error) {
	src, hash, err := app.collect(source, s.langs.src.String(), s.paragraphs, s.segmented)
	if err != nil {
		return nil, err
	}
	var tgt []align.Sentence
	if target != "" {
		if tgt, _, err = app.collect(target, s.langs.tgt.String(), s.paragraphs, s.segmented); err != nil {
			return nil, err
		}
	}
	if s.dictionary != nil {
		app.checkDictionaryDirection(s.dictionary, src)
	}
	opts := align.Options{SourceTerms: s.terms.src, TargetTerms: s.terms.tgt, Dictionary: s.dictionary}
	if bar != nil {
		opts.Progress = bar.Set
		defer bar.Done()
	}
	pairs, err := align.Align(src, tgt, opts)
	if err != nil {
		return nil, inputErr(err)
	}
	return &exports.Document{
		Name: exports.DocName(source), SourceFile: source, TargetFile: target, SourceHash: hash,
		SourceLang: s.langs.src.String(), TargetLang: s.langs.tgt.String(), Pairs: pairs,
		SourceTerms: s.terms.src, TargetTerms: s.terms.tgt, Glossary: s.terms.g,
		Created: nowUTC(), Tool: "termalign", ToolVersion: version(),
	}, nil
}

// alignSummary tells on stderr what the alignment made.
func (app *App) alignSummary(doc *exports.Document) {
	kinds := map[string]int{}
	nSrc, nTgt, low := 0, 0, 0
	for _, p := range doc.Pairs {
		kinds[p.Kind().String()]++
		nSrc += p.Src.Len()
		nTgt += p.Tgt.Len()
		if p.Src.Len() > 0 && p.Tgt.Len() > 0 && p.Score < align.LowScore {
			low++
		}
	}
	names := make([]string, 0, len(kinds))
	for k := range kinds {
		names = append(names, k)
	}
	sort.Slice(names, func(i, j int) bool {
		return kinds[names[i]] > kinds[names[j]] || kinds[names[i]] == kinds[names[j]] && names[i] < names[j]
	})
	parts := make([]string, len(names))
	for i, k := range names {
		parts[i] = fmt.Sprintf("%d × %s", kinds[k], k)
	}
	app.info(app.L.N("align.summary", len(doc.Pairs), "Source", nSrc, "Target", nTgt,
		"Kinds", strings.Join(parts, ", "), "Low", low, "Threshold", fmt.Sprintf("%.2f", align.LowScore)))
}

// writeDocument writes every output of a run; with none, the --format
// view goes to stdout.
func (app *App) writeDocument(doc *exports.Document, outs []output, opts *alignOptions, inputs []string) error {
	if len(outs) == 0 {
		outs = []output{{path: "-", kind: opts.format}}
	}
	for _, o := range outs {
		write := app.documentWriter(doc, o.kind, opts)
		if o.path == "-" {
			if err := write(app.Out); err != nil {
				return outputErr(err)
			}
			continue
		}
		if err := app.writeOutput(o.path, inputs, write); err != nil {
			return err
		}
	}
	return nil
}

// documentWriter returns the writer of one output format.
func (app *App) documentWriter(doc *exports.Document, kind string, opts *alignOptions) func(io.Writer) error {
	switch kind {
	case "jsonl":
		return func(w io.Writer) error { return exports.WriteJSONL(w, doc) }
	case "xlsx":
		return func(w io.Writer) error { return exports.WriteWorkbook(w, doc, exports.WorkbookOptions{}) }
	case "html":
		return func(w io.Writer) error {
			return exports.WriteHTML(w, doc, exports.HTMLOptions{Glossary: glossaryName(app, opts.glossary)})
		}
	case "tmx":
		return func(w io.Writer) error {
			return exports.WriteTMX(w, []*exports.Document{doc}, exports.TMXOptions{IncludeEmpty: opts.includeEmpty})
		}
	}
	return func(w io.Writer) error {
		return exports.WriteText(w, doc, exports.TextOptions{Width: terminalWidth(app.Getenv), Low: app.L.T("align.low")})
	}
}

// version is the running binary's module version.
func version() string {
	v, _, _, _ := BuildVersion()
	return v
}

// nowUTC is the creation time written in outputs.
func nowUTC() time.Time { return time.Now().UTC() }
