package qa

import (
	"fmt"
	"testing"

	"github.com/termalign/termalign/align"
	"github.com/termalign/termalign/glossary"
)

// BenchmarkCheck checks 100,000 aligned pairs (the planted set repeated,
// each copy numbered so that inconsistency has work to do).
func BenchmarkCheck(b *testing.B) {
	set := readPlanted(b)
	pairs := make([]align.Pair, 100000)
	for k := range pairs {
		p := set[k%len(set)]
		n := fmt.Sprintf(" (%d)", k/len(set))
		pairs[k] = align.Pair{Src: align.Span{Start: k, End: k + 1}, Tgt: align.Span{Start: k, End: k + 1}, Source: p.source + n, Target: p.text + n}
	}
	opts := options(b, glossary.Default())
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Check(pairs, opts)
	}
	b.ReportMetric(float64(b.Elapsed().Seconds())/float64(b.N), "s/100k-pairs")
}

// FuzzCheck: any pair of texts is checked without a panic, and numbers
// read the same on both sides are never a mismatch.
func FuzzCheck(f *testing.F) {
	f.Add("Le 12 mai, 6 500 morts.", "On 12 May, 6,500 dead.")
	f.Add("XXe siècle, quarante-neuf", "20th century, 49")
	f.Add("3,5 %", "")
	opts := options(f, glossary.Default())
	f.Fuzz(func(t *testing.T, src, tgt string) {
		pairs := []align.Pair{{Src: align.Span{Start: 0, End: 1}, Tgt: align.Span{Start: 0, End: 1}, Source: src, Target: tgt}}
		Check(pairs, opts)
		same := []align.Pair{{Src: align.Span{Start: 0, End: 1}, Tgt: align.Span{Start: 0, End: 1}, Source: src, Target: src}}
		for _, fd := range Check(same, Options{Source: opts.Source, Target: opts.Source}) {
			if fd.Problem == NumberMismatch {
				t.Fatalf("%q against itself: %v %v", src, fd.Missing, fd.Extra)
			}
		}
	})
}
