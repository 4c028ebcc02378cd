// Package glossary is termalign's concept-oriented termbase: the model
// (entries with per-language preferred terms, admitted variants and
// forbidden variants, as in TBX), its readers and writers (TSV/CSV, TBX v2
// and v3, XLSX), lint, and the Matcher that finds terms in running text.
//
// A Glossary is a plain value; it is not safe for concurrent mutation, but
// once built it may be read from several goroutines.
package glossary

import (
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strings"
)

// Status is the standing of a term in its entry.
type Status int

const (
	// Preferred is the approved term.
	Preferred Status = iota
	// Admitted terms are acceptable variants.
	Admitted
	// Forbidden terms are deprecated or forbidden variants.
	Forbidden
)

// String is the status as written in termalign's JSON ("preferred",
// "admitted", "forbidden").
func (s Status) String() string {
	switch s {
	case Preferred:
		return "preferred"
	case Admitted:
		return "admitted"
	case Forbidden:
		return "forbidden"
	}
	return fmt.Sprintf("Status(%d)", int(s))
}

// Terms are one language's terms of an entry.
type Terms struct {
	Preferred string
	Variants  []string // admitted variants
	Forbidden []string // deprecated or forbidden variants
	// POS is the part of speech of the preferred term, as in TBX-Basic:
	// noun, adjective, verb, adverb or other. Empty when unknown.
	POS string
	// Gender is the grammatical gender: masculine, feminine, neuter or
	// other. Empty when unknown.
	Gender string
}

// Empty reports whether the language has no terms at all.
func (t *Terms) Empty() bool {
	return t == nil || t.Preferred == "" && len(t.Variants) == 0 && len(t.Forbidden) == 0 && t.POS == "" && t.Gender == ""
}

// Entry is one concept.
type Entry struct {
	ID     string
	Domain string // place, ministry, weapon, org, person, event, or any word
	Note   string
	Source string
	// Langs holds the terms by language code ("fr", "en").
	Langs LangTerms
	// Extra holds the columns termalign does not know, by header name, so
	// that a round trip keeps them.
	Extra map[string]string
	// Line is where the entry starts in the file it was read from (0 when
	// it was not read from a file).
	Line int
}

// Lang returns the terms for lang, never nil.
func (e *Entry) Lang(lang string) *Terms {
	if t := e.Langs.Get(lang); t != nil {
		return t
	}
	return &Terms{}
}

// Glossary is an ordered list of entries.
type Glossary struct {
	// Name is the file it came from, for messages.
	Name    string
	Entries []*Entry
	// Columns is the column order of the tabular form it was read from;
	// writers keep it and add the columns it lacks.
	Columns []string
}

// Sentinel errors of the package.
var (
	// ErrFormat: the input is not a glossary in the expected format.
	ErrFormat = errors.New("glossary: bad format")
	// ErrUnknownFormat: no format could be chosen for a file name.
	ErrUnknownFormat = errors.New("glossary: unknown format")
	// ErrNotFound: no entry has that id.
	ErrNotFound = errors.New("glossary: no such entry")
	// ErrDuplicateID: an entry with that id exists already.
	ErrDuplicateID = errors.New("glossary: duplicate id")
	// ErrTooLarge: an input exceeds the reader's size limit.
	ErrTooLarge = errors.New("glossary: input too large")
)

// PosError locates a problem in a glossary file. Line and Column are
// 1-based; Column is 0 when unknown.
type PosError struct {
	Name   string
	Line   int
	Column int
	Msg    string // English
	Err    error  // ErrFormat or ErrTooLarge
	// Key names the problem and Data its values, so that a user interface
	// can say it in its own language (empty Key: only Msg).
	Key  string
	Data map[string]string
}

func (e *PosError) Error() string {
	if e.Column > 0 {
		return fmt.Sprintf("%s:%d:%d: %s", e.Name, e.Line, e.Column, e.Msg)
	}
	return fmt.Sprintf("%s:%d: %s", e.Name, e.Line, e.Msg)
}

func (e *PosError) Unwrap() error {
	if e.Err == nil {
		return ErrFormat
	}
	return e.Err
}

// Languages lists the languages that have terms, in column order first,
// then alphabetically.
func (g *Glossary) Languages() []string {
	return g.columnsThen(colPreferred, func(e *Entry, add func(string)) {
		for _, lt := range e.Langs {
			l, t := lt.Lang, lt.Terms
			if !t.Empty() {
				add(l)
			}
		}
	})
}

// columnsThen lists the columns of kind in column order, then, sorted, the
// other names that each adds for an entry.
func (g *Glossary) columnsThen(kind colKind, each func(e *Entry, add func(string))) []string {
	seen := map[string]bool{}
	var out []string
	for _, c := range g.Columns {
		if kindOf(c) == kind && !seen[c] {
			seen[c] = true
			out = append(out, c)
		}
	}
	var rest []string
	add := func(k string) {
		if !seen[k] {
			seen[k] = true
			rest = append(rest, k)
		}
	}
	for _, e := range g.Entries {
		each(e, add)
	}
	sort.Strings(rest)
	return append(out, rest...)
}

// Find returns the entry with id, or nil.
func (g *Glossary) Find(id string) *Entry {
	for _, e := range g.Entries {
		if e.ID == id {
			return e
		}
	}
	return nil
}

// Add appends e; its id must be new.
func (g *Glossary) Add(e *Entry) error {
	if g.Find(e.ID) != nil {
		return fmt.Errorf("%w: %q", ErrDuplicateID, e.ID)
	}
	g.Entries = append(g.Entries, e)
	return nil
}

// Remove deletes the entry with id.
func (g *Glossary) Remove(id string) error {
	for i, e := range g.Entries {
		if e.ID == id {
			g.Entries = append(g.Entries[:i], g.Entries[i+1:]...)
			return nil
		}
	}
	return fmt.Errorf("%w: %q", ErrNotFound, id)
}

// ExtraColumns lists the unknown columns, in column order.
func (g *Glossary) ExtraColumns() []string {
	return g.columnsThen(colExtra, func(e *Entry, add func(string)) {
		for c := range e.Extra {
			add(c)
		}
	})
}

type colKind int

const (
	colExtra colKind = iota
	colID
	colDomain
	colNote
	colSource
	colPreferred
	colVariants
	colForbidden
	colPOS
	colGender
)

var langCode = regexp.MustCompile(`^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$`)

// isLangCode: a two-letter code, or a longer BCP 47 tag with a region.
func isLangCode(c string) bool {
	if !langCode.MatchString(c) {
		return false
	}
	base, _, _ := strings.Cut(c, "-")
	return len(base) == 2 || strings.Contains(c, "-")
}

// kindOf classifies a column header; for language columns langOf gives the
// language.
func kindOf(c string) colKind {
	switch c {
	case "id":
		return colID
	case "domain":
		return colDomain
	case "note":
		return colNote
	case "source":
		return colSource
	}
	if isLangCode(c) {
		return colPreferred
	}
	for suffix, k := range map[string]colKind{"_variants": colVariants, "_forbidden": colForbidden, "_pos": colPOS, "_gender": colGender} {
		if l, ok := strings.CutSuffix(c, suffix); ok && langCode.MatchString(l) {
			return k
		}
	}
	return colExtra
}

func langOf(c string) string {
	if i := strings.LastIndexByte(c, '_'); i > 0 {
		return c[:i]
	}
	return c
}

// columns returns the full column list for writing: the glossary's own
// order, then every known column it lacks for the languages in use, then
// unknown columns.
func (g *Glossary) columns() []string {
	have := map[string]bool{}
	var out []string
	add := func(c string) {
		if !have[c] {
			have[c] = true
			out = append(out, c)
		}
	}
	for _, c := range g.Columns {
		add(c)
	}
	for _, c := range []string{"id", "domain"} {
		add(c)
	}
	langs := g.Languages()
	for _, l := range langs {
		add(l)
	}
	used := func(get func(*Entry) bool) bool {
		for _, e := range g.Entries {
			if get(e) {
				return true
			}
		}
		return false
	}
	for _, l := range langs {
		l := l
		if used(func(e *Entry) bool { return len(e.Lang(l).Variants) > 0 }) {
			add(l + "_variants")
		}
		if used(func(e *Entry) bool { return len(e.Lang(l).Forbidden) > 0 }) {
			add(l + "_forbidden")
		}
		if used(func(e *Entry) bool { return e.Lang(l).POS != "" }) {
			add(l + "_pos")
		}
		if used(func(e *Entry) bool { return e.Lang(l).Gender != "" }) {
			add(l + "_gender")
		}
	}
	add("note")
	if used(func(e *Entry) bool { return e.Source != "" }) {
		add("source")
	}
	for _, c := range g.ExtraColumns() {
		add(c)
	}
	return out
}

// cell returns entry e's value for column c.
func (e *Entry) cell(c string) string {
	switch kindOf(c) {
	case colID:
		return e.ID
	case colDomain:
		return e.Domain
	case colNote:
		return e.Note
	case colSource:
		return e.Source
	case colPreferred:
		return e.Lang(c).Preferred
	case colVariants:
		return strings.Join(e.Lang(langOf(c)).Variants, "|")
	case colForbidden:
		return strings.Join(e.Lang(langOf(c)).Forbidden, "|")
	case colPOS:
		return e.Lang(langOf(c)).POS
	case colGender:
		return e.Lang(langOf(c)).Gender
	}
	return e.Extra[c]
}

// setCell stores value v of column c in e.
func (e *Entry) setCell(c, v string) {
	terms := func(l string) *Terms {
		t := e.Langs.Get(l)
		if t == nil {
			t = &Terms{}
			e.Langs.Set(l, t)
		}
		return t
	}
	switch kindOf(c) {
	case colID:
		e.ID = v
	case colDomain:
		e.Domain = v
	case colNote:
		e.Note = v
	case colSource:
		e.Source = v
	case colPreferred:
		if v != "" {
			terms(c).Preferred = v
		}
	case colVariants:
		if l := splitList(v); len(l) > 0 {
			terms(langOf(c)).Variants = l
		}
	case colForbidden:
		if l := splitList(v); len(l) > 0 {
			terms(langOf(c)).Forbidden = l
		}
	case colPOS:
		if v != "" {
			terms(langOf(c)).POS = v
		}
	case colGender:
		if v != "" {
			terms(langOf(c)).Gender = v
		}
	default:
		if v != "" {
			if e.Extra == nil {
				e.Extra = map[string]string{}
			}
			e.Extra[c] = v
		}
	}
}

// splitList reads a "|"-separated list, dropping empty items. Items are
// kept as written (lint reports stray white space).
func splitList(v string) []string {
	if v == "" {
		return nil
	}
	var out []string
	for _, s := range strings.Split(v, "|") {
		if strings.TrimSpace(s) != "" {
			out = append(out, s)
		}
	}
	return out
}
