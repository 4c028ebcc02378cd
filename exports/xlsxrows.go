package exports

import (
	"archive/zip"
	"bufio"
	"compress/flate"
	"hash"
	"hash/crc32"
	"io"
	"os"
	"strconv"

	"github.com/termalign/termalign/internal/cleanup"
)

// rowWriter writes the rows of one sheet part, cell by cell, straight into
// the package: excelize's StreamWriter marshals every cell with
// encoding/xml, which takes most of a million-row export, so termalign
// lays out the workbook with excelize and streams the rows itself. Rich
// text goes to the shared-strings table (where every reader looks for
// it), plain text stays inline.
type rowWriter struct {
	w   *bufio.Writer
	sst *sstWriter
	row int
	buf []byte
}

// sstWriter collects the shared strings and compresses them on another
// goroutine, into a temporary file, while the sheet is compressed on this
// one: the two halves of a large workbook take the two cores.
type sstWriter struct {
	w     *bufio.Writer
	count int
	buf   []byte

	pw      *io.PipeWriter
	tmp     *os.File
	done    chan error
	waited  bool
	doneErr error
	crc     hash.Hash32
	size    int64 // uncompressed bytes
}

// wait ends the compressing goroutine and returns its error.
func (s *sstWriter) wait() error {
	if !s.waited {
		s.waited = true
		s.doneErr = <-s.done
	}
	return s.doneErr
}

const sstHead = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" + `<sst xmlns="` + nsMain + `">`

func newSSTWriter() (*sstWriter, error) {
	tmp, err := cleanup.CreateTemp("", "termalign-sst-*")
	if err != nil {
		return nil, err
	}
	pr, pw := io.Pipe()
	s := &sstWriter{pw: pw, tmp: tmp, done: make(chan error, 1), crc: crc32.NewIEEE()}
	s.w = bufio.NewWriterSize(pw, 1<<20)
	go func() {
		fw, err := flate.NewWriter(tmp, flate.DefaultCompression)
		if err == nil {
			var n int64
			n, err = io.Copy(io.MultiWriter(fw, s.crc), pr)
			s.size = n
			if cerr := fw.Close(); err == nil {
				err = cerr
			}
		}
		pr.CloseWithError(err)
		s.done <- err
	}()
	_, err = s.w.WriteString(sstHead)
	return s, err
}

// copyTo ends the shared strings and adds them to the package as they
// were compressed.
func (s *sstWriter) copyTo(zw *zip.Writer) error {
	s.w.WriteString("</sst>")
	if err := s.w.Flush(); err != nil {
		return err
	}
	s.pw.Close()
	if err := s.wait(); err != nil {
		return err
	}
	st, err := s.tmp.Stat()
	if err != nil {
		return err
	}
	if _, err := s.tmp.Seek(0, io.SeekStart); err != nil {
		return err
	}
	out, err := zw.CreateRaw(&zip.FileHeader{Name: "xl/sharedStrings.xml", Method: zip.Deflate,
		CRC32: s.crc.Sum32(), CompressedSize64: uint64(st.Size()), UncompressedSize64: uint64(s.size)})
	if err != nil {
		return err
	}
	_, err = io.Copy(out, s.tmp)
	return err
}

// discard stops the compressing goroutine, if it still runs, and removes
// the temporary file.
func (s *sstWriter) discard() {
	s.pw.CloseWithError(io.ErrClosedPipe)
	s.wait()
	s.tmp.Close()
	os.Remove(s.tmp.Name())
	cleanup.Forget(s.tmp.Name())
}

// run is one piece of rich text and its font.
type run struct {
	text string
	font *runFont
}

// runFont is a rich-text run's font.
type runFont struct {
	bold, underline bool
	color           string // RRGGBB, or "" for the default
}

func (r *rowWriter) startRow() {
	r.row++
	r.buf = append(r.buf[:0], `<row r="`...)
	r.buf = strconv.AppendInt(r.buf, int64(r.row), 10)
	r.buf = append(r.buf, `">`...)
}

func (r *rowWriter) endRow() error {
	r.buf = append(r.buf, "</row>"...)
	_, err := r.w.Write(r.buf)
	return err
}

// ref appends a cell reference: column col (0-based) of the current row.
func (r *rowWriter) ref(col int, style int) {
	r.buf = append(r.buf, `<c r="`...)
	r.buf = appendColumn(r.buf, col)
	r.buf = strconv.AppendInt(r.buf, int64(r.row), 10)
	r.buf = append(r.buf, `" s="`...)
	r.buf = strconv.AppendInt(r.buf, int64(style), 10)
	r.buf = append(r.buf, '"')
}

// text writes an inline string cell; nothing for "".
func (r *rowWriter) text(col, style int, s string) {
	if s == "" {
		return
	}
	r.ref(col, style)
	r.buf = append(r.buf, ` t="inlineStr"><is><t xml:space="preserve">`...)
	r.buf = escapeCell(r.buf, s)
	r.buf = append(r.buf, "</t></is></c>"...)
}

// number writes a numeric cell.
func (r *rowWriter) number(col, style int, v float64) {
	r.ref(col, style)
	r.buf = append(r.buf, "><v>"...)
	r.buf = strconv.AppendFloat(r.buf, v, 'f', -1, 64)
	r.buf = append(r.buf, "</v></c>"...)
}

// rich writes a rich-text cell through the shared strings; a single
// plain run is written inline.
func (r *rowWriter) rich(col, style int, runs []run) error {
	switch {
	case len(runs) == 0:
		return nil
	case len(runs) == 1 && runs[0].font == nil:
		r.text(col, style, runs[0].text)
		return nil
	}
	r.ref(col, style)
	r.buf = append(r.buf, ` t="s"><v>`...)
	r.buf = strconv.AppendInt(r.buf, int64(r.sst.count), 10)
	r.buf = append(r.buf, "</v></c>"...)
	return r.sst.add(runs)
}

func (s *sstWriter) add(runs []run) error {
	b := append(s.buf[:0], "<si>"...)
	for _, rn := range runs {
		b = append(b, "<r><rPr>"...)
		b = append(b, `<rFont val="Calibri"/>`...)
		if f := rn.font; f != nil {
			if f.bold {
				b = append(b, "<b/>"...)
			}
			if f.color != "" {
				b = append(b, `<color rgb="FF`...)
				b = append(b, f.color...)
				b = append(b, `"/>`...)
			}
		}
		b = append(b, `<sz val="11"/>`...)
		if rn.font != nil && rn.font.underline {
			b = append(b, "<u/>"...)
		}
		b = append(b, `</rPr><t xml:space="preserve">`...)
		b = escapeCell(b, rn.text)
		b = append(b, "</t></r>"...)
	}
	b = append(b, "</si>"...)
	s.buf = b
	s.count++
	_, err := s.w.Write(b)
	return err
}

// escapeCell escapes text for a cell: the XML specials, and a carriage
// return, which a reader would otherwise turn into a line feed.
func escapeCell(b []byte, s string) []byte { return escape(b, s, false) }

// appendColumn appends the letters of 0-based column col ("A", "AB").
func appendColumn(b []byte, col int) []byte {
	var tmp [4]byte
	i := len(tmp)
	for col >= 0 {
		i--
		tmp[i] = byte('A' + col%26)
		col = col/26 - 1
	}
	return append(b, tmp[i:]...)
}

// columnName is appendColumn as a string.
func columnName(col int) string { return string(appendColumn(nil, col)) }
