package glossary

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
)

// Delimited are the options of the tab- and comma-separated forms.
type Delimited struct {
	// Comma is '\t' for TSV and ',' for CSV.
	Comma rune
	// BOM writes a UTF-8 byte order mark first (Excel wants one in CSV).
	BOM bool
	// Columns, when set, name the columns of a file with no header row
	// ("fr", "en"): its first line is an entry.
	Columns []string
}

// MaxTabularBytes bounds what ReadDelimited reads.
const MaxTabularBytes = 1 << 30

// ReadDelimited reads a TSV or CSV glossary with a header row. Columns may
// come in any order and any case, languages as BCP 47 tags; unknown
// columns are kept; without an "id" column, ids are derived from the
// terms. A leading BOM is skipped, and
// a cell that WriteDelimited neutralised against formula injection is
// restored. Errors carry the file name, line and column.
func ReadDelimited(name string, r io.Reader, opts Delimited) (*Glossary, error) {
	br := bufio.NewReaderSize(io.LimitReader(r, MaxTabularBytes+1), 64<<10)
	if b, err := br.Peek(3); err == nil && bytes.Equal(b, []byte{0xEF, 0xBB, 0xBF}) {
		br.Discard(3)
	}
	var rr recordReader
	if opts.Comma == '\t' {
		rr = &tsvReader{name: name, r: br}
	} else {
		cr := csv.NewReader(br)
		cr.Comma = opts.Comma
		cr.FieldsPerRecord = -1
		cr.ReuseRecord = true
		rr = csvRecords{cr}
	}
	g := &Glossary{Name: name}
	header, hpos, err := rr.read()
	if err == io.EOF {
		return nil, &PosError{Name: name, Line: 1, Msg: "empty file: no header row", Key: "no_header"}
	}
	if err != nil {
		return nil, csvError(name, err)
	}
	var first []string // an entry read as the header, when there is none
	switch {
	case opts.Columns != nil:
		if g.Columns, err = readHeader(name, 0, opts.Columns); err != nil {
			return nil, err
		}
		first = append([]string(nil), header...)
	default:
		g.Columns, err = readHeader(name, 1, header)
		if err != nil && headerless(header) {
			return readHeaderless(name, rr, append([]string(nil), header...), hpos(0).line)
		}
		if err != nil {
			return nil, err
		}
	}
	if first != nil {
		if err := g.addRecord(name, first, hpos); err != nil {
			return nil, err
		}
	}
	for {
		rec, pos, err := rr.read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, csvError(name, err)
		}
		if err := g.addRecord(name, rec, pos); err != nil {
			return nil, err
		}
	}
	deriveIDs(g)
	return g, nil
}

// addRecord adds the entry of one record (a blank record is skipped).
func (g *Glossary) addRecord(name string, rec []string, pos func(int) fieldPos) error {
	line := pos(0).line
	if len(rec) > len(g.Columns) {
		p := pos(len(g.Columns))
		return &PosError{Name: name, Line: p.line, Column: p.col, Msg: fmt.Sprintf("%d fields, but the header has %d columns", len(rec), len(g.Columns)),
			Key: "too_many_fields", Data: map[string]string{"Fields": fmt.Sprint(len(rec)), "Columns": fmt.Sprint(len(g.Columns))}}
	}
	blank := true
	for _, f := range rec {
		if strings.TrimSpace(f) != "" {
			blank = false
			break
		}
	}
	if blank {
		return nil
	}
	e := &Entry{Line: line}
	for i, f := range rec {
		e.setCell(g.Columns[i], unneutralise(f))
	}
	g.Entries = append(g.Entries, e)
	return nil
}

// fieldPos is where a field starts (1-based; the column counts bytes).
type fieldPos struct{ line, col int }

// recordReader yields the records of a delimited file with the position
// of each field.
type recordReader interface {
	read() ([]string, func(field int) fieldPos, error)
}

type csvRecords struct{ r *csv.Reader }

func (c csvRecords) read() ([]string, func(int) fieldPos, error) {
	rec, err := c.r.Read()
	return rec, func(i int) fieldPos {
		l, col := c.r.FieldPos(i)
		return fieldPos{l, col}
	}, err
}

// tsvReader reads tab-separated records the way hand-made TSV files are
// written: a quote is special only at the start of a field, where it opens
// a quoted field ("" for a quote inside; tabs and newlines allowed); a
// quote anywhere else is a plain character. An unclosed quote is an error
// at its position, never a silent swallow of the rest of the file.
type tsvReader struct {
	name      string
	r         *bufio.Reader
	line, col int // position of the last byte read
	rec       []string
	pos       []fieldPos
}

func (t *tsvReader) read() ([]string, func(int) fieldPos, error) {
	t.rec, t.pos = t.rec[:0], t.pos[:0]
	t.line++
	t.col = 0
	var field []byte
	start := fieldPos{t.line, 1}
	afterQuote := false
	end := func() {
		t.rec = append(t.rec, string(field))
		t.pos = append(t.pos, start)
	}
	for {
		c, err := t.r.ReadByte()
		if err == io.EOF {
			if len(t.rec) == 0 && len(field) == 0 && !afterQuote && t.col == 0 {
				return nil, nil, io.EOF
			}
			end()
			return t.rec, t.at, nil
		}
		if err != nil {
			return nil, nil, err
		}
		t.col++
		switch {
		case c == '\t':
			end()
			field, afterQuote = field[:0], false
			start = fieldPos{t.line, t.col + 1}
		case c == '\n':
			if !afterQuote {
				field = bytes.TrimSuffix(field, []byte{'\r'})
			}
			end()
			return t.rec, t.at, nil
		case afterQuote:
			if c != '\r' {
				return nil, nil, &PosError{Name: t.name, Line: t.line, Column: t.col, Msg: "text after the closing quote of a quoted field", Key: "text_after_quote"}
			}
		case c == '"' && len(field) == 0 && start.line == t.line && start.col == t.col:
			q, err := t.quoted(start)
			if err != nil {
				return nil, nil, err
			}
			field, afterQuote = append(field, q...), true
		default:
			field = append(field, c)
		}
	}
}

func (t *tsvReader) at(i int) fieldPos {
	if i < len(t.pos) {
		return t.pos[i]
	}
	return fieldPos{t.line, 1}
}

// quoted reads a quoted field after its opening quote.
func (t *tsvReader) quoted(start fieldPos) ([]byte, error) {
	var out []byte
	for {
		c, err := t.r.ReadByte()
		if err == io.EOF {
			return nil, &PosError{Name: t.name, Line: start.line, Column: start.col, Msg: "quoted field never closed", Key: "quote_not_closed"}
		}
		if err != nil {
			return nil, err
		}
		if c == '\n' {
			t.line, t.col = t.line+1, 0
		} else {
			t.col++
		}
		if c != '"' {
			out = append(out, c)
			continue
		}
		if next, err := t.r.Peek(1); err == nil && next[0] == '"' {
			t.r.ReadByte()
			t.col++
			out = append(out, '"')
			continue
		}
		return out, nil
	}
}

func csvError(name string, err error) error {
	var pos *PosError
	if errors.As(err, &pos) {
		return pos
	}
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		if errors.Is(pe.Err, bufio.ErrTooLong) {
			return &PosError{Name: name, Line: pe.Line, Column: pe.Column, Msg: "line too long", Err: ErrTooLarge, Key: "line_too_long"}
		}
		key := "csv"
		line, col := pe.Line, pe.Column
		switch {
		case errors.Is(pe.Err, csv.ErrBareQuote):
			key = "csv_bare_quote"
		case errors.Is(pe.Err, csv.ErrQuote):
			key = "csv_quote"
			if pe.StartLine > 0 && pe.StartLine != pe.Line {
				// A quote never closed: where it opened, not where the
				// reader gave up at the end of the file.
				line, col = pe.StartLine, 0
			}
		}
		return &PosError{Name: name, Line: line, Column: col, Msg: pe.Err.Error(), Key: key, Data: map[string]string{"Detail": pe.Err.Error()}}
	}
	return fmt.Errorf("%s: %w", name, err)
}

// WriteDelimited writes g as TSV or CSV with a header row. A cell that a
// spreadsheet would run as a formula (it starts with = + - @, a tab or a
// CR) is prefixed with an apostrophe, which ReadDelimited removes again.
func WriteDelimited(w io.Writer, g *Glossary, opts Delimited) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	if opts.BOM {
		bw.WriteString("\uFEFF")
	}
	cols := g.columns()
	write := func(rec []string) error {
		_, err := bw.WriteString(strings.Join(rec, "\t") + "\n")
		return err
	}
	var cw *csv.Writer
	if opts.Comma != '\t' {
		cw = csv.NewWriter(bw)
		cw.Comma = opts.Comma
		write = cw.Write
	}
	if err := write(quoteTSV(cols, cw == nil)); err != nil {
		return err
	}
	rec := make([]string, len(cols))
	for _, e := range g.Entries {
		for i, c := range cols {
			rec[i] = neutralise(e.cell(c))
		}
		if err := write(quoteTSV(rec, cw == nil)); err != nil {
			return err
		}
	}
	if cw != nil {
		cw.Flush()
		if err := cw.Error(); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// quoteTSV quotes, for TSV, only the fields that need it: those holding a
// tab or a line break, or starting with a quote. A quote inside a field
// stays bare, as in most hand-made TSV files (ReadDelimited reads it back).
func quoteTSV(rec []string, tsv bool) []string {
	if !tsv {
		return rec
	}
	for i, f := range rec {
		if strings.ContainsAny(f, "\t\n\r") || strings.HasPrefix(f, "\"") {
			rec[i] = "\"" + strings.ReplaceAll(f, "\"", "\"\"") + "\""
		}
	}
	return rec
}

// formulaStart: what makes a spreadsheet treat a cell as a formula.
func formulaStart(c byte) bool {
	return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r'
}

func neutralise(v string) string {
	if v == "" {
		return v
	}
	if formulaStart(v[0]) || v[0] == '\'' && len(v) > 1 && (formulaStart(v[1]) || v[1] == '\'') {
		return "'" + v
	}
	return v
}

func unneutralise(v string) string {
	if len(v) > 1 && v[0] == '\'' && (formulaStart(v[1]) || v[1] == '\'') {
		return v[1:]
	}
	return v
}
