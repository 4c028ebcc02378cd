package align

import "math"

// A pair's score is the probability that the alignment passes through
// both of its corners, under a soft version of the search's cost (each
// path weighted by exp(−cost/temperature)), computed forward and backward
// in a band around the chosen path. A pair with a near-equal rival
// (joined with a neighbour, split, shifted) scores low even when its own
// fit looks good: that is what a reviewer needs to know.

// temperature turns cost differences into probabilities; measured on the
// dev document.
const temperature = 1.0

// posteriors returns, for each corner of path, the probability that the
// alignment passes through it.
func posteriors(a, b *levelSide, m *model, path []corner) []float64 {
	n, mm := len(a.lens), len(b.lens)
	w := project(path, 1, n, mm, refineBand)
	cd := newCrossDots(a, b, w)
	fwd := make([]float64, w.cells)
	bwd := make([]float64, w.cells)
	at := func(i, j int) int { return w.off[i] + j - w.lo[i] }
	// The two directions are independent: one goroutine each.
	done := make(chan struct{})
	go func() {
		defer close(done)
		var terms []float64
		for i := n; i >= 0; i-- {
			for j := w.hi[i]; j >= w.lo[i]; j-- {
				if i == n && j == mm {
					continue
				}
				terms = terms[:0]
				for _, k := range Kinds {
					ni, nj := i+k.Src, j+k.Tgt
					if ni > n || nj > mm || !w.in(ni, nj) || math.IsInf(bwd[at(ni, nj)], 1) {
						continue
					}
					terms = append(terms, bwd[at(ni, nj)]+beadCost(a, b, cd, m, i, k.Src, j, k.Tgt))
				}
				bwd[at(i, j)] = softmin(terms)
			}
		}
	}()
	var terms []float64
	for i := 0; i <= n; i++ {
		for j := w.lo[i]; j <= w.hi[i]; j++ {
			if i == 0 && j == 0 {
				continue
			}
			terms = terms[:0]
			for _, k := range Kinds {
				pi, pj := i-k.Src, j-k.Tgt
				if pi < 0 || pj < 0 || !w.in(pi, pj) || math.IsInf(fwd[at(pi, pj)], 1) {
					continue
				}
				terms = append(terms, fwd[at(pi, pj)]+beadCost(a, b, cd, m, pi, k.Src, pj, k.Tgt))
			}
			fwd[at(i, j)] = softmin(terms)
		}
	}
	<-done
	total := fwd[at(n, mm)]
	out := make([]float64, len(path))
	for k, c := range path {
		if !w.in(c.i, c.j) {
			continue
		}
		p := math.Exp(-(fwd[at(c.i, c.j)] + bwd[at(c.i, c.j)] - total) / temperature)
		out[k] = math.Min(1, p)
	}
	return out
}

// softmin is −T·log Σ exp(−x/T): the minimum, softened; +Inf for none.
func softmin(xs []float64) float64 {
	if len(xs) == 0 {
		return math.Inf(1)
	}
	lo := xs[0]
	for _, x := range xs[1:] {
		lo = min(lo, x)
	}
	s := 0.0
	for _, x := range xs {
		s += math.Exp(-(x - lo) / temperature)
	}
	return lo - temperature*math.Log(s)
}
