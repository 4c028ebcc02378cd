package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// News: newswire and newspaper conventions. A byline or a dateline in
// capitals runs into the first sentence ("Photos Jacques DUPONT Le maire
// a…", "NANCY Le maire a…"); a wire dateline ("PARIS (AFP) -") opens it.

// byline: "… Photos Jacques DUPONT Le maire a…": a first name and a
// surname in capitals end before a sentence starter.
var byline = &rule{name: "byline", when: afterUpper, genre: News, needs: capsBylines, decide: func(c *cursor) act {
	u, p, s := c.upperWord(), c.p, c.s
	if unicode.IsUpper(u.prev) && bylineBefore(p, c.start, u.b) && (s.startsSentence(u.w) && lowerAfter(p, u.after) || datelineAt(p, c.i)) {
		return c.cutBefore()
	}
	return pass
}}

// capsDateline: "NANCY Le maire a…", "TIR Les jeunes…": a dateline or a
// heading of one word in capitals before a sentence starter.
var capsDateline = &rule{name: "caps-dateline", when: afterUpper, genre: News, needs: capsBylines, decide: func(c *cursor) act {
	u, p, s := c.upperWord(), c.p, c.s
	if !unicode.IsUpper(u.prev) {
		return pass
	}
	if a := skipSpace(p, c.start); tokenStart(p, c.start, u.b) == a && isCapsWord(p[a:u.b]) &&
		s.startsSentence(u.w) && lowerAfter(p, u.after) {
		return c.cutBefore()
	}
	return pass
}}

// bylineBefore: p[start:b] ends with a first name and a surname in
// capitals ("Jacques DUPONT", "Marie-Claire LEBRUN").
func bylineBefore(p string, start, b int) bool {
	a := tokenStart(p, start, b)
	if !isCapsWord(p[a:b]) {
		return false
	}
	e := trimSpaceLeft(p, a)
	if e <= start || e == a {
		return false
	}
	f := tokenStart(p, start, e)
	first := p[f:e]
	return startsCapitalised(first, 0) && strings.IndexFunc(first, notNameRune) < 0
}

// isCapsWord: w is a name in capitals of three letters or more, perhaps
// hyphenated ("DUPONT", "COURCELLES-LES-MONTBELIARD").
func isCapsWord(w string) bool {
	return utf8.RuneCountInString(w) >= 3 && strings.IndexFunc(w, unicode.IsUpper) >= 0 &&
		strings.IndexFunc(w, unicode.IsLower) < 0 && strings.IndexFunc(w, notNameRune) < 0
}

// notNameRune: r cannot appear in a one-word name.
func notNameRune(r rune) bool { return !unicode.IsLetter(r) && r != '-' }

// wireDateline: seg, which opens a paragraph, is the dateline of a wire
// story, a place and the agency in brackets ("WASHINGTON (Reuters)",
// "Paris (AFP)"), which the dash after it joins to the first sentence.
func wireDateline(seg string) bool {
	o := strings.IndexByte(seg, '(')
	if o <= 0 || seg[len(seg)-1] != ')' || strings.IndexByte(seg[o+1:], '(') >= 0 {
		return false
	}
	return capitalisedWords(seg[:o], 4) && capitalisedWords(seg[o+1:len(seg)-1], 2)
}

// capitalisedWords: s holds one to max words, each starting with a capital.
// It allocates nothing.
func capitalisedWords(s string, max int) bool {
	n := 0
	for i := skipSpace(s, 0); i < len(s); i = skipSpace(s, tokenEnd(s, i)) {
		if r, _ := utf8.DecodeRuneInString(s[i:]); !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n > 0 && n <= max
}

// datelineAt: a place name in capitals that opens a story, then its first
// sentence ("COURCELLES-LES-MONTBELIARD L'alerte a été donnée…").
func datelineAt(p string, i int) bool {
	j := tokenEnd(p, i)
	if !isCapsWord(p[i:j]) {
		return false
	}
	q := skipSpace(p, j)
	return q < len(p) && isCapitalised(p, q)
}
