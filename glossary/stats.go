package glossary

import (
	"fmt"
	"strings"

	"github.com/termalign/termalign/internal/lang"
)

// LanguageStats count one language's terms.
type LanguageStats struct {
	Preferred int     `json:"preferred"`
	Admitted  int     `json:"admitted"`
	Forbidden int     `json:"forbidden"`
	Missing   int     `json:"missing"`  // entries without a preferred term
	Coverage  float64 `json:"coverage"` // share of entries with a preferred term
}

// Statistics describe a glossary: entries by domain, terms by language and
// status.
type Statistics struct {
	Entries    int                      `json:"entries"`
	Domains    map[string]int           `json:"domains"`
	Languages  []string                 `json:"languages"`
	ByLanguage map[string]LanguageStats `json:"by_language"`
}

// Stats counts g.
func Stats(g *Glossary) Statistics {
	s := Statistics{Entries: len(g.Entries), Domains: map[string]int{}, Languages: g.Languages(), ByLanguage: map[string]LanguageStats{}}
	for _, e := range g.Entries {
		s.Domains[e.Domain]++
	}
	for _, l := range s.Languages {
		var ls LanguageStats
		for _, e := range g.Entries {
			t := e.Lang(l)
			if t.Preferred != "" {
				ls.Preferred++
			} else {
				ls.Missing++
			}
			ls.Admitted += len(t.Variants)
			ls.Forbidden += len(t.Forbidden)
		}
		if len(g.Entries) > 0 {
			ls.Coverage = float64(ls.Preferred) / float64(len(g.Entries))
		}
		s.ByLanguage[l] = ls
	}
	return s
}

// NewID makes an id for e that g does not use yet: its domain and its first
// preferred term, folded ("place-haut-karabakh").
func NewID(g *Glossary, e *Entry) string {
	term := ""
	for _, l := range append([]string{lang.Source, lang.Target}, g.Languages()...) {
		if t := e.Lang(l).Preferred; t != "" {
			term = t
			break
		}
	}
	if term == "" {
		for _, lt := range e.Langs {
			t := lt.Terms
			if t.Preferred != "" {
				term = t.Preferred
				break
			}
		}
	}
	base := slug(term)
	if e.Domain != "" {
		base = slug(e.Domain) + "-" + strings.TrimPrefix(base, "t-")
	}
	id := base
	for n := 2; g.Find(id) != nil; n++ {
		id = fmt.Sprintf("%s-%d", base, n)
	}
	return id
}
