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
var SegmentColumns = []string{"ID", "Source", "Target", "Terms", "Kind", "Score", "Status", "Comment"}

var segmentWidths = []float64{16, 60, 60, 40, 6, 7, 12, 30}

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
// reviewed workbook back faithfully. Rows are streamed. A text that a cell
// cannot hold, or with a character XML forbids, is refused before
// anything is written.
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
	filters := map[string]string{}
	used, err := writeSegments(f, doc, st, perSheet, filters)
	if err != nil {
		return err
	}
	if err := writeGlossarySheet(f, doc, used, st, filters); err != nil {
		return err
	}
	if err := writeMeta(f, doc, perSheet); err != nil {
		return err
	}
	if err := f.DeleteSheet("Sheet1"); err != nil {
		return err
	}
	f.SetActiveSheet(0)
	for name, ref := range filters {
		if err := f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm._FilterDatabase", RefersTo: absRef(name, ref), Scope: name}); err != nil {
			return err
		}
	}
	return writePackage(w, f, filters)
}

// writePackage saves f to a temporary file, then finishes it into w.
func writePackage(w io.Writer, f *excelize.File, filters map[string]string) error {
	tmp, err := os.CreateTemp("", "termalign-*.xlsx")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	defer tmp.Close()
	n, err := f.WriteTo(tmp)
	if err != nil {
		return err
	}
	return finishPackage(w, tmp, n, filters)
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
	header, wrap, plain, low, score int
	term, forbidden, text           *excelize.Font
}

// Colours: terms in dark blue, forbidden variants in dark red, low
// scores on a light red fill; all readable in print and for most colour
// vision.
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
	st.low = mk(&excelize.Style{Alignment: top, NumFmt: 2, Font: &excelize.Font{Bold: true}, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{lowFill}}})
	st.text = &excelize.Font{Family: "Calibri", Size: 11}
	st.term = &excelize.Font{Family: "Calibri", Size: 11, Bold: true, Color: termColor}
	st.forbidden = &excelize.Font{Family: "Calibri", Size: 11, Bold: true, Color: forbiddenColor, Underline: "single"}
	return &st, err
}

// sheetSeq streams rows into a sheet and continues on "Name (2)" … when
// one is full.
type sheetSeq struct {
	f        *excelize.File
	base     string
	perSheet int
	setup    func(name string) (*excelize.StreamWriter, error)
	// filterTo, if set, is the last column of a filter over each sheet,
	// recorded in filters (sheet name → range) when the sheet is done.
	filterTo string
	filters  map[string]string
	sw       *excelize.StreamWriter
	n, row   int
}

// start flushes the current sheet, if any, and opens the next.
func (s *sheetSeq) start() error {
	if err := s.flush(); err != nil {
		return err
	}
	s.n++
	name := s.base
	if s.n > 1 {
		name = fmt.Sprintf("%s (%d)", s.base, s.n)
	}
	if _, err := s.f.NewSheet(name); err != nil {
		return err
	}
	sw, err := s.setup(name)
	if err != nil {
		return err
	}
	s.sw, s.row = sw, 1
	return nil
}

func (s *sheetSeq) add(values []interface{}, opts ...excelize.RowOpts) error {
	if s.sw == nil || s.row > s.perSheet {
		if err := s.start(); err != nil {
			return err
		}
	}
	cell, err := excelize.CoordinatesToCellName(1, s.row+1)
	if err != nil {
		return err
	}
	s.row++
	return s.sw.SetRow(cell, values, opts...)
}

func (s *sheetSeq) flush() error {
	if s.sw == nil {
		return nil
	}
	if s.filterTo != "" {
		s.filters[s.sw.Sheet] = "A1:" + s.filterTo + strconv.Itoa(s.row)
	}
	err := s.sw.Flush()
	s.sw = nil
	return err
}

// writeSegments streams the Segments sheets and returns the glossary
// entries the document uses, with their hit counts, and the range of each
// sheet's filter.
func writeSegments(f *excelize.File, doc *Document, st *styles, perSheet int, filters map[string]string) (map[*glossary.Entry]int, error) {
	header := make([]interface{}, len(SegmentColumns))
	for i, h := range SegmentColumns {
		header[i] = excelize.Cell{StyleID: st.header, Value: h}
	}
	seq := &sheetSeq{f: f, base: SegmentsSheet, perSheet: perSheet, filterTo: "H", filters: filters}
	seq.setup = segmentSheet(f, header)
	used := map[*glossary.Entry]int{}
	for k, p := range doc.Pairs {
		srcHits := hits(doc.SourceTerms, p.Source)
		tgtHits := hits(doc.TargetTerms, p.Target)
		for _, h := range srcHits {
			used[h.Entry]++
		}
		scoreStyle := st.score
		if p.Src.Len() > 0 && p.Tgt.Len() > 0 && p.Score < align.LowScore {
			scoreStyle = st.low
		}
		row := []interface{}{
			excelize.Cell{StyleID: st.plain, Value: doc.ID(k)},
			excelize.Cell{StyleID: st.wrap, Value: richText(p.Source, srcHits, st)},
			excelize.Cell{StyleID: st.wrap, Value: richText(p.Target, tgtHits, st)},
			excelize.Cell{StyleID: st.wrap, Value: termList(srcHits, tgtHits)},
			excelize.Cell{StyleID: st.plain, Value: p.Kind().String()},
			excelize.Cell{StyleID: scoreStyle, Value: round3(p.Score)},
			excelize.Cell{StyleID: st.plain, Value: doc.status(k)},
			excelize.Cell{StyleID: st.wrap, Value: doc.comment(k)},
		}
		if err := seq.add(row); err != nil {
			return nil, err
		}
	}
	if seq.sw == nil { // no pairs: still a sheet with its header
		if err := seq.start(); err != nil {
			return nil, err
		}
	}
	return used, seq.flush()
}

// segmentSheet prepares a Segments sheet: the status drop-down (which
// must come before the stream), widths, the frozen header.
func segmentSheet(f *excelize.File, header []interface{}) func(name string) (*excelize.StreamWriter, error) {
	return func(name string) (*excelize.StreamWriter, error) {
		dv := excelize.NewDataValidation(true)
		dv.Sqref = "G2:G" + strconv.Itoa(maxRows)
		if err := dv.SetDropList(Statuses); err != nil {
			return nil, err
		}
		dv.SetError(excelize.DataValidationErrorStyleStop, "Status", "Choose one of: "+strings.Join(Statuses, ", "))
		if err := f.AddDataValidation(name, dv); err != nil {
			return nil, err
		}
		sw, err := f.NewStreamWriter(name)
		if err != nil {
			return nil, err
		}
		for i, wd := range segmentWidths {
			if err := sw.SetColWidth(i+1, i+1, wd); err != nil {
				return nil, err
			}
		}
		if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
			return nil, err
		}
		return sw, sw.SetRow("A1", header)
	}
}

// hits finds the glossary terms in text, if there is a matcher.
func hits(m *glossary.Matcher, text string) []glossary.Hit {
	if m == nil || text == "" {
		return nil
	}
	return m.Find(text)
}

// richText returns text as rich-text runs, terms in bold colour, or the
// plain string when it has no term.
func richText(text string, hs []glossary.Hit, st *styles) interface{} {
	if text == "" {
		return nil
	}
	if len(hs) == 0 {
		return text
	}
	var runs []excelize.RichTextRun
	pos := 0
	for _, h := range hs {
		if h.Start > pos {
			runs = append(runs, excelize.RichTextRun{Text: text[pos:h.Start], Font: st.text})
		}
		font := st.term
		if h.Status == glossary.Forbidden {
			font = st.forbidden
		}
		runs = append(runs, excelize.RichTextRun{Text: text[h.Start:h.End], Font: font})
		pos = h.End
	}
	if pos < len(text) {
		runs = append(runs, excelize.RichTextRun{Text: text[pos:], Font: st.text})
	}
	return runs
}

// termList is the Terms cell: each source term with its approved
// translation, then each forbidden target variant with the approved form.
func termList(src, tgt []glossary.Hit) interface{} {
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
	if len(lines) == 0 {
		return nil
	}
	return strings.Join(lines, "\n")
}
