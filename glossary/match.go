package glossary

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"

	langtag "github.com/termalign/termalign/internal/lang"
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
	// Lang is the language of the text to search, a BCP 47 tag ("fr",
	// "en-GB"); French and English get their inflection and elision.
	Lang string
	// Target is the language of the translations reported with each hit;
	// empty means the glossary's first language other than Lang's. Both
	// are matched to the glossary's columns by language (fr-CA finds
	// "fr", fr finds "fr-FR").
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
	edges        *edgeTable       // (node, word id) → node
	nodes        []node
	outs         []output
	pool         sync.Pool
}

type node struct {
	out     int32 // index in outs, or -1
	adjSkip bool  // an adjective may be inserted before the next word
}

type output struct {
	entry  *Entry
	status Status
	upper  bool // a short acronym: only an all-capitals surface matches
	term   string
	transl string
}

// NewMatcher compiles a matcher for g.
func NewMatcher(g *Glossary, opts MatcherOptions) (*Matcher, error) {
	if opts.Lang == "" {
		return nil, fmt.Errorf("glossary: NewMatcher needs a language")
	}
	tag, err := langtag.Parse(opts.Lang)
	if err != nil {
		return nil, fmt.Errorf("glossary: NewMatcher: %w", err)
	}
	french, english := langtag.Same(tag, language.French), langtag.Same(tag, language.English)
	key, target := g.column(opts.Lang), opts.Target
	if target == "" {
		target = g.OtherLanguage(key)
	}
	target = g.column(target)
	estimate := edgeEstimate(g, key, (french || english) && !opts.NoInflection)
	m := &Matcher{
		lang: key, target: target,
		// Sized from the glossary's words (each inflected form adds a
		// path of its own), so that the tables seldom grow; fit trims the
		// edge table once it is built.
		vocab: make(map[string]int32, len(g.Entries)),
		edges: newEdgeTable(estimate),
		nodes: make([]node, 1, 1+estimate),
	}
	m.nodes[0] = node{out: -1}
	m.pool.New = func() any { return new(tokenizer) }
	b := &builder{m: m, formRef: make([][nFormKinds]uint32, 0, len(g.Entries)), formPool: make([]int32, 0, len(g.Entries))}
	b.french, b.english = french, english
	b.inflect = !opts.NoInflection
	if b.french {
		b.preps, b.complementPreps = map[int32]bool{}, map[int32]bool{}
		words := frenchPrepositions()
		for _, p := range words["prepositions"] {
			b.preps[b.id(p)] = true
		}
		for _, p := range words["complement"] {
			b.complementPreps[b.id(p)] = true
		}
		m.loadAdjectives(b)
	}
	for _, e := range g.Entries {
		t := e.Langs.Get(key)
		if t == nil {
			continue
		}
		tr := e.Lang(target).Preferred
		proper := e.Domain == "place" || e.Domain == "person"
		if t.Preferred != "" {
			b.add(e, t.Preferred, Preferred, t.Preferred, tr, proper)
		}
		for _, v := range t.Variants {
			b.add(e, v, Admitted, t.Preferred, tr, proper)
		}
		for _, v := range t.Forbidden {
			b.add(e, v, Forbidden, t.Preferred, tr, proper)
		}
	}
	m.edges.fit()
	m.nodes = slices.Clip(m.nodes)
	if cap(m.nodes) > len(m.nodes)+len(m.nodes)/4 {
		m.nodes = append(make([]node, 0, len(m.nodes)), m.nodes...)
	}
	return m, nil
}

// edgeEstimate is about how many trie edges the terms of lang make: a
// word each, three for a language whose forms are generated.
func edgeEstimate(g *Glossary, lang string, inflected bool) int {
	words := 0
	for _, e := range g.Entries {
		t := e.Langs.Get(lang)
		if t == nil {
			continue
		}
		words += strings.Count(t.Preferred, " ") + 1
		for _, v := range t.Variants {
			words += strings.Count(v, " ") + 1
		}
		for _, v := range t.Forbidden {
			words += strings.Count(v, " ") + 1
		}
	}
	if inflected {
		return 3 * words
	}
	return words
}

// builder compiles terms into the matcher, caching the ids and inflected
// forms of each surface word (glossaries repeat their words a lot).
type builder struct {
	m   *Matcher
	tk  tokenizer
	buf []byte
	// formRef[id][kind] locates a word's forms in formPool: offset<<4 |
	// count+1 (0: not computed yet).
	formRef                  [][nFormKinds]uint32
	formPool                 []int32
	words                    []string
	base                     []int32
	preps                    map[int32]bool
	complementPreps          map[int32]bool
	french, english, inflect bool
	path                     []int32
	heads                    []int32 // frenchForms: head forms, len(base) ids each
}

type formKind uint8

const (
	fPlural formKind = iota
	fFeminine
	fFemPlural
	fEnPlural
	nFormKinds
)

// id returns the vocabulary id of a surface word.
func (b *builder) id(w string) int32 {
	b.buf = b.buf[:0]
	for _, r := range w {
		b.buf = appendFold(b.buf, r)
	}
	id, ok := b.m.vocab[string(b.buf)]
	if !ok {
		id = int32(len(b.m.vocab))
		b.m.vocab[string(b.buf)] = id
		b.m.isAdj = append(b.m.isAdj, false)
	}
	return id
}

// formsOf returns the ids of the inflected forms of one kind of word w,
// whose id is id.
func (b *builder) formsOf(w string, id int32, k formKind) []int32 {
	if int(id) < len(b.formRef) {
		if ref := b.formRef[id][k]; ref != 0 {
			off, n := ref>>4, ref&15-1
			return b.formPool[off : off+n]
		}
	}
	var words []string
	switch k {
	case fPlural:
		words = frenchPlurals(w)
	case fFeminine:
		words = []string{frenchFeminine(w)}
	case fFemPlural:
		words = frenchPlurals(frenchFeminine(w))
	case fEnPlural:
		words = []string{englishPlural(w)}
	}
	off := len(b.formPool)
	for _, f := range words {
		b.formPool = append(b.formPool, b.id(f))
	}
	if n := len(b.m.vocab); n > len(b.formRef) {
		if n <= cap(b.formRef) {
			b.formRef = b.formRef[:n]
		} else {
			b.formRef = append(b.formRef, make([][nFormKinds]uint32, n-len(b.formRef)+n/2)...)
			b.formRef = b.formRef[:n]
		}
	}
	b.formRef[id][k] = uint32(off)<<4 | uint32(len(words)+1)
	return b.formPool[off:]
}

// add compiles one term of entry e and its generated forms.
func (b *builder) add(e *Entry, term string, st Status, preferred, transl string, proper bool) {
	m := b.m
	toks := b.tk.tokenize(term)
	if len(toks) == 0 {
		return
	}
	b.words = b.words[:0]
	b.base = b.base[:0]
	allCaps := true
	for _, tok := range toks {
		w := term[tok.start:tok.end]
		b.words = append(b.words, w)
		// The token's key, not the surface: "U.S." is the word "us",
		// however a text dots it.
		b.base = append(b.base, b.id(string(tok.key)))
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			allCaps = false
		}
	}
	words, base := b.words, b.base
	upper := len(toks) == 1 && toks[0].upper && utf8.RuneCountInString(strings.ReplaceAll(words[0], ".", "")) <= 4
	o := int32(len(m.outs))
	m.outs = append(m.outs, output{entry: e, status: st, upper: upper, term: preferred, transl: transl})
	adj := b.french && len(base) > 2 && b.preps[base[1]]
	m.insert(base, o, adj)
	if !b.inflect || proper || upper {
		return
	}
	switch {
	case b.french && allCaps: // a name: only the singular of a plural one ("Kurdes")
		b.frenchSingularForm(words, base, len(base), o, adj)
	case b.french:
		b.frenchForms(words, base, o, adj)
	case b.english:
		b.englishForms(words, base, o)
	}
}

// frenchForms inserts the plural and feminine forms of a French term: the
// words before its first preposition agree ("mortiers de tranchée",
// "munitions rôdeuses"), or only the first ("missiles Exocet", "gilets
// pare-balles": a name or an invariable word modifies the head) or only
// the last ("lance-roquettes multiples": an invariable head); a single
// complement after "de" or "à" may be plural too ("frappes de drones");
// and a term given in the plural is found in the singular ("Kurdes",
// "un Kurde").
func (b *builder) frenchForms(words []string, base []int32, o int32, adj bool) {
	head := len(base)
	for i := 1; i < len(base); i++ {
		if b.preps[base[i]] {
			head = i
			break
		}
	}
	for _, k := range frenchKinds {
		// Skip a kind that changes nothing ("ministre" is its own
		// feminine) or repeats another (the feminine plural of "rôdeuse").
		same, samePlural := true, k == fFemPlural
		for i := 0; i < head; i++ {
			f := b.formsOf(words[i], base[i], k)
			if len(f) != 1 || f[0] != base[i] {
				same = false
			}
			if samePlural && !equalIDs(f, b.formsOf(words[i], base[i], fPlural)) {
				samePlural = false
			}
		}
		if !same && !samePlural {
			b.product(words, base, head, k, 0, o, adj)
		}
	}
	// The heads: the term, and its forms with the first or the head noun
	// plural, one after another in b.heads (len(base) ids each).
	n := len(base)
	b.heads = append(b.heads[:0], base...)
	if head > 1 {
		for _, at := range [2]int{0, head - 1} {
			for _, id := range b.formsOf(words[at], base[at], fPlural) {
				b.heads = append(b.heads, base...)
				p := b.heads[len(b.heads)-n:]
				p[at] = id
				b.m.insert(p, o, adj)
			}
		}
	}
	if head < len(base) {
		for _, id := range b.formsOf(words[0], base[0], fPlural) {
			b.heads = append(b.heads, base...)
			p := b.heads[len(b.heads)-n:]
			for i := 0; i < head; i++ {
				if f := b.formsOf(words[i], base[i], fPlural); len(f) > 0 {
					p[i] = f[0]
				}
			}
			p[0] = id
		}
	}
	// A single complement noun after "de" or "à" in the plural.
	if head+2 == len(base) && b.complementPreps[base[head]] {
		last := len(base) - 1
		for h := 0; h+n <= len(b.heads); h += n {
			for _, id := range b.formsOf(words[last], base[last], fPlural) {
				b.path = append(b.path[:0], b.heads[h:h+n]...)
				b.path[last] = id
				b.m.insert(b.path, o, adj)
			}
		}
	}
	b.frenchSingularForm(words, base, head, o, adj)
}

// frenchKinds are the forms frenchForms makes of the words before a
// term's first preposition.
var frenchKinds = [...]formKind{fPlural, fFeminine, fFemPlural}

// frenchSingularForm inserts the singular of a term given in the plural:
// the words before head singular.
func (b *builder) frenchSingularForm(words []string, base []int32, head int, o int32, adj bool) {
	b.path = append(b.path[:0], base...)
	changed := false
	for i := 0; i < head; i++ {
		if s := frenchSingular(words[i]); s != words[i] {
			b.path[i] = b.id(s)
			changed = true
		}
	}
	if changed {
		b.m.insert(b.path, o, adj)
	}
}

// englishForms inserts the plural of an English term's head noun (the
// last word, or the one before "of"), capitalised terms included
// ("Interior Ministry" → "interior ministries"), and the singular of a
// term given in the plural ("Kurds" → "Kurd").
func (b *builder) englishForms(words []string, base []int32, o int32) {
	head := len(base) - 1
	for i := 1; i < len(words); i++ {
		if strings.EqualFold(words[i], "of") {
			head = i - 1
			break
		}
	}
	b.path = append(b.path[:0], base...)
	for _, id := range b.formsOf(words[head], base[head], fEnPlural) {
		b.path[head] = id
		b.m.insert(b.path, o, false)
	}
	if s := englishSingular(words[head]); s != words[head] {
		b.path[head] = b.id(s)
		b.m.insert(b.path, o, false)
	}
}

// product inserts every combination of the words' forms of kind k for the
// words before head (the others stay as they are).
func (b *builder) product(words []string, base []int32, head int, k formKind, i int, o int32, adj bool) {
	if i == 0 {
		b.path = append(b.path[:0], base...)
	}
	if i >= head {
		b.m.insert(b.path, o, adj)
		return
	}
	for _, id := range b.formsOf(words[i], base[i], k) {
		b.path[i] = id
		b.product(words, base, head, k, i+1, o, adj)
	}
	b.path[i] = base[i]
}

func equalIDs(a, b []int32) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func edgeKey(n, w int32) uint64 { return uint64(uint32(n))<<32 | uint64(uint32(w)) }

// insert adds the word path of one form; adj marks a "noun de complement"
// term, which accepts one inserted adjective after its head noun.
func (m *Matcher) insert(ids []int32, o int32, adj bool) {
	n := int32(0)
	for i, id := range ids {
		k := edgeKey(n, id)
		next, ok := m.edges.get(k)
		if !ok {
			next = int32(len(m.nodes))
			m.nodes = append(m.nodes, node{out: -1})
			m.edges.put(k, next)
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

func (m *Matcher) loadAdjectives(b *builder) {
	sc := bufio.NewScanner(bytes.NewReader(frAdjectivesData))
	for sc.Scan() {
		w := strings.TrimSpace(sc.Text())
		if w == "" || strings.HasPrefix(w, "#") {
			continue
		}
		wid := b.id(w)
		m.isAdj[wid] = true
		for _, k := range []formKind{fPlural, fFeminine, fFemPlural} {
			for _, id := range b.formsOf(w, wid, k) {
				m.isAdj[id] = true
			}
		}
	}
}

// Find returns the hits in text, in order, never overlapping.
func (m *Matcher) Find(text string) []Hit {
	var out []Hit
	m.Each(text, func(h Hit) { out = append(out, h) })
	return out
}

// Long texts are matched in windows, so that memory stays bounded by the
// window, not by the text (a 50 MB paragraph with no stop).
const (
	longText      = 1 << 20 // texts longer than this are windowed
	matchWindow   = 256 << 10
	windowOverlap = 4 << 10 // longer than any term
)

// Each calls fn for every hit in text, in order.
func (m *Matcher) Each(text string, fn func(Hit)) {
	if len(text) > longText {
		m.eachWindowed(text, fn)
		return
	}
	m.each(text, fn)
}

// eachWindowed matches text window by window: a hit is taken from the
// window it starts in, before the next window's start (each window starts
// windowOverlap bytes before the previous one ends, at a space).
func (m *Matcher) eachWindowed(text string, fn func(Hit)) {
	lastEnd := 0
	for a := 0; a < len(text); {
		b := min(len(text), a+matchWindow)
		if b < len(text) {
			if sp := strings.LastIndexAny(text[a:b], " \t\n"); sp > 0 {
				b = a + sp
			}
		}
		next := len(text)
		if b < len(text) {
			next = b - windowOverlap
			if sp := strings.LastIndexAny(text[a:max(a+1, next)], " \t\n"); sp > 0 {
				next = a + sp + 1
			}
			if next <= a {
				next = b
			}
		}
		m.each(text[a:b], func(h Hit) {
			h.Start, h.End = h.Start+a, h.End+a
			if h.Start >= lastEnd && h.Start < next {
				lastEnd = h.End
				fn(h)
			}
		})
		a = next
	}
}

// each is Each on a text of any length, in one pass.
func (m *Matcher) each(text string, fn func(Hit)) {
	tk := m.pool.Get().(*tokenizer)
	defer m.pool.Put(tk)
	toks := tk.tokenize(text)
	ids := tk.ids[:0]
	for i := range toks {
		id, ok := m.vocab[string(toks[i].key)]
		if !ok {
			id = -1
		}
		ids = append(ids, id)
	}
	tk.ids = ids
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
			next, ok = m.edges.get(edgeKey(n, ids[j]))
		}
		if !ok {
			// "ministère azerbaïdjanais de la défense"
			if m.nodes[n].adjSkip && !skipped && ids[j] >= 0 && m.isAdj[ids[j]] &&
				j+1 < len(toks) && toks[j+1].joined && ids[j+1] >= 0 {
				if nn, ok2 := m.edges.get(edgeKey(n, ids[j+1])); ok2 {
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

// eachContained calls fn for every term that occurs in text, including
// those inside a longer one (no leftmost-longest selection). Lint uses it.
func (m *Matcher) eachContained(text string, fn func(e *Entry, surface string)) {
	tk := m.pool.Get().(*tokenizer)
	defer m.pool.Put(tk)
	toks := tk.tokenize(text)
	for i := range toks {
		n := int32(0)
		for j := i; j < len(toks); j++ {
			if j > i && !toks[j].joined {
				break
			}
			id, ok := m.vocab[string(toks[j].key)]
			if !ok {
				break
			}
			next, ok := m.edges.get(edgeKey(n, id))
			if !ok {
				break
			}
			n = next
			if o := m.nodes[n].out; o >= 0 && m.accept(o, toks[i:j+1]) {
				fn(m.outs[o].entry, text[toks[i].start:toks[j].end])
			}
		}
	}
}
