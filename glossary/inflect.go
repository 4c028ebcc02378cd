package glossary

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// frenchPlurals returns the regular plural forms of a French noun or
// adjective (several where usage varies: naval → navals, navaux).
func frenchPlurals(w string) []string {
	lw := strings.ToLower(w)
	switch {
	case w == "" || !startsWithLetter(w):
		return []string{w}
	case strings.HasSuffix(lw, "s") || strings.HasSuffix(lw, "x") || strings.HasSuffix(lw, "z"):
		return []string{w}
	case strings.HasSuffix(lw, "al"):
		return []string{w[:len(w)-1] + "ux", w + "s"}
	case strings.HasSuffix(lw, "ail"):
		return []string{w[:len(w)-2] + "ux", w + "s"}
	case strings.HasSuffix(lw, "au") || strings.HasSuffix(lw, "eu"):
		return []string{w + "x", w + "s"}
	case strings.HasSuffix(lw, "ou"):
		return []string{w + "s", w + "x"}
	}
	return []string{w + "s"}
}

// frenchFeminine returns the regular feminine of a French adjective.
func frenchFeminine(w string) string {
	lw := strings.ToLower(w)
	switch {
	case w == "" || !startsWithLetter(w):
		return w
	case strings.HasSuffix(lw, "e"):
		return w
	case strings.HasSuffix(lw, "eux"):
		return w[:len(w)-1] + "se"
	case strings.HasSuffix(lw, "eur"):
		return w[:len(w)-1] + "se" // rôdeur → rôdeuse
	case strings.HasSuffix(lw, "ier"):
		return w[:len(w)-2] + "ère"
	case strings.HasSuffix(lw, "er"):
		return w[:len(w)-2] + "ère"
	case strings.HasSuffix(lw, "if"):
		return w[:len(w)-1] + "ve"
	case strings.HasSuffix(lw, "en") || strings.HasSuffix(lw, "on"):
		return w + "ne"
	case strings.HasSuffix(lw, "el") || strings.HasSuffix(lw, "et"):
		return w + w[len(w)-1:] + "e"
	case strings.HasSuffix(lw, "c"):
		return w[:len(w)-1] + "que"
	}
	return w + "e"
}

func startsWithLetter(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLetter(r)
}

// englishPlural is the regular plural of an English noun.
func englishPlural(w string) string {
	lw := strings.ToLower(w)
	switch {
	case w == "" || !startsWithLetter(w):
		return w
	case strings.HasSuffix(lw, "s") || strings.HasSuffix(lw, "x") || strings.HasSuffix(lw, "z") ||
		strings.HasSuffix(lw, "ch") || strings.HasSuffix(lw, "sh"):
		return w + "es"
	case strings.HasSuffix(lw, "y") && len(lw) > 1 && !strings.ContainsRune("aeiou", rune(lw[len(lw)-2])):
		return w[:len(w)-1] + "ies"
	}
	return w + "s"
}

// frenchSingular is the singular of a French plural noun or adjective
// (naval ← navaux is out of reach: "-aux" gives "-al"); other words are
// returned as they are.
func frenchSingular(w string) string {
	lw := strings.ToLower(w)
	switch {
	case len(lw) < 4 || !startsWithLetter(w):
		return w
	case strings.HasSuffix(lw, "aux"):
		return w[:len(w)-3] + "al"
	case strings.HasSuffix(lw, "s") && !strings.HasSuffix(lw, "ss"):
		return w[:len(w)-1]
	}
	return w
}

// englishSingular is the singular of an English plural noun; other words
// are returned as they are.
func englishSingular(w string) string {
	lw := strings.ToLower(w)
	switch {
	case len(lw) < 4 || !startsWithLetter(w) || strings.HasSuffix(lw, "ss") || strings.HasSuffix(lw, "us") || strings.HasSuffix(lw, "is"):
		return w
	case strings.HasSuffix(lw, "ies"):
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(lw, "sses") || strings.HasSuffix(lw, "xes") || strings.HasSuffix(lw, "ches") || strings.HasSuffix(lw, "shes"):
		return w[:len(w)-2]
	case strings.HasSuffix(lw, "s"):
		return w[:len(w)-1]
	}
	return w
}
