package exports

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strconv"
	"time"
	"unicode/utf8"

	"github.com/termalign/termalign/internal/lang"
)

// ErrIllegalChar: a text holds a character that XML 1.0 forbids (most
// control characters), which no TMX reader would accept.
var ErrIllegalChar = errors.New("character not allowed in XML 1.0")

// Statuses are the review statuses of a segment, in workflow order.
var Statuses = []string{"new", "draft", "translated", "reviewed", "approved", "rejected"}

// TMXOptions configure WriteTMX.
type TMXOptions struct {
	// IncludeEmpty keeps units whose target (or source) is empty; by
	// default they are left out, since a memory has nothing to offer for
	// them.
	IncludeEmpty bool
	// AdminLang is the header's adminlang; "en" when empty.
	AdminLang string
}

// TMXWriter streams a TMX 1.4b memory: the header, then the units of one
// document after another, then the closing tags. It is not safe for
// concurrent use.
type TMXWriter struct {
	w       *bufio.Writer
	opts    TMXOptions
	srcLang string
	buf     []byte
	units   int
}

// NewTMXWriter writes the header of a memory whose source language is
// srcLang (a BCP 47 tag).
func NewTMXWriter(w io.Writer, srcLang, tool, version string, created time.Time, opts TMXOptions) (*TMXWriter, error) {
	if opts.AdminLang == "" {
		opts.AdminLang = lang.Admin
	}
	t := &TMXWriter{w: bufio.NewWriterSize(w, 256<<10), opts: opts, srcLang: srcLang}
	if version == "" {
		version = "(unknown)"
	}
	b := t.buf[:0]
	b = append(b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n<tmx version=\"1.4\">\n<header"...)
	b = attr(b, "creationtool", tool)
	b = attr(b, "creationtoolversion", version)
	b = attr(b, "datatype", "plaintext")
	b = attr(b, "segtype", "sentence")
	b = attr(b, "adminlang", opts.AdminLang)
	b = attr(b, "srclang", srcLang)
	b = attr(b, "o-tmf", tool)
	b = attr(b, "creationdate", tmxDate(created))
	b = append(b, "/>\n<body>\n"...)
	t.buf = b
	_, err := t.w.Write(b)
	return t, err
}

// tmxDate is the TMX date form, UTC: 20261130T160000Z.
func tmxDate(t time.Time) string {
	if t.IsZero() {
		t = time.Now()
	}
	return t.UTC().Format("20060102T150405Z")
}

// Units is the number of units written so far.
func (t *TMXWriter) Units() int { return t.units }

// WriteDocument writes the units of doc. A text with a character XML
// forbids is refused with an error that names its segment, before any of
// the document's units is written.
func (t *TMXWriter) WriteDocument(doc *Document) error {
	for k, p := range doc.Pairs {
		if err := checkXML(p.Source); err != nil {
			return fmt.Errorf("segment %s, source: %w", doc.ID(k), err)
		}
		if err := checkXML(p.Target); err != nil {
			return fmt.Errorf("segment %s, target: %w", doc.ID(k), err)
		}
	}
	date := tmxDate(doc.Created)
	for k, p := range doc.Pairs {
		if !t.opts.IncludeEmpty && (p.Source == "" || p.Target == "") {
			continue
		}
		b := t.buf[:0]
		b = append(b, "<tu"...)
		b = attr(b, "tuid", doc.ID(k))
		b = attr(b, "creationdate", date)
		if p.Src.Len() > 1 || p.Tgt.Len() > 1 {
			// Several sentences: say so, or a reader that reuses
			// sentences will never match this unit.
			b = attr(b, "segtype", "paragraph")
		}
		b = append(b, ">\n"...)
		b = prop(b, "x-document", doc.Name)
		b = prop(b, "x-status", doc.status(k))
		b = prop(b, "x-score", strconv.FormatFloat(round3(p.Score), 'f', -1, 64))
		b = prop(b, "x-bead", p.Kind().String())
		if c := doc.comment(k); c != "" {
			b = append(b, "<note>"...)
			b = escape(b, c, false)
			b = append(b, "</note>\n"...)
		}
		b = tuv(b, doc.SourceLang, p.Source)
		b = tuv(b, doc.TargetLang, p.Target)
		b = append(b, "</tu>\n"...)
		t.buf = b
		if _, err := t.w.Write(b); err != nil {
			return err
		}
		t.units++
	}
	return nil
}

// Close writes the closing tags and flushes.
func (t *TMXWriter) Close() error {
	if _, err := t.w.WriteString("</body>\n</tmx>\n"); err != nil {
		return err
	}
	return t.w.Flush()
}

// WriteTMX writes the documents as one memory. The source language is
// the first document's.
func WriteTMX(w io.Writer, docs []*Document, opts TMXOptions) error {
	src, tool, version, created := "und", "termalign", "", time.Time{}
	if len(docs) > 0 {
		src, tool, version, created = docs[0].SourceLang, docs[0].Tool, docs[0].ToolVersion, docs[0].Created
	}
	t, err := NewTMXWriter(w, src, tool, version, created, opts)
	if err != nil {
		return err
	}
	for _, d := range docs {
		if err := t.WriteDocument(d); err != nil {
			return err
		}
	}
	return t.Close()
}

func tuv(b []byte, lang, text string) []byte {
	b = append(b, "<tuv xml:lang=\""...)
	b = escape(b, lang, true)
	b = append(b, "\"><seg>"...)
	b = escape(b, text, false)
	return append(b, "</seg></tuv>\n"...)
}

func prop(b []byte, typ, value string) []byte {
	b = append(b, "<prop type=\""...)
	b = escape(b, typ, true)
	b = append(b, "\">"...)
	b = escape(b, value, false)
	return append(b, "</prop>\n"...)
}

func attr(b []byte, name, value string) []byte {
	b = append(b, ' ')
	b = append(b, name...)
	b = append(b, "=\""...)
	b = escape(b, value, true)
	return append(b, '"')
}

// escape appends s with the XML specials escaped; in an attribute also
// quotes and white space other than the space, which attribute
// normalisation would otherwise turn into spaces. A carriage return is
// always escaped, since XML readers turn a raw one into a line feed.
func escape(b []byte, s string, inAttr bool) []byte {
	last := 0
	for i := 0; i < len(s); i++ {
		var esc string
		switch c := s[i]; c {
		case '<':
			esc = "&lt;"
		case '>':
			esc = "&gt;"
		case '&':
			esc = "&amp;"
		case '\r':
			esc = "&#xD;"
		case '"':
			if inAttr {
				esc = "&quot;"
			}
		case '\n':
			if inAttr {
				esc = "&#xA;"
			}
		case '\t':
			if inAttr {
				esc = "&#x9;"
			}
		}
		if esc != "" {
			b = append(b, s[last:i]...)
			b = append(b, esc...)
			last = i + 1
		}
	}
	return append(b, s[last:]...)
}

// checkXML finds a character that XML 1.0 does not allow.
func checkXML(s string) error {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 && c != '\t' && c != '\n' && c != '\r' {
				return fmt.Errorf("%w: U+%04X at byte %d", ErrIllegalChar, c, i)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || r == 0xFFFE || r == 0xFFFF || (r >= 0xD800 && r <= 0xDFFF) {
			return fmt.Errorf("%w: invalid UTF-8 or U+%04X at byte %d", ErrIllegalChar, r, i)
		}
		i += size
	}
	return nil
}
