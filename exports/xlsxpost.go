package exports

import (
	"archive/zip"
	"bufio"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

// excelize's StreamWriter writes rich text as inline strings and has no
// worksheet filter. Both are valid, but several readers (openpyxl among
// them) see rich text only in the shared-strings table, and a table's
// filter is not a sheet's filter. finishPackage rewrites the package
// excelize wrote, streaming row by row: every rich inline string becomes
// a shared string, and the sheets named in filters get an autoFilter.

const (
	richMarker   = `t="inlineStr"><is><r>`
	inlineOpen   = `t="inlineStr"><is>`
	sheetDataEnd = "</sheetData>"
	nsMain       = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
	relShared    = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"
	ctShared     = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
	maxRowBytes  = 64 << 20
)

// finishPackage copies the package in src (of size n) to w, sharing rich
// strings and adding filters (sheet name → range).
func finishPackage(w io.Writer, src io.ReaderAt, n int64, filterBySheet map[string]string) error {
	zr, err := zip.NewReader(src, n)
	if err != nil {
		return err
	}
	parts, err := sheetParts(zr)
	if err != nil {
		return err
	}
	filters := map[string]string{}
	for name, ref := range filterBySheet {
		filters[parts[name]] = ref
	}
	for _, f := range zr.File {
		if f.Name == "xl/sharedStrings.xml" {
			return errors.New("exports: workbook already has a shared-strings part")
		}
	}
	sst, err := os.CreateTemp("", "termalign-sst-*")
	if err != nil {
		return err
	}
	defer os.Remove(sst.Name())
	defer sst.Close()
	sstw := bufio.NewWriterSize(sst, 1<<20)
	zw := zip.NewWriter(w)
	count := 0
	var deferred []*zip.File
	for _, f := range zr.File {
		switch {
		case strings.HasPrefix(f.Name, "xl/worksheets/sheet") && strings.HasSuffix(f.Name, ".xml"):
			if err := shareSheet(zw, f, sstw, &count, filters[f.Name]); err != nil {
				return fmt.Errorf("%s: %w", f.Name, err)
			}
		case f.Name == "[Content_Types].xml" || f.Name == "xl/_rels/workbook.xml.rels":
			deferred = append(deferred, f) // patched once the count is known
		default:
			if err := zw.Copy(f); err != nil {
				return err
			}
		}
	}
	for _, f := range deferred {
		if err := patchPart(zw, f, count > 0); err != nil {
			return err
		}
	}
	if count > 0 {
		if err := writeShared(zw, sst, sstw, count); err != nil {
			return err
		}
	}
	return zw.Close()
}

// sheetParts maps sheet names to their parts, from the workbook and its
// relationships.
func sheetParts(zr *zip.Reader) (map[string]string, error) {
	var wb struct {
		Sheets []struct {
			Name string `xml:"name,attr"`
			RID  string `xml:"http://schemas.openxmlformats.org/officeDocument/2006/relationships id,attr"`
		} `xml:"sheets>sheet"`
	}
	var rels struct {
		Rels []struct {
			ID     string `xml:"Id,attr"`
			Target string `xml:"Target,attr"`
		} `xml:"Relationship"`
	}
	if err := readXMLPart(zr, "xl/workbook.xml", &wb); err != nil {
		return nil, err
	}
	if err := readXMLPart(zr, "xl/_rels/workbook.xml.rels", &rels); err != nil {
		return nil, err
	}
	target := map[string]string{}
	for _, r := range rels.Rels {
		target[r.ID] = "xl/" + strings.TrimPrefix(r.Target, "/xl/")
	}
	out := map[string]string{}
	for _, s := range wb.Sheets {
		out[s.Name] = target[s.RID]
	}
	return out, nil
}

func readXMLPart(zr *zip.Reader, name string, v any) error {
	rc, err := zr.Open(name)
	if err != nil {
		return err
	}
	defer rc.Close()
	return xml.NewDecoder(io.LimitReader(rc, 16<<20)).Decode(v)
}

// shareSheet copies one sheet part, row by row.
func shareSheet(zw *zip.Writer, f *zip.File, sst *bufio.Writer, count *int, filter string) error {
	rc, err := f.Open()
	if err != nil {
		return err
	}
	defer rc.Close()
	out, err := zw.CreateHeader(&zip.FileHeader{Name: f.Name, Method: zip.Deflate, Modified: f.Modified})
	if err != nil {
		return err
	}
	bw := bufio.NewWriterSize(out, 256<<10)
	sc := bufio.NewScanner(rc)
	sc.Buffer(make([]byte, 256<<10), maxRowBytes)
	sc.Split(splitAfter([]byte("</row>")))
	for sc.Scan() {
		chunk := sc.Bytes()
		if filter != "" {
			if i := bytes.Index(chunk, []byte(sheetDataEnd)); i >= 0 {
				end := i + len(sheetDataEnd)
				if err := shareRow(bw, chunk[:end], sst, count); err != nil {
					return err
				}
				fmt.Fprintf(bw, `<autoFilter ref="%s"/>`, filter)
				chunk = chunk[end:]
			}
		}
		if err := shareRow(bw, chunk, sst, count); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return err
	}
	return bw.Flush()
}

// shareRow writes a piece of sheet XML with its rich inline strings
// replaced by references to new shared strings.
func shareRow(w *bufio.Writer, b []byte, sst *bufio.Writer, count *int) error {
	for {
		i := bytes.Index(b, []byte(richMarker))
		if i < 0 {
			_, err := w.Write(b)
			return err
		}
		body := b[i+len(inlineOpen):]
		j := bytes.Index(body, []byte("</is>"))
		if j < 0 {
			return errors.New("unterminated inline string")
		}
		w.Write(b[:i])
		w.WriteString(`t="s"><v>`)
		w.WriteString(strconv.Itoa(*count))
		w.WriteString(`</v>`)
		sst.WriteString("<si>")
		sst.Write(body[:j])
		if _, err := sst.WriteString("</si>"); err != nil {
			return err
		}
		*count++
		b = body[j+len("</is>"):]
	}
}

// splitAfter is a bufio.SplitFunc that cuts after each sep.
func splitAfter(sep []byte) bufio.SplitFunc {
	return func(data []byte, atEOF bool) (int, []byte, error) {
		if i := bytes.Index(data, sep); i >= 0 {
			return i + len(sep), data[:i+len(sep)], nil
		}
		if atEOF && len(data) > 0 {
			return len(data), data, nil
		}
		return 0, nil, nil
	}
}

// patchPart adds the shared-strings part to the content types and the
// workbook's relationships.
func patchPart(zw *zip.Writer, f *zip.File, shared bool) error {
	if !shared {
		return zw.Copy(f)
	}
	rc, err := f.Open()
	if err != nil {
		return err
	}
	data, err := io.ReadAll(io.LimitReader(rc, 16<<20))
	rc.Close()
	if err != nil {
		return err
	}
	s := string(data)
	switch f.Name {
	case "[Content_Types].xml":
		s = strings.Replace(s, "</Types>", `<Override PartName="/xl/sharedStrings.xml" ContentType="`+ctShared+`"/></Types>`, 1)
	default:
		s = strings.Replace(s, "</Relationships>", `<Relationship Id="rIdTermalignSST" Target="sharedStrings.xml" Type="`+relShared+`"/></Relationships>`, 1)
	}
	out, err := zw.CreateHeader(&zip.FileHeader{Name: f.Name, Method: zip.Deflate, Modified: f.Modified})
	if err != nil {
		return err
	}
	_, err = io.WriteString(out, s)
	return err
}

// writeShared writes the shared-strings part from the temporary file.
func writeShared(zw *zip.Writer, sst *os.File, sstw *bufio.Writer, count int) error {
	if err := sstw.Flush(); err != nil {
		return err
	}
	if _, err := sst.Seek(0, io.SeekStart); err != nil {
		return err
	}
	out, err := zw.CreateHeader(&zip.FileHeader{Name: "xl/sharedStrings.xml", Method: zip.Deflate})
	if err != nil {
		return err
	}
	fmt.Fprintf(out, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`+"\n"+`<sst xmlns="%s" count="%d" uniqueCount="%d">`, nsMain, count, count)
	if _, err := io.Copy(out, sst); err != nil {
		return err
	}
	_, err = io.WriteString(out, "</sst>")
	return err
}
