package segment

import (
	"unicode"
	"unicode/utf8"
)

// cursor is a candidate boundary as the rules see it: the paragraph, where
// the current sentence starts, the candidate, and facts about it that
// several rules share, worked out once.
type cursor struct {
	s     *Segmenter
	p     string
	start int // where the current sentence starts
	i     int // the candidate
	// item is the start of the current sentence when it follows an item
	// of a list that ended at ";", else -1.
	item int

	mark   markFacts // terminator candidates
	upper  upperFacts
	v      verdict // the deciding rule's verdict
	f      fact    // the candidate's facts, for the rules' when
	fReady bool    // f is set
}

// fact is one of the cheap facts about a candidate that a rule's when
// field can ask for, so that the rule is not called when it cannot fire.
type fact uint16

const (
	// Terminators.
	glued      fact = 1 << iota // no white space after the closers
	spaceAfter                  // white space, then more text
	marks                       // ! ? … or an ellipsis, or closers after a period
	lowerNext                   // the next word begins in lower case
	// Capitals: the rune before the white space before it.
	afterUpper
	afterLower
	afterLetter
	afterDigit
	afterBracket // ")"
	afterComma
	afterAngle // ">"
)

// markFacts describe a run of terminators at i and what follows it.
type markFacts struct {
	facts  fact
	runEnd int // after the run of terminators
	end    int // after the closing quotes and brackets too
	// next is where the next sentence would begin, and nr its first
	// rune (0 when end is followed by no white space, or by nothing).
	next int
	nr   rune
	// atEnd: the paragraph ends at end; glued: no white space after end.
	atEnd, glued bool
	dots, other  int  // periods, and other terminators, in the run
	ell, spaced  bool // an ellipsis; a spaced one (". . .")
	// firstSingle is the end of a lone first period glued to a word before
	// a spaced ellipsis ("compounds. . . ."), else -1.
	firstSingle int
	// word is the token before i (wordBefore), from wstart; cls its class.
	word      string
	wstart    int
	haveWord  bool
	cls       Class
	haveClass bool
}

// upperFacts describe a capital at i after white space, for the opener
// rules.
type upperFacts struct {
	ready    bool
	haveWord bool // after and w are set (upperWord)
	facts    fact
	b        int    // the end of the text before, without white space
	prev     rune   // the rune that ends it
	after    int    // the end of the capitalised word
	w        string // the word, apostrophes normalised
}

// softEllipsis: a spaced ellipsis of three dots marks an omission inside a
// sentence ("the thing is . . . I didn't"); a fourth dot is the period
// that ends one (". . . . Next").
func (m *markFacts) softEllipsis() bool { return m.spaced && m.dots == 3 }

// lowerNext: the next sentence would begin in lower case.
func (m *markFacts) lowerNext() bool { return unicode.IsLower(m.nr) }

// scanMark works out the markFacts of the terminator at c.i.
func (c *cursor) scanMark() {
	m := &c.mark
	*m = markFacts{firstSingle: -1}
	c.scanRun()
	m.end = c.s.closersEnd(c.p, c.start, c.i, m.runEnd)
	p := c.p
	if m.end == len(p) {
		m.atEnd = true
		m.setFacts()
		return
	}
	if r, _ := utf8.DecodeRuneInString(p[m.end:]); !unicode.IsSpace(r) {
		m.glued = true
		m.setFacts()
		return
	}
	m.next = skipSpace(p, m.end)
	if m.next < len(p) {
		m.nr, _ = utf8.DecodeRuneInString(p[m.next:])
	}
	m.setFacts()
}

// setFacts sets the facts of a run of terminators.
func (m *markFacts) setFacts() {
	switch {
	case m.glued:
		m.facts |= glued
	case !m.atEnd:
		m.facts |= spaceAfter
	}
	if m.ell || m.other > 0 || m.end != m.runEnd {
		m.facts |= marks
	}
	if unicode.IsLower(m.nr) {
		m.facts |= lowerNext
	}
}

// scanRun reads the run of terminators at c.i, with spaced dots (". .
// .").
func (c *cursor) scanRun() {
	m, p, i := &c.mark, c.p, c.i
	j := i
	for j < len(p) {
		r, size := utf8.DecodeRuneInString(p[j:])
		if r == '.' {
			m.dots++
		} else if isTerminator(r) {
			m.other++
			if r == '…' {
				m.ell = true
			}
		} else if r == ' ' && j+1 < len(p) && p[j+1] == '.' && !startsWord(p, j+2) && m.dots > 0 && m.other == 0 {
			if m.dots == 1 && j == i+1 && i > c.start && !isSpaceBefore(p, i) {
				m.firstSingle = i + 1
			}
			m.ell, m.spaced = true, true
			j++
			continue
		} else {
			break
		}
		j += size
	}
	if m.dots >= 2 {
		m.ell = true
	}
	m.runEnd = j
}

// wordBefore is the token before the terminator (see wordBefore).
func (c *cursor) wordBefore() (string, int) {
	if !c.mark.haveWord {
		c.fillWord()
	}
	return c.mark.word, c.mark.wstart
}

func (c *cursor) fillWord() {
	c.mark.word, c.mark.wstart = wordBefore(c.p, c.start, c.i)
	c.mark.haveWord = true
}

// class is the abbreviation class of the word before the terminator.
func (c *cursor) class() Class {
	if !c.mark.haveClass {
		c.fillClass()
	}
	return c.mark.cls
}

func (c *cursor) fillClass() {
	w, ws := c.wordBefore()
	c.mark.cls = c.s.classify(c.p, c.start, ws, w)
	c.mark.haveClass = true
}

// upperAt returns the upperFacts of the capital at c.i.
func (c *cursor) upperAt() *upperFacts {
	if !c.upper.ready {
		c.fillUpper()
	}
	return &c.upper
}

func (c *cursor) fillUpper() {
	u := &c.upper
	u.ready = true
	u.b = trimSpaceLeft(c.p, c.i)
	u.prev, _ = utf8.DecodeLastRuneInString(c.p[:u.b])
	u.facts = runeFacts(u.prev)
	u.haveWord = false
}

// upperWord returns the upperFacts of the capital at c.i with its word.
func (c *cursor) upperWord() *upperFacts {
	u := c.upperAt()
	if !u.haveWord {
		u.after = nextWordEnd(c.p, c.i)
		u.w = normApos(c.p[c.i:u.after])
		u.haveWord = true
	}
	return u
}

// runeFacts are the facts about the rune before a capital.
func runeFacts(r rune) fact {
	var f fact
	switch {
	case unicode.IsUpper(r):
		f = afterUpper | afterLetter
	case unicode.IsLower(r):
		f = afterLower | afterLetter
	case unicode.IsLetter(r):
		f = afterLetter
	case unicode.IsDigit(r):
		f = afterDigit
	case r == ')':
		f = afterBracket
	case r == ',':
		f = afterComma
	case r == '>':
		f = afterAngle
	}
	return f
}
