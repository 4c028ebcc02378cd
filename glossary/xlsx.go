package glossary

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"github.com/termalign/termalign/internal/xlsxread"
)

// XLSX limits.
const (
	// MaxXLSXBytes bounds the unzipped size of a workbook ReadXLSX opens.
	MaxXLSXBytes = 512 << 20
	// maxCellChars is Excel's limit on the text of one cell.
	maxCellChars  = 32767
	glossarySheet = "Glossary"
)

// WriteXLSX writes g as a workbook with one sheet, one row per entry and
// the same columns as the tab-separated form, a bold frozen header and
// filter buttons (an Excel table over the rows). It streams the rows, so memory stays flat on large glossaries.
func WriteXLSX(w io.Writer, g *Glossary) error {
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetSheetName("Sheet1", glossarySheet); err != nil {
		return err
	}
	sw, err := f.NewStreamWriter(glossarySheet)
	if err != nil {
		return err
	}
	bold, err := f.NewStyle(&excelize.Style{
		Font:      &excelize.Font{Bold: true},
		Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"DDEBF7"}},
		Alignment: &excelize.Alignment{Vertical: "top"},
	})
	if err != nil {
		return err
	}
	cols := g.columns()
	for i, c := range cols {
		width := 18.0
		switch kindOf(c) {
		case colID:
			width = 26
		case colNote, colSource:
			width = 40
		case colPreferred, colVariants, colForbidden:
			width = 28
		}
		if err := sw.SetColWidth(i+1, i+1, width); err != nil {
			return err
		}
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	row := make([]interface{}, len(cols))
	for i, c := range cols {
		row[i] = excelize.Cell{StyleID: bold, Value: c}
	}
	if err := sw.SetRow("A1", row); err != nil {
		return err
	}
	for n, e := range g.Entries {
		for i, c := range cols {
			v := e.cell(c)
			if utf8.RuneCountInString(v) > maxCellChars {
				return fmt.Errorf("%w: entry %q, column %s: %d characters, more than the %d a spreadsheet cell holds", ErrFormat, e.ID, c, utf8.RuneCountInString(v), maxCellChars)
			}
			row[i] = v
		}
		cell, _ := excelize.CoordinatesToCellName(1, n+2)
		if err := sw.SetRow(cell, row); err != nil {
			return err
		}
	}
	// A table over the rows gives every column a filter button, and works
	// with the stream writer (a sheet-level autoFilter would not).
	last, _ := excelize.CoordinatesToCellName(len(cols), max(len(g.Entries), 1)+1)
	if err := sw.AddTable(&excelize.Table{Range: "A1:" + last, Name: "GlossaryTable", StyleName: "TableStyleLight9", ShowRowStripes: boolPtr(true)}); err != nil {
		return err
	}
	if err := sw.Flush(); err != nil {
		return err
	}
	_, err = f.WriteTo(w)
	return err
}

func boolPtr(b bool) *bool { return &b }

// ReadXLSX reads the sheet named "Glossary" (else the first sheet) of a
// workbook written by WriteXLSX, or by hand with the same header row.
// Sizes are limited.
func ReadXLSX(name string, r io.Reader) (*Glossary, error) {
	wb, err := xlsxread.Open(r, xlsxread.Limits{File: MaxXLSXBytes, Part: 1 << 30})
	if err != nil {
		pe := &PosError{Name: name, Line: 1, Msg: "not a readable XLSX workbook: " + err.Error(), Key: "not_xlsx", Data: map[string]string{"Detail": err.Error()}}
		if errors.Is(err, xlsxread.ErrTooLarge) {
			pe.Err = ErrTooLarge
		}
		return nil, pe
	}
	sheets := wb.Sheets()
	if len(sheets) == 0 {
		return nil, &PosError{Name: name, Line: 1, Msg: "the workbook has no sheet", Key: "no_sheet"}
	}
	sheet := sheets[0]
	for _, s := range sheets {
		if s == glossarySheet {
			sheet = s
		}
	}
	g := &Glossary{Name: name}
	err = wb.Rows(sheet, func(line int, rec []string) error {
		if g.Columns == nil {
			cols, err := readHeader(name, line, rec)
			if err != nil {
				return err
			}
			g.Columns = cols
			return nil
		}
		for i := len(g.Columns); i < len(rec); i++ {
			if rec[i] != "" {
				return &PosError{Name: name, Line: line, Column: i + 1, Msg: "a value beyond the last named column", Key: "value_beyond_columns"}
			}
		}
		if len(rec) > len(g.Columns) {
			rec = rec[:len(g.Columns)]
		}
		blank := true
		for _, v := range rec {
			if strings.TrimSpace(v) != "" {
				blank = false
			}
		}
		if blank {
			return nil
		}
		e := &Entry{Line: line}
		for i, v := range rec {
			e.setCell(g.Columns[i], v)
		}
		g.Entries = append(g.Entries, e)
		return nil
	})
	if err != nil {
		var pe *PosError
		if errors.As(err, &pe) {
			return nil, pe
		}
		return nil, &PosError{Name: name, Line: 1, Msg: err.Error()}
	}
	if g.Columns == nil {
		return nil, &PosError{Name: name, Line: 1, Msg: "empty sheet: no header row", Key: "no_header"}
	}
	deriveIDs(g)
	return g, nil
}
