// Package progress draws a one-line progress bar on a terminal. On
// anything that is not a terminal it draws nothing, so that logs and
// pipes stay clean.
package progress

import (
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"
)

// Bar is a progress bar. Its methods are safe for concurrent use; a nil
// *Bar does nothing.
type Bar struct {
	mu    sync.Mutex
	w     io.Writer
	label string
	last  time.Time
	drawn bool
}

// New returns a bar that draws on w when w is a terminal, else nil.
func New(w io.Writer, label string) *Bar {
	if !IsTerminal(w) {
		return nil
	}
	return &Bar{w: w, label: label}
}

// IsTerminal reports whether w is a character device.
func IsTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

const width = 30

// Set shows done out of total, at most ten times a second.
func (b *Bar) Set(done, total int) {
	if b == nil || total <= 0 {
		return
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	now := time.Now()
	if done < total && now.Sub(b.last) < 100*time.Millisecond {
		return
	}
	b.last = now
	filled := width * min(done, total) / total
	fmt.Fprintf(b.w, "\r%s [%s%s] %3d%%", b.label, strings.Repeat("#", filled), strings.Repeat(".", width-filled), 100*min(done, total)/total)
	b.drawn = true
}

// Done clears the bar's line.
func (b *Bar) Done() {
	if b == nil {
		return
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.drawn {
		fmt.Fprintf(b.w, "\r%s\r", strings.Repeat(" ", len(b.label)+width+8))
		b.drawn = false
	}
}
