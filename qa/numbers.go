package qa

import (
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/termalign/termalign/glossary"
	"github.com/termalign/termalign/internal/digits"
)

// number is a number written in figures (or as a Roman ordinal, VIIIe).
type number struct {
	value   float64
	surface string
}

// numbers reads the numbers of a text: those in figures, read with the
// language's separators (6 500 and 6,500 are the same number, 3,5 and
// 3.5 too), Roman ordinals (VIIIe, XXe), and the values that number words
// spell (six, quarante-neuf, twenty-one), which explain a figure on the
// other side but never make a mismatch themselves.
func (l *Language) numbers(text string) (figures []number, words []float64) {
	var run []float64 // the number words of the current run
	flush := func() {
		if len(run) > 0 {
			words = append(words, compose(run))
			words = append(words, run...)
			run = run[:0]
		}
	}
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r >= '0' && r <= '9':
			flush()
			end, v := l.figure(text, i)
			figures = append(figures, number{v, text[i:end]})
			i = l.skipOrdinal(text, end)
		case unicode.IsLetter(r):
			end := i
			for end < len(text) {
				r2, s2 := utf8.DecodeRuneInString(text[end:])
				if !unicode.IsLetter(r2) && !unicode.Is(unicode.Mn, r2) {
					break
				}
				end += s2
			}
			word := text[i:end]
			if v, ok := l.romanOrdinal(word); ok {
				flush()
				figures = append(figures, number{v, word})
			} else if v, ok := l.words[glossary.Fold(word)]; ok {
				run = append(run, v)
			} else if !l.joiners[glossary.Fold(word)] || len(run) == 0 {
				flush()
			}
			i = end
		default:
			if !unicode.IsSpace(r) && r != '-' && r != '\u2011' {
				flush()
			}
			i += size
		}
	}
	flush()
	return figures, words
}

// compose adds up a run of number words: a value of 100 or more
// multiplies what came before it (deux mille, three hundred), a tens word
// after a unit multiplies it too (quatre-vingts).
func compose(run []float64) float64 {
	total, cur := 0.0, 0.0
	last := 0.0
	for _, v := range run {
		switch {
		case v >= 1000:
			total += max(cur, 1) * v
			cur = 0
		case v >= 100:
			cur = max(cur, 1) * v
		case last > 0 && last < 10 && v >= 20 && v < 100 && int(v)%10 == 0 && cur == last:
			cur = last * v
		default:
			cur += v
		}
		last = v
	}
	return total + cur
}

// figure reads the number at text[i:]: digit groups joined by the
// language's group separators (a group of exactly three digits after
// them), and one decimal part. A period or comma that cannot be a group
// separator is a decimal mark whatever the language, since texts are
// often typed the other way.
func (l *Language) figure(text string, i int) (end int, value float64) {
	var b strings.Builder
	decimal := false
	for i < len(text) {
		c := text[i]
		if c >= '0' && c <= '9' {
			b.WriteByte(c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		next := i + size
		three := digits.ThreeAt(text, next)
		switch {
		case l.group[r] && three && !decimal:
			i = next
			continue
		case (l.decimal[r] || r == '.' || r == ',') && !decimal && next < len(text) && digits.Is(text[next]):
			b.WriteByte('.')
			decimal = true
			i = next
			continue
		}
		break
	}
	// The only possible error is ErrRange: a figure too long for a float
	// comes back as +Inf, which same still compares exactly.
	v, _ := strconv.ParseFloat(b.String(), 64)
	return i, v
}

// skipOrdinal skips an ordinal suffix right after figures (2nd, 8th, 3e).
func (l *Language) skipOrdinal(text string, i int) int {
	rest := strings.ToLower(text[i:min(len(text), i+4)])
	for _, suf := range l.ordinals {
		if strings.HasPrefix(rest, suf) {
			j := i + len(suf)
			if r, _ := utf8.DecodeRuneInString(text[j:]); j == len(text) || !unicode.IsLetter(r) {
				return j
			}
		}
	}
	return i
}

// romanOrdinal reads a Roman numeral in capitals followed by an ordinal
// suffix in lower case (VIIIe, XXe, Ier). C, D, L and M alone are left
// out: "Ce", "De", "Le", "Me" are words.
func (l *Language) romanOrdinal(word string) (float64, bool) {
	n := 0
	for n < len(word) && strings.IndexByte("IVXLCDM", word[n]) >= 0 {
		n++
	}
	if n == 0 || n == len(word) || (n == 1 && strings.IndexByte("IVX", word[0]) < 0) {
		return 0, false
	}
	suffix := word[n:]
	ok := false
	for _, s := range l.romanOrd {
		if suffix == s {
			ok = true
		}
	}
	if !ok {
		return 0, false
	}
	v := romanValue(word[:n])
	return float64(v), v > 0
}

// romanValue is the value of a well-formed Roman numeral, else 0.
func romanValue(s string) int {
	val := map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}
	total := 0
	for i := 0; i < len(s); i++ {
		v := val[s[i]]
		if i+1 < len(s) && v < val[s[i+1]] {
			total -= v
		} else {
			total += v
		}
	}
	if toRoman(total) != s {
		return 0
	}
	return total
}

func toRoman(n int) string {
	if n <= 0 || n >= 4000 {
		return ""
	}
	vals := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	var b strings.Builder
	for i, v := range vals {
		for n >= v {
			b.WriteString(syms[i])
			n -= v
		}
	}
	return b.String()
}

// numberMismatch compares the figures of both sides: a figure on one side
// with no equal figure on the other, and not spelt out there either, is a
// mismatch. It returns the figures missing from the target and those
// found only in it.
func numberMismatch(src, tgt *Language, source, target string) (missing, extra []string) {
	sf, sw := src.numbers(source)
	tf, tw := tgt.numbers(target)
	used := make([]bool, len(tf))
	for _, s := range sf {
		found := false
		for k, t := range tf {
			if !used[k] && same(s.value, t.value) {
				used[k], found = true, true
				break
			}
		}
		if !found && !contains(tw, s.value) {
			missing = append(missing, s.surface)
		}
	}
	for k, t := range tf {
		if !used[k] && !contains(sw, t.value) && !containsFigure(sf, t.value) {
			extra = append(extra, t.surface)
		}
	}
	return missing, extra
}

// same: two values are equal up to the rounding of decimal parts. Equal
// infinities (figures too long for a float) are the same; large figures
// must be exactly equal, so 1 000 000 001 is not 1 000 000 000.
func same(a, b float64) bool {
	return a == b || math.Abs(a-b) < 1e-9
}

func contains(vs []float64, v float64) bool {
	for _, x := range vs {
		if same(x, v) {
			return true
		}
	}
	return false
}

func containsFigure(ns []number, v float64) bool {
	for _, n := range ns {
		if same(n.value, v) {
			return true
		}
	}
	return false
}
