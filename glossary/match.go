package glossary

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

//go:embed data/fr-adjectives.txt
var frAdjectivesData []byte

// Hit is one glossary term found in a text.
type Hit struct {
	Entry *Entry
	// Start and End are byte offsets of the surface in the text searched.
	Start, End int
	// Surface is the text as written, text[Start:End].
	Surface string
	// Term is the entry's preferred term in the searched language; Translation
	// its preferred term in the other language (empty if it has none).
	Term, Translation string
	// Status says whether the surface is a form of the preferred term, of an
	// admitted variant, or of a forbidden one.
	Status Status
}

// MatcherOptions configure NewMatcher.
type MatcherOptions struct {
	// Lang is the language of the text to search ("fr" or "en").
	Lang string
	// Target is the language of the translations reported with each hit;
	// empty means "en" for French and "fr" otherwise.
	Target string
	// NoInflection turns off generated plural and feminine forms.
	NoInflection bool
}

// Matcher finds the terms of one glossary language in running text: on
// words only, whatever the case and the accents, across apostrophe, space
// and hyphen variants, with elision (l', d', qu'), dotted acronyms (O.N.U.),
// French plural and feminine agreement generated from the entries, one
// inserted nationality adjective in "noun de complement" terms, and the
// leftmost-longest match winning. Once built, it is safe for concurrent use.
type Matcher struct {
	lang, target string
	vocab        map[string]int32 // folded word → id
	isAdj        []bool           // by word id: may be inserted in a term
	edges        map[uint64]int32 // (node, word id) → node
	nodes        []node
	outs         []output
	pool         sync.Pool
}

type node struct {
	out     int32 // index in outs, or -1
	adjSkip bool  // an adjective may be inserted before the next word
}

type output struct {
	entry   *Entry
	status  Status
	upper   bool // a short acronym: only an all-capitals surface matches
	term    string
	transl  string
	variant int // rank among outputs at the same node: lower wins
}

// NewMatcher compiles a matcher for g.
func NewMatcher(g *Glossary, opts MatcherOptions) (*Matcher, error) {
	if opts.Lang == "" {
		return nil, fmt.Errorf("glossary: NewMatcher needs a language")
	}
	target := opts.Target
	if target == "" {
		target = "en"
		if opts.Lang != "fr" {
			target = "fr"
		}
	}
	m := &Matcher{
		lang: opts.Lang, target: target,
		vocab: map[string]int32{},
		edges: make(map[uint64]int32, len(g.Entries)*4),
		nodes: []node{{out: -1}},
	}
	m.pool.New = func() any { return new(tokenizer) }
	french := strings.HasPrefix(opts.Lang, "fr")
	if french {
		m.loadAdjectives()
	}
	var tk tokenizer
	for _, e := range g.Entries {
		t := e.Langs[opts.Lang]
		if t == nil {
			continue
		}
		tr := e.Lang(target).Preferred
		proper := e.Domain == "place" || e.Domain == "person"
		add := func(term string, st Status) {
			toks := tk.tokenize(term)
			if len(toks) == 0 {
				return
			}
			words := make([]string, len(toks))
			for i, tok := range toks {
				words[i] = term[tok.start:tok.end]
			}
			upper := len(toks) == 1 && toks[0].upper && utf8.RuneCountInString(strings.ReplaceAll(words[0], ".", "")) <= 4
			allCaps := proper
			if !allCaps {
				allCaps = true
				for _, w := range words {
					if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && !unicode.IsDigit(r) {
						allCaps = false
					}
				}
			}
			var forms [][]string
			switch {
			case opts.NoInflection:
				forms = [][]string{words}
			case french:
				forms = frenchForms(words, allCaps)
			case strings.HasPrefix(opts.Lang, "en"):
				forms = englishForms(words, allCaps)
			default:
				forms = [][]string{words}
			}
			o := int32(len(m.outs))
			m.outs = append(m.outs, output{entry: e, status: st, upper: upper, term: t.Preferred, transl: tr})
			for _, f := range forms {
				m.insert(f, o, french && len(f) > 2 && frenchPrepositions[Fold(f[1])])
			}
		}
		if t.Preferred != "" {
			add(t.Preferred, Preferred)
		}
		for _, v := range t.Variants {
			add(v, Admitted)
		}
		for _, v := range t.Forbidden {
			add(v, Forbidden)
		}
	}
	return m, nil
}

func (m *Matcher) word(w string) int32 {
	k := Fold(w)
	if id, ok := m.vocab[k]; ok {
		return id
	}
	id := int32(len(m.vocab))
	m.vocab[k] = id
	m.isAdj = append(m.isAdj, false)
	return id
}

func edgeKey(n, w int32) uint64 { return uint64(uint32(n))<<32 | uint64(uint32(w)) }

// insert adds the word path of one form; adj marks a "noun de complement"
// term, which accepts one inserted adjective after its head noun.
func (m *Matcher) insert(words []string, o int32, adj bool) {
	n := int32(0)
	for i, w := range words {
		id := m.word(w)
		k := edgeKey(n, id)
		next, ok := m.edges[k]
		if !ok {
			next = int32(len(m.nodes))
			m.nodes = append(m.nodes, node{out: -1})
			m.edges[k] = next
		}
		n = next
		if i == 0 && adj {
			m.nodes[n].adjSkip = true
		}
	}
	// Keep the best output for a node: preferred over admitted over
	// forbidden, then the first entry.
	if cur := m.nodes[n].out; cur < 0 || m.outs[o].status < m.outs[cur].status {
		m.nodes[n].out = o
	}
}

func (m *Matcher) loadAdjectives() {
	sc := bufio.NewScanner(bytes.NewReader(frAdjectivesData))
	for sc.Scan() {
		w := strings.TrimSpace(sc.Text())
		if w == "" || strings.HasPrefix(w, "#") {
			continue
		}
		for _, f := range append(frenchPlurals(w), append(frenchPlurals(frenchFeminine(w)), w, frenchFeminine(w))...) {
			id := m.word(f)
			m.isAdj[id] = true
		}
	}
}

// Find returns the hits in text, in order, never overlapping.
func (m *Matcher) Find(text string) []Hit {
	var out []Hit
	m.Each(text, func(h Hit) { out = append(out, h) })
	return out
}

// Each calls fn for every hit in text, in order.
func (m *Matcher) Each(text string, fn func(Hit)) {
	tk := m.pool.Get().(*tokenizer)
	defer m.pool.Put(tk)
	toks := tk.tokenize(text)
	ids := make([]int32, len(toks))
	for i := range toks {
		id, ok := m.vocab[string(toks[i].key)]
		if !ok {
			id = -1
		}
		ids[i] = id
	}
	for i := 0; i < len(toks); {
		end, o := m.longest(toks, ids, i)
		if o < 0 {
			i++
			continue
		}
		out := m.outs[o]
		h := Hit{
			Entry: out.entry, Start: toks[i].start, End: toks[end-1].end,
			Term: out.term, Translation: out.transl, Status: out.status,
		}
		h.Surface = text[h.Start:h.End]
		fn(h)
		i = end
	}
}

// longest finds the longest match starting at token i: the index after its
// last token and its output (-1 when none).
func (m *Matcher) longest(toks []token, ids []int32, i int) (int, int32) {
	if ids[i] < 0 {
		return 0, -1
	}
	n := int32(0)
	bestEnd, best := 0, int32(-1)
	skipped := false
	for j := i; j < len(toks); {
		if j > i && !toks[j].joined {
			break
		}
		next, ok := int32(0), false
		if ids[j] >= 0 {
			next, ok = m.edges[edgeKey(n, ids[j])]
		}
		if !ok {
			// "ministère azerbaïdjanais de la défense"
			if m.nodes[n].adjSkip && !skipped && ids[j] >= 0 && m.isAdj[ids[j]] &&
				j+1 < len(toks) && toks[j+1].joined && ids[j+1] >= 0 {
				if nn, ok2 := m.edges[edgeKey(n, ids[j+1])]; ok2 {
					skipped, n, j = true, nn, j+2
					if o := m.nodes[n].out; o >= 0 && m.accept(o, toks[i:j]) {
						bestEnd, best = j, o
					}
					continue
				}
			}
			break
		}
		n, j = next, j+1
		if o := m.nodes[n].out; o >= 0 && m.accept(o, toks[i:j]) {
			bestEnd, best = j, o
		}
	}
	return bestEnd, best
}

// accept applies the case rule of short acronyms: "ONU" and "US" match
// only in capitals, so that "us" is not the United States.
func (m *Matcher) accept(o int32, toks []token) bool {
	if !m.outs[o].upper {
		return true
	}
	for _, t := range toks {
		if !t.upper {
			return false
		}
	}
	return true
}
