package align

import (
	"unicode"
	"unicode/utf8"

	"github.com/termalign/termalign/glossary"
	"github.com/termalign/termalign/internal/digits"
)

// token is a word or a number of a sentence.
type token struct {
	text   string // a word folded (lower case, no accents); a number's digits
	number bool
}

// cue is a punctuation or layout mark that translations keep.
type cue byte

const (
	cueQuestion cue = iota + 1
	cueExclaim
	cueQuote
	cueParen
	cueColon
	cuePercent
	cueBullet
)

// cueOf classifies punctuation that survives translation. Every quotation
// mark is one cue, since languages quote differently.
func cueOf(r rune) cue {
	switch r {
	case '?', '¿':
		return cueQuestion
	case '!', '¡':
		return cueExclaim
	case '"', '«', '»', '“', '”', '„', '‹', '›':
		return cueQuote
	case '(':
		return cueParen
	case ':':
		return cueColon
	case '%':
		return cuePercent
	}
	return 0
}

// bullets start a list item.
func isBullet(r rune) bool {
	switch r {
	case '-', '–', '—', '•', '·', '*', '▪', '◦':
		return true
	}
	return false
}

// scan reads the tokens and cues of a sentence. Numbers are read across
// conventions: digit groups joined by a space, a no-break space, a comma,
// a period or an apostrophe become one digit string, so that 6 500, 6,500
// and 6 500 are the same number, and 3,5 and 3.5 too.
func scan(text string, fn func(token), cues func(cue)) {
	first := true
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r < utf8.RuneSelf && digits.Is(byte(r)):
			end, num := scanNumber(text, i)
			fn(token{text: num, number: true})
			i = end
		case unicode.IsLetter(r):
			start := i
			for i < len(text) {
				r, size = utf8.DecodeRuneInString(text[i:])
				if !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) && !unicode.IsDigit(r) {
					break
				}
				i += size
			}
			fn(token{text: fold(text[start:i])})
		default:
			if c := cueOf(r); c != 0 {
				cues(c)
			} else if first && isBullet(r) {
				cues(cueBullet)
			}
			i += size
		}
		if !unicode.IsSpace(r) {
			first = false
		}
	}
}

// fold is glossary.Fold without its allocation for a word that is lower
// case ASCII already.
func fold(w string) string {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c < 'a' || c > 'z' {
			return glossary.Fold(w)
		}
	}
	return w
}

// scanNumber reads the number at text[i:] and returns where it ends and its
// digits. A separator joins two digit groups only when a digit follows it
// directly, and a space only before a group of exactly three digits.
func scanNumber(text string, i int) (end int, num string) {
	buf := make([]byte, 0, 12)
	for i < len(text) {
		c := text[i]
		if c >= '0' && c <= '9' {
			buf = append(buf, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		next := i + size
		switch r {
		case ',', '.', '\'', '’':
			if next < len(text) && digits.Is(text[next]) {
				i = next
				continue
			}
		case ' ', '\u00a0', '\u202f', '\u2009':
			if digits.ThreeAt(text, next) {
				i = next
				continue
			}
		}
		break
	}
	return i, string(buf)
}
