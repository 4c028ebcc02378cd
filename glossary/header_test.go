package glossary

import (
	"strings"
	"testing"
)

// Glossaries as terminologists keep them: headers in any case, BCP 47
// tags, no id column, a French Excel CSV.
func TestHeadersAsWritten(t *testing.T) {
	tests := []struct {
		name, file, text string
		format           Format
		cols             []string
		lang, term       string
	}{
		{"capitals", "g.tsv", "ID\tFR\tEN\tEN_Forbidden\nx\tArménie\tArmenia\tArmenie\n", TSV,
			[]string{"id", "fr", "en", "en_forbidden"}, "en", "Armenia"},
		{"regions", "g.tsv", "id\tfr-FR\ten_GB\nx\tArménie\tArmenia\n", TSV,
			[]string{"id", "fr-FR", "en-GB"}, "en-GB", "Armenia"},
		{"two columns, no id", "g.tsv", "fr\ten\nministère de la défense\tdefence ministry\n", TSV,
			[]string{"id", "fr", "en"}, "en", "defence ministry"},
		{"French Excel CSV", "g.csv", "id;fr;en;note\r\nx;\"Arménie\";Armenia;\"un; deux\"\r\n", CSV,
			[]string{"id", "fr", "en", "note"}, "en", "Armenia"},
		{"tabs in a .csv", "g.csv", "fr\ten\nBakou\tBaku\n", CSV,
			[]string{"id", "fr", "en"}, "en", "Baku"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g, err := Read(tc.file, strings.NewReader(tc.text), tc.format)
			if err != nil {
				t.Fatal(err)
			}
			if strings.Join(g.Columns, ",") != strings.Join(tc.cols, ",") {
				t.Errorf("columns %v, want %v", g.Columns, tc.cols)
			}
			if len(g.Entries) != 1 || g.Entries[0].Lang(tc.lang).Preferred != tc.term || g.Entries[0].ID == "" {
				t.Fatalf("entries %+v", g.Entries)
			}
		})
	}
}

func TestDerivedIDsAreStable(t *testing.T) {
	text := "fr\ten\nBakou\tBaku\nErevan\tYerevan\n"
	a, _ := Read("a.tsv", strings.NewReader(text), TSV)
	b, _ := Read("b.tsv", strings.NewReader(text), TSV)
	if a.Entries[0].ID != b.Entries[0].ID || a.Entries[0].ID == a.Entries[1].ID {
		t.Fatalf("ids %q %q %q", a.Entries[0].ID, b.Entries[0].ID, a.Entries[1].ID)
	}
}

func TestLangColumn(t *testing.T) {
	g, _ := Read("g.tsv", strings.NewReader("id\tfr-FR\ten-GB\nx\ta\tb\n"), TSV)
	tests := []struct{ tag, want string }{
		{"fr", "fr-FR"}, {"FR", "fr-FR"}, {"fr_CA", "fr-FR"}, {"en-GB", "en-GB"}, {"en", "en-GB"}, {"de", ""},
	}
	for _, tc := range tests {
		if got, _ := g.LangColumn(tc.tag); got != tc.want {
			t.Errorf("LangColumn(%q) = %q, want %q", tc.tag, got, tc.want)
		}
	}
}

func TestSuspiciousColumns(t *testing.T) {
	g, err := Read("g.tsv", strings.NewReader("id\tfr\ten\ten_forbiden\tdomian\tfr_varients\tcomment\nx\ta\tb\tc\td\te\tf\n"), TSV)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, h := range g.SuspiciousColumns() {
		got[h.Column] = h.Suggestion
	}
	want := map[string]string{"en_forbiden": "en_forbidden", "domian": "domain", "fr_varients": "fr_variants"}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s: suggestion %q, want %q", k, got[k], v)
		}
	}
	if _, ok := got["comment"]; ok {
		t.Error("comment is an honest extra column")
	}
}
