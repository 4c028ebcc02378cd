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

func TestWriteIfUnchanged(t *testing.T) {
	path := filepath.Join(t.TempDir(), "g.tsv")
	os.WriteFile(path, []byte("v1"), 0o644)
	read, _ := os.ReadFile(path)
	fp := FingerprintOf(read)
	// Someone else saves the file while we edit it.
	err := WriteIfUnchanged(path, fp, func(w io.Writer) error {
		os.WriteFile(path, []byte("v2 by someone else"), 0o644)
		_, err := io.WriteString(w, "v1 edited")
		return err
	})
	if !errors.Is(err, ErrChanged) {
		t.Fatalf("err = %v, want ErrChanged", err)
	}
	if got, _ := os.ReadFile(path); string(got) != "v2 by someone else" {
		t.Errorf("the other edit was overwritten: %q", got)
	}
	// Unchanged: the edit lands.
	cur, _ := os.ReadFile(path)
	if err := WriteIfUnchanged(path, FingerprintOf(cur), func(w io.Writer) error {
		_, err := io.WriteString(w, "v3")
		return err
	}); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(path); string(got) != "v3" {
		t.Errorf("edit did not land: %q", got)
	}
}
