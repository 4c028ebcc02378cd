package align

import (
	"math"

	"github.com/termalign/termalign/glossary"
)

// tuning, when set (by the tests that measure the constants), adjusts the
// model of every run.
var tuning func(*model, *weights)

// aligner holds one alignment run.
type aligner struct {
	opts  Options
	f     *features
	a, b  *side
	model model
	wt    weights
}

func newAligner(src, tgt []Sentence, opts Options) *aligner {
	f := &features{ids: map[string]int32{}}
	al := &aligner{opts: opts, f: f, model: defaultModel(), wt: defaultWeights}
	if tuning != nil {
		tuning(&al.model, &al.wt)
	}
	al.a = readSide(src, f)
	al.b = readSide(tgt, f)
	al.terms(al.a, opts.SourceTerms)
	al.terms(al.b, opts.TargetTerms)
	if opts.Dictionary.Len() > 0 {
		al.dictionary(opts.Dictionary.pairs, anchorDict, "d:")
	}
	al.model.c = lengthRatio(al.a.lens, al.b.lens)
	return al
}

// lengthRatio is the first guess of the length model's ratio: the ratio
// of the sides' total lengths, measured best on the dev document; but
// when one side has over twice the sentences of the other, much of it has
// no counterpart and totals mislead, so the ratio of the mean sentence
// lengths is taken instead.
func lengthRatio(a, b []float64) float64 {
	n, m := float64(len(a)), float64(len(b))
	ta, tb := total(a), total(b)
	if ta < 1 || tb < 1 {
		return 1
	}
	c := tb / ta
	if n > 2*m || m > 2*n {
		c = (tb / m) / (ta / n)
	}
	return math.Min(math.Max(c, 0.2), 5)
}

func total(x []float64) float64 {
	s := 0.0
	for _, v := range x {
		s += v
	}
	return s
}

// terms adds a glossary concept anchor for every term the matcher finds.
func (al *aligner) terms(s *side, m *glossary.Matcher) {
	if m == nil {
		return
	}
	for i, st := range s.sents {
		m.Each(st.Text, func(h glossary.Hit) {
			s.keys[i] = append(s.keys[i], al.f.id(anchorTerm, "g:"+h.Entry.ID))
		})
	}
}

// dictionary adds an anchor for every word pair of pairs (source word →
// target words) found on the two sides.
func (al *aligner) dictionary(pairs map[string][]string, kind anchorKind, tag string) {
	rev := map[string][]string{}
	for s, ts := range pairs {
		for _, t := range ts {
			rev[t] = append(rev[t], s)
		}
	}
	add := func(sd *side, lookup func(w string) []string, key func(w, x string) string) {
		for i, ws := range sd.words {
			for _, w := range ws {
				name := sd.names[w]
				for _, x := range lookup(name) {
					sd.keys[i] = append(sd.keys[i], al.f.id(kind, tag+key(name, x)))
				}
			}
		}
	}
	add(al.a, func(w string) []string { return pairs[w] }, func(w, x string) string { return w + "\x00" + x })
	add(al.b, func(w string) []string { return rev[w] }, func(w, x string) string { return x + "\x00" + w })
}

// run aligns in two passes: the first with the anchors known beforehand,
// the second after fitting the length model and learning a translation
// table from the first pass's confident beads.
func (al *aligner) run() []corner {
	progress := al.opts.Progress
	passes := 2
	if al.opts.NoLearn {
		passes = 1
	}
	var path []corner
	for pass := 0; pass < passes; pass++ {
		weigh(al.a, al.b, al.f, al.wt)
		la, lb := al.levelSides()
		var prog func(done, total int)
		if progress != nil {
			p := pass
			prog = func(done, total int) { progress(p*total+done, passes*total) }
		}
		if pass == 0 {
			path = search(la, lb, &al.model, prog)
		} else {
			path = refine(la, lb, &al.model, path, prog)
		}
		if pass+1 < passes {
			al.refit(path, la, lb)
			al.learn(path, la, lb)
		}
	}
	return path
}

func (al *aligner) levelSides() (*levelSide, *levelSide) {
	la := newLevelSide(al.a.lens, al.a.vecs, al.a.norm2)
	lb := newLevelSide(al.b.lens, al.b.vecs, al.b.norm2)
	la.parBreak = parBreaks(al.a.sents)
	lb.parBreak = parBreaks(al.b.sents)
	la.glued, lb.glued = gluedTo(al.a.sents), gluedTo(al.b.sents)
	return la, lb
}

func parBreaks(s []Sentence) []bool {
	out := make([]bool, len(s))
	for i := 0; i+1 < len(s); i++ {
		out[i] = s[i+1].Par != s[i].Par
	}
	return out
}

// confident lists the 1-1 beads of path whose score is at least min.
func (al *aligner) confident(path []corner, la, lb *levelSide, minScore float64) []corner {
	var out []corner
	for k := 1; k < len(path); k++ {
		p, q := path[k-1], path[k]
		if q.i-p.i == 1 && q.j-p.j == 1 && al.model.confidence(directStats(la, lb, p.i, 1, p.j, 1)) >= minScore {
			out = append(out, p)
		}
	}
	return out
}

// refit sets the length model's ratio and variance from the confident 1-1
// beads of the first pass, when there are enough of them.
func (al *aligner) refit(path []corner, la, lb *levelSide) {
	beads := al.confident(path, la, lb, 0.5)
	if len(beads) < 20 {
		return
	}
	var sa, sb float64
	for _, p := range beads {
		sa += la.lens[p.i]
		sb += lb.lens[p.j]
	}
	c := sb / math.Max(sa, 1)
	var v float64
	for _, p := range beads {
		l := math.Max(la.lens[p.i], 1)
		d := lb.lens[p.j] - c*l
		v += d * d / l
	}
	s2 := v / float64(len(beads))
	al.model.c = c
	al.model.s2 = math.Min(math.Max(s2, 2), 40)
}

// pairs turns a path into Pairs with their scores.
func (al *aligner) pairs(path []corner) []Pair {
	la, lb := al.levelSides()
	post := posteriors(la, lb, &al.model, path)
	out := make([]Pair, 0, len(path)-1)
	for k := 1; k < len(path); k++ {
		p, q := path[k-1], path[k]
		pr := Pair{Src: Span{p.i, q.i}, Tgt: Span{p.j, q.j}}
		pr.Source = join(al.a.sents, pr.Src)
		pr.Target = join(al.b.sents, pr.Tgt)
		if pr.Src.Len() > 0 && pr.Tgt.Len() > 0 {
			pr.Score = min(post[k-1], post[k])
		}
		out = append(out, pr)
	}
	return out
}

// directStats is stats for one bead, its dot products computed afresh.
func directStats(a, b *levelSide, i, ka, j, kb int) beadStats {
	return stats(a, b, beadDots(a, b, i, ka, j, kb), i, ka, j, kb)
}
