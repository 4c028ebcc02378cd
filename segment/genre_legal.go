package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Legal: legal, regulatory and reference text. Document references
// ("EMEA/H/C/562") head a line of their own; numbered paragraphs open
// after ";" ("…sociale; 1. Toute personne…"); one ISBN follows another.

// referenceLine: "European Medicines Agency EMEA/H/C/562 RAPPORT…": a
// document reference is a heading line of its own.
var referenceLine = &rule{name: "reference-line", genre: Legal, decide: func(c *cursor) act {
	if referenceEnd(c.p, skipSpace(c.p, c.start)) == c.upperAt().b {
		return c.cutBefore()
	}
	return pass
}}

// referenceAfterTitle: a title in capitalised words, then a reference and
// a heading in capitals.
var referenceAfterTitle = &rule{name: "reference-after-title", when: afterLetter, genre: Legal, decide: func(c *cursor) act {
	u, p := c.upperAt(), c.p
	if e := referenceEnd(p, c.i); e > 0 && unicode.IsLetter(u.prev) && titleWords(p[c.start:u.b]) {
		if q := skipSpace(p, e); q == len(p) || isCapsWord(p[q:nextWordEnd(p, q)]) {
			return c.cutBefore()
		}
	}
	return pass
}}

// isbnSeries: "ISBN 2266106333 ISBN 2290052418": one reference after
// another.
var isbnSeries = &rule{name: "isbn-series", genre: Legal, decide: func(c *cursor) act {
	u, p := c.upperAt(), c.p
	if strings.HasPrefix(p[c.i:], "ISBN") && isBookNumber(p[tokenStart(p, c.start, u.b):u.b]) {
		return c.cutBefore()
	}
	return pass
}}

// numberedParagraph: "…à la sécurité sociale; 1. Toute personne…": a
// numbered paragraph after ";" starts a sentence.
var numberedParagraph = &rule{name: "numbered-paragraph", genre: Legal, decide: func(c *cursor) act {
	p, i := c.p, c.i
	if p[i] != ';' {
		return pass
	}
	if q, ok := clauseStart(p, i); ok && numberedItemAt(p, q) && !insideBrackets(p, i) {
		return c.set(verdict{act: cut, at: i + 1, next: skipSpace(p, i+1), item: c.inList()})
	}
	return pass
}}

// referenceEnd: a document reference starts at i, a code in capitals and
// digits with two slashes or more ("EMEA/H/C/562", "EMEA / H/C/562",
// "COM/2008/0123"). It returns where the reference ends (0 when none).
func referenceEnd(p string, i int) int {
	j, slashes, digits := i, 0, 0
scan:
	for j < len(p) {
		switch c := p[j]; {
		case c >= 'A' && c <= 'Z':
		case c >= '0' && c <= '9':
			digits++
		case c == '/' && j > i && p[j-1] != '/':
			slashes++
		case c == ' ' && j > i && slashes == 0 && strings.HasPrefix(p[j:], " / "):
			slashes++
			j += len(" / ")
			continue
		default:
			break scan
		}
		j++
	}
	if slashes < 2 || digits == 0 || p[j-1] == '/' || j < len(p) && p[j] != ' ' {
		return 0
	}
	return j
}

// titleWords: every word of seg begins with a capital, as in a heading
// ("European Medicines Agency").
func titleWords(seg string) bool {
	words := 0
	for i := 0; i < len(seg); {
		i = skipSpace(seg, i)
		if i == len(seg) {
			break
		}
		r, _ := utf8.DecodeRuneInString(seg[i:])
		if !unicode.IsUpper(r) {
			return false
		}
		words++
		i = tokenEnd(seg, i)
	}
	return words > 0
}

// isBookNumber: an ISBN's digits, with hyphens and a final X.
func isBookNumber(t string) bool {
	n := 0
	for i := 0; i < len(t); i++ {
		switch c := t[i]; {
		case c >= '0' && c <= '9':
			n++
		case c == '-':
		case c == 'X' && i == len(t)-1:
			n++
		default:
			return false
		}
	}
	return n == 10 || n == 13
}

// numberedItemAt: at q stands the number of a paragraph or an item, up
// to three digits and "." or ")", then a space and a capital ("1. Toute",
// "2) Exceptions").
func numberedItemAt(p string, q int) bool {
	e := q
	for e < len(p) && e-q < 3 && p[e] >= '0' && p[e] <= '9' {
		e++
	}
	if e == q || e+2 >= len(p) || p[e] != '.' && p[e] != ')' || p[e+1] != ' ' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(p[e+2:])
	return unicode.IsUpper(r)
}
