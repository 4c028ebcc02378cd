// Package lang reads the language tags of the command line: BCP 47, case
// insensitive, with "_" accepted for "-" (fr_FR). Commands compare
// languages by their base language, never as strings.
package lang

import (
	"fmt"
	"strings"

	"golang.org/x/text/language"
)

// Parse reads a language tag.
func Parse(s string) (language.Tag, error) {
	t, err := language.Parse(strings.ReplaceAll(strings.TrimSpace(s), "_", "-"))
	if err != nil || t == language.Und {
		return language.Und, fmt.Errorf("not a language tag: %q", s)
	}
	return t, nil
}

// Code is the base language of t as a two- or three-letter code: "fr"
// for fr-CA, the key of a glossary's language columns and of the
// segmenter's rules.
func Code(t language.Tag) string {
	b, _ := t.Base()
	return b.String()
}

// Same reports whether a and b are the same base language.
func Same(a, b language.Tag) bool { return Code(a) == Code(b) }

// termalign's defaults, the one place where language codes are written:
// the pair it is made for, and the language of file headers.
const (
	// Source is the default source language (--lang, --source-lang, a
	// glossary file with no language in its header).
	Source = "fr"
	// Target is the default target language (--target-lang).
	Target = "en"
	// Admin is the language of file headers (TMX adminlang, TBX
	// xml:lang) when none is given.
	Admin = "en"
	// Fallback is the language whose segmentation rules cut a language
	// that has none: English, which holds only what most share.
	Fallback = "en"
)
