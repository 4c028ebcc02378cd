package segment

import (
	"strings"
	"unicode"
)

// Rules on terminators and what follows them: the end of the paragraph,
// white space, inner punctuation, runs of marks and ellipses, and the
// default that a terminator ends a sentence. The word before a period is
// the business of abbreviations.go and numbers.go.

func isTerminator(r rune) bool {
	switch r {
	case '.', '!', '?', '…', '‼', '⁇', '⁈', '⁉':
		return true
	}
	return false
}

// paragraphEnd: the paragraph ends after the terminator.
var paragraphEnd = &rule{name: "paragraph-end", decide: func(c *cursor) act {
	if c.mark.atEnd {
		return c.cutAt(c.mark.end, c.mark.end)
	}
	return pass
}}

// lostSpace: "of high quality.You'll also": a space lost after a period
// that follows a plain lower-case word, before a capitalised word.
var lostSpace = &rule{name: "lost-space", when: glued, decide: func(c *cursor) act {
	if c.mark.dots == 1 && c.lostSpace() {
		return c.cutAt(c.mark.end, c.mark.end)
	}
	return pass
}}

// gluedEllipsisEnds: "wait...You": an ellipsis glued to a capitalised
// word ends the sentence.
var gluedEllipsisEnds = &rule{name: "glued-ellipsis", when: glued, needs: gluedEllipsis, decide: func(c *cursor) act {
	if c.mark.dots >= 3 && c.lostSpace() {
		return c.cutAt(c.mark.end, c.mark.end)
	}
	return pass
}}

// lostSpace: the terminator run is glued to a capitalised word that is no
// domain name, after a plain lower-case word that is no abbreviation.
func (c *cursor) lostSpace() bool {
	m, p := &c.mark, c.p
	if !m.glued || m.end != m.runEnd || m.other != 0 || !startsCapitalised(p, m.end) || isDomainEnd(p, m.end) {
		return false
	}
	w, _ := c.wordBefore()
	return isPlainWord(w) && isLowerWord(w) && c.class() == 0
}

// gluedToText: "3.14", "example.com", "U.S.A": a terminator glued to the
// text after it ends nothing.
var gluedToText = &rule{name: "glued-to-text", when: glued, decide: func(c *cursor) act {
	if c.mark.glued {
		return c.keepTo(c.mark.runEnd)
	}
	return pass
}}

// trailingSpace: only white space follows up to the paragraph's end.
var trailingSpace = &rule{name: "trailing-space", when: spaceAfter, decide: func(c *cursor) act {
	if c.mark.next == len(c.p) {
		return c.cutAt(c.mark.end, c.mark.next)
	}
	return pass
}}

// innerPunctuation: "etc., and", "(… Inc.)": a comma, a semicolon, a colon
// or a closing bracket after the terminator continues the sentence.
var innerPunctuation = &rule{name: "inner-punctuation", when: spaceAfter, decide: func(c *cursor) act {
	switch c.mark.nr {
	case ',', ';', ':', ')', ']', '}':
		return c.keepTo(c.mark.runEnd)
	}
	return pass
}}

// spacedMark: "fait rire... !": French spacing puts the ! or ? that ends
// the sentence after a space; the sentence ends there instead.
var spacedMark = &rule{name: "spaced-mark", when: spaceAfter, needs: spacedPunctuation, decide: func(c *cursor) act {
	m, p := &c.mark, c.p
	if m.nr == '!' || m.nr == '?' {
		if f := m.next + 1; f == len(p) || p[f] == ' ' || rune(p[f]) == m.nr {
			return c.keepTo(m.runEnd)
		}
	}
	return pass
}}

// markBeforeLower is the shape the three rules below look at: a run of
// marks, not an ellipsis, with no closer, then a lower-case word.
func (m *markFacts) markBeforeLower() bool {
	return m.lowerNext() && !m.ell && m.end == m.runEnd
}

// repeatedMarks: "so good!!! we will be back": a run of ! and ? is no
// "Yahoo!"; it ends the sentence even before a lower-case word.
var repeatedMarks = &rule{name: "repeated-marks", when: marks, decide: func(c *cursor) act {
	if m := &c.mark; m.markBeforeLower() && m.other >= 2 {
		return c.cutAt(m.end, m.next)
	}
	return pass
}}

// questionBeforeLower: "where did you grow up? india?": a question ends
// before a lower-case word, unless the word says who asked ("Pourquoi ?
// demande-t-il", from the rules' speech verbs and endings).
var questionBeforeLower = &rule{name: "question-before-lower", when: marks, decide: func(c *cursor) act {
	m := &c.mark
	if m.markBeforeLower() && m.other == 1 && m.dots == 0 && c.p[c.i] == '?' && !c.s.isIncise(c.p, m.next) {
		return c.cutAt(m.end, m.next)
	}
	return pass
}}

// exclamationBeforeLower: "wow! it was": a "!" after a lower-case word, or
// spaced, is no brand name and ends the sentence.
var exclamationBeforeLower = &rule{name: "exclamation-before-lower", when: marks, needs: exclamationEnds, decide: func(c *cursor) act {
	m := &c.mark
	if m.markBeforeLower() && m.other == 1 && m.dots == 0 && c.p[c.i] == '!' && exclamationAfterLower(c.p, c.start, c.i) {
		return c.cutAt(m.end, m.next)
	}
	return pass
}}

// markGoesOn: "Yahoo! in", "(… engineer.) at", "'This is great.' she
// said": a mark, an ellipsis or a closer before a lower-case word goes on.
var markGoesOn = &rule{name: "mark-goes-on", when: marks, decide: func(c *cursor) act {
	if m := &c.mark; m.lowerNext() && (m.ell || m.other > 0 || m.end != m.runEnd) {
		return c.keepTo(m.runEnd)
	}
	return pass
}}

// periodBeforeEllipsis: "compounds. . . . The": the period ends the
// sentence and the dots open the next.
var periodBeforeEllipsis = &rule{name: "period-before-ellipsis", when: marks, decide: func(c *cursor) act {
	if m := &c.mark; (m.ell || m.other > 0) && m.firstSingle > 0 && unicode.IsUpper(m.nr) {
		return c.cutAt(m.firstSingle, skipSpace(c.p, m.firstSingle))
	}
	return pass
}}

// ellipsisGoesOn: "the thing is . . . I didn't", "… 3": an omission inside
// a sentence, or an ellipsis before a number.
var ellipsisGoesOn = &rule{name: "ellipsis-goes-on", when: marks, decide: func(c *cursor) act {
	if m := &c.mark; m.ell && (unicode.IsDigit(m.nr) || m.softEllipsis()) {
		return c.keepTo(m.runEnd)
	}
	return pass
}}

// markEnds: any other ! ? … or run of them ends the sentence.
var markEnds = &rule{name: "mark-ends", when: marks, decide: func(c *cursor) act {
	if m := &c.mark; m.ell || m.other > 0 {
		return c.cutAt(m.end, m.next)
	}
	return pass
}}

// noWordBefore: a period after punctuation or white space ends the
// sentence.
var noWordBefore = &rule{name: "no-word-before", decide: func(c *cursor) act {
	if w, _ := c.wordBefore(); w == "" {
		return c.cutAt(c.mark.end, c.mark.next)
	}
	return pass
}}

// sentenceEnd: a period that no other rule holds ends the sentence.
var sentenceEnd = &rule{name: "sentence-end", decide: func(c *cursor) act {
	return c.cutAt(c.mark.end, c.mark.next)
}}

// exclamationAfterLower: the single "!" at i is spaced or follows a
// lower-case word, so it is no brand name ("Yahoo! in").
func exclamationAfterLower(p string, start, i int) bool {
	// "most men suck ! whose": a spaced "!" is no brand name.
	if i > start && p[i-1] == ' ' {
		return true
	}
	word, _ := wordBefore(p, start, i)
	if word == "" {
		return false
	}
	return unicode.IsLower(firstRune(word))
}

// isIncise: the word at i introduces who spoke ("demanda-t-il",
// "a-t-elle lancé", "s'interroge le ministre"), so a question before it
// goes on.
func (s *Segmenter) isIncise(p string, i int) bool {
	j := i
	for j < len(p) && p[j] != ' ' && p[j] != ',' && p[j] != '.' {
		j++
	}
	w := p[i:j]
	for _, suf := range s.speechEndings {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return s.speechVerbs[w]
}
