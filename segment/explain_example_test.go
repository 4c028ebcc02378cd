package segment_test

import (
	"fmt"

	"github.com/termalign/termalign/segment"
)

// ExplainParagraph says which rule decided each candidate boundary.
func ExampleSegmenter_ExplainParagraph() {
	s, err := segment.New(segment.Options{Lang: "fr"})
	if err != nil {
		panic(err)
	}
	_, err = s.ExplainParagraph("M. Dupont est venu. Il est reparti.", func(d segment.Decision) error {
		fmt.Printf("%d %s/%s break=%v\n", d.Offset, d.Kind, d.Rule, d.Break)
		return nil
	})
	if err != nil {
		panic(err)
	}
	// Output:
	// 1 terminator/abbreviation break=false
	// 18 terminator/sentence-end break=true
	// 34 terminator/paragraph-end break=true
}
