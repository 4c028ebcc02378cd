package glossary

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
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

// ReadXLSX reads the first sheet of a workbook written by WriteXLSX (or by
// hand with the same header row). Unzipped sizes are limited.
func ReadXLSX(name string, r io.Reader) (*Glossary, error) {
	f, err := excelize.OpenReader(r, excelize.Options{UnzipSizeLimit: MaxXLSXBytes, UnzipXMLSizeLimit: 64 << 20})
	if err != nil {
		if strings.Contains(err.Error(), "size") {
			return nil, &PosError{Name: name, Line: 1, Msg: err.Error(), Err: ErrTooLarge}
		}
		return nil, &PosError{Name: name, Line: 1, Msg: "not a readable XLSX workbook: " + err.Error()}
	}
	defer f.Close()
	sheets := f.GetSheetList()
	if len(sheets) == 0 {
		return nil, &PosError{Name: name, Line: 1, Msg: "the workbook has no sheet"}
	}
	sheet := sheets[0]
	for _, s := range sheets {
		if s == glossarySheet {
			sheet = s
		}
	}
	rows, err := f.Rows(sheet)
	if err != nil {
		return nil, &PosError{Name: name, Line: 1, Msg: err.Error()}
	}
	defer rows.Close()
	g := &Glossary{Name: name}
	line := 0
	hasID, hasLang := false, false
	for rows.Next() {
		line++
		rec, err := rows.Columns(excelize.Options{RawCellValue: true})
		if err != nil {
			return nil, &PosError{Name: name, Line: line, Msg: err.Error()}
		}
		if g.Columns == nil {
			for i, h := range rec {
				h = strings.TrimSpace(h)
				if h == "" {
					return nil, &PosError{Name: name, Line: 1, Column: i + 1, Msg: "empty column name in the header"}
				}
				hasID = hasID || h == "id"
				hasLang = hasLang || kindOf(h) == colPreferred
				g.Columns = append(g.Columns, h)
			}
			if !hasID || !hasLang {
				return nil, &PosError{Name: name, Line: 1, Column: 1, Msg: `the header needs an "id" column and a language column (such as "fr")`}
			}
			continue
		}
		if len(rec) > len(g.Columns) {
			extra := rec[len(g.Columns):]
			for _, v := range extra {
				if v != "" {
					return nil, &PosError{Name: name, Line: line, Column: len(g.Columns) + 1, Msg: "a value beyond the last named column"}
				}
			}
			rec = rec[:len(g.Columns)]
		}
		blank := true
		for _, v := range rec {
			if strings.TrimSpace(v) != "" {
				blank = false
			}
		}
		if blank {
			continue
		}
		e := &Entry{Line: line}
		for i, v := range rec {
			e.setCell(g.Columns[i], v)
		}
		g.Entries = append(g.Entries, e)
	}
	if err := rows.Error(); err != nil {
		return nil, &PosError{Name: name, Line: line, Msg: err.Error()}
	}
	if g.Columns == nil {
		return nil, &PosError{Name: name, Line: 1, Msg: "empty sheet: no header row"}
	}
	return g, nil
}
