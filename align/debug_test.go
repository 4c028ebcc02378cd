package align

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestDebugDev(t *testing.T) {
	if os.Getenv("ALIGN_DEBUG") == "" {
		t.Skip()
	}
	d := textBerg("dev")[0]
	if n := os.Getenv("DOC"); n != "" {
		for _, x := range baf() {
			if strings.Contains(x.src, n) {
				d = x
			}
		}
	}
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

func TestDebugSims(t *testing.T) {
	if os.Getenv("ALIGN_DEBUG") == "" {
		t.Skip()
	}
	d := textBerg("dev")[0]
	src, tgt := readLines(t, d.src), readLines(t, d.tgt)
	al := newAligner(src, tgt, Options{})
	path := al.run()
	_ = path
	la, lb := al.levelSides()
	hist := map[int]int{}
	for _, b := range readGold(t, d.gold) {
		if n(b.src) == 1 && n(b.tgt) == 1 {
			var i, j int
			fmt.Sscan(b.src, &i)
			fmt.Sscan(b.tgt, &j)
			st := directStats(la, lb, i, 1, j, 1)
			hist[int(st.sim*10)]++
			if os.Getenv("SHOW") != "" && st.sim < 0.1 {
				fmt.Printf("%.2f %q || %q\n", st.sim, src[i].Text, tgt[j].Text)
			}
		}
	}
	fmt.Println(hist)
}
