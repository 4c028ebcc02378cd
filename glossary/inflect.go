package glossary

import (
	"bufio"
	"bytes"
	_ "embed"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// The regular inflection of the languages whose terms get forms: suffix
// rules from data/*-inflection.txt.

//go:embed data/fr-inflection.txt
var frInflectionData []byte

//go:embed data/en-inflection.txt
var enInflectionData []byte

// inflection is one language's suffix rules, by section.
type inflection struct {
	plural, feminine, singular suffixRules
}

func newInflection(data []byte) *inflection {
	m := parseSuffixRules(data)
	return &inflection{plural: m["plural"], feminine: m["feminine"], singular: m["singular"]}
}

var (
	frInflection = sync.OnceValue(func() *inflection { return newInflection(frInflectionData) })
	enInflection = sync.OnceValue(func() *inflection { return newInflection(enInflectionData) })
)

// suffixRule replaces a suffix ("" for any word) by each of its forms.
type suffixRule struct {
	suffix string
	forms  []string
}

// suffixRules apply in order: the first whose suffix ends the word.
type suffixRules []suffixRule

// parseSuffixRules reads an inflection file: "[section]" lines, then one
// rule a line, a suffix and its forms ("=" the suffix itself, "-" none,
// "*" as a suffix for any word); "#" starts a comment line.
func parseSuffixRules(data []byte) map[string]suffixRules {
	out := map[string]suffixRules{}
	section := ""
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		switch {
		case len(f) == 0 || strings.HasPrefix(f[0], "#"):
		case strings.HasPrefix(f[0], "["):
			section = strings.Trim(f[0], "[]")
		default:
			r := suffixRule{suffix: f[0]}
			if r.suffix == "*" {
				r.suffix = ""
			}
			for _, form := range f[1:] {
				switch form {
				case "=":
					form = r.suffix
				case "-":
					form = ""
				}
				r.forms = append(r.forms, form)
			}
			out[section] = append(out[section], r)
		}
	}
	return out
}

// rule returns the first rule whose suffix ends w, or nil.
func (rs suffixRules) rule(w string) *suffixRule {
	for i := range rs {
		if hasSuffixFold(w, rs[i].suffix) {
			return &rs[i]
		}
	}
	return nil
}

// apply returns the forms of w, or nil when no rule applies.
func (rs suffixRules) apply(w string) []string {
	r := rs.rule(w)
	if r == nil {
		return nil
	}
	stem := w[:len(w)-len(r.suffix)]
	out := make([]string, len(r.forms))
	for k, f := range r.forms {
		out[k] = stem + f
	}
	return out
}

// one is the first form of w by rs, or w itself; it allocates only the
// new form.
func (rs suffixRules) one(w string) string {
	r := rs.rule(w)
	if r == nil || len(r.forms) == 0 {
		return w
	}
	if r.forms[0] == r.suffix {
		return w
	}
	return w[:len(w)-len(r.suffix)] + r.forms[0]
}

// hasSuffixFold: w ends with the lower-case ASCII suffix s, whatever the
// case of w.
func hasSuffixFold(w, s string) bool {
	if len(w) < len(s) {
		return false
	}
	t := w[len(w)-len(s):]
	for i := 0; i < len(s); i++ {
		c := t[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != s[i] {
			return false
		}
	}
	return true
}

// minSingular is the length under which a word is never read as a plural
// ("bus", "gas").
const minSingular = 4

// frenchPlurals returns the regular plural forms of a French noun or
// adjective (several where usage varies: naval → navals, navaux).
func frenchPlurals(w string) []string {
	if !startsWithLetter(w) {
		return []string{w}
	}
	if f := frInflection().plural.apply(w); len(f) > 0 {
		return f
	}
	return []string{w}
}

// frenchFeminine returns the regular feminine of a French adjective.
func frenchFeminine(w string) string {
	if !startsWithLetter(w) {
		return w
	}
	return frInflection().feminine.one(w)
}

// englishPlural is the regular plural of an English noun.
func englishPlural(w string) string {
	if !startsWithLetter(w) {
		return w
	}
	return enInflection().plural.one(w)
}

// frenchSingular is the singular of a French plural noun or adjective;
// other words are returned as they are.
func frenchSingular(w string) string {
	if len(w) < minSingular || !startsWithLetter(w) {
		return w
	}
	return frInflection().singular.one(w)
}

// englishSingular is the singular of an English plural noun; other words
// are returned as they are.
func englishSingular(w string) string {
	if len(w) < minSingular || !startsWithLetter(w) {
		return w
	}
	return enInflection().singular.one(w)
}

func startsWithLetter(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLetter(r)
}
