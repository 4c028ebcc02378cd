package qa

import (
	"os"
	"strings"
	"testing"

	"github.com/termalign/termalign/align"
	"github.com/termalign/termalign/glossary"
)

func readGlossary(t testing.TB, path string) *glossary.Glossary {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	g, err := glossary.ReadDelimited(path, f, glossary.Delimited{Comma: '\t'})
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func options(t testing.TB, g *glossary.Glossary) Options {
	t.Helper()
	fr, err := glossary.NewMatcher(g, glossary.MatcherOptions{Lang: "fr", Target: "en"})
	if err != nil {
		t.Fatal(err)
	}
	en, err := glossary.NewMatcher(g, glossary.MatcherOptions{Lang: "en", Target: "fr"})
	if err != nil {
		t.Fatal(err)
	}
	src, _ := LoadLanguage("fr")
	tgt, _ := LoadLanguage("en")
	return Options{SourceTerms: fr, TargetTerms: en, Source: src, Target: tgt}
}

func lines(t testing.TB, path string) []align.Sentence {
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out []align.Sentence
	for _, l := range strings.Split(string(data), "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, align.Sentence{Text: l})
		}
	}
	return out
}

// TestSeed: on the seed article with the seed glossary, exactly one
// finding: "génocide des Arméniens" rendered as "the genocide of
// Armenians".
func TestSeed(t *testing.T) {
	g := readGlossary(t, "../testdata/glossary.tsv")
	pairs, err := align.Align(lines(t, "../testdata/karabakh.fr.txt"), lines(t, "../testdata/karabakh.en.txt"), align.Options{})
	if err != nil {
		t.Fatal(err)
	}
	fs := Check(pairs, options(t, g))
	for _, f := range fs {
		t.Logf("%d %s %s %s", f.Pair, f.Problem, f.ID(), f.Detail(func(int) string { return "" }))
	}
	if len(fs) != 1 || fs[0].Problem != MissingTerm || fs[0].ID() != "event-genocide-armeniens" {
		t.Fatalf("%d findings, want the one missing_term", len(fs))
	}
}

// Roman ordinals read as numbers, and words that only look like one not.
func TestRomanOrdinals(t *testing.T) {
	fr, _ := LoadLanguage("fr")
	en, _ := LoadLanguage("en")
	for _, tc := range []struct {
		src, tgt string
		ok       bool
	}{
		{"Au VIIIe siècle", "In the 8th century", true},
		{"le Ier arrondissement", "the 1st district", true},
		{"en Inde et au Cap-Vert", "in India and Cape Verde", true},
		{"Ce jour-là, De Gaulle", "That day, De Gaulle", true},
		{"Au XIXe siècle", "In the 18th century", false},
	} {
		miss, extra := numberMismatch(fr, en, tc.src, tc.tgt)
		if (len(miss)+len(extra) == 0) != tc.ok {
			t.Errorf("%q / %q: missing %v, extra %v", tc.src, tc.tgt, miss, extra)
		}
	}
}
