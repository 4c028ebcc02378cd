package langid

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestGuess(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Les troupes azerbaïdjanaises tentent d’avancer en Arménie.", "fr"},
		{"Azerbaijani troops attempt to advance into Armenia.", "en"},
		{"Le ministère de la défense a démenti.", "fr"},
		{"The defence ministry denied it.", "en"},
		{"Nagorno-Karabakh", "en"},
		{"Catégorie : Affaire politico-financière française", "fr"},
	}
	for _, tc := range tests {
		if got, _, _ := Guess(tc.text); got != tc.want {
			t.Errorf("Guess(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestUD measures the guess on the UD French and English test sentences
// longer than 40 characters (in ../shared/bench, skipped without it).
func TestUD(t *testing.T) {
	dir := "../../../shared/bench/segmentation"
	files, _ := filepath.Glob(filepath.Join(dir, "ud_*-test.jsonl"))
	if len(files) == 0 {
		t.Skipf("no UD test files in %s: skipping", dir)
	}
	pooled := map[string][2]int{}
	for _, f := range files {
		want := strings.SplitN(filepath.Base(f), "_", 3)[1]
		fh, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		right, total := 0, 0
		sc := bufio.NewScanner(fh)
		sc.Buffer(make([]byte, 1<<20), 1<<24)
		for sc.Scan() {
			var rec struct{ Sentences []string }
			if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
				t.Fatal(err)
			}
			for _, s := range rec.Sentences {
				if len([]rune(s)) <= 40 {
					continue
				}
				total++
				if got, _, _ := Guess(s); got == want {
					right++
				}
			}
		}
		fh.Close()
		t.Logf("%s: %d/%d sentences over 40 characters right (%.4f)", filepath.Base(f), right, total, float64(right)/float64(total))
		p := pooled[want]
		pooled[want] = [2]int{p[0] + right, p[1] + total}
	}
	for lang, p := range pooled {
		acc := float64(p[0]) / float64(p[1])
		t.Logf("%s, all test files: %d/%d right (%.4f)", lang, p[0], p[1], acc)
		if acc < 0.99 {
			t.Errorf("%s: %.4f, want ≥ 0.99", lang, acc)
		}
	}
}

// The seed article's two sides.
func TestSeed(t *testing.T) {
	for _, tc := range []struct{ file, want string }{{"karabakh.fr.txt", "fr"}, {"karabakh.en.txt", "en"}} {
		data, err := os.ReadFile(filepath.Join("..", "..", "testdata", tc.file))
		if err != nil {
			t.Fatal(err)
		}
		if got, _, _ := Guess(string(data)); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.file, got, tc.want)
		}
	}
}
