package cli

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/termalign/termalign/glossary"
	"github.com/termalign/termalign/internal/jsonw"
	"github.com/termalign/termalign/internal/lang"
	"github.com/termalign/termalign/segment"
)

type termsOptions struct {
	app        *App
	input      string
	glossary   string
	lang       string
	format     string
	segmented  bool
	paragraphs string
	color      string
}

// NewCmdTerms builds "termalign terms".
// runF, when not nil, receives the parsed options instead of running
// the command: tests use it to check the flags.
func NewCmdTerms(app *App, runF func(*termsOptions) error) *cobra.Command {
	opts := &termsOptions{app: app}
	L := app.L
	cmd := &cobra.Command{
		Use:     "terms [FILE|-]",
		Short:   L.T("terms.short"),
		Long:    L.T("terms.long"),
		Example: "  termalign terms testdata/karabakh.fr.txt\n  termalign terms --lang en --format jsonl --glossary my.tsv article.en.txt",
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
			return termsRun(opts)
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.glossary, "glossary", "", L.T("flag.glossary"))
	f.StringVar(&opts.lang, "lang", lang.Source, L.T("flag.lang"))
	choiceFlag(cmd, &opts.format, "format", "text", L.T("flag.format"), "text", "jsonl")
	f.BoolVar(&opts.segmented, "segmented", false, L.T("flag.segmented"))
	choiceFlag(cmd, &opts.paragraphs, "paragraphs", "auto", L.T("flag.paragraphs"), "auto", "line", "blank")
	choiceFlag(cmd, &opts.color, "color", "auto", L.T("flag.color"), "auto", "always", "never")
	return cmd
}

// appendTermRecord appends the JSON Lines record of one hit (the
// contract of "terms" in DESIGN.md), without reflection: a document has
// many hits.
func appendTermRecord(b []byte, s segment.Sentence, h glossary.Hit) []byte {
	b = append(b, '{')
	b = jsonw.Int(jsonw.Key(b, "sent"), s.Index)
	b = jsonw.String(jsonw.Key(b, "id"), h.Entry.ID)
	b = jsonw.String(jsonw.Key(b, "surface"), h.Surface)
	b = jsonw.Int(jsonw.Key(b, "start"), s.Start+h.Start)
	b = jsonw.Int(jsonw.Key(b, "end"), s.Start+h.End)
	b = jsonw.String(jsonw.Key(b, "term"), h.Term)
	b = jsonw.String(jsonw.Key(b, "translation"), h.Translation)
	b = jsonw.String(jsonw.Key(b, "domain"), h.Entry.Domain)
	b = jsonw.String(jsonw.Key(b, "status"), h.Status.String())
	return append(b, '}', '\n')
}

// termBatch is what the workers find in a batch of sentences: the hits
// of each, and, for JSON Lines, the parts of each hit's record that do not
// depend on where the sentence falls in the whole text (escaping them is
// most of a record's cost), so that the writer only adds the numbers.
type termBatch struct {
	hits [][]glossary.Hit
	buf  []byte
	cuts []int // hit k's parts: buf[cuts[2k]:cuts[2k+1]] and buf[cuts[2k+1]:cuts[2k+2]]
}

// render appends the two fixed parts of h's record.
func (tb *termBatch) render(h glossary.Hit) {
	if len(tb.cuts) == 0 {
		tb.cuts = append(tb.cuts, 0)
	}
	b := jsonw.String(append(tb.buf, `,"id":`...), h.Entry.ID)
	b = jsonw.String(append(b, `,"surface":`...), h.Surface)
	tb.cuts = append(tb.cuts, len(b))
	b = jsonw.String(append(b, `,"term":`...), h.Term)
	b = jsonw.String(append(b, `,"translation":`...), h.Translation)
	b = jsonw.String(append(b, `,"domain":`...), h.Entry.Domain)
	b = jsonw.String(append(b, `,"status":`...), h.Status.String())
	tb.buf = b
	tb.cuts = append(tb.cuts, len(b))
}

// appendRecord appends the record of hit k of the batch, h, in sentence s:
// the same bytes as appendTermRecord.
func (tb *termBatch) appendRecord(b []byte, s segment.Sentence, h glossary.Hit, k int) []byte {
	if 2*k+2 >= len(tb.cuts) {
		return appendTermRecord(b, s, h)
	}
	b = jsonw.Int(jsonw.Key(append(b, '{'), "sent"), s.Index)
	b = append(b, tb.buf[tb.cuts[2*k]:tb.cuts[2*k+1]]...)
	b = jsonw.Int(jsonw.Key(b, "start"), s.Start+h.Start)
	b = jsonw.Int(jsonw.Key(b, "end"), s.Start+h.End)
	b = append(b, tb.buf[tb.cuts[2*k+1]:tb.cuts[2*k+2]]...)
	return append(b, '}', '\n')
}

func termsRun(opts *termsOptions) error {
	app := opts.app
	g, err := app.loadGlossary(app.glossaryPath(opts.glossary))
	if err != nil {
		return err
	}
	key, ok := g.LangColumn(opts.lang)
	if !ok {
		app.info(app.L.T("warn.glossary_no_lang", "Name", glossaryName(app, opts.glossary), "Lang", opts.lang, "Have", strings.Join(g.Languages(), ", ")))
		key = opts.lang
	}
	m, err := glossary.NewMatcher(g, glossary.MatcherOptions{Lang: key, Target: g.OtherLanguage(key)})
	if err != nil {
		return inputErr(err)
	}
	watch := app.watchLang(opts.input, opts.lang)
	color := useColor(opts.color, app.Out, app.Getenv)
	w := bufio.NewWriterSize(app.Out, 64<<10)
	var buf []byte
	lastPar, nSent, nHits, nForbidden := -1, 0, 0, 0
	// Terms are found on the workers, a batch of sentences at a time; the
	// records are written here, in order.
	find := func(batch []segment.Sentence) termBatch {
		tb := termBatch{hits: make([][]glossary.Hit, len(batch))}
		for i, s := range batch {
			tb.hits[i] = m.Find(s.Text)
			if opts.format == "jsonl" {
				tb.buf = slices.Grow(tb.buf, 160*len(tb.hits[i]))
				for _, h := range tb.hits[i] {
					tb.render(h)
				}
			}
		}
		return tb
	}
	hitNo := 0 // the hit of the current batch being written
	var cur *termBatch
	write := func(s segment.Sentence, hits []glossary.Hit) error {
		nSent++
		watch.add(s.Text)
		nHits += len(hits)
		for _, h := range hits {
			if h.Status == glossary.Forbidden {
				nForbidden++
			}
		}
		if opts.format == "jsonl" {
			for _, h := range hits {
				buf = cur.appendRecord(buf[:0], s, h, hitNo)
				hitNo++
				if _, err := w.Write(buf); err != nil {
					return outputErr(err)
				}
			}
			return nil
		}
		if s.Par != lastPar && lastPar >= 0 {
			w.WriteByte('\n')
		}
		lastPar = s.Par
		writeBracketed(w, app, s.Text, hits, color)
		if err := w.WriteByte('\n'); err != nil {
			return outputErr(err)
		}
		return nil
	}
	err = eachBatch(app, opts.input, textSpec{lang: app.segmentLang(opts.lang), paragraphs: opts.paragraphs, segmented: opts.segmented}, find,
		func(batch []segment.Sentence, tb termBatch) error {
			cur, hitNo = &tb, 0
			for i, s := range batch {
				if err := write(s, tb.hits[i]); err != nil {
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
	app.info(app.L.N("terms.summary", nHits, "Sentences", nSent, "Forbidden", nForbidden))
	return nil
}

// writeBracketed writes a sentence with each hit as [surface → translation].
func writeBracketed(w *bufio.Writer, app *App, text string, hits []glossary.Hit, color bool) {
	const (
		green, red, dim, reset = "\x1b[32m", "\x1b[31m", "\x1b[2m", "\x1b[0m"
	)
	pos := 0
	for _, h := range hits {
		w.WriteString(oneLine(text[pos:h.Start]))
		col := green
		if h.Status == glossary.Forbidden {
			col = red
		}
		if color {
			w.WriteString(col)
		}
		w.WriteString("[" + oneLine(h.Surface))
		if color {
			w.WriteString(reset + dim)
		}
		if h.Status == glossary.Forbidden {
			w.WriteString(" " + app.L.T("terms.forbidden", "Term", h.Term))
		}
		if h.Translation != "" {
			w.WriteString(" → " + h.Translation)
		}
		w.WriteString("]")
		if color {
			w.WriteString(reset)
		}
		pos = h.End
	}
	w.WriteString(oneLine(text[pos:]))
}

// useColor: --color always/never, or auto when stdout is a terminal and
// NO_COLOR is not set.
func useColor(mode string, out io.Writer, getenv func(string) string) bool {
	switch mode {
	case "always":
		return true
	case "never":
		return false
	}
	if getenv("NO_COLOR") != "" || getenv("TERM") == "dumb" {
		return false
	}
	f, ok := out.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
