package glossary

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// latinFold maps U+00C0–U+024F to their folded form: lower case, no
// diacritics, ligatures spelled out (Œ → oe). It is built on first use,
// not at start-up: commands that fold nothing do not pay for it.
var latinFold = sync.OnceValue(func() *[0x250 - 0xC0]string {
	var t [0x250 - 0xC0]string
	special := map[rune]string{
		'Æ': "ae", 'æ': "ae", 'Œ': "oe", 'œ': "oe", 'ß': "ss", 'Ø': "o", 'ø': "o",
		'Đ': "d", 'đ': "d", 'Ł': "l", 'ł': "l", 'ı': "i", 'Þ': "th", 'þ': "th", 'Ð': "d", 'ð': "d",
	}
	for r := rune(0xC0); r < 0x250; r++ {
		if s, ok := special[r]; ok {
			t[r-0xC0] = s
			continue
		}
		t[r-0xC0] = foldSlow(r)
	}
	return &t
})

func foldSlow(r rune) string {
	var b strings.Builder
	for _, c := range norm.NFD.String(string(r)) {
		if unicode.Is(unicode.Mn, c) {
			continue
		}
		b.WriteRune(unicode.ToLower(c))
	}
	return b.String()
}

// appendFold appends the folded form of r to dst.
func appendFold(dst []byte, r rune) []byte {
	switch {
	case r < utf8.RuneSelf:
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return append(dst, byte(r))
	case r >= 0xC0 && r < 0x250:
		return append(dst, latinFold()[r-0xC0]...)
	case unicode.Is(unicode.Mn, r):
		return dst
	}
	return append(dst, foldSlow(r)...)
}

// Fold returns the matching key of s: lower case, without diacritics, with
// ligatures spelled out. "Érevan" and "erevan" fold alike.
func Fold(s string) string {
	var b []byte
	for _, r := range s {
		b = appendFold(b, r)
	}
	return string(b)
}

// isWordRune: a letter, a digit or a combining mark continues a word.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// isJoiner: what may stand between the words of one term: white space
// (ordinary or no-break), hyphens and dashes, apostrophes.
func isJoiner(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\u00a0', '\u202f', '\u2009', '\u2007', '-', '\u2010', '\u2011', '\u2012', '\u2013', '\'', '\u2019', '\u02bc':
		return true
	}
	return false
}

// token is a word of the text: its span and its folded key.
type token struct {
	start, end int
	key        []byte // folded; valid until the next tokenize call
	joined     bool   // only joiners stand between it and the previous token
	upper      bool   // every letter is a capital (acronyms: "ONU", "O.N.U.")
}

// tokenizer splits text into words, reusing its buffers; it is not safe
// for concurrent use.
type tokenizer struct {
	toks  []token
	keys  []byte
	ids   []int32  // the Matcher's word ids for toks
	spans [][2]int // where each token's key lies in keys
}

// tokenize returns the words of s. Dotted acronyms ("O.N.U.", "U.E.")
// become one word ("onu") whose span includes the final period.
func (t *tokenizer) tokenize(s string) []token {
	t.toks = t.toks[:0]
	t.keys = t.keys[:0]
	t.spans = t.spans[:0]
	prevEnd := -1
	i := 0
	for i < len(s) {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		if !isWordRune(r) {
			i += size
			continue
		}
		start := i
		k0 := len(t.keys)
		upper := true
		for i < len(s) {
			r, size = rune(s[i]), 1
			if r >= utf8.RuneSelf {
				r, size = utf8.DecodeRuneInString(s[i:])
			}
			if !isWordRune(r) {
				break
			}
			if unicode.IsLower(r) {
				upper = false
			}
			t.keys = appendFold(t.keys, r)
			i += size
		}
		end := i
		// A dotted acronym: single letters each followed by a period.
		if end-start <= 2 && utf8.RuneCountInString(s[start:end]) == 1 && end < len(s) && s[end] == '.' {
			j, letters := end+1, 1
			for j < len(s) {
				r2, sz := utf8.DecodeRuneInString(s[j:])
				if !unicode.IsLetter(r2) || j+sz >= len(s) || s[j+sz] != '.' {
					break
				}
				if unicode.IsLower(r2) {
					upper = false
				}
				t.keys = appendFold(t.keys, r2)
				j += sz + 1
				letters++
			}
			if letters >= 2 {
				end, i = j, j
			}
		}
		joined := prevEnd >= 0 && gapJoins(s[prevEnd:start])
		t.toks = append(t.toks, token{start: start, end: end, joined: joined, upper: upper})
		t.spans = append(t.spans, [2]int{k0, len(t.keys)})
		prevEnd = end
	}
	for n := range t.toks {
		t.toks[n].key = t.keys[t.spans[n][0]:t.spans[n][1]]
	}
	return t.toks
}

// gapJoins: the text between two words is short and holds only joiners.
func gapJoins(gap string) bool {
	if gap == "" || len(gap) > 12 {
		return false
	}
	for _, r := range gap {
		if !isJoiner(r) {
			return false
		}
	}
	return true
}
