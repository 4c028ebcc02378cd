package segment

import (
	"bytes"
	"io"
	"strings"
)

// rawBlockBytes is the size the reader of ParallelBlocks aims at for a
// block; a paragraph longer than that makes its block longer.
var rawBlockBytes = 64 << 10

// readRaw reads raw input into blocks cut where no paragraph spans two,
// and sends them to the workers.
func (pl *pipeline[T]) readRaw(r io.Reader) {
	defer close(pl.jobs)
	seq := 0
	buf := make([]byte, 0, rawBlockBytes)
	send := func(raw []byte) bool {
		select {
		case pl.slots <- struct{}{}:
		case <-pl.stop:
			return false
		}
		pl.jobs <- &block[T]{seq: seq, raw: raw}
		seq++
		return true
	}
	for {
		n, err := io.ReadFull(r, buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		eof := err == io.EOF || err == io.ErrUnexpectedEOF
		if err != nil && !eof {
			pl.readErr = err
			return
		}
		cut := len(buf)
		if !eof {
			cut = cutPoint(buf, pl.mode)
		}
		if cut <= 0 && !eof {
			// No place to cut yet: one paragraph goes on; read more.
			buf = append(buf, make([]byte, cap(buf))...)[:len(buf)]
			continue
		}
		rest := make([]byte, len(buf)-cut, max(rawBlockBytes, 2*(len(buf)-cut)))
		copy(rest, buf[cut:])
		if cut > 0 && !send(buf[:cut]) {
			pl.readErr = errStopped
			return
		}
		if eof {
			return
		}
		buf = rest
	}
}

// cutPoint is where buf may be cut so that no paragraph spans the cut:
// after its last '\n' in Line mode, after its last blank line in Blank
// mode; 0 when there is no such place.
func cutPoint(buf []byte, mode Paragraphs) int {
	end := len(buf)
	for {
		j := bytes.LastIndexByte(buf[:end], '\n')
		if j < 0 {
			return 0
		}
		if mode == Line {
			return j + 1
		}
		k := bytes.LastIndexByte(buf[:j], '\n')
		if k >= 0 && isBlank(buf[k+1:j]) {
			return j + 1
		}
		if k < 0 {
			return 0
		}
		end = j
	}
}

// paragraphsOf calls fn with each paragraph of text and its offset, as
// eachParagraph reads them from a reader, without copying.
func paragraphsOf(text string, mode Paragraphs, fn func(p string, base int)) {
	paraStart, paraEnd := -1, -1
	for off := 0; off < len(text); {
		end := strings.IndexByte(text[off:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += off + 1
		}
		line := text[off:end]
		switch {
		case mode == Line:
			fn(strings.TrimSuffix(line, "\n"), off)
		case isBlank(line):
			if paraStart >= 0 {
				fn(text[paraStart:paraEnd], paraStart)
				paraStart = -1
			}
		default:
			if paraStart < 0 {
				paraStart = off
			}
			paraEnd = end
		}
		off = end
	}
	if paraStart >= 0 {
		fn(text[paraStart:paraEnd], paraStart)
	}
}
