//go:build unix

package textio

import (
	"io"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// A FIFO (as a process substitution gives) is read like stdin.
func TestOpenFIFO(t *testing.T) {
	path := filepath.Join(t.TempDir(), "fifo")
	if err := syscall.Mkfifo(path, 0o600); err != nil {
		t.Skipf("no FIFO here: %v", err)
	}
	go func() {
		f, err := os.OpenFile(path, os.O_WRONLY, 0)
		if err != nil {
			return
		}
		f.WriteString("Bonjour.\r\nAu revoir.\n")
		f.Close()
	}()
	s, err := Open(path, nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for i := 0; i < 2; i++ { // read twice, as the segmenter does
		r, err := s.Reader()
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(r)
		if string(b) != "Bonjour.\nAu revoir.\n" {
			t.Fatalf("read %q", b)
		}
	}
}
