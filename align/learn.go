package align

// Learning a translation table from the document itself: after the first
// pass, the words that keep turning up together in confident beads are
// taken as translations of each other (Dice coefficient over beads), and
// the second pass uses them as anchors, as a dictionary would.
const (
	// learnMinScore is the score a 1-1 bead needs to teach.
	learnMinScore = 0.5
	// learnMaxBeads bounds the beads read, evenly spaced, so that learning
	// costs the same on a book as on a chapter.
	learnMaxBeads = 4000
	// learnMinCount and learnMinDice are what a pair needs to be kept.
	learnMinCount = 3
	learnMinDice  = 0.5
	// learnMaxFreq drops words found in more than this share of the
	// beads: function words, which anchor nothing.
	learnMaxFreq = 0.2
)

// learn adds anchors from the word pairs of the first pass.
func (al *aligner) learn(path []corner, la, lb *levelSide) {
	beads := al.distinct(al.confident(path, la, lb, learnMinScore))
	if len(beads) < 2*learnMinCount {
		return
	}
	if len(beads) > learnMaxBeads {
		step := float64(len(beads)) / learnMaxBeads
		picked := make([]corner, 0, learnMaxBeads)
		for k := 0; k < learnMaxBeads; k++ {
			picked = append(picked, beads[int(float64(k)*step)])
		}
		beads = picked
	}
	fa, fb := map[int32]int{}, map[int32]int{}
	co := map[[2]int32]int{}
	for _, p := range beads {
		wa, wb := uniq(al.a.words[p.i]), uniq(al.b.words[p.j])
		for _, x := range wa {
			fa[x]++
		}
		for _, y := range wb {
			fb[y]++
		}
		for _, x := range wa {
			for _, y := range wb {
				co[[2]int32{x, y}]++
			}
		}
	}
	maxFreq := int(learnMaxFreq*float64(len(beads))) + 1
	pairs := map[string][]string{}
	for k, c := range co {
		if c < learnMinCount || fa[k[0]] > maxFreq || fb[k[1]] > maxFreq {
			continue
		}
		if dice := 2 * float64(c) / float64(fa[k[0]]+fb[k[1]]); dice >= learnMinDice {
			s := al.a.names[k[0]]
			pairs[s] = append(pairs[s], al.b.names[k[1]])
		}
	}
	if len(pairs) > 0 {
		al.dictionary(pairs, anchorLearned, "l:")
	}
}

// distinct drops beads whose two texts were seen in an earlier bead:
// repeated sentences (boilerplate, a text pasted twice) are one piece of
// evidence, not many.
func (al *aligner) distinct(beads []corner) []corner {
	seen := map[[2]string]bool{}
	out := beads[:0]
	for _, p := range beads {
		k := [2]string{al.a.sents[p.i].Text, al.b.sents[p.j].Text}
		if !seen[k] {
			seen[k] = true
			out = append(out, p)
		}
	}
	return out
}

// uniq returns the distinct ids of ws, sorted, in a new slice.
func uniq(ws []int32) []int32 {
	return distinct(append([]int32(nil), ws...))
}
