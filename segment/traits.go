package segment

import "strings"

// trait is a convention of a language's writing that some rules depend
// on. A rule file lists its language's traits in a [traits] section, so
// that no rule tests which language it is working on.
type trait uint16

const (
	// spacedPunctuation: a space goes before ; : ! ? and inside « »
	// (French); text that glues them to the word was typed in another
	// convention.
	spacedPunctuation trait = 1 << iota
	// lowerCaseItems: the items of a list after ";" open in lower case or
	// with a named body ("; la Fédération…").
	lowerCaseItems
	// oneLetterStarters: a capital letter alone can open a sentence after
	// ";" ("; À l'exception").
	oneLetterStarters
	// exclamationEnds: a "!" after a lower-case word ends a sentence even
	// before a lower-case word ("wow! it was").
	exclamationEnds
	// gluedEllipsis: "..." glued to a capitalised word ends a sentence
	// ("wait...You").
	gluedEllipsis
	// capsBylines: bylines and datelines are written in capitals before
	// the first sentence ("Jacques DUPONT Le maire a…").
	capsBylines
	// datedSignatures: a name, a date and a time close a message at the
	// end of a paragraph ("Jolene Harvey 05/22/2001 09:25 AM").
	datedSignatures
	numTraits = iota
)

var traitNames = [numTraits]string{"spaced-punctuation", "lower-case-items", "one-letter-starters",
	"exclamation-ends", "glued-ellipsis", "caps-bylines", "dated-signatures"}

func (t trait) String() string {
	var names []string
	for k, n := range traitNames {
		if t&(1<<k) != 0 {
			names = append(names, n)
		}
	}
	return strings.Join(names, "+")
}

// parseTrait reads a trait's name.
func parseTrait(name string) (trait, bool) {
	for k, n := range traitNames {
		if n == name {
			return 1 << k, true
		}
	}
	return 0, false
}

// has: s's language has trait t.
func (s *Segmenter) has(t trait) bool { return s.traits&t == t }
