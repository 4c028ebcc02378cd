package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Quotes and brackets: which closers after a terminator belong to the
// sentence it ends, and the rules on brackets around and after a
// terminator.

// closersEnd returns where the closing quotes and brackets after the run
// of terminators (from runEnd) end: those that belong to the sentence.
func (s *Segmenter) closersEnd(p string, start, i, runEnd int) int {
	k := runEnd
	for k < len(p) {
		r, size := utf8.DecodeRuneInString(p[k:])
		switch r {
		case '»', '”', ')', ']', '}', '’', '\'', '"', '›':
			// Straight quotes close only when no word follows directly,
			// or, for ", when one is open in this sentence.
			if (r == '"' || r == '\'' || r == '’') && k+size < len(p) && isWordByte(p[k+size]) &&
				!(r == '"' && strings.Count(p[start:k], "\"")%2 == 1) {
				return k
			}
			k += size
			continue
		}
		if !unicode.IsSpace(r) || r == '\n' {
			return k
		}
		q := skipSpace(p, k)
		if q < len(p) && strings.HasPrefix(p[q:], "»") {
			// French puts a (no-break) space before »: « … fin. ». A »
			// that closes no « opened shortly before is a stray one from a
			// quotation cut elsewhere: it goes with the text after it
			// (UD's "» Stipe reconnaît…").
			if s.has(spacedPunctuation) && !guillemetOpen(p, i) {
				return k
			}
			k = q + len("»")
			continue
		}
		// A straight quote after a space closes one left open in this
		// sentence; one glued to the next word opens the next sentence
		// instead: 'contrebandiers. "L'ambiguïté'.
		if q < len(p) && p[q] == '"' && strings.Count(p[start:k], "\"")%2 == 1 && (q+1 == len(p) || !isWordByte(p[q+1])) {
			k = q + 1
			continue
		}
		return k
	}
	return k
}

// guillemetOpen: a « opened in the last few sentences before i is still
// open. The window is a byte count (about four sentences), so a quotation
// over several sentences keeps its closing » while a stray one in a long
// stream does not.
func guillemetOpen(p string, i int) bool {
	w := p[max(0, i-quoteWindow):i]
	return strings.Count(w, "«") > strings.Count(w, "»")
}

// quoteWindow is how far back guillemetOpen looks, in bytes.
const quoteWindow = 600

// bracketedMark: an omission mark "[...]" or "(…)", a doubt "(?)" or "(? -
// 869)" and an aside "(!)" are no sentence end.
var bracketedMark = &rule{name: "bracketed-mark", decide: func(c *cursor) act {
	if i := c.i; i > 0 && (c.p[i-1] == '[' || c.p[i-1] == '(') {
		return c.keepTo(c.mark.runEnd)
	}
	return pass
}}

// lowerBracket: "… de l'OPAC. (cité par Le Monde)": a bracket in lower
// case, or an author-date reference ("radio. (Bobrowsky 1994).
// Lycophron"), comments on the sentence before.
var lowerBracket = &rule{name: "bracket-after", when: spaceAfter, decide: func(c *cursor) act {
	m, p := &c.mark, c.p
	if m.nr == '(' && m.next+1 < len(p) {
		if r2, _ := utf8.DecodeRuneInString(p[skipSpace(p, m.next+1):]); unicode.IsLower(r2) || isCitation(p, m.next) {
			return c.keepTo(m.runEnd)
		}
	}
	return pass
}}

// isCitation: the bracket at i is an author-date reference that closes
// the sentence before it, "radio. (Bobrowsky 1994). Lycophron": a short
// capitalised bracket with a year in it and a period after it.
func isCitation(p string, i int) bool {
	e := strings.IndexByte(p[i+1:], ')')
	if e < 5 || e > 80 || i+e+2 >= len(p) || p[i+e+2] != '.' {
		return false
	}
	in := p[i+1 : i+1+e]
	if !startsCapitalised(in, 0) || strings.ContainsAny(in, "(!?;:«»\"") {
		return false
	}
	// A year: four digits from 1000 to 2999 standing alone.
	for j := 0; j+4 <= len(in); j++ {
		if (j == 0 || !isWordByte(in[j-1])) && (j+4 == len(in) || !isWordByte(in[j+4])) &&
			(in[j] == '1' || in[j] == '2') && allDigits(in[j:j+4]) {
			return true
		}
	}
	return false
}

// openBracket: seg opens more brackets than it closes.
func openBracket(seg string) bool {
	// Only the last bracketWindow bytes count: a bracket opened further
	// back is no longer a reason to hold a boundary, and the check stays
	// linear on a paragraph with no punctuation at all.
	if len(seg) > bracketWindow {
		seg = seg[len(seg)-bracketWindow:]
	}
	return strings.Count(seg, "(") > strings.Count(seg, ")")
}

// bracketWindow is how far back openBracket looks.
const bracketWindow = 2000

// insideBrackets: the last bracket before i opens one.
func insideBrackets(p string, i int) bool {
	open := strings.LastIndexAny(p[:i], "()")
	return open >= 0 && p[open] == '('
}
