package qa

import (
	"os"
	"strings"
	"testing"

	"github.com/termalign/termalign/align"
	"github.com/termalign/termalign/glossary"
)

type planted struct {
	want         map[Problem]bool
	source, text string
	line         int
}

func readPlanted(t testing.TB) []planted {
	data, err := os.ReadFile("testdata/planted.tsv")
	if err != nil {
		t.Fatal(err)
	}
	var out []planted
	for n, l := range strings.Split(string(data), "\n") {
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		f := strings.Split(l, "\t")
		if len(f) != 3 {
			t.Fatalf("planted.tsv:%d: want 3 fields, got %d", n+1, len(f))
		}
		p := planted{want: map[Problem]bool{}, source: f[1], text: f[2], line: n + 1}
		if f[0] != "-" {
			for _, k := range strings.Split(f[0], ",") {
				p.want[Problem(k)] = true
			}
		}
		out = append(out, p)
	}
	return out
}

// TestPlanted measures recall and false alarms on the planted test set
// (testdata/planted.tsv) with the default glossary.
func TestPlanted(t *testing.T) {
	set := readPlanted(t)
	pairs := make([]align.Pair, len(set))
	for k, p := range set {
		pairs[k] = align.Pair{Src: align.Span{Start: k, End: k + 1}, Tgt: align.Span{Start: k, End: k + 1}, Source: p.source, Target: p.text}
		if p.text == "" {
			pairs[k].Tgt.End = k
		}
	}
	fs := Check(pairs, options(t, glossary.Default()))
	got := make([]map[Problem]bool, len(set))
	for _, f := range fs {
		if got[f.Pair] == nil {
			got[f.Pair] = map[Problem]bool{}
		}
		got[f.Pair][f.Problem] = true
	}
	planted, found, falseAlarms := 0, 0, 0
	for k, p := range set {
		for kind := range p.want {
			planted++
			if got[k][kind] {
				found++
			} else {
				t.Logf("planted.tsv:%d: missed %s", p.line, kind)
			}
		}
		for kind := range got[k] {
			if !p.want[kind] {
				falseAlarms++
				t.Logf("planted.tsv:%d: false alarm %s", p.line, kind)
			}
		}
	}
	recall := float64(found) / float64(planted)
	t.Logf("%d segments, %d planted faults: recall %.3f (%d found), %d false alarms (%.3f a segment)",
		len(set), planted, recall, found, falseAlarms, float64(falseAlarms)/float64(len(set)))
	if recall < 0.95 {
		t.Errorf("recall %.3f, want ≥ 0.95", recall)
	}
	if falseAlarms*25 >= len(set) {
		t.Errorf("%d false alarms in %d segments, want fewer than one in 25", falseAlarms, len(set))
	}
}
