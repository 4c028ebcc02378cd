package segment

import (
	"sync"
	"unicode"
	"unicode/utf8"
)

// byteClass marks the bytes that may start something the scanner must look
// at: terminators, the lead byte of … ‼ ⁇ • ⁃, ")" for list numbers, ";"
// and ":", and the characters of separator lines.
var byteClass = func() (t [256]bool) {
	for _, c := range []byte(".!?);:-\xe2=_*~#") {
		t[c] = true
	}
	return
}()

// anyClass is byteClass or capClass: the bytes to stop at.
var anyClass = func() (t [256]bool) {
	for c := range t {
		t[c] = byteClass[c] || capClass[c]
	}
	return
}()

// capClass marks the bytes that may begin a capitalised word.
var capClass = func() (t [256]bool) {
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = true
	}
	t[0xC3] = true // À É Ç … in UTF-8
	t[0xC5] = true // Œ
	return
}()

// cursorPool keeps scan from allocating a cursor for every paragraph.
var cursorPool = sync.Pool{New: func() any { return new(cursor) }}

// tracer receives the decisions of the rules (Explain), skips included;
// nil when nobody asks.
type tracer func(k kind, at int, r *rule, v verdict)

// splitPara finds the sentences of one paragraph.
func (s *Segmenter) splitPara(p string, fn func(start, end int)) {
	s.scan(p, fn, nil)
}

// scan walks p from candidate to candidate, asks the rules, and calls fn
// with each sentence.
func (s *Segmenter) scan(p string, fn func(start, end int), trace tracer) {
	c := cursorPool.Get().(*cursor)
	defer cursorPool.Put(c)
	*c = cursor{s: s, p: p, item: -1}
	c.start = skipSpace(p, 0)
	i := c.start
	for i < len(p) {
		if !anyClass[p[i]] {
			i++
			continue
		}
		k, size := candidateAt(p, i, c.start)
		if k == numKinds {
			i += size
			continue
		}
		c.i = i
		c.upper.ready = false
		c.f, c.fReady = 0, k != capitalKind
		if k == terminatorKind {
			c.scanMark()
			c.f = c.mark.facts
		}
		switch s.ask(c, k, trace) {
		case cut:
			c.apply(fn)
		case pass:
			i += size
			continue
		}
		if c.v.resume != 0 {
			i = c.v.resume
		} else {
			i += size
		}
	}
	if c.start < len(p) {
		c.i = len(p)
		if s.ask(c, endKind, trace) == cut {
			c.apply(fn)
		}
		s.emit(p, c.start, len(p), fn)
	}
}

// ask returns the act of the first rule of kind k with an opinion, whose
// verdict is then in c.v.
func (s *Segmenter) ask(c *cursor, k kind, trace tracer) act {
	rules := s.rules[k]
	for n := range rules {
		r := &rules[n]
		if r.when != 0 {
			if !c.fReady {
				// A capital's facts, once a rule asks for them (the
				// first rules decide most capitals without them).
				c.f, c.fReady = c.upperAt().facts, true
			}
			if c.f&r.when == 0 {
				continue
			}
		}
		a := r.decide(c)
		if a == pass {
			continue
		}
		if trace != nil {
			trace(k, c.i, r, c.v)
		}
		return a
	}
	return pass
}

// apply emits the sentences that the cut verdict c.v ends and moves the
// cursor's start to the next one.
func (c *cursor) apply(fn func(start, end int)) {
	v := &c.v
	c.s.emit(c.p, c.start, v.at, fn)
	if v.at2 > 0 {
		c.s.emit(c.p, v.at, v.at2, fn)
	}
	c.start = v.next
	if v.item {
		c.item = c.start
	}
}

// candidateAt says what kind of candidate is at i (numKinds for none) and
// its size in bytes.
func candidateAt(p string, i, start int) (kind, int) {
	c := p[i]
	if !byteClass[c] {
		if !capClass[c] || c == 0xC3 && (i+1 >= len(p) || p[i+1] < 0x80 || p[i+1] > 0x9E) ||
			c == 0xC5 && (i+1 >= len(p) || p[i+1] != 0x92) {
			// Not a capital (0xC3 also leads é, à…; 0xC5 œ).
			return numKinds, 1
		}
		if i > start && p[i-1] != ' ' && !isSpaceBefore(p, i) {
			// Inside a word ("McDonald").
			return numKinds, 1
		}
		return capitalKind, 1
	}
	switch c {
	case '.', '!', '?':
		return terminatorKind, 1
	case ';', ':':
		return colonKind, 1
	case '-':
		return dashKind, 1
	case ')':
		return bracketKind, 1
	case 0xE2:
		r, size := utf8.DecodeRuneInString(p[i:])
		switch {
		case r == '•' || r == '⁃' || r == '◦' || r == '▪':
			return bulletKind, size
		case isTerminator(r):
			return terminatorKind, size
		}
		return numKinds, size
	}
	return separatorKind, 1
}

// emit calls fn with p[a:b] trimmed of white space, unless that is empty.
func (s *Segmenter) emit(p string, a, b int, fn func(start, end int)) {
	a = skipSpace(p, a)
	for b > a {
		r, size := utf8.DecodeLastRuneInString(p[a:b])
		if !unicode.IsSpace(r) {
			break
		}
		b -= size
	}
	if b > a {
		fn(a, b)
	}
}
