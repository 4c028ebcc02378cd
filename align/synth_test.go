package align

import (
	"bufio"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// synthetic builds a long document pair of about n sentences a side from
// the Text+Berg documents, repeated, with seeded damage on either side at
// the given rate (the share of beads changed): two neighbouring beads
// merged into one sentence on one side, a sentence split at a comma, a
// sentence whose counterpart was deleted. The gold beads follow every
// change.
func synthetic(t testing.TB, n int, rate float64, seed int64) (src, tgt []Sentence, gold []bead) {
	docs := textBerg("dev", "test0", "test1", "test2", "test3", "test4", "test5", "test6")
	baseSrc, baseTgt, baseGold := concat(t, docs, 1)
	rng := rand.New(rand.NewSource(seed))
	var units []unit
	for count := 0; count < n; {
		for _, b := range baseGold {
			units = append(units, unit{texts(baseSrc, b.src), texts(baseTgt, b.tgt)})
			count += len(units[len(units)-1].s)
		}
	}
	out := units[:0]
	for k := 0; k < len(units); k++ {
		u := units[k]
		one := len(u.s) == 1 && len(u.t) == 1
		nextOne := k+1 < len(units) && len(units[k+1].s) == 1 && len(units[k+1].t) == 1
		r := rng.Float64() / rate // < 1 at the given rate
		switch {
		case r < 1.0/6 && one && nextOne: // the target joins two sentences: 2-1
			u = unit{append(u.s, units[k+1].s...), []string{u.t[0] + " " + units[k+1].t[0]}}
			k++
		case r < 2.0/6 && one && nextOne: // the source joins two: 1-2
			u = unit{[]string{u.s[0] + " " + units[k+1].s[0]}, append(u.t, units[k+1].t...)}
			k++
		case r < 3.0/6 && one: // the target splits at a comma: 1-2
			u.t = splitAtComma(u.t)
		case r < 4.0/6 && one: // the source splits: 2-1
			u.s = splitAtComma(u.s)
		case r < 5.0/6: // the translation was deleted: 1-0
			u.t = nil
		case r < 1: // the source was deleted: 0-1
			u.s = nil
		}
		out = append(out, u)
	}
	for _, u := range out {
		var bs, bt []string
		for _, s := range u.s {
			bs = append(bs, strconv.Itoa(len(src)))
			src = append(src, Sentence{Text: s})
		}
		for _, s := range u.t {
			bt = append(bt, strconv.Itoa(len(tgt)))
			tgt = append(tgt, Sentence{Text: s})
		}
		if len(bs)+len(bt) > 0 {
			gold = append(gold, bead{strings.Join(bs, ","), strings.Join(bt, ",")})
		}
	}
	return src, tgt, gold
}

type unit struct{ s, t []string }

// splitAtComma cuts a one-sentence side in two at a comma in its middle,
// if it has one.
func splitAtComma(side []string) []string {
	s := side[0]
	if i := strings.Index(s, " , "); i > 10 && i < len(s)-10 {
		return []string{s[:i+2], s[i+3:]}
	}
	return side
}

func texts(s []Sentence, ids string) []string {
	if ids == "" {
		return nil
	}
	var out []string
	for _, p := range strings.Split(ids, ",") {
		i, _ := strconv.Atoi(p)
		out = append(out, s[i].Text)
	}
	return out
}

// TestSynthetic aligns a synthetic long pair and holds it to the F1 of the
// documents it was built from. ALIGN_SYNTH_N sets the size (default
// 20,000; the README's figure is at 100,000), ALIGN_SYNTH_RATE the share
// of damaged beads (default 0.01), and ALIGN_SYNTH_DIR writes the pair
// and its gold there for timing the binary.
func TestSynthetic(t *testing.T) {
	needBench(t)
	if testing.Short() {
		t.Skip("long input: skipped with -short")
	}
	n, rate := 20000, 0.01
	if v, err := strconv.Atoi(os.Getenv("ALIGN_SYNTH_N")); err == nil {
		n = v
	}
	if v, err := strconv.ParseFloat(os.Getenv("ALIGN_SYNTH_RATE"), 64); err == nil && v > 0 {
		rate = v
	}
	src, tgt, gold := synthetic(t, n, rate, 1)
	if dir := os.Getenv("ALIGN_SYNTH_DIR"); dir != "" {
		writeSynth(t, dir, src, tgt, gold)
	}
	pairs, err := Align(src, tgt, Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, len(src), len(tgt), pairs)
	got := score(gold, beadsOf(pairs)).f1()
	base := evalDocs(t, textBerg("dev", "test0", "test1", "test2", "test3", "test4", "test5", "test6"), Options{}).f1()
	t.Logf("%d × %d synthetic sentences: strict F1 %.4f; the documents it was built from %.4f", len(src), len(tgt), got, base)
	if got < base {
		t.Errorf("strict F1 %.4f, want no worse than %.4f", got, base)
	}
}

func writeSynth(t testing.TB, dir string, src, tgt []Sentence, gold []bead) {
	write := func(name string, lines func(w *bufio.Writer)) {
		f, err := os.Create(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		w := bufio.NewWriter(f)
		lines(w)
		if err := w.Flush(); err != nil {
			t.Fatal(err)
		}
		if err := f.Close(); err != nil {
			t.Fatal(err)
		}
	}
	write("synth.de", func(w *bufio.Writer) {
		for _, s := range src {
			fmt.Fprintln(w, s.Text)
		}
	})
	write("synth.fr", func(w *bufio.Writer) {
		for _, s := range tgt {
			fmt.Fprintln(w, s.Text)
		}
	})
	write("synth.defr", func(w *bufio.Writer) {
		for _, b := range gold {
			fmt.Fprintf(w, "[%s]:[%s]\n", strings.ReplaceAll(b.src, ",", ", "), strings.ReplaceAll(b.tgt, ",", ", "))
		}
	})
}
