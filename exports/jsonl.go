package exports

import (
	"bufio"
	"encoding/json"
	"io"
)

// pairRecord is the JSON Lines contract of "align" (see DESIGN.md), with
// the segment id and bead kind added.
type pairRecord struct {
	ID     string  `json:"id"`
	Src    []int   `json:"src"`
	Tgt    []int   `json:"tgt"`
	Source string  `json:"source"`
	Target string  `json:"target"`
	Kind   string  `json:"kind"`
	Score  float64 `json:"score"`
}

// WriteJSONL writes one JSON object a pair.
func WriteJSONL(w io.Writer, doc *Document) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for k, p := range doc.Pairs {
		rec := pairRecord{
			ID: doc.ID(k), Src: indices(p.Src), Tgt: indices(p.Tgt),
			Source: p.Source, Target: p.Target, Kind: p.Kind().String(), Score: round3(p.Score),
		}
		if err := enc.Encode(rec); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// round3 rounds a score to three decimals, enough to sort and filter.
func round3(x float64) float64 {
	return float64(int64(x*1000+0.5)) / 1000
}
