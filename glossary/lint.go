package glossary

import (
	"fmt"
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Severity of a lint finding.
type Severity int

const (
	// Error findings make "glossary lint" fail.
	Error Severity = iota
	// Warning findings are shown and make "lint --strict" fail.
	Warning
	// Info findings are what a terminologist may like to know but is
	// legitimate (a term inside another): they never fail a lint.
	Info
)

func (s Severity) String() string {
	switch s {
	case Error:
		return "error"
	case Warning:
		return "warning"
	}
	return "info"
}

// Finding is one lint result. Code names the rule; Args are the values a
// message about it needs (the CLI translates the message from Code).
type Finding struct {
	Line, Column int
	Severity     Severity
	Code         string
	Entry        string
	Args         map[string]string
	Message      string // English
}

// Lint codes.
const (
	LintDuplicateID     = "duplicate_id"
	LintConflict        = "conflicting_translation"
	LintDuplicateEntry  = "duplicate_entry"
	LintEmptyPreferred  = "empty_preferred"
	LintForbiddenIsOK   = "forbidden_is_approved"
	LintDuplicateVar    = "duplicate_variant"
	LintWhitespace      = "stray_whitespace"
	LintDoubleSpace     = "double_space"
	LintNotNFC          = "not_nfc"
	LintApostrophes     = "apostrophe_mix"
	LintControl         = "control_character"
	LintContains        = "contains_term"
	LintBadID           = "bad_id"
	LintBadPOS          = "bad_pos"
	LintBadGender       = "bad_gender"
	LintNoTerms         = "no_terms"
	LintEmptyID         = "empty_id"
	LintUnknownColumn   = "unknown_column"
	permittedPOSList    = "noun, adjective, verb, adverb, other"
	permittedGenderList = "masculine, feminine, neuter, other"
)

// LintCodes lists every finding code Lint may return.
func LintCodes() []string {
	return []string{LintDuplicateID, LintConflict, LintDuplicateEntry, LintEmptyPreferred, LintForbiddenIsOK,
		LintDuplicateVar, LintWhitespace, LintDoubleSpace, LintNotNFC, LintApostrophes, LintControl,
		LintContains, LintBadID, LintBadPOS, LintBadGender, LintNoTerms, LintEmptyID, LintUnknownColumn}
}

var permittedPOS = map[string]bool{"noun": true, "adjective": true, "verb": true, "adverb": true, "other": true}
var permittedGender = map[string]bool{"masculine": true, "feminine": true, "neuter": true, "other": true}

// LintOptions configure Lint.
type LintOptions struct {
	// Source is the language whose terms must translate consistently
	// (default: the first language of the glossary).
	Source string
}

// Lint checks g and returns its findings sorted by position.
func Lint(g *Glossary, opts LintOptions) []Finding {
	var out []Finding
	_ = LintEach(g, opts, func(f Finding) error {
		out = append(out, f)
		return nil
	})
	return out
}

// LintEach checks g and calls fn with each finding, sorted by position;
// an error from fn stops it and is returned. The findings are kept in a
// compact form until then (about 90 bytes each), so that a glossary of a
// million entries with millions of findings stays within memory.
func LintEach(g *Glossary, opts LintOptions, fn func(Finding) error) error {
	l := &linter{g: g, col: map[string]int{}}
	for i, c := range g.Columns {
		l.col[c] = i + 1
	}
	langs := g.Languages()
	source := opts.Source
	if source == "" && len(langs) > 0 {
		source = langs[0]
	}
	for _, h := range g.SuspiciousColumns() {
		l.out = append(l.out, finding{line: 1, col: int32(l.col[h.Column]), msg: msgUnknownColumn, vals: [3]string{h.Column, h.Suggestion}})
	}
	ids := map[string]*Entry{}
	for _, e := range g.Entries {
		l.checkID(e, ids)
		l.checkEntry(e, langs)
	}
	l.checkConsistency(source, langs)
	for _, lang := range langs {
		l.checkForbiddenElsewhere(lang)
	}
	for _, lang := range langs {
		l.checkApostrophes(lang)
		l.checkContainment(lang)
	}
	sort.SliceStable(l.out, func(i, j int) bool {
		if l.out[i].line != l.out[j].line {
			return l.out[i].line < l.out[j].line
		}
		return l.out[i].col < l.out[j].col
	})
	for i := range l.out {
		if err := fn(l.out[i].Finding()); err != nil {
			return err
		}
	}
	return nil
}

// checkID: an entry's id is present, unique, and an XML name.
func (l *linter) checkID(e *Entry, ids map[string]*Entry) {
	switch {
	case e.ID == "":
		l.add(e, "id", msgEmptyID, nil)
	case ids[e.ID] != nil:
		l.add(e, "id", msgDuplicateID, ids[e.ID], e.ID)
	default:
		ids[e.ID] = e
		if !isNCName(e.ID) {
			l.add(e, "id", msgBadID, nil, e.ID)
		}
	}
}

// checkEntry runs the checks of one entry on its own.
func (l *linter) checkEntry(e *Entry, langs []string) {
	any := false
	for _, lang := range langs {
		t := e.Lang(lang)
		if t.Preferred != "" || len(t.Variants) > 0 || len(t.Forbidden) > 0 {
			any = true
		}
		if t.Preferred == "" {
			l.add(e, lang, msgEmptyPreferred, nil, lang)
		}
		if t.POS != "" && !permittedPOS[t.POS] {
			l.add(e, lang+"_pos", msgBadPOS, nil, t.POS, permittedPOSList)
		}
		if t.Gender != "" && !permittedGender[t.Gender] {
			l.add(e, lang+"_gender", msgBadGender, nil, t.Gender, permittedGenderList)
		}
		l.checkTerms(e, lang, t)
	}
	if !any {
		l.add(e, "id", msgNoTerms, nil)
	}
	for _, f := range []struct{ col, text string }{{"note", e.Note}, {"domain", e.Domain}, {"source", e.Source}} {
		l.checkText(e, f.col, f.text, false)
	}
}

type linter struct {
	g   *Glossary
	col map[string]int
	out []finding
}

// add records a finding of message m about entry e in column col; other
// is the entry the message names, if any, and vals the message's other
// values in the order of its keys.
func (l *linter) add(e *Entry, col string, m lintMsg, other *Entry, vals ...string) {
	f := finding{line: int32(e.Line), col: int32(l.col[col]), msg: m, e: e, other: other}
	copy(f.vals[:], vals)
	l.out = append(l.out, f)
}

func (l *linter) checkTerms(e *Entry, lang string, t *Terms) {
	col := map[Status]string{Preferred: lang, Admitted: lang + "_variants", Forbidden: lang + "_forbidden"}
	seen := map[string]Status{}
	all := []struct {
		text string
		st   Status
	}{}
	if t.Preferred != "" {
		all = append(all, struct {
			text string
			st   Status
		}{t.Preferred, Preferred})
	}
	for _, v := range t.Variants {
		all = append(all, struct {
			text string
			st   Status
		}{v, Admitted})
	}
	for _, v := range t.Forbidden {
		all = append(all, struct {
			text string
			st   Status
		}{v, Forbidden})
	}
	for _, x := range all {
		l.checkText(e, col[x.st], x.text, true)
		k := norm.NFC.String(strings.TrimSpace(x.text))
		prev, dup := seen[k]
		switch {
		case !dup:
			seen[k] = x.st
		case x.st == Forbidden && prev != Forbidden:
			l.add(e, col[x.st], msgForbiddenIsOK, nil, x.text, lang)
		default:
			l.add(e, col[x.st], msgDuplicateVar, nil, x.text, lang)
		}
	}
}

// checkText reports white space, normalisation and control characters.
func (l *linter) checkText(e *Entry, col, s string, term bool) {
	if s == "" {
		return
	}
	if strings.TrimSpace(s) != s {
		l.add(e, col, msgWhitespace, nil, s)
	}
	if strings.Contains(s, "  ") {
		l.add(e, col, msgDoubleSpace, nil, s)
	}
	if !norm.NFC.IsNormalString(s) {
		l.add(e, col, msgNotNFC, nil, s)
	}
	for _, r := range s {
		if unicode.IsControl(r) && (term || r != '\n' && r != '\t') {
			l.add(e, col, msgControl, nil, fmt.Sprintf("U+%04X", r), s)
			break
		}
	}
	if term && strings.Contains(s, "'") && strings.Contains(s, "’") {
		l.add(e, col, msgApostrophes, nil, s)
	}
}

// checkConsistency: the same source term in two entries must translate
// the same way (and two entries with the same source and translation are
// duplicates).
func (l *linter) checkConsistency(source string, langs []string) {
	first := map[string]*Entry{}
	for _, e := range l.g.Entries {
		t := e.Lang(source)
		for _, term := range append([]string{t.Preferred}, t.Variants...) {
			if term == "" {
				continue
			}
			k := Fold(strings.TrimSpace(term))
			prev, ok := first[k]
			if !ok {
				first[k] = e
				continue
			}
			if prev == e {
				continue
			}
			differ := ""
			for _, lang := range langs {
				if lang != source && prev.Lang(lang).Preferred != e.Lang(lang).Preferred {
					differ = lang
				}
			}
			if differ != "" {
				l.add(e, source, msgConflict, prev, term, prev.Lang(differ).Preferred, e.Lang(differ).Preferred)
			} else {
				l.add(e, source, msgDuplicateEntry, prev, term)
			}
		}
	}
}

// checkForbiddenElsewhere: a term forbidden in one entry must not be the
// approved term (preferred or admitted) of another entry, in one language.
func (l *linter) checkForbiddenElsewhere(lang string) {
	approved := map[string]*Entry{}
	for _, e := range l.g.Entries {
		t := e.Lang(lang)
		for _, s := range append([]string{t.Preferred}, t.Variants...) {
			if k := Fold(strings.TrimSpace(s)); k != "" && approved[k] == nil {
				approved[k] = e
			}
		}
	}
	for _, e := range l.g.Entries {
		for _, f := range e.Lang(lang).Forbidden {
			if o := approved[Fold(strings.TrimSpace(f))]; o != nil && o != e {
				l.add(e, lang+"_forbidden", msgForbiddenElsewhere, o, f, lang)
			}
		}
	}
}

// checkApostrophes: within one language, terms should use one apostrophe
// style; the minority style is reported.
func (l *linter) checkApostrophes(lang string) {
	straight, curly := 0, 0
	each := func(fn func(e *Entry, col, term string)) {
		for _, e := range l.g.Entries {
			t := e.Lang(lang)
			fn(e, lang, t.Preferred)
			for _, v := range t.Variants {
				fn(e, lang+"_variants", v)
			}
			for _, v := range t.Forbidden {
				fn(e, lang+"_forbidden", v)
			}
		}
	}
	each(func(_ *Entry, _, term string) {
		if strings.Contains(term, "'") {
			straight++
		}
		if strings.Contains(term, "’") {
			curly++
		}
	})
	if straight == 0 || curly == 0 {
		return
	}
	minority, style := "’", "curly"
	if straight < curly {
		minority, style = "'", "straight"
	}
	each(func(e *Entry, col, term string) {
		if strings.Contains(term, minority) {
			l.add(e, col, msgApostropheStyle, nil, term, style, lang)
		}
	})
}

// checkContainment warns when a term contains another entry's term on word
// boundaries; legitimate, since the longest match wins, but worth knowing.
func (l *linter) checkContainment(lang string) {
	m, err := NewMatcher(l.g, MatcherOptions{Lang: lang, NoInflection: true})
	if err != nil {
		return
	}
	for _, e := range l.g.Entries {
		t := e.Lang(lang)
		if t.Preferred == "" {
			continue
		}
		reported := map[string]bool{}
		whole := Fold(strings.TrimSpace(t.Preferred))
		m.eachContained(t.Preferred, func(o *Entry, surface string) {
			// Equal terms are the consistency check's business.
			if o == e || reported[o.ID] || Fold(surface) == whole {
				return
			}
			reported[o.ID] = true
			l.add(e, lang, msgContains, o, t.Preferred, surface)
		})
	}
}
