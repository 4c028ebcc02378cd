package align

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// The public gold data lives beside the repository, in ../shared/bench; it
// is never copied in. Tests that need it skip, saying so, without it.
const benchDir = "../../shared/bench/alignment"

func needBench(t testing.TB) {
	t.Helper()
	if _, err := os.Stat(benchDir); err != nil {
		t.Skipf("no gold data at %s: skipping the accuracy test", benchDir)
	}
}

func readLines(t testing.TB, path string) []Sentence {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []Sentence
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		out = append(out, Sentence{Text: strings.TrimSpace(sc.Text())})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

type bead struct{ src, tgt string }

var beadRE = regexp.MustCompile(`^\[([\d,\s]*)\]\s*:\s*\[([\d,\s]*)\]`)

func readGold(t testing.TB, path string) []bead {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out []bead
	for _, line := range strings.Split(string(data), "\n") {
		m := beadRE.FindStringSubmatch(strings.TrimSpace(line))
		if m == nil {
			continue
		}
		out = append(out, bead{norm(m[1]), norm(m[2])})
	}
	return out
}

func norm(ids string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(ids, ",", " ")), ",")
}

func beadsOf(pairs []Pair) []bead {
	out := make([]bead, len(pairs))
	for k, p := range pairs {
		out[k] = bead{ids(p.Src), ids(p.Tgt)}
	}
	return out
}

func ids(s Span) string {
	parts := make([]string, 0, s.Len())
	for i := s.Start; i < s.End; i++ {
		parts = append(parts, strconv.Itoa(i))
	}
	return strings.Join(parts, ",")
}

// counts is strict precision and recall counts, scored as Vecalign's
// score.py does: recall ignores beads with an empty side.
type counts struct{ hitP, nTest, hitR, nGold int }

func score(gold, test []bead) counts {
	g := map[bead]bool{}
	for _, b := range gold {
		g[b] = true
	}
	var c counts
	for _, b := range test {
		c.nTest++
		if g[b] {
			c.hitP++
		}
	}
	tset := map[bead]bool{}
	for _, b := range test {
		if b.src != "" && b.tgt != "" {
			tset[b] = true
		}
	}
	for _, b := range gold {
		if b.src != "" && b.tgt != "" {
			c.nGold++
			if tset[b] {
				c.hitR++
			}
		}
	}
	return c
}

func (c counts) add(d counts) counts {
	return counts{c.hitP + d.hitP, c.nTest + d.nTest, c.hitR + d.hitR, c.nGold + d.nGold}
}

func (c counts) f1() float64 {
	p := float64(c.hitP) / float64(max(c.nTest, 1))
	r := float64(c.hitR) / float64(max(c.nGold, 1))
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

type benchDoc struct{ src, tgt, gold string }

func textBerg(names ...string) []benchDoc {
	var out []benchDoc
	for _, n := range names {
		base := filepath.Join(benchDir, "textberg_de-fr", n)
		out = append(out, benchDoc{base + ".de", base + ".fr", base + ".defr"})
	}
	return out
}

func baf() []benchDoc {
	var out []benchDoc
	for _, n := range []string{"tao1", "tao2", "tao3"} {
		base := filepath.Join(benchDir, "baf_fr-en", n)
		out = append(out, benchDoc{base + ".fr", base + ".en", base + ".fr-en"})
	}
	return out
}

func evalDocs(t testing.TB, docs []benchDoc, opts Options) counts {
	var total counts
	for _, d := range docs {
		pairs, err := Align(readLines(t, d.src), readLines(t, d.tgt), opts)
		if err != nil {
			t.Fatal(err)
		}
		total = total.add(score(readGold(t, d.gold), beadsOf(pairs)))
	}
	return total
}

// TestAccuracy holds the aligner to the figures of the README: strict F1 on
// the Text+Berg test documents and on BAF.
func TestAccuracy(t *testing.T) {
	needBench(t)
	tests := []struct {
		name string
		docs []benchDoc
		min  float64
	}{
		{"textberg-test", textBerg("test0", "test1", "test2", "test3", "test4", "test5", "test6"), 0.80},
		{"baf", baf(), 0.95},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := evalDocs(t, tc.docs, Options{}).f1()
			t.Logf("strict F1 %.4f", f)
			if f < tc.min {
				t.Errorf("strict F1 %.4f, want ≥ %.2f", f, tc.min)
			}
		})
	}
}

// TestDevReport prints the dev figures used for tuning (go test -run
// DevReport -v ./align).
func TestDevReport(t *testing.T) {
	needBench(t)
	if !testing.Verbose() {
		t.Skip("a report: run with -v")
	}
	dev := evalDocs(t, textBerg("dev"), Options{})
	one := evalDocs(t, textBerg("dev"), Options{NoLearn: true})
	fmt.Printf("dev strict F1 %.4f (one pass %.4f)\n", dev.f1(), one.f1())
}

// concat joins documents (repeated times) into one, with their gold
// beads renumbered: the long-input case.
func concat(t testing.TB, docs []benchDoc, times int) (src, tgt []Sentence, gold []bead) {
	for r := 0; r < times; r++ {
		for _, d := range docs {
			s, g := readLines(t, d.src), readLines(t, d.tgt)
			for _, b := range readGold(t, d.gold) {
				gold = append(gold, bead{shift(b.src, len(src)), shift(b.tgt, len(tgt))})
			}
			src, tgt = append(src, s...), append(tgt, g...)
		}
	}
	return src, tgt, gold
}

func shift(ids string, by int) string {
	if ids == "" {
		return ""
	}
	parts := strings.Split(ids, ",")
	for i, p := range parts {
		n, _ := strconv.Atoi(p)
		parts[i] = strconv.Itoa(n + by)
	}
	return strings.Join(parts, ",")
}

// TestLongInput: all Text+Berg documents joined and repeated 9 times
// (13,131 × 14,085 sentences) go through the coarse-to-fine search and
// must align as well as the documents one by one.
func TestLongInput(t *testing.T) {
	needBench(t)
	if testing.Short() {
		t.Skip("long input: skipped with -short")
	}
	docs := textBerg("dev", "test0", "test1", "test2", "test3", "test4", "test5", "test6")
	src, tgt, gold := concat(t, docs, 9)
	pairs, err := Align(src, tgt, Options{})
	if err != nil {
		t.Fatal(err)
	}
	long := score(gold, beadsOf(pairs)).f1()
	single := evalDocs(t, docs, Options{}).f1()
	t.Logf("%d × %d sentences: strict F1 %.4f; documents one by one %.4f", len(src), len(tgt), long, single)
	if long < single-0.01 {
		t.Errorf("strict F1 %.4f on the long input, %.4f on its documents", long, single)
	}
}

// TestScoreSeparates: on the dev document, pairs scoring at least
// LowScore are right far more often than the ones under it, so that the
// mark in the workbook points a reviewer at the errors.
func TestScoreSeparates(t *testing.T) {
	needBench(t)
	for _, docs := range [][]benchDoc{textBerg("dev"), baf()} {
		var hi, hiOK, lo, loOK int
		for _, d := range docs {
			pairs, err := Align(readLines(t, d.src), readLines(t, d.tgt), Options{})
			if err != nil {
				t.Fatal(err)
			}
			gold := map[bead]bool{}
			for _, b := range readGold(t, d.gold) {
				gold[b] = true
			}
			for _, p := range pairs {
				if p.Src.Len() == 0 || p.Tgt.Len() == 0 {
					continue
				}
				ok := gold[bead{ids(p.Src), ids(p.Tgt)}]
				if p.Score >= LowScore {
					hi++
					if ok {
						hiOK++
					}
				} else {
					lo++
					if ok {
						loOK++
					}
				}
			}
		}
		pHi, pLo := float64(hiOK)/float64(max(hi, 1)), float64(loOK)/float64(max(lo, 1))
		t.Logf("%s: %d pairs ≥ %.2f, %.1f%% right; %d under, %.1f%% right", filepath.Base(filepath.Dir(docs[0].src)), hi, LowScore, 100*pHi, lo, 100*pLo)
		if pHi < pLo+0.2 {
			t.Errorf("the score does not separate: %.2f right above, %.2f under", pHi, pLo)
		}
	}
}
