package exports

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/termalign/termalign/align"
	"github.com/termalign/termalign/glossary"
)

// seedPairs reads the seed article's two sides, one sentence a line.
func seedPairs(t testing.TB) [][2]string {
	read := func(name string) []string {
		data, err := os.ReadFile("../testdata/" + name)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, l := range strings.Split(string(data), "\n") {
			if l = strings.TrimSpace(l); l != "" {
				out = append(out, l)
			}
		}
		return out
	}
	fr, en := read("karabakh.fr.txt"), read("karabakh.en.txt")
	var out [][2]string
	for i := range fr {
		out = append(out, [2]string{fr[i], en[min(i, len(en)-1)]})
	}
	return out
}

// bigDoc is n bilingual pairs cycling through the seed article, with the
// default glossary's matchers: the writers' own cost, the texts shared.
func bigDoc(t testing.TB, n int) *Document {
	g := glossary.Default()
	fr, _ := glossary.NewMatcher(g, glossary.MatcherOptions{Lang: "fr", Target: "en"})
	en, _ := glossary.NewMatcher(g, glossary.MatcherOptions{Lang: "en", Target: "fr"})
	seed := seedPairs(t)
	doc := &Document{Name: "big", SourceLang: "fr", TargetLang: "en", SourceTerms: fr, TargetTerms: en, Glossary: g,
		Created: time.Date(2026, 11, 30, 0, 0, 0, 0, time.UTC), Tool: "termalign", ToolVersion: "bench"}
	doc.Pairs = make([]align.Pair, n)
	for k := range doc.Pairs {
		s := seed[k%len(seed)]
		doc.Pairs[k] = align.Pair{Src: align.Span{Start: k, End: k + 1}, Tgt: align.Span{Start: k, End: k + 1}, Source: s[0], Target: s[1], Score: float64(k%100) / 100}
	}
	return doc
}

// TestWorkbookScale writes EXPORTS_SCALE_N bilingual segments (default:
// skipped) to EXPORTS_SCALE_OUT or a temporary file, for timing the writer
// with /usr/bin/time on the test binary (see the README).
func TestWorkbookScale(t *testing.T) {
	n, err := strconv.Atoi(os.Getenv("EXPORTS_SCALE_N"))
	if err != nil {
		t.Skip("set EXPORTS_SCALE_N to time the workbook writer")
	}
	doc := bigDoc(t, n)
	f, err := os.CreateTemp("", "scale-*.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	defer os.Remove(f.Name())
	start := time.Now()
	if err := WriteWorkbook(f, doc, WorkbookOptions{}); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	st, _ := os.Stat(f.Name())
	t.Logf("%d segments: %s, %.1f MB", n, time.Since(start).Round(time.Millisecond), float64(st.Size())/1e6)
	if out := os.Getenv("EXPORTS_SCALE_OUT"); out != "" {
		data, _ := os.ReadFile(f.Name())
		if err := os.WriteFile(out, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func BenchmarkWriteTMX(b *testing.B) {
	doc := bigDoc(b, 100000)
	var buf bytes.Buffer
	if err := WriteTMX(&buf, []*Document{doc}, TMXOptions{}); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(buf.Len()))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := WriteTMX(io.Discard, []*Document{doc}, TMXOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkReadTMX(b *testing.B) {
	var buf bytes.Buffer
	if err := WriteTMX(&buf, []*Document{bigDoc(b, 100000)}, TMXOptions{}); err != nil {
		b.Fatal(err)
	}
	data := buf.Bytes()
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		n := 0
		if _, err := ReadTMX(bytes.NewReader(data), func(TU) error { n++; return nil }); err != nil || n != 100000 {
			b.Fatal(n, err)
		}
	}
}

func BenchmarkWriteWorkbook(b *testing.B) {
	doc := bigDoc(b, 20000)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := WriteWorkbook(io.Discard, doc, WorkbookOptions{}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N)/20000, "µs/segment")
}

// ExampleWriteTMX writes a one-unit memory.
func ExampleWriteTMX() {
	doc := &Document{
		Name: "demo", SourceLang: "fr", TargetLang: "en", Tool: "termalign", ToolVersion: "v1",
		Created: time.Date(2026, 11, 30, 12, 0, 0, 0, time.UTC),
		Pairs: []align.Pair{{Src: align.Span{Start: 0, End: 1}, Tgt: align.Span{Start: 0, End: 1},
			Source: "Bakou & Erevan", Target: "Baku & Yerevan", Score: 0.97}},
	}
	var buf bytes.Buffer
	if err := WriteTMX(&buf, []*Document{doc}, TMXOptions{}); err != nil {
		fmt.Println(err)
	}
	fmt.Print(buf.String())
	// Output:
	// <?xml version="1.0" encoding="UTF-8"?>
	// <!DOCTYPE tmx SYSTEM "tmx14.dtd">
	// <tmx version="1.4">
	// <header creationtool="termalign" creationtoolversion="v1" datatype="plaintext" segtype="sentence" adminlang="en" srclang="fr" o-tmf="termalign" creationdate="20261130T120000Z"/>
	// <body>
	// <tu tuid="demo-0001" creationdate="20261130T120000Z">
	// <prop type="x-document">demo</prop>
	// <prop type="x-status">new</prop>
	// <prop type="x-score">0.97</prop>
	// <prop type="x-bead">1-1</prop>
	// <tuv xml:lang="fr"><seg>Bakou &amp; Erevan</seg></tuv>
	// <tuv xml:lang="en"><seg>Baku &amp; Yerevan</seg></tuv>
	// </tu>
	// </body>
	// </tmx>
}

// TestHTMLScale writes the report of EXPORTS_HTML_N segments (default:
// skipped), for timing with /usr/bin/time on the test binary.
func TestHTMLScale(t *testing.T) {
	n, err := strconv.Atoi(os.Getenv("EXPORTS_HTML_N"))
	if err != nil {
		t.Skip("set EXPORTS_HTML_N to time the report writer")
	}
	doc := bigDoc(t, n)
	for k := 0; k < n; k += 97 {
		doc.Findings = append(doc.Findings, Finding{Pair: k, Problem: "number_mismatch", Severity: "major", Detail: "not in the target: 6 500"})
	}
	f, err := os.CreateTemp("", "scale-*.html")
	if err != nil {
		t.Fatal(err)
	}
	defer os.Remove(f.Name())
	start := time.Now()
	if err := WriteHTML(f, doc, HTMLOptions{Glossary: "embedded"}); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	st, _ := os.Stat(f.Name())
	t.Logf("%d segments: %s, %.1f MB", n, time.Since(start).Round(time.Millisecond), float64(st.Size())/1e6)
}
