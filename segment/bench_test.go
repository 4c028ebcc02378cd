package segment

import (
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// frenchNews is about 2 MB of French news text: the seed article, and the
// French UD treebanks' text when ../shared/bench is present.
func frenchNews(b *testing.B) string {
	b.Helper()
	var sb strings.Builder
	seed, err := os.ReadFile(filepath.Join("..", "testdata", "karabakh.fr.txt"))
	if err != nil {
		b.Fatal(err)
	}
	dir := filepath.Join("..", "..", "shared", "bench", "segmentation")
	files, _ := filepath.Glob(filepath.Join(dir, "ud_fr_*.jsonl"))
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		for _, line := range strings.Split(string(data), "\n") {
			var rec struct{ Sentences []string }
			if json.Unmarshal([]byte(line), &rec) != nil {
				continue
			}
			// 5-sentence paragraphs, as the bench README describes.
			for i := 0; i < len(rec.Sentences); i += 5 {
				sb.WriteString(strings.Join(rec.Sentences[i:min(i+5, len(rec.Sentences))], " "))
				sb.WriteByte('\n')
			}
		}
	}
	for sb.Len() < 2<<20 {
		sb.Write(seed)
		sb.WriteByte('\n')
	}
	return sb.String()
}

func BenchmarkSplitParagraphFrench(b *testing.B) {
	text := frenchNews(b)
	paras := strings.Split(text, "\n")
	s := mustNew(b, "fr", Line)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	n := 0
	for i := 0; i < b.N; i++ {
		for _, p := range paras {
			s.SplitParagraph(p, func(start, end int) { n++ })
		}
	}
	_ = n
}

func BenchmarkStreamFrench(b *testing.B) {
	text := frenchNews(b)
	s := mustNew(b, "fr", Line)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		err := s.Stream(strings.NewReader(text), Line, func(Sentence) error { return nil })
		if err != nil && err != io.EOF {
			b.Fatal(err)
		}
	}
}
