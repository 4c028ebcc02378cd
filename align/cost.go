package align

import "math"

// model is the cost of a bead. Its constants were measured on the dev
// document (Text+Berg dev) and checked on the French–English seed.
type model struct {
	// ratio and variance of the length model: a target of c·l characters
	// is expected for l source characters, with variance s2·l.
	c, s2 float64
	lenW  float64 // weight of the length cost
	lexW  float64 // weight of (1 − lexical similarity)
	skip  float64 // cost of a sentence left without counterpart
	par   float64 // cost of joining across a paragraph break
	frag  float64 // cost of a bead boundary inside a falsely split sentence
	kind  [4][4]float64
}

func defaultModel() model {
	m := model{c: 1, s2: 6.8, lenW: 0.5, lexW: 4, skip: 4.5, par: 2, frag: 1}
	// Bead priors, as −log of their frequency in hand-aligned data
	// (Gale & Church's counts, smoothed toward rarer merges).
	for a := range m.kind {
		for b := range m.kind[a] {
			m.kind[a][b] = math.Inf(1)
		}
	}
	m.kind[1][1] = 0
	m.kind[2][1], m.kind[1][2] = 3.0, 3.0
	m.kind[2][2] = 4.5
	m.kind[3][1], m.kind[1][3] = 4.0, 4.0
	return m
}

// floor is the least a bead of kind k can cost: its prior, or the cost
// of skipping its units of unit sentences each.
func (m *model) floor(k Kind, unit float64) float64 {
	if k.Src == 0 || k.Tgt == 0 {
		return m.skip * float64(k.Src+k.Tgt) * unit
	}
	return m.kind[k.Src][k.Tgt]
}

// lengthCost is −log of the probability that la source characters
// translate into lb target characters (Gale & Church's model, with the
// document's own ratio and variance).
func (m *model) lengthCost(la, lb float64) float64 {
	mean := (la + lb/m.c) / 2
	if mean < 1 {
		mean = 1
	}
	return tailCost(math.Abs(lb-m.c*la) / math.Sqrt(m.s2*mean))
}

// tailCost is −log P(|Z| ≥ delta) for a standard normal Z, read from a
// table (the search asks for it millions of times); past the table it
// grows linearly.
func tailCost(delta float64) float64 {
	x := delta * tailSteps
	if x >= float64(len(tailTable)-1) {
		last := tailTable[len(tailTable)-1]
		return last + (delta-tailMax)*0.5
	}
	i := int(x)
	f := x - float64(i)
	return tailTable[i]*(1-f) + tailTable[i+1]*f
}

const (
	tailMax   = 7.0 // beyond, the exact value no longer matters
	tailSteps = 200 // table entries per unit of delta
)

var tailTable = func() []float64 {
	t := make([]float64, int(tailMax*tailSteps)+1)
	for i := range t {
		t[i] = -math.Log(math.Erfc(float64(i) / tailSteps / math.Sqrt2))
	}
	return t
}()

// beadStats are what a bead's cost and score come from.
type beadStats struct {
	la, lb float64 // characters on each side
	n      float64 // sentences on both sides, halved: 1 for a 1-1 bead
	sim    float64 // cosine of the anchor vectors, 0 when either is empty
	empty  bool    // both vectors empty: no evidence either way
}

// fit is the cost of a bead's content, without its kind's prior.
func (m *model) fit(st beadStats) float64 {
	return m.lenW*m.lengthCost(st.la, st.lb) + m.lexW*(1-st.sim)*st.n
}

// confidence maps a 1-1 bead's fit to [0, 1]: 1 for a perfect fit, 0.5
// at fit scoreHalf. The first pass's beads teach the second only above
// a confidence (learn.go); a pair's reported score is its posterior
// (posterior.go).
func (m *model) confidence(st beadStats) float64 {
	st.n = 1
	f := m.fit(st)
	return math.Exp(-f * math.Ln2 / scoreHalf)
}

// scoreHalf is the fit at which the confidence is one half.
const scoreHalf = 6.5
