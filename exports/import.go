package exports

import (
	"errors"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/termalign/termalign/align"
	"github.com/termalign/termalign/internal/xlsxread"
)

// ErrNotReview: the workbook is not a termalign review workbook.
var ErrNotReview = errors.New("not a termalign review workbook")

// Problem kinds of an import.
const (
	ProblemEditedSource = "edited_source" // the source text was changed: the row is refused
	ProblemAdded        = "added_row"     // a row whose id the workbook never had
	ProblemDeleted      = "deleted_row"   // a segment of the workbook is no longer there
	ProblemDuplicate    = "duplicate_row" // the same id twice: the later row is refused
	ProblemBadStatus    = "bad_status"    // a status not in Statuses: the row is refused
)

// ImportProblem is one thing the import refused or noticed.
type ImportProblem struct {
	Kind  string
	Sheet string
	Row   int // 1-based spreadsheet row; 0 for a deleted segment
	ID    string
	Value string // the status or source as found, when it helps
}

func (p ImportProblem) String() string {
	where := p.ID
	if p.Row > 0 {
		where = fmt.Sprintf("%s row %d (%s)", p.Sheet, p.Row, p.ID)
	}
	switch p.Kind {
	case ProblemEditedSource:
		return where + ": source text was edited; the row is left out"
	case ProblemAdded:
		return where + ": row added by hand (unknown id); left out"
	case ProblemDeleted:
		return where + ": segment deleted from the workbook"
	case ProblemDuplicate:
		return where + ": id seen before; left out"
	case ProblemBadStatus:
		return fmt.Sprintf("%s: unknown status %q (want %s); left out", where, p.Value, strings.Join(Statuses, ", "))
	}
	return where + ": " + p.Kind
}

// Import is a reviewed workbook read back: the document (pairs with the
// reviewed targets, statuses and comments, in workbook order) and what
// was refused or noticed.
type Import struct {
	Doc      *Document
	Problems []ImportProblem
	Rows     int // segment rows read
}

// ReadWorkbook reads a review workbook written by WriteWorkbook, after a
// reviewer edited it in Excel or LibreOffice. Rows are matched by id; the
// hidden sheet's source hashes tell an edited source, which is refused.
// Columns are found by their header, so a reviewer may reorder them.
func ReadWorkbook(r io.Reader) (*Import, error) {
	wb, err := xlsxread.Open(r, xlsxread.DefaultLimits)
	if err != nil {
		return nil, err
	}
	meta, order, hashes, err := readMeta(wb)
	if err != nil {
		return nil, err
	}
	doc := &Document{
		Name: meta[metaDocument], SourceFile: meta[metaSourceFile], TargetFile: meta[metaTargetFile],
		SourceHash: meta[metaSourceHash], SourceLang: meta[metaSourceLang], TargetLang: meta[metaTargetLang],
		Tool: meta[metaTool], ToolVersion: meta[metaVersion],
	}
	if t, err := time.Parse("20060102T150405Z", meta[metaCreated]); err == nil {
		doc.Created = t
	}
	imp := &Import{Doc: doc}
	seen := map[string]bool{}
	sheets := sheetsNamed(wb, SegmentsSheet)
	if len(sheets) == 0 {
		return nil, fmt.Errorf("%w: no %q sheet", ErrNotReview, SegmentsSheet)
	}
	src, tgt := 0, 0
	for _, name := range sheets {
		var cols map[string]int
		err := wb.Rows(name, func(row int, cells []string) error {
			if cols == nil {
				var err error
				cols, err = headerColumns(name, cells)
				return err
			}
			p, rv, id, prob := readSegmentRow(name, row, cells, cols, hashes, seen)
			if id == "" && prob == nil {
				return nil // an empty row
			}
			imp.Rows++
			if prob != nil {
				imp.Problems = append(imp.Problems, *prob)
				return nil
			}
			seen[id] = true
			p.Src, p.Tgt = align.Span{Start: src, End: src + p.Src.Len()}, align.Span{Start: tgt, End: tgt + p.Tgt.Len()}
			src, tgt = p.Src.End, p.Tgt.End
			doc.Pairs = append(doc.Pairs, p)
			doc.IDs = append(doc.IDs, id)
			doc.Reviews = append(doc.Reviews, rv)
			return nil
		})
		if err != nil {
			return nil, err
		}
		if cols == nil {
			return nil, fmt.Errorf("%w: sheet %q has no header row", ErrNotReview, name)
		}
	}
	for _, id := range order {
		if !seen[id] && !refused(imp.Problems, id) {
			imp.Problems = append(imp.Problems, ImportProblem{Kind: ProblemDeleted, ID: id})
		}
	}
	return imp, nil
}

func refused(ps []ImportProblem, id string) bool {
	for _, p := range ps {
		if p.ID == id {
			return true
		}
	}
	return false
}

// sheetsNamed lists base, "base (2)", … in that order.
func sheetsNamed(wb *xlsxread.Workbook, base string) []string {
	type numbered struct {
		name string
		n    int
	}
	var found []numbered
	for _, s := range wb.Sheets() {
		if s == base {
			found = append(found, numbered{s, 1})
			continue
		}
		if rest, ok := strings.CutPrefix(s, base+" ("); ok {
			if n, err := strconv.Atoi(strings.TrimSuffix(rest, ")")); err == nil && strings.HasSuffix(rest, ")") {
				found = append(found, numbered{s, n})
			}
		}
	}
	sort.Slice(found, func(i, j int) bool { return found[i].n < found[j].n })
	out := make([]string, len(found))
	for i, f := range found {
		out[i] = f.name
	}
	return out
}

// readMeta reads the hidden sheet: the document's description, and the
// segment ids in order with their source hashes.
func readMeta(wb *xlsxread.Workbook) (map[string]string, []string, map[string]string, error) {
	sheets := sheetsNamed(wb, MetaSheet)
	if len(sheets) == 0 {
		return nil, nil, nil, fmt.Errorf("%w: its hidden %q sheet is missing", ErrNotReview, MetaSheet)
	}
	meta, hashes := map[string]string{}, map[string]string{}
	var order []string
	inRows := false
	for _, name := range sheets {
		err := wb.Rows(name, func(row int, cells []string) error {
			if len(cells) < 2 || row == 1 {
				return nil
			}
			k, v := cells[0], cells[1]
			switch {
			case inRows:
				hashes[k] = v
				order = append(order, k)
			case k == metaRowsHeader:
				inRows = true
			default:
				meta[k] = v
			}
			return nil
		})
		if err != nil {
			return nil, nil, nil, err
		}
	}
	if meta[metaFormat] != WorkbookFormat {
		return nil, nil, nil, fmt.Errorf("%w: format %q, want %q", ErrNotReview, meta[metaFormat], WorkbookFormat)
	}
	return meta, order, hashes, nil
}

// headerColumns finds the Segments columns by name, whatever their order
// and case.
func headerColumns(sheet string, cells []string) (map[string]int, error) {
	cols := map[string]int{}
	for i, c := range cells {
		cols[strings.ToLower(strings.TrimSpace(c))] = i
	}
	for _, need := range []string{"id", "source", "target", "status"} {
		if _, ok := cols[need]; !ok {
			return nil, fmt.Errorf("%w: sheet %q has no %q column", ErrNotReview, sheet, need)
		}
	}
	return cols, nil
}

// readSegmentRow reads one Segments row.
func readSegmentRow(sheet string, row int, cells []string, cols map[string]int, hashes map[string]string, seen map[string]bool) (align.Pair, Review, string, *ImportProblem) {
	get := func(name string) string {
		if i, ok := cols[name]; ok && i < len(cells) {
			return cells[i]
		}
		return ""
	}
	id := strings.TrimSpace(get("id"))
	p := align.Pair{Source: get("source"), Target: get("target")}
	if id == "" {
		if strings.TrimSpace(p.Source+p.Target+get("comment")) == "" {
			return p, Review{}, "", nil
		}
		return p, Review{}, "", &ImportProblem{Kind: ProblemAdded, Sheet: sheet, Row: row, Value: p.Source}
	}
	want, known := hashes[id]
	switch {
	case !known:
		return p, Review{}, id, &ImportProblem{Kind: ProblemAdded, Sheet: sheet, Row: row, ID: id}
	case seen[id]:
		return p, Review{}, id, &ImportProblem{Kind: ProblemDuplicate, Sheet: sheet, Row: row, ID: id}
	case Hash(p.Source) != want:
		return p, Review{}, id, &ImportProblem{Kind: ProblemEditedSource, Sheet: sheet, Row: row, ID: id, Value: p.Source}
	}
	status := strings.ToLower(strings.TrimSpace(get("status")))
	if status == "" {
		status = "new"
	}
	if !containsStatus(status) {
		return p, Review{}, id, &ImportProblem{Kind: ProblemBadStatus, Sheet: sheet, Row: row, ID: id, Value: get("status")}
	}
	a, b := parseKind(get("kind"), p)
	p.Src, p.Tgt = align.Span{End: a}, align.Span{End: b}
	if s, err := strconv.ParseFloat(strings.TrimSpace(get("score")), 64); err == nil {
		p.Score = s
	}
	return p, Review{Status: status, Comment: get("comment")}, id, nil
}

func containsStatus(s string) bool {
	for _, x := range Statuses {
		if x == s {
			return true
		}
	}
	return false
}

// parseKind reads "2-1"; without it, a side counts one sentence when it
// has text.
func parseKind(k string, p align.Pair) (int, int) {
	a, b, ok := strings.Cut(strings.TrimSpace(k), "-")
	x, err1 := strconv.Atoi(a)
	y, err2 := strconv.Atoi(b)
	if ok && err1 == nil && err2 == nil && x >= 0 && y >= 0 && x <= 9 && y <= 9 {
		if y == 0 && p.Target != "" { // a translation added to a source-only row
			y = 1
		}
		return x, y
	}
	x, y = 0, 0
	if p.Source != "" {
		x = 1
	}
	if p.Target != "" {
		y = 1
	}
	return x, y
}
