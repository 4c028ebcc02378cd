// Package digits holds the byte tests that the number readers of the
// aligner and of QA share. Its functions are pure and safe for concurrent
// use.
package digits

// Is reports whether c is an ASCII digit.
func Is(c byte) bool { return c >= '0' && c <= '9' }

// ThreeAt reports whether text[i:] starts with exactly three digits, with
// no digit after them: the group after a thousands separator ("6 500").
func ThreeAt(text string, i int) bool {
	if i+3 > len(text) {
		return false
	}
	for k := 0; k < 3; k++ {
		if !Is(text[i+k]) {
			return false
		}
	}
	return i+3 == len(text) || !Is(text[i+3])
}
