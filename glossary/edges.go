package glossary

// edgeTable maps a trie edge (node, word id) packed in a uint64 to the child
// node: open addressing with linear probing, which is faster than a Go map
// for this one hot lookup. Not safe for concurrent writes; reads may run
// concurrently once built.
type edgeTable struct {
	keys  []uint64 // key+1; 0 marks an empty slot
	vals  []int32
	n     int
	shift uint
}

// maxLoad is the fill at which the table grows: linear probing stays
// short below it, and a smaller table stays in cache.
const maxLoad = 0.7

func newEdgeTable(hint int) *edgeTable {
	size := 1024
	for float64(hint) > maxLoad*float64(size) {
		size <<= 1
	}
	t := &edgeTable{}
	t.alloc(size)
	return t
}

func (t *edgeTable) alloc(size int) {
	t.keys = make([]uint64, size)
	t.vals = make([]int32, size)
	t.shift = 64
	for s := size; s > 1; s >>= 1 {
		t.shift--
	}
}

func (t *edgeTable) slot(k uint64) int {
	return int((k * 0x9E3779B97F4A7C15) >> t.shift)
}

func (t *edgeTable) get(k uint64) (int32, bool) {
	k++
	mask := len(t.keys) - 1
	for i := t.slot(k); ; i = (i + 1) & mask {
		switch t.keys[i] {
		case k:
			return t.vals[i], true
		case 0:
			return 0, false
		}
	}
}

func (t *edgeTable) put(k uint64, v int32) {
	if float64(t.n+1) > maxLoad*float64(len(t.keys)) {
		old, oldv := t.keys, t.vals
		t.alloc(len(t.keys) * 2)
		t.n = 0
		for i, ok := range old {
			if ok != 0 {
				t.put(ok-1, oldv[i])
			}
		}
	}
	k++
	mask := len(t.keys) - 1
	for i := t.slot(k); ; i = (i + 1) & mask {
		if t.keys[i] == 0 || t.keys[i] == k {
			if t.keys[i] == 0 {
				t.n++
			}
			t.keys[i], t.vals[i] = k, v
			return
		}
	}
}

func (t *edgeTable) len() int { return t.n }

// fit rebuilds the table at the smallest size that keeps its fill under
// maxLoad, when that is smaller than its size now (the edges were fewer
// than estimated).
func (t *edgeTable) fit() {
	size := 1024
	for float64(t.n) > maxLoad*float64(size) {
		size <<= 1
	}
	if size >= len(t.keys) {
		return
	}
	old, oldv := t.keys, t.vals
	t.alloc(size)
	mask := size - 1
	for i, k := range old {
		if k == 0 {
			continue
		}
		j := t.slot(k)
		for t.keys[j] != 0 {
			j = (j + 1) & mask
		}
		t.keys[j], t.vals[j] = k, oldv[i]
	}
}
