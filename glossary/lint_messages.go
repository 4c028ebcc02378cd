package glossary

import (
	"fmt"
	"strconv"
)

// finding is a lint finding as Lint keeps it until it reports it: the
// message, the entry and the other entry it names, and the message's
// other values.
type finding struct {
	line, col int32
	msg       lintMsg
	e, other  *Entry
	vals      [3]string
}

// lintMsg names one message of the linter (a code may have several).
type lintMsg uint8

const (
	msgUnknownColumn lintMsg = iota
	msgEmptyID
	msgDuplicateID
	msgBadID
	msgEmptyPreferred
	msgBadPOS
	msgBadGender
	msgNoTerms
	msgForbiddenIsOK
	msgDuplicateVar
	msgWhitespace
	msgDoubleSpace
	msgNotNFC
	msgControl
	msgApostrophes
	msgConflict
	msgDuplicateEntry
	msgForbiddenElsewhere
	msgApostropheStyle
	msgContains
)

// lintMessage is a message's code, severity, and English text: format's
// verbs take the values of keys in order. The keys Other (its id) and
// OtherLine or First (its line) come from the other entry; the rest from
// the finding's values.
type lintMessage struct {
	code   string
	sev    Severity
	format string
	keys   []string
}

var lintMessages = [...]lintMessage{
	msgUnknownColumn:      {LintUnknownColumn, Error, "unknown column %q: did you mean %q?", []string{"Column", "Suggestion"}},
	msgEmptyID:            {LintEmptyID, Error, "empty id", nil},
	msgDuplicateID:        {LintDuplicateID, Error, "duplicate id %q (first at line %s)", []string{"ID", "First"}},
	msgBadID:              {LintBadID, Warning, "id %q is not an XML name: TBX export will refuse it", []string{"ID"}},
	msgEmptyPreferred:     {LintEmptyPreferred, Error, "empty preferred term for %q", []string{"Lang"}},
	msgBadPOS:             {LintBadPOS, Error, "part of speech %q is not one of %s", []string{"Value", "Want"}},
	msgBadGender:          {LintBadGender, Error, "gender %q is not one of %s", []string{"Value", "Want"}},
	msgNoTerms:            {LintNoTerms, Error, "the entry has no term in any language", nil},
	msgForbiddenIsOK:      {LintForbiddenIsOK, Error, "forbidden variant %q is also an approved %s term", []string{"Term", "Lang"}},
	msgDuplicateVar:       {LintDuplicateVar, Warning, "%q is listed twice for %s", []string{"Term", "Lang"}},
	msgWhitespace:         {LintWhitespace, Error, "stray white space around %q", []string{"Text"}},
	msgDoubleSpace:        {LintDoubleSpace, Error, "double space in %q", []string{"Text"}},
	msgNotNFC:             {LintNotNFC, Error, "%q is not in Unicode NFC form", []string{"Text"}},
	msgControl:            {LintControl, Error, "control character %s in %q", []string{"Char", "Text"}},
	msgApostrophes:        {LintApostrophes, Error, "%q mixes straight and curly apostrophes", []string{"Text"}},
	msgConflict:           {LintConflict, Error, "%q is also in entry %q (line %s), translated %q there and %q here", []string{"Term", "Other", "OtherLine", "There", "Here"}},
	msgDuplicateEntry:     {LintDuplicateEntry, Warning, "%q repeats entry %q (line %s) with the same translation", []string{"Term", "Other", "OtherLine"}},
	msgForbiddenElsewhere: {LintForbiddenIsOK, Error, "forbidden variant %q is an approved %s term of entry %q (line %s)", []string{"Term", "Lang", "Other", "OtherLine"}},
	msgApostropheStyle:    {LintApostrophes, Warning, "%q uses %s apostrophes, unlike most %s terms", []string{"Text", "Style", "Lang"}},
	msgContains:           {LintContains, Info, "%q contains %q of entry %q", []string{"Term", "Inner", "Other"}},
}

// Finding is the finding f reports.
func (f *finding) Finding() Finding {
	m := lintMessages[f.msg]
	out := Finding{Line: int(f.line), Column: int(f.col), Severity: m.sev, Code: m.code}
	if f.e != nil {
		out.Entry = f.e.ID
	}
	if len(m.keys) == 0 {
		out.Message = m.format
		return out
	}
	out.Args = make(map[string]string, len(m.keys))
	vals := make([]any, len(m.keys))
	next := 0
	for k, key := range m.keys {
		var v string
		switch key {
		case "Other":
			v = f.other.ID
		case "OtherLine", "First":
			v = strconv.Itoa(f.other.Line)
		default:
			v = f.vals[next]
			next++
		}
		out.Args[key], vals[k] = v, v
	}
	out.Message = fmt.Sprintf(m.format, vals...)
	return out
}
