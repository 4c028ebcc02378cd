package exports

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"unicode/utf16"

	"github.com/xuri/excelize/v2"

	"github.com/termalign/termalign/align"
	"github.com/termalign/termalign/glossary"
	"github.com/termalign/termalign/internal/cleanup"
)

// The review workbook's layout. Import reads these names back.
const (
	SegmentsSheet = "Segments"
	GlossarySheet = "Glossary"
	MetaSheet     = "termalign"
	// WorkbookFormat is written in the hidden sheet and checked on import.
	WorkbookFormat = "termalign-review/1"
	// MaxCellChars is what a spreadsheet cell holds, in UTF-16 units.
	MaxCellChars = 32767
	// maxRows is a sheet's row limit; the header takes one.
	maxRows = 1048576
)

// SegmentColumns are the headers of the Segments sheet, in order.
var SegmentColumns = []string{"ID", "Source", "Target", "Terms", "Kind", "Score", "Status", "Comment", "QA"}

var segmentWidths = []float64{16, 60, 60, 40, 6, 7, 12, 30, 24}

// ErrCellTooLong: a text does not fit in a spreadsheet cell.
var ErrCellTooLong = errors.New("text longer than a spreadsheet cell holds")

// WorkbookOptions configure WriteWorkbook.
type WorkbookOptions struct {
	// RowsPerSheet bounds the segment rows of a sheet (0: the 1,048,575 a
	// spreadsheet allows); more continue on "Segments (2)" and so on.
	RowsPerSheet int
}

// WriteWorkbook writes the review workbook of doc: a "Segments" sheet (a
// row a pair: id, source and target with glossary terms in bold colour,
// the terms found, bead kind, score with low scores filled, a status
// drop-down and a comment), a "Glossary" sheet with the entries the
// document uses, and a hidden sheet with what import needs to read the
// reviewed workbook back faithfully. excelize lays the workbook out
// (styles, sheets, drop-down, frozen panes, widths); the rows are then
// streamed into the package, so memory stays bounded whatever the size. A
// text that a cell cannot hold, or with a character XML forbids, is
// refused before anything is written.
func WriteWorkbook(w io.Writer, doc *Document, opts WorkbookOptions) error {
	if err := checkCells(doc); err != nil {
		return err
	}
	perSheet := opts.RowsPerSheet
	if perSheet <= 0 || perSheet > maxRows-1 {
		perSheet = maxRows - 1
	}
	f := excelize.NewFile()
	defer f.Close()
	st, err := newStyles(f)
	if err != nil {
		return err
	}
	used := map[*glossary.Entry]int{}
	injs, err := layOutSegments(f, doc, st, perSheet, used)
	if err != nil {
		return err
	}
	gl, err := layOutGlossary(f, doc, st, used)
	if err != nil {
		return err
	}
	qaSheet, err := layOutQA(f, doc, st)
	if err != nil {
		return err
	}
	meta, err := layOutMeta(f, doc, perSheet)
	if err != nil {
		return err
	}
	injs = append(append(injs, gl, qaSheet), meta...)
	if err := f.DeleteSheet("Sheet1"); err != nil {
		return err
	}
	f.SetActiveSheet(0)
	return writePackage(w, f, injs)
}

// writePackage saves f to a temporary file, then finishes it into w.
func writePackage(w io.Writer, f *excelize.File, injs []injector) error {
	tmp, err := cleanup.CreateTemp("", "termalign-*.xlsx")
	if err != nil {
		return err
	}
	defer cleanup.Forget(tmp.Name())
	defer os.Remove(tmp.Name())
	defer tmp.Close()
	n, err := f.WriteTo(tmp)
	if err != nil {
		return err
	}
	return finishPackage(w, tmp, n, injs)
}

// absRef is a sheet range in absolute form: 'Segments'!$A$1:$H$12.
func absRef(sheet, ref string) string {
	from, to, _ := strings.Cut(ref, ":")
	abs := func(cell string) string {
		i := strings.IndexAny(cell, "0123456789")
		return "$" + cell[:i] + "$" + cell[i:]
	}
	return "'" + strings.ReplaceAll(sheet, "'", "''") + "'!" + abs(from) + ":" + abs(to)
}

// sheetName is base, then "base (2)", "base (3)" …
func sheetName(base string, k int) string {
	if k == 0 {
		return base
	}
	return fmt.Sprintf("%s (%d)", base, k+1)
}

// checkCells refuses texts a cell cannot hold.
func checkCells(doc *Document) error {
	for k, p := range doc.Pairs {
		for _, t := range []struct{ side, text string }{{"source", p.Source}, {"target", p.Target}} {
			if n := utf16Len(t.text); n > MaxCellChars {
				return fmt.Errorf("segment %s, %s: %w (%d characters, at most %d): export it to TMX or JSON Lines instead", doc.ID(k), t.side, ErrCellTooLong, n, MaxCellChars)
			}
			if err := checkXML(t.text); err != nil {
				return fmt.Errorf("segment %s, %s: %w", doc.ID(k), t.side, err)
			}
		}
	}
	return nil
}

func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		n += utf16.RuneLen(r)
	}
	return n
}

// styles are the workbook's cell styles and rich-text fonts.
type styles struct {
	header, wrap, plain, low, score, flag int
	term, forbidden                       *runFont
}

// Colours: terms in dark blue, forbidden variants in dark red and
// underlined (colour is never the only signal), low scores in bold on a
// light red fill.
const (
	termColor      = "1F4E9A"
	forbiddenColor = "B00020"
	lowFill        = "F8CBAD"
)

func newStyles(f *excelize.File) (*styles, error) {
	var st styles
	var err error
	mk := func(s *excelize.Style) int {
		if err != nil {
			return 0
		}
		var id int
		id, err = f.NewStyle(s)
		return id
	}
	top := &excelize.Alignment{Vertical: "top"}
	st.header = mk(&excelize.Style{Font: &excelize.Font{Bold: true}, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"D9E1F2"}}, Alignment: top})
	st.wrap = mk(&excelize.Style{Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}})
	st.plain = mk(&excelize.Style{Alignment: top})
	st.score = mk(&excelize.Style{Alignment: top, NumFmt: 2})
	st.flag = mk(&excelize.Style{Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}, Font: &excelize.Font{Bold: true, Color: forbiddenColor}, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{lowFill}}})
	st.low = mk(&excelize.Style{Alignment: top, NumFmt: 2, Font: &excelize.Font{Bold: true}, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{lowFill}}})
	st.term = &runFont{bold: true, color: termColor}
	st.forbidden = &runFont{bold: true, underline: true, color: forbiddenColor}
	return &st, err
}

// layOutSheet makes a sheet with a frozen, styled header row, column
// widths and, if dv is set, a drop-down (which must come before the
// stream).
func layOutSheet(f *excelize.File, name string, headers []string, widths []float64, style int, dv *excelize.DataValidation, extra [][]interface{}) error {
	if _, err := f.NewSheet(name); err != nil {
		return err
	}
	if dv != nil {
		if err := f.AddDataValidation(name, dv); err != nil {
			return err
		}
	}
	sw, err := f.NewStreamWriter(name)
	if err != nil {
		return err
	}
	for i, wd := range widths {
		if err := sw.SetColWidth(i+1, i+1, wd); err != nil {
			return err
		}
	}
	if style != 0 {
		if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
			return err
		}
	}
	row := make([]interface{}, len(headers))
	for i, h := range headers {
		row[i] = excelize.Cell{StyleID: style, Value: h}
	}
	if err := sw.SetRow("A1", row); err != nil {
		return err
	}
	for k, r := range extra {
		if err := sw.SetRow("A"+strconv.Itoa(k+2), r); err != nil {
			return err
		}
	}
	return sw.Flush()
}

// layOutSegments makes the Segments sheets and returns the injectors that
// stream their rows; these count the glossary entries used.
func layOutSegments(f *excelize.File, doc *Document, st *styles, perSheet int, used map[*glossary.Entry]int) ([]injector, error) {
	sheets := max(1, (len(doc.Pairs)+perSheet-1)/perSheet)
	var injs []injector
	for k := 0; k < sheets; k++ {
		name := sheetName(SegmentsSheet, k)
		dv := excelize.NewDataValidation(true)
		dv.Sqref = "G2:G" + strconv.Itoa(maxRows)
		if err := dv.SetDropList(Statuses); err != nil {
			return nil, err
		}
		dv.SetError(excelize.DataValidationErrorStyleStop, "Status", "Choose one of: "+strings.Join(Statuses, ", "))
		if err := layOutSheet(f, name, SegmentColumns, segmentWidths, st.header, dv, nil); err != nil {
			return nil, err
		}
		lo, hi := k*perSheet, min(len(doc.Pairs), (k+1)*perSheet)
		injs = append(injs, injector{
			sheet: name, lastCol: len(SegmentColumns) - 1, filter: true, firstRow: 2,
			rows:  func() int { return hi - lo },
			write: func(rw *rowWriter) error { return writeSegmentRows(rw, doc, lo, hi, st, used) },
		})
	}
	return injs, nil
}

// writeSegmentRows writes the rows of pairs [lo, hi).
func writeSegmentRows(rw *rowWriter, doc *Document, lo, hi int, st *styles, used map[*glossary.Entry]int) error {
	var srcHits, tgtHits []glossary.Hit
	var rs []run
	next := 0 // the first finding not yet written
	for next < len(doc.Findings) && doc.Findings[next].Pair < lo {
		next++
	}
	for k := lo; k < hi; k++ {
		p := doc.Pairs[k]
		srcHits = hits(srcHits[:0], doc.SourceTerms, p.Source)
		tgtHits = hits(tgtHits[:0], doc.TargetTerms, p.Target)
		for _, h := range srcHits {
			used[h.Entry]++
		}
		scoreStyle := st.score
		if p.Src.Len() > 0 && p.Tgt.Len() > 0 && p.Score < align.LowScore {
			scoreStyle = st.low
		}
		rw.startRow()
		rw.text(0, st.plain, doc.ID(k))
		rs = runs(rs[:0], p.Source, srcHits, st)
		if err := rw.rich(1, st.wrap, rs); err != nil {
			return err
		}
		rs = runs(rs[:0], p.Target, tgtHits, st)
		if err := rw.rich(2, st.wrap, rs); err != nil {
			return err
		}
		rw.text(3, st.wrap, termList(srcHits, tgtHits))
		rw.text(4, st.plain, p.Kind().String())
		rw.number(5, scoreStyle, round3(p.Score))
		rw.text(6, st.plain, doc.status(k))
		rw.text(7, st.wrap, doc.comment(k))
		var problems []string
		for ; next < len(doc.Findings) && doc.Findings[next].Pair == k; next++ {
			if p := doc.Findings[next].Problem; len(problems) == 0 || problems[len(problems)-1] != p {
				problems = append(problems, p)
			}
		}
		rw.text(8, st.flag, strings.Join(problems, "\n"))
		if err := rw.endRow(); err != nil {
			return err
		}
	}
	return nil
}

// hits appends the glossary terms in text to dst, if there is a
// matcher.
func hits(dst []glossary.Hit, m *glossary.Matcher, text string) []glossary.Hit {
	if m != nil && text != "" {
		m.Each(text, func(h glossary.Hit) { dst = append(dst, h) })
	}
	return dst
}

// runs appends to out the rich-text runs of text, terms in bold colour.
func runs(out []run, text string, hs []glossary.Hit, st *styles) []run {
	if text == "" {
		return out
	}
	if len(hs) == 0 {
		return append(out, run{text: text})
	}
	pos := 0
	for _, h := range hs {
		if h.Start > pos {
			out = append(out, run{text: text[pos:h.Start]})
		}
		font := st.term
		if h.Status == glossary.Forbidden {
			font = st.forbidden
		}
		out = append(out, run{text: text[h.Start:h.End], font: font})
		pos = h.End
	}
	if pos < len(text) {
		out = append(out, run{text: text[pos:]})
	}
	return out
}

// termList is the Terms cell: each source term with its approved
// translation, then each forbidden target variant with the approved form.
func termList(src, tgt []glossary.Hit) string {
	var lines []string
	seen := map[string]bool{}
	add := func(s string) {
		if !seen[s] {
			seen[s] = true
			lines = append(lines, s)
		}
	}
	for _, h := range src {
		if h.Status == glossary.Forbidden {
			add(fmt.Sprintf("%s ✗ forbidden, use %s", h.Surface, h.Term))
			continue
		}
		add(fmt.Sprintf("%s → %s", h.Term, h.Translation))
	}
	for _, h := range tgt {
		if h.Status == glossary.Forbidden {
			add(fmt.Sprintf("%s ✗ forbidden, use %s", h.Surface, h.Term))
		}
	}
	return strings.Join(lines, "\n")
}
