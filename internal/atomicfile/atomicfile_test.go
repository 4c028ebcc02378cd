package atomicfile

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"
)

func TestWriteReplacesOnlyOnSuccess(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.txt")
	if err := Write(path, func(w io.Writer) error { _, err := io.WriteString(w, "good"); return err }); err != nil {
		t.Fatal(err)
	}
	boom := errors.New("boom")
	err := Write(path, func(w io.Writer) error {
		io.WriteString(w, "partial")
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("err = %v", err)
	}
	got, _ := os.ReadFile(path)
	if string(got) != "good" {
		t.Errorf("a failed write clobbered the file: %q", got)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("temporary files left behind: %v", entries)
	}
	// A failed first write leaves nothing at all.
	fresh := filepath.Join(dir, "fresh.txt")
	Write(fresh, func(w io.Writer) error { return boom })
	if _, err := os.Stat(fresh); !os.IsNotExist(err) {
		t.Errorf("partial file created: %v", err)
	}
}

func TestWriteKeepsMode(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x")
	os.WriteFile(path, []byte("a"), 0o600)
	if err := Write(path, func(w io.Writer) error { return nil }); err != nil {
		t.Fatal(err)
	}
	st, _ := os.Stat(path)
	if st.Mode().Perm() != 0o600 {
		t.Errorf("mode = %v", st.Mode())
	}
}

func TestCheckNotInput(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in.txt")
	os.WriteFile(in, []byte("x"), 0o644)
	link := filepath.Join(dir, "link.txt")
	os.Symlink(in, link)
	for _, tc := range []struct {
		out  string
		fail bool
	}{
		{in, true},
		{link, true},
		{filepath.Join(dir, ".", "in.txt"), true},
		{filepath.Join(dir, "other.txt"), false},
		{"-", false},
	} {
		err := CheckNotInput(tc.out, in, "-")
		if (err != nil) != tc.fail || (err != nil && !errors.Is(err, ErrSameAsInput)) {
			t.Errorf("CheckNotInput(%s) = %v", tc.out, err)
		}
	}
}
