package glossary

import (
	"fmt"
	"strings"

	"golang.org/x/text/language"
)

// Column headers as terminologists write them: in any case ("FR", "Id"),
// with BCP 47 tags ("fr-FR", "en_GB") for languages. canonicalColumn
// turns each into the form the package works with: known names in lower
// case, languages as canonical tags ("fr", "en-GB"), suffixes in lower
// case ("fr_forbidden").

var knownNames = []string{"id", "domain", "note", "source"}

var knownSuffixes = []string{"_variants", "_forbidden", "_pos", "_gender"}

// canonicalColumn normalises one header cell; a column it does not know
// is kept as written (then it is an extra column).
func canonicalColumn(h string) string {
	h = strings.TrimSpace(h)
	low := strings.ToLower(h)
	for _, n := range knownNames {
		if low == n {
			return n
		}
	}
	for _, suf := range knownSuffixes {
		// The suffix is ASCII: compared on h's own bytes, as lower-casing
		// h may change its length (invalid UTF-8 becomes U+FFFD).
		if n := len(h) - len(suf); n >= 0 && strings.EqualFold(h[n:], suf) {
			if tag, ok := languageColumn(h[:n]); ok {
				return tag + suf
			}
		}
	}
	if tag, ok := languageColumn(h); ok {
		return tag
	}
	return h
}

// languageColumn reads a language column's tag: "fr", "FR", "fr-FR",
// "en_gb". Only two-letter languages, or tags with a region or script,
// count, so that an extra column named "note2" or "src" is not taken for
// a language.
func languageColumn(s string) (string, bool) {
	s = strings.ReplaceAll(s, "_", "-")
	base, _, _ := strings.Cut(s, "-")
	if len(base) < 2 || len(base) > 3 || (len(base) == 3 && !strings.Contains(s, "-")) {
		return "", false
	}
	for _, r := range base {
		if !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z') {
			return "", false
		}
	}
	tag, err := language.Parse(s)
	if err != nil {
		return "", false
	}
	if b, conf := tag.Base(); conf == language.No || b.String() != strings.ToLower(base) {
		return "", false
	}
	return tag.String(), true
}

// readHeader checks and normalises a header row: no empty or repeated
// column, at least one language column. An "id" column is optional: ids
// are then derived from the terms (see deriveIDs).
func readHeader(name string, line int, cells []string) ([]string, error) {
	seen := map[string]int{}
	hasLang := false
	var cols []string
	for i, h := range cells {
		if strings.TrimSpace(h) == "" {
			return nil, &PosError{Name: name, Line: line, Column: i + 1, Msg: "empty column name in the header", Key: "empty_column"}
		}
		c := canonicalColumn(h)
		if j, dup := seen[c]; dup {
			return nil, &PosError{Name: name, Line: line, Column: i + 1, Msg: fmt.Sprintf("column %q repeats column %d", c, j+1), Key: "repeated_column", Data: map[string]string{"Column": c, "First": fmt.Sprint(j + 1)}}
		}
		seen[c] = i
		hasLang = hasLang || kindOf(c) == colPreferred
		cols = append(cols, c)
	}
	if !hasLang {
		return nil, &PosError{Name: name, Line: line, Column: 1, Msg: `no language column (such as "fr" or "en") in the header`, Key: "no_language_column"}
	}
	return cols, nil
}

// deriveIDs gives every entry without an id one made from its terms
// (stable: the same terms give the same id), when the file has no "id"
// column.
func deriveIDs(g *Glossary) {
	has := false
	for _, c := range g.Columns {
		has = has || c == "id"
	}
	if has {
		return
	}
	g.Columns = append([]string{"id"}, g.Columns...)
	for _, e := range g.Entries {
		if e.ID == "" {
			e.ID = NewID(g, e)
		}
	}
}

// LangColumn finds the glossary's language for a language tag: the same
// tag if the glossary has it ("fr-CA"), else the first of its languages
// with the same base language ("fr" for fr-CA, "en-GB" for en). ok is
// false when the glossary has no term in that language.
func (g *Glossary) LangColumn(tag string) (string, bool) {
	want, err := language.Parse(strings.ReplaceAll(tag, "_", "-"))
	if err != nil {
		return "", false
	}
	base, _ := want.Base()
	langs := g.Languages()
	for _, l := range langs {
		if l == want.String() {
			return l, true
		}
	}
	for _, l := range langs {
		if t, err := language.Parse(l); err == nil {
			if b, _ := t.Base(); b == base {
				return l, true
			}
		}
	}
	return "", false
}

// ColumnHint is an unknown column that looks like a known one.
type ColumnHint struct {
	Column, Suggestion string
}

// SuspiciousColumns lists the extra columns that look like a mistyped
// known one: "en_forbiden" (did you mean "en_forbidden"?), "domian",
// "fr_varients".
func (g *Glossary) SuspiciousColumns() []ColumnHint {
	var out []ColumnHint
	for _, c := range g.Columns {
		if kindOf(c) != colExtra {
			continue
		}
		if s := suggestColumn(c); s != "" {
			out = append(out, ColumnHint{c, s})
		}
	}
	return out
}

func suggestColumn(c string) string {
	low := strings.ToLower(c)
	for _, n := range knownNames {
		if editDistance(low, n) <= 1 && len(low) > 2 || len(n) > 4 && editDistance(low, n) <= 2 {
			return n
		}
	}
	i := strings.LastIndexByte(low, '_')
	if i <= 0 {
		return ""
	}
	tag, ok := languageColumn(c[:i])
	if !ok {
		return ""
	}
	for _, suf := range knownSuffixes {
		if editDistance(low[i:], suf) <= 2 {
			return tag + suf
		}
	}
	return ""
}

// editDistance is the Levenshtein distance of two short strings.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// column is the glossary's column for tag (see LangColumn), or tag
// itself when the glossary has none.
func (g *Glossary) column(tag string) string {
	if k, ok := g.LangColumn(tag); ok {
		return k
	}
	return tag
}

// OtherLanguage is the glossary's first language whose base language
// differs from lang's: the language terms found in lang translate to.
func (g *Glossary) OtherLanguage(lang string) string {
	base := func(s string) string {
		b, _, _ := strings.Cut(s, "-")
		return strings.ToLower(b)
	}
	for _, l := range g.Languages() {
		if base(l) != base(lang) {
			return l
		}
	}
	return ""
}
