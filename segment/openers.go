package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Openers: a capitalised word from the rule data's [openers] ("Il", "Des",
// "En") after a lower-case word, a digit or a closing bracket starts a new
// sentence, as when a headline with no final stop runs into the text.
// The rules below run in order at every capital that follows white space;
// those of the genres (mail, news, legal) come between them in order.go.

// cutBefore: the sentence ends at the text before the capital, which
// starts the next.
func (c *cursor) cutBefore() act {
	return c.set(verdict{act: cut, at: c.upperAt().b, next: c.i})
}

// openerNeedsText: never inside brackets, and never leaving a sentence
// with no word ("(21) Les produits", "(...) Les universités").
var openerNeedsText = &rule{name: "opener-needs-text", decide: func(c *cursor) act {
	if c.i <= c.start {
		return c.skipTo(0)
	}
	b := c.upperAt().b
	if b == 0 || b <= c.start || openBracket(c.p[c.start:b]) || strings.IndexFunc(c.p[c.start:b], unicode.IsLetter) < 0 {
		return c.skipTo(0)
	}
	return pass
}}

// afterCapitals: after a word in capitals, only the heading and byline
// rules before this one start a sentence.
var afterCapitals = &rule{name: "after-capitals", when: afterUpper, decide: func(c *cursor) act {
	if unicode.IsUpper(c.upperAt().prev) {
		return c.skipTo(0)
	}
	return pass
}}

// notAnOpener: after a lower-case word, only an opener starts a sentence,
// or an article before a common noun ("… clinique Les patients", not "…
// vaisseaux L'Ardent").
var notAnOpener = &rule{name: "not-an-opener", when: afterLower, decide: func(c *cursor) act {
	u, s := c.upperWord(), c.s
	if unicode.IsLower(u.prev) && !s.openers[u.w] && !(s.weakOpeners[u.w] && lowerAfter(c.p, u.after)) {
		return c.skipTo(0)
	}
	return pass
}}

// linkerBefore: "dans Le Monde", "l'album Un homme": after a linker, a
// capital goes on with the sentence.
var linkerBefore = &rule{name: "linker-before", when: afterLower, decide: func(c *cursor) act {
	if u := c.upperAt(); unicode.IsLower(u.prev) && c.s.linkerBefore(c.p, u.b) {
		return c.keepTo(0)
	}
	return pass
}}

// titleAfterOpener: "… dans la série Nous Deux", "the band They Might Be
// Giants": a capital after the opener makes it part of a title.
var titleAfterOpener = &rule{name: "title-after-opener", when: afterLower, decide: func(c *cursor) act {
	if u := c.upperWord(); unicode.IsLower(u.prev) && c.s.capitalAfter(c.p, u.after) {
		return c.keepTo(0)
	}
	return pass
}}

// notAfterNumber: after a digit or ")", any opener or article starts a
// sentence ("(1990-1991) L'affaire"); other words do not.
var notAfterNumber = &rule{name: "not-after-number", when: afterDigit | afterBracket, decide: func(c *cursor) act {
	u, s := c.upperWord(), c.s
	if (unicode.IsDigit(u.prev) || u.prev == ')') && !s.openers[u.w] && !s.weakOpeners[u.w] {
		return c.skipTo(0)
	}
	return pass
}}

// notAfterText: after anything but a lower-case word, a digit or ")", a
// capital starts nothing.
var notAfterText = &rule{name: "not-after-text", decide: func(c *cursor) act {
	if u := c.upperAt(); !unicode.IsLower(u.prev) && !unicode.IsDigit(u.prev) && u.prev != ')' {
		return c.skipTo(0)
	}
	return pass
}}

// openerWithComma: "… Partners Congratulations! You've all won!", "…
// mâchoire Ensuite, les marqueurs": an opener may take a comma or a "!".
var openerWithComma = &rule{name: "opener-with-comma", decide: func(c *cursor) act {
	u, p := c.upperWord(), c.p
	if strings.HasSuffix(u.w, "'") || u.after+1 >= len(p) {
		return pass
	}
	if r := p[u.after]; (r == ',' || r == '!') && p[u.after+1] == ' ' && c.s.openers[u.w] {
		return c.cutBefore()
	}
	return pass
}}

// openerNotAWord: the opener must be followed by white space, or be an
// elided form (L', J').
var openerNotAWord = &rule{name: "opener-not-a-word", decide: func(c *cursor) act {
	u, p := c.upperWord(), c.p
	if strings.HasSuffix(u.w, "'") {
		return pass
	}
	if u.after >= len(p) {
		return c.skipTo(0)
	}
	if r, _ := utf8.DecodeRuneInString(p[u.after:]); !unicode.IsSpace(r) {
		return c.skipTo(0)
	}
	return pass
}}

// opener: "… post-commercialisation Les réactions", "du 12 mai Il a": the
// opener starts a sentence.
var opener = &rule{name: "opener", decide: func(c *cursor) act {
	return c.cutBefore()
}}

// linkerBefore: the word that ends at b is a linker ("de", "dans",
// "intitulé"), after which a capital goes on with the sentence.
func (s *Segmenter) linkerBefore(p string, b int) bool {
	if len(s.linkers) == 0 {
		return false
	}
	a := b
	for a > 0 {
		r, size := utf8.DecodeLastRuneInString(p[:a])
		if unicode.IsSpace(r) || r == '(' || r == '"' || r == '«' {
			break
		}
		a -= size
	}
	w := p[a:b]
	// "l'album", "d'intitulé": the word after an elided article.
	for k := len(w) - 1; k > 0; k-- {
		if w[k] == '\'' {
			w = w[k+1:]
			break
		}
		if w[k] == 0x99 && k >= 2 && w[k-2:k+1] == "’" {
			w = w[k+1:]
			break
		}
	}
	if len(w) > 40 {
		return false
	}
	var buf [64]byte
	return s.linkers[string(appendLower(buf[:0], w))]
}

// runeAfter is the first rune of the word at i (after an elided article's
// apostrophe, or after one space), with where it ends; 0 at the end.
func runeAfter(p string, i int) (r rune, end int) {
	if i < len(p) && p[i] == ' ' {
		i++
	}
	if i >= len(p) {
		return 0, i
	}
	r, size := utf8.DecodeRuneInString(p[i:])
	return r, i + size
}

// capitalAfter: the word at i begins with a capital, other than a word of
// one capital letter ("I").
func (s *Segmenter) capitalAfter(p string, i int) bool {
	r, e := runeAfter(p, i)
	if !unicode.IsUpper(r) {
		return false
	}
	// "the band They Might Be Giants", but not "and then I".
	return !(s.letterWords[p[e-utf8.RuneLen(r):e]] && (e == len(p) || !isWordByte(p[e])))
}

// lowerAfter: the word at i begins with a lower-case letter.
func lowerAfter(p string, i int) bool {
	r, _ := runeAfter(p, i)
	return unicode.IsLower(r)
}

// looksLikeName: the word at i and the next one are both capitalised
// ("Lucien Carillon"), as in a list of names rather than a new sentence.
func looksLikeName(p string, i int) bool {
	j := i
	for j < len(p) {
		r, size := utf8.DecodeRuneInString(p[j:])
		if unicode.IsSpace(r) {
			break
		}
		j += size
	}
	if j >= len(p) || p[j] != ' ' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(p[j+1:])
	return unicode.IsUpper(r)
}

// startsSentence: w is a word that opens a sentence, from the [openers]
// or [starters] lists.
func (s *Segmenter) startsSentence(w string) bool {
	return s.openers[w] || s.starters[w]
}
