package glossary

import "strings"

// Lookup returns the entries with a term (preferred, admitted or
// forbidden, in any language) equal to term once both are folded (case,
// accents, apostrophes); when there is none, those with a term that
// contains it. An empty term finds nothing.
func (g *Glossary) Lookup(term string) []*Entry {
	q := Fold(strings.TrimSpace(term))
	if q == "" {
		return nil
	}
	var exact, partial []*Entry
	for _, e := range g.Entries {
		switch lookupRank(e, q) {
		case 2:
			exact = append(exact, e)
		case 1:
			partial = append(partial, e)
		}
	}
	if len(exact) > 0 {
		return exact
	}
	return partial
}

// lookupRank is 2 when a term of e folds to q, 1 when one contains it,
// else 0.
func lookupRank(e *Entry, q string) int {
	best := 0
	for _, lt := range e.Langs {
		t := lt.Terms
		for _, list := range [][]string{{t.Preferred}, t.Variants, t.Forbidden} {
			for _, s := range list {
				if s == "" {
					continue
				}
				f := Fold(s)
				if f == q {
					return 2
				}
				if strings.Contains(f, q) {
					best = 1
				}
			}
		}
	}
	return best
}

// NeedsDecoding says how a glossary file's bytes must be decoded before
// format f reads them: text formats (TSV, CSV, OmegaT) as any text input
// (BOM, UTF-8, Windows-1252); TBX only when its XML is in UTF-16 (a BOM,
// or "<" next to a zero byte), as the XML reader reads UTF-8; XLSX never.
func NeedsDecoding(f Format, raw []byte) (text, utf16 bool) {
	switch f {
	case TSV, CSV, OmegaT:
		return true, false
	case TBX, TBX2:
		return false, len(raw) >= 2 && (raw[0] == 0xFF && raw[1] == 0xFE || raw[0] == 0xFE && raw[1] == 0xFF ||
			raw[0] == '<' && raw[1] == 0 || raw[0] == 0 && raw[1] == '<')
	}
	return false, false
}
