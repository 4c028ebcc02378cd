package cli

import (
	"bufio"
	"errors"
	"strconv"

	"github.com/termalign/termalign/internal/jsonw"
	"github.com/termalign/termalign/segment"
)

// explainRun prints, instead of the sentences, each decision of the
// segmenter's rules: where a sentence ends and which candidates were
// rejected, with the rule that decided.
func explainRun(opts *segmentOptions) error {
	app := opts.app
	spec := opts.spec()
	seg, err := app.newSegmenter(spec)
	if err != nil {
		return err
	}
	src, err := app.openInput(opts.input)
	if err != nil {
		return err
	}
	defer src.Close()
	mode, err := app.paragraphMode(seg, src, spec.paragraphs)
	if err != nil {
		return app.inputError(opts.input, err)
	}
	r, err := src.Reader()
	if err != nil {
		return app.inputError(opts.input, err)
	}
	w := bufio.NewWriterSize(app.Out, 64<<10)
	var buf []byte
	breaks, kept := 0, 0
	err = seg.Explain(r, mode, func(d segment.Decision) error {
		if d.Break {
			breaks++
		} else {
			kept++
		}
		if opts.format == "jsonl" {
			buf = appendDecisionRecord(buf[:0], d)
		} else {
			buf = appendDecisionLine(buf[:0], d)
		}
		if _, err := w.Write(buf); err != nil {
			return outputErr(err)
		}
		return nil
	})
	if err != nil {
		var ee *exitError
		if errors.As(err, &ee) {
			return err
		}
		return app.inputError(opts.input, err)
	}
	if err := w.Flush(); err != nil {
		return outputErr(err)
	}
	app.info(app.L.T("segment.explain_summary", "Breaks", breaks, "Kept", kept))
	return nil
}

// appendDecisionLine: offset, break or keep, kind/rule, and the text
// around the candidate with "|" at the candidate, tab-separated.
func appendDecisionLine(b []byte, d segment.Decision) []byte {
	b = strconv.AppendInt(b, int64(d.Offset), 10)
	if d.Break {
		b = append(b, "\tbreak\t"...)
	} else {
		b = append(b, "\tkeep\t"...)
	}
	b = append(append(append(b, d.Kind...), '/'), d.Rule...)
	b = append(append(append(append(b, '\t'), d.Before...), '|'), d.After...)
	return append(b, '\n')
}

// appendDecisionRecord is the JSON Lines record of a decision.
func appendDecisionRecord(b []byte, d segment.Decision) []byte {
	b = append(b, '{')
	b = jsonw.Int(jsonw.Key(b, "par"), d.Par)
	b = jsonw.Int(jsonw.Key(b, "offset"), d.Offset)
	b = jsonw.String(jsonw.Key(b, "kind"), d.Kind)
	b = jsonw.String(jsonw.Key(b, "rule"), d.Rule)
	b = append(jsonw.Key(b, "break"), strconv.FormatBool(d.Break)...)
	if d.Break {
		b = jsonw.Int(jsonw.Key(b, "end"), d.End)
	}
	b = jsonw.String(jsonw.Key(b, "before"), d.Before)
	b = jsonw.String(jsonw.Key(b, "after"), d.After)
	return append(b, '}', '\n')
}
