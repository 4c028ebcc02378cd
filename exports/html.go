package exports

import (
	"bufio"
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"iter"
	"sort"
	"strings"

	"github.com/termalign/termalign/align"
	"github.com/termalign/termalign/glossary"
)

//go:embed report.html.tmpl
var reportTemplate string

// HTMLOptions configure WriteHTML.
type HTMLOptions struct {
	// Glossary names the glossary used, for the summary.
	Glossary string
	// MaxMarks bounds the marks of the alignment plot (0: 5,000); a longer
	// document is sampled evenly, low scores and findings always kept.
	MaxMarks int
}

// chunkRows is how many rows a table body holds: the browser renders a
// body only when it comes into view (content-visibility), so that a
// document of 100k segments stays usable.
const chunkRows = 500

// WriteHTML writes a self-contained report of doc: a summary, the
// alignment plot, and the segments side by side with their terms and QA
// findings. No script, font or style comes from elsewhere; the filters
// need JavaScript and the page reads whole without it.
func WriteHTML(w io.Writer, doc *Document, opts HTMLOptions) error {
	funcs := template.FuncMap{
		"pct": func(a, b int) string {
			if b == 0 {
				return "0 %"
			}
			return fmt.Sprintf("%.1f %%", 100*float64(a)/float64(b))
		},
	}
	t, err := template.New("report").Funcs(funcs).Parse(reportTemplate)
	if err != nil {
		return err
	}
	r := newReport(doc, opts)
	bw := bufio.NewWriterSize(w, 256<<10)
	if err := t.Execute(bw, r); err != nil {
		return err
	}
	return bw.Flush()
}

// report is what the template shows.
type report struct {
	Doc        *Document
	Glossary   string
	Counts     []count // bead kinds
	Domains    []count // term hits by domain
	Problems   []count // findings by kind
	Findings   []findingRow
	Low, Pairs int
	Chunks     func() iter.Seq[[]row]
	Plot       plot
	DomainList []string
}

type count struct {
	Name string
	N    int
}

type findingRow struct {
	ID, Anchor, Problem, Detail string
}

// row is one segment of the table.
type row struct {
	ID, Anchor, Kind  string
	Score             string
	Low               bool
	Source, Target    template.HTML
	Findings          []findingRow
	Domains           string
	SrcLang, TgtLang  string
	HasTerms, HasFind bool
}

type plot struct {
	W, H  int
	Marks []mark
}

type mark struct {
	X, Y, W, H float64
	Class      string
	Anchor     string
	Title      string
}

func anchor(id string) string { return "seg-" + id }

func newReport(doc *Document, opts HTMLOptions) *report {
	r := &report{Doc: doc, Glossary: opts.Glossary, Pairs: len(doc.Pairs)}
	kinds := map[string]int{}
	domains := map[string]int{}
	for _, p := range doc.Pairs {
		kinds[p.Kind().String()]++
		if p.Src.Len() > 0 && p.Tgt.Len() > 0 && p.Score < align.LowScore {
			r.Low++
		}
		for _, h := range hits(nil, doc.SourceTerms, p.Source) {
			domains[h.Entry.Domain]++
		}
	}
	r.Counts = sorted(kinds)
	r.Domains = sorted(domains)
	for _, d := range r.Domains {
		r.DomainList = append(r.DomainList, d.Name)
	}
	problems := map[string]int{}
	for _, f := range doc.Findings {
		problems[f.Problem]++
		r.Findings = append(r.Findings, findingRow{ID: doc.ID(f.Pair), Anchor: anchor(doc.ID(f.Pair)), Problem: f.Problem, Detail: f.Detail})
	}
	r.Problems = sorted(problems)
	r.Plot = newPlot(doc, opts.MaxMarks)
	r.Chunks = r.rows
	return r
}

func sorted(m map[string]int) []count {
	out := make([]count, 0, len(m))
	for k, v := range m {
		out = append(out, count{k, v})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].N > out[j].N || out[i].N == out[j].N && out[i].Name < out[j].Name })
	return out
}

// rows yields the table in chunks, so that the template never holds the
// whole document's markup.
func (r *report) rows() iter.Seq[[]row] {
	return func(yield func([]row) bool) {
		doc := r.Doc
		next := 0
		var chunk []row
		var sh, th []glossary.Hit
		for k, p := range doc.Pairs {
			sh = hits(sh[:0], doc.SourceTerms, p.Source)
			th = hits(th[:0], doc.TargetTerms, p.Target)
			rw := row{ID: doc.ID(k), Anchor: anchor(doc.ID(k)), Kind: p.Kind().String(),
				Score: fmt.Sprintf("%.2f", p.Score), Low: p.Src.Len() > 0 && p.Tgt.Len() > 0 && p.Score < align.LowScore,
				Source: highlight(p.Source, sh), Target: highlight(p.Target, th),
				SrcLang: doc.SourceLang, TgtLang: doc.TargetLang, HasTerms: len(sh)+len(th) > 0}
			var ds []string
			for _, h := range sh {
				ds = append(ds, h.Entry.Domain)
			}
			rw.Domains = strings.Join(ds, " ")
			for ; next < len(doc.Findings) && doc.Findings[next].Pair <= k; next++ {
				if f := doc.Findings[next]; f.Pair == k {
					rw.Findings = append(rw.Findings, findingRow{Problem: f.Problem, Detail: f.Detail})
				}
			}
			rw.HasFind = len(rw.Findings) > 0
			chunk = append(chunk, rw)
			if len(chunk) == chunkRows {
				if !yield(chunk) {
					return
				}
				chunk = nil
			}
		}
		if len(chunk) > 0 {
			yield(chunk)
		}
	}
}

// highlight marks the glossary terms of text: the approved translation in
// a tooltip (title) and, for keyboards and screen readers, in a hidden
// text that shows on focus; forbidden variants marked with ✗ too.
func highlight(text string, hs []glossary.Hit) template.HTML {
	var b strings.Builder
	pos := 0
	for _, h := range hs {
		b.WriteString(template.HTMLEscapeString(text[pos:h.Start]))
		cls, tip, icon := "term", h.Translation, ""
		if h.Status == glossary.Forbidden {
			cls, tip, icon = "term forbidden", "✗ forbidden, use "+h.Term, "✗"
		}
		fmt.Fprintf(&b, `<mark class="%s" tabindex="0" title="%s" data-entry="%s">%s%s<span class="tip"> → %s</span></mark>`,
			cls, template.HTMLEscapeString(tip), template.HTMLEscapeString(h.Entry.ID),
			icon, template.HTMLEscapeString(text[h.Start:h.End]), template.HTMLEscapeString(tip))
		pos = h.End
	}
	b.WriteString(template.HTMLEscapeString(text[pos:]))
	return template.HTML(b.String())
}

// newPlot draws each bead as a mark at its source and target position,
// coloured by its score class.
func newPlot(doc *Document, maxMarks int) plot {
	if maxMarks <= 0 {
		maxMarks = 5000
	}
	n, m := 1, 1
	if len(doc.Pairs) > 0 {
		last := doc.Pairs[len(doc.Pairs)-1]
		n, m = max(last.Src.End, 1), max(last.Tgt.End, 1)
	}
	const size = 400.0
	p := plot{W: int(size), H: int(size)}
	step := max(1, len(doc.Pairs)/maxMarks)
	flagged := map[int]bool{}
	for _, f := range doc.Findings {
		flagged[f.Pair] = true
	}
	for k, pr := range doc.Pairs {
		cls := "ok"
		switch {
		case pr.Src.Len() == 0 || pr.Tgt.Len() == 0:
			cls = "gap"
		case pr.Score < align.LowScore:
			cls = "low"
		}
		if k%step != 0 && cls == "ok" && !flagged[k] {
			continue
		}
		x := size * float64(pr.Src.Start) / float64(n)
		y := size * float64(pr.Tgt.Start) / float64(m)
		w := max(2, size*float64(max(pr.Src.Len(), 1))/float64(n))
		h := max(2, size*float64(max(pr.Tgt.Len(), 1))/float64(m))
		p.Marks = append(p.Marks, mark{X: x, Y: y, W: w, H: h, Class: cls, Anchor: anchor(doc.ID(k)),
			Title: fmt.Sprintf("%s %s %.2f", doc.ID(k), pr.Kind(), pr.Score)})
	}
	return p
}
