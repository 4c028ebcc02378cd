package align

import (
	"fmt"
	"os"
	"testing"
)

func TestDebugDev(t *testing.T) {
	if os.Getenv("ALIGN_DEBUG") == "" {
		t.Skip()
	}
	d := textBerg("dev")[0]
	src, tgt := readLines(t, d.src), readLines(t, d.tgt)
	pairs, _ := Align(src, tgt, Options{NoLearn: os.Getenv("NOLEARN") != ""})
	gold := readGold(t, d.gold)
	g := map[bead]bool{}
	for _, b := range gold {
		g[b] = true
	}
	kinds := map[string]int{}
	for _, p := range pairs {
		kinds[p.Kind().String()]++
		b := bead{ids(p.Src), ids(p.Tgt)}
		mark := "  "
		if !g[b] {
			mark = "XX"
		}
		fmt.Printf("%s %.2f [%s]:[%s] %.60q || %.60q\n", mark, p.Score, b.src, b.tgt, p.Source, p.Target)
	}
	gk := map[string]int{}
	for _, b := range gold {
		gk[fmt.Sprintf("%d-%d", n(b.src), n(b.tgt))]++
	}
	fmt.Println(kinds, gk)
}

func n(s string) int {
	if s == "" {
		return 0
	}
	c := 1
	for _, r := range s {
		if r == ',' {
			c++
		}
	}
	return c
}
