package exports

import (
	"archive/zip"
	"bufio"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
)

// finishPackage copies the package excelize wrote (src, of size n) to w,
// streaming the rows of each injected sheet into it, adding the shared
// strings they use, each sheet's filter and its defined name.

const (
	nsMain    = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
	relShared = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"
	ctShared  = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
	// maxLaidOut bounds a sheet part as excelize lays it out (header rows
	// only) or another small part that is patched.
	maxLaidOut = 64 << 20
)

// injector streams the rows of one sheet after the ones excelize wrote.
type injector struct {
	sheet    string
	lastCol  int                       // 0-based, for the dimension and the filter
	filter   bool                      // an autoFilter over the whole sheet
	rows     func() int                // how many rows it will write; asked just before
	write    func(rw *rowWriter) error // writes exactly rows() rows
	firstRow int                       // the first row it writes (after excelize's)
}

var dimensionRE = regexp.MustCompile(`<dimension ref="[^"]*"\s*(/>|></dimension>)`)

func finishPackage(w io.Writer, src io.ReaderAt, n int64, injs []injector) error {
	zr, err := zip.NewReader(src, n)
	if err != nil {
		return err
	}
	parts, err := sheetParts(zr)
	if err != nil {
		return err
	}
	byPart := map[string]*zip.File{}
	for _, f := range zr.File {
		if f.Name == "xl/sharedStrings.xml" {
			return errors.New("exports: workbook already has a shared-strings part")
		}
		byPart[f.Name] = f
	}
	sst, err := newSSTWriter()
	if err != nil {
		return err
	}
	defer sst.discard()
	zw := zip.NewWriter(w)
	injected := map[string]bool{}
	var names []string // defined names for the filters
	for _, in := range injs {
		part := parts[in.sheet]
		f := byPart[part]
		if f == nil {
			return fmt.Errorf("exports: no part for sheet %q", in.sheet)
		}
		last, err := injectRows(zw, f, in, sst)
		if err != nil {
			return fmt.Errorf("%s: %w", in.sheet, err)
		}
		injected[part] = true
		if in.filter {
			names = append(names, fmt.Sprintf(`<definedName name="_xlnm._FilterDatabase" localSheetId="%d" hidden="1">%s</definedName>`,
				sheetIndex(zr, in.sheet), xmlText(absRef(in.sheet, "A1:"+columnName(in.lastCol)+strconv.Itoa(last)))))
		}
	}
	for _, f := range zr.File {
		if injected[f.Name] {
			continue
		}
		var err error
		switch f.Name {
		case "[Content_Types].xml":
			err = patchPart(zw, f, "</Types>", `<Override PartName="/xl/sharedStrings.xml" ContentType="`+ctShared+`"/></Types>`, sst.count > 0)
		case "xl/_rels/workbook.xml.rels":
			err = patchPart(zw, f, "</Relationships>", `<Relationship Id="rIdTermalignSST" Target="sharedStrings.xml" Type="`+relShared+`"/></Relationships>`, sst.count > 0)
		case "xl/workbook.xml":
			err = patchPart(zw, f, "</sheets>", "</sheets><definedNames>"+strings.Join(names, "")+"</definedNames>", len(names) > 0)
		default:
			err = zw.Copy(f)
		}
		if err != nil {
			return err
		}
	}
	if sst.count > 0 {
		if err := sst.copyTo(zw); err != nil {
			return err
		}
	}
	return zw.Close()
}

// injectRows copies a sheet part laid out by excelize, with the
// injector's rows before its </sheetData>, the dimension set, and the
// filter after it. It returns the last row.
func injectRows(zw *zip.Writer, f *zip.File, in injector, sst *sstWriter) (int, error) {
	data, err := readPart(f)
	if err != nil {
		return 0, err
	}
	s := string(data)
	i := strings.Index(s, "</sheetData>")
	if i < 0 {
		return 0, errors.New("no sheetData")
	}
	rows := in.rows()
	last := in.firstRow - 1 + rows
	head := dimensionRE.ReplaceAllLiteralString(s[:i], `<dimension ref="A1:`+columnName(in.lastCol)+strconv.Itoa(max(last, 1))+`"/>`)
	out, err := zw.CreateHeader(&zip.FileHeader{Name: f.Name, Method: zip.Deflate, Modified: f.Modified})
	if err != nil {
		return 0, err
	}
	bw := bufio.NewWriterSize(out, 256<<10)
	bw.WriteString(head)
	rw := &rowWriter{w: bw, sst: sst, row: in.firstRow - 1}
	if err := in.write(rw); err != nil {
		return 0, err
	}
	if rw.row != last {
		return 0, fmt.Errorf("wrote up to row %d, announced %d", rw.row, last)
	}
	bw.WriteString("</sheetData>")
	if in.filter {
		fmt.Fprintf(bw, `<autoFilter ref="A1:%s%d"/>`, columnName(in.lastCol), max(last, 1))
	}
	bw.WriteString(s[i+len("</sheetData>"):])
	return last, bw.Flush()
}

// sheetIndex is the 0-based position of a sheet in the workbook.
func sheetIndex(zr *zip.Reader, name string) int {
	var wb workbookXML
	if readXMLPart(zr, "xl/workbook.xml", &wb) != nil {
		return 0
	}
	for i, s := range wb.Sheets {
		if s.Name == name {
			return i
		}
	}
	return 0
}

type workbookXML struct {
	Sheets []struct {
		Name string `xml:"name,attr"`
		RID  string `xml:"http://schemas.openxmlformats.org/officeDocument/2006/relationships id,attr"`
	} `xml:"sheets>sheet"`
}

// sheetParts maps sheet names to their parts, from the workbook and its
// relationships.
func sheetParts(zr *zip.Reader) (map[string]string, error) {
	var wb workbookXML
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
	return xml.NewDecoder(io.LimitReader(rc, maxLaidOut)).Decode(v)
}

func readPart(f *zip.File) ([]byte, error) {
	if f.UncompressedSize64 > maxLaidOut {
		return nil, fmt.Errorf("exports: part %s is too large to patch", f.Name)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	return io.ReadAll(rc)
}

// patchPart copies a small part with old replaced by new, when patch.
func patchPart(zw *zip.Writer, f *zip.File, old, new string, patch bool) error {
	if !patch {
		return zw.Copy(f)
	}
	data, err := readPart(f)
	if err != nil {
		return err
	}
	if !bytes.Contains(data, []byte(old)) {
		return fmt.Errorf("exports: %s has no %s", f.Name, old)
	}
	out, err := zw.CreateHeader(&zip.FileHeader{Name: f.Name, Method: zip.Deflate, Modified: f.Modified})
	if err != nil {
		return err
	}
	_, err = out.Write(bytes.Replace(data, []byte(old), []byte(new), 1))
	return err
}

// xmlText escapes a defined name's formula.
func xmlText(s string) string {
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s))
	return b.String()
}
