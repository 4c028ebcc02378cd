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
}

// MaxTabularBytes bounds what ReadDelimited reads.
const MaxTabularBytes = 1 << 30

// ReadDelimited reads a TSV or CSV glossary with a header row. Columns may
// come in any order; unknown columns are kept. A leading BOM is skipped, and
// a cell that WriteDelimited neutralised against formula injection is
// restored. Errors carry the file name, line and column.
func ReadDelimited(name string, r io.Reader, opts Delimited) (*Glossary, error) {
	br := bufio.NewReaderSize(io.LimitReader(r, MaxTabularBytes+1), 64<<10)
	if b, err := br.Peek(3); err == nil && bytes.Equal(b, []byte{0xEF, 0xBB, 0xBF}) {
		br.Discard(3)
	}
	cr := csv.NewReader(br)
	cr.Comma = opts.Comma
	cr.LazyQuotes = true
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	g := &Glossary{Name: name}
	header, err := cr.Read()
	if err == io.EOF {
		return nil, &PosError{Name: name, Line: 1, Msg: "empty file: no header row"}
	}
	if err != nil {
		return nil, csvError(name, err)
	}
	seen := map[string]int{}
	hasLang := false
	for i, h := range header {
		h = strings.TrimSpace(h)
		if h == "" {
			return nil, &PosError{Name: name, Line: 1, Column: i + 1, Msg: "empty column name in the header"}
		}
		if j, dup := seen[h]; dup {
			return nil, &PosError{Name: name, Line: 1, Column: i + 1, Msg: fmt.Sprintf("column %q repeats column %d", h, j+1)}
		}
		seen[h] = i
		if kindOf(h) == colPreferred {
			hasLang = true
		}
		g.Columns = append(g.Columns, h)
	}
	if _, ok := seen["id"]; !ok {
		return nil, &PosError{Name: name, Line: 1, Column: 1, Msg: `no "id" column in the header`}
	}
	if !hasLang {
		return nil, &PosError{Name: name, Line: 1, Column: 1, Msg: `no language column (such as "fr" or "en") in the header`}
	}
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, csvError(name, err)
		}
		line, _ := cr.FieldPos(0)
		if len(rec) > len(g.Columns) {
			_, col := cr.FieldPos(len(g.Columns))
			return nil, &PosError{Name: name, Line: line, Column: col, Msg: fmt.Sprintf("%d fields, but the header has %d columns", len(rec), len(g.Columns))}
		}
		blank := true
		for _, f := range rec {
			if strings.TrimSpace(f) != "" {
				blank = false
				break
			}
		}
		if blank {
			continue
		}
		e := &Entry{Line: line}
		for i, f := range rec {
			e.setCell(g.Columns[i], unneutralise(f))
		}
		g.Entries = append(g.Entries, e)
	}
	return g, nil
}

func csvError(name string, err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		if errors.Is(pe.Err, bufio.ErrTooLong) {
			return &PosError{Name: name, Line: pe.Line, Column: pe.Column, Msg: "line too long", Err: ErrTooLarge}
		}
		return &PosError{Name: name, Line: pe.Line, Column: pe.Column, Msg: pe.Err.Error()}
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
