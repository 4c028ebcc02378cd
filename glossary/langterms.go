package glossary

// LangTerms holds an entry's terms, one element a language, in the order
// the languages were added. It is a slice rather than a map: an entry has
// two or three languages, and a map for each would cost a glossary of a
// million entries a quarter of a gigabyte.
type LangTerms []LangTerm

// LangTerm is the terms of one language.
type LangTerm struct {
	Lang  string
	Terms *Terms
}

// Get returns the terms of lang, or nil when there are none.
func (ls LangTerms) Get(lang string) *Terms {
	for _, l := range ls {
		if l.Lang == lang {
			return l.Terms
		}
	}
	return nil
}

// Set makes t the terms of lang.
func (ls *LangTerms) Set(lang string, t *Terms) {
	for i, l := range *ls {
		if l.Lang == lang {
			(*ls)[i].Terms = t
			return
		}
	}
	*ls = append(*ls, LangTerm{Lang: lang, Terms: t})
}

// Delete removes the terms of lang.
func (ls *LangTerms) Delete(lang string) {
	for i, l := range *ls {
		if l.Lang == lang {
			*ls = append((*ls)[:i], (*ls)[i+1:]...)
			return
		}
	}
}
