package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Headings: fixed section titles from the rule data ("Effets
// indésirables") and headings in capitals, which stand as sentences of
// their own before the text that runs on after them.

// heading: "Grossesse et allaitement Effets sur l'aptitude…": a known
// heading is a sentence of its own.
var heading = &rule{name: "heading", decide: func(c *cursor) act {
	if len(c.s.headings) == 0 {
		return pass
	}
	if e, q := c.s.headingAt(c.p, c.start, c.i); e > 0 {
		return c.set(verdict{act: cut, at: c.i, at2: e, next: q, resume: q})
	}
	return pass
}}

// capsHeadingEnd: "… ACLASTA Avant de recevoir": a heading in capitals
// ends before a capitalised word.
var capsHeadingEnd = &rule{name: "caps-heading-end", when: afterUpper, decide: func(c *cursor) act {
	if u := c.upperAt(); unicode.IsUpper(u.prev) && capsRunBefore(c.p, u.b) && isCapitalised(c.p, c.i) {
		return c.cutBefore()
	}
	return pass
}}

// capsAcronymHeading: "RAPPORT EUROPÉEN PUBLIC D'ÉVALUATION (EPAR)
// ANGIOX": a heading in capitals ending in an acronym, then a name in
// capitals.
var capsAcronymHeading = &rule{name: "caps-acronym-heading", when: afterBracket, decide: func(c *cursor) act {
	if u := c.upperAt(); u.prev == ')' && capsRunBefore(c.p, u.b) && isCapsWord(c.p[c.i:nextWordEnd(c.p, c.i)]) {
		return c.cutBefore()
	}
	return pass
}}

// headingAt: a heading of the rules begins at i, before a capital, a
// digit, a dash or the paragraph's end, and not after a linker ("voir la
// rubrique Effets indésirables"). It returns where the heading ends and
// where the next sentence begins, or 0, 0.
func (s *Segmenter) headingAt(p string, start, i int) (end, next int) {
	if k := prefixKey(p, i); k >= 0 && s.headPrefix[k>>6]&(1<<(k&63)) == 0 {
		return 0, 0
	}
	var buf [64]byte
	key := buf[:0]
	j := i
	for j < len(p) && len(key) < 60 {
		r, size := utf8.DecodeRuneInString(p[j:])
		if !isHeadingKeyRune(r) {
			break
		}
		key = utf8.AppendRune(key, foldRune(r))
		j += size
	}
	cands, ok := s.headings[string(key)]
	if !ok {
		return 0, 0
	}
	if i > start && (s.linkerBefore(p, trimSpaceLeft(p, i)) ||
		openBracket(p[start:i])) {
		return 0, 0
	}
	for _, h := range cands {
		if e, q := s.headingEnd(p, start, i, h); e > 0 {
			return e, q
		}
	}
	return 0, 0
}

// headingEnd: the folded heading h matches at i and a sentence can start
// after it. It returns where the heading ends and where the next sentence
// begins, or 0, 0.
func (s *Segmenter) headingEnd(p string, start, i int, h string) (end, next int) {
	e := matchFolded(p, i, h)
	if e == 0 || e < len(p) && !unicode.IsSpace(rune(p[e])) {
		return 0, 0
	}
	q := skipSpace(p, e)
	// "Très fréquent (1/10)": a bracket right after belongs to it.
	if q < len(p) && p[q] == '(' {
		if k := strings.IndexByte(p[q:min(len(p), q+40)], ')'); k > 0 {
			e = q + k + 1
			q = skipSpace(p, e)
		}
	}
	if q == len(p) {
		return e, q
	}
	r, _ := utf8.DecodeRuneInString(p[q:])
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) && r != '-' && r != '•' {
		return 0, 0
	}
	// A one-word heading inside a sentence is a common noun too ("la
	// société Distribution Casino"): a sentence must start after it.
	if i > start && unicode.IsUpper(r) && !strings.ContainsRune(h, ' ') && !s.startsSentence(nextWord(p, q)) {
		return 0, 0
	}
	return e, q
}

// prefixSpace is the number of prefixKey values: four places of 27
// symbols (a–z and "end of word").
const prefixSpace = 27 * 27 * 27 * 27

// prefixKey folds the first four letters of the word at i (case, and the
// accents of é, è, à…) into a number below prefixSpace; a word of fewer
// letters is padded with "end". It returns -1 for anything it cannot fold
// (the caller then tests the word the slow way).
func prefixKey(w string, i int) int {
	k := 0
	for n := 0; n < 4; n++ {
		sym := 26
		if i < len(w) {
			c := w[i]
			switch {
			case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
				sym = int(c|0x20) - 'a'
				i++
			case c >= utf8.RuneSelf:
				r, size := utf8.DecodeRuneInString(w[i:])
				f := foldRune(r)
				if f == 'œ' {
					f = 'o'
				}
				if f < 'a' || f > 'z' {
					if unicode.IsLetter(r) {
						return -1
					}
					break // "’": the word ends
				}
				sym = int(f - 'a')
				i += size
			}
		}
		if sym == 26 {
			// The word ended: pad the rest.
			for ; n < 4; n++ {
				k = k*27 + 26
			}
			return k
		}
		k = k*27 + sym
	}
	return k
}

// headingKey is the start of a folded heading that headingAt reads as its
// first word: letters, brackets, apostrophes and hyphens.
func headingKey(f string) string {
	for k, r := range f {
		if !isHeadingKeyRune(r) {
			return f[:k]
		}
	}
	return f
}

func isHeadingKeyRune(r rune) bool {
	return unicode.IsLetter(r) || r == '(' || r == ')' || r == '\'' || r == '’' || r == '-'
}

// matchFolded: the folded heading h matches p from i (any run of white
// space for a space); it returns where the match ends, or 0.
func matchFolded(p string, i int, h string) int {
	j := i
	for _, hr := range h {
		if j >= len(p) {
			return 0
		}
		r, size := utf8.DecodeRuneInString(p[j:])
		if hr == ' ' {
			if !unicode.IsSpace(r) {
				return 0
			}
			j = skipSpace(p, j)
			continue
		}
		if foldRune(r) != hr {
			return 0
		}
		j += size
	}
	return j
}

// foldHeading lower-cases a heading, drops its accents and makes every
// run of white space one space.
func foldHeading(h string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.TrimSpace(h) {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(foldRune(r))
	}
	return b.String()
}

// foldRune lower-cases r and drops the accent of a French letter.
func foldRune(r rune) rune {
	if r < utf8.RuneSelf {
		if r >= 'A' && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}
	r = unicode.ToLower(r)
	switch r {
	case 'à', 'â', 'ä':
		return 'a'
	case 'é', 'è', 'ê', 'ë':
		return 'e'
	case 'î', 'ï':
		return 'i'
	case 'ô', 'ö':
		return 'o'
	case 'ù', 'û', 'ü':
		return 'u'
	case 'ç':
		return 'c'
	case '’':
		return '\''
	}
	return r
}

// capsRunBefore: the two words before b are in capitals ("SI NECESSAIRE"),
// the first at least three letters long.
func capsRunBefore(p string, b int) bool {
	words := 0
	j := b
	for words < 2 {
		k := j
		letters := 0
		for k > 0 {
			r, size := utf8.DecodeLastRuneInString(p[:k])
			if unicode.IsSpace(r) {
				break
			}
			if unicode.IsLower(r) {
				return false
			}
			if unicode.IsLetter(r) {
				letters++
			}
			k -= size
		}
		if letters < 2 || words == 0 && letters < 3 {
			return false
		}
		words++
		if k == 0 {
			return false
		}
		j = trimSpaceLeft(p, k)
	}
	return true
}
