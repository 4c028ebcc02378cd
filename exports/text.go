package exports

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/termalign/termalign/align"
)

// TextOptions configure WriteText.
type TextOptions struct {
	// Width is the line width; each side gets half. 0 means 100.
	Width int
	// Low marks pairs scoring under align.LowScore with this label.
	Low string
}

// WriteText shows the pairs side by side: a header line with the segment
// id, the bead kind and the score (low scores marked), then source and
// target wrapped in two columns.
func WriteText(w io.Writer, doc *Document, opts TextOptions) error {
	width := opts.Width
	if width <= 0 {
		width = 100
	}
	col := max((width-3)/2, 20)
	bw := bufio.NewWriterSize(w, 64<<10)
	for k, p := range doc.Pairs {
		mark := ""
		if p.Src.Len() > 0 && p.Tgt.Len() > 0 && p.Score < align.LowScore {
			mark = "  " + opts.Low
		}
		fmt.Fprintf(bw, "%s  %s  %.2f%s\n", doc.ID(k), p.Kind(), p.Score, mark)
		left, right := wrap(p.Source, col), wrap(p.Target, col)
		for i := 0; i < max(len(left), len(right)); i++ {
			l, r := "", ""
			if i < len(left) {
				l = left[i]
			}
			if i < len(right) {
				r = right[i]
			}
			pad := strings.Repeat(" ", max(col-utf8.RuneCountInString(l), 0))
			if r == "" {
				fmt.Fprintf(bw, "%s%s |\n", l, pad)
				continue
			}
			fmt.Fprintf(bw, "%s%s | %s\n", l, pad, r)
		}
		if _, err := bw.WriteString("\n"); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// wrap cuts text into lines of at most width runes, at spaces when it
// can. Line breaks and tabs inside the text become spaces.
func wrap(text string, width int) []string {
	words := strings.Fields(text)
	var lines []string
	var cur []rune
	for _, wd := range words {
		r := []rune(wd)
		for len(r) > width { // a word longer than a line
			if len(cur) > 0 {
				lines = append(lines, string(cur))
				cur = cur[:0]
			}
			lines = append(lines, string(r[:width]))
			r = r[width:]
		}
		switch {
		case len(cur) == 0:
			cur = append(cur, r...)
		case len(cur)+1+len(r) <= width:
			cur = append(append(cur, ' '), r...)
		default:
			lines = append(lines, string(cur))
			cur = append(cur[:0], r...)
		}
	}
	if len(cur) > 0 || len(lines) == 0 {
		lines = append(lines, string(cur))
	}
	return lines
}
