package exports

import (
	"bytes"
	"errors"
	"strings"
	"testing"
)

// An OmegaT-style memory: TMX 1.4 with inline codes, a 1.1-style lang
// attribute, a note and properties.
const otherTMX = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx14.dtd">
<tmx version="1.4">
  <header creationtool="OmegaT" o-tmf="OmegaT TMX" adminlang="EN-US" datatype="plaintext" creationtoolversion="6.0" segtype="sentence" srclang="fr-FR"/>
  <body>
    <tu tuid="7">
      <prop type="file">a.odt</prop>
      <note>checked</note>
      <tuv xml:lang="fr-FR"><seg>Le <bpt i="1">&lt;b&gt;</bpt>ministère<ept i="1">&lt;/b&gt;</ept> a parlé<ph>&lt;br/&gt;</ph>.</seg></tuv>
      <tuv xml:lang="en-GB"><seg>The <hi>ministry</hi> spoke &amp; left.</seg></tuv>
    </tu>
    <tu>
      <tuv lang="FR"><seg><![CDATA[A <cdata> text]]></seg></tuv>
      <tuv lang="EN"><seg>Plain</seg></tuv>
    </tu>
  </body>
</tmx>`

func TestReadTMXOtherTools(t *testing.T) {
	var units []TU
	h, err := ReadTMX(strings.NewReader(otherTMX), func(u TU) error { units = append(units, u); return nil })
	if err != nil {
		t.Fatal(err)
	}
	if h.SrcLang != "fr-FR" || h.CreationTool != "OmegaT" || len(units) != 2 {
		t.Fatalf("header %+v, %d units", h, len(units))
	}
	tests := []struct {
		unit       int
		lang, want string
	}{
		{0, "fr", "Le ministère a parlé."},
		{0, "en", "The ministry spoke & left."},
		{1, "fr", "A <cdata> text"},
		{1, "en-US", "Plain"},
	}
	for _, tc := range tests {
		got, ok := units[tc.unit].Variant(tc.lang)
		if !ok || got != tc.want {
			t.Errorf("unit %d %s: %q, want %q", tc.unit, tc.lang, got, tc.want)
		}
	}
	if units[0].ID != "7" || units[0].Props["file"] != "a.odt" || units[0].Note != "checked" {
		t.Errorf("unit 0: %+v", units[0])
	}
}

func TestReadTMXRefuses(t *testing.T) {
	tests := []struct{ name, in string }{
		{"not tmx", `<html><body/></html>`},
		{"empty", ``},
		{"unclosed", `<tmx version="1.4"><body><tu><tuv xml:lang="fr"><seg>x</seg>`},
		{"entity", `<!DOCTYPE tmx [<!ENTITY x "y">]><tmx><body>&x;</body></tmx>`},
	}
	for _, tc := range tests {
		_, err := ReadTMX(strings.NewReader(tc.in), func(TU) error { return nil })
		if err == nil {
			t.Errorf("%s: no error", tc.name)
		}
	}
	stop := errors.New("stop")
	_, err := ReadTMX(strings.NewReader(otherTMX), func(TU) error { return stop })
	if !errors.Is(err, stop) {
		t.Errorf("the callback's error is lost: %v", err)
	}
}

// FuzzReadTMX: the TMX reader never panics, and what termalign writes it
// reads back whole.
func FuzzReadTMX(f *testing.F) {
	f.Add(otherTMX)
	f.Add(`<tmx><body><tu><tuv xml:lang="fr"><seg>a<bpt>b</bpt>c</seg></tuv></tu></body></tmx>`)
	f.Fuzz(func(t *testing.T, s string) {
		_, _ = ReadTMX(strings.NewReader(s), func(TU) error { return nil })
		doc := &Document{Name: "f", SourceLang: "fr", TargetLang: "en"}
		doc.Pairs = append(doc.Pairs, pairOf(s, "x"))
		var buf bytes.Buffer
		if err := WriteTMX(&buf, []*Document{doc}, TMXOptions{}); err != nil {
			return // a character XML forbids: refused, as it must be
		}
		var got string
		if _, err := ReadTMX(&buf, func(u TU) error { got, _ = u.Variant("fr"); return nil }); err != nil {
			t.Fatalf("our own TMX does not read back: %v", err)
		}
		if s != "" && got != s {
			t.Fatalf("round trip: %q → %q", s, got)
		}
	})
}

// FuzzReadWorkbook: any bytes given to import give an error or a result,
// never a panic.
func FuzzReadWorkbook(f *testing.F) {
	var buf bytes.Buffer
	if err := WriteWorkbook(&buf, trickyDoc(f), WorkbookOptions{}); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.Bytes())
	f.Add([]byte("PK\x03\x04 not really"))
	f.Fuzz(func(t *testing.T, data []byte) {
		_, _ = ReadWorkbook(bytes.NewReader(data))
	})
}

func TestReadMemory(t *testing.T) {
	doc, err := ReadMemory(strings.NewReader(otherTMX), "en")
	if err != nil {
		t.Fatal(err)
	}
	if doc.SourceLang != "fr-FR" || doc.TargetLang != "en-GB" || len(doc.Pairs) != 2 {
		t.Fatalf("%q → %q, %d pairs", doc.SourceLang, doc.TargetLang, len(doc.Pairs))
	}
	if p := doc.Pairs[0]; p.Source != "Le ministère a parlé." || p.Target != "The ministry spoke & left." || doc.IDs[0] != "7" {
		t.Errorf("pair 0: %+v %q", p, doc.IDs[0])
	}
	if doc.IDs[1] != "tu-2" || doc.Pairs[1].Target != "Plain" {
		t.Errorf("pair 1: %q %+v", doc.IDs[1], doc.Pairs[1])
	}
}
