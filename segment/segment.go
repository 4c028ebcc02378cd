// Package segment cuts French and English text into sentences.
//
// It is rule based. A scanner stops at candidate boundaries (a terminator
// such as . ! ? …, a capital after white space, a ";" or ":", a dash, a
// bullet…) and asks an ordered list of named rules (order.go); the first
// with an opinion decides. Rules live in files by concern (terminators,
// quotes, abbreviations, numbers, lists, clauses, headings, openers,
// separators, and the mail, news and legal genres), and the words they
// use are language data embedded from rules/*.txt: abbreviations, sentence
// starters, headings, and the language's traits. Explain reports which
// rule decided each candidate.
//
// Every Sentence carries byte offsets into the text it was cut from, and its
// Text is exactly that slice, trimmed of white space.
package segment

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"
)

// Paragraphs says how text is cut into paragraphs before sentences; no
// sentence crosses a paragraph.
type Paragraphs int

const (
	// Auto is Blank when the text has an empty line, else Line.
	Auto Paragraphs = iota
	// Line makes every line a paragraph (empty lines give empty paragraphs,
	// so that paragraph n is line n).
	Line
	// Blank separates paragraphs by empty (or blank) lines; a single newline
	// inside a paragraph is a soft wrap.
	Blank
)

// ParseParagraphs reads "auto", "line" or "blank".
func ParseParagraphs(s string) (Paragraphs, error) {
	switch s {
	case "auto", "":
		return Auto, nil
	case "line":
		return Line, nil
	case "blank":
		return Blank, nil
	}
	return Auto, fmt.Errorf("%w: %q (want auto, line or blank)", ErrParagraphs, s)
}

// ErrParagraphs: an unknown paragraph mode.
var ErrParagraphs = errors.New("segment: unknown paragraph mode")

// Sentence is one segment. Start and End are byte offsets into the whole
// input; Par and Index are 0-based paragraph and sentence numbers across it.
type Sentence struct {
	Par   int
	Index int
	Text  string
	Start int
	End   int
}

// Options configure a Segmenter.
type Options struct {
	// Lang is a BCP 47 tag ("fr", "en-GB"); its base language picks the
	// built-in rules.
	Lang string
	// Paragraphs is the paragraph mode of Split.
	Paragraphs Paragraphs
	// Extra rules are added to the built-in ones (--abbreviations).
	Extra Rules
	// Without lists the genres whose rules are off (see Genre).
	Without []Genre
}

// Segmenter cuts text into sentences. Once built it is safe for concurrent
// use.
type Segmenter struct {
	paras    Paragraphs
	exact    map[string]Class // entries with an upper-case letter
	folded   map[string]Class // lower-case entries, matched case-insensitively
	multi    map[string][]multiEntry
	starters map[string]bool
	openers  map[string]bool
	// weakOpeners start a sentence only after a number or ")": articles,
	// which begin names too often to break after a lower-case word.
	weakOpeners map[string]bool
	// linkers: lower-case words after which a capitalised word continues
	// the sentence ("dans Le Monde").
	linkers map[string]bool
	// greetings, letterOpeners and closings are the rules for letters:
	// "Dear All,", "Cindy, Please…", "Thanks Rudwell" (closings folded to
	// lower case).
	greetings, letterOpeners, closings map[string]bool
	// headings maps the folded first word of each heading to the folded
	// headings that start with it, longest first.
	headings map[string][]string
	// headPrefix is a bit set of the first four letters (a–z, folded, or
	// the word's end) of the headings' first words: a quick test before
	// the map.
	headPrefix []uint64
	// initialEnders: words that, after a single-letter initial, start a
	// new sentence rather than continue a name ("X. Une version").
	initialEnders map[string]bool
	// letterWords are the words of one capital letter ("I"), which are
	// no initials; clockMarks ("AM") follow a time, and clockLast holds
	// their last bytes.
	letterWords, clockMarks map[string]bool
	clockLast               [256]bool
	traits                  trait
	// speechVerbs and speechEndings: see Rules.SpeechVerbs.
	speechVerbs   map[string]bool
	speechEndings []string
	// articles, with a space after those that do not end in an
	// apostrophe, and listConjunctions with their space: prefixes to
	// test the text against (see Rules).
	articles, listConjunctions []string
	maxAbbrev                  int
	// rules are the rules that apply, by kind of candidate, in order;
	// genreOff the genres switched off.
	rules    [numKinds][]rule
	genreOff map[Genre]bool
}

type multiEntry struct {
	full  string // folded if the entry is lower case
	fold  bool
	class Class
}

// New builds a Segmenter for opts.Lang.
// New builds a Segmenter for opts.Lang.
func New(opts Options) (*Segmenter, error) {
	rules, err := DefaultRules(opts.Lang)
	if err != nil {
		return nil, err
	}
	rules = rules.Merge(opts.Extra)
	for _, g := range opts.Without {
		if !slices.Contains(Genres, g) {
			return nil, fmt.Errorf("segment: unknown genre %q", g)
		}
	}
	s := &Segmenter{paras: opts.Paragraphs}
	s.addAbbreviations(rules.Abbrevs)
	s.addWords(rules)
	s.addHeadings(rules.Headings)
	for _, t := range rules.Traits {
		tr, _ := parseTrait(t) // ParseRules checked the names
		s.traits |= tr
	}
	s.compileRules(opts.Without)
	return s, nil
}

// addAbbreviations files each abbreviation by the way it is matched.
func (s *Segmenter) addAbbreviations(abbrevs map[string]Class) {
	s.exact, s.folded, s.multi = map[string]Class{}, map[string]Class{}, map[string][]multiEntry{}
	for k, c := range abbrevs {
		fold := strings.ToLower(k) == k
		if i := strings.LastIndexByte(k, ' '); i >= 0 {
			full := k
			if fold {
				full = strings.ToLower(k)
			}
			key := strings.ToLower(k[i+1:])
			s.multi[key] = append(s.multi[key], multiEntry{full: full, fold: fold, class: c})
			s.maxAbbrev = max(s.maxAbbrev, len(k))
			continue
		}
		if fold {
			s.folded[k] = c
		} else {
			s.exact[k] = c
		}
	}
}

// wordSet makes a set of words, each passed through norm.
func wordSet(words []string, norm func(string) string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[norm(w)] = true
	}
	return m
}

func same(w string) string { return w }

func lowerApos(w string) string { return strings.ToLower(normApos(w)) }

// addWords makes the sets of the word sections.
func (s *Segmenter) addWords(rules Rules) {
	s.starters = wordSet(rules.Starters, normApos)
	s.openers = wordSet(rules.Openers, normApos)
	s.initialEnders = wordSet(rules.Openers, normApos)
	s.linkers = wordSet(rules.Linkers, lowerApos)
	s.greetings = wordSet(rules.Greetings, same)
	s.letterOpeners = wordSet(rules.LetterOpeners, same)
	s.closings = wordSet(rules.Closings, strings.ToLower)
	s.speechVerbs = wordSet(rules.SpeechVerbs, same)
	s.speechEndings = rules.SpeechEndings
	s.letterWords = wordSet(rules.LetterWords, same)
	s.clockMarks = wordSet(rules.ClockMarks, same)
	for w := range s.clockMarks {
		s.clockLast[w[len(w)-1]] = true
	}
	for _, a := range rules.Articles {
		if !strings.HasSuffix(normApos(a), "'") {
			a += " "
		}
		s.articles = append(s.articles, a)
	}
	for _, c := range rules.ListConjunctions {
		s.listConjunctions = append(s.listConjunctions, c+" ")
	}
	s.weakOpeners = map[string]bool{}
	for _, w := range rules.WeakOpeners {
		w = normApos(w)
		s.weakOpeners[w] = true
		// Articles also begin surnames ("N. Le Roux"), so after an initial
		// only the others ("X. Une version") start a sentence.
		if !slices.Contains(rules.Articles, strings.ToLower(w)) {
			s.initialEnders[w] = true
		}
	}
}

// addHeadings indexes the headings by their folded first word, longest
// first, with a bit set of their first four letters.
func (s *Segmenter) addHeadings(headings []string) {
	s.headings = map[string][]string{}
	for _, h := range headings {
		f := foldHeading(h)
		if f == "" {
			continue
		}
		first := headingKey(f)
		s.headings[first] = append(s.headings[first], f)
	}
	for first, hs := range s.headings {
		sort.Slice(hs, func(a, b int) bool { return len(hs[a]) > len(hs[b]) })
		if s.headPrefix == nil {
			s.headPrefix = make([]uint64, (prefixSpace+63)/64)
		}
		if k := prefixKey(first, 0); k >= 0 {
			s.headPrefix[k>>6] |= 1 << (k & 63)
		} else {
			for k := range s.headPrefix {
				s.headPrefix[k] = ^uint64(0) // a heading we cannot index: test them all
			}
		}
	}
}

// Split cuts text into sentences, using the Segmenter's paragraph mode
// (Auto looks at the whole text).
func (s *Segmenter) Split(text string) []Sentence {
	mode := s.paras
	if mode == Auto {
		mode = detect(text)
	}
	var out []Sentence
	emit := func(st Sentence) error { out = append(out, st); return nil }
	_ = s.Stream(strings.NewReader(text), mode, emit)
	return out
}

// SplitParagraph cuts one paragraph (no paragraph breaks inside) and calls
// fn with each sentence's offsets relative to p.
func (s *Segmenter) SplitParagraph(p string, fn func(start, end int)) {
	s.splitPara(p, fn)
}

// DetectParagraphs is the package's DetectParagraphs with the language's
// rules: a line that ends with a linker ("de la", "of the") wraps too,
// whatever the next line starts with.
func (s *Segmenter) DetectParagraphs(r io.Reader) (Paragraphs, error) {
	return detectParagraphs(r, func(w string) bool { return s.linkers[w] })
}

// Stream reads r paragraph by paragraph and calls fn for each sentence in
// order; memory is bounded by the longest paragraph. mode must be Line or
// Blank (resolve Auto with DetectParagraphs first). An error from fn or r
// stops the stream and is returned.
func (s *Segmenter) Stream(r io.Reader, mode Paragraphs, fn func(Sentence) error) error {
	par, sent := 0, 0
	return eachParagraph(r, mode, func(p string, base int) error {
		var ferr error
		found := false
		s.splitPara(p, func(a, b int) {
			if ferr == nil {
				found = true
				ferr = fn(Sentence{Par: par, Index: sent, Text: p[a:b], Start: base + a, End: base + b})
				sent++
			}
		})
		if found || mode == Line {
			par++
		}
		return ferr
	})
}
