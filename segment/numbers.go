package segment

import (
	"strings"
	"unicode"
)

// Numbers before a period: list numbers, item numbers and degrees.

// listNumber: "1. The first item" at the start of a sentence, or "item
// 2.) Next" (cut before the number when the ")" is reached): the number
// opens an item and holds the period.
var listNumber = &rule{name: "list-number", decide: func(c *cursor) act {
	m, p := &c.mark, c.p
	w, ws := c.wordBefore()
	if isNumberWord(w) && (m.runEnd < len(p) && p[m.runEnd] == ')' || ws == c.start || onlyBulletBefore(p, c.start, ws)) {
		return c.keepTo(m.runEnd)
	}
	return pass
}}

// itemNumberAfterNumber: "Article 15 1. Tout individu…": a short number
// right after another number is an item number that opens the next
// sentence.
var itemNumberAfterNumber = &rule{name: "item-number-after-number", decide: func(c *cursor) act {
	p, start := c.p, c.start
	w, ws := c.wordBefore()
	if !isNumberWord(w) || len(w) > 2 || !unicode.IsUpper(c.mark.nr) {
		return pass
	}
	if b := trimSpaceLeft(p, ws); b < ws && b > start {
		if a := tokenStart(p, start, b); allDigits(p[a:b]) && a > start {
			return c.cutAt(b, ws)
		}
	}
	return pass
}}

// numberEnds: "in 1990. The": a number before a period ends the sentence.
var numberEnds = &rule{name: "number-ends", decide: func(c *cursor) act {
	if w, _ := c.wordBefore(); isNumberWord(w) {
		return c.cutAt(c.mark.end, c.mark.next)
	}
	return pass
}}

// degreeBeforeDigit: "45°. 30": a degree sign before a number holds.
var degreeBeforeDigit = &rule{name: "degree-before-digit", decide: func(c *cursor) act {
	if w, _ := c.wordBefore(); unicode.IsDigit(c.mark.nr) && strings.HasSuffix(w, "°") {
		return c.keepTo(c.mark.runEnd)
	}
	return pass
}}

func isNumberWord(w string) bool {
	return len(w) <= 4 && allDigits(w)
}

func allDigits(t string) bool {
	if t == "" {
		return false
	}
	for i := 0; i < len(t); i++ {
		if t[i] < '0' || t[i] > '9' {
			return false
		}
	}
	return true
}

// isClock: "11:21", "9:05".
func isClock(t string) bool {
	c := strings.IndexByte(t, ':')
	return (c == 1 || c == 2) && len(t) == c+3 && allDigits(t[:c]) && allDigits(t[c+1:])
}

// isSlashDate: "08/17/2000", "8/17/00".
func isSlashDate(t string) bool {
	parts := strings.Split(t, "/")
	if len(parts) != 3 {
		return false
	}
	for k, x := range parts {
		if !allDigits(x) || len(x) > 2 && !(k == 2 && len(x) == 4) {
			return false
		}
	}
	return true
}
