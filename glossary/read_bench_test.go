package glossary

import (
	"bytes"
	"testing"
)

func benchmarkRead(b *testing.B, f Format) {
	g := synthetic(100000)
	var buf bytes.Buffer
	if err := Write(&buf, g, f); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(buf.Len()))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := Read("bench", bytes.NewReader(buf.Bytes()), f); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkRead100kTSV(b *testing.B)  { benchmarkRead(b, TSV) }
func BenchmarkRead100kTBX(b *testing.B)  { benchmarkRead(b, TBX) }
func BenchmarkRead100kXLSX(b *testing.B) { benchmarkRead(b, XLSX) }

func BenchmarkLint100k(b *testing.B) {
	g := synthetic(100000)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Lint(g, LintOptions{})
	}
}
