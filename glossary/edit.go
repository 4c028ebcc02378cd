package glossary

import (
	"errors"
	"fmt"
	"strings"
)

// Errors of AddChecked.
var (
	// ErrNewLanguage: the entry has terms in a language the glossary lacks.
	ErrNewLanguage = errors.New("glossary: a language the glossary does not have")
	// ErrInvalidEntry: adding the entry would make the glossary fail lint.
	ErrInvalidEntry = errors.New("glossary: the entry would not lint")
)

// LanguageKey reads a language tag as a glossary column ("FR" → "fr",
// "en_gb" → "en-GB"); ok is false for what is not a language tag.
func LanguageKey(s string) (string, bool) { return languageColumn(s) }

// AddOptions relax AddChecked.
type AddOptions struct {
	// NewLanguage accepts terms in a language the glossary lacks (it
	// gains a column).
	NewLanguage bool
	// Force accepts an entry that lint rejects.
	Force bool
}

// AddChecked adds e unless the glossary would then fail lint because of
// it (a duplicate preferred term, a missing language, a tab in a term…)
// or e brings a new language: then it returns ErrInvalidEntry with the
// findings, or ErrNewLanguage, and leaves g unchanged. An empty glossary
// takes e's languages.
func AddChecked(g *Glossary, e *Entry, opts AddOptions) ([]Finding, error) {
	have := map[string]bool{}
	for _, l := range g.Languages() {
		have[l] = true
	}
	if len(g.Entries) > 0 && !opts.NewLanguage {
		for _, lt := range e.Langs {
			l, t := lt.Lang, lt.Terms
			if !have[l] && !t.Empty() {
				return nil, fmt.Errorf("%w: %q (the glossary has %s)", ErrNewLanguage, l, strings.Join(g.Languages(), ", "))
			}
		}
	}
	if g.Find(e.ID) != nil {
		return nil, fmt.Errorf("%w: %q", ErrDuplicateID, e.ID)
	}
	before := errorsOf(Lint(g, LintOptions{}))
	g.Entries = append(g.Entries, e)
	var fresh []Finding
	for key, f := range errorsOf(Lint(g, LintOptions{})) {
		if _, old := before[key]; old {
			continue
		}
		if opts.NewLanguage && f.Code == LintEmptyPreferred && !have[f.Args["Lang"]] && f.Entry != e.ID {
			continue // the other entries lack the new language: that is what adding it means
		}
		fresh = append(fresh, f)
	}
	if len(fresh) > 0 && !opts.Force {
		g.Entries = g.Entries[:len(g.Entries)-1]
		return fresh, ErrInvalidEntry
	}
	return fresh, nil
}

// errorsOf indexes the error findings by what they say, not where (the
// lines of a glossary being edited shift).
func errorsOf(fs []Finding) map[string]Finding {
	out := map[string]Finding{}
	for _, f := range fs {
		if f.Severity == Error {
			out[f.Code+"\x00"+f.Entry+"\x00"+f.Message] = f
		}
	}
	return out
}

// DropEmptyLanguages removes the columns of the languages no entry has a
// term in any more (after a removal).
func (g *Glossary) DropEmptyLanguages() {
	used := map[string]bool{}
	for _, e := range g.Entries {
		for _, lt := range e.Langs {
			l, t := lt.Lang, lt.Terms
			if !t.Empty() {
				used[l] = true
			}
		}
	}
	cols := g.Columns[:0]
	for _, c := range g.Columns {
		k := kindOf(c)
		if k == colPreferred && !used[c] || k != colPreferred && k != colExtra && k != colID && k != colDomain && k != colNote && k != colSource && !used[langOf(c)] {
			continue
		}
		cols = append(cols, c)
	}
	g.Columns = cols
}
