package align

import (
	"math"
	"slices"
	"strings"
	"unicode/utf8"
)

// feat is one anchor feature of a sentence and its weight.
type feat struct {
	id int32
	w  float32
}

// anchor kinds, with the weight each kind's features get before rarity.
type anchorKind uint8

const (
	anchorCognate anchorKind = iota
	anchorNumber
	anchorSmallNumber
	anchorCue
	anchorTerm
	anchorDict
	anchorLearned
	nAnchorKinds
)

// weights are the per-kind factors, measured on the dev document.
type weights [nAnchorKinds]float32

var defaultWeights = weights{
	anchorCognate:     1,
	anchorNumber:      1.5,
	anchorSmallNumber: 0.5,
	anchorCue:         0.5,
	anchorTerm:        1.5,
	anchorDict:        1,
	anchorLearned:     1,
}

// Tuning of the anchors.
var (
	// cognateMin is the shortest word that counts as a cognate anchor,
	// and cognatePrefix the number of letters two cognates share.
	cognateMin    = 4
	cognatePrefix = 5
)

const (
	// maxIDF caps the rarity weight, so that a feature seen once does not
	// outweigh everything else.
	maxIDF = 6
)

// side is one side of the alignment, as the cost model sees it.
type side struct {
	sents []Sentence
	lens  []float64 // characters (runes)
	words [][]int32 // word ids in the side's vocabulary, for learning
	vocab map[string]int32
	names []string  // word id → folded word
	keys  [][]int32 // anchor feature ids, before weighting
	vecs  [][]feat  // weighted, sorted by id; only features of both sides
	norm2 []float64 // squared norm of each vector
}

// features interns anchor keys for both sides.
type features struct {
	ids   map[string]int32
	kinds []anchorKind
}

func (f *features) id(kind anchorKind, key string) int32 {
	if id, ok := f.ids[key]; ok {
		return id
	}
	id := int32(len(f.kinds))
	f.ids[key] = id
	f.kinds = append(f.kinds, kind)
	return id
}

// idOf is id for a key built in a scratch buffer: a lookup allocates
// nothing, only a new key is copied.
func (f *features) idOf(kind anchorKind, key []byte) int32 {
	if id, ok := f.ids[string(key)]; ok {
		return id
	}
	return f.id(kind, string(key))
}

// readSide scans the sentences of one side: lengths, words and the anchors
// that need no other side (cognates, numbers, cues).
func readSide(sents []Sentence, f *features) *side {
	s := &side{
		sents: sents,
		lens:  make([]float64, len(sents)),
		words: make([][]int32, len(sents)),
		keys:  make([][]int32, len(sents)),
		vocab: map[string]int32{},
	}
	var words, keys []int32
	var buf []byte
	for i, st := range sents {
		s.lens[i] = float64(utf8.RuneCountInString(st.Text))
		words, keys = words[:0], keys[:0]
		scan(st.Text, func(t token) {
			if t.number {
				kind := anchorNumber
				if len(strings.TrimLeft(t.text, "0")) <= 1 {
					kind = anchorSmallNumber
				}
				buf = append(append(buf[:0], '#'), t.text...)
				keys = append(keys, f.idOf(kind, buf))
				return
			}
			words = append(words, s.word(t.text))
			if n := utf8.RuneCountInString(t.text); n >= cognateMin {
				buf = append(append(buf[:0], "c:"...), prefix(t.text, cognatePrefix)...)
				keys = append(keys, f.idOf(anchorCognate, buf))
			}
		}, func(c cue) {
			keys = append(keys, f.idOf(anchorCue, append(buf[:0], 'p', ':', byte('0'+c))))
		})
		s.words[i] = append([]int32(nil), words...)
		s.keys[i] = append([]int32(nil), keys...)
	}
	return s
}

func (s *side) word(w string) int32 {
	if id, ok := s.vocab[w]; ok { // w may be a slice of the text: keep no reference
		return id
	}
	id := int32(len(s.names))
	s.vocab[w] = id
	s.names = append(s.names, w)
	return id
}

// prefix is the first n runes of w.
func prefix(w string, n int) string {
	for i := range w {
		if n == 0 {
			return w[:i]
		}
		n--
	}
	return w
}

// weigh turns both sides' keys into weighted vectors: a feature seen on
// one side only is dropped, the others weigh their kind's factor times
// their rarity (inverse document frequency over both sides, capped).
func weigh(a, b *side, f *features, wt weights) {
	n := len(f.kinds)
	dfA, dfB := make([]int32, n), make([]int32, n)
	count := func(s *side, df []int32) {
		for i, ks := range s.keys {
			s.keys[i] = distinct(ks)
			for _, id := range s.keys[i] {
				df[id]++
			}
		}
	}
	count(a, dfA)
	count(b, dfB)
	total := float64(len(a.keys) + len(b.keys))
	w := make([]float32, n)
	for id := range w {
		if dfA[id] == 0 || dfB[id] == 0 {
			continue
		}
		idf := math.Log(total / float64(dfA[id]+dfB[id]))
		w[id] = wt[f.kinds[id]] * float32(math.Min(idf, maxIDF))
	}
	a.vectors(w)
	b.vectors(w)
}

// distinct sorts ids and drops repeats, in place.
func distinct(ids []int32) []int32 {
	slices.Sort(ids)
	return slices.Compact(ids)
}

// vectors builds each sentence's sparse vector from its distinct, sorted
// keys.
func (s *side) vectors(w []float32) {
	s.vecs = make([][]feat, len(s.keys))
	s.norm2 = make([]float64, len(s.keys))
	for i, ks := range s.keys {
		var v []feat
		for _, id := range ks {
			if w[id] > 0 {
				v = append(v, feat{id, w[id]})
			}
		}
		s.vecs[i] = v
		s.norm2[i] = dot(v, v)
	}
}

// dot is the dot product of two sorted sparse vectors.
func dot(x, y []feat) float64 {
	var d float64
	i, j := 0, 0
	for i < len(x) && j < len(y) {
		switch {
		case x[i].id < y[j].id:
			i++
		case x[i].id > y[j].id:
			j++
		default:
			d += float64(x[i].w) * float64(y[j].w)
			i++
			j++
		}
	}
	return d
}
