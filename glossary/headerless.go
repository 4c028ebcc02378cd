package glossary

import (
	"fmt"
	"io"
	"strings"

	"github.com/termalign/termalign/internal/langid"
)

// headerless: a first row with two cells or more and no column termalign
// knows is an entry, not a header (the commonest glossary of all is two
// columns of terms).
func headerless(cells []string) bool {
	if len(cells) < 2 {
		return false
	}
	for _, c := range cells {
		if kindOf(canonicalColumn(c)) != colExtra {
			return false
		}
	}
	return true
}

// headerlessSample is how many rows tell the columns' languages.
const headerlessSample = 500

// readHeaderless reads a file with no header: the languages of its first
// two columns are recognised from their terms; the others are notes.
func readHeaderless(name string, rr recordReader, first []string, line int) (*Glossary, error) {
	rows := [][]string{first}
	lines := []int{line}
	for {
		rec, pos, err := rr.read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, csvError(name, err)
		}
		rows = append(rows, append([]string(nil), rec...))
		lines = append(lines, pos(0).line)
	}
	var sample [2]strings.Builder
	for _, r := range rows[:min(len(rows), headerlessSample)] {
		for c := 0; c < 2 && c < len(r); c++ {
			sample[c].WriteString(r[c])
			sample[c].WriteString(". ")
		}
	}
	a, _, _ := langid.Guess(sample[0].String())
	b, _, _ := langid.Guess(sample[1].String())
	if a == "" || b == "" || a == b {
		return nil, &PosError{Name: name, Line: line, Column: 1, Key: "headerless",
			Msg: "no header row, and the languages of the columns cannot be told apart: add a header (fr, en) or give --columns fr,en"}
	}
	g := &Glossary{Name: name, Columns: []string{a, b}}
	width := 2
	for _, r := range rows {
		width = max(width, len(r))
	}
	for i := 2; i < width; i++ {
		g.Columns = append(g.Columns, fmt.Sprintf("note%d", i-1))
	}
	if width > 2 {
		g.Columns[2] = "note"
	}
	for k, r := range rows {
		l := lines[k]
		if err := g.addRecord(name, r, func(int) fieldPos { return fieldPos{l, 1} }); err != nil {
			return nil, err
		}
	}
	deriveIDs(g)
	return g, nil
}
