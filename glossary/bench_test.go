package glossary

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// synthetic builds a glossary of n entries shaped like real ones: single
// names, "noun adjective" and "noun de complement" terms, with variants and
// forbidden forms, French and English.
func synthetic(n int) *Glossary {
	nouns := []string{"ministère", "drone", "mortier", "accord", "corridor", "char", "missile", "bataillon", "brigade", "frontière", "district", "commission", "mission", "force", "système", "lance-roquettes", "obusier", "véhicule", "unité", "conseil"}
	adjs := []string{"naval", "blindé", "tactique", "régional", "militaire", "national", "lourd", "léger", "aérien", "frontalier"}
	comps := []string{"combat", "paix", "défense", "sécurité", "transport", "reconnaissance", "tranchée", "surveillance", "maintien", "coopération"}
	word := func(i int) string { // a pronounceable unique word
		const cons, vow = "bdfgklmnprstvz", "aeiou"
		var b strings.Builder
		for i >= 0 {
			b.WriteByte(cons[i%len(cons)])
			b.WriteByte(vow[(i/len(cons))%len(vow)])
			i = i/(len(cons)*len(vow)) - 1
		}
		return b.String()
	}
	g := &Glossary{Name: "synthetic", Columns: []string{"id", "domain", "fr", "fr_variants", "en", "en_forbidden"}}
	for i := 0; i < n; i++ {
		w := word(i)
		var fr, en string
		domain := "weapon"
		switch i % 3 {
		case 0:
			fr, en, domain = strings.ToUpper(w[:1])+w[1:]+"ville", strings.ToUpper(w[:1])+w[1:]+"ville", "place"
		case 1:
			fr = nouns[i%len(nouns)] + " " + adjs[(i/7)%len(adjs)] + " " + w
			en = adjs[(i/7)%len(adjs)] + " " + w + " unit"
		default:
			fr = nouns[i%len(nouns)] + " de " + comps[(i/11)%len(comps)] + " " + w
			en = w + " " + comps[(i/11)%len(comps)] + " system"
		}
		e := &Entry{ID: fmt.Sprintf("e%d", i), Domain: domain, Langs: LangTerms{
			{"fr", &Terms{Preferred: fr, Variants: []string{w + " " + nouns[(i+3)%len(nouns)]}}},
			{"en", &Terms{Preferred: en, Forbidden: []string{w + " thing"}}},
		}}
		g.Entries = append(g.Entries, e)
	}
	return g
}

func BenchmarkNewMatcher100k(b *testing.B) {
	g := synthetic(100000)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := NewMatcher(g, MatcherOptions{Lang: "fr"}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkFind100k(b *testing.B) {
	g := synthetic(100000)
	g.Entries = append(g.Entries, Default().Entries...)
	runtime.GC()
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	m, err := NewMatcher(g, MatcherOptions{Lang: "fr"})
	if err != nil {
		b.Fatal(err)
	}
	runtime.GC()
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	seed, err := os.ReadFile(filepath.Join("..", "testdata", "karabakh.fr.txt"))
	if err != nil {
		b.Fatal(err)
	}
	lines := strings.Split(string(seed), "\n")
	b.SetBytes(int64(len(seed)))
	b.ReportAllocs()
	b.ResetTimer()
	hits := 0
	for i := 0; i < b.N; i++ {
		for _, l := range lines {
			m.Each(l, func(Hit) { hits++ })
		}
	}
	if hits == 0 {
		b.Fatal("no hits")
	}
	b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/(1<<20), "matcher-MB")
}
