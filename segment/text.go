package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Small helpers over the text: white space, words and tokens.

func isSpaceBefore(p string, i int) bool {
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(p[:i])
	return unicode.IsSpace(r)
}

func skipSpace(p string, i int) int {
	for i < len(p) {
		c := p[i]
		if c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\v' || c == '\f' {
			i++
			continue
		}
		if c < utf8.RuneSelf {
			return i
		}
		r, size := utf8.DecodeRuneInString(p[i:])
		if !unicode.IsSpace(r) {
			return i
		}
		i += size
	}
	return i
}

// startsWord: a letter or digit begins at i.
func startsWord(p string, i int) bool {
	if i >= len(p) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(p[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// isWordByte: a letter or digit (any non-ASCII byte counts, as it is
// usually part of a letter).
func isWordByte(c byte) bool {
	return c >= 0x80 || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// wordBefore returns the token that ends at the period at i: back to white
// space or an opening quote or bracket, without an elided article (l', d').
func wordBefore(p string, start, i int) (string, int) {
	j := i
	for j > start {
		r, size := utf8.DecodeLastRuneInString(p[:j])
		if unicode.IsSpace(r) || strings.ContainsRune("«(\"“[{‹•⁃◦▪", r) {
			break
		}
		j -= size
	}
	w := p[j:i]
	if k := strings.LastIndexAny(w, "'’"); k >= 0 && k+1 < len(w) {
		skip := k + len("'")
		if w[k] != '\'' {
			skip = k + len("’")
		}
		return w[skip:], j + skip
	}
	return w, j
}

// nextWord is the word at i, with a following apostrophe ("L'"), for the
// starter list.
func nextWord(p string, i int) string {
	return normApos(p[i:nextWordEnd(p, i)])
}

// nextWordEnd is where the word of nextWord ends in p.
func nextWordEnd(p string, i int) int {
	j := i
	for j < len(p) {
		r, size := utf8.DecodeRuneInString(p[j:])
		if !unicode.IsLetter(r) {
			if r == '\'' || r == '’' {
				j += size
			}
			break
		}
		j += size
	}
	return j
}

func normApos(w string) string {
	return strings.ReplaceAll(w, "’", "'")
}

// tokenEnd is where the token that starts at i ends (at a space).
func tokenEnd(p string, i int) int {
	for i < len(p) && p[i] != ' ' && p[i] != '\t' && p[i] != '\n' {
		i++
	}
	return i
}

// tokenStart is where the token that ends at b begins (back to a space).
func tokenStart(p string, start, b int) int {
	a := b
	for a > start && p[a-1] != ' ' && p[a-1] != '\t' && p[a-1] != '\n' {
		a--
	}
	return a
}

// trimSpaceLeft returns b moved back over white space.
func trimSpaceLeft(p string, b int) int {
	for b > 0 {
		r, size := utf8.DecodeLastRuneInString(p[:b])
		if !unicode.IsSpace(r) {
			break
		}
		b -= size
	}
	return b
}

// startsCapitalised: a capital followed by a lower-case letter starts at i
// ("Fédération", "L'Union").
func startsCapitalised(p string, i int) bool {
	r, _ := utf8.DecodeRuneInString(p[i:])
	return unicode.IsUpper(r) && isCapitalised(p, i)
}

// isCapitalised: a capital followed by a lower-case letter (or an elided
// "L'") at i: the shape of a sentence's first word, not an acronym.
func isCapitalised(p string, i int) bool {
	_, size := utf8.DecodeRuneInString(p[i:])
	if i+size >= len(p) {
		return false
	}
	r, n := utf8.DecodeRuneInString(p[i+size:])
	if r == '\'' || r == '’' {
		// "L'Union", "L'alerte", but not a heading in capitals
		// ("D'ÉVALUATION").
		return !isCapsWord(p[i+size+n : nextWordEnd(p, i+size+n)])
	}
	return unicode.IsLower(r)
}

// firstRune is the first rune of w.
func firstRune(w string) rune {
	r, _ := utf8.DecodeRuneInString(w)
	return r
}
