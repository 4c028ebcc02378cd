package qa

import (
	"bufio"
	"embed"
	"fmt"
	"strconv"
	"strings"
	"sync"

	"github.com/termalign/termalign/glossary"
)

//go:embed data/*.txt
var dataFiles embed.FS

// Language is what the checks know of one language: its number
// conventions and words, and its pronouns. It is read-only once loaded
// and safe for concurrent use.
type Language struct {
	Code     string
	decimal  map[rune]bool
	group    map[rune]bool
	words    map[string]float64 // folded number word → value
	joiners  map[string]bool
	ordinals []string // suffixes, longest first
	romanOrd []string // suffixes after a Roman numeral
	pronouns map[string]bool
}

var separatorNames = map[string]rune{
	"comma": ',', "period": '.', "space": ' ', "nbsp": '\u00a0', "nnbsp": '\u202f',
	"thin": '\u2009', "apostrophe": '\'',
}

var (
	langMu    sync.Mutex
	langCache = map[string]*Language{}
)

// LoadLanguage returns the built-in data of a language (its base code,
// "fr"), or, for a language with none, English number conventions and no
// words.
func LoadLanguage(code string) (*Language, error) {
	langMu.Lock()
	defer langMu.Unlock()
	if l := langCache[code]; l != nil {
		return l, nil
	}
	data, err := dataFiles.ReadFile("data/" + code + ".txt")
	if err != nil {
		data = []byte("[decimal]\nperiod\n[group]\ncomma\nnnbsp\nthin\n")
	}
	l, err := parseLanguage(code, string(data))
	if err != nil {
		return nil, err
	}
	langCache[code] = l
	return l, nil
}

func parseLanguage(code, text string) (*Language, error) {
	l := &Language{Code: code, decimal: map[rune]bool{}, group: map[rune]bool{}, words: map[string]float64{},
		joiners: map[string]bool{}, pronouns: map[string]bool{}}
	section := ""
	sc := bufio.NewScanner(strings.NewReader(text))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]") {
			section = line[1 : len(line)-1]
			continue
		}
		if err := l.add(section, line); err != nil {
			return nil, fmt.Errorf("qa/data/%s.txt:%d: %w", code, n, err)
		}
	}
	for i := 1; i < len(l.ordinals); i++ { // longest first
		for j := i; j > 0 && len(l.ordinals[j]) > len(l.ordinals[j-1]); j-- {
			l.ordinals[j], l.ordinals[j-1] = l.ordinals[j-1], l.ordinals[j]
		}
	}
	return l, sc.Err()
}

func (l *Language) add(section, line string) error {
	switch section {
	case "decimal", "group":
		r, ok := separatorNames[line]
		if !ok {
			return fmt.Errorf("unknown separator %q", line)
		}
		if section == "decimal" {
			l.decimal[r] = true
		} else {
			l.group[r] = true
		}
	case "words":
		w, v, ok := strings.Cut(line, " ")
		f, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
		if !ok || err != nil {
			return fmt.Errorf("want \"word value\", got %q", line)
		}
		l.words[glossary.Fold(w)] = f
	case "joiners":
		l.joiners[glossary.Fold(line)] = true
	case "ordinals":
		l.ordinals = append(l.ordinals, glossary.Fold(line))
	case "roman-ordinals":
		l.romanOrd = append(l.romanOrd, line)
	case "pronouns":
		l.pronouns[glossary.Fold(line)] = true
	default:
		return fmt.Errorf("entry outside a known section: %q", line)
	}
	return nil
}
