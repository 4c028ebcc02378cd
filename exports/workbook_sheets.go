package exports

import (
	"sort"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/termalign/termalign/glossary"
	"github.com/termalign/termalign/internal/lang"
)

// layOutGlossary makes the Glossary sheet: the entries the document uses
// (counted while the Segments rows are written), most used first, with
// each side's approved term, admitted and forbidden variants.
func layOutGlossary(f *excelize.File, doc *Document, st *styles, used map[*glossary.Entry]int) (injector, error) {
	src, tgt := langCode(doc.SourceLang), langCode(doc.TargetLang)
	headers := []string{"ID", "Domain", src, src + " variants", src + " forbidden", tgt, tgt + " variants", tgt + " forbidden", "Note", "Hits"}
	widths := []float64{28, 10, 30, 30, 24, 30, 30, 24, 40, 6}
	if err := layOutSheet(f, GlossarySheet, headers, widths, st.header, nil, nil); err != nil {
		return injector{}, err
	}
	var entries []*glossary.Entry
	return injector{
		sheet: GlossarySheet, lastCol: len(headers) - 1, filter: true, firstRow: 2,
		rows: func() int {
			entries = byUse(used)
			return len(entries)
		},
		write: func(rw *rowWriter) error {
			for _, e := range entries {
				s, t := e.Lang(src), e.Lang(tgt)
				rw.startRow()
				rw.text(0, st.plain, e.ID)
				rw.text(1, st.plain, e.Domain)
				rw.text(2, st.wrap, s.Preferred)
				rw.text(3, st.wrap, strings.Join(s.Variants, " | "))
				rw.text(4, st.wrap, strings.Join(s.Forbidden, " | "))
				if err := rw.rich(5, st.wrap, termRun(t.Preferred, st.term)); err != nil {
					return err
				}
				rw.text(6, st.wrap, strings.Join(t.Variants, " | "))
				if err := rw.rich(7, st.wrap, termRun(strings.Join(t.Forbidden, " | "), st.forbidden)); err != nil {
					return err
				}
				rw.text(8, st.wrap, e.Note)
				rw.number(9, st.plain, float64(used[e]))
				if err := rw.endRow(); err != nil {
					return err
				}
			}
			return nil
		},
	}, nil
}

// QASheet is the sheet of QA findings.
const QASheet = "QA"

// layOutQA makes the QA sheet: one row a finding, with the segment's id,
// the problem, its severity, the glossary entry and what was found.
func layOutQA(f *excelize.File, doc *Document, st *styles) (injector, error) {
	headers := []string{"ID", "Problem", "Severity", "Term", "Detail"}
	if err := layOutSheet(f, QASheet, headers, []float64{16, 18, 10, 28, 80}, st.header, nil, nil); err != nil {
		return injector{}, err
	}
	return injector{
		sheet: QASheet, lastCol: len(headers) - 1, filter: true, firstRow: 2,
		rows: func() int { return len(doc.Findings) },
		write: func(rw *rowWriter) error {
			for _, fd := range doc.Findings {
				rw.startRow()
				rw.text(0, st.plain, doc.ID(fd.Pair))
				rw.text(1, st.plain, fd.Problem)
				rw.text(2, st.plain, fd.Severity)
				rw.text(3, st.plain, fd.Term)
				rw.text(4, st.wrap, fd.Detail)
				if err := rw.endRow(); err != nil {
					return err
				}
			}
			return nil
		},
	}, nil
}

// byUse sorts the entries by hits, then id.
func byUse(used map[*glossary.Entry]int) []*glossary.Entry {
	out := make([]*glossary.Entry, 0, len(used))
	for e := range used {
		out = append(out, e)
	}
	sort.Slice(out, func(i, j int) bool {
		if used[out[i]] != used[out[j]] {
			return used[out[i]] > used[out[j]]
		}
		return out[i].ID < out[j].ID
	})
	return out
}

// termRun is a term in its font, or nothing.
func termRun(s string, font *runFont) []run {
	if s == "" {
		return nil
	}
	return []run{{text: s, font: font}}
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

// layOutMeta makes the hidden sheet(s): the document's description, then
// each segment's id with the hash of its source text, which import uses
// to refuse edited sources.
func layOutMeta(f *excelize.File, doc *Document, perSheet int) ([]injector, error) {
	meta := [][2]string{
		{metaFormat, WorkbookFormat}, {metaTool, doc.Tool}, {metaVersion, doc.ToolVersion},
		{metaCreated, tmxDate(doc.Created)}, {metaDocument, doc.Name},
		{metaSourceFile, doc.SourceFile}, {metaTargetFile, doc.TargetFile},
		{metaSourceLang, doc.SourceLang}, {metaTargetLang, doc.TargetLang},
		{metaSourceHash, doc.SourceHash}, {metaSegments, strconv.Itoa(len(doc.Pairs))},
		{metaRowsHeader, "source text SHA-256"},
	}
	rows := make([][]interface{}, len(meta))
	for i, kv := range meta {
		rows[i] = []interface{}{kv[0], kv[1]}
	}
	var injs []injector
	for k, lo := 0, 0; k == 0 || lo < len(doc.Pairs); k++ {
		name := sheetName(MetaSheet, k)
		extra, first := [][]interface{}(nil), 2
		per := perSheet
		if k == 0 {
			extra, first = rows, 2+len(rows)
			per = min(perSheet, maxRows-1-len(rows))
		}
		if err := layOutSheet(f, name, []string{"key", "value"}, []float64{40, 66}, 0, nil, extra); err != nil {
			return nil, err
		}
		if err := f.SetSheetVisible(name, false); err != nil {
			return nil, err
		}
		from, to := lo, min(len(doc.Pairs), lo+per)
		injs = append(injs, injector{
			sheet: name, lastCol: 1, firstRow: first,
			rows: func() int { return to - from },
			write: func(rw *rowWriter) error {
				for i := from; i < to; i++ {
					rw.startRow()
					rw.text(0, 0, doc.ID(i))
					rw.text(1, 0, Hash(doc.Pairs[i].Source))
					if err := rw.endRow(); err != nil {
						return err
					}
				}
				return nil
			},
		})
		lo = to
	}
	return injs, nil
}
