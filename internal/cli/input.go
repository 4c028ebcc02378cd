package cli

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"runtime"

	"github.com/termalign/termalign/internal/atomicfile"
	"github.com/termalign/termalign/internal/textio"
	"github.com/termalign/termalign/segment"
)

// openInput opens a text input ("-" or "" is stdin) with the run's
// --encoding, warns on stderr when it falls back to Windows-1252, and turns
// every failure into a translated input error (exit 2).
func (app *App) openInput(path string) (*textio.Source, error) {
	if path == "" {
		path = "-"
	}
	src, err := textio.Open(path, app.In, textio.Options{Encoding: app.encoding})
	if err != nil {
		return nil, app.inputError(path, err)
	}
	if src.Info.Fallback {
		app.info(app.L.T("warn.fallback_1252", "Name", src.Name))
	}
	return src, nil
}

// readAllInput reads and decodes a whole (small) input, such as a rule file.
func (app *App) readAllInput(path string) (string, error) {
	src, err := app.openInput(path)
	if err != nil {
		return "", err
	}
	defer src.Close()
	r, err := src.Reader()
	if err != nil {
		return "", app.inputError(path, err)
	}
	b, err := io.ReadAll(r)
	if err != nil {
		return "", app.inputError(path, err)
	}
	return string(b), nil
}

// inputError translates the errors of reading an input.
func (app *App) inputError(path string, err error) error {
	L := app.L
	var pe *textio.PositionError
	switch {
	case errors.As(err, &pe) && errors.Is(err, textio.ErrBinary):
		err = fmt.Errorf("%s", L.T("err.binary", "Name", pe.Name, "Line", pe.Line, "Column", pe.Column))
	case errors.As(err, &pe) && errors.Is(err, textio.ErrInvalidUTF8):
		err = fmt.Errorf("%s", L.T("err.invalid_utf8", "Name", pe.Name, "Line", pe.Line, "Column", pe.Column))
	case errors.Is(err, textio.ErrUnknownEncoding):
		err = fmt.Errorf("%s", L.T("err.unknown_encoding", "Value", app.encoding))
	case errors.Is(err, textio.ErrIsDir):
		err = fmt.Errorf("%s", L.T("err.is_dir", "Name", path))
	case errors.Is(err, fs.ErrNotExist):
		err = fmt.Errorf("%s", L.T("err.not_found", "Name", path))
	case errors.Is(err, fs.ErrPermission):
		err = fmt.Errorf("%s", L.T("err.permission", "Name", path))
	}
	return inputErr(err)
}

// writeOutput writes path atomically, refusing to overwrite an input.
func (app *App) writeOutput(path string, inputs []string, fn func(w io.Writer) error) error {
	if err := atomicfile.CheckNotInput(path, inputs...); err != nil {
		return inputErr(fmt.Errorf("%s", app.L.T("err.same_as_input", "Name", path)))
	}
	if err := atomicfile.Write(path, fn); err != nil {
		var ee *exitError
		if errors.As(err, &ee) {
			return err
		}
		return app.inputError(path, err)
	}
	return nil
}

// info prints a "termalign: …" message (a summary, a warning) on stderr.
func (app *App) info(msg string) {
	fmt.Fprintf(app.Err, "termalign: %s\n", msg)
}

// jsonLines returns an encoder that writes one JSON object a line, with
// <, > and & left as they are.
func jsonLines(w io.Writer) *json.Encoder {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc
}

// textSpec says how an input is cut into sentences.
type textSpec struct {
	lang       string // BCP 47 tag of the segmentation rules
	paragraphs string // auto, line or blank
	segmented  bool   // one sentence a line already (--segmented)
	abbrevFile string // extra rules (--abbreviations), or ""
	without    []segment.Genre
}

// sentences opens an input and returns a function that streams its
// sentences as spec says.
func (app *App) sentences(input string, spec textSpec) (func(func(segment.Sentence) error) error, *textio.Source, error) {
	var seg *segment.Segmenter
	if !spec.segmented {
		var err error
		if seg, err = app.newSegmenter(spec); err != nil {
			return nil, nil, err
		}
	}
	src, err := app.openInput(input)
	if err != nil {
		return nil, nil, err
	}
	if spec.segmented {
		return func(fn func(segment.Sentence) error) error {
			r, err := src.Reader()
			if err != nil {
				return err
			}
			return segment.StreamLines(r, fn)
		}, src, nil
	}
	return func(fn func(segment.Sentence) error) error {
		mode, err := app.paragraphMode(seg, src, spec.paragraphs)
		if err != nil {
			return err
		}
		// The same pipeline as segment and terms: cut on every core,
		// delivered in order.
		return eachSentences(src, seg, mode, false, func([]segment.Sentence) struct{} { return struct{}{} },
			func(batch []segment.Sentence, _ struct{}) error {
				for _, s := range batch {
					if err := fn(s); err != nil {
						return err
					}
				}
				return nil
			})
	}, src, nil
}

// paragraphMode resolves a --paragraphs value; "auto" reads the input
// once to detect the mode (Source.Reader reads it again from the start).
func (app *App) paragraphMode(seg *segment.Segmenter, src *textio.Source, paragraphs string) (segment.Paragraphs, error) {
	mode, _ := segment.ParseParagraphs(paragraphs)
	if mode != segment.Auto {
		return mode, nil
	}
	r, err := src.Reader()
	if err != nil {
		return mode, err
	}
	return seg.DetectParagraphs(r)
}

// maxBinaryInput bounds a binary input read whole (a workbook).
const maxBinaryInput = 1 << 30

// readBinaryInput reads a whole binary file ("-" is stdin), up to
// maxBinaryInput bytes.
func (app *App) readBinaryInput(path string) ([]byte, error) {
	var r io.Reader = app.In
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			return nil, app.inputError(path, err)
		}
		defer f.Close()
		if st, err := f.Stat(); err == nil && st.IsDir() {
			return nil, app.inputError(path, textio.ErrIsDir)
		}
		r = f
	}
	data, err := io.ReadAll(io.LimitReader(r, maxBinaryInput+1))
	if err != nil {
		return nil, app.inputError(path, err)
	}
	if len(data) > maxBinaryInput {
		return nil, inputErr(fmt.Errorf("%s", app.L.T("err.too_large", "Name", path, "Limit", "1 GiB")))
	}
	return data, nil
}

// eachBatch streams the sentences of an input in batches, in order: cut
// with the language's rules on every core (work runs on a worker for each
// batch, emit in input order), or read one a line with --segmented. The
// caller closes nothing: the input is closed on return.
func eachBatch[T any](app *App, input string, spec textSpec,
	work func([]segment.Sentence) T, emit func([]segment.Sentence, T) error) error {
	var seg *segment.Segmenter
	if !spec.segmented {
		var err error
		if seg, err = app.newSegmenter(spec); err != nil {
			return err
		}
	}
	src, err := app.openInput(input)
	if err != nil {
		return err
	}
	defer src.Close()
	var mode segment.Paragraphs
	if !spec.segmented {
		if mode, err = app.paragraphMode(seg, src, spec.paragraphs); err != nil {
			return app.inputError(input, err)
		}
	}
	err = eachSentences(src, seg, mode, spec.segmented, work, emit)
	if err != nil {
		var ee *exitError
		if errors.As(err, &ee) {
			return err
		}
		return app.inputError(input, err)
	}
	return nil
}

// eachSentences runs the pipeline of eachBatch on an open input: raw
// blocks decoded on the workers when the encoding allows (byte-wide
// encodings), else the decoded stream.
func eachSentences[T any](src *textio.Source, seg *segment.Segmenter, mode segment.Paragraphs, segmented bool,
	work func([]segment.Sentence) T, emit func([]segment.Sentence, T) error) error {
	workers := runtime.GOMAXPROCS(0)
	if !segmented {
		raw, decode, ok, err := src.Blocks()
		if err != nil {
			return err
		}
		if ok {
			return segment.ParallelBlocks(seg, raw, decode, mode, workers, work, emit)
		}
	}
	r, err := src.Reader()
	if err != nil {
		return err
	}
	if segmented {
		return segment.StreamLines(r, func(s segment.Sentence) error {
			b := []segment.Sentence{s}
			return emit(b, work(b))
		})
	}
	return segment.Parallel(seg, r, mode, workers, work, emit)
}
