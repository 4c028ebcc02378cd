package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Lists: list markers before a period ("a.", "ii.", "2."), items after
// ";" and ":", dash items, numbers before ")", and bullets.

// listMarkerOpens: "c. Nonobstant": a letter or roman marker at the start
// of a sentence opens the item and holds the period.
var listMarkerOpens = &rule{name: "list-marker-opens", decide: func(c *cursor) act {
	m := &c.mark
	if m.end != m.runEnd || m.lowerNext() {
		return pass
	}
	w, ws := c.wordBefore()
	if mk, _ := listMarker(w); (mk == 'a' || mk == 'r') && (ws == c.start || onlyBulletBefore(c.p, c.start, ws)) {
		return c.keepTo(m.runEnd)
	}
	return pass
}}

// nextListMarker: "1. The first item 2. The second item": the next marker
// of the same list starts a new item, before the marker.
var nextListMarker = &rule{name: "next-list-marker", decide: func(c *cursor) act {
	m := &c.mark
	if m.end != m.runEnd || m.lowerNext() {
		return pass
	}
	w, ws := c.wordBefore()
	if mk, _ := listMarker(w); mk != 0 && ws > c.start && followsMarker(c.p, c.start, w) {
		return c.cutAt(trimSpaceLeft(c.p, ws), ws)
	}
	return pass
}}

// markerItemAfter: "… l'article 4(b). i. Droits": a list marker after the
// period starts an item.
var markerItemAfter = &rule{name: "marker-item-after", when: lowerNext, decide: func(c *cursor) act {
	if m := &c.mark; m.lowerNext() && markerItemAt(c.p, m.next) {
		return c.cutAt(m.end, m.next)
	}
	return pass
}}

// itemAfterColon: "…; - de former", "suivantes : - le programme": a dash
// item of a list after ";" or ":" starts a sentence; so does a named body
// in a list of them ("… ; l'Union nationale… ; la Fédération…").
var itemAfterColon = &rule{name: "item-after-colon", decide: func(c *cursor) act {
	if b := c.s.itemBreak(c.p, c.start, c.i); b > 0 {
		return c.set(verdict{act: cut, at: b, next: skipSpace(c.p, b)})
	}
	return pass
}}

// gluedColon: "…30 juin 2005: Le rapport…": a ":" glued in the English way
// before a capitalised sentence, in a language that spaces it.
var gluedColon = &rule{name: "glued-colon", needs: spacedPunctuation, decide: func(c *cursor) act {
	if b := c.s.gluedColonBreak(c.p, c.start, c.i); b > 0 {
		return c.set(verdict{act: cut, at: b, next: skipSpace(c.p, b), item: true})
	}
	return pass
}}

// itemEnds: "l'introduction d'une flexibilité…; et l'extension…", "…ni en
// servitude; l'esclavage…": an item of a list or a provision ends at its
// ";" before a lower-case word.
var itemEnds = &rule{name: "item-ends", decide: func(c *cursor) act {
	if b := c.s.itemEnd(c.p, c.start, c.i, c.inList()); b > 0 {
		return c.set(verdict{act: cut, at: b, next: skipSpace(c.p, b), item: true})
	}
	return pass
}}

// inList: the ";" at the cursor ends a segment that is an item of a list:
// it follows another item, or opens like one.
func (c *cursor) inList() bool {
	return c.p[c.i] == ';' && (c.item == c.start || c.s.itemStart(c.p, c.start))
}

// dashItem: " - Jean-Claude Méry, ancien…": a dash between spaces before a
// capital starts a list item (not after a wire dateline, "PARIS (AFP) -
// Le…").
var dashItem = &rule{name: "dash-item", decide: func(c *cursor) act {
	p, i, start := c.p, c.i, c.start
	if i <= start || i+2 >= len(p) || p[i+1] != ' ' || !isSpaceBefore(p, i) || !startsCapitalised(p, skipSpace(p, i+1)) {
		return pass
	}
	b := trimSpaceLeft(p, i)
	if b > start && strings.IndexFunc(p[start:b], unicode.IsLetter) >= 0 && !openBracket(p[start:b]) &&
		!(start == 0 && c.s.genreOn(News) && wireDateline(p[start:b])) {
		return c.set(verdict{act: cut, at: b, next: i})
	}
	return pass
}}

// numberBracket: "item 2) Next", "item 2.) Next", "(1) A l'exclusion": a
// list number before ")" starts a sentence.
var numberBracket = &rule{name: "number-bracket", decide: func(c *cursor) act {
	if b := listBreak(c.p, c.start, c.i); b > 0 {
		return c.set(verdict{act: cut, at: b, next: skipSpace(c.p, b)})
	}
	return pass
}}

// bullet: a bullet inside running text starts a new item.
var bullet = &rule{name: "bullet", decide: func(c *cursor) act {
	if c.i > c.start && isSpaceBefore(c.p, c.i) {
		return c.set(verdict{act: cut, at: c.i, next: c.i})
	}
	return pass
}}

// listMarker reads a list marker without its period: a number of up to
// three digits ('n'), one lower-case letter ('a') or a lower-case roman
// numeral up to xx ('r'), with its value. "i", "v" and "x" read as roman.
func listMarker(w string) (kind byte, val int) {
	if len(w) == 0 || len(w) > 5 {
		return 0, 0
	}
	if allDigits(w) {
		if len(w) > 3 {
			return 0, 0
		}
		for i := 0; i < len(w); i++ {
			val = val*10 + int(w[i]-'0')
		}
		return 'n', val
	}
	if v := romanValue(w); v > 0 {
		return 'r', v
	}
	if v := letterValue(w); v > 0 {
		return 'a', v
	}
	return 0, 0
}

// romanValue: "i" … "xx" in lower case, else 0.
func romanValue(w string) int {
	for v, r := range romans {
		if w == r {
			return v + 1
		}
	}
	return 0
}

var romans = [...]string{"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x",
	"xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx"}

// letterValue: 1 for "a" … 26 for "z", else 0.
func letterValue(w string) int {
	if len(w) == 1 && w[0] >= 'a' && w[0] <= 'z' {
		return int(w[0]-'a') + 1
	}
	return 0
}

// followsMarker: the sentence at start opens with a list marker (after an
// optional bullet) that comes just before w in the same list: "1" before
// "2", "a" before "b", "i" before "ii", and "h" before the letter "i".
func followsMarker(p string, start int, w string) bool {
	q := start
	if r, size := utf8.DecodeRuneInString(p[q:]); isBullet(r) {
		q = skipSpace(p, q+size)
	}
	e := q
	for e < len(p) && e-q <= 5 && p[e] != '.' && p[e] != ' ' {
		e++
	}
	if e >= len(p) || p[e] != '.' {
		return false
	}
	first := p[q:e]
	k0, v0 := listMarker(first)
	k1, v1 := listMarker(w)
	if k0 != 0 && k0 == k1 && v0 == v1-1 {
		return true
	}
	l0, l1 := letterValue(first), letterValue(w)
	return l0 > 0 && l0 == l1-1
}

func isBullet(r rune) bool {
	return r == '•' || r == '⁃' || r == '◦' || r == '▪'
}

// onlyBulletBefore: only a bullet or a dash stands between start and
// wstart.
func onlyBulletBefore(p string, start, wstart int) bool {
	t := strings.TrimSpace(p[start:wstart])
	return t == "•" || t == "⁃" || t == "◦" || t == "▪" || t == "-" || t == "–"
}

// markerItemAt: a list marker with its period, then a capital, is at i
// ("i. Droits", "c. Nonobstant").
func markerItemAt(p string, i int) bool {
	e := i
	for e < len(p) && e-i <= 5 && p[e] >= 'a' && p[e] <= 'z' {
		e++
	}
	if e == i || e+2 >= len(p) || p[e] != '.' || p[e+1] != ' ' {
		return false
	}
	if k, _ := listMarker(p[i:e]); k == 0 || k == 'n' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(p[skipSpace(p, e+1):])
	return unicode.IsUpper(r)
}

// listBreak looks at ")" at i for "… item 2) Next" or "2.) Next" and returns
// where the sentence before the number ends (0 when it is not a list item).
func listBreak(p string, start, i int) int {
	j := i
	if j > start && p[j-1] == '.' {
		j--
	}
	d := j
	for d > start && p[d-1] >= '0' && p[d-1] <= '9' {
		d--
	}
	if d == j || j-d > 3 {
		return 0
	}
	// "(1) A l'exclusion": a bracketed number starts an item too.
	if d > start && p[d-1] == '(' {
		d--
	}
	if d == start || !isSpaceBefore(p, d) {
		return 0
	}
	// Followed by white space and a capital, not when a "(" is open in
	// this sentence ("(see 2) The"), and not where the text before already
	// ends.
	q := i + 1
	if q >= len(p) || (p[q] != ' ' && p[q] != '\t') {
		return 0
	}
	q = skipSpace(p, q)
	if r, _ := utf8.DecodeRuneInString(p[q:]); !unicode.IsUpper(r) {
		return 0
	}
	if openBracket(p[start:d]) || trimSpaceLeft(p, d) <= start {
		return 0
	}
	return d
}
