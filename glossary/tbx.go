package glossary

import (
	"bufio"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// MaxTBXBytes bounds what ReadTBX reads.
const MaxTBXBytes = 1 << 30

// extraNotePrefix marks a note that carries an unknown tabular column, so
// that TSV → TBX → TSV keeps it.
const extraNotePrefix = "termalign:column "

const tbx3NS = "urn:iso:std:iso:30042:ed-2"

// columnsPrefix starts a header paragraph that records the tabular column
// order, so that a round trip through TBX gives the same TSV back.
const columnsPrefix = "termalign:columns "

var statusValue = map[Status]string{
	Preferred: "preferredTerm-admn-sts",
	Admitted:  "admittedTerm-admn-sts",
	Forbidden: "deprecatedTerm-admn-sts",
}

// WriteTBX writes g as TBX: v3 in the TBX-Basic dialect (DCA style) or, with
// v2, the older <martif> form that OmegaT and Translate Toolkit read. The
// domain is the subjectField, the source an admin "source", statuses are
// administrativeStatus values (forbidden variants are deprecated), part of
// speech and gender are termNotes of the preferred term, and unknown
// columns become notes that ReadTBX turns back into columns.
func WriteTBX(w io.Writer, g *Glossary, v2 bool) error {
	if len(g.Entries) == 0 {
		return fmt.Errorf("%w: a TBX file needs at least one entry", ErrFormat)
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	x := &xmlWriter{w: bw}
	x.raw(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	conceptEl, langEl, termEl := "conceptEntry", "langSec", "termSec"
	if v2 {
		x.raw(`<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">` + "\n")
		x.raw(`<martif type="TBX" xml:lang="en">` + "\n")
		x.raw("  <martifHeader><fileDesc><sourceDesc><p>termalign glossary</p>")
		x.columns(g)
		x.raw("</sourceDesc></fileDesc></martifHeader>\n")
		conceptEl, langEl, termEl = "termEntry", "langSet", "tig"
	} else {
		x.raw(`<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="` + tbx3NS + `">` + "\n")
		x.raw("  <tbxHeader><fileDesc><sourceDesc><p>termalign glossary</p>")
		x.columns(g)
		x.raw("</sourceDesc></fileDesc></tbxHeader>\n")
	}
	x.raw("  <text>\n    <body>\n")
	langs := g.Languages()
	extras := g.ExtraColumns()
	for _, e := range g.Entries {
		if !isNCName(e.ID) {
			return fmt.Errorf("%w: entry %q: a TBX id must be an XML name (letters, digits, - _ . ; not starting with a digit)", ErrFormat, e.ID)
		}
		x.raw("      <" + conceptEl + ` id="`)
		x.attr(e.ID)
		x.raw("\">\n")
		if e.Domain != "" {
			x.elem(8, `descrip type="subjectField"`, "descrip", e.Domain)
		}
		if e.Source != "" {
			x.elem(8, `admin type="source"`, "admin", e.Source)
		}
		if e.Note != "" {
			x.elem(8, "note", "note", e.Note)
		}
		for _, c := range extras {
			if v := e.Extra[c]; v != "" {
				x.elem(8, "note", "note", extraNotePrefix+c+"="+v)
			}
		}
		wrote := false
		for _, l := range langs {
			t := e.Langs[l]
			if t.Empty() {
				continue
			}
			if t.Preferred == "" && len(t.Variants) == 0 && len(t.Forbidden) == 0 {
				continue // only a part of speech or gender: nothing to hang it on
			}
			wrote = true
			x.raw("        <" + langEl + ` xml:lang="`)
			x.attr(l)
			x.raw("\">\n")
			term := func(text string, st Status, grammar bool) {
				x.raw("          <" + termEl + ">\n")
				x.elem(12, "term", "term", text)
				x.elem(12, `termNote type="administrativeStatus"`, "termNote", statusValue[st])
				if grammar && t.POS != "" {
					x.elem(12, `termNote type="partOfSpeech"`, "termNote", t.POS)
				}
				if grammar && t.Gender != "" {
					x.elem(12, `termNote type="grammaticalGender"`, "termNote", t.Gender)
				}
				x.raw("          </" + termEl + ">\n")
			}
			if t.Preferred != "" {
				term(t.Preferred, Preferred, true)
			}
			for _, v := range t.Variants {
				term(v, Admitted, t.Preferred == "")
			}
			for _, v := range t.Forbidden {
				term(v, Forbidden, false)
			}
			x.raw("        </" + langEl + ">\n")
		}
		if !wrote {
			return fmt.Errorf("%w: entry %q has no term in any language", ErrFormat, e.ID)
		}
		x.raw("      </" + conceptEl + ">\n")
		if x.err != nil {
			return x.err
		}
	}
	x.raw("    </body>\n  </text>\n")
	if v2 {
		x.raw("</martif>\n")
	} else {
		x.raw("</tbx>\n")
	}
	if x.err != nil {
		return x.err
	}
	return bw.Flush()
}

// xmlWriter writes escaped XML text; characters XML 1.0 forbids are
// dropped.
type xmlWriter struct {
	w   *bufio.Writer
	err error
}

func (x *xmlWriter) raw(s string) {
	if x.err == nil {
		_, x.err = x.w.WriteString(s)
	}
}

func (x *xmlWriter) text(s string, attr bool) {
	for _, r := range s {
		switch {
		case r == '<':
			x.raw("&lt;")
		case r == '>':
			x.raw("&gt;")
		case r == '&':
			x.raw("&amp;")
		case r == '"' && attr:
			x.raw("&quot;")
		case (r == '\n' || r == '\t' || r == '\r') && attr:
			x.raw(fmt.Sprintf("&#x%X;", r))
		case r == '\r':
			x.raw("&#xD;")
		case !xmlChar(r):
			// not representable in XML 1.0
		default:
			if x.err == nil {
				_, x.err = x.w.WriteRune(r)
			}
		}
	}
}

func (x *xmlWriter) attr(s string) { x.text(s, true) }

// columns records the glossary's column order in a header paragraph.
func (x *xmlWriter) columns(g *Glossary) {
	x.raw("<p>")
	x.text(columnsPrefix+strings.Join(g.columns(), "\t"), false)
	x.raw("</p>")
}

func (x *xmlWriter) elem(indent int, open, closeName, value string) {
	x.raw(strings.Repeat(" ", indent) + "<" + open + ">")
	x.text(value, false)
	x.raw("</" + closeName + ">\n")
}

// xmlChar: allowed in XML 1.0 documents.
func xmlChar(r rune) bool {
	return r == 0x9 || r == 0xA || r == 0xD || r >= 0x20 && r <= 0xD7FF ||
		r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF
}

// isNCName: a valid XML ID (simplified to letters, digits, - _ . and no
// leading digit, hyphen or period).
func isNCName(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		letter := r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= 0xC0 && r != 0xD7 && r != 0xF7
		if i == 0 && !letter {
			return false
		}
		if !letter && !(r >= '0' && r <= '9') && r != '-' && r != '.' {
			return false
		}
	}
	return true
}

// XML structures shared by TBX v2 and v3 (element names differ).
type xTyped struct {
	Type  string `xml:"type,attr"`
	Value string `xml:",chardata"`
}

type xTerm struct {
	Term  string   `xml:"term"`
	Notes []xTyped `xml:"termNote"`
}

type xNtig struct {
	TermGrp xTerm `xml:"termGrp"`
}

type xLang struct {
	Lang     string   `xml:"http://www.w3.org/XML/1998/namespace lang,attr"`
	TermSecs []xTerm  `xml:"termSec"`
	Tigs     []xTerm  `xml:"tig"`
	Ntigs    []xNtig  `xml:"ntig"`
	Descrips []xTyped `xml:"descrip"`
}

type xEntry struct {
	ID       string   `xml:"id,attr"`
	Descrips []xTyped `xml:"descrip"`
	Admins   []xTyped `xml:"admin"`
	Notes    []string `xml:"note"`
	LangSecs []xLang  `xml:"langSec"`
	LangSets []xLang  `xml:"langSet"`
}

// countingReader fails once more than limit bytes have been read.
type countingReader struct {
	r     io.Reader
	n     int64
	limit int64
}

var errLimit = errors.New("size limit")

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	if c.n > c.limit {
		return n, errLimit
	}
	return n, err
}

// ReadTBX reads TBX v3 (<tbx>) or v2 (<martif>), streaming one concept
// entry at a time. Errors carry the file name and line.
func ReadTBX(name string, r io.Reader) (*Glossary, error) {
	cr := &countingReader{r: r, limit: MaxTBXBytes}
	d := xml.NewDecoder(cr)
	d.Strict = true
	g := &Glossary{Name: name, Columns: []string{"id", "domain"}}
	seenLang := map[string]bool{}
	root := ""
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, tbxError(name, d, err)
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		line, col := d.InputPos()
		if root == "" {
			root = se.Name.Local
			if root != "tbx" && root != "martif" {
				return nil, &PosError{Name: name, Line: line, Column: col, Msg: fmt.Sprintf("root element <%s>: not TBX (want <tbx> or <martif>)", root)}
			}
			continue
		}
		if se.Name.Local == "sourceDesc" {
			var sd struct {
				P []string `xml:"p"`
			}
			if err := d.DecodeElement(&sd, &se); err != nil {
				return nil, tbxError(name, d, err)
			}
			for _, p := range sd.P {
				if cols, ok := strings.CutPrefix(p, columnsPrefix); ok {
					g.Columns = strings.Split(cols, "\t")
				}
			}
			continue
		}
		if se.Name.Local != "conceptEntry" && se.Name.Local != "termEntry" {
			continue
		}
		var xe xEntry
		if err := d.DecodeElement(&xe, &se); err != nil {
			return nil, tbxError(name, d, err)
		}
		e, err := entryFromTBX(&xe, line)
		if err != nil {
			return nil, &PosError{Name: name, Line: line, Column: col, Msg: err.Error()}
		}
		for l := range e.Langs {
			if !seenLang[l] {
				seenLang[l] = true
				g.Columns = append(g.Columns, l)
			}
		}
		g.Entries = append(g.Entries, e)
	}
	if root == "" {
		return nil, &PosError{Name: name, Line: 1, Msg: "empty document"}
	}
	return g, nil
}

func tbxError(name string, d *xml.Decoder, err error) error {
	line, col := d.InputPos()
	if errors.Is(err, errLimit) {
		return &PosError{Name: name, Line: line, Column: col, Msg: fmt.Sprintf("larger than %d bytes", MaxTBXBytes), Err: ErrTooLarge}
	}
	var se *xml.SyntaxError
	if errors.As(err, &se) {
		return &PosError{Name: name, Line: se.Line, Msg: se.Msg}
	}
	return &PosError{Name: name, Line: line, Column: col, Msg: err.Error()}
}

func entryFromTBX(xe *xEntry, line int) (*Entry, error) {
	e := &Entry{ID: strings.TrimSpace(xe.ID), Line: line, Langs: map[string]*Terms{}}
	for _, d := range xe.Descrips {
		if d.Type == "subjectField" && e.Domain == "" {
			e.Domain = d.Value
		}
	}
	for _, a := range xe.Admins {
		if a.Type == "source" && e.Source == "" {
			e.Source = a.Value
		}
	}
	var notes []string
	for _, n := range xe.Notes {
		if rest, ok := strings.CutPrefix(n, extraNotePrefix); ok {
			if col, val, ok := strings.Cut(rest, "="); ok && col != "" {
				if e.Extra == nil {
					e.Extra = map[string]string{}
				}
				e.Extra[col] = val
				continue
			}
		}
		notes = append(notes, n)
	}
	e.Note = strings.Join(notes, "\n")
	for _, ls := range append(xe.LangSecs, xe.LangSets...) {
		lang := ls.Lang
		if lang == "" {
			return nil, fmt.Errorf("entry %q: a language section without xml:lang", e.ID)
		}
		t := e.Langs[lang]
		if t == nil {
			t = &Terms{}
			e.Langs[lang] = t
		}
		terms := append(append([]xTerm(nil), ls.TermSecs...), ls.Tigs...)
		for _, n := range ls.Ntigs {
			terms = append(terms, n.TermGrp)
		}
		for _, xt := range terms {
			status, pos, gender := "", "", ""
			for _, n := range xt.Notes {
				switch n.Type {
				case "administrativeStatus":
					status = n.Value
				case "partOfSpeech":
					pos = n.Value
				case "grammaticalGender":
					gender = n.Value
				}
			}
			text := xt.Term
			if !utf8.ValidString(text) || text == "" {
				continue
			}
			switch {
			case strings.HasPrefix(status, "deprecated") || strings.HasPrefix(status, "superseded"):
				t.Forbidden = append(t.Forbidden, text)
			case strings.HasPrefix(status, "admitted") || status == "" && t.Preferred != "" ||
				strings.HasPrefix(status, "preferred") && t.Preferred != "":
				t.Variants = append(t.Variants, text)
			default:
				t.Preferred = text
			}
			if pos != "" && t.POS == "" {
				t.POS = pos
			}
			if gender != "" && t.Gender == "" {
				t.Gender = gender
			}
		}
	}
	if e.ID == "" {
		return nil, fmt.Errorf("a concept entry without an id")
	}
	return e, nil
}
