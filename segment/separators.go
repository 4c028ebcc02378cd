package segment

// Separators: a line of "=====", "______" or "*****NOTICE*****" is a
// sentence of its own.

// separatorLine: a run of four or more of = _ * ~ # - (a banner word in
// capitals may sit inside it), or "--" opening a sentence before a
// capital ("act. -- Posted by"), between white space.
var separatorLine = &rule{name: "separator-line", decide: func(c *cursor) act {
	p, i, ch := c.p, c.i, c.p[c.i]
	e := sameRunEnd(p, i)
	sep := e-i >= 4 || ch == '-' && e-i >= 2 && i == c.start && e+1 < len(p) && p[e] == ' ' && isCapitalised(p, e+1)
	if e-i >= 4 && e < len(p) && p[e] != ch && p[e] != ' ' {
		if f := bannerEnd(p, e, ch); f > 0 {
			e = f
		} else {
			sep = false
		}
	}
	if sep && isSpaceBefore(p, i) && (e == len(p) || p[e] == ' ' || p[e] == '\t' || p[e] == '\n') {
		return c.set(verdict{act: cut, at: i, at2: e, next: skipSpace(p, e), resume: e})
	}
	return pass
}}

// separatorRun: any other run of separator characters is skipped whole.
var separatorRun = &rule{name: "separator-run", decide: func(c *cursor) act {
	return c.skipTo(sameRunEnd(c.p, c.i))
}}

// sameRunEnd is the end of the run of the byte at i.
func sameRunEnd(p string, i int) int {
	e := i
	for e < len(p) && p[e] == p[i] {
		e++
	}
	return e
}
