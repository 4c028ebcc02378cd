package glossary

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/termalign/termalign/internal/lang"
)

// Format names a glossary file format.
type Format string

// The formats termalign reads and writes.
const (
	TSV  Format = "tsv"
	CSV  Format = "csv"
	TBX  Format = "tbx"  // TBX v3 (TBX-Basic, DCA) on writing; v2 or v3 on reading
	TBX2 Format = "tbx2" // TBX v2 (<martif>), what OmegaT and Translate Toolkit read
	XLSX Format = "xlsx"
	// OmegaT is the tab-separated layout OmegaT reads (.utf8, .tab, .txt).
	OmegaT Format = "omegat"
)

// FormatOf picks the format from a file name: .tsv is termalign's TSV;
// .utf8, .tab and .txt, the only tab-separated names OmegaT reads, are
// written in OmegaT's layout (and read in either); .csv, .tbx, .xlsx.
func FormatOf(name string) (Format, error) {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".tsv":
		return TSV, nil
	case ".tab", ".txt", ".utf8":
		return OmegaT, nil
	case ".csv":
		return CSV, nil
	case ".tbx":
		return TBX, nil
	case ".xlsx":
		return XLSX, nil
	}
	return "", fmt.Errorf("%w: %s (want .tsv, .tab, .txt, .utf8, .csv, .tbx or .xlsx)", ErrUnknownFormat, name)
}

// ParseFormat reads a --format value.
func ParseFormat(s string) (Format, error) {
	switch f := Format(strings.ToLower(s)); f {
	case TSV, CSV, TBX, TBX2, XLSX, OmegaT:
		return f, nil
	case "tbx3":
		return TBX, nil
	}
	return "", fmt.Errorf("%w: %q (want tsv, csv, tbx, tbx2, xlsx or omegat)", ErrUnknownFormat, s)
}

// Read reads a glossary in format f from r; name is used in messages.
func Read(name string, r io.Reader, f Format) (*Glossary, error) {
	return ReadWith(name, r, f, ReadOptions{})
}

// ReadOptions configure ReadWith.
type ReadOptions struct {
	// Columns name the columns of a delimited file with no header row.
	Columns []string
}

// ReadWith is Read with options.
func ReadWith(name string, r io.Reader, f Format, opts ReadOptions) (*Glossary, error) {
	switch f {
	case TSV, CSV:
		// Spreadsheets write what they like whatever the name says: a
		// French Excel writes ";" in a .csv, some tools tabs.
		br := bufio.NewReader(r)
		return ReadDelimited(name, br, Delimited{Comma: sniffSeparator(br, f), Columns: opts.Columns})
	case TBX, TBX2:
		return ReadTBX(name, r)
	case XLSX:
		return ReadXLSX(name, r)
	case OmegaT:
		return ReadOmegaT(name, r, lang.Source, lang.Target)
	}
	return nil, fmt.Errorf("%w: cannot read %s yet", ErrUnknownFormat, f)
}

// sniffSeparator guesses the separator of a delimited file from its first
// line: a tab, ";" or ",", whichever the header has most of outside
// quotes; the format's own when none is found.
func sniffSeparator(br *bufio.Reader, f Format) rune {
	head, _ := br.Peek(64 << 10)
	if i := bytes.IndexByte(head, '\n'); i >= 0 {
		head = head[:i]
	}
	counts := map[rune]int{}
	quoted := false
	for _, c := range string(head) {
		switch {
		case c == '"':
			quoted = !quoted
		case !quoted && (c == '\t' || c == ';' || c == ','):
			counts[c]++
		}
	}
	best, n := '\t', 0
	if f == CSV {
		best = ','
	}
	for _, c := range []rune{'\t', ';', ','} {
		if counts[c] > n {
			best, n = c, counts[c]
		}
	}
	return best
}

// Write writes g in format f.
func Write(w io.Writer, g *Glossary, f Format) error {
	switch f {
	case TSV:
		return WriteDelimited(w, g, Delimited{Comma: '\t'})
	case CSV:
		return WriteDelimited(w, g, Delimited{Comma: ',', BOM: true})
	case TBX:
		return WriteTBX(w, g, false)
	case TBX2:
		return WriteTBX(w, g, true)
	case XLSX:
		return WriteXLSX(w, g)
	case OmegaT:
		src, tgt := lang.Source, lang.Target
		if l := g.Languages(); len(l) >= 2 {
			src, tgt = l[0], l[1]
		}
		return WriteOmegaT(w, g, src, tgt)
	}
	return fmt.Errorf("%w: cannot write %s yet", ErrUnknownFormat, f)
}

//go:embed data/default.tsv
var defaultTSV []byte

// DefaultName is how the embedded glossary is named in messages.
const DefaultName = "<embedded glossary>"

// Default returns a fresh copy of the embedded default glossary: places,
// ministries and titles, weapon systems, organisations and people of the
// Caucasus conflicts, French and English.
func Default() *Glossary {
	g, err := ReadDelimited(DefaultName, bytes.NewReader(defaultTSV), Delimited{Comma: '\t'})
	if err != nil {
		panic("glossary: the embedded glossary does not parse: " + err.Error()) // covered by tests
	}
	return g
}
