package exports

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/termalign/termalign/align"
	"github.com/termalign/termalign/glossary"
)

// tricky holds the texts a round trip must keep to the character.
var tricky = []struct{ source, target string }{
	{"« Guillemets » et l’apostrophe", "“Curly” and 'straight' quotes, it’s"},
	{"Un espace insécable\u00a0: 6\u202f500 morts.", "A no-break\u00a0space: 6,500 dead."},
	{"Deux lignes\ndans une cellule.", "Two lines\nin one cell."},
	{"Un emoji 🎉 et un drapeau 🇦🇲.", "An emoji 🎉 and a flag 🇦🇲."},
	{"=SOMME(A1:A2) n’est pas une formule", "=SUM(A1:A2) is not a formula"},
	{"+33 1 23 45 67 89", "-5 °C, @handle"},
	{"  Des espaces au bord  ", "  Spaces at the edges  "},
	{"Le ministère de la défense", "the defence ministry"},
}

func trickyDoc(t testing.TB) *Document {
	t.Helper()
	g := glossary.Default()
	fr, err := glossary.NewMatcher(g, glossary.MatcherOptions{Lang: "fr", Target: "en"})
	if err != nil {
		t.Fatal(err)
	}
	en, err := glossary.NewMatcher(g, glossary.MatcherOptions{Lang: "en", Target: "fr"})
	if err != nil {
		t.Fatal(err)
	}
	doc := &Document{
		Name: "tricky", SourceFile: "tricky.fr.txt", TargetFile: "tricky.en.txt", SourceHash: Hash("x"),
		SourceLang: "fr", TargetLang: "en-GB", SourceTerms: fr, TargetTerms: en, Glossary: g,
		Created: time.Date(2026, 11, 30, 12, 0, 0, 0, time.UTC), Tool: "termalign", ToolVersion: "test",
	}
	for k, p := range tricky {
		doc.Pairs = append(doc.Pairs, align.Pair{Src: align.Span{Start: k, End: k + 1}, Tgt: align.Span{Start: k, End: k + 1}, Source: p.source, Target: "draft " + p.target, Score: 0.9})
	}
	return doc
}

func writeBook(t testing.TB, doc *Document) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteWorkbook(&buf, doc, WorkbookOptions{}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// review edits every target, status and comment as a reviewer would, with
// excelize, and returns the saved workbook.
func review(t testing.TB, book []byte) []byte {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(book))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for k, p := range tricky {
		row := k + 2
		set := func(col string, v string) {
			if err := f.SetCellStr(SegmentsSheet, col+strconv.Itoa(row), v); err != nil {
				t.Fatal(err)
			}
		}
		set("C", p.target)
		set("G", Statuses[k%len(Statuses)])
		set("H", "checked ✓ "+p.target)
	}
	var out bytes.Buffer
	if _, err := f.WriteTo(&out); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

// checkImport holds the imported document to exactly the reviewer's
// edits.
func checkImport(t *testing.T, book []byte) {
	t.Helper()
	imp, err := ReadWorkbook(bytes.NewReader(book))
	if err != nil {
		t.Fatal(err)
	}
	if len(imp.Problems) > 0 {
		t.Fatalf("problems: %v", imp.Problems)
	}
	if len(imp.Doc.Pairs) != len(tricky) {
		t.Fatalf("%d pairs, want %d", len(imp.Doc.Pairs), len(tricky))
	}
	for k, p := range imp.Doc.Pairs {
		if p.Source != tricky[k].source || p.Target != tricky[k].target {
			t.Errorf("pair %d:\n got %q → %q\nwant %q → %q", k, p.Source, p.Target, tricky[k].source, tricky[k].target)
		}
		if got, want := imp.Doc.Reviews[k].Status, Statuses[k%len(Statuses)]; got != want {
			t.Errorf("pair %d: status %q, want %q", k, got, want)
		}
		if got, want := imp.Doc.Reviews[k].Comment, "checked ✓ "+tricky[k].target; got != want {
			t.Errorf("pair %d: comment %q, want %q", k, got, want)
		}
	}
	if imp.Doc.SourceLang != "fr" || imp.Doc.TargetLang != "en-GB" || imp.Doc.IDs[0] != "tricky-0001" {
		t.Errorf("meta: %q %q %q", imp.Doc.SourceLang, imp.Doc.TargetLang, imp.Doc.IDs[0])
	}
	// And through TMX: every character survives the memory too.
	var tmx bytes.Buffer
	if err := WriteTMX(&tmx, []*Document{imp.Doc}, TMXOptions{}); err != nil {
		t.Fatal(err)
	}
	k := 0
	_, err = ReadTMX(&tmx, func(u TU) error {
		src, _ := u.Variant("fr")
		tgt, _ := u.Variant("en")
		if src != tricky[k].source || tgt != tricky[k].target || u.Props["x-status"] != Statuses[k%len(Statuses)] {
			t.Errorf("TMX unit %d: %q → %q (%s)", k, src, tgt, u.Props["x-status"])
		}
		k++
		return nil
	})
	if err != nil || k != len(tricky) {
		t.Fatalf("TMX: %d units, %v", k, err)
	}
}

func TestRoundTripExcelize(t *testing.T) {
	checkImport(t, review(t, writeBook(t, trickyDoc(t))))
}

// TestRoundTripLibreOffice re-saves the reviewed workbook with LibreOffice,
// as a reviewer's office suite would, before importing it.
func TestRoundTripLibreOffice(t *testing.T) {
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		t.Skip("LibreOffice (soffice) is not installed: skipping the re-save round trip")
	}
	dir := t.TempDir()
	in := filepath.Join(dir, "in", "review.xlsx")
	if err := os.MkdirAll(filepath.Dir(in), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(in, review(t, writeBook(t, trickyDoc(t))), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out")
	cmd := exec.Command(soffice, "--headless", "--norestore", "-env:UserInstallation=file://"+filepath.Join(dir, "profile"),
		"--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", out, in)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, b)
	}
	book, err := os.ReadFile(filepath.Join(out, "review.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	checkImport(t, book)
}

func TestImportReportsEdits(t *testing.T) {
	f, err := excelize.OpenReader(bytes.NewReader(writeBook(t, trickyDoc(t))))
	if err != nil {
		t.Fatal(err)
	}
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(f.SetCellStr(SegmentsSheet, "B2", "Une source réécrite")) // edited source
	must(f.SetCellStr(SegmentsSheet, "A4", "tricky-0002"))         // a duplicate id…
	must(f.SetCellStr(SegmentsSheet, "B4", tricky[1].source))      // …so tricky-0003 is gone
	must(f.SetCellStr(SegmentsSheet, "G5", "done"))                // unknown status
	must(f.SetSheetRow(SegmentsSheet, "A20", &[]interface{}{"", "Ajout", "Added"}))
	must(f.RemoveRow(SegmentsSheet, 9)) // tricky-0008 deleted
	var buf bytes.Buffer
	if _, err := f.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	imp, err := ReadWorkbook(&buf)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{
		ProblemEditedSource + " tricky-0001": true, ProblemBadStatus + " tricky-0004": true,
		ProblemDuplicate + " tricky-0002": true, ProblemAdded + " ": true, ProblemDeleted + " tricky-0008": true,
		ProblemDeleted + " tricky-0003": true,
	}
	got := map[string]bool{}
	for _, p := range imp.Problems {
		got[p.Kind+" "+p.ID] = true
	}
	for k := range want {
		if !got[k] {
			t.Errorf("missing problem %s; got %v", k, imp.Problems)
		}
	}
	if len(got) != len(want) {
		t.Errorf("problems %v, want %v", got, want)
	}
}

func TestWorkbookRefusesLongCell(t *testing.T) {
	doc := trickyDoc(t)
	doc.Pairs[1].Target = strings.Repeat("é", MaxCellChars+1)
	err := WriteWorkbook(&bytes.Buffer{}, doc, WorkbookOptions{})
	if err == nil || !strings.Contains(err.Error(), "tricky-0002") {
		t.Fatalf("err = %v, want a refusal naming tricky-0002", err)
	}
}

func TestTMXRefusesIllegalChar(t *testing.T) {
	doc := trickyDoc(t)
	doc.Pairs[2].Source = "bell \x07"
	var buf bytes.Buffer
	err := WriteTMX(&buf, []*Document{doc}, TMXOptions{})
	if err == nil || !strings.Contains(err.Error(), "tricky-0003") {
		t.Fatalf("err = %v, want a refusal naming tricky-0003", err)
	}
}

// TestWorkbookContinuesOnNewSheet: past a sheet's rows, segments go on in
// "Segments (2)", and import reads them back in order.
func TestWorkbookContinuesOnNewSheet(t *testing.T) {
	doc := trickyDoc(t)
	var buf bytes.Buffer
	if err := WriteWorkbook(&buf, doc, WorkbookOptions{RowsPerSheet: 3}); err != nil {
		t.Fatal(err)
	}
	imp, err := ReadWorkbook(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if len(imp.Problems) > 0 || len(imp.Doc.Pairs) != len(tricky) {
		t.Fatalf("%d pairs, problems %v", len(imp.Doc.Pairs), imp.Problems)
	}
	for k, p := range imp.Doc.Pairs {
		if p.Source != tricky[k].source {
			t.Errorf("pair %d: %q", k, p.Source)
		}
	}
}

func pairOf(src, tgt string) align.Pair {
	return align.Pair{Src: align.Span{Start: 0, End: 1}, Tgt: align.Span{Start: 0, End: 1}, Source: src, Target: tgt}
}
