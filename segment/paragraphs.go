package segment

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Paragraphs: how text is cut into paragraphs before sentences, and the
// readers of raw and already segmented text.

// DetectParagraphs reads r until it can tell the Auto mode's answer: Blank
// at the first blank line between two non-blank lines; Blank too when most
// line breaks fall inside a sentence (hard-wrapped text, as pasted from a
// PDF or an e-mail: the line ends with no final punctuation and the next
// starts in lower case), so that single newlines are read as soft wraps;
// else Line.
func DetectParagraphs(r io.Reader) (Paragraphs, error) {
	return detectParagraphs(r, nil)
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
func isBlank[T string | []byte](line T) bool {
	for i := 0; i < len(line); i++ {
		if c := line[i]; c != ' ' && c != '\t' && c != '\n' && c != '\r' {
			return false
		}
	}
	return true
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
