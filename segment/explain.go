package segment

import (
	"io"
	"strings"
	"unicode/utf8"
)

// Decision is what a rule decided at a candidate boundary: a sentence
// boundary (Break) or a rejected candidate. Candidates that no rule took
// (most capitals, most dashes) are not reported.
type Decision struct {
	// Par is the paragraph, numbered as Stream numbers Sentence.Par.
	Par int
	// Offset is the candidate's byte offset in the input; End, for a
	// break, is where the sentence before it ends.
	Offset, End int
	// Kind is the kind of candidate: terminator, capital, colon, dash,
	// separator, bracket, bullet or end.
	Kind string
	// Rule is the name of the rule that decided.
	Rule  string
	Break bool
	// Before and After are up to contextRunes characters of the
	// paragraph on each side of the candidate, line breaks as spaces.
	Before, After string
}

// contextRunes is the length of Decision.Before and Decision.After.
const contextRunes = 30

// Explain reads r like Stream and calls fn with each decision of the
// rules, in input order. An error from fn or r stops it and is returned.
func (s *Segmenter) Explain(r io.Reader, mode Paragraphs, fn func(Decision) error) error {
	par := 0
	return eachParagraph(r, mode, func(p string, base int) error {
		found, err := s.ExplainParagraph(p, func(d Decision) error {
			d.Par, d.Offset, d.End = par, d.Offset+base, d.End+base
			return fn(d)
		})
		if found || mode == Line {
			par++
		}
		return err
	})
}

// ExplainParagraph cuts one paragraph as SplitParagraph does and calls fn
// with each decision, offsets relative to p. It reports whether the
// paragraph holds a sentence, and the first error from fn, which stops
// the reports.
func (s *Segmenter) ExplainParagraph(p string, fn func(Decision) error) (found bool, err error) {
	trace := func(k kind, at int, r *rule, v verdict) {
		if err != nil || v.act == skip {
			return
		}
		d := Decision{Offset: at, Kind: k.String(), Rule: r.name, Break: v.act == cut,
			Before: context(p[:at], true), After: context(p[at:], false)}
		if d.Break {
			d.End = v.at
		}
		err = fn(d)
	}
	s.scan(p, func(int, int) { found = true }, trace)
	return found, err
}

// context is up to contextRunes runes of t, from its end (before) or its
// start, with line breaks and tabs as spaces.
func context(t string, before bool) string {
	n := 0
	if before {
		i := len(t)
		for i > 0 && n < contextRunes {
			_, size := utf8.DecodeLastRuneInString(t[:i])
			i -= size
			n++
		}
		t = t[i:]
	} else {
		i := 0
		for i < len(t) && n < contextRunes {
			_, size := utf8.DecodeRuneInString(t[i:])
			i += size
			n++
		}
		t = t[:i]
	}
	return strings.Map(func(r rune) rune {
		if r == '\n' || r == '\r' || r == '\t' {
			return ' '
		}
		return r
	}, t)
}
