// Package qa checks a translation over its aligned pairs: glossary terms
// missing from the target or rendered by a forbidden variant, numbers that
// changed, segments left untranslated, and segments translated
// inconsistently. It knows inflection and concepts through the glossary
// Matcher, and each language's number conventions and words through its
// data file (data/*.txt).
package qa

import (
	"fmt"
	"strings"

	"github.com/termalign/termalign/align"
	"github.com/termalign/termalign/glossary"
)

// Problem is a kind of finding, as named in the JSON Lines contract.
type Problem string

// The kinds of finding.
const (
	MissingTerm    Problem = "missing_term"
	ForbiddenTerm  Problem = "forbidden_term"
	NumberMismatch Problem = "number_mismatch"
	Untranslated   Problem = "untranslated"
	Inconsistent   Problem = "inconsistent"
)

// Problems lists every kind, in report order.
var Problems = []Problem{MissingTerm, ForbiddenTerm, NumberMismatch, Untranslated, Inconsistent}

// Severity ranks findings.
type Severity string

// Severities.
const (
	Major Severity = "major"
	Minor Severity = "minor" // a source sentence with no target at all
)

// Finding is one problem in one pair.
type Finding struct {
	Pair     int // index of the pair
	Problem  Problem
	Severity Severity
	// Entry is the glossary entry of a term problem.
	Entry *glossary.Entry
	// Term is the source term (missing_term) or the forbidden variant as
	// written (forbidden_term); Expected the approved target term.
	Term, Expected string
	// Missing and Extra are the figures of a number_mismatch: in the
	// source but not the target, and in the target only.
	Missing, Extra []string
	// Other is the index of the earlier pair an inconsistent one differs
	// from.
	Other int
}

// ID is the glossary entry id of a term finding, else "".
func (f Finding) ID() string {
	if f.Entry == nil {
		return ""
	}
	return f.Entry.ID
}

// Detail says the finding in English, for JSON Lines and logs.
func (f Finding) Detail(pairID func(int) string) string {
	switch f.Problem {
	case MissingTerm:
		return fmt.Sprintf("%q is translated without %q", f.Term, f.Expected)
	case ForbiddenTerm:
		return fmt.Sprintf("%q is forbidden; use %q", f.Term, f.Expected)
	case NumberMismatch:
		var parts []string
		if len(f.Missing) > 0 {
			parts = append(parts, "not in the target: "+strings.Join(f.Missing, ", "))
		}
		if len(f.Extra) > 0 {
			parts = append(parts, "only in the target: "+strings.Join(f.Extra, ", "))
		}
		return strings.Join(parts, "; ")
	case Untranslated:
		if f.Severity == Minor {
			return "no translation"
		}
		return "the target is the source"
	case Inconsistent:
		return fmt.Sprintf("%s translates the same text differently", pairID(f.Other))
	}
	return string(f.Problem)
}

// Options configure Check.
type Options struct {
	// SourceTerms and TargetTerms find glossary terms; the term checks
	// need both, built from the same glossary.
	SourceTerms, TargetTerms *glossary.Matcher
	// Source and Target are the languages' data (LoadLanguage).
	Source, Target *Language
	// Ignore switches kinds off.
	Ignore map[Problem]bool
}

// Check runs every check that Options allow over pairs, in document order,
// and returns the findings in pair order. It is safe for concurrent use
// with distinct pair slices.
func Check(pairs []align.Pair, opts Options) []Finding {
	c := &checker{opts: opts}
	var out []Finding
	for k := range pairs {
		out = c.pair(out, pairs, k)
	}
	if !opts.Ignore[Inconsistent] {
		out = mergeSorted(out, inconsistent(pairs))
	}
	return out
}

type checker struct {
	opts Options
	// recent: the entries rendered in the last targets, for pronouns.
	recent [2]map[*glossary.Entry]bool
	tgt    []glossary.Hit
}

// pair checks one pair.
func (c *checker) pair(out []Finding, pairs []align.Pair, k int) []Finding {
	p := pairs[k]
	o := c.opts
	add := func(f Finding) {
		if !o.Ignore[f.Problem] {
			f.Pair = k
			out = append(out, f)
		}
	}
	if p.Source != "" && strings.TrimSpace(p.Target) == "" {
		add(Finding{Problem: Untranslated, Severity: Minor})
		c.remember(nil)
		return out
	}
	if p.Source == "" {
		c.remember(nil)
		return out
	}
	if untranslated(p.Source, p.Target) {
		// The target is the source: its terms and numbers say nothing more.
		add(Finding{Problem: Untranslated, Severity: Major})
		c.remember(nil)
		return out
	}
	if o.Source != nil && o.Target != nil && !o.Ignore[NumberMismatch] {
		if miss, extra := numberMismatch(o.Source, o.Target, p.Source, p.Target); len(miss)+len(extra) > 0 {
			add(Finding{Problem: NumberMismatch, Severity: Major, Missing: miss, Extra: extra})
		}
	}
	for _, f := range c.terms(p) {
		add(f)
	}
	return out
}

// remember keeps the entries rendered in the last two targets.
func (c *checker) remember(entries map[*glossary.Entry]bool) {
	c.recent[0], c.recent[1] = c.recent[1], entries
}

// untranslated: the target is the source, and the source is a sentence
// (four words or more, twenty letters or more), not a name or a heading.
func untranslated(source, target string) bool {
	s, t := strings.Join(strings.Fields(source), " "), strings.Join(strings.Fields(target), " ")
	if !strings.EqualFold(s, t) {
		return false
	}
	letters := 0
	for _, r := range s {
		if 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || r > 0x7f {
			letters++
		}
	}
	return len(strings.Fields(s)) >= 4 && letters >= 20
}

// mergeSorted merges two finding lists sorted by pair.
func mergeSorted(a, b []Finding) []Finding {
	out := make([]Finding, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		if j >= len(b) || i < len(a) && a[i].Pair <= b[j].Pair {
			out = append(out, a[i])
			i++
		} else {
			out = append(out, b[j])
			j++
		}
	}
	return out
}
