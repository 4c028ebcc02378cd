package exports

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/termalign/termalign/internal/xmlscan"
)

// ErrNotTMX: the input is not a TMX document.
var ErrNotTMX = errors.New("not a TMX document")

// TMXHeader is what a memory's header says.
type TMXHeader struct {
	SrcLang, AdminLang, SegType, DataType string
	CreationTool, CreationToolVersion     string
}

// TUV is one language variant of a unit.
type TUV struct {
	Lang string // xml:lang (or the TMX 1.1 "lang")
	Text string // the segment's text; inline codes (bpt, ept, ph, it, ut) left out
}

// TU is one translation unit.
type TU struct {
	ID       string
	SegType  string
	Props    map[string]string // by type; the last one wins
	Note     string
	Variants []TUV
	Line     int
}

// Variant returns the text of the first variant in language lang (a BCP
// 47 tag matched by its base language, so "en" finds "en-GB").
func (u *TU) Variant(lang string) (string, bool) {
	want := langCode(lang)
	for _, v := range u.Variants {
		if strings.EqualFold(v.Lang, lang) || langCode(v.Lang) == want {
			return v.Text, true
		}
	}
	return "", false
}

// MaxTMX bounds what ReadTMX reads.
const MaxTMX = 4 << 30

// ReadTMX reads a TMX memory (1.4b, and the 1.1–1.3 forms other tools
// write) and calls fn for every unit, in order. Memory stays bounded by
// the largest unit.
func ReadTMX(r io.Reader, fn func(TU) error) (TMXHeader, error) {
	return readTMX(r, nil, fn)
}

// readTMX is ReadTMX with a call when the header has been read.
func readTMX(r io.Reader, onHeader func(TMXHeader), fn func(TU) error) (TMXHeader, error) {
	sc := xmlscan.New(r, MaxTMX)
	var (
		h       TMXHeader
		u       *TU
		v       *TUV
		text    strings.Builder
		inSeg   int // depth inside <seg>
		skip    int // depth inside an inline code whose content is native
		inProp  string
		inNote  bool
		sawRoot bool
	)
	for {
		k, err := sc.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return h, err
		}
		switch k {
		case xmlscan.StartElement:
			name := sc.Name()
			if !sawRoot {
				if name != "tmx" {
					return h, fmt.Errorf("%w: root element <%s>", ErrNotTMX, name)
				}
				sawRoot = true
			}
			switch {
			case inSeg > 0:
				inSeg++
				if skip > 0 || isNativeCode(name) {
					skip++
				}
			case name == "header":
				h = readHeader(sc)
				if onHeader != nil {
					onHeader(h)
				}
			case name == "tu":
				u = &TU{Props: map[string]string{}, Line: sc.Line()}
				u.ID, _ = sc.Attr("tuid")
				u.SegType, _ = sc.Attr("segtype")
			case name == "tuv" && u != nil:
				v = &TUV{}
				if l, ok := sc.Attr("xml:lang"); ok {
					v.Lang = l
				} else {
					v.Lang, _ = sc.Attr("lang")
				}
			case name == "seg" && v != nil:
				inSeg = 1
				text.Reset()
			case name == "prop" && u != nil && v == nil:
				inProp, _ = sc.Attr("type")
				text.Reset()
			case name == "note" && u != nil && v == nil:
				inNote = true
				text.Reset()
			}
		case xmlscan.Text:
			if (inSeg > 0 && skip == 0) || inProp != "" || inNote {
				text.Write(sc.Text())
			}
		case xmlscan.EndElement:
			name := sc.Name()
			switch {
			case inSeg > 1:
				inSeg--
				if skip > 0 {
					skip--
				}
			case inSeg == 1:
				inSeg = 0
				v.Text = text.String()
			case name == "tuv" && v != nil:
				u.Variants = append(u.Variants, *v)
				v = nil
			case name == "prop" && inProp != "":
				u.Props[inProp] = text.String()
				inProp = ""
			case name == "note" && inNote:
				u.Note, inNote = text.String(), false
			case name == "tu" && u != nil:
				if err := fn(*u); err != nil {
					return h, err
				}
				u = nil
			}
		}
	}
	if !sawRoot {
		return h, fmt.Errorf("%w: empty document", ErrNotTMX)
	}
	return h, nil
}

// isNativeCode: inline elements whose content is the original format's
// code, not text.
func isNativeCode(name string) bool {
	switch name {
	case "bpt", "ept", "ph", "it", "ut":
		return true
	}
	return false
}

func readHeader(sc *xmlscan.Scanner) TMXHeader {
	get := func(n string) string { v, _ := sc.Attr(n); return v }
	return TMXHeader{
		SrcLang: get("srclang"), AdminLang: get("adminlang"), SegType: get("segtype"), DataType: get("datatype"),
		CreationTool: get("creationtool"), CreationToolVersion: get("creationtoolversion"),
	}
}

// ReadMemory reads a TMX memory as a Document: one pair a unit, the
// source variant in the header's srclang (or the first variant when it is
// "*all*"), the target in targetLang when the unit has it, else its first
// other variant. Unit ids, documents and statuses are kept when the
// memory has them (termalign's own x-document and x-status properties).
func ReadMemory(r io.Reader, targetLang string) (*Document, error) {
	doc := &Document{Name: "memory"}
	src := ""
	header := func(h TMXHeader) {
		if h.SrcLang != "*all*" {
			src = h.SrcLang
		}
	}
	h, err := readTMX(r, header, func(u TU) error {
		if len(u.Variants) == 0 {
			return nil
		}
		s, ok := u.Variant(src)
		if src == "" {
			ok = false
		}
		if !ok {
			s = u.Variants[0].Text
			src = u.Variants[0].Lang
		}
		t, tl := "", ""
		for _, v := range u.Variants {
			if langCode(v.Lang) == langCode(targetLang) {
				t, tl = v.Text, v.Lang
				break
			}
		}
		if tl == "" {
			for _, v := range u.Variants {
				if langCode(v.Lang) != langCode(src) {
					t, tl = v.Text, v.Lang
					break
				}
			}
		}
		if doc.TargetLang == "" && tl != "" {
			doc.TargetLang = tl
		}
		k := len(doc.Pairs)
		p := pairOfTexts(k, s, t)
		doc.Pairs = append(doc.Pairs, p)
		id := u.ID
		if id == "" {
			id = fmt.Sprintf("tu-%d", k+1)
		}
		doc.IDs = append(doc.IDs, id)
		doc.Reviews = append(doc.Reviews, Review{Status: u.Props["x-status"], Comment: u.Note})
		return nil
	})
	if err != nil {
		return nil, err
	}
	doc.SourceLang = src
	if h.SrcLang != "" && h.SrcLang != "*all*" {
		doc.SourceLang = h.SrcLang
	}
	if doc.TargetLang == "" {
		doc.TargetLang = targetLang
	}
	return doc, nil
}
