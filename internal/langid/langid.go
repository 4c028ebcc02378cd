// Package langid tells French from English (and any language with a word
// list in data/) by counting frequent function words: cheap, and enough to
// warn a user who gave the wrong --lang.
package langid

import (
	"bufio"
	"embed"
	"io/fs"
	"strings"
	"sync"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

//go:embed data/*.txt
var data embed.FS

var (
	once     sync.Once
	words    map[string][]string // folded word → languages
	letters  map[rune][]string   // marked letter → languages
	fallback string
	langs    []string
)

func load() {
	words, letters = map[string][]string{}, map[rune][]string{}
	entries, _ := fs.ReadDir(data, "data")
	for _, e := range entries {
		code := strings.TrimSuffix(e.Name(), ".txt")
		langs = append(langs, code)
		b, _ := data.ReadFile("data/" + e.Name())
		section := ""
		sc := bufio.NewScanner(strings.NewReader(string(b)))
		for sc.Scan() {
			w := strings.TrimSpace(sc.Text())
			switch {
			case w == "" || strings.HasPrefix(w, "#"):
			case strings.HasPrefix(w, "["):
				section = w
				if section == "[fallback]" {
					fallback = code
				}
			case section == "[words]":
				words[w] = append(words[w], code)
			case section == "[letters]":
				for _, r := range w {
					letters[r] = append(letters[r], code)
				}
			}
		}
	}
}

// Guess returns the language of text: the one whose function words it
// has most of; failing that, whose marked letters (é, ç…) it has most
// of; failing that, the fallback language. best and second are the
// function-word counts of the guess and of the runner-up: a guess with
// best < 2 or best < 2·second is weak.
func Guess(text string) (code string, best, second int) {
	once.Do(load)
	counts, marks := map[string]int{}, map[string]int{}
	start := -1
	flush := func(end int) {
		if start >= 0 {
			for _, l := range words[fold(text[start:end])] {
				counts[l]++
			}
			start = -1
		}
	}
	for i, r := range text {
		for _, l := range letters[unicode.ToLower(r)] {
			marks[l]++
		}
		if unicode.IsLetter(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		flush(i)
	}
	flush(len(text))
	code, best, second = top(counts)
	if best > second {
		return code, best, second
	}
	if c, m, n := top(marks); m > n {
		return c, best, second
	}
	return fallback, best, second
}

// top is the language with the highest count, and the two highest.
func top(counts map[string]int) (code string, best, second int) {
	for _, l := range langs {
		switch c := counts[l]; {
		case c > best:
			code, best, second = l, c, best
		case c > second:
			second = c
		}
	}
	return code, best, second
}

// Known reports whether the package has a word list for code.
func Known(code string) bool {
	once.Do(load)
	for _, l := range langs {
		if l == code {
			return true
		}
	}
	return false
}

// fold lowers a word and strips its accents ("Été" → "ete").
func fold(w string) string {
	ascii := true
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 || 'A' <= w[i] && w[i] <= 'Z' {
			ascii = false
			break
		}
	}
	if ascii {
		return w
	}
	var b strings.Builder
	for _, r := range norm.NFD.String(w) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}
