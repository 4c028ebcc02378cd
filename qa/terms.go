package qa

import (
	"unicode"

	"github.com/termalign/termalign/align"
	"github.com/termalign/termalign/glossary"
)

// terms checks the glossary terms of one pair: a forbidden variant in the
// target is a forbidden_term; a source term none of whose approved or
// admitted target forms (inflected ones included) is in the target is a
// missing_term, unless the target renders the concept by a forbidden
// variant (reported as such) or by a pronoun, the concept having been
// rendered in one of the two targets before.
func (c *checker) terms(p align.Pair) []Finding {
	o := c.opts
	if o.SourceTerms == nil || o.TargetTerms == nil {
		c.remember(nil)
		return nil
	}
	c.tgt = c.tgt[:0]
	o.TargetTerms.Each(p.Target, func(h glossary.Hit) { c.tgt = append(c.tgt, h) })
	rendered := map[*glossary.Entry]bool{}
	forbidden := map[*glossary.Entry]bool{}
	var out []Finding
	for _, h := range c.tgt {
		if h.Status == glossary.Forbidden {
			forbidden[h.Entry] = true
			out = append(out, Finding{Problem: ForbiddenTerm, Severity: Major, Entry: h.Entry, Term: h.Surface, Expected: h.Term})
			continue
		}
		rendered[h.Entry] = true
	}
	seen := map[*glossary.Entry]bool{}
	o.SourceTerms.Each(p.Source, func(h glossary.Hit) {
		e := h.Entry
		if seen[e] || rendered[e] || forbidden[e] || h.Translation == "" {
			return
		}
		seen[e] = true
		if c.pronoun(e, p.Target) {
			return
		}
		out = append(out, Finding{Problem: MissingTerm, Severity: Major, Entry: e, Term: h.Surface, Expected: h.Translation})
	})
	c.remember(rendered)
	return out
}

// pronoun: the concept was rendered in one of the last two targets and
// this target has a pronoun that can stand for it.
func (c *checker) pronoun(e *glossary.Entry, target string) bool {
	if !c.recent[0][e] && !c.recent[1][e] || c.opts.Target == nil {
		return false
	}
	found := false
	eachWord(target, func(w string) {
		if c.opts.Target.pronouns[glossary.Fold(w)] {
			found = true
		}
	})
	return found
}

// eachWord calls fn for every word of text (letters, with inner hyphens
// and apostrophes cut).
func eachWord(text string, fn func(string)) {
	start := -1
	for i, r := range text {
		letter := unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
		if letter && start < 0 {
			start = i
		}
		if !letter && start >= 0 {
			fn(text[start:i])
			start = -1
		}
	}
	if start >= 0 {
		fn(text[start:])
	}
}
