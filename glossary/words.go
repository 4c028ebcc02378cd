package glossary

import (
	"bufio"
	"bytes"
	_ "embed"
	"strings"
	"sync"
)

//go:embed data/fr-prepositions.txt
var frPrepositionsData []byte

// frenchPrepositions holds the sections of data/fr-prepositions.txt,
// read once.
var frenchPrepositions = sync.OnceValue(func() map[string][]string {
	return wordSections(frPrepositionsData)
})

// wordSections reads a word list: words separated by white space, "#"
// starting a comment line, "[name]" starting a section. Words before any
// section are under "".
func wordSections(data []byte) map[string][]string {
	out := map[string][]string{}
	section := ""
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]"):
			section = line[1 : len(line)-1]
		default:
			out[section] = append(out[section], strings.Fields(line)...)
		}
	}
	return out
}
