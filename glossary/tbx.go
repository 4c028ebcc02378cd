package glossary

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/termalign/termalign/internal/lang"

	"github.com/termalign/termalign/internal/xmlscan"
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
		x.raw(`<martif type="TBX" xml:lang="` + lang.Admin + `">` + "\n")
		x.raw("  <martifHeader><fileDesc><sourceDesc><p>termalign glossary</p>")
		x.columns(g)
		x.raw("</sourceDesc></fileDesc></martifHeader>\n")
		conceptEl, langEl, termEl = "termEntry", "langSet", "tig"
	} else {
		x.raw(`<tbx type="TBX-Basic" style="dca" xml:lang="` + lang.Admin + `" xmlns="` + tbx3NS + `">` + "\n")
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
			t := e.Langs.Get(l)
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

// ReadTBX reads TBX v3 (<tbx>) or v2 (<martif>) as a stream of tokens, one
// concept entry at a time. Errors carry the file name and line.
func ReadTBX(name string, r io.Reader) (*Glossary, error) {
	sc := xmlscan.New(r, MaxTBXBytes)
	g := &Glossary{Name: name, Columns: []string{"id", "domain"}}
	seenLang := map[string]bool{}
	var (
		e          *Entry
		lang       string
		terms      *Terms
		capturing  bool   // gathering the text of the element below
		captureAt  int    // its depth
		text       []byte // the text gathered
		attrType   string // its type attribute
		termText   string
		termStatus string
		termPOS    string
		termGender string
		notes      []string
		inTerm     bool
		sawRoot    bool
	)
	for {
		k, err := sc.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			var se *xmlscan.SyntaxError
			switch {
			case errors.As(err, &se):
				return nil, &PosError{Name: name, Line: se.Line, Msg: se.Msg, Key: "xml", Data: map[string]string{"Detail": se.Msg}}
			case errors.Is(err, xmlscan.ErrTooLarge):
				return nil, &PosError{Name: name, Line: sc.Line(), Msg: fmt.Sprintf("larger than %d bytes", MaxTBXBytes), Err: ErrTooLarge, Key: "too_large", Data: map[string]string{"Max": fmt.Sprint(MaxTBXBytes)}}
			}
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		switch k {
		case xmlscan.Text:
			if capturing {
				text = append(text, sc.Text()...)
			}
		case xmlscan.StartElement:
			el := sc.Name()
			depth := sc.Depth()
			if !sawRoot {
				sawRoot = true
				if el != "tbx" && el != "martif" {
					return nil, &PosError{Name: name, Line: sc.Line(), Column: 1, Msg: fmt.Sprintf("root element <%s>: not TBX (want <tbx> or <martif>)", el), Key: "not_tbx", Data: map[string]string{"Root": el}}
				}
				continue
			}
			if capturing {
				continue // inline markup inside a term or note: keep its text
			}
			switch el {
			case "conceptEntry", "termEntry":
				if e != nil {
					return nil, &PosError{Name: name, Line: sc.Line(), Msg: "a concept entry inside another", Key: "nested_entry"}
				}
				id, _ := sc.Attr("id")
				e = &Entry{ID: strings.TrimSpace(id), Line: sc.Line()}
				notes = notes[:0]
				if e.ID == "" {
					return nil, &PosError{Name: name, Line: sc.Line(), Msg: "a concept entry without an id", Key: "entry_without_id"}
				}
			case "langSec", "langSet":
				if e == nil {
					continue
				}
				l, ok := sc.Attr("xml:lang")
				if !ok || l == "" {
					return nil, &PosError{Name: name, Line: sc.Line(), Msg: fmt.Sprintf("entry %q: a language section without xml:lang", e.ID), Key: "no_xml_lang", Data: map[string]string{"ID": e.ID}}
				}
				lang = l
				if terms = e.Langs.Get(lang); terms == nil {
					terms = &Terms{}
					e.Langs.Set(lang, terms)
				}
			case "termSec", "tig", "ntig":
				if terms != nil && !inTerm {
					inTerm = true
					termText, termStatus, termPOS, termGender = "", "", "", ""
				}
			case "term", "termNote", "descrip", "admin", "note", "p":
				if e == nil && el != "p" {
					continue
				}
				if el == "p" && e != nil {
					continue
				}
				capturing, captureAt, text = true, depth, text[:0]
				attrType, _ = sc.Attr("type")
			}
		case xmlscan.EndElement:
			el := sc.Name()
			if capturing && sc.Depth() == captureAt-1 {
				capturing = false
				value := string(text)
				parent := ""
				if st := sc.Stack(); len(st) > 0 {
					parent = st[len(st)-1]
				}
				switch el {
				case "term":
					termText = value
				case "termNote":
					switch attrType {
					case "administrativeStatus":
						termStatus = value
					case "partOfSpeech":
						termPOS = value
					case "grammaticalGender":
						termGender = value
					}
				case "descrip":
					if attrType == "subjectField" && e.Domain == "" && (parent == "conceptEntry" || parent == "termEntry" || parent == "descripGrp") {
						e.Domain = value
					}
				case "admin":
					if attrType == "source" && e.Source == "" {
						e.Source = value
					}
				case "note":
					if parent == "conceptEntry" || parent == "termEntry" {
						notes = append(notes, value)
					}
				case "p":
					if cols, ok := strings.CutPrefix(value, columnsPrefix); ok && parent == "sourceDesc" {
						g.Columns = strings.Split(cols, "\t")
					}
				}
				continue
			}
			switch el {
			case "termSec", "tig", "ntig":
				if inTerm && terms != nil {
					inTerm = false
					addTBXTerm(terms, termText, termStatus, termPOS, termGender)
				}
			case "langSec", "langSet":
				lang, terms = "", nil
			case "conceptEntry", "termEntry":
				if e == nil {
					continue
				}
				finishTBXEntry(e, notes)
				for _, lt := range e.Langs {
					l := lt.Lang
					if !seenLang[l] {
						seenLang[l] = true
						if !containsString(g.Columns, l) {
							g.Columns = append(g.Columns, l)
						}
					}
				}
				g.Entries = append(g.Entries, e)
				e = nil
			}
		}
	}
	if !sawRoot {
		return nil, &PosError{Name: name, Line: 1, Msg: "empty document", Key: "empty_document"}
	}
	return g, nil
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// addTBXTerm files one term of a language section by its status.
func addTBXTerm(t *Terms, text, status, pos, gender string) {
	if text == "" {
		return
	}
	switch {
	case strings.HasPrefix(status, "deprecated") || strings.HasPrefix(status, "superseded"):
		t.Forbidden = append(t.Forbidden, text)
	case strings.HasPrefix(status, "admitted") || t.Preferred != "":
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

// finishTBXEntry sorts the entry's notes into its note and the unknown
// columns written by WriteTBX.
func finishTBXEntry(e *Entry, notes []string) {
	var plain []string
	for _, n := range notes {
		if rest, ok := strings.CutPrefix(n, extraNotePrefix); ok {
			if col, val, ok := strings.Cut(rest, "="); ok && col != "" {
				if e.Extra == nil {
					e.Extra = map[string]string{}
				}
				e.Extra[col] = val
				continue
			}
		}
		plain = append(plain, n)
	}
	e.Note = strings.Join(plain, "\n")
	kept := e.Langs[:0]
	for _, l := range e.Langs {
		if !l.Terms.Empty() {
			kept = append(kept, l)
		}
	}
	e.Langs = kept
}
