package glossary

import (
	"strings"
	"testing"
)

func TestLookup(t *testing.T) {
	g, err := Read("g.tsv", strings.NewReader("id\tdomain\tfr\ten\tfr_forbidden\n"+
		"a\tplace\tHaut-Karabakh\tNagorno-Karabakh\tKarabagh\n"+
		"b\tplace\tKarabakh\tKarabakh\t\n"+
		"c\tweapon\tdrone\tdrone\t\n"), TSV)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ term, want string }{
		{"karabakh", "b"},            // exact beats partial
		{"KARABAGH", "a"},            // a forbidden term counts
		{"haut", "a"},                // partial only
		{"  Nagorno-Karabakh ", "a"}, // trimmed
		{"karab", "a,b"},             // partial, in glossary order
		{"", ""},
		{"missile", ""},
	} {
		var ids []string
		for _, e := range g.Lookup(tc.term) {
			ids = append(ids, e.ID)
		}
		if got := strings.Join(ids, ","); got != tc.want {
			t.Errorf("Lookup(%q) = %q, want %q", tc.term, got, tc.want)
		}
	}
}

func TestNeedsDecoding(t *testing.T) {
	for _, tc := range []struct {
		f           Format
		raw         string
		text, utf16 bool
	}{
		{TSV, "id\tfr", true, false},
		{CSV, "", true, false},
		{TBX, "<?xml", false, false},
		{TBX, "\xff\xfe<\x00", false, true},
		{TBX2, "<\x00?\x00", false, true},
		{XLSX, "PK", false, false},
	} {
		if text, utf16 := NeedsDecoding(tc.f, []byte(tc.raw)); text != tc.text || utf16 != tc.utf16 {
			t.Errorf("NeedsDecoding(%s, %q) = %v, %v", tc.f, tc.raw, text, utf16)
		}
	}
}
