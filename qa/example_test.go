package qa_test

import (
	"fmt"

	"github.com/termalign/termalign/align"
	"github.com/termalign/termalign/glossary"
	"github.com/termalign/termalign/qa"
)

// Check a pair whose number changed and whose term was left out.
func ExampleCheck() {
	g := glossary.Default()
	fr, _ := glossary.NewMatcher(g, glossary.MatcherOptions{Lang: "fr", Target: "en"})
	en, _ := glossary.NewMatcher(g, glossary.MatcherOptions{Lang: "en", Target: "fr"})
	src, _ := qa.LoadLanguage("fr")
	tgt, _ := qa.LoadLanguage("en")
	pairs := []align.Pair{{
		Src: align.Span{Start: 0, End: 1}, Tgt: align.Span{Start: 0, End: 1},
		Source: "Les drones de combat ont tué 6 500 soldats.",
		Target: "The drones killed 6,400 soldiers.",
	}}
	for _, f := range qa.Check(pairs, qa.Options{SourceTerms: fr, TargetTerms: en, Source: src, Target: tgt}) {
		fmt.Println(f.Problem, f.ID(), f.Detail(func(int) string { return "" }))
	}
	// Output:
	// number_mismatch  not in the target: 6 500; only in the target: 6,400
	// missing_term weapon-drone-combat "drones de combat" is translated without "combat drone"
}
