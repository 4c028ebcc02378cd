package cli

import (
	"bufio"
	"errors"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/termalign/termalign/internal/jsonw"
	"github.com/termalign/termalign/internal/lang"
	"github.com/termalign/termalign/segment"
)

type segmentOptions struct {
	app           *App
	input         string
	lang          string
	format        string
	paragraphs    string
	abbreviations string
	without       []string
	explain       bool
}

// spec is how the command cuts its input.
func (opts *segmentOptions) spec() textSpec {
	spec := textSpec{lang: opts.app.segmentLang(opts.lang), paragraphs: opts.paragraphs, abbrevFile: opts.abbreviations}
	for _, g := range opts.without {
		spec.without = append(spec.without, segment.Genre(g))
	}
	return spec
}

// NewCmdSegment builds "termalign segment".
// runF, when not nil, receives the parsed options instead of running
// the command: tests use it to check the flags.
func NewCmdSegment(app *App, runF func(*segmentOptions) error) *cobra.Command {
	opts := &segmentOptions{app: app}
	L := app.L
	cmd := &cobra.Command{
		Use:     "segment [FILE|-]",
		Short:   L.T("segment.short"),
		Long:    L.T("segment.long"),
		Example: "  termalign segment testdata/karabakh.fr.txt\n  termalign segment --lang en --format jsonl article.en.txt\n  termalign segment --explain testdata/karabakh.fr.txt",
		Args:    rangeArgs(app, 0, 1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 1 {
				opts.input = args[0]
			}
			if _, err := lang.Parse(opts.lang); err != nil {
				return usageErr(cmd, fmt.Errorf("%s", app.L.T("err.bad_lang", "Flag", "lang", "Value", opts.lang)))
			}
			if runF != nil {
				return runF(opts)
			}
			if opts.explain {
				return explainRun(opts)
			}
			return segmentRun(opts)
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.lang, "lang", lang.Source, L.T("flag.lang"))
	choiceFlag(cmd, &opts.format, "format", "text", L.T("flag.format"), "text", "jsonl")
	choiceFlag(cmd, &opts.paragraphs, "paragraphs", "auto", L.T("flag.paragraphs"), "auto", "line", "blank")
	f.StringVar(&opts.abbreviations, "abbreviations", "", L.T("flag.abbreviations"))
	var genres []string
	for _, g := range segment.Genres {
		genres = append(genres, string(g))
	}
	choicesFlag(cmd, &opts.without, "without", L.T("flag.without"), genres...)
	f.BoolVar(&opts.explain, "explain", false, L.T("flag.explain"))
	return cmd
}

func segmentRun(opts *segmentOptions) error {
	app := opts.app
	w := bufio.NewWriterSize(app.Out, 64<<10)
	var buf []byte
	lastPar, n, pars := -1, 0, 0
	watch := app.watchLang(opts.input, opts.lang)
	write := func(s segment.Sentence, text []byte) error {
		watch.add(s.Text)
		if s.Par != lastPar {
			if opts.format == "text" && lastPar >= 0 {
				w.WriteByte('\n')
			}
			lastPar = s.Par
			pars++
		}
		n++
		if opts.format == "jsonl" {
			buf = appendSegmentRecordEscaped(buf[:0], s, text)
		} else {
			buf = append(append(buf[:0], oneLine(s.Text)...), '\n')
		}
		if _, err := w.Write(buf); err != nil {
			return outputErr(err)
		}
		return nil
	}
	// With --format jsonl the workers escape each sentence's text (the
	// costly part of a record); the writer adds the numbers, known only
	// in input order.
	escape := func(batch []segment.Sentence) escapedTexts {
		var e escapedTexts
		if opts.format == "jsonl" {
			size := 0
			for _, s := range batch {
				size += len(s.Text) + 2
			}
			e.buf = make([]byte, 0, size+size/8)
			e.ends = make([]int, 0, len(batch))
			for _, s := range batch {
				e.buf = jsonw.String(e.buf, s.Text)
				e.ends = append(e.ends, len(e.buf))
			}
		}
		return e
	}
	err := eachBatch(app, opts.input, opts.spec(), escape,
		func(batch []segment.Sentence, e escapedTexts) error {
			for i, s := range batch {
				if err := write(s, e.text(i)); err != nil {
					return err
				}
			}
			return nil
		})
	if err != nil {
		return err
	}
	watch.finish()
	if err := w.Flush(); err != nil {
		return outputErr(err)
	}
	app.info(app.L.N("segment.summary", n, "Pars", pars))
	return nil
}

// escapedTexts are the JSON strings of a batch's sentences, one after
// another; ends[i] is where sentence i's ends.
type escapedTexts struct {
	buf  []byte
	ends []int
}

// text is sentence i's JSON string, or nil when none was made.
func (e escapedTexts) text(i int) []byte {
	if i >= len(e.ends) {
		return nil
	}
	start := 0
	if i > 0 {
		start = e.ends[i-1]
	}
	return e.buf[start:e.ends[i]]
}

// appendSegmentRecordEscaped is appendSegmentRecord with the text already
// a JSON string.
func appendSegmentRecordEscaped(b []byte, s segment.Sentence, text []byte) []byte {
	if text == nil {
		return appendSegmentRecord(b, s)
	}
	b = append(b, '{')
	b = jsonw.Int(jsonw.Key(b, "par"), s.Par)
	b = jsonw.Int(jsonw.Key(b, "sent"), s.Index)
	b = append(jsonw.Key(b, "text"), text...)
	b = jsonw.Int(jsonw.Key(b, "start"), s.Start)
	b = jsonw.Int(jsonw.Key(b, "end"), s.End)
	return append(b, '}', '\n')
}

// appendSegmentRecord appends the JSON Lines record of a sentence (the
// contract of "segment" in DESIGN.md), without reflection.
func appendSegmentRecord(b []byte, s segment.Sentence) []byte {
	b = append(b, '{')
	b = jsonw.Int(jsonw.Key(b, "par"), s.Par)
	b = jsonw.Int(jsonw.Key(b, "sent"), s.Index)
	b = jsonw.String(jsonw.Key(b, "text"), s.Text)
	b = jsonw.Int(jsonw.Key(b, "start"), s.Start)
	b = jsonw.Int(jsonw.Key(b, "end"), s.End)
	return append(b, '}', '\n')
}

// oneLine folds the soft line breaks of a sentence for one-per-line output.
func oneLine(s string) string {
	if !strings.ContainsRune(s, '\n') {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// newSegmenter builds the segmenter of spec: its language's rules, the
// user's extra abbreviations file, if any, and the genres switched off.
func (app *App) newSegmenter(spec textSpec) (*segment.Segmenter, error) {
	var extra segment.Rules
	if abbrevFile := spec.abbrevFile; abbrevFile != "" {
		text, err := app.readAllInput(abbrevFile)
		if err != nil {
			return nil, err
		}
		extra, err = segment.ParseRules(abbrevFile, strings.NewReader(text), segment.NoBreak)
		if err != nil {
			var re *segment.RuleError
			if errors.As(err, &re) {
				args := []any{}
				for k, v := range re.Data {
					args = append(args, k, v)
				}
				return nil, inputErr(fmt.Errorf("%s:%d:%d: %s", re.Name, re.Line, re.Column, app.L.T("err.rules", "Msg", app.L.T("ruleerr."+re.Key, args...))))
			}
			return nil, inputErr(err)
		}
	}
	seg, err := segment.New(segment.Options{Lang: spec.lang, Extra: extra, Without: spec.without})
	if err != nil {
		return nil, inputErr(err)
	}
	return seg, nil
}
