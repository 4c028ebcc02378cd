package progress

import (
	"bytes"
	"testing"
)

// Off a terminal the bar is nil, draws nothing and never fails.
func TestNotATerminal(t *testing.T) {
	var buf bytes.Buffer
	b := New(&buf, "align")
	if b != nil {
		t.Fatal("a bar on a buffer")
	}
	b.Set(1, 10)
	b.Done()
	if buf.Len() != 0 {
		t.Fatalf("wrote %q", buf.String())
	}
}

func TestDraws(t *testing.T) {
	var buf bytes.Buffer
	b := &Bar{w: &buf, label: "x"}
	b.Set(5, 10)
	if !bytes.Contains(buf.Bytes(), []byte(" 50%")) {
		t.Fatalf("drew %q", buf.String())
	}
	b.Done()
	if !bytes.HasSuffix(buf.Bytes(), []byte("\r")) {
		t.Fatalf("not cleared: %q", buf.String())
	}
}
