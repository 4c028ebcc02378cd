//go:build unix

package cli

import (
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestInterrupt stops a long run with SIGINT or SIGTERM at 20 random
// points: it exits 130 or 143 (or 0 if it finished first) and leaves no
// temporary file and no partial output behind.
func TestInterrupt(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and runs it 20 times: skipped with -short")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "termalign")
	build := exec.Command("go", "build", "-o", bin, "../../cmd/termalign")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	fr, en := seedLines(t, "karabakh.fr.txt"), seedLines(t, "karabakh.en.txt")
	var bf, be strings.Builder
	for i := 0; bf.Len() < 8<<20; i++ {
		for k := range fr {
			fmt.Fprintf(&bf, "%s (%d)\n", fr[k], i)
			fmt.Fprintf(&be, "%s (%d)\n", en[min(k, len(en)-1)], i)
		}
	}
	write := func(name, s string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	src, tgt := write("big.fr", bf.String()), write("big.en", be.String())
	out := filepath.Join(dir, "out")
	tmp := filepath.Join(dir, "tmp")
	for _, d := range []string{out, tmp} {
		if err := os.Mkdir(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	rng := rand.New(rand.NewSource(1))
	for run := 0; run < 20; run++ {
		sig, want := syscall.SIGINT, 130
		if run%2 == 1 {
			sig, want = syscall.SIGTERM, 143
		}
		cmd := exec.Command(bin, "align", "--segmented", src, tgt, "-o", filepath.Join(out, "r.xlsx"), "-o", filepath.Join(out, "m.tmx"))
		cmd.Env = append(os.Environ(), "TMPDIR="+tmp, "LANG=C")
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Duration(50+rng.Intn(2500)) * time.Millisecond)
		cmd.Process.Signal(sig)
		err := cmd.Wait()
		code := 0
		if ee, ok := err.(*exec.ExitError); ok {
			code = ee.ExitCode()
		}
		if code != 0 && code != want {
			t.Fatalf("run %d: exit %d after %v, want %d", run, code, sig, want)
		}
		left, _ := os.ReadDir(tmp)
		outs, _ := os.ReadDir(out)
		for _, e := range outs {
			if strings.Contains(e.Name(), ".tmp-") || code != 0 {
				t.Errorf("run %d (exit %d): %s left in the output folder", run, code, e.Name())
			}
		}
		if len(left) > 0 {
			t.Errorf("run %d (exit %d): %d temporary files left (%s…)", run, code, len(left), left[0].Name())
		}
		for _, e := range outs {
			os.Remove(filepath.Join(out, e.Name()))
		}
	}
}

func seedLines(t *testing.T, name string) []string {
	data, err := os.ReadFile(filepath.Join("..", "..", "testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, l := range strings.Split(string(data), "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}
