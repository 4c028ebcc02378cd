package qa

import (
	"strings"

	"github.com/termalign/termalign/align"
)

// inconsistent finds the pairs whose source was translated differently
// before, and those whose target translated a different source before.
// Texts are compared with white space collapsed; one-word segments
// (labels, names) are left alone.
func inconsistent(pairs []align.Pair) []Finding {
	bySrc, byTgt := map[string]int{}, map[string]int{}
	var out []Finding
	for k, p := range pairs {
		s, t := collapse(p.Source), collapse(p.Target)
		if s == "" || t == "" {
			continue
		}
		if j, ok := bySrc[s]; ok && collapse(pairs[j].Target) != t && words(s) > 1 {
			out = append(out, Finding{Pair: k, Problem: Inconsistent, Severity: Major, Other: j})
			continue
		} else if !ok {
			bySrc[s] = k
		}
		if j, ok := byTgt[t]; ok && collapse(pairs[j].Source) != s && words(t) > 1 {
			out = append(out, Finding{Pair: k, Problem: Inconsistent, Severity: Major, Other: j})
		} else if !ok {
			byTgt[t] = k
		}
	}
	return out
}

func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }

func words(s string) int { return strings.Count(s, " ") + 1 }
