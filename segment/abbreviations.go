package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Abbreviations and initials: the word before a period, and whether the
// period ends a sentence. The words are the rule data's [nobreak],
// [number] and [acronym] sections; initials ("J.", "J.-C") and dotted
// acronyms ("U.S") are recognised by shape.

// abbreviationBeforeLower: "p. ex. la", "M. le ministre": a sentence may
// begin in lower case, but never after an abbreviation.
var abbreviationBeforeLower = &rule{name: "abbreviation-before-lower", when: lowerNext, decide: func(c *cursor) act {
	if c.mark.lowerNext() && c.class() != 0 {
		return c.keepTo(c.mark.runEnd)
	}
	return pass
}}

// wordBeforeLower: "… sécurité. à ce jour": after an ordinary word or a
// compound ("celui-ci"), a period ends the sentence even before a
// lower-case word.
var wordBeforeLower = &rule{name: "word-before-lower", when: lowerNext, decide: func(c *cursor) act {
	if w, _ := c.wordBefore(); c.mark.lowerNext() && (isPlainWord(w) || isHyphenatedWord(w)) {
		return c.cutAt(c.mark.end, c.mark.next)
	}
	return pass
}}

// bracketBeforeLower: "(telle que définie ci-après). la ou les
// personnes": a period after a closing bracket belongs to no
// abbreviation.
var bracketBeforeLower = &rule{name: "bracket-before-lower", when: lowerNext, decide: func(c *cursor) act {
	m := &c.mark
	if w, _ := c.wordBefore(); m.lowerNext() && m.end == m.runEnd && w != "" && (w[len(w)-1] == ')' || w[len(w)-1] == ']') {
		return c.cutAt(m.end, m.next)
	}
	return pass
}}

// shortWordBeforeLower: "it was ok. i will", "un million d'euros par an.
// et": a short lower-case word that is no abbreviation ends a sentence
// too.
var shortWordBeforeLower = &rule{name: "short-word-before-lower", when: lowerNext, decide: func(c *cursor) act {
	if w, _ := c.wordBefore(); c.mark.lowerNext() && isShortLowerWord(w) && !c.s.abbrevAnyCase(w) {
		return c.cutAt(c.mark.end, c.mark.next)
	}
	return pass
}}

// lowerGoesOn: any other period before a lower-case word ("etc. et",
// "approx. two") continues the sentence.
var lowerGoesOn = &rule{name: "lower-goes-on", when: lowerNext, decide: func(c *cursor) act {
	if c.mark.lowerNext() {
		return c.keepTo(c.mark.runEnd)
	}
	return pass
}}

// abbreviationBracket: "(Gruau par ex.) Ainsi": the bracket closes the
// abbreviation's clause, and a capital after it starts a sentence.
var abbreviationBracket = &rule{name: "abbreviation-bracket", decide: func(c *cursor) act {
	m := &c.mark
	if c.class() == NoBreak && m.end > m.runEnd && strings.ContainsAny(c.p[m.runEnd:m.end], ")]") && unicode.IsUpper(m.nr) {
		return c.cutAt(m.end, m.next)
	}
	return pass
}}

// initialBeforeStarter: "Mac OS X. Une version": an initial before a
// sentence starter ends the sentence; "dans A. La longueur du module": so
// does one before an article and a lower-case word, which is no surname
// ("N. Le Roux").
var initialBeforeStarter = &rule{name: "initial-before-starter", decide: func(c *cursor) act {
	m, p, s := &c.mark, c.p, c.s
	if w, _ := c.wordBefore(); c.class() == NoBreak && isInitial(w) {
		if nw := nextWord(p, m.next); s.initialEnders[nw] || s.weakOpeners[nw] && lowerAfter(p, nextWordEnd(p, m.next)) {
			return c.cutAt(m.end, m.next)
		}
	}
	return pass
}}

// abbreviation: "M. Dupont", "cf. Le Monde", "J. Smith": a no-break
// abbreviation or an initial holds the sentence.
var abbreviation = &rule{name: "abbreviation", decide: func(c *cursor) act {
	if c.class() == NoBreak {
		return c.keepTo(c.mark.runEnd)
	}
	return pass
}}

// numberAbbreviation: "n°. 5", "p. 12", "art. 3": a number abbreviation
// before a number holds the sentence.
var numberAbbreviation = &rule{name: "number-abbreviation", decide: func(c *cursor) act {
	if c.class() == Number && unicode.IsDigit(c.mark.nr) {
		return c.keepTo(c.mark.runEnd)
	}
	return pass
}}

// acronym: "the U.S. Army": an acronym ends a sentence only before a
// sentence starter ("U.S. The").
var acronym = &rule{name: "acronym", decide: func(c *cursor) act {
	if c.class() == Acronym && !c.s.starters[nextWord(c.p, c.mark.next)] {
		return c.keepTo(c.mark.runEnd)
	}
	return pass
}}

// classify says what kind of abbreviation word (before a period) is; 0 for
// an ordinary word.
func (s *Segmenter) classify(p string, start, wstart int, word string) Class {
	var buf [64]byte
	lw := appendLower(buf[:0], word)
	if c := s.multiClass(p, start, wstart, word, lw); c != 0 {
		return c
	}
	if c, ok := s.exact[word]; ok {
		return c
	}
	initial := isInitial(word)
	if !initial {
		if c, ok := s.folded[string(lw)]; ok {
			return c
		}
	}
	switch {
	case initial:
		if s.letterWords[word] {
			// "you and I." ends; "Albert I. Jones" does not.
			prev, _ := wordBefore(p, start, max(start, wstart-1))
			if pr, _ := utf8.DecodeRuneInString(prev); !unicode.IsUpper(pr) {
				return 0
			}
		}
		return NoBreak
	case isHyphenInitials(word):
		return NoBreak
	case isDottedAcronym(word):
		return Acronym
	}
	return 0
}

// multiClass is the class of a multi-word entry ("av. J.-C", "p. ex")
// that ends with word (lw in lower case), or 0.
func (s *Segmenter) multiClass(p string, start, wstart int, word string, lw []byte) Class {
	entries := s.multi[string(lw)]
	if len(entries) == 0 {
		return 0
	}
	lo := max(wstart-s.maxAbbrev, start)
	for lo > start && !utf8.RuneStart(p[lo]) {
		lo--
	}
	before := p[lo : wstart+len(word)]
	for _, e := range entries {
		hay := before
		if e.fold {
			hay = strings.ToLower(before)
		}
		if strings.HasSuffix(hay, e.full) {
			k := len(hay) - len(e.full)
			if k == 0 || !isWordByte(hay[k-1]) {
				return e.class
			}
		}
	}
	return 0
}

// abbrevAnyCase: w, a short lower-case word, is a listed abbreviation
// written with a capital ("co." for "Co.", "st." for "St.").
func (s *Segmenter) abbrevAnyCase(w string) bool {
	var buf [8]byte
	b := append(buf[:0], w...)
	b[0] -= 'a' - 'A'
	_, ok := s.exact[string(b)]
	return ok
}

// appendLower appends the lower-case form of w to dst, without allocating
// when dst has room (map lookups with string(dst) do not allocate either).
func appendLower(dst []byte, w string) []byte {
	for _, r := range w {
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
	}
	return dst
}

// isInitial: one capital letter.
func isInitial(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	return size == len(w) && unicode.IsUpper(r)
}

// isHyphenInitials: "J.-Y", "J.-C": capitals joined by ".-".
func isHyphenInitials(w string) bool {
	parts := 0
	for {
		r, size := utf8.DecodeRuneInString(w)
		if size == 0 || !unicode.IsUpper(r) {
			return false
		}
		parts++
		w = w[size:]
		if w == "" {
			return parts >= 2
		}
		if !strings.HasPrefix(w, ".-") {
			return false
		}
		w = w[2:]
	}
}

// isDottedAcronym: "U.S", "O.N.U", "a.m", "LL.AA.II.RR": groups of one to
// three letters joined by periods.
func isDottedAcronym(w string) bool {
	groups, n := 1, 0
	for _, r := range w {
		switch {
		case r == '.':
			if n == 0 {
				return false
			}
			groups, n = groups+1, 0
		case unicode.IsLetter(r):
			n++
			if n > 3 {
				return false
			}
		default:
			return false
		}
	}
	return groups >= 2 && n > 0
}

// isShortLowerWord: two or three lower-case letters ("ok", "bad").
func isShortLowerWord(w string) bool {
	if len(w) < 2 || len(w) > 3 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// isPlainWord: at least minPlainWord letters and nothing else, the shape of
// an ordinary word rather than an abbreviation.
func isPlainWord(w string) bool {
	n := 0
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
		n++
	}
	return n >= minPlainWord
}

const minPlainWord = 4

// isHyphenatedWord: words of letters joined by hyphens ("celui-ci",
// "peut-être"), each of two letters or more: a compound, never an
// abbreviation (those carry periods: "J.-C").
func isHyphenatedWord(w string) bool {
	parts := 0
	for {
		k := strings.IndexByte(w, '-')
		part := w
		if k >= 0 {
			part = w[:k]
		}
		if utf8.RuneCountInString(part) < 2 || strings.IndexFunc(part, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
			return false
		}
		parts++
		if k < 0 {
			return parts >= 2
		}
		w = w[k+1:]
	}
}

// isLowerWord: every letter of w is lower case.
func isLowerWord(w string) bool {
	for _, r := range w {
		if unicode.IsLetter(r) && !unicode.IsLower(r) {
			return false
		}
	}
	return true
}
