package align

import (
	"fmt"
	"strings"
	"testing"
)

// checkInvariants: every sentence of each side is in exactly one pair, in
// order, and every pair is a known bead kind with a score in [0, 1].
func checkInvariants(t testing.TB, n, m int, pairs []Pair) {
	t.Helper()
	i, j := 0, 0
	for k, p := range pairs {
		if p.Src.Start != i || p.Tgt.Start != j || p.Src.End < p.Src.Start || p.Tgt.End < p.Tgt.Start {
			t.Fatalf("pair %d: %v %v does not follow %d, %d", k, p.Src, p.Tgt, i, j)
		}
		if p.Src.Len()+p.Tgt.Len() == 0 {
			t.Fatalf("pair %d is empty", k)
		}
		known := p.Src.Len() == 0 || p.Tgt.Len() == 0
		for _, kind := range Kinds {
			known = known || kind == p.Kind()
		}
		if !known || (p.Src.Len() > 0 && p.Tgt.Len() > 0 && (p.Src.Len() > 3 || p.Tgt.Len() > 3)) {
			t.Fatalf("pair %d: bead kind %s", k, p.Kind())
		}
		if p.Score < 0 || p.Score > 1 || p.Score != p.Score {
			t.Fatalf("pair %d: score %v", k, p.Score)
		}
		i, j = p.Src.End, p.Tgt.End
	}
	if i != n || j != m {
		t.Fatalf("pairs cover %d and %d sentences, want %d and %d", i, j, n, m)
	}
}

func sents(texts ...string) []Sentence {
	out := make([]Sentence, len(texts))
	for i, s := range texts {
		out[i] = Sentence{Text: s}
	}
	return out
}

func numbered(format string, n int) []Sentence {
	out := make([]Sentence, n)
	for i := range out {
		out[i] = Sentence{Text: fmt.Sprintf(format, i, i*7+3)}
	}
	return out
}

// TestRobustness: inputs that break other aligners give sensible beads.
func TestRobustness(t *testing.T) {
	fr := numbered("La phrase numéro %d parle de %d soldats et de la frontière.", 30)
	en := numbered("Sentence number %d is about %d soldiers and the border.", 30)
	var long []Sentence // the source ten times over
	for r := 0; r < 10; r++ {
		long = append(long, fr...)
	}
	gap := append(append(append([]Sentence{}, fr[:5]...), numbered("Un paragraphe ajouté, numéro %d, sans traduction (%d).", 20)...), fr[5:]...)
	parsFR := append([]Sentence{}, fr...)
	for i := range parsFR {
		parsFR[i].Par = i / 3
	}
	tests := []struct {
		name     string
		src, tgt []Sentence
		check    func(t *testing.T, pairs []Pair)
	}{
		{"both empty", nil, nil, func(t *testing.T, p []Pair) {
			if len(p) != 0 {
				t.Errorf("%d pairs", len(p))
			}
		}},
		{"empty target", fr[:3], nil, func(t *testing.T, p []Pair) {
			if len(p) != 3 || p[0].Kind() != (Kind{1, 0}) {
				t.Errorf("%v", p)
			}
		}},
		{"empty source", nil, en[:2], func(t *testing.T, p []Pair) {
			if len(p) != 2 || p[1].Kind() != (Kind{0, 1}) {
				t.Errorf("%v", p)
			}
		}},
		{"one-to-one", fr, en, func(t *testing.T, p []Pair) {
			if got := count11(p); got != 30 {
				t.Errorf("%d one-to-one pairs, want 30", got)
			}
		}},
		{"source ten times longer", long[:300], en[:30], func(t *testing.T, p []Pair) {
			if got := count11(p); got < 25 {
				t.Errorf("%d one-to-one pairs, want ≥ 25", got)
			}
		}},
		{"only numbers", sents("1", "2 500", "3,5", "1956", "42"), sents("1", "2,500", "3.5", "1956", "42"), func(t *testing.T, p []Pair) {
			if got := count11(p); got != 5 {
				t.Errorf("%d one-to-one pairs, want 5: %v", got, p)
			}
		}},
		{"20 sentences with no counterpart", gap, en, func(t *testing.T, p []Pair) {
			if got := count11(p); got < 28 {
				t.Errorf("%d one-to-one pairs, want ≥ 28", got)
			}
		}},
		{"different paragraph counts", parsFR, en, func(t *testing.T, p []Pair) {
			if got := count11(p); got != 30 {
				t.Errorf("%d one-to-one pairs, want 30", got)
			}
		}},
		{"no anchors at all", sents("aaa bbb", "ccc ddd eee", "fff"), sents("xxx yyy", "zzz www vvv", "uuu"), nil},
		{"empty sentences", sents("", "", "Bonjour."), sents("", "Hello."), nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p, err := Align(tc.src, tc.tgt, Options{})
			if err != nil {
				t.Fatal(err)
			}
			checkInvariants(t, len(tc.src), len(tc.tgt), p)
			if tc.check != nil {
				tc.check(t, p)
			}
		})
	}
}

// count11 counts the right one-to-one pairs: both sides carry the same
// first number.
func count11(pairs []Pair) int {
	n := 0
	for _, p := range pairs {
		if p.Kind() == (Kind{1, 1}) && firstNumber(p.Source) == firstNumber(p.Target) {
			n++
		}
	}
	return n
}

func firstNumber(s string) string {
	var out string
	scan(s, func(t token) {
		if t.number && out == "" {
			out = t.text
		}
	}, func(cue) {})
	return out
}

func TestTooLarge(t *testing.T) {
	_, err := Align(sents("a", "b", "c"), sents("x"), Options{MaxSentences: 2})
	if err == nil {
		t.Fatal("no error past MaxSentences")
	}
}

func TestScanNumbers(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"6 500 morts", []string{"6500"}},
		{"6,500 dead", []string{"6500"}},
		{"6\u00a0500 et 6\u202f500", []string{"6500", "6500"}},
		{"3,5 % et 3.5%", []string{"35", "35"}},
		{"en 1956 et 1957", []string{"1956", "1957"}},
		{"le 12 mai 2023", []string{"12", "2023"}},
		{"155 mm", []string{"155"}},
		{"1 000,5 / 1,000.5", []string{"10005", "10005"}},
		{"a 12 345 b", []string{"12345"}},
	}
	for _, tc := range tests {
		var got []string
		scan(tc.text, func(tk token) {
			if tk.number {
				got = append(got, tk.text)
			}
		}, func(cue) {})
		if strings.Join(got, " ") != strings.Join(tc.want, " ") {
			t.Errorf("%q: numbers %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestReadDictionary(t *testing.T) {
	tests := []struct {
		name, text      string
		pairs, phrases  int
		format, wantErr string
	}{
		{"hunalign", "Armenia @ Arménie\nTurkey @ Turquie\ndefence ministry @ ministère de la défense\n", 2, 1, "hunalign", ""},
		{"tsv", "# comment\nArménie\tArmenia\n\nTurquie\tTurkey\nTurquie\tTurkey\n", 2, 0, "tsv", ""},
		{"mixed", "Armenia @ Arménie\nTurquie\tTurkey\n", 0, 0, "", "d.txt:2:"},
		{"garbage", "hello world\n", 0, 0, "", "d.txt:1:"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, st, err := ReadDictionary("d.txt", strings.NewReader(tc.text))
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("err = %v, want %q", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if d.Len() != tc.pairs || st.Phrases != tc.phrases || st.Format != tc.format {
				t.Errorf("%d pairs, %d phrases, %q; want %d, %d, %q", d.Len(), st.Phrases, st.Format, tc.pairs, tc.phrases, tc.format)
			}
		})
	}
}

// FuzzAlign checks the aligner's invariants on any input: every sentence
// in exactly one pair, in order, scores in [0, 1], and no panic.
func FuzzAlign(f *testing.F) {
	f.Add("Le 12 mai.\nIl pleut.\n« Non ! »", "On 12 May.\nIt rains.\n“No!”")
	f.Add("", "a")
	f.Add("1\n2\n3\n4\n5\n6", "6\n5\n4\n3\n2\n1")
	f.Add("...\n, suite\nfin", "...\n, rest\nend")
	f.Fuzz(func(t *testing.T, a, b string) {
		src, tgt := splitLines(a), splitLines(b)
		if len(src) > 300 || len(tgt) > 300 {
			return
		}
		p, err := Align(src, tgt, Options{})
		if err != nil {
			t.Fatal(err)
		}
		checkInvariants(t, len(src), len(tgt), p)
	})
}

func splitLines(s string) []Sentence {
	if s == "" {
		return nil
	}
	var out []Sentence
	for i, l := range strings.Split(s, "\n") {
		out = append(out, Sentence{Text: l, Par: i / 4})
	}
	return out
}

// FuzzReadDictionary: the dictionary reader never panics.
func FuzzReadDictionary(f *testing.F) {
	f.Add("a @ b\nc @ d e\n")
	f.Add("x\ty\n#c\n\n")
	f.Fuzz(func(t *testing.T, s string) {
		_, _, _ = ReadDictionary("f", strings.NewReader(s))
	})
}
