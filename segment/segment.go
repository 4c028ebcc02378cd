// Package segment cuts French and English text into sentences.
//
// It is rule based: a sentence may end at . ! ? … or a run of them (with any
// closing quotes and brackets that follow), and the decision looks at the
// word before (a known abbreviation, an initial, a dotted acronym, a list
// number) and the text after (lower case, a number, a sentence starter).
// The abbreviation lists are data files embedded from rules/*.txt.
//
// Every Sentence carries byte offsets into the text it was cut from, and its
// Text is exactly that slice, trimmed of white space.
package segment

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
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
	englishI      bool
	// speechVerbs and speechEndings: see Rules.SpeechVerbs.
	speechVerbs   map[string]bool
	speechEndings []string
	// articles, with a space after those that do not end in an
	// apostrophe, and listConjunctions with their space: prefixes to
	// test the text against (see Rules).
	articles, listConjunctions []string
	maxAbbrev                  int
}

type multiEntry struct {
	full  string // folded if the entry is lower case
	fold  bool
	class Class
}

// New builds a Segmenter for opts.Lang.
func New(opts Options) (*Segmenter, error) {
	rules, err := DefaultRules(opts.Lang)
	if err != nil {
		return nil, err
	}
	rules = rules.Merge(opts.Extra)
	s := &Segmenter{
		paras:         opts.Paragraphs,
		exact:         map[string]Class{},
		folded:        map[string]Class{},
		multi:         map[string][]multiEntry{},
		starters:      map[string]bool{},
		openers:       map[string]bool{},
		weakOpeners:   map[string]bool{},
		linkers:       map[string]bool{},
		greetings:     map[string]bool{},
		letterOpeners: map[string]bool{},
		closings:      map[string]bool{},
		headings:      map[string][]string{},
		initialEnders: map[string]bool{},
		englishI:      isLang(opts.Lang, language.English),
	}
	for k, c := range rules.Abbrevs {
		fold := strings.ToLower(k) == k
		if i := strings.LastIndexByte(k, ' '); i >= 0 {
			last := k[i+1:]
			full := k
			if fold {
				full = strings.ToLower(k)
			}
			key := strings.ToLower(last)
			s.multi[key] = append(s.multi[key], multiEntry{full: full, fold: fold, class: c})
			if len(k) > s.maxAbbrev {
				s.maxAbbrev = len(k)
			}
			continue
		}
		if fold {
			s.folded[k] = c
		} else {
			s.exact[k] = c
		}
	}
	for _, w := range rules.Starters {
		s.starters[normApos(w)] = true
	}
	for _, w := range rules.Openers {
		s.openers[normApos(w)] = true
	}
	for _, w := range rules.Openers {
		s.initialEnders[normApos(w)] = true
	}
	for _, h := range rules.Headings {
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
	for _, w := range rules.Linkers {
		s.linkers[strings.ToLower(normApos(w))] = true
	}
	for _, w := range rules.Greetings {
		s.greetings[w] = true
	}
	for _, w := range rules.LetterOpeners {
		s.letterOpeners[w] = true
	}
	for _, w := range rules.Closings {
		s.closings[strings.ToLower(w)] = true
	}
	s.speechVerbs = map[string]bool{}
	for _, w := range rules.SpeechVerbs {
		s.speechVerbs[w] = true
	}
	s.speechEndings = rules.SpeechEndings
	for _, a := range rules.Articles {
		if !strings.HasSuffix(normApos(a), "'") {
			a += " "
		}
		s.articles = append(s.articles, a)
	}
	for _, c := range rules.ListConjunctions {
		s.listConjunctions = append(s.listConjunctions, c+" ")
	}
	for _, w := range rules.WeakOpeners {
		w = normApos(w)
		s.weakOpeners[w] = true
		// Articles also begin surnames ("N. Le Roux"), so after an initial
		// only the others ("X. Une version") start a sentence.
		if !slices.Contains(rules.Articles, strings.ToLower(w)) {
			s.initialEnders[w] = true
		}
	}
	return s, nil
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
// fn with each sentence's offsets relative to p. It allocates nothing.
func (s *Segmenter) SplitParagraph(p string, fn func(start, end int)) {
	s.splitPara(p, fn)
}

// DetectParagraphs reads r until it can tell the Auto mode's answer: Blank
// at the first blank line between two non-blank lines; Blank too when most
// line breaks fall inside a sentence (hard-wrapped text, as pasted from a
// PDF or an e-mail: the line ends with no final punctuation and the next
// starts in lower case), so that single newlines are read as soft wraps;
// else Line.
func DetectParagraphs(r io.Reader) (Paragraphs, error) {
	return detectParagraphs(r, nil)
}

// DetectParagraphs is the package's DetectParagraphs with the language's
// rules: a line that ends with a linker ("de la", "of the") wraps too,
// whatever the next line starts with.
func (s *Segmenter) DetectParagraphs(r io.Reader) (Paragraphs, error) {
	return detectParagraphs(r, func(w string) bool { return s.linkers[w] })
}

// detectParagraphs counts breaks and soft breaks between non-blank lines.
func detectParagraphs(r io.Reader, linker func(string) bool) (Paragraphs, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	seen, pending := false, false
	breaks, soft := 0, 0
	var prev []byte // the end of the last non-blank line
	for {
		line, err := br.ReadSlice('\n')
		if len(line) > 0 || err == nil {
			if isBlank(line) {
				pending = seen
			} else {
				if pending {
					return Blank, nil
				}
				if seen {
					breaks++
					if softBreak(prev, line, linker) {
						soft++
					}
				}
				seen = true
				prev = append(prev[:0], tail(line)...)
			}
		}
		if err == bufio.ErrBufferFull {
			// A long line is not blank; skip the rest of it.
			for err == bufio.ErrBufferFull {
				line, err = br.ReadSlice('\n')
				prev = append(prev[:0], tail(line)...)
			}
		}
		if err == io.EOF {
			if soft > 0 && 2*soft >= breaks {
				return Blank, nil
			}
			return Line, nil
		}
		if err != nil {
			return Line, err
		}
	}
}

// tail is the last bytes of a line, without its line end: enough for its
// last word.
func tail(line []byte) []byte {
	line = bytes.TrimRight(line, " \t\r\n")
	if len(line) > 64 {
		line = line[len(line)-64:]
	}
	return line
}

// softBreak: the line before ends inside a sentence and the next goes on
// with it.
func softBreak(prev, next []byte, linker func(string) bool) bool {
	r, _ := utf8.DecodeLastRune(prev)
	if isTerminator(r) || strings.ContainsRune(":;»\"”’)]…", r) {
		return false
	}
	if linker != nil {
		i := bytes.LastIndexAny(prev, " \t")
		if linker(strings.ToLower(string(prev[i+1:]))) {
			return true
		}
	}
	first, _ := utf8.DecodeRune(bytes.TrimLeft(next, " \t"))
	return unicode.IsLower(first)
}

func detect(text string) Paragraphs {
	p, _ := DetectParagraphs(strings.NewReader(text))
	return p
}

// isBlank: only spaces and tabs before the line end.
func isBlank(line []byte) bool {
	for _, c := range line {
		if c != ' ' && c != '\t' && c != '\n' && c != '\r' {
			return false
		}
	}
	return true
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

// eachParagraph reads r and calls fn with each paragraph and its input
// offset: a line in Line mode, lines up to a blank one in Blank mode.
func eachParagraph(r io.Reader, mode Paragraphs, fn func(p string, base int) error) error {
	if mode != Line && mode != Blank {
		return fmt.Errorf("%w: Stream needs line or blank", ErrParagraphs)
	}
	br := bufio.NewReaderSize(r, 64<<10)
	var (
		para      []byte // the paragraph being gathered (Blank mode)
		paraStart int
		offset    int // input offset of the next line
		scratch   []byte
	)
	for {
		line, err := readLine(br, &scratch)
		if err != nil && err != io.EOF {
			return err
		}
		if len(line) > 0 {
			var perr error
			switch {
			case mode == Line:
				perr = fn(string(trimNewline(line)), offset)
			case isBlank(line):
				if len(para) > 0 {
					perr = fn(string(para), paraStart)
					para = para[:0]
				}
			default:
				if len(para) == 0 {
					paraStart = offset
				}
				para = append(para, line...)
			}
			if perr != nil {
				return perr
			}
			offset += len(line)
		}
		if err == io.EOF {
			if len(para) > 0 {
				return fn(string(para), paraStart)
			}
			return nil
		}
	}
}

// readLine returns the next line with its newline; a line longer than the
// reader's buffer is gathered in scratch.
func readLine(br *bufio.Reader, scratch *[]byte) ([]byte, error) {
	line, err := br.ReadSlice('\n')
	if err != bufio.ErrBufferFull {
		return line, err
	}
	*scratch = append((*scratch)[:0], line...)
	for err == bufio.ErrBufferFull {
		line, err = br.ReadSlice('\n')
		*scratch = append(*scratch, line...)
	}
	return *scratch, err
}

func trimNewline(line []byte) []byte {
	if n := len(line); n > 0 && line[n-1] == '\n' {
		return line[:n-1]
	}
	return line
}

// byteClass marks the bytes that may start something the scanner must look
// at: terminators, the lead byte of … ‼ ⁇ • ⁃, and ")" for list numbers.
var byteClass = func() (t [256]bool) {
	for _, c := range []byte(".!?);:-\xe2=_*~#") {
		t[c] = true
	}
	return
}()

// capClass marks the bytes that may begin a capitalised word.
var capClass = func() (t [256]bool) {
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = true
	}
	t[0xC3] = true // À É Ç … in UTF-8
	t[0xC5] = true // Œ
	return
}()

// splitPara finds the sentences of one paragraph.
func (s *Segmenter) splitPara(p string, fn func(start, end int)) {
	start := skipSpace(p, 0)
	i := start
	// item is the start of the current segment when it follows an item of
	// a list that ended at ";", else -1.
	item := -1
	for i < len(p) {
		c := p[i]
		if !byteClass[c] {
			if !capClass[c] || c == 0xC3 && (i+1 >= len(p) || p[i+1] < 0x80 || p[i+1] > 0x9E) ||
				c == 0xC5 && (i+1 >= len(p) || p[i+1] != 0x92) {
				// Not a capital (0xC3 also leads é, à…; 0xC5 œ).
				i++
				continue
			}
			if i > start && p[i-1] != ' ' && !isSpaceBefore(p, i) {
				// Inside a word ("McDonald").
				i++
				continue
			}
			if len(s.headings) > 0 {
				if e, q := s.headingAt(p, start, i); e > 0 {
					// "Grossesse et allaitement Effets sur l'aptitude…":
					// a known heading is a sentence of its own.
					if i > start {
						s.emit(p, start, i, fn)
					}
					s.emit(p, i, e, fn)
					start, i = q, q
					continue
				}
			}
			if len(s.openers) > 0 && i > start {
				if d, b := headerBreak(p, start, i); b > 0 {
					// "Sean Boyle 08/17/2000 11:21 AM I spoke": a name, a
					// date and time, then the text.
					if d > start {
						s.emit(p, start, d, fn)
						start = d
					}
					s.emit(p, start, b, fn)
					start = i
				} else if b := s.openerBreak(p, start, i); b > 0 {
					s.emit(p, start, b, fn)
					start = i
				}
			}
			i++
			continue
		}
		if c == '=' || c == '_' || c == '*' || c == '~' || c == '#' || c == '-' {
			// "=====" or "______" alone: a separator line is a sentence
			// of its own.
			e := i
			for e < len(p) && p[e] == c {
				e++
			}
			// "act. -- Posted by": a signature dash opening a sentence
			// before a capital is one too.
			sep := e-i >= 4 || c == '-' && e-i >= 2 && i == start && e+1 < len(p) && p[e] == ' ' && isCapitalised(p, e+1)
			// "*****NOTICE*****": a banner is a separator too.
			if e-i >= 4 && e < len(p) && p[e] != c && p[e] != ' ' {
				if f := bannerEnd(p, e, c); f > 0 {
					e = f
				} else {
					sep = false
				}
			}
			if sep && isSpaceBefore(p, i) && (e == len(p) || p[e] == ' ' || p[e] == '\t' || p[e] == '\n') {
				if i > start {
					s.emit(p, start, i, fn)
				}
				s.emit(p, i, e, fn)
				start = skipSpace(p, e)
				i = e
				continue
			}
			if c != '-' {
				i = e
				continue
			}
		}
		switch {
		case c == ';' || c == ':':
			// "great :) see you": an emoticon ends the sentence it follows.
			if e := emoticonEnd(p, i); e > 0 {
				// One that opens a sentence stands alone ("Meal!! :-) \\//").
				if e < len(p) {
					s.emit(p, start, e, fn)
					start = skipSpace(p, e)
				}
				i = e
				continue
			}
			// "…; - de former", "suivantes : - le programme": a dash
			// item of a list starts a sentence.
			if b := s.itemBreak(p, start, i); b > 0 {
				s.emit(p, start, b, fn)
				start = skipSpace(p, b)
				i++
				continue
			}
			// "…30 juin 2005: Le rapport…": a ":" glued in the English
			// way before a capitalised sentence.
			if b := s.gluedColonBreak(p, start, i); b > 0 {
				s.emit(p, start, b, fn)
				start = skipSpace(p, b)
				item = start
				i++
				continue
			}
			// "l'introduction d'une flexibilité…; et l'extension…", "…ni
			// en servitude; l'esclavage…": an item of a list or a
			// provision ends at its ";".
			inList := c == ';' && (item == start || s.itemStart(p, start))
			if b := s.itemEnd(p, start, i, inList); b > 0 {
				s.emit(p, start, b, fn)
				start = skipSpace(p, b)
				item = start
				i++
				continue
			}
			// "…; En utilisant" or "…: Ce basculement": a clause boundary
			// before a capital is a sentence boundary.
			if b := s.clauseBreak(p, i); b > 0 {
				s.emit(p, start, b, fn)
				start = skipSpace(p, b)
				if inList {
					item = start
				}
			}
			i++
			continue
		case c == '-':
			// " - Jean-Claude Méry, ancien…": a dash between spaces before
			// a capital starts a list item.
			if i > start && i+2 < len(p) && p[i+1] == ' ' && isSpaceBefore(p, i) {
				q := skipSpace(p, i+1)
				if startsCapitalised(p, q) {
					if b := trimSpaceLeft(p, i); b > start && strings.IndexFunc(p[start:b], unicode.IsLetter) >= 0 &&
						!openBracket(p[start:b]) && !(start == 0 && wireDateline(p[start:b])) {
						s.emit(p, start, b, fn)
						start = i
					}
				}
			}
			i++
			continue
		case c == ')':
			// "item 2) Next" or "item 2.) Next": a list number starts a sentence.
			if b := s.listBreak(p, start, i); b > 0 {
				s.emit(p, start, b, fn)
				start = skipSpace(p, b)
			}
			i++
			continue
		case c == 0xE2:
			r, size := utf8.DecodeRuneInString(p[i:])
			if r == '•' || r == '⁃' || r == '◦' || r == '▪' {
				// A bullet inside running text starts a new item.
				if i > start && isSpaceBefore(p, i) {
					s.emit(p, start, i, fn)
					start = i
				}
				i += size
				continue
			}
			if !isTerminator(r) {
				i += size
				continue
			}
		}
		end, next, ok := s.boundary(p, start, i)
		if ok {
			s.emit(p, start, end, fn)
			start = next
			i = next
			continue
		}
		if end <= i {
			end = i + 1
		}
		i = end
	}
	if start < len(p) {
		// "… together. Jolene Harvey 05/22/2001 09:25 AM": a signature
		// line ends the paragraph.
		if len(s.openers) > 0 && s.englishI {
			if b := trimSpaceLeft(p, len(p)); b > start && (p[b-1] == 'M' || p[b-1] >= '0' && p[b-1] <= '9') {
				if d, ok := dateTimeBefore(p, start, b); ok && d > start {
					s.emit(p, start, d, fn)
					start = d
				}
			}
		}
		s.emit(p, start, len(p), fn)
	}
}

func (s *Segmenter) emit(p string, a, b int, fn func(start, end int)) {
	a = skipSpace(p, a)
	for b > a {
		r, size := utf8.DecodeLastRuneInString(p[a:b])
		if !unicode.IsSpace(r) {
			break
		}
		b -= size
	}
	if b > a {
		fn(a, b)
	}
}

func isTerminator(r rune) bool {
	switch r {
	case '.', '!', '?', '…', '‼', '⁇', '⁈', '⁉':
		return true
	}
	return false
}

func isSpaceBefore(p string, i int) bool {
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(p[:i])
	return unicode.IsSpace(r)
}

func skipSpace(p string, i int) int {
	for i < len(p) {
		c := p[i]
		if c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\v' || c == '\f' {
			i++
			continue
		}
		if c < utf8.RuneSelf {
			return i
		}
		r, size := utf8.DecodeRuneInString(p[i:])
		if !unicode.IsSpace(r) {
			return i
		}
		i += size
	}
	return i
}

// boundary decides whether the terminator at i ends the sentence that began
// at start. It returns the end of the sentence (after the terminators and
// closing quotes), where the next one begins, and whether it is a boundary.
// When it is not, end is where scanning resumes.
func (s *Segmenter) boundary(p string, start, i int) (end, next int, ok bool) {
	// "Direct Dial:? 203.961.7523": a "?" glued to a colon stands for a
	// lost character, not a question.
	if p[i] == '?' && i > start && p[i-1] == ':' {
		return i + 1, 0, false
	}
	// 1. The run of terminators, with spaced dots (". . .").
	j := i
	dots, other, ell, spaced := 0, 0, false, false
	firstSingle := -1 // end of a lone first period attached to a word
	for j < len(p) {
		r, size := utf8.DecodeRuneInString(p[j:])
		if r == '.' {
			dots++
		} else if isTerminator(r) {
			other++
			if r == '…' {
				ell = true
			}
		} else if r == ' ' && j+1 < len(p) && p[j+1] == '.' && !startsWord(p, j+2) && dots > 0 && other == 0 {
			// ". . ." spaced ellipsis
			if dots == 1 && j == i+1 && i > start && !isSpaceBefore(p, i) {
				firstSingle = i + 1
			}
			ell, spaced = true, true
			j++
			continue
		} else {
			break
		}
		j += size
	}
	if dots >= 2 {
		ell = true
	}
	// A spaced ellipsis of three dots marks an omission inside a sentence
	// ("the thing is . . . I didn't"); a fourth dot is the period that ends
	// one (". . . . Next").
	softEllipsis := spaced && dots == 3
	runEnd := j
	// An omission mark "[...]" or "(…)", a doubt "(?)" or "(? - 869)" and
	// an aside "(!)" are no sentence end.
	if i > 0 && (p[i-1] == '[' || p[i-1] == '(') {
		return runEnd, 0, false
	}
	// 2. Closing quotes and brackets that belong to this sentence.
	k := runEnd
	for k < len(p) {
		r, size := utf8.DecodeRuneInString(p[k:])
		switch r {
		case '»', '”', ')', ']', '}', '’', '\'', '"', '›':
			if r == '"' || r == '\'' || r == '’' {
				// Straight quotes close only when no word follows directly,
				// or, for ", when one is open in this sentence.
				if k+size < len(p) && isWordByte(p[k+size]) &&
					!(r == '"' && strings.Count(p[start:k], "\"")%2 == 1) {
					goto closed
				}
			}
			k += size
			continue
		}
		if unicode.IsSpace(r) && r != '\n' {
			// French puts a (no-break) space before »: « … fin. »; a straight
			// quote after a space closes one left open in this sentence.
			q := skipSpace(p, k)
			if q < len(p) && strings.HasPrefix(p[q:], "»") {
				// A » that closes no « opened shortly before is a stray
				// one from a quotation cut elsewhere: it goes with the
				// text after it (UD's "» Stipe reconnaît…").
				if !s.englishI && !guillemetOpen(p, i) {
					break
				}
				k = q + len("»")
				continue
			}
			// One glued to the next word opens the next sentence
			// instead: 'contrebandiers. "L'ambiguïté'.
			if q < len(p) && p[q] == '"' && strings.Count(p[start:k], "\"")%2 == 1 && (q+1 == len(p) || !isWordByte(p[q+1])) {
				k = q + 1
				continue
			}
		}
		break
	}
closed:
	end = k
	// 3. What follows must be white space (or the paragraph's end).
	if end == len(p) {
		return end, end, true
	}
	r, _ := utf8.DecodeRuneInString(p[end:])
	if !unicode.IsSpace(r) {
		// "of high quality.You'll also": a lost space after a plain
		// lower-case word, before a capitalised word.
		if end == runEnd && other == 0 && (dots == 1 || s.englishI && dots >= 3) && startsCapitalised(p, end) && !isDomainEnd(p, end) {
			if w, ws := wordBefore(p, start, i); isPlainWord(w) && isLowerWord(w) && s.classify(p, start, ws, w) == 0 {
				return end, end, true
			}
		}
		return runEnd, 0, false
	}
	next = skipSpace(p, end)
	if next == len(p) {
		return end, next, true
	}
	nr, _ := utf8.DecodeRuneInString(p[next:])
	// 4. A lower-case word or inner punctuation continues the sentence.
	if nr == ',' || nr == ';' || nr == ':' || nr == ')' || nr == ']' || nr == '}' {
		// "Thanks a lot!! :-) See you": an emoticon after the end belongs
		// to the sentence it comments on, and ends it.
		if nr == ':' || nr == ';' {
			if e := emoticonEnd(p, next); e > 0 {
				return e, skipSpace(p, e), true
			}
		}
		return runEnd, 0, false
	}
	// "fait rire... !": French spacing puts the ! or ? that ends the
	// sentence after a space.
	if !s.englishI && (nr == '!' || nr == '?') {
		if f := next + 1; f == len(p) || p[f] == ' ' || rune(p[f]) == nr {
			return runEnd, 0, false
		}
	}
	// "… de l'OPAC." (cité par Le Monde): a bracket in lower case comments
	// on the sentence before.
	if nr == '(' && next+1 < len(p) {
		if r2, _ := utf8.DecodeRuneInString(p[skipSpace(p, next+1):]); unicode.IsLower(r2) || isCitation(p, next) {
			return runEnd, 0, false
		}
	}
	lowerNext := unicode.IsLower(nr)
	if lowerNext && !ell && end == runEnd && (other >= 2 || s.englishI && other == 1 && dots == 0 && s.lowerQuestion(p, start, i) ||
		!s.englishI && other == 1 && dots == 0 && p[i] == '?' && !s.isIncise(p, next)) {
		// "so good!!! we will be back": a run of ! and ? is no "Yahoo!";
		// in English, "where did you grow up? india?" and "wow! it was".
		return end, next, true
	}
	if lowerNext && (ell || other > 0 || end != runEnd) {
		// "Yahoo! in", "(… engineer.) at", "'This is great.' she said"
		return runEnd, 0, false
	}
	if ell || other > 0 {
		if firstSingle > 0 && unicode.IsUpper(nr) {
			// "compounds. . . . The": the period ends it, the dots open the next.
			return firstSingle, skipSpace(p, firstSingle), true
		}
		if ell && (unicode.IsDigit(nr) || softEllipsis) {
			return runEnd, 0, false
		}
		return end, next, true
	}
	// 5. A single period: look at the word before it.
	word, wstart := wordBefore(p, start, i)
	if word == "" {
		return end, next, true
	}
	digitNext := unicode.IsDigit(nr)
	// List items: "a. The first item b. The second item", "1. … 2. …".
	if end == runEnd && !lowerNext {
		mk, _ := listMarker(word)
		if (mk == 'a' || mk == 'r') && (wstart == start || onlyBulletBefore(p, start, wstart)) {
			// "c. Nonobstant": the marker opens the item.
			return runEnd, 0, false
		}
		if mk != 0 && wstart > start && followsMarker(p, start, word) {
			// "1. The first item 2. The second item": the next marker of
			// the same list starts a new item.
			return trimSpaceLeft(p, wstart), wstart, true
		}
	}
	if lowerNext {
		// A sentence may begin in lower case ("… sécurité. à ce jour"),
		// but only after an ordinary word, never after an abbreviation.
		if s.classify(p, start, wstart, word) != 0 {
			return runEnd, 0, false
		}
		if isPlainWord(word) || isHyphenatedWord(word) {
			return end, next, true
		}
		// "(telle que définie ci-après). la ou les personnes": a period
		// after a closing bracket belongs to no abbreviation.
		if last := word[len(word)-1]; (last == ')' || last == ']') && end == runEnd {
			return end, next, true
		}
		// "… l'article 4(b). i. Droits": a list marker starts an item.
		if markerItemAt(p, next) {
			return end, next, true
		}
		// "it was ok. i will", "un million d'euros par an. et": a short
		// lower-case word that is no abbreviation ends a sentence too.
		if isShortLowerWord(word) && !s.abbrevAnyCase(word) {
			return end, next, true
		}
		return runEnd, 0, false
	}
	if isNumberWord(word) {
		// "1. The first item": a list number at the start of a sentence;
		// "item 2.) Next" is cut before the number when ")" is reached.
		if runEnd < len(p) && p[runEnd] == ')' || wstart == start || onlyBulletBefore(p, start, wstart) {
			return runEnd, 0, false
		}
		// "Article 15 1. Tout individu…": a number right after another
		// number is an item number that opens the next sentence.
		if b := trimSpaceLeft(p, wstart); b < wstart && b > start && len(word) <= 2 && unicode.IsUpper(nr) {
			if a := tokenStart(p, start, b); allDigits(p[a:b]) && a > start {
				return b, wstart, true
			}
		}
		return end, next, true
	}
	cls := s.classify(p, start, wstart, word)
	switch cls {
	case NoBreak:
		// "(Gruau par ex.) Ainsi": the bracket closes the abbreviation's
		// clause, and a capital after it starts a sentence.
		if end > runEnd && strings.ContainsAny(p[runEnd:end], ")]") && unicode.IsUpper(nr) {
			return end, next, true
		}
		// "Mac OS X. Une version": an initial before a sentence starter.
		// "dans A. La longueur du module": an article before a lower-case
		// word is no surname ("N. Le Roux").
		if nw := nextWord(p, next); isInitial(word) && (s.initialEnders[nw] ||
			s.weakOpeners[nw] && lowerAfter(p, nextWordEnd(p, next))) {
			return end, next, true
		}
		return runEnd, 0, false
	case Number:
		if digitNext {
			return runEnd, 0, false
		}
	case Acronym:
		if !s.starters[nextWord(p, next)] {
			return runEnd, 0, false
		}
	}
	if digitNext && strings.HasSuffix(word, "°") {
		return runEnd, 0, false
	}
	return end, next, true
}

// guillemetOpen: a « opened in the last few sentences before i is still
// open. The window is a byte count (about four sentences), so a quotation
// over several sentences keeps its closing » while a stray one in a long
// stream does not.
func guillemetOpen(p string, i int) bool {
	w := p[max(0, i-quoteWindow):i]
	return strings.Count(w, "«") > strings.Count(w, "»")
}

// quoteWindow is how far back guillemetOpen looks, in bytes.
const quoteWindow = 600

// isCitation: the bracket at i is an author-date reference that closes
// the sentence before it, "radio. (Bobrowsky 1994). Lycophron": a short
// capitalised bracket with a year in it and a period after it.
func isCitation(p string, i int) bool {
	e := strings.IndexByte(p[i+1:], ')')
	if e < 5 || e > 80 || i+e+2 >= len(p) || p[i+e+2] != '.' {
		return false
	}
	in := p[i+1 : i+1+e]
	if !startsCapitalised(in, 0) || strings.ContainsAny(in, "(!?;:«»\"") {
		return false
	}
	// A year: four digits from 1000 to 2999 standing alone.
	for j := 0; j+4 <= len(in); j++ {
		if (j == 0 || !isWordByte(in[j-1])) && (j+4 == len(in) || !isWordByte(in[j+4])) &&
			(in[j] == '1' || in[j] == '2') && allDigits(in[j:j+4]) {
			return true
		}
	}
	return false
}

// isDomainEnd: the word at i is a top-level domain ("example.Com").
func isDomainEnd(p string, i int) bool {
	w := p[i:nextWordEnd(p, i)]
	for _, d := range [...]string{"com", "net", "org", "edu", "gov", "info", "biz", "co", "uk", "fr", "de", "ca", "au", "io"} {
		if strings.EqualFold(w, d) {
			return true
		}
	}
	return false
}

// bannerEnd: a word in capitals at i is closed by a run of at least four
// c ("NOTICE*****"); it returns the end of that run, or 0.
func bannerEnd(p string, i int, c byte) int {
	j := i
	for j < len(p) && (p[j] >= 'A' && p[j] <= 'Z' || p[j] == ' ' && j+1 < len(p) && p[j+1] >= 'A' && p[j+1] <= 'Z') {
		j++
	}
	if j == i || j-i > 40 {
		return 0
	}
	k := j
	for k < len(p) && p[k] == c {
		k++
	}
	if k-j < 4 {
		return 0
	}
	return k
}

// isLowerWord: every letter of w is lower case.
func isLowerWord(w string) bool {
	for _, r := range w {
		if unicode.IsLetter(r) && !unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// isIncise: the word at i introduces who spoke ("demanda-t-il",
// "a-t-elle lancé", "s'interroge le ministre"), so a French question before
// it goes on.
func (s *Segmenter) isIncise(p string, i int) bool {
	j := i
	for j < len(p) && p[j] != ' ' && p[j] != ',' && p[j] != '.' {
		j++
	}
	w := p[i:j]
	for _, suf := range s.speechEndings {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return s.speechVerbs[w]
}

// lowerQuestion: the single "?" or "!" at i follows a lower-case word, so
// it is no brand name ("Yahoo! in") and, in English, ends a sentence even
// before a lower-case word.
func (s *Segmenter) lowerQuestion(p string, start, i int) bool {
	if p[i] == '?' {
		return true
	}
	if p[i] != '!' {
		return false
	}
	// "most men suck ! whose": a spaced "!" is no brand name.
	if i > start && p[i-1] == ' ' {
		return true
	}
	word, _ := wordBefore(p, start, i)
	if word == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(word)
	return unicode.IsLower(r)
}

// abbrevAnyCase: w, a short lower-case word, is a listed abbreviation
// written with a capital ("co." for "Co.", "st." for "St.").
func (s *Segmenter) abbrevAnyCase(w string) bool {
	var buf [8]byte
	b := append(buf[:0], w...)
	b[0] -= 'a' - 'A'
	_, ok := s.exact[string(b)]
	return ok
}

// isShortLowerWord: two or three lower-case letters ("ok", "bad").
func isShortLowerWord(w string) bool {
	if len(w) < 2 || len(w) > 3 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// listMarker reads a list marker without its period: a number of up to
// three digits ('n'), one lower-case letter ('a') or a lower-case roman
// numeral up to xx ('r'), with its value. "i", "v" and "x" read as roman.
func listMarker(w string) (kind byte, val int) {
	if len(w) == 0 || len(w) > 5 {
		return 0, 0
	}
	if allDigits(w) {
		if len(w) > 3 {
			return 0, 0
		}
		for i := 0; i < len(w); i++ {
			val = val*10 + int(w[i]-'0')
		}
		return 'n', val
	}
	if v := romanValue(w); v > 0 {
		return 'r', v
	}
	if v := letterValue(w); v > 0 {
		return 'a', v
	}
	return 0, 0
}

// romanValue: "i" … "xx" in lower case, else 0.
func romanValue(w string) int {
	for v, r := range romans {
		if w == r {
			return v + 1
		}
	}
	return 0
}

var romans = [...]string{"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x",
	"xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx"}

// followsMarker: the sentence at start opens with a list marker (after an
// optional bullet) that comes just before w in the same list: "1" before
// "2", "a" before "b", "i" before "ii", and "h" before the letter "i".
func followsMarker(p string, start int, w string) bool {
	q := start
	if r, size := utf8.DecodeRuneInString(p[q:]); r == '•' || r == '⁃' || r == '◦' || r == '▪' {
		q = skipSpace(p, q+size)
	}
	e := q
	for e < len(p) && e-q <= 5 && p[e] != '.' && p[e] != ' ' {
		e++
	}
	if e >= len(p) || p[e] != '.' {
		return false
	}
	first := p[q:e]
	k0, v0 := listMarker(first)
	k1, v1 := listMarker(w)
	if k0 != 0 && k0 == k1 && v0 == v1-1 {
		return true
	}
	l0, l1 := letterValue(first), letterValue(w)
	return l0 > 0 && l0 == l1-1
}

// letterValue: 1 for "a" … 26 for "z", else 0.
func letterValue(w string) int {
	if len(w) == 1 && w[0] >= 'a' && w[0] <= 'z' {
		return int(w[0]-'a') + 1
	}
	return 0
}

// markerItemAt: a list marker with its period, then a capital, is at i
// ("i. Droits", "c. Nonobstant").
func markerItemAt(p string, i int) bool {
	e := i
	for e < len(p) && e-i <= 5 && p[e] >= 'a' && p[e] <= 'z' {
		e++
	}
	if e == i || e+2 >= len(p) || p[e] != '.' || p[e+1] != ' ' {
		return false
	}
	if k, _ := listMarker(p[i:e]); k == 0 || k == 'n' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(p[skipSpace(p, e+1):])
	return unicode.IsUpper(r)
}

// emoticonEnd: an emoticon (":)", ";-)", ":D", ":((") between spaces
// starts at i; it returns where it ends, or 0.
func emoticonEnd(p string, i int) int {
	if i == 0 || !isSpaceBefore(p, i) {
		return 0
	}
	j := i + 1
	if j < len(p) && (p[j] == '-' || p[j] == '\'') {
		j++
	}
	k := j
	for k < len(p) && strings.IndexByte(")(DPpO/|][3", p[k]) >= 0 {
		k++
	}
	if k == j || k-j > 4 {
		return 0
	}
	// ":D" and ":P" only alone ("see :Docs" is no emoticon).
	if k < len(p) && p[k] != ' ' && p[k] != '\n' && p[k] != '\t' {
		return 0
	}
	return k
}

// startsWord: a letter or digit begins at i.
func startsWord(p string, i int) bool {
	if i >= len(p) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(p[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// isWordByte: a letter or digit (any non-ASCII byte counts, as it is
// usually part of a letter).
func isWordByte(c byte) bool {
	return c >= 0x80 || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// wordBefore returns the token that ends at the period at i: back to white
// space or an opening quote or bracket, without an elided article (l', d').
func wordBefore(p string, start, i int) (string, int) {
	j := i
	for j > start {
		r, size := utf8.DecodeLastRuneInString(p[:j])
		if unicode.IsSpace(r) || strings.ContainsRune("«(\"“[{‹•⁃◦▪", r) {
			break
		}
		j -= size
	}
	w := p[j:i]
	if k := strings.LastIndexAny(w, "'’"); k >= 0 && k+1 < len(w) {
		skip := k + len("'")
		if w[k] != '\'' {
			skip = k + len("’")
		}
		return w[skip:], j + skip
	}
	return w, j
}

// isPlainWord: at least minPlainWord letters and nothing else, the shape of
// an ordinary word rather than an abbreviation.
func isPlainWord(w string) bool {
	n := 0
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
		n++
	}
	return n >= minPlainWord
}

const minPlainWord = 4

// isHyphenatedWord: words of letters joined by hyphens ("celui-ci",
// "peut-être"), each of two letters or more: a compound, never an
// abbreviation (those carry periods: "J.-C").
func isHyphenatedWord(w string) bool {
	parts := 0
	for {
		k := strings.IndexByte(w, '-')
		part := w
		if k >= 0 {
			part = w[:k]
		}
		if utf8.RuneCountInString(part) < 2 || strings.IndexFunc(part, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
			return false
		}
		parts++
		if k < 0 {
			return parts >= 2
		}
		w = w[k+1:]
	}
}

func isNumberWord(w string) bool {
	return len(w) <= 4 && allDigits(w)
}

func onlyBulletBefore(p string, start, wstart int) bool {
	t := strings.TrimSpace(p[start:wstart])
	return t == "•" || t == "⁃" || t == "◦" || t == "▪" || t == "-" || t == "–"
}

// classify says what kind of abbreviation word (before a period) is; 0 for
// an ordinary word.
func (s *Segmenter) classify(p string, start, wstart int, word string) Class {
	// Multi-word entries first ("av. J.-C", "p. ex").
	var buf [64]byte
	lw := appendLower(buf[:0], word)
	if entries := s.multi[string(lw)]; len(entries) > 0 {
		lo := wstart - s.maxAbbrev
		if lo < start {
			lo = start
		}
		for lo > start && !utf8.RuneStart(p[lo]) {
			lo--
		}
		before := p[lo : wstart+len(word)]
		for _, e := range entries {
			hay := before
			if e.fold {
				hay = strings.ToLower(before)
			}
			if strings.HasSuffix(hay, e.full) {
				k := len(hay) - len(e.full)
				if k == 0 || !isWordByte(hay[k-1]) {
					return e.class
				}
			}
		}
	}
	if c, ok := s.exact[word]; ok {
		return c
	}
	initial := isInitial(word)
	if !initial {
		if c, ok := s.folded[string(lw)]; ok {
			return c
		}
	}
	switch {
	case initial:
		if s.englishI && word == "I" {
			// "you and I." ends; "Albert I. Jones" does not.
			prev, _ := wordBefore(p, start, max(start, wstart-1))
			if pr, _ := utf8.DecodeRuneInString(prev); !unicode.IsUpper(pr) {
				return 0
			}
		}
		return NoBreak
	case isHyphenInitials(word):
		return NoBreak
	case isDottedAcronym(word):
		return Acronym
	}
	return 0
}

// appendLower appends the lower-case form of w to dst, without allocating
// when dst has room (map lookups with string(dst) do not allocate either).
func appendLower(dst []byte, w string) []byte {
	for _, r := range w {
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
	}
	return dst
}

// isInitial: one capital letter.
func isInitial(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	return size == len(w) && unicode.IsUpper(r)
}

// isHyphenInitials: "J.-Y", "J.-C": capitals joined by ".-".
func isHyphenInitials(w string) bool {
	parts := 0
	for {
		r, size := utf8.DecodeRuneInString(w)
		if size == 0 || !unicode.IsUpper(r) {
			return false
		}
		parts++
		w = w[size:]
		if w == "" {
			return parts >= 2
		}
		if !strings.HasPrefix(w, ".-") {
			return false
		}
		w = w[2:]
	}
}

// isDottedAcronym: "U.S", "O.N.U", "a.m", "LL.AA.II.RR": groups of one to
// three letters joined by periods.
func isDottedAcronym(w string) bool {
	groups, n := 1, 0
	for _, r := range w {
		switch {
		case r == '.':
			if n == 0 {
				return false
			}
			groups, n = groups+1, 0
		case unicode.IsLetter(r):
			n++
			if n > 3 {
				return false
			}
		default:
			return false
		}
	}
	return groups >= 2 && n > 0
}

// nextWord is the word at i, with a following apostrophe ("L'"), for the
// starter list.
func nextWord(p string, i int) string {
	return normApos(p[i:nextWordEnd(p, i)])
}

// nextWordEnd is where the word of nextWord ends in p.
func nextWordEnd(p string, i int) int {
	j := i
	for j < len(p) {
		r, size := utf8.DecodeRuneInString(p[j:])
		if !unicode.IsLetter(r) {
			if r == '\'' || r == '’' {
				j += size
			}
			break
		}
		j += size
	}
	return j
}

func normApos(w string) string {
	return strings.ReplaceAll(w, "’", "'")
}

// clauseBreak looks at ";" or ":" at i and returns the end of the sentence
// it closes (0 when it closes none): ";" before a capitalised word, ":"
// only before a sentence starter ("point: Tout en sachant", not
// "programme: François"), and neither inside brackets.
func (s *Segmenter) clauseBreak(p string, i int) int {
	if i+1 >= len(p) {
		return 0
	}
	r, _ := utf8.DecodeRuneInString(p[i+1:])
	if !unicode.IsSpace(r) {
		return 0
	}
	q := skipSpace(p, i+1)
	if p[i] == ';' && q < len(p) && (p[q] == '"' || strings.HasPrefix(p[q:], "«") || strings.HasPrefix(p[q:], "“")) {
		_, qs := utf8.DecodeRuneInString(p[q:])
		q = skipSpace(p, q+qs)
	}
	if q >= len(p) {
		return 0
	}
	// "…à la sécurité sociale; 1. Toute personne…": a numbered
	// paragraph after ";" starts a sentence.
	if p[i] == ';' && numberedItemAt(p, q) && !insideBrackets(p, i) {
		return i + 1
	}
	r, size := utf8.DecodeRuneInString(p[q:])
	if !unicode.IsUpper(r) {
		return 0
	}
	// A lone capital ("A :", "X: la") is more likely a label than a start,
	// unless it is a French starter word ("; À l'exception"); English "I"
	// after a colon goes on ("the data you used: I shall").
	if q+size < len(p) {
		r2, _ := utf8.DecodeRuneInString(p[q+size:])
		if !unicode.IsLetter(r2) && r2 != '\'' && r2 != '’' && !(r2 == ' ' && !s.englishI && s.starters[p[q:q+size]]) {
			return 0
		}
	}
	if !s.starters[nextWord(p, q)] {
		if p[i] == ':' || looksLikeName(p, q) {
			return 0
		}
	}
	// "- 22 septembre 1994 : Le juge…", "1789 : La Révolution…": an entry
	// of a chronology goes on after its date, and "Q: What happened?" after
	// its one-letter label.
	if p[i] == ':' {
		b := trimSpaceLeft(p, i)
		if a := tokenStart(p, 0, b); allDigits(p[a:b]) || b-a == 1 {
			return 0
		}
	}
	// Not inside brackets: "(en anglais : Mendelian …)".
	if insideBrackets(p, i) {
		return 0
	}
	return i + 1
}

// openBracket: seg opens more brackets than it closes.
func openBracket(seg string) bool {
	// Only the last bracketWindow bytes count: a bracket opened further
	// back is no longer a reason to hold a boundary, and the check stays
	// linear on a paragraph with no punctuation at all.
	if len(seg) > bracketWindow {
		seg = seg[len(seg)-bracketWindow:]
	}
	return strings.Count(seg, "(") > strings.Count(seg, ")")
}

// bracketWindow is how far back openBracket looks.
const bracketWindow = 2000

// insideBrackets: the last bracket before i opens one.
func insideBrackets(p string, i int) bool {
	open := strings.LastIndexAny(p[:i], "()")
	return open >= 0 && p[open] == '('
}

// itemEnd looks at the ";" at i that ends a segment which is an item of a
// list (inList: it opens in lower case or with a dash, or follows another
// item), as legal texts lay them out one a line: "- la coopération… doit
// être accrue; - en ce qui concerne…", "l'introduction d'une flexibilité…;
// et l'extension…". Before a lower-case word, and never inside brackets,
// the ";" ends the item. French legal texts typed in the English way glue
// the ";" to the word and close each provision with it, list or not: "Nul
// ne sera tenu en esclavage ni en servitude; l'esclavage…" (a spaced " ; "
// goes on). It returns where the segment ends, or 0.
func (s *Segmenter) itemEnd(p string, start, i int, inList bool) int {
	if p[i] != ';' || i+1 >= len(p) || p[i+1] != ' ' ||
		!inList && (!unicode.IsLetter(s.gluedTo(p, i)) || insideBrackets(p, i)) {
		return 0
	}
	q := skipSpace(p, i+1)
	if q >= len(p) {
		return 0
	}
	if r, _ := utf8.DecodeRuneInString(p[q:]); !unicode.IsLower(r) {
		return 0
	}
	if openBracket(p[start:i]) {
		return 0
	}
	return i + 1
}

// gluedColonBreak looks at the ":" at i in French text. French sets a
// space before it; texts typed in the English way glue it to the word and
// start a new sentence after it with a capital ("au plus tard le 30 juin
// 2005: Le rapport…"). Outside brackets, a glued ":" after a letter or a
// digit ends the sentence before a capitalised word that does not start a
// name. It returns where the sentence ends, or 0.
func (s *Segmenter) gluedColonBreak(p string, start, i int) int {
	if p[i] != ':' || i+1 >= len(p) || p[i+1] != ' ' {
		return 0
	}
	if r := s.gluedTo(p, i); !unicode.IsLetter(r) && !unicode.IsDigit(r) {
		return 0
	}
	q := skipSpace(p, i+1)
	// Not before a name ("Au programme: François Grange et…").
	if q >= len(p) || !startsCapitalised(p, q) || looksLikeName(p, q) && !s.starters[nextWord(p, q)] {
		return 0
	}
	if openBracket(p[start:i]) || insideBrackets(p, i) {
		return 0
	}
	return i + 1
}

// gluedTo is the rune that punctuation at i is glued to, with no space,
// in French text typed in the English way; 0 in English text or at the
// start.
func (s *Segmenter) gluedTo(p string, i int) rune {
	if s.englishI || i == 0 {
		return 0
	}
	r, _ := utf8.DecodeLastRuneInString(p[:i])
	return r
}

// itemStart: the French segment at start opens like an item of a list: a
// lower-case word, or a dash and a space ("- la coopération…").
func (s *Segmenter) itemStart(p string, start int) bool {
	if s.englishI || start >= len(p) {
		return false
	}
	r, size := utf8.DecodeRuneInString(p[start:])
	if r == '-' || r == '–' || r == '—' {
		return start+size < len(p) && p[start+size] == ' '
	}
	return unicode.IsLower(r)
}

// numberedItemAt: at q stands the number of a paragraph or an item, up
// to three digits and "." or ")", then a space and a capital ("1. Toute",
// "2) Exceptions").
func numberedItemAt(p string, q int) bool {
	e := q
	for e < len(p) && e-q < 3 && p[e] >= '0' && p[e] <= '9' {
		e++
	}
	if e == q || e+2 >= len(p) || p[e] != '.' && p[e] != ')' || p[e+1] != ' ' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(p[e+2:])
	return unicode.IsUpper(r)
}

// itemBreak looks at the ";" or ":" at i: before a dash item ("…; - de
// former", "suivantes : - le programme") it ends the segment. It returns
// where the segment ends, or 0.
func (s *Segmenter) itemBreak(p string, start, i int) int {
	q := skipSpace(p, i+1)
	if q >= len(p) || q == i+1 {
		return 0
	}
	// "…du programme; et - une communication": the last item may come
	// after a conjunction.
	d := q
	if p[i] == ';' {
		for _, c := range s.listConjunctions {
			if strings.HasPrefix(p[q:], c) {
				d = q + len(c)
				break
			}
		}
	}
	r, size := utf8.DecodeRuneInString(p[d:])
	dash := (r == '-' || r == '–' || r == '—') && d+size < len(p) && p[d+size] == ' '
	// "… orphelins de guerre ; l'Union nationale des déportés ; la
	// Fédération nationale…": a list of named bodies, one a line.
	named := !dash && !s.englishI && p[i] == ';' && s.namedItemAt(p, q) && semicolonBeforeStop(p, q)
	if !dash && !named {
		return 0
	}
	// Not inside brackets, and never leaving a segment with no word.
	if strings.IndexFunc(p[start:i], unicode.IsLetter) < 0 ||
		openBracket(p[start:i]) {
		return 0
	}
	return i + 1
}

// openerBreak looks at a capital at i: an opener word ("Il", "Des", "En")
// after a lower-case word, a digit or a closing bracket starts a new
// sentence, as when a headline with no final stop runs into the text. It
// returns where the sentence before ends (0 when it does not).
//
// splitPara calls it only at a capital that follows white space.
func (s *Segmenter) openerBreak(p string, start, i int) int {
	b := trimSpaceLeft(p, i)
	if b == 0 {
		return 0
	}
	// Never inside brackets, and never leaving a sentence with no word
	// ("(21) Les produits", "(...) Les universités").
	if b <= start || openBracket(p[start:b]) ||
		strings.IndexFunc(p[start:b], unicode.IsLetter) < 0 {
		return 0
	}
	prev, _ := utf8.DecodeLastRuneInString(p[:b])
	after := nextWordEnd(p, i)
	w := normApos(p[i:after])
	// "Email: franz@gmail.com Site made!": an address or a URL with no
	// stop after it ends the sentence before a capitalised word.
	if isAddressBefore(p, start, b) && isCapitalised(p, i) {
		return b
	}
	// "ISBN 2266106333 ISBN 2290052418": one reference after another.
	if strings.HasPrefix(p[i:], "ISBN") && isBookNumber(p[tokenStart(p, start, b):b]) {
		return b
	}
	// "<< File: TEXT.htm >> I was thinking": an attachment mark ends.
	if b >= 2 && p[b-2:b] == ">>" && (b == 2 || p[b-3] == ' ') {
		return b
	}
	if prev == ',' && s.salutation(p, start, b, w) {
		return b
	}
	// A document reference is a heading line of its own: "European
	// Medicines Agency EMEA/H/C/562 RAPPORT EUROPÉEN…".
	if referenceEnd(p, skipSpace(p, start)) == b {
		return b
	}
	if e := referenceEnd(p, i); e > 0 && unicode.IsLetter(prev) && titleWords(p[start:b]) {
		if q := skipSpace(p, e); q == len(p) || isCapsWord(p[q:nextWordEnd(p, q)]) {
			return b
		}
	}
	if s.closing(p[start:b]) && s.signatureAt(p, i, after) {
		return b
	}
	switch {
	case unicode.IsUpper(prev):
		// The end of a heading in capitals: "… ACLASTA Avant de recevoir".
		if capsRunBefore(p, b) && isCapitalised(p, i) {
			return b
		}
		// French news conventions follow. A byline, a first name and a
		// surname in capitals: "… Photos Jacques DUPONT Le maire a…".
		if s.englishI {
			return 0
		}
		if bylineBefore(p, start, b) && (s.startsSentence(w) && lowerAfter(p, after) || datelineAt(p, i)) {
			return b
		}
		// A dateline or a heading of one word in capitals: "NANCY Le
		// maire a…", "TIR Les jeunes…".
		if a := skipSpace(p, start); tokenStart(p, start, b) == a && isCapsWord(p[a:b]) &&
			s.startsSentence(w) && lowerAfter(p, after) {
			return b
		}
		return 0
	case unicode.IsLower(prev):
		// An article starts a sentence only before a common noun: "…
		// clinique Les patients", not "… vaisseaux L'Ardent".
		if !s.openers[w] && !(s.weakOpeners[w] && lowerAfter(p, after)) {
			return 0
		}
		if s.linkerBefore(p, b) {
			return 0
		}
		// "… dans la série Nous Deux", "the band They Might Be Giants": a
		// capital after the opener makes it part of a title.
		if s.capitalAfter(p, after) {
			return 0
		}
	case unicode.IsDigit(prev) || prev == ')':
		// A heading in capitals ending in an acronym, then a name in
		// capitals: "RAPPORT EUROPÉEN PUBLIC D'ÉVALUATION (EPAR) ANGIOX".
		if prev == ')' && capsRunBefore(p, b) && isCapsWord(p[i:nextWordEnd(p, i)]) {
			return b
		}
		if !s.openers[w] && !s.weakOpeners[w] {
			return 0
		}
	default:
		return 0
	}
	// The opener must be followed by a space or be an elided form (L', J');
	// an adverb may take a comma ("… mâchoire Ensuite, les marqueurs").
	if !strings.HasSuffix(w, "'") {
		if after >= len(p) {
			return 0
		}
		r, _ := utf8.DecodeRuneInString(p[after:])
		if (r == ',' || r == '!') && after+1 < len(p) && p[after+1] == ' ' && s.openers[w] {
			// "… Partners Congratulations! You've all won!"
			return b
		}
		if !unicode.IsSpace(r) {
			return 0
		}
	}
	return b
}

// salutation: p[start:b] is the salutation of a letter ("Dear All,",
// "Hi John,", "Cindy,") and w, the capitalised word after it, opens its
// first sentence ("Dear All, My name is…", "Cindy, Please forward…").
func (s *Segmenter) salutation(p string, start, b int, w string) bool {
	if len(s.greetings) == 0 && len(s.letterOpeners) == 0 {
		return false
	}
	words := strings.Fields(p[start : b-1])
	if len(words) == 0 || len(words) > 4 {
		return false
	}
	if s.greetings[words[0]] {
		// "Hi, Yes it is": after a bare greeting any capital opens.
		return len(words) == 1 || s.startsSentence(w) || w == "I" || s.letterOpeners[w]
	}
	if len(words) > 2 {
		return false
	}
	for _, x := range words {
		if !startsCapitalised(x, 0) || s.startsSentence(x) {
			return false
		}
	}
	// A bare name: only before the words that open a letter, so that
	// "Yesterday, I went" goes on.
	return s.letterOpeners[w]
}

// namedItemAt: a lower-case French article at i introduces a capitalised
// name ("la Fédération", "l'Union").
func (s *Segmenter) namedItemAt(p string, i int) bool {
	j := i
	for _, a := range s.articles {
		if strings.HasPrefix(p[i:], a) {
			j = i + len(a)
			break
		}
	}
	if j == i || j >= len(p) {
		return false
	}
	return startsCapitalised(p, j)
}

// semicolonBeforeStop: from i on, a ";" comes before the next ".", "!" or
// "?", so the clause at i is an item of a list ("…de guerre ; l'Union
// nationale… ; la Fédération…") rather than the last clause of a sentence
// ("vers l'Arménie ; la Croix-Rouge parle de 3,5 %.").
func semicolonBeforeStop(p string, i int) bool {
	if j := strings.IndexAny(p[i:], ";.!?"); j >= 0 {
		return p[i+j] == ';'
	}
	return false
}

// closing: seg is the closing of a letter ("Thanks", "Best regards,",
// "Talk to you later"), whatever the case.
func (s *Segmenter) closing(seg string) bool {
	if len(s.closings) == 0 || len(seg) > 40 {
		return false
	}
	var buf [64]byte
	return s.closings[string(appendLower(buf[:0], strings.TrimRight(seg, ",!. ")))]
}

// startsSentence: w is a word that opens a sentence, from the [openers]
// or [starters] lists.
func (s *Segmenter) startsSentence(w string) bool {
	return s.openers[w] || s.starters[w]
}

// signatureAt: the capitalised word at i, ending at after, is a signature
// ("Rudwell 53596", "Sara", "John Smith"): the paragraph ends after it, or
// a number or another capitalised word follows.
func (s *Segmenter) signatureAt(p string, i, after int) bool {
	if s.startsSentence(p[i:after]) {
		return false
	}
	q := skipSpace(p, after)
	if q >= len(p) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(p[q:])
	return unicode.IsDigit(r) || unicode.IsUpper(r)
}

// headingAt: a heading of the rules begins at i, before a capital, a
// digit, a dash or the paragraph's end, and not after a linker ("voir la
// rubrique Effets indésirables"). It returns where the heading ends and
// where the next sentence begins, or 0, 0.
func (s *Segmenter) headingAt(p string, start, i int) (end, next int) {
	if k := prefixKey(p, i); k >= 0 && s.headPrefix[k>>6]&(1<<(k&63)) == 0 {
		return 0, 0
	}
	var buf [64]byte
	key := buf[:0]
	j := i
	for j < len(p) && len(key) < 60 {
		r, size := utf8.DecodeRuneInString(p[j:])
		if !isHeadingKeyRune(r) {
			break
		}
		key = utf8.AppendRune(key, foldRune(r))
		j += size
	}
	cands, ok := s.headings[string(key)]
	if !ok {
		return 0, 0
	}
	if i > start && (s.linkerBefore(p, trimSpaceLeft(p, i)) ||
		openBracket(p[start:i])) {
		return 0, 0
	}
	for _, h := range cands {
		e := matchFolded(p, i, h)
		if e == 0 {
			continue
		}
		if e < len(p) && !unicode.IsSpace(rune(p[e])) {
			continue
		}
		q := skipSpace(p, e)
		// "Très fréquent (1/10)": a bracket right after belongs to it.
		if q < len(p) && p[q] == '(' {
			if k := strings.IndexByte(p[q:min(len(p), q+40)], ')'); k > 0 {
				e = q + k + 1
				q = skipSpace(p, e)
			}
		}
		if q < len(p) {
			r, _ := utf8.DecodeRuneInString(p[q:])
			if !unicode.IsUpper(r) && !unicode.IsDigit(r) && r != '-' && r != '•' {
				continue
			}
			// A one-word heading inside a sentence is a common noun too
			// ("la société Distribution Casino"): a sentence must start
			// after it.
			if i > start && unicode.IsUpper(r) && !strings.ContainsRune(h, ' ') && !s.startsSentence(nextWord(p, q)) {
				continue
			}
		}
		return e, q
	}
	return 0, 0
}

// prefixSpace is the number of prefixKey values: four places of 27
// symbols (a–z and "end of word").
const prefixSpace = 27 * 27 * 27 * 27

// prefixKey folds the first four letters of the word at i (case, and the
// accents of é, è, à…) into a number below prefixSpace; a word of fewer
// letters is padded with "end". It returns -1 for anything it cannot fold
// (the caller then tests the word the slow way).
func prefixKey(w string, i int) int {
	k := 0
	for n := 0; n < 4; n++ {
		sym := 26
		if i < len(w) {
			c := w[i]
			switch {
			case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
				sym = int(c|0x20) - 'a'
				i++
			case c >= utf8.RuneSelf:
				r, size := utf8.DecodeRuneInString(w[i:])
				f := foldRune(r)
				if f == 'œ' {
					f = 'o'
				}
				if f < 'a' || f > 'z' {
					if unicode.IsLetter(r) {
						return -1
					}
					break // "’": the word ends
				}
				sym = int(f - 'a')
				i += size
			}
		}
		if sym == 26 {
			// The word ended: pad the rest.
			for ; n < 4; n++ {
				k = k*27 + 26
			}
			return k
		}
		k = k*27 + sym
	}
	return k
}

// headingKey is the start of a folded heading that headingAt reads as its
// first word: letters, brackets, apostrophes and hyphens.
func headingKey(f string) string {
	for k, r := range f {
		if !isHeadingKeyRune(r) {
			return f[:k]
		}
	}
	return f
}

func isHeadingKeyRune(r rune) bool {
	return unicode.IsLetter(r) || r == '(' || r == ')' || r == '\'' || r == '’' || r == '-'
}

// matchFolded: the folded heading h matches p from i (any run of white
// space for a space); it returns where the match ends, or 0.
func matchFolded(p string, i int, h string) int {
	j := i
	for _, hr := range h {
		if j >= len(p) {
			return 0
		}
		r, size := utf8.DecodeRuneInString(p[j:])
		if hr == ' ' {
			if !unicode.IsSpace(r) {
				return 0
			}
			j = skipSpace(p, j)
			continue
		}
		if foldRune(r) != hr {
			return 0
		}
		j += size
	}
	return j
}

// foldHeading lower-cases a heading, drops its accents and makes every
// run of white space one space.
func foldHeading(h string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.TrimSpace(h) {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(foldRune(r))
	}
	return b.String()
}

// foldRune lower-cases r and drops the accent of a French letter.
func foldRune(r rune) rune {
	if r < utf8.RuneSelf {
		if r >= 'A' && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}
	r = unicode.ToLower(r)
	switch r {
	case 'à', 'â', 'ä':
		return 'a'
	case 'é', 'è', 'ê', 'ë':
		return 'e'
	case 'î', 'ï':
		return 'i'
	case 'ô', 'ö':
		return 'o'
	case 'ù', 'û', 'ü':
		return 'u'
	case 'ç':
		return 'c'
	case '’':
		return '\''
	}
	return r
}

// headerBreak looks at a capital at i after a time ("11:21 AM I spoke",
// "10:05 Thanks"), as in an e-mail header: the sentence ends after the
// time, at b. When a date comes before the time and a word before the date
// ("Sean Boyle 08/17/2000 11:21 AM"), the date starts a sentence at d.
func headerBreak(p string, start, i int) (d, b int) {
	if i < 2 || p[i-1] != ' ' || p[i] < 'A' || p[i] > 'Z' {
		return 0, 0
	}
	// Cheap test first: a digit or the M of AM/PM before the space.
	if c := p[i-2]; (c < '0' || c > '9') && c != 'M' && c != 'm' {
		return 0, 0
	}
	if w := p[i:tokenEnd(p, i)]; w == "AM" || w == "PM" {
		return 0, 0
	}
	b = trimSpaceLeft(p, i)
	d, ok := dateTimeBefore(p, start, b)
	if !ok {
		return 0, 0
	}
	return d, b
}

// dateTimeBefore: p[:b] ends with a date and a time ("08/17/2000 11:21
// AM"). d is where the date starts when a name comes before it in the
// same segment ("Sean Boyle 08/17/2000"), else 0.
func dateTimeBefore(p string, start, b int) (d int, ok bool) {
	a := tokenStart(p, start, b)
	tok := p[a:b]
	if tok == "AM" || tok == "PM" || tok == "am" || tok == "pm" {
		b2 := trimSpaceLeft(p, a)
		a = tokenStart(p, start, b2)
		tok = p[a:b2]
	}
	if !isClock(tok) {
		return 0, false
	}
	// Only after a date: "at 10:30 AM Monday" goes on.
	b3 := trimSpaceLeft(p, a)
	if b3 == a || b3 <= start {
		return 0, false
	}
	a3 := tokenStart(p, start, b3)
	if !isSlashDate(p[a3:b3]) {
		return 0, false
	}
	// "Sent: 08/17/2000" is a label, "Sean Boyle 08/17/2000" a signature.
	// "<gtownsend@manorisd.net> 03/27/2001": so is an address.
	if e := trimSpaceLeft(p, a3); e > start && p[e-1] != ':' {
		if r, _ := utf8.DecodeRuneInString(p[tokenStart(p, start, e):]); unicode.IsUpper(r) || p[e-1] == '>' && isAddressBefore(p, start, e-1) {
			d = a3
		}
	}
	return d, true
}

// tokenEnd is where the token that starts at i ends (at a space).
func tokenEnd(p string, i int) int {
	for i < len(p) && p[i] != ' ' && p[i] != '\t' && p[i] != '\n' {
		i++
	}
	return i
}

// tokenStart is where the token that ends at b begins (back to a space).
func tokenStart(p string, start, b int) int {
	a := b
	for a > start && p[a-1] != ' ' && p[a-1] != '\t' && p[a-1] != '\n' {
		a--
	}
	return a
}

// isClock: "11:21", "9:05".
func isClock(t string) bool {
	c := strings.IndexByte(t, ':')
	return (c == 1 || c == 2) && len(t) == c+3 && allDigits(t[:c]) && allDigits(t[c+1:])
}

// isSlashDate: "08/17/2000", "8/17/00".
func isSlashDate(t string) bool {
	parts := strings.Split(t, "/")
	if len(parts) != 3 {
		return false
	}
	for k, x := range parts {
		if !allDigits(x) || len(x) > 2 && !(k == 2 && len(x) == 4) {
			return false
		}
	}
	return true
}

func allDigits(t string) bool {
	if t == "" {
		return false
	}
	for i := 0; i < len(t); i++ {
		if t[i] < '0' || t[i] > '9' {
			return false
		}
	}
	return true
}

// referenceEnd: a document reference starts at i, a code in capitals and
// digits with two slashes or more ("EMEA/H/C/562", "EMEA / H/C/562",
// "COM/2008/0123"). It returns where the reference ends (0 when none).
func referenceEnd(p string, i int) int {
	j, slashes, digits := i, 0, 0
scan:
	for j < len(p) {
		switch c := p[j]; {
		case c >= 'A' && c <= 'Z':
		case c >= '0' && c <= '9':
			digits++
		case c == '/' && j > i && p[j-1] != '/':
			slashes++
		case c == ' ' && j > i && slashes == 0 && strings.HasPrefix(p[j:], " / "):
			slashes++
			j += len(" / ")
			continue
		default:
			break scan
		}
		j++
	}
	if slashes < 2 || digits == 0 || p[j-1] == '/' || j < len(p) && p[j] != ' ' {
		return 0
	}
	return j
}

// titleWords: every word of seg begins with a capital, as in a heading
// ("European Medicines Agency").
func titleWords(seg string) bool {
	words := 0
	for i := 0; i < len(seg); {
		i = skipSpace(seg, i)
		if i == len(seg) {
			break
		}
		r, _ := utf8.DecodeRuneInString(seg[i:])
		if !unicode.IsUpper(r) {
			return false
		}
		words++
		i = tokenEnd(seg, i)
	}
	return words > 0
}

// isBookNumber: an ISBN's digits, with hyphens and a final X.
func isBookNumber(t string) bool {
	n := 0
	for i := 0; i < len(t); i++ {
		switch c := t[i]; {
		case c >= '0' && c <= '9':
			n++
		case c == '-':
		case c == 'X' && i == len(t)-1:
			n++
		default:
			return false
		}
	}
	return n == 10 || n == 13
}

// isAddressBefore: the token that ends at b is an e-mail address or a URL
// ("x@y.com", "http://…", "www.…").
func isAddressBefore(p string, start, b int) bool {
	t := p[tokenStart(p, start, b):b]
	if k := strings.LastIndexByte(t, '('); k >= 0 {
		t = t[k+1:] // "(x@y.com"
	}
	if len(t) < 6 {
		return false
	}
	if strings.HasPrefix(t, "http://") || strings.HasPrefix(t, "https://") || strings.HasPrefix(t, "www.") {
		return true
	}
	at := strings.IndexByte(t, '@')
	return at > 0 && strings.IndexByte(t[at:], '.') > 1 && t[len(t)-1] != '.'
}

// linkerBefore: the word that ends at b is a linker ("de", "dans",
// "intitulé"), after which a capital goes on with the sentence.
func (s *Segmenter) linkerBefore(p string, b int) bool {
	if len(s.linkers) == 0 {
		return false
	}
	a := b
	for a > 0 {
		r, size := utf8.DecodeLastRuneInString(p[:a])
		if unicode.IsSpace(r) || r == '(' || r == '"' || r == '«' {
			break
		}
		a -= size
	}
	w := p[a:b]
	// "l'album", "d'intitulé": the word after an elided article.
	for k := len(w) - 1; k > 0; k-- {
		if w[k] == '\'' {
			w = w[k+1:]
			break
		}
		if w[k] == 0x99 && k >= 2 && w[k-2:k+1] == "’" {
			w = w[k+1:]
			break
		}
	}
	if len(w) > 40 {
		return false
	}
	var buf [64]byte
	return s.linkers[string(appendLower(buf[:0], w))]
}

// runeAfter is the first rune of the word at i (after an elided article's
// apostrophe, or after one space), with where it ends; 0 at the end.
func runeAfter(p string, i int) (r rune, end int) {
	if i < len(p) && p[i] == ' ' {
		i++
	}
	if i >= len(p) {
		return 0, i
	}
	r, size := utf8.DecodeRuneInString(p[i:])
	return r, i + size
}

// capitalAfter: the word at i begins with a capital, other than English
// "I".
func (s *Segmenter) capitalAfter(p string, i int) bool {
	r, e := runeAfter(p, i)
	if !unicode.IsUpper(r) {
		return false
	}
	return !(s.englishI && r == 'I' && (e == len(p) || !isWordByte(p[e])))
}

// lowerAfter: the word at i begins with a lower-case letter.
func lowerAfter(p string, i int) bool {
	r, _ := runeAfter(p, i)
	return unicode.IsLower(r)
}

// looksLikeName: the word at i and the next one are both capitalised
// ("Lucien Carillon"), as in a list of names rather than a new sentence.
func looksLikeName(p string, i int) bool {
	j := i
	for j < len(p) {
		r, size := utf8.DecodeRuneInString(p[j:])
		if unicode.IsSpace(r) {
			break
		}
		j += size
	}
	if j >= len(p) || p[j] != ' ' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(p[j+1:])
	return unicode.IsUpper(r)
}

// trimSpaceLeft returns b moved back over white space.
func trimSpaceLeft(p string, b int) int {
	for b > 0 {
		r, size := utf8.DecodeLastRuneInString(p[:b])
		if !unicode.IsSpace(r) {
			break
		}
		b -= size
	}
	return b
}

// capsRunBefore: the two words before b are in capitals ("SI NECESSAIRE"),
// the first at least three letters long.
func capsRunBefore(p string, b int) bool {
	words := 0
	j := b
	for words < 2 {
		k := j
		letters := 0
		for k > 0 {
			r, size := utf8.DecodeLastRuneInString(p[:k])
			if unicode.IsSpace(r) {
				break
			}
			if unicode.IsLower(r) {
				return false
			}
			if unicode.IsLetter(r) {
				letters++
			}
			k -= size
		}
		if letters < 2 || words == 0 && letters < 3 {
			return false
		}
		words++
		if k == 0 {
			return false
		}
		j = trimSpaceLeft(p, k)
	}
	return true
}

// bylineBefore: p[start:b] ends with a first name and a surname in
// capitals ("Jacques DUPONT", "Marie-Claire LEBRUN").
func bylineBefore(p string, start, b int) bool {
	a := tokenStart(p, start, b)
	if !isCapsWord(p[a:b]) {
		return false
	}
	e := trimSpaceLeft(p, a)
	if e <= start || e == a {
		return false
	}
	f := tokenStart(p, start, e)
	first := p[f:e]
	return startsCapitalised(first, 0) && strings.IndexFunc(first, notNameRune) < 0
}

// isCapsWord: w is a name in capitals of three letters or more, perhaps
// hyphenated ("DUPONT", "COURCELLES-LES-MONTBELIARD").
func isCapsWord(w string) bool {
	return utf8.RuneCountInString(w) >= 3 && strings.IndexFunc(w, unicode.IsUpper) >= 0 &&
		strings.IndexFunc(w, unicode.IsLower) < 0 && strings.IndexFunc(w, notNameRune) < 0
}

// notNameRune: r cannot appear in a one-word name.
func notNameRune(r rune) bool { return !unicode.IsLetter(r) && r != '-' }

// wireDateline: seg, which opens a paragraph, is the dateline of a wire
// story, a place and the agency in brackets ("WASHINGTON (Reuters)",
// "Paris (AFP)"), which the dash after it joins to the first sentence.
func wireDateline(seg string) bool {
	o := strings.IndexByte(seg, '(')
	if o <= 0 || seg[len(seg)-1] != ')' || strings.IndexByte(seg[o+1:], '(') >= 0 {
		return false
	}
	return capitalisedWords(seg[:o], 4) && capitalisedWords(seg[o+1:len(seg)-1], 2)
}

// capitalisedWords: s holds one to max words, each starting with a capital.
// It allocates nothing.
func capitalisedWords(s string, max int) bool {
	n := 0
	for i := skipSpace(s, 0); i < len(s); i = skipSpace(s, tokenEnd(s, i)) {
		if r, _ := utf8.DecodeRuneInString(s[i:]); !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n > 0 && n <= max
}

// datelineAt: a place name in capitals that opens a story, then its first
// sentence ("COURCELLES-LES-MONTBELIARD L'alerte a été donnée…").
func datelineAt(p string, i int) bool {
	j := tokenEnd(p, i)
	if !isCapsWord(p[i:j]) {
		return false
	}
	q := skipSpace(p, j)
	return q < len(p) && isCapitalised(p, q)
}

// startsCapitalised: a capital followed by a lower-case letter starts at i
// ("Fédération", "L'Union").
func startsCapitalised(p string, i int) bool {
	r, _ := utf8.DecodeRuneInString(p[i:])
	return unicode.IsUpper(r) && isCapitalised(p, i)
}

// isCapitalised: a capital followed by a lower-case letter (or an elided
// "L'") at i: the shape of a sentence's first word, not an acronym.
func isCapitalised(p string, i int) bool {
	_, size := utf8.DecodeRuneInString(p[i:])
	if i+size >= len(p) {
		return false
	}
	r, n := utf8.DecodeRuneInString(p[i+size:])
	if r == '\'' || r == '’' {
		// "L'Union", "L'alerte", but not a heading in capitals
		// ("D'ÉVALUATION").
		return !isCapsWord(p[i+size+n : nextWordEnd(p, i+size+n)])
	}
	return unicode.IsLower(r)
}

// listBreak looks at ")" at i for "… item 2) Next" or "2.) Next" and returns
// where the sentence before the number ends (0 when it is not a list item).
func (s *Segmenter) listBreak(p string, start, i int) int {
	j := i
	if j > start && p[j-1] == '.' {
		j--
	}
	d := j
	for d > start && p[d-1] >= '0' && p[d-1] <= '9' {
		d--
	}
	if d == j || j-d > 3 {
		return 0
	}
	// "(1) A l'exclusion": a bracketed number starts an item too.
	if d > start && p[d-1] == '(' {
		d--
	}
	if d == start || !isSpaceBefore(p, d) {
		return 0
	}
	// Followed by white space and a capital.
	q := i + 1
	if q >= len(p) || (p[q] != ' ' && p[q] != '\t') {
		return 0
	}
	q = skipSpace(p, q)
	r, _ := utf8.DecodeRuneInString(p[q:])
	if !unicode.IsUpper(r) {
		return 0
	}
	// Not when a "(" is open in this sentence: "(see 2) The".
	if openBracket(p[start:d]) {
		return 0
	}
	// The text before must not already end a sentence here.
	if trimSpaceLeft(p, d) <= start {
		return 0
	}
	return d
}

// StreamLines reads text that is already segmented: one sentence a line,
// an empty (or blank) line between paragraphs. Offsets are those of each
// line's text, trimmed.
func StreamLines(r io.Reader, fn func(Sentence) error) error {
	br := bufio.NewReaderSize(r, 64<<10)
	var scratch []byte
	offset, par, sent := 0, 0, 0
	inPar := false
	for {
		line, err := readLine(br, &scratch)
		if err != nil && err != io.EOF {
			return err
		}
		if len(line) > 0 {
			text := string(trimNewline(line))
			a := skipSpace(text, 0)
			b := trimSpaceLeft(text, len(text))
			if a < b {
				if err := fn(Sentence{Par: par, Index: sent, Text: text[a:b], Start: offset + a, End: offset + b}); err != nil {
					return err
				}
				sent++
				inPar = true
			} else if inPar {
				par++
				inPar = false
			}
			offset += len(line)
		}
		if err == io.EOF {
			return nil
		}
	}
}
