package cli

import (
	"testing"

	"github.com/termalign/termalign/glossary"
	"github.com/termalign/termalign/segment"
)

// The records the workers half-render are byte for byte those of
// appendTermRecord, for the first hit of a batch and the ones after.
func TestTermBatchRecords(t *testing.T) {
	g := glossary.Default()
	m, err := glossary.NewMatcher(g, glossary.MatcherOptions{Lang: "fr"})
	if err != nil {
		t.Fatal(err)
	}
	sents := []segment.Sentence{
		{Index: 7, Start: 100, Text: "Les troupes azerbaïdjanaises visent l’Arménie et le \"Haut-Karabakh\"."},
		{Index: 8, Start: 180, Text: "Rien ici."},
		{Index: 9, Start: 200, Text: "Bakou accuse Erevan\tde tirs de mortiers."},
	}
	var tb termBatch
	var all []glossary.Hit
	var of []segment.Sentence
	for _, s := range sents {
		for _, h := range m.Find(s.Text) {
			tb.render(h)
			all = append(all, h)
			of = append(of, s)
		}
	}
	if len(all) < 3 {
		t.Fatalf("only %d hits: the test needs more", len(all))
	}
	for k, h := range all {
		got := string(tb.appendRecord(nil, of[k], h, k))
		if want := string(appendTermRecord(nil, of[k], h)); got != want {
			t.Errorf("hit %d:\n got %s\nwant %s", k, got, want)
		}
	}
}
