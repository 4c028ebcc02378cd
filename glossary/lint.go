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
		l.out = append(l.out, Finding{Line: 1, Column: l.col[h.Column], Severity: Error, Code: LintUnknownColumn,
			Message: fmt.Sprintf("unknown column %q: did you mean %q?", h.Column, h.Suggestion),
			Args:    map[string]string{"Column": h.Column, "Suggestion": h.Suggestion}})
	}
	ids := map[string]*Entry{}
	for _, e := range g.Entries {
		switch {
		case e.ID == "":
			l.add(e, "id", Error, LintEmptyID, "empty id", nil)
		case ids[e.ID] != nil:
			l.add(e, "id", Error, LintDuplicateID, fmt.Sprintf("duplicate id %q (first at line %d)", e.ID, ids[e.ID].Line),
				map[string]string{"ID": e.ID, "First": fmt.Sprint(ids[e.ID].Line)})
		default:
			ids[e.ID] = e
			if !isNCName(e.ID) {
				l.add(e, "id", Warning, LintBadID, fmt.Sprintf("id %q is not an XML name: TBX export will refuse it", e.ID), map[string]string{"ID": e.ID})
			}
		}
		any := false
		for _, lang := range langs {
			t := e.Lang(lang)
			if t.Preferred != "" || len(t.Variants) > 0 || len(t.Forbidden) > 0 {
				any = true
			}
			if t.Preferred == "" {
				l.add(e, lang, Error, LintEmptyPreferred, fmt.Sprintf("empty preferred term for %q", lang), map[string]string{"Lang": lang})
			}
			if t.POS != "" && !permittedPOS[t.POS] {
				l.add(e, lang+"_pos", Error, LintBadPOS, fmt.Sprintf("part of speech %q is not one of %s", t.POS, permittedPOSList), map[string]string{"Value": t.POS, "Want": permittedPOSList})
			}
			if t.Gender != "" && !permittedGender[t.Gender] {
				l.add(e, lang+"_gender", Error, LintBadGender, fmt.Sprintf("gender %q is not one of %s", t.Gender, permittedGenderList), map[string]string{"Value": t.Gender, "Want": permittedGenderList})
			}
			l.checkTerms(e, lang, t)
		}
		if !any {
			l.add(e, "id", Error, LintNoTerms, "the entry has no term in any language", nil)
		}
		for _, f := range []struct{ col, text string }{{"note", e.Note}, {"domain", e.Domain}, {"source", e.Source}} {
			l.checkText(e, f.col, f.text, false)
		}
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
		if l.out[i].Line != l.out[j].Line {
			return l.out[i].Line < l.out[j].Line
		}
		return l.out[i].Column < l.out[j].Column
	})
	return l.out
}

type linter struct {
	g   *Glossary
	col map[string]int
	out []Finding
}

func (l *linter) add(e *Entry, col string, sev Severity, code, msg string, args map[string]string) {
	l.out = append(l.out, Finding{Line: e.Line, Column: l.col[col], Severity: sev, Code: code, Entry: e.ID, Message: msg, Args: args})
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
			l.add(e, col[x.st], Error, LintForbiddenIsOK, fmt.Sprintf("forbidden variant %q is also an approved %s term", x.text, lang),
				map[string]string{"Term": x.text, "Lang": lang})
		default:
			l.add(e, col[x.st], Warning, LintDuplicateVar, fmt.Sprintf("%q is listed twice for %s", x.text, lang),
				map[string]string{"Term": x.text, "Lang": lang})
		}
	}
}

// checkText reports white space, normalisation and control characters.
func (l *linter) checkText(e *Entry, col, s string, term bool) {
	if s == "" {
		return
	}
	args := map[string]string{"Text": s}
	if strings.TrimSpace(s) != s {
		l.add(e, col, Error, LintWhitespace, fmt.Sprintf("stray white space around %q", s), args)
	}
	if strings.Contains(s, "  ") {
		l.add(e, col, Error, LintDoubleSpace, fmt.Sprintf("double space in %q", s), args)
	}
	if !norm.NFC.IsNormalString(s) {
		l.add(e, col, Error, LintNotNFC, fmt.Sprintf("%q is not in Unicode NFC form", s), args)
	}
	for _, r := range s {
		if unicode.IsControl(r) && (term || r != '\n' && r != '\t') {
			l.add(e, col, Error, LintControl, fmt.Sprintf("control character U+%04X in %q", r, s), map[string]string{"Text": s, "Char": fmt.Sprintf("U+%04X", r)})
			break
		}
	}
	if term && strings.Contains(s, "'") && strings.Contains(s, "’") {
		l.add(e, col, Error, LintApostrophes, fmt.Sprintf("%q mixes straight and curly apostrophes", s), args)
	}
}

// checkConsistency: the same source term in two entries must translate
// the same way (and two entries with the same source and translation are
// duplicates).
func (l *linter) checkConsistency(source string, langs []string) {
	type seenTerm struct {
		e      *Entry
		transl map[string]string
	}
	first := map[string]seenTerm{}
	for _, e := range l.g.Entries {
		t := e.Lang(source)
		transl := map[string]string{}
		for _, lang := range langs {
			if lang != source {
				transl[lang] = e.Lang(lang).Preferred
			}
		}
		for _, term := range append([]string{t.Preferred}, t.Variants...) {
			if term == "" {
				continue
			}
			k := Fold(strings.TrimSpace(term))
			prev, ok := first[k]
			if !ok {
				first[k] = seenTerm{e, transl}
				continue
			}
			if prev.e == e {
				continue
			}
			differ := ""
			for lang, tr := range transl {
				if prev.transl[lang] != tr {
					differ = lang
				}
			}
			if differ != "" {
				l.add(e, source, Error, LintConflict, fmt.Sprintf("%q is also in entry %q (line %d), translated %q there and %q here",
					term, prev.e.ID, prev.e.Line, prev.transl[differ], transl[differ]),
					map[string]string{"Term": term, "Other": prev.e.ID, "OtherLine": fmt.Sprint(prev.e.Line), "There": prev.transl[differ], "Here": transl[differ]})
			} else {
				l.add(e, source, Warning, LintDuplicateEntry, fmt.Sprintf("%q repeats entry %q (line %d) with the same translation", term, prev.e.ID, prev.e.Line),
					map[string]string{"Term": term, "Other": prev.e.ID, "OtherLine": fmt.Sprint(prev.e.Line)})
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
				l.add(e, lang+"_forbidden", Error, LintForbiddenIsOK, fmt.Sprintf("forbidden variant %q is an approved %s term of entry %q (line %d)", f, lang, o.ID, o.Line),
					map[string]string{"Term": f, "Lang": lang, "Other": o.ID, "OtherLine": fmt.Sprint(o.Line)})
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
			l.add(e, col, Warning, LintApostrophes, fmt.Sprintf("%q uses %s apostrophes, unlike most %s terms", term, style, lang),
				map[string]string{"Text": term, "Style": style, "Lang": lang})
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
			l.add(e, lang, Info, LintContains, fmt.Sprintf("%q contains %q of entry %q", t.Preferred, surface, o.ID),
				map[string]string{"Term": t.Preferred, "Inner": surface, "Other": o.ID})
		})
	}
}
