package segment

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// The accuracy gate: today's figures on the public gold data (golden rules
// and every UD split in ../shared/bench), kept in testdata/scores.json.
// A figure that drops by more than gateTolerance, or an output that
// changes on a split, fails the test until the file is rewritten on
// purpose with -update.

const benchSeg = "../../shared/bench/segmentation"

const gateTolerance = 0.002

type score struct {
	Score  float64 `json:"score"`  // F1, or the share of golden rules passed
	Output string  `json:"output"` // SHA-256 of the sentences, one a line
}

var spaces = regexp.MustCompile(`\s+`)

func TestAccuracyGate(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(benchSeg, "*.jsonl"))
	if len(files) == 0 {
		t.Skipf("no gold data in %s: skipping the accuracy gate", benchSeg)
	}
	got := map[string]score{}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".jsonl")
		lang := "fr"
		if strings.Contains(name, "_en") {
			lang = "en"
		}
		got[name] = measure(t, f, lang, strings.HasPrefix(name, "golden_rules"))
	}
	path := filepath.Join("testdata", "scores.json")
	if *update {
		data, _ := json.MarshalIndent(got, "", " ")
		if err := os.WriteFile(path, append(data, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var want map[string]score
	if err := json.Unmarshal(data, &want); err != nil {
		t.Fatal(err)
	}
	names := make([]string, 0, len(got))
	for n := range got {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		g, w := got[n], want[n]
		t.Logf("%-24s %.4f (gate %.4f)", n, g.Score, w.Score)
		if g.Score < w.Score-gateTolerance {
			t.Errorf("%s: %.4f, down from %.4f", n, g.Score, w.Score)
		}
		if g.Output != w.Output {
			t.Errorf("%s: the output changed (score %.4f → %.4f): if on purpose, run go test ./segment -run AccuracyGate -update", n, w.Score, g.Score)
		}
	}
}

// measure segments one gold file as the bench does (one paragraph a
// line) and scores it: the CoNLL 2018 sentence F1 over non-space
// offsets, or for golden rules the share of texts cut exactly.
func measure(t *testing.T, path, lang string, rules bool) score {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	seg := mustNew(t, lang, Line)
	h := sha256.New()
	var correct, predicted, gold, pass, total int
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		var row struct {
			Text      string
			Sentences []string
		}
		if err := json.Unmarshal(sc.Bytes(), &row); err != nil {
			t.Fatal(err)
		}
		var pred []string
		for _, s := range seg.Split(row.Text) {
			pred = append(pred, s.Text)
			h.Write([]byte(s.Text + "\n"))
		}
		h.Write([]byte("\n"))
		total++
		if rules {
			if equalTrimmed(pred, row.Sentences) {
				pass++
			}
			continue
		}
		c, p, g := spanCounts(row.Text, row.Sentences, pred)
		correct, predicted, gold = correct+c, predicted+p, gold+g
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	out := hex.EncodeToString(h.Sum(nil))
	if rules {
		return score{float64(pass) / float64(total), out}
	}
	p := float64(correct) / float64(max(predicted, 1))
	r := float64(correct) / float64(max(gold, 1))
	if p+r == 0 {
		return score{0, out}
	}
	return score{2 * p * r / (p + r), out}
}

func equalTrimmed(a, b []string) bool {
	var x, y []string
	for _, s := range a {
		if s = strings.TrimSpace(s); s != "" {
			x = append(x, s)
		}
	}
	for _, s := range b {
		y = append(y, strings.TrimSpace(s))
	}
	return strings.Join(x, "\x00") == strings.Join(y, "\x00")
}

// spanCounts maps sentences to spans of non-space characters of text, in
// order, and counts the predicted spans that are gold spans.
func spanCounts(text string, gold, pred []string) (correct, predicted, goldN int) {
	flat := spaces.ReplaceAllString(text, "")
	spansOf := func(pieces []string) [][2]int {
		var out [][2]int
		pos := 0
		for _, p := range pieces {
			q := spaces.ReplaceAllString(p, "")
			if q == "" {
				continue
			}
			i := strings.Index(flat[pos:], q)
			if i < 0 {
				out = append(out, [2]int{-1, -1})
				continue
			}
			out = append(out, [2]int{pos + i, pos + i + len(q)})
			pos += i + len(q)
		}
		return out
	}
	g := map[[2]int]bool{}
	for _, s := range spansOf(gold) {
		if s[0] >= 0 {
			g[s] = true
		}
	}
	ps := spansOf(pred)
	for _, s := range ps {
		if s[0] >= 0 && g[s] {
			correct++
		}
	}
	return correct, len(ps), len(g)
}
