package segment

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"
)

// Parallel gives what Stream gives, sentence for sentence, whatever the
// number of workers.
func TestParallelEqualsStream(t *testing.T) {
	var text strings.Builder
	for _, f := range []string{"testdata/hard.fr.txt", "../testdata/karabakh.fr.txt"} {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for i := 0; i < 40; i++ { // enough for several blocks
			text.Write(data)
			text.WriteString("\n\n")
		}
	}
	s := mustNew(t, "fr", Line)
	for _, mode := range []Paragraphs{Line, Blank} {
		var want []string
		if err := s.Stream(strings.NewReader(text.String()), mode, func(x Sentence) error {
			want = append(want, fmt.Sprint(x))
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		for _, workers := range []int{1, 2, 4} {
			var got []string
			err := Parallel(s, strings.NewReader(text.String()), mode, workers,
				func(b []Sentence) int { return len(b) },
				func(b []Sentence, n int) error {
					if n != len(b) {
						t.Fatalf("work result %d for %d sentences", n, len(b))
					}
					got = appendPrinted(got, b)
					return nil
				})
			if err != nil {
				t.Fatal(err)
			}
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Fatalf("mode %d, %d workers: %d sentences, Stream gives %d", mode, workers, len(got), len(want))
			}
		}
	}
}

// An error from emit stops the run and comes back; nothing hangs.
func TestParallelStops(t *testing.T) {
	text := strings.Repeat("Une phrase. Une autre phrase.\n", 100000)
	stop := errors.New("stop")
	n := 0
	err := Parallel(mustNew(t, "fr", Line), strings.NewReader(text), Line, 2,
		func(b []Sentence) struct{} { return struct{}{} },
		func(b []Sentence, _ struct{}) error {
			n++
			if n == 3 {
				return stop
			}
			return nil
		})
	if !errors.Is(err, stop) {
		t.Fatalf("err = %v", err)
	}
}

// appendPrinted appends each sentence of b, printed, to dst.
func appendPrinted(dst []string, b []Sentence) []string {
	for _, x := range b {
		dst = append(dst, fmt.Sprint(x))
	}
	return dst
}
