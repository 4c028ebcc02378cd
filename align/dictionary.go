package align

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/termalign/termalign/glossary"
)

// ErrDictionary: a dictionary line is in neither known format.
var ErrDictionary = errors.New("align: bad dictionary line")

// DictionaryStats say what reading a dictionary kept and left out, so
// that a dictionary never loads silently wrong.
type DictionaryStats struct {
	Pairs     int // word pairs kept
	Phrases   int // entries left out because a side has several words
	Duplicate int // entries seen before
	Format    string
}

// ReadDictionary reads a bilingual word list: hunalign's format, one
// "target @ source" entry a line, or two tab-separated columns, source
// then target. Lines that are empty or start with "#" are skipped. Words
// are matched folded (case and accents ignored). Entries of several words
// on a side cannot anchor single words and are counted, not used. A line
// in neither format is an error that names it.
func ReadDictionary(name string, r io.Reader) (*Dictionary, DictionaryStats, error) {
	d := &Dictionary{pairs: map[string][]string{}}
	var st DictionaryStats
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimSpace(sc.Text())
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		src, tgt, format, ok := splitEntry(text)
		if !ok || (st.Format != "" && format != st.Format) {
			return nil, st, fmt.Errorf("%s:%d: %w: want \"target @ source\" or \"source<TAB>target\", got %q", name, line, ErrDictionary, clip(text, 60))
		}
		st.Format = format
		if strings.Fields(src)[0] != src || strings.Fields(tgt)[0] != tgt {
			st.Phrases++
			continue
		}
		s, t := glossary.Fold(src), glossary.Fold(tgt)
		if containsString(d.pairs[s], t) {
			st.Duplicate++
			continue
		}
		d.pairs[s] = append(d.pairs[s], t)
		d.n++
	}
	if err := sc.Err(); err != nil {
		return nil, st, fmt.Errorf("%s:%d: %w", name, line+1, err)
	}
	st.Pairs = d.n
	return d, st, nil
}

// splitEntry reads one entry in either format.
func splitEntry(text string) (src, tgt, format string, ok bool) {
	if t, s, found := strings.Cut(text, " @ "); found {
		s, t = strings.TrimSpace(s), strings.TrimSpace(t)
		return s, t, "hunalign", s != "" && t != ""
	}
	cols := strings.Split(text, "\t")
	if len(cols) >= 2 {
		s, t := strings.TrimSpace(cols[0]), strings.TrimSpace(cols[1])
		return s, t, "tsv", s != "" && t != ""
	}
	return "", "", "", false
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !isRuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }

// Coverage counts the dictionary's source words found in a text and its
// target words found there: a dictionary given the wrong way round finds
// more of its target words in the source text than of its source words.
func (d *Dictionary) Coverage(sents []Sentence) (srcWords, tgtWords int) {
	if d.Len() == 0 {
		return 0, 0
	}
	targets := map[string]bool{}
	for _, ts := range d.pairs {
		for _, t := range ts {
			targets[t] = true
		}
	}
	for _, s := range sents {
		scan(s.Text, func(t token) {
			if t.number {
				return
			}
			if _, ok := d.pairs[t.text]; ok {
				srcWords++
			}
			if targets[t.text] {
				tgtWords++
			}
		}, func(cue) {})
	}
	return srcWords, tgtWords
}
