package glossary

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files")

func readFile(t testing.TB, path string) *Glossary {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	form, err := FormatOf(path)
	if err != nil {
		t.Fatal(err)
	}
	g, err := Read(path, f, form)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func write(t testing.TB, g *Glossary, f Format) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := Write(&b, g, f); err != nil {
		t.Fatalf("Write %s: %v", f, err)
	}
	return b.Bytes()
}

func TestFullGlossaryHasEveryField(t *testing.T) {
	g := readFile(t, filepath.Join("testdata", "full.tsv"))
	if len(g.Entries) != 5 {
		t.Fatalf("%d entries", len(g.Entries))
	}
	e := g.Find("weapon-char")
	if e.Lang("fr").POS != "noun" || e.Lang("fr").Gender != "masculine" || len(e.Lang("fr").Variants) != 2 ||
		e.Lang("fr").Forbidden[0] != "tank" || e.Extra["status"] != "approved" || e.Lang("ru").Preferred != "танк" ||
		e.Note != `"Tank" is an anglicism; say "char".` || e.Source != "IATE" {
		t.Errorf("weapon-char = %+v %+v", e, e.Lang("fr"))
	}
	if got := g.Find("ministry-mae").Note; got != "Notes\twith\ttabs" {
		t.Errorf("tab note = %q", got)
	}
	if got := g.Find("org-test").Note; got != "multi\nline note" {
		t.Errorf("multi-line note = %q", got)
	}
	if got := g.Find("person-x").Lang("fr").Preferred; got != "=cmd|' /C calc'!A0" {
		t.Errorf("formula-like term = %q", got)
	}
	if got := g.Languages(); strings.Join(got, ",") != "fr,en,ru" {
		t.Errorf("languages = %v", got)
	}
}

// TSV → X → TSV gives the same bytes back, for every format that can hold
// everything, on the test glossary with every field and on the default one.
func TestRoundTrips(t *testing.T) {
	var def bytes.Buffer
	if err := WriteDelimited(&def, Default(), Delimited{Comma: '\t'}); err != nil {
		t.Fatal(err)
	}
	full, err := os.ReadFile(filepath.Join("testdata", "full.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	// The hand-made file is normalised once (quoting), then must be stable.
	fullG, err := ReadDelimited("full.tsv", bytes.NewReader(full), Delimited{Comma: '\t'})
	if err != nil {
		t.Fatal(err)
	}
	canon := write(t, fullG, TSV)
	for name, src := range map[string][]byte{"default": def.Bytes(), "full": canon} {
		for _, f := range []Format{TSV, CSV, TBX, TBX2, XLSX} {
			t.Run(name+"/"+string(f), func(t *testing.T) {
				g, err := ReadDelimited(name, bytes.NewReader(src), Delimited{Comma: '\t'})
				if err != nil {
					t.Fatal(err)
				}
				mid := write(t, g, f)
				back, err := Read(name+"."+string(f), bytes.NewReader(mid), f)
				if err != nil {
					t.Fatalf("reading back %s: %v", f, err)
				}
				if got := write(t, back, TSV); !bytes.Equal(got, src) {
					t.Errorf("TSV → %s → TSV differs:\n%s", f, diffLines(string(src), string(got)))
				}
			})
		}
	}
	// The seed file itself comes back byte for byte.
	seed, err := os.ReadFile(filepath.Join("..", "testdata", "glossary.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	g, _ := ReadDelimited("glossary.tsv", bytes.NewReader(seed), Delimited{Comma: '\t'})
	if got := write(t, g, TSV); !bytes.Equal(got, seed) {
		t.Errorf("seed TSV does not round-trip:\n%s", diffLines(string(seed), string(got)))
	}
}

func diffLines(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	var out []string
	for i := 0; i < max(len(al), len(bl)); i++ {
		var x, y string
		if i < len(al) {
			x = al[i]
		}
		if i < len(bl) {
			y = bl[i]
		}
		if x != y {
			out = append(out, fmt.Sprintf("line %d:\n- %q\n+ %q", i+1, x, y))
		}
		if len(out) > 5 {
			break
		}
	}
	return strings.Join(out, "\n")
}

// Golden files for the writers (go test ./glossary -update rewrites them).
func TestWriterGolden(t *testing.T) {
	g := readFile(t, filepath.Join("testdata", "full.tsv"))
	for _, tc := range []struct {
		f    Format
		file string
	}{
		{TSV, "full.golden.tsv"}, {CSV, "full.golden.csv"}, {TBX, "full.golden.tbx"},
		{TBX2, "full.golden.tbx2"}, {OmegaT, "full.golden.utf8"},
	} {
		got := write(t, g, tc.f)
		path := filepath.Join("testdata", tc.file)
		if *update {
			if err := os.WriteFile(path, got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (go test ./glossary -update)", err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs from %s:\n%s", tc.f, tc.file, diffLines(string(want), string(got)))
		}
	}
}

func TestFormulaNeutralisation(t *testing.T) {
	g := readFile(t, filepath.Join("testdata", "full.tsv"))
	out := string(write(t, g, CSV))
	for _, want := range []string{`'=cmd|' /C calc'!A0`, "'+plus", "'-minus", "'@at", "'=quoted"} {
		if !strings.Contains(out, want) {
			t.Errorf("CSV lacks neutralised %q", want)
		}
	}
	if !strings.HasPrefix(out, "\uFEFF") {
		t.Error("CSV is written without a BOM")
	}
	back, err := ReadDelimited("x.csv", strings.NewReader(out), Delimited{Comma: ','})
	if err != nil {
		t.Fatal(err)
	}
	e := back.Find("person-x")
	if e.Lang("fr").Preferred != "=cmd|' /C calc'!A0" || e.Lang("en").Preferred != "@at" || e.Lang("en").Variants[0] != "=quoted" || e.Note != "'starts with an apostrophe" {
		t.Errorf("not restored: %+v %+v", e.Lang("fr"), e.Lang("en"))
	}
}

func TestReadErrorsArePositioned(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		f        Format
		want     string
	}{
		{"g.tsv", "", TSV, "g.tsv:1: empty file"},
		{"g.tsv", "id\tnote\nx\ty\n", TSV, "g.tsv:1:1: no language column"},
		{"g.tsv", "id\tfr\tfr\n", TSV, `g.tsv:1:3: column "fr" repeats column 2`},
		{"g.tsv", "id\tfr\na\tb\tc\n", TSV, "g.tsv:2:5: 3 fields, but the header has 2 columns"},
		{"g.tsv", "id\tfr\nx\t\"never closed\ny\tz\n", TSV, "g.tsv:2:3: quoted field never closed"},
		{"g.tsv", "id\tfr\nx\t\"q\"x\n", TSV, "g.tsv:2:6: text after the closing quote"},
		{"g.csv", "id,fr\n\"a,b\n", CSV, "g.csv:2:"},
		{"g.tbx", "<tbx><text><body><conceptEntry id='a'><langSec xml:lang='fr'><termSec><term>x</term></termSec></langSec></body></text></tbx>", TBX, "g.tbx:1: element <conceptEntry> closed by </body>"},
		{"g.tbx", "<html/>", TBX, "g.tbx:1:1: root element <html>: not TBX"},
		{"g.tbx", "<tbx><text><body>\n<conceptEntry><langSec xml:lang='fr'><termSec><term>x</term></termSec></langSec></conceptEntry></body></text></tbx>", TBX, "g.tbx:2: a concept entry without an id"},
		{"g.xlsx", "not a zip", XLSX, "g.xlsx:1: not a readable XLSX workbook"},
	} {
		_, err := Read(tc.name, strings.NewReader(tc.in), tc.f)
		if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("Read(%q) = %v, want %s…", tc.in, err, tc.want)
		}
		if err != nil && !errors.Is(err, ErrFormat) {
			t.Errorf("%v does not wrap ErrFormat", err)
		}
	}
}

func TestDefaultGlossary(t *testing.T) {
	g := Default()
	if len(g.Entries) < 150 {
		t.Errorf("default glossary has %d entries, want at least 150", len(g.Entries))
	}
	domains := map[string]int{}
	for _, e := range g.Entries {
		domains[e.Domain]++
		if e.Source == "" {
			t.Errorf("%s has no source", e.ID)
		}
	}
	for _, d := range []string{"place", "ministry", "weapon", "org", "person", "event"} {
		if domains[d] < 10 {
			t.Errorf("domain %s has %d entries", d, domains[d])
		}
	}
	for _, f := range Lint(g, LintOptions{}) {
		if f.Severity == Error {
			t.Errorf("default glossary: line %d: %s", f.Line, f.Message)
		}
	}
	for _, id := range []string{"org-osce", "org-otsc", "org-euma", "place-corridor-lachin", "weapon-munition-rodeuse"} {
		if g.Find(id) == nil {
			t.Errorf("default glossary lacks %s", id)
		}
	}
}

func TestLintRules(t *testing.T) {
	const tsv = "id\tdomain\tfr\tfr_variants\ten\ten_forbidden\tfr_pos\tfr_gender\tnote\n" +
		"a\tplace\tArménie\t\tArmenia\t\t\t\t\n" + // 2
		"a\tplace\tArménie \t\tArmenia\t\t\t\t\n" + // 3: duplicate id, stray space, conflicting? same translation
		"b\tplace\tarménie\t\tArmenian Republic\t\t\t\t\n" + // 4: same source term, other translation
		"c\tweapon\tdrone  de combat\t\tcombat drone\tcombat drone\t\t\t\n" + // 5: double space, forbidden = approved
		"d\tweapon\tdrone\tdrone\t\t\tnom\tfem\t\n" + // 6: duplicate variant, empty en, bad pos and gender
		"e\torg\tArme\u0301nie libre\t\tFree Armenia\t\t\t\t\n" + // 7: not NFC
		"f\torg\tl'accord d’hier\t\tyesterday's deal\t\t\t\t\n" + // 8: mixed apostrophes
		"g h\tevent\tguerre de l’Arménie\t\tArmenian war\t\t\t\tbad\x01note\n" + // 9: bad id, contains, control char
		"i\tplace\tArménie du Nord\t\tNorth Armenia\tFree Armenia\t\t\t\n" // 10: forbidden here, approved in entry e
	g, err := ReadDelimited("l.tsv", strings.NewReader(tsv), Delimited{Comma: '\t'})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	contains := map[int]bool{}
	for _, f := range Lint(g, LintOptions{}) {
		if f.Code == LintContains {
			contains[f.Line] = true // "Arménie libre" contains "Arménie": right, but noisy here
			if f.Line != 9 || f.Column != 3 {
				continue
			}
		}
		got = append(got, fmt.Sprintf("%d:%d:%s:%s", f.Line, f.Column, f.Severity, f.Code))
	}
	if !contains[7] {
		t.Error(`"Arménie libre" should contain "Arménie"`)
	}
	want := []string{
		"3:1:error:duplicate_id", "3:3:error:stray_whitespace", "3:3:warning:duplicate_entry",
		"4:3:error:conflicting_translation",
		"5:3:error:double_space", "5:6:error:forbidden_is_approved",
		"6:4:warning:duplicate_variant", "6:5:error:empty_preferred", "6:7:error:bad_pos", "6:8:error:bad_gender",
		"7:3:error:not_nfc",
		"8:3:error:apostrophe_mix", "8:3:warning:apostrophe_mix",
		"9:1:warning:bad_id", "9:3:info:contains_term", "9:9:error:control_character",
		"10:6:error:forbidden_is_approved",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestOmegaTLayout(t *testing.T) {
	out := string(write(t, Default(), OmegaT))
	if !strings.Contains(out, "Haut-Karabakh\tNagorno-Karabakh\tplace — Disputed region; keep the hyphen. — not: Upper Karabakh, Nagorny Karabakh\n") {
		t.Errorf("OmegaT layout:\n%s", out[:300])
	}
	back, err := ReadOmegaT("g.utf8", strings.NewReader(out), "fr", "en")
	if err != nil {
		t.Fatal(err)
	}
	if e := back.Find("haut-karabakh"); e == nil || e.Lang("en").Preferred != "Nagorno-Karabakh" {
		t.Errorf("read back: %+v", e)
	}
	// A termalign TSV named .utf8 is read as such.
	tsv := write(t, Default(), TSV)
	g, err := ReadOmegaT("g.utf8", bytes.NewReader(tsv), "fr", "en")
	if err != nil || len(g.Entries) != len(Default().Entries) {
		t.Errorf("TSV as .utf8: %v", err)
	}
}

func TestEditing(t *testing.T) {
	g := Default()
	e := &Entry{Domain: "place", Langs: LangTerms{{"fr", &Terms{Preferred: "Haut-Karabakh"}}}}
	if id := NewID(g, e); id != "place-haut-karabakh-2" {
		t.Errorf("NewID = %q", id)
	}
	e.ID = "place-x"
	if err := g.Add(e); err != nil {
		t.Fatal(err)
	}
	if err := g.Add(e); !errors.Is(err, ErrDuplicateID) {
		t.Errorf("Add twice: %v", err)
	}
	if err := g.Remove("place-x"); err != nil || g.Find("place-x") != nil {
		t.Errorf("Remove: %v", err)
	}
	if err := g.Remove("place-x"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Remove twice: %v", err)
	}
}

func TestStats(t *testing.T) {
	s := Stats(readFile(t, filepath.Join("..", "testdata", "glossary.tsv")))
	if s.Entries != 29 || s.Domains["place"] != 14 || s.ByLanguage["en"].Forbidden != 14 || s.ByLanguage["fr"].Coverage != 1 {
		t.Errorf("stats = %+v", s)
	}
}

func FuzzReadDelimited(f *testing.F) {
	full, _ := os.ReadFile(filepath.Join("testdata", "full.tsv"))
	f.Add(string(full), true)
	f.Add("id,fr,en\na,\"b\"\"c\",d\n", false)
	f.Add("\uFEFFid\tfr\n'=x\t\"\n", true)
	f.Fuzz(func(t *testing.T, in string, tab bool) {
		comma := ','
		if tab {
			comma = '\t'
		}
		g, err := ReadDelimited("f", strings.NewReader(in), Delimited{Comma: comma})
		if err != nil {
			if !strings.HasPrefix(err.Error(), "f:") {
				t.Fatalf("error without position: %v", err)
			}
			return
		}
		// What was read can be written and read back to the same glossary.
		var b bytes.Buffer
		if err := WriteDelimited(&b, g, Delimited{Comma: comma}); err != nil {
			t.Fatal(err)
		}
		g2, err := ReadDelimited("f2", bytes.NewReader(b.Bytes()), Delimited{Comma: comma})
		if err != nil {
			t.Fatalf("cannot read back %q: %v", b.String(), err)
		}
		var b2 bytes.Buffer
		WriteDelimited(&b2, g2, Delimited{Comma: comma})
		if b.String() != b2.String() {
			t.Fatalf("not stable:\n%q\n%q", b.String(), b2.String())
		}
	})
}

func FuzzReadTBX(f *testing.F) {
	for _, name := range []string{"full.golden.tbx", "full.golden.tbx2"} {
		data, _ := os.ReadFile(filepath.Join("testdata", name))
		f.Add(string(data))
	}
	f.Add("<martif><text><body><termEntry id='x'><langSet xml:lang='fr'><ntig><termGrp><term>a</term></termGrp></ntig></langSet></termEntry></body></text></martif>")
	f.Fuzz(func(t *testing.T, in string) {
		_, err := ReadTBX("f.tbx", strings.NewReader(in))
		if err != nil && !strings.HasPrefix(err.Error(), "f.tbx:") {
			t.Fatalf("error without position: %v", err)
		}
	})
}

func ExampleLint() {
	g, _ := ReadDelimited("g.tsv", strings.NewReader("id\tfr\ten\nx\tArménie\t\n"), Delimited{Comma: '\t'})
	for _, f := range Lint(g, LintOptions{}) {
		fmt.Printf("%s:%d:%d: %s: %s\n", g.Name, f.Line, f.Column, f.Severity, f.Message)
	}
	// Output:
	// g.tsv:2:3: error: empty preferred term for "en"
}
