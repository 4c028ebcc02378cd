package segment

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/termalign/termalign/internal/textio"
)

// ParallelBlocks on raw input gives what Stream gives on the decoded
// text, sentence for sentence and offset for offset: with CRLF and CR
// line ends, decomposed accents, blank lines of spaces, and blocks small
// enough to cut the input at many places.
func TestParallelBlocksEqualsStream(t *testing.T) {
	seed, err := os.ReadFile("testdata/hard.fr.txt")
	if err != nil {
		t.Fatal(err)
	}
	var raw strings.Builder
	for i := 0; i < 30; i++ {
		raw.Write(seed)
		raw.WriteString("\r\nUne ligne CRLF. Deux phrases.\r\n  \r\nLe cafe\u0301 ferme\u0301. Voilà.\n \t\n")
		raw.WriteString("Une fin en CR.\rSuite.\n\n\n")
	}
	raw.WriteString("Dernière ligne sans fin")
	defer func(n int) { rawBlockBytes = n }(rawBlockBytes)
	s := mustNew(t, "fr", Line)
	for _, mode := range []Paragraphs{Line, Blank} {
		src, err := textio.FromBytes("x.txt", []byte(raw.String()), textio.Options{})
		if err != nil {
			t.Fatal(err)
		}
		r, err := src.Reader()
		if err != nil {
			t.Fatal(err)
		}
		var want []string
		if err := s.Stream(r, mode, func(x Sentence) error {
			want = append(want, fmt.Sprint(x))
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		for _, size := range []int{64, 1000, 64 << 10} {
			rawBlockBytes = size
			for _, workers := range []int{1, 3} {
				rd, decode, ok, err := src.Blocks()
				if err != nil || !ok {
					t.Fatalf("Blocks: %v %v", ok, err)
				}
				var got []string
				err = ParallelBlocks(s, rd, decode, mode, workers, func([]Sentence) struct{} { return struct{}{} },
					func(b []Sentence, _ struct{}) error {
						got = appendPrinted(got, b)
						return nil
					})
				if err != nil {
					t.Fatal(err)
				}
				if strings.Join(got, "\n") != strings.Join(want, "\n") {
					for i := range min(len(got), len(want)) {
						if got[i] != want[i] {
							t.Fatalf("mode %d, blocks of %d, %d workers: sentence %d\n got %s\nwant %s", mode, size, workers, i, got[i], want[i])
						}
					}
					t.Fatalf("mode %d, blocks of %d, %d workers: %d sentences, want %d", mode, size, workers, len(got), len(want))
				}
			}
		}
	}
}

func TestCutPoint(t *testing.T) {
	for _, tc := range []struct {
		in   string
		mode Paragraphs
		want int
	}{
		{"a\nb\nc", Line, 4},
		{"abc", Line, 0},
		{"a\nb\n\nc\nd", Blank, 5},
		{"a\r\n \r\nb\nc", Blank, 6},
		{"a\nb\nc\n", Blank, 0},
		{"\n\nx", Blank, 2},
	} {
		if got := cutPoint([]byte(tc.in), tc.mode); got != tc.want {
			t.Errorf("cutPoint(%q, %d) = %d, want %d", tc.in, tc.mode, got, tc.want)
		}
	}
}
