package exports

import (
	"sort"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/termalign/termalign/glossary"
	"github.com/termalign/termalign/internal/lang"
)

// writeGlossarySheet lists the glossary entries the document uses, most
// used first: each side's approved term, admitted variants and forbidden
// variants.
func writeGlossarySheet(f *excelize.File, doc *Document, used map[*glossary.Entry]int, st *styles, filters map[string]string) error {
	src, tgt := langCode(doc.SourceLang), langCode(doc.TargetLang)
	headers := []string{"ID", "Domain", src, src + " variants", src + " forbidden", tgt, tgt + " variants", tgt + " forbidden", "Note", "Hits"}
	widths := []float64{28, 10, 30, 30, 24, 30, 30, 24, 40, 6}
	seq := &sheetSeq{f: f, base: GlossarySheet, perSheet: maxRows - 1, filterTo: "J", filters: filters}
	seq.setup = func(name string) (*excelize.StreamWriter, error) {
		sw, err := f.NewStreamWriter(name)
		if err != nil {
			return nil, err
		}
		for i, w := range widths {
			if err := sw.SetColWidth(i+1, i+1, w); err != nil {
				return nil, err
			}
		}
		if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
			return nil, err
		}
		row := make([]interface{}, len(headers))
		for i, h := range headers {
			row[i] = excelize.Cell{StyleID: st.header, Value: h}
		}
		return sw, sw.SetRow("A1", row)
	}
	entries := make([]*glossary.Entry, 0, len(used))
	for e := range used {
		entries = append(entries, e)
	}
	sort.Slice(entries, func(i, j int) bool {
		if used[entries[i]] != used[entries[j]] {
			return used[entries[i]] > used[entries[j]]
		}
		return entries[i].ID < entries[j].ID
	})
	bar := func(list []string) interface{} {
		if len(list) == 0 {
			return nil
		}
		return strings.Join(list, " | ")
	}
	for _, e := range entries {
		s, t := e.Lang(src), e.Lang(tgt)
		row := []interface{}{e.ID, e.Domain, s.Preferred, bar(s.Variants), bar(s.Forbidden),
			excelize.Cell{StyleID: 0, Value: richTerm(t.Preferred, st.term)}, bar(t.Variants),
			excelize.Cell{Value: richTerm(strings.Join(t.Forbidden, " | "), st.forbidden)}, e.Note, used[e]}
		if err := seq.add(row); err != nil {
			return err
		}
	}
	if seq.sw == nil {
		if err := seq.start(); err != nil {
			return err
		}
	}
	return seq.flush()
}

// richTerm is a term in the given font, or nothing.
func richTerm(s string, font *excelize.Font) interface{} {
	if s == "" {
		return nil
	}
	return []excelize.RichTextRun{{Text: s, Font: font}}
}

// langCode is the glossary column of a language tag: its base language.
func langCode(tag string) string {
	t, err := lang.Parse(tag)
	if err != nil {
		return tag
	}
	return lang.Code(t)
}

// Meta keys of the hidden sheet.
const (
	metaFormat     = "format"
	metaTool       = "tool"
	metaVersion    = "tool version"
	metaCreated    = "created"
	metaDocument   = "document"
	metaSourceFile = "source file"
	metaTargetFile = "target file"
	metaSourceLang = "source language"
	metaTargetLang = "target language"
	metaSourceHash = "source SHA-256"
	metaSegments   = "segments"
	metaRowsHeader = "segment id"
)

// writeMeta writes the hidden sheet: the document's description, then
// each segment's id with the hash of its source text, which import uses
// to refuse edited sources.
func writeMeta(f *excelize.File, doc *Document, perSheet int) error {
	seq := &sheetSeq{f: f, base: MetaSheet, perSheet: perSheet}
	seq.setup = func(name string) (*excelize.StreamWriter, error) {
		sw, err := f.NewStreamWriter(name)
		if err != nil {
			return nil, err
		}
		if err := sw.SetColWidth(1, 2, 40); err != nil {
			return nil, err
		}
		return sw, sw.SetRow("A1", []interface{}{"key", "value"})
	}
	meta := [][2]string{
		{metaFormat, WorkbookFormat}, {metaTool, doc.Tool}, {metaVersion, doc.ToolVersion},
		{metaCreated, tmxDate(doc.Created)}, {metaDocument, doc.Name},
		{metaSourceFile, doc.SourceFile}, {metaTargetFile, doc.TargetFile},
		{metaSourceLang, doc.SourceLang}, {metaTargetLang, doc.TargetLang},
		{metaSourceHash, doc.SourceHash}, {metaSegments, strconv.Itoa(len(doc.Pairs))},
		{metaRowsHeader, "source text SHA-256"},
	}
	for _, kv := range meta {
		if err := seq.add([]interface{}{kv[0], kv[1]}); err != nil {
			return err
		}
	}
	for k, p := range doc.Pairs {
		if err := seq.add([]interface{}{doc.ID(k), Hash(p.Source)}); err != nil {
			return err
		}
	}
	if err := seq.flush(); err != nil {
		return err
	}
	for i := 1; i <= seq.n; i++ {
		name := MetaSheet
		if i > 1 {
			name = MetaSheet + " (" + strconv.Itoa(i) + ")"
		}
		if err := f.SetSheetVisible(name, false); err != nil {
			return err
		}
	}
	return nil
}
