// Package xlsxread reads the cell text of XLSX workbooks quickly and with
// size limits: the zip is opened in memory, each part's uncompressed size
// is bounded, and sheets are streamed row by row through xmlscan. It reads
// values only (shared, inline and plain strings, numbers as written), which
// is what glossary and review-workbook imports need. Workbooks are written
// with excelize; a Workbook is not safe for concurrent use.
package xlsxread

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"path"
	"strconv"
	"strings"

	"github.com/termalign/termalign/internal/xmlscan"
)

// Limits bound what Open and Rows read.
type Limits struct {
	File int64 // the zipped file
	Part int64 // one uncompressed part (a sheet, the shared strings)
}

// DefaultLimits suit glossaries and review workbooks of a few hundred
// thousand rows.
var DefaultLimits = Limits{File: 256 << 20, Part: 1 << 30}

// MaxSharedStrings bounds the shared strings kept in memory: a review
// workbook of a million segments has about two million; a workbook with
// more is refused rather than allowed to take gigabytes.
const MaxSharedStrings = 4_000_000

// Errors.
var (
	ErrNotXLSX   = errors.New("xlsxread: not an XLSX workbook")
	ErrTooLarge  = errors.New("xlsxread: workbook too large")
	ErrNoSheet   = errors.New("xlsxread: no such sheet")
	ErrMalformed = errors.New("xlsxread: malformed workbook")
)

// Workbook is an opened workbook.
type Workbook struct {
	zr     *zip.Reader
	lim    Limits
	sheets []sheet
	// The shared strings, packed: string i is sharedData[sharedEnd[i-1]:
	// sharedEnd[i]], so that millions of small strings cost no header
	// each.
	sharedData []byte
	sharedEnd  []int
}

type sheet struct{ name, part string }

// Open reads a workbook from r.
func Open(r io.Reader, lim Limits) (*Workbook, error) {
	data, err := io.ReadAll(io.LimitReader(r, lim.File+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > lim.File {
		return nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, lim.File)
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrNotXLSX, err)
	}
	w := &Workbook{zr: zr, lim: lim}
	wbPath := "xl/workbook.xml"
	if rels, err := w.rels("_rels/.rels"); err == nil {
		for _, r := range rels {
			if strings.HasSuffix(r.typ, "/officeDocument") {
				wbPath = resolve("", r.target)
			}
		}
	}
	rels, err := w.rels(path.Join(path.Dir(wbPath), "_rels", path.Base(wbPath)+".rels"))
	if err != nil {
		return nil, err
	}
	byID := map[string]rel{}
	for _, r := range rels {
		byID[r.id] = r
	}
	err = w.scan(wbPath, func(sc *xmlscan.Scanner) error {
		if sc.Kind() == xmlscan.StartElement && sc.Name() == "sheet" {
			name, _ := sc.Attr("name")
			id, _ := sc.Attr("r:id")
			if r, ok := byID[id]; ok {
				w.sheets = append(w.sheets, sheet{name, resolve(path.Dir(wbPath), r.target)})
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	for _, r := range rels {
		if strings.HasSuffix(r.typ, "/sharedStrings") {
			if err := w.loadShared(resolve(path.Dir(wbPath), r.target)); err != nil {
				return nil, err
			}
		}
	}
	return w, nil
}

// Sheets lists the sheet names in workbook order.
func (w *Workbook) Sheets() []string {
	out := make([]string, len(w.sheets))
	for i, s := range w.sheets {
		out[i] = s.name
	}
	return out
}

// Rows calls fn for each row of sheet that has a cell, with its 1-based
// row number and the cell texts by column (missing cells are "").
func (w *Workbook) Rows(sheetName string, fn func(row int, cells []string) error) error {
	part := ""
	for _, s := range w.sheets {
		if s.name == sheetName {
			part = s.part
		}
	}
	if part == "" {
		return fmt.Errorf("%w: %q", ErrNoSheet, sheetName)
	}
	var (
		cells             []string
		row, col, nextCol int
		cellType          string
		val               []byte
		inValue, inIs     bool
		inRow             bool
	)
	return w.scan(part, func(sc *xmlscan.Scanner) error {
		switch sc.Kind() {
		case xmlscan.StartElement:
			switch sc.Name() {
			case "row":
				inRow, cells, nextCol = true, cells[:0], 0
				if r, ok := sc.Attr("r"); ok {
					n, err := strconv.Atoi(r)
					if err != nil || n < 1 {
						return fmt.Errorf("%w: row number %q", ErrMalformed, r)
					}
					row = n
				} else {
					row++
				}
			case "c":
				col = nextCol
				if ref, ok := sc.Attr("r"); ok {
					c, err := columnOf(ref)
					if err != nil {
						return err
					}
					col = c
				}
				cellType, _ = sc.Attr("t")
				val = val[:0]
			case "v":
				inValue = true
			case "is":
				inIs = true
			case "t":
				if inIs {
					inValue = true
				}
			case "rPh":
				inValue = false
			}
		case xmlscan.Text:
			if inValue {
				val = append(val, sc.Text()...)
			}
		case xmlscan.EndElement:
			switch sc.Name() {
			case "v", "t":
				inValue = false
			case "is":
				inIs = false
			case "c":
				text := string(val)
				if cellType == "s" {
					i, err := strconv.Atoi(strings.TrimSpace(text))
					if err != nil || i < 0 || i >= len(w.sharedEnd) {
						return fmt.Errorf("%w: shared string %q", ErrMalformed, text)
					}
					text = w.sharedString(i)
				}
				for len(cells) <= col {
					cells = append(cells, "")
				}
				cells[col] = text
				nextCol = col + 1
			case "row":
				if inRow && len(cells) > 0 {
					if err := fn(row, cells); err != nil {
						return err
					}
				}
				inRow = false
			}
		}
		return nil
	})
}

// columnOf turns "AB12" into 27.
func columnOf(ref string) (int, error) {
	n := 0
	i := 0
	for i < len(ref) && ref[i] >= 'A' && ref[i] <= 'Z' {
		n = n*26 + int(ref[i]-'A'+1)
		i++
	}
	if i == 0 || n > 16384 {
		return 0, fmt.Errorf("%w: cell reference %q", ErrMalformed, ref)
	}
	return n - 1, nil
}

type rel struct{ id, target, typ string }

func (w *Workbook) rels(name string) ([]rel, error) {
	var out []rel
	err := w.scan(name, func(sc *xmlscan.Scanner) error {
		if sc.Kind() == xmlscan.StartElement && sc.Name() == "Relationship" {
			id, _ := sc.Attr("Id")
			target, _ := sc.Attr("Target")
			typ, _ := sc.Attr("Type")
			out = append(out, rel{id, target, typ})
		}
		return nil
	})
	return out, err
}

func resolve(dir, target string) string {
	if strings.HasPrefix(target, "/") {
		return strings.TrimPrefix(target, "/")
	}
	return path.Clean(path.Join(dir, target))
}

// sharedString is shared string i.
func (w *Workbook) sharedString(i int) string {
	start := 0
	if i > 0 {
		start = w.sharedEnd[i-1]
	}
	return string(w.sharedData[start:w.sharedEnd[i]])
}

func (w *Workbook) loadShared(name string) error {
	var cur []byte
	inT, inRPh := false, false
	return w.scan(name, func(sc *xmlscan.Scanner) error {
		switch sc.Kind() {
		case xmlscan.StartElement:
			switch sc.Name() {
			case "si":
				cur = cur[:0]
			case "t":
				inT = !inRPh
			case "rPh":
				inRPh = true
			}
		case xmlscan.Text:
			if inT {
				cur = append(cur, sc.Text()...)
			}
		case xmlscan.EndElement:
			switch sc.Name() {
			case "t":
				inT = false
			case "rPh":
				inRPh = false
			case "si":
				if len(w.sharedEnd) >= MaxSharedStrings {
					return fmt.Errorf("%w: more than %d shared strings", ErrTooLarge, MaxSharedStrings)
				}
				w.sharedData = append(w.sharedData, cur...)
				w.sharedEnd = append(w.sharedEnd, len(w.sharedData))
			}
		}
		return nil
	})
}

// scan streams one part of the zip through fn, token by token.
func (w *Workbook) scan(name string, fn func(*xmlscan.Scanner) error) error {
	var f *zip.File
	for _, zf := range w.zr.File {
		if zf.Name == name {
			f = zf
			break
		}
	}
	if f == nil {
		return fmt.Errorf("%w: no part %s", ErrMalformed, name)
	}
	if f.UncompressedSize64 > uint64(w.lim.Part) {
		return fmt.Errorf("%w: part %s is %d bytes", ErrTooLarge, name, f.UncompressedSize64)
	}
	rc, err := f.Open()
	if err != nil {
		return fmt.Errorf("%w: %s: %v", ErrMalformed, name, err)
	}
	defer rc.Close()
	sc := xmlscan.New(rc, w.lim.Part)
	for {
		_, err := sc.Next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			if errors.Is(err, xmlscan.ErrTooLarge) {
				return fmt.Errorf("%w: part %s", ErrTooLarge, name)
			}
			return fmt.Errorf("%w: %s: %v", ErrMalformed, name, err)
		}
		if err := fn(sc); err != nil {
			return err
		}
	}
}
