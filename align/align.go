// Package align turns a source text and its translation, each cut into
// sentences, into bilingual segments: the Pair, termalign's unit of review,
// translation memory, QA and reporting.
//
// The aligner is a dynamic-programming search over beads (0-1, 1-0, 1-1,
// 1-2, 2-1, 2-2, 1-3, 3-1). A bead's cost adds a length model fitted to the
// document, and a lexical similarity computed over anchors the two sides
// share: glossary concepts, numbers read across conventions, identical
// tokens and cognates, punctuation cues, an optional bilingual dictionary,
// and a translation table learned from the document itself after a first
// pass. Long inputs are searched coarse to fine (both sides halved by
// joining neighbours, the coarsest level searched fully, each finer level
// only in a band around the projected path), so time and memory grow
// linearly with the input.
package align

import (
	"errors"
	"fmt"
	"strings"

	"github.com/termalign/termalign/glossary"
)

// Sentence is one sentence of a side, as the segmenter (or a
// one-sentence-a-line file) gives it. Par is its paragraph number; a bead
// that spans a paragraph break on one side costs more.
type Sentence struct {
	Text string
	Par  int
}

// Span is a half-open range [Start, End) of sentence indices of one side.
// An empty span (Start == End) sits between two sentences.
type Span struct {
	Start, End int
}

// Len is the number of sentences in s.
func (s Span) Len() int { return s.End - s.Start }

// Indices lists the sentence indices of s, never nil.
func (s Span) Indices() []int {
	out := make([]int, 0, s.Len())
	for i := s.Start; i < s.End; i++ {
		out = append(out, i)
	}
	return out
}

// Kind is a bead kind: how many source and target sentences it joins.
type Kind struct {
	Src, Tgt int
}

// String is the usual notation: "1-1", "2-1", "1-0".
func (k Kind) String() string { return fmt.Sprintf("%d-%d", k.Src, k.Tgt) }

// Kinds are the bead kinds the aligner considers, in the order ties are
// broken.
var Kinds = []Kind{{1, 1}, {1, 0}, {0, 1}, {2, 1}, {1, 2}, {2, 2}, {3, 1}, {1, 3}}

// Pair is termalign's bilingual segment: one bead of an alignment, the
// source sentences Src and the target sentences Tgt that translate each
// other, their texts (sentences joined by a space), the bead kind and a
// score. The review workbook, the TMX memory, the QA checks and the HTML
// report all consume Pairs.
//
// Score is in [0, 1]: the probability that the alignment passes through
// the pair's two corners, weighing every path near the chosen one by its
// cost (lengths and shared anchors). A pair with a near-equal rival
// (joined with a neighbour, split, shifted) scores low. Below LowScore a
// pair deserves a reviewer's look. A pair with an empty side (1-0, 0-1)
// scores 0.
type Pair struct {
	Src, Tgt       Span
	Source, Target string
	Score          float64
}

// Kind is the bead kind of p.
func (p Pair) Kind() Kind { return Kind{p.Src.Len(), p.Tgt.Len()} }

// LowScore is the score under which a pair is marked for review. On the
// dev document, 85% of the pairs at or above it are right and 18% of
// those under it (see the README).
const LowScore = 0.5

// Dictionary is a bilingual word list: for each folded source word, the
// folded target words it may translate to. It is read-only once built and
// safe for concurrent use.
type Dictionary struct {
	pairs map[string][]string
	n     int
}

// Len is the number of word pairs in d.
func (d *Dictionary) Len() int {
	if d == nil {
		return 0
	}
	return d.n
}

// Options configure Align. The zero value aligns with no glossary and no
// dictionary, with default limits.
type Options struct {
	// SourceTerms and TargetTerms find glossary terms on each side; a
	// concept found on both sides of a bead anchors it. Either may be nil.
	SourceTerms, TargetTerms *glossary.Matcher
	// Dictionary adds word pairs as anchors; nil for none.
	Dictionary *Dictionary
	// NoLearn turns off the second pass with a translation table learned
	// from the first.
	NoLearn bool
	// MaxSentences bounds each side (0 means DefaultMaxSentences); longer
	// input is refused with ErrTooLarge rather than exhausting memory.
	MaxSentences int
	// Progress, if set, is called with the work done and the total; it
	// must be cheap. Align calls it from the calling goroutine.
	Progress func(done, total int)
}

// DefaultMaxSentences is the default bound on each side: 5 million
// sentences, far beyond any document and within a few GB of memory.
const DefaultMaxSentences = 5_000_000

// ErrTooLarge: a side has more sentences than Options.MaxSentences.
var ErrTooLarge = errors.New("align: too many sentences")

// Align aligns src with tgt. Every sentence of each side is in exactly one
// Pair, and pairs come in document order on both sides. Either side may be
// empty: then every sentence of the other is a pair of its own with an
// empty counterpart. Align is safe for concurrent use with distinct
// Options values; Matchers and Dictionaries may be shared.
func Align(src, tgt []Sentence, opts Options) ([]Pair, error) {
	limit := opts.MaxSentences
	if limit <= 0 {
		limit = DefaultMaxSentences
	}
	if len(src) > limit || len(tgt) > limit {
		return nil, fmt.Errorf("%w: %d source and %d target sentences, limit %d", ErrTooLarge, len(src), len(tgt), limit)
	}
	if len(src) == 0 || len(tgt) == 0 {
		return onesided(src, tgt), nil
	}
	a := newAligner(src, tgt, opts)
	beads := a.run()
	return a.pairs(beads), nil
}

// onesided pairs every sentence with nothing.
func onesided(src, tgt []Sentence) []Pair {
	out := make([]Pair, 0, len(src)+len(tgt))
	for i, s := range src {
		out = append(out, Pair{Src: Span{i, i + 1}, Tgt: Span{0, 0}, Source: s.Text})
	}
	for j, t := range tgt {
		out = append(out, Pair{Src: Span{len(src), len(src)}, Tgt: Span{j, j + 1}, Target: t.Text})
	}
	return out
}

// join joins the texts of sentences s[a:b] with a space.
func join(s []Sentence, sp Span) string {
	switch sp.Len() {
	case 0:
		return ""
	case 1:
		return s[sp.Start].Text
	}
	parts := make([]string, 0, sp.Len())
	for _, x := range s[sp.Start:sp.End] {
		parts = append(parts, x.Text)
	}
	return strings.Join(parts, " ")
}
