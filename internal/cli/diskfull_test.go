package cli

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// A full disk: a 64 KiB tmpfs, mounted when the test runs as root and may
// mount (CI does). Every output fails with exit 2 and a message naming
// the destination, and no file, partial or temporary, is left on it.
// Elsewhere the failing-writer cases of TestOutputErrors stand in.
func TestDiskFull(t *testing.T) {
	if os.Getuid() != 0 {
		t.Skip("not root: cannot mount a small tmpfs (TestOutputErrors covers a failing writer)")
	}
	dir := t.TempDir()
	full := filepath.Join(dir, "full")
	if err := os.Mkdir(full, 0o755); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", full).CombinedOutput(); err != nil {
		t.Skipf("cannot mount a tmpfs (%v: %s): the failing-writer cases stand in", err, out)
	}
	defer func() {
		if out, err := exec.Command("umount", full).CombinedOutput(); err != nil {
			t.Errorf("umount: %v: %s", err, out)
		}
	}()
	fr, en := seedLines(t, "karabakh.fr.txt"), seedLines(t, "karabakh.en.txt")
	var bf, be strings.Builder
	for i := 0; bf.Len() < 1<<20; i++ {
		for k := range fr {
			bf.WriteString(fr[k] + "\n")
			be.WriteString(en[min(k, len(en)-1)] + "\n")
		}
	}
	src, tgt := filepath.Join(dir, "a.fr"), filepath.Join(dir, "a.en")
	for p, s := range map[string]string{src: bf.String(), tgt: be.String()} {
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	stdout, err := os.Create(filepath.Join(full, "stdout.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer stdout.Close()
	for _, tc := range []struct {
		args []string
		out  *os.File // stdout, when the command writes there
		want string
	}{
		{[]string{"align", "--segmented", src, tgt, "-o", filepath.Join(full, "m.tmx")}, nil, "m.tmx"},
		{[]string{"align", "--segmented", src, tgt, "-o", filepath.Join(full, "r.xlsx")}, nil, "r.xlsx"},
		{[]string{"glossary", "convert", "../../glossary/data/default.tsv", filepath.Join(full, "g.tbx")}, nil, "g.tbx"},
		{[]string{"segment", "--format", "jsonl", src}, stdout, "no space left"},
	} {
		var out bytes.Buffer
		var errb bytes.Buffer
		streams := Streams{In: strings.NewReader(""), Out: &out, Err: &errb}
		if tc.out != nil {
			streams.Out = tc.out
		}
		code := Run(tc.args, streams, func(string) string { return "" })
		if code != 2 || !strings.Contains(errb.String(), tc.want) {
			t.Errorf("%v: exit %d, stderr %q; want 2 and %q", tc.args, code, errb.String(), tc.want)
		}
		left, _ := os.ReadDir(full)
		for _, e := range left {
			if e.Name() != "stdout.txt" {
				t.Errorf("%v: %s left on the full disk", tc.args, e.Name())
			}
		}
	}
}
