package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Clauses: when a ";" or ":" ends a sentence (before a capital, or an
// item of a list before a lower-case word).

// clauseCapital: "…; En utilisant", "…: Ce basculement": a clause boundary
// before a capitalised sentence starter is a sentence boundary; ":" only
// before a starter ("point: Tout en sachant", not "programme: François"),
// and neither inside brackets.
var clauseCapital = &rule{name: "clause-capital", decide: func(c *cursor) act {
	if b := c.s.clauseBreak(c.p, c.i); b > 0 {
		return c.set(verdict{act: cut, at: b, next: skipSpace(c.p, b), item: c.inList()})
	}
	return pass
}}

// clauseGoesOn: any other ";" or ":" before white space continues the
// sentence.
var clauseGoesOn = &rule{name: "clause-goes-on", decide: func(c *cursor) act {
	if c.i+1 < len(c.p) && c.p[c.i+1] == ' ' {
		return c.keepTo(0)
	}
	return c.skipTo(0)
}}

// clauseStart: the ";" or ":" at i is followed by white space and a word
// at q (after an opening quote, for ";").
func clauseStart(p string, i int) (q int, ok bool) {
	if i+1 >= len(p) {
		return 0, false
	}
	if r, _ := utf8.DecodeRuneInString(p[i+1:]); !unicode.IsSpace(r) {
		return 0, false
	}
	q = skipSpace(p, i+1)
	if p[i] == ';' && q < len(p) && (p[q] == '"' || strings.HasPrefix(p[q:], "«") || strings.HasPrefix(p[q:], "“")) {
		_, qs := utf8.DecodeRuneInString(p[q:])
		q = skipSpace(p, q+qs)
	}
	return q, q < len(p)
}

// clauseBreak looks at ";" or ":" at i before a capital and returns the
// end of the sentence it closes, or 0.
func (s *Segmenter) clauseBreak(p string, i int) int {
	q, ok := clauseStart(p, i)
	if !ok {
		return 0
	}
	r, size := utf8.DecodeRuneInString(p[q:])
	if !unicode.IsUpper(r) {
		return 0
	}
	// A lone capital ("A :", "X: la") is more likely a label than a start,
	// unless the language lets one open a sentence ("; À l'exception");
	// "the data you used: I shall" goes on.
	if q+size < len(p) {
		r2, _ := utf8.DecodeRuneInString(p[q+size:])
		if !unicode.IsLetter(r2) && r2 != '\'' && r2 != '’' && !(r2 == ' ' && s.has(oneLetterStarters) && s.starters[p[q:q+size]]) {
			return 0
		}
	}
	if !s.starters[nextWord(p, q)] && (p[i] == ':' || looksLikeName(p, q)) {
		return 0
	}
	// "- 22 septembre 1994 : Le juge…", "1789 : La Révolution…": an entry
	// of a chronology goes on after its date, and "Q: What happened?" after
	// its one-letter label.
	if p[i] == ':' {
		b := trimSpaceLeft(p, i)
		if a := tokenStart(p, 0, b); allDigits(p[a:b]) || b-a == 1 {
			return 0
		}
	}
	// Not inside brackets: "(en anglais : Mendelian …)".
	if insideBrackets(p, i) {
		return 0
	}
	return i + 1
}

// itemBreak looks at the ";" or ":" at i: before a dash item ("…; - de
// former", "suivantes : - le programme") it ends the segment. It returns
// where the segment ends, or 0.
func (s *Segmenter) itemBreak(p string, start, i int) int {
	q := skipSpace(p, i+1)
	if q >= len(p) || q == i+1 {
		return 0
	}
	// "…du programme; et - une communication": the last item may come
	// after a conjunction.
	d := q
	if p[i] == ';' {
		for _, c := range s.listConjunctions {
			if strings.HasPrefix(p[q:], c) {
				d = q + len(c)
				break
			}
		}
	}
	r, size := utf8.DecodeRuneInString(p[d:])
	dash := (r == '-' || r == '–' || r == '—') && d+size < len(p) && p[d+size] == ' '
	// "… orphelins de guerre ; l'Union nationale des déportés ; la
	// Fédération nationale…": a list of named bodies, one a line.
	named := !dash && s.has(lowerCaseItems) && p[i] == ';' && s.namedItemAt(p, q) && semicolonBeforeStop(p, q)
	if !dash && !named {
		return 0
	}
	// Not inside brackets, and never leaving a segment with no word.
	if strings.IndexFunc(p[start:i], unicode.IsLetter) < 0 ||
		openBracket(p[start:i]) {
		return 0
	}
	return i + 1
}

// itemEnd looks at the ";" at i that ends a segment which is an item of a
// list (inList: it opens in lower case or with a dash, or follows another
// item), as legal texts lay them out one a line: "- la coopération… doit
// être accrue; - en ce qui concerne…", "l'introduction d'une flexibilité…;
// et l'extension…". Before a lower-case word, and never inside brackets,
// the ";" ends the item. French legal texts typed in the English way glue
// the ";" to the word and close each provision with it, list or not: "Nul
// ne sera tenu en esclavage ni en servitude; l'esclavage…" (a spaced " ; "
// goes on). It returns where the segment ends, or 0.
func (s *Segmenter) itemEnd(p string, start, i int, inList bool) int {
	if p[i] != ';' || i+1 >= len(p) || p[i+1] != ' ' ||
		!inList && (!unicode.IsLetter(s.gluedTo(p, i)) || insideBrackets(p, i)) {
		return 0
	}
	q := skipSpace(p, i+1)
	if q >= len(p) {
		return 0
	}
	if r, _ := utf8.DecodeRuneInString(p[q:]); !unicode.IsLower(r) {
		return 0
	}
	if openBracket(p[start:i]) {
		return 0
	}
	return i + 1
}

// gluedColonBreak looks at the ":" at i in text that spaces it. Texts
// typed in the English way glue it to the word and start a new sentence
// after it with a capital ("au plus tard le 30 juin 2005: Le rapport…").
// Outside brackets, a glued ":" after a letter or a digit ends the
// sentence before a capitalised word that does not start a name. It
// returns where the sentence ends, or 0.
func (s *Segmenter) gluedColonBreak(p string, start, i int) int {
	if p[i] != ':' || i+1 >= len(p) || p[i+1] != ' ' {
		return 0
	}
	if r := s.gluedTo(p, i); !unicode.IsLetter(r) && !unicode.IsDigit(r) {
		return 0
	}
	q := skipSpace(p, i+1)
	// Not before a name ("Au programme: François Grange et…").
	if q >= len(p) || !startsCapitalised(p, q) || looksLikeName(p, q) && !s.starters[nextWord(p, q)] {
		return 0
	}
	if openBracket(p[start:i]) || insideBrackets(p, i) {
		return 0
	}
	return i + 1
}

// gluedTo is the rune that punctuation at i is glued to, with no space,
// in a language that spaces it; 0 in other languages or at the start.
func (s *Segmenter) gluedTo(p string, i int) rune {
	if !s.has(spacedPunctuation) || i == 0 {
		return 0
	}
	r, _ := utf8.DecodeLastRuneInString(p[:i])
	return r
}

// itemStart: the segment at start opens like an item of a list, in a
// language whose items open in lower case: a lower-case word, or a dash
// and a space ("- la coopération…").
func (s *Segmenter) itemStart(p string, start int) bool {
	if !s.has(lowerCaseItems) || start >= len(p) {
		return false
	}
	r, size := utf8.DecodeRuneInString(p[start:])
	if r == '-' || r == '–' || r == '—' {
		return start+size < len(p) && p[start+size] == ' '
	}
	return unicode.IsLower(r)
}

// namedItemAt: a lower-case article at i introduces a capitalised name
// ("la Fédération", "l'Union").
func (s *Segmenter) namedItemAt(p string, i int) bool {
	j := i
	for _, a := range s.articles {
		if strings.HasPrefix(p[i:], a) {
			j = i + len(a)
			break
		}
	}
	if j == i || j >= len(p) {
		return false
	}
	return startsCapitalised(p, j)
}

// semicolonBeforeStop: from i on, a ";" comes before the next ".", "!" or
// "?", so the clause at i is an item of a list ("…de guerre ; l'Union
// nationale… ; la Fédération…") rather than the last clause of a sentence
// ("vers l'Arménie ; la Croix-Rouge parle de 3,5 %.").
func semicolonBeforeStop(p string, i int) bool {
	if j := strings.IndexAny(p[i:], ";.!?"); j >= 0 {
		return p[i+j] == ';'
	}
	return false
}
