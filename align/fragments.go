package align

import (
	"unicode"
	"unicode/utf8"
)

// Segmenters stop at false ends ("…", "i.e.", "{s1, s2, ..."), and the
// pieces they leave belong with a neighbour on both sides of a
// translation. Two layout rules say where a piece belongs:
//
//   - continuesPrevious: a sentence that opens with a comma, a semicolon
//     or a closing bracket goes with the one before (one that opens in
//     lower case does not: headings and captions often do);
//   - leadsNext: a "sentence" with no letter and no digit ("...", "=>")
//     goes with the one after.

// gluedTo reports, for each sentence, whether a bead that aligns it
// should not start at it. Only beads with both sides pay for that: a
// one-sided fragment may well be noise with no counterpart.
func gluedTo(s []Sentence) []bool {
	out := make([]bool, len(s))
	for i := 1; i < len(s); i++ {
		out[i] = continuesPrevious(s[i].Text) || leadsNext(s[i-1].Text)
	}
	return out
}

func continuesPrevious(text string) bool {
	r, _ := utf8.DecodeRuneInString(text)
	switch r {
	case ',', ';', ')', ']', '}':
		return true
	}
	return false
}

func leadsNext(text string) bool {
	for _, r := range text {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}
