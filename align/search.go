package align

import (
	"math"
	"sort"
)

// levelSide is one side at one level of the coarse-to-fine search: at
// level 0 the sentences, above it blocks of neighbours joined two by two.
type levelSide struct {
	lens  []float64
	vecs  [][]feat
	norm2 []float64
	// next1[i] and next2[i] are the dot products of unit i with units i+1
	// and i+2: what the norm of a joined bead needs.
	next1, next2 []float64
	// unit is how many sentences a unit stands for (2 to the level), so
	// that skipping or joining costs the same at every level.
	unit float64
	// maxID is the largest feature id in vecs.
	maxID int32
	// parBreak[i]: a paragraph starts at unit i+1 (level 0 only).
	parBreak []bool
	// glued[i]: unit i is a fragment of the sentence before it, so that a
	// bead should not start there (level 0 only).
	glued []bool
}

func newLevelSide(lens []float64, vecs [][]feat, norm2 []float64) *levelSide {
	ls := &levelSide{lens: lens, vecs: vecs, norm2: norm2, unit: 1}
	for _, v := range vecs {
		if len(v) > 0 && v[len(v)-1].id > ls.maxID {
			ls.maxID = v[len(v)-1].id
		}
	}
	n := len(lens)
	ls.next1, ls.next2 = make([]float64, n), make([]float64, n)
	for i := 0; i < n; i++ {
		if i+1 < n {
			ls.next1[i] = dot(vecs[i], vecs[i+1])
		}
		if i+2 < n {
			ls.next2[i] = dot(vecs[i], vecs[i+2])
		}
	}
	return ls
}

// halve joins neighbours two by two.
func (ls *levelSide) halve() *levelSide {
	n := (len(ls.lens) + 1) / 2
	lens, vecs, norm2 := make([]float64, n), make([][]feat, n), make([]float64, n)
	for k := 0; k < n; k++ {
		i := 2 * k
		lens[k], vecs[k] = ls.lens[i], ls.vecs[i]
		if i+1 < len(ls.lens) {
			lens[k] += ls.lens[i+1]
			vecs[k] = prune(merge(ls.vecs[i], ls.vecs[i+1]))
		}
		norm2[k] = dot(vecs[k], vecs[k])
	}
	out := newLevelSide(lens, vecs, norm2)
	out.unit = 2 * ls.unit
	return out
}

// coarseFeatures bounds a coarse unit's vector: its heaviest features
// place it well enough, and the search stays linear.
const coarseFeatures = 64

// prune keeps the coarseFeatures heaviest features of v, in id order.
func prune(v []feat) []feat {
	if len(v) <= coarseFeatures {
		return v
	}
	byWeight := append([]feat(nil), v...)
	sort.Slice(byWeight, func(i, j int) bool { return byWeight[i].w > byWeight[j].w })
	cut := byWeight[coarseFeatures-1].w
	out := v[:0:0]
	for _, f := range v {
		if f.w >= cut && len(out) < coarseFeatures {
			out = append(out, f)
		}
	}
	return out
}

// merge adds two sorted sparse vectors.
func merge(x, y []feat) []feat {
	out := make([]feat, 0, len(x)+len(y))
	i, j := 0, 0
	for i < len(x) && j < len(y) {
		switch {
		case x[i].id < y[j].id:
			out = append(out, x[i])
			i++
		case x[i].id > y[j].id:
			out = append(out, y[j])
			j++
		default:
			out = append(out, feat{x[i].id, x[i].w + y[j].w})
			i++
			j++
		}
	}
	out = append(out, x[i:]...)
	return append(out, y[j:]...)
}

// spanNorm2 is the squared norm of units [i, i+k) joined.
func (ls *levelSide) spanNorm2(i, k int) float64 {
	switch k {
	case 1:
		return ls.norm2[i]
	case 2:
		return ls.norm2[i] + ls.norm2[i+1] + 2*ls.next1[i]
	}
	return ls.norm2[i] + ls.norm2[i+1] + ls.norm2[i+2] + 2*(ls.next1[i]+ls.next1[i+1]+ls.next2[i])
}

func (ls *levelSide) spanLen(i, k int) float64 {
	l := 0.0
	for t := 0; t < k; t++ {
		l += ls.lens[i+t]
	}
	return l
}

// crosses: units [i, i+k) span a paragraph break.
func (ls *levelSide) crosses(i, k int) bool {
	if ls.parBreak == nil {
		return false
	}
	for t := 0; t < k-1; t++ {
		if ls.parBreak[i+t] {
			return true
		}
	}
	return false
}

// window is the band of the search: for each row i (source units
// consumed), the target columns lo[i]..hi[i], both non-decreasing.
type window struct {
	lo, hi []int
	off    []int // start of row i in the flat arrays
	cells  int
}

func fullWindow(n, m int) *window {
	w := &window{lo: make([]int, n+1), hi: make([]int, n+1)}
	for i := range w.hi {
		w.hi[i] = m
	}
	w.layout()
	return w
}

func (w *window) layout() {
	w.off = make([]int, len(w.lo))
	w.cells = 0
	for i := range w.lo {
		w.off[i] = w.cells
		w.cells += w.hi[i] - w.lo[i] + 1
	}
}

func (w *window) in(i, j int) bool { return j >= w.lo[i] && j <= w.hi[i] }

// crossDots caches the dot products of source unit i and target unit j for
// every pair a bead inside the window can touch.
type crossDots struct {
	row0    int // the first source unit cached
	lo, off []int
	v       []float32
}

func newCrossDots(a, b *levelSide, w *window) *crossDots {
	n, m := len(a.lens), len(b.lens)
	cd := &crossDots{lo: make([]int, n), off: make([]int, n+1)}
	his := make([]int, n)
	for i := 0; i < n; i++ {
		lo := w.lo[max(0, i-2)]
		hi := min(m-1, w.hi[min(n, i+3)])
		if hi < lo {
			hi = lo - 1
		}
		cd.lo[i], his[i] = lo, hi
		cd.off[i+1] = cd.off[i] + hi - lo + 1
	}
	cd.v = make([]float32, cd.off[n])
	// Scatter each source vector into a dense array once, then read each
	// target vector against it: a lookup per target feature.
	dense := make([]float32, a.maxID+1)
	for i := 0; i < n; i++ {
		for _, f := range a.vecs[i] {
			dense[f.id] = f.w
		}
		for j := cd.lo[i]; j <= his[i]; j++ {
			var d float32
			for _, f := range b.vecs[j] {
				if int(f.id) < len(dense) {
					d += dense[f.id] * f.w
				}
			}
			cd.v[cd.off[i]+j-cd.lo[i]] = d
		}
		for _, f := range a.vecs[i] {
			dense[f.id] = 0
		}
	}
	return cd
}

func (cd *crossDots) at(i, j int) float64 {
	i -= cd.row0
	k := j - cd.lo[i]
	if k < 0 || cd.off[i]+k >= cd.off[i+1] {
		return 0
	}
	return float64(cd.v[cd.off[i]+k])
}

// beadDots is a cache of the dot products of one bead only.
func beadDots(a, b *levelSide, i, ka, j, kb int) *crossDots {
	cd := &crossDots{row0: i, lo: make([]int, ka), off: make([]int, ka+1), v: make([]float32, 0, ka*kb)}
	for s := 0; s < ka; s++ {
		cd.lo[s], cd.off[s+1] = j, cd.off[s]+kb
		for t := j; t < j+kb; t++ {
			cd.v = append(cd.v, float32(dot(a.vecs[i+s], b.vecs[t])))
		}
	}
	return cd
}

// stats gathers what the cost of bead [i, i+ka) × [j, j+kb) needs.
func stats(a, b *levelSide, cd *crossDots, i, ka, j, kb int) beadStats {
	st := beadStats{la: a.spanLen(i, ka), lb: b.spanLen(j, kb), n: float64(ka+kb) / 2 * a.unit}
	na, nb := a.spanNorm2(i, ka), b.spanNorm2(j, kb)
	if na == 0 || nb == 0 {
		st.empty = na == 0 && nb == 0
		return st
	}
	d := 0.0
	for s := i; s < i+ka; s++ {
		for t := j; t < j+kb; t++ {
			d += cd.at(s, t)
		}
	}
	st.sim = d / math.Sqrt(na*nb)
	if st.sim > 1 {
		st.sim = 1
	}
	return st
}

// corner is a point of the alignment path: i source and j target units
// consumed.
type corner struct{ i, j int }

// dp finds the cheapest path from (0,0) to (n,m) inside w. It returns the
// path's corners, from (0,0) to (n,m).
func dp(a, b *levelSide, w *window, m *model, tick func()) []corner {
	n, mm := len(a.lens), len(b.lens)
	cd := newCrossDots(a, b, w)
	cost := make([]float64, w.cells)
	back := make([]uint8, w.cells)
	for i := 0; i <= n; i++ {
		for j := w.lo[i]; j <= w.hi[i]; j++ {
			c := w.off[i] + j - w.lo[i]
			if i == 0 && j == 0 {
				continue
			}
			best, bk := math.Inf(1), uint8(255)
			for k, kind := range Kinds {
				pi, pj := i-kind.Src, j-kind.Tgt
				if pi < 0 || pj < 0 || !w.in(pi, pj) {
					continue
				}
				prev := cost[w.off[pi]+pj-w.lo[pi]]
				if math.IsInf(prev, 1) || prev+m.floor(kind, a.unit) >= best {
					continue // every part of a cost is ≥ 0: it cannot win
				}
				v := prev + beadCost(a, b, cd, m, pi, kind.Src, pj, kind.Tgt)
				if v < best {
					best, bk = v, uint8(k)
				}
			}
			cost[c], back[c] = best, bk
		}
		if tick != nil {
			tick()
		}
	}
	var path []corner
	i, j := n, mm
	for i > 0 || j > 0 {
		path = append(path, corner{i, j})
		bk := back[w.off[i]+j-w.lo[i]]
		if bk == 255 { // unreachable: cannot happen with a connected window
			break
		}
		i, j = i-Kinds[bk].Src, j-Kinds[bk].Tgt
	}
	path = append(path, corner{0, 0})
	for l, r := 0, len(path)-1; l < r; l, r = l+1, r-1 {
		path[l], path[r] = path[r], path[l]
	}
	return path
}

// beadCost is the cost of the bead [i, i+ka) × [j, j+kb).
func beadCost(a, b *levelSide, cd *crossDots, m *model, i, ka, j, kb int) float64 {
	if ka == 0 || kb == 0 {
		return m.skip * float64(ka+kb) * a.unit
	}
	c := m.kind[ka][kb] + m.fit(stats(a, b, cd, i, ka, j, kb))
	if a.crosses(i, ka) || b.crosses(j, kb) {
		c += m.par
	}
	return c + m.frag*float64(a.cutBefore(i)+b.cutBefore(j))
}

// cutBefore is 1 when a bead starting at unit i cuts a sentence that a
// false stop split (see glued), else 0.
func (ls *levelSide) cutBefore(i int) int {
	if ls.glued != nil && i < len(ls.glued) && ls.glued[i] {
		return 1
	}
	return 0
}

// Search limits.
const (
	// fullCells is the largest grid searched in full; larger inputs are
	// searched coarse to fine.
	fullCells = 1 << 18
	// band is how far, in units, the finer search may stray from the path
	// projected from the coarser level.
	band = 6
	// refineBand is the band of the second pass, around the first pass's
	// path at the same level.
	refineBand = 3
)

// search aligns two level-0 sides, coarse to fine when they are large.
func search(a, b *levelSide, m *model, progress func(done, total int)) []corner {
	levels := [][2]*levelSide{{a, b}}
	for {
		top := levels[len(levels)-1]
		if len(top[0].lens)*len(top[1].lens) <= fullCells || len(top[0].lens) < 4 || len(top[1].lens) < 4 {
			break
		}
		levels = append(levels, [2]*levelSide{top[0].halve(), top[1].halve()})
	}
	total, done := 0, 0
	for _, lv := range levels {
		total += len(lv[0].lens) + 1
	}
	tick := func() {
		done++
		if progress != nil && done%256 == 0 {
			progress(done, total)
		}
	}
	top := levels[len(levels)-1]
	path := dp(top[0], top[1], fullWindow(len(top[0].lens), len(top[1].lens)), m, tick)
	for l := len(levels) - 2; l >= 0; l-- {
		lv := levels[l]
		w := project(path, 2, len(lv[0].lens), len(lv[1].lens), band)
		path = dp(lv[0], lv[1], w, m, tick)
	}
	if progress != nil {
		progress(total, total)
	}
	return path
}

// refine searches again at level 0, in a band around an earlier path
// (the second pass of a long input: the coarse levels have done their
// work).
func refine(a, b *levelSide, m *model, prev []corner, progress func(done, total int)) []corner {
	n := len(a.lens)
	if n*len(b.lens) <= fullCells {
		return search(a, b, m, progress)
	}
	done := 0
	return dp(a, b, project(prev, 1, n, len(b.lens), refineBand), m, func() {
		done++
		if progress != nil && done%256 == 0 {
			progress(done, n+1)
		}
	})
}

// project maps a path onto a level scale times finer (at scale 2, coarse
// unit k is fine units 2k and 2k+1) and widens it into a band.
func project(path []corner, scale, n, m, band int) *window {
	lo, hi := make([]int, n+1), make([]int, n+1)
	for i := range lo {
		lo[i], hi[i] = m, 0
	}
	for k := 1; k < len(path); k++ {
		i0, j0 := min(scale*path[k-1].i, n), min(scale*path[k-1].j, m)
		i1, j1 := min(scale*path[k].i, n), min(scale*path[k].j, m)
		for i := i0; i <= i1; i++ {
			lo[i] = min(lo[i], j0)
			hi[i] = max(hi[i], j1)
		}
	}
	w := &window{lo: make([]int, n+1), hi: make([]int, n+1)}
	for i := 0; i <= n; i++ {
		l, h := m, 0
		for r := max(0, i-band); r <= min(n, i+band); r++ {
			l, h = min(l, lo[r]), max(h, hi[r])
		}
		w.lo[i], w.hi[i] = max(0, l-band), min(m, h+band)
	}
	w.lo[0], w.hi[n] = 0, m
	for i := 1; i <= n; i++ { // keep both bounds non-decreasing
		w.lo[i] = max(w.lo[i], w.lo[i-1])
	}
	for i := n - 1; i >= 0; i-- {
		w.hi[i] = min(w.hi[i], w.hi[i+1])
	}
	w.layout()
	return w
}
