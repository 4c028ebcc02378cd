package glossary

import (
	"strings"
	"testing"
)

const formsGlossary = `id	domain	fr	en	en_variants
frappe-drone	military	frappe de drone	drone strike
exocet	weapon	missile Exocet	Exocet missile
sol-air	weapon	missile sol-air	surface-to-air missile
gilet	weapon	gilet pare-balles	bulletproof vest
lance-roquettes	weapon	lance-roquettes multiple	multiple rocket launcher
kurdes	people	Kurdes	Kurds
interieur	ministry	ministère de l’Intérieur	Interior Ministry
etats-unis	org	États-Unis	U.S.	United States
armes-legeres	weapon	armes légères	small arms
mine-antichar	weapon	mine antichar	anti-tank mine
crash	event	crash aérien	air crash
marine	org	marine de guerre	navy
`

// TestMatcherForms: the forms translators meet that a plain plural
// misses, and the near misses that must stay unmatched. Precision and
// recall must both be 1.
func TestMatcherForms(t *testing.T) {
	g, err := Read("forms.tsv", strings.NewReader(formsGlossary), TSV)
	if err != nil {
		t.Fatal(err)
	}
	fr, _ := NewMatcher(g, MatcherOptions{Lang: "fr", Target: "en"})
	en, _ := NewMatcher(g, MatcherOptions{Lang: "en", Target: "fr"})
	tests := []struct{ lang, in, want string }{
		{"fr", "des frappes de drones", "frappe-drone:frappes de drones"},
		{"fr", "une frappe de drones", "frappe-drone:frappe de drones"},
		{"fr", "des frappes de drone", "frappe-drone:frappes de drone"},
		{"fr", "des missiles Exocet", "exocet:missiles Exocet"},
		{"fr", "un missile Exocet", "exocet:missile Exocet"},
		{"fr", "des missiles sol-air", "sol-air:missiles sol-air"},
		{"fr", "des gilets pare-balles", "gilet:gilets pare-balles"},
		{"fr", "des lance-roquettes multiples", "lance-roquettes:lance-roquettes multiples"},
		{"fr", "un lance-roquettes multiple", "lance-roquettes:lance-roquettes multiple"},
		{"fr", "Un Kurde a parlé", "kurdes:Kurde"},
		{"fr", "les Kurdes", "kurdes:Kurdes"},
		{"fr", "les ministères de l’Intérieur", "interieur:ministères de l’Intérieur"},
		{"fr", "une arme légère", "armes-legeres:arme légère"},
		{"fr", "des mines antichars", "mine-antichar:mines antichars"},
		{"fr", "des crashs aériens", "crash:crashs aériens"},
		{"fr", "les marines de guerre", "marine:marines de guerre"},
		{"fr", "un missile de croisière", ""},
		{"fr", "des frappes aériennes", ""},
		{"fr", "le Kurdistan", ""},
		{"fr", "la frappe d'un drone", ""},
		{"fr", "un gilet jaune", ""},
		{"en", "A Kurd fighter", "kurdes:Kurd"},
		{"en", "the Kurds", "kurdes:Kurds"},
		{"en", "Both interior ministries said", "interieur:interior ministries"},
		{"en", "The Interior Ministry", "interieur:Interior Ministry"},
		{"en", "The U.S. said", "etats-unis:U.S."},
		{"en", "the US and the United States", "etats-unis:US|etats-unis:United States"},
		{"en", "drone strikes", "frappe-drone:drone strikes"},
		{"en", "Exocet missiles", "exocet:Exocet missiles"},
		{"en", "surface-to-air missiles", "sol-air:surface-to-air missiles"},
		{"en", "bulletproof vests", "gilet:bulletproof vests"},
		{"en", "multiple rocket launchers", "lance-roquettes:multiple rocket launchers"},
		{"en", "two air crashes", "crash:air crashes"},
		{"en", "small arms", "armes-legeres:small arms"},
		{"en", "two navies", "marine:navies"},
		{"en", "a crash course", ""},
		{"en", "help us", ""},
		{"en", "Kurdish forces", ""},
		{"en", "the ministry", ""},
		{"en", "a Kurdistan", ""},
	}
	var tp, fp, fn int
	for _, tc := range tests {
		m := fr
		if tc.lang == "en" {
			m = en
		}
		var got []string
		for _, h := range m.Find(tc.in) {
			got = append(got, h.Entry.ID+":"+h.Surface)
		}
		want := map[string]bool{}
		if tc.want != "" {
			for _, w := range strings.Split(tc.want, "|") {
				want[w] = true
			}
		}
		for _, gh := range got {
			if want[gh] {
				tp++
				delete(want, gh)
			} else {
				fp++
				t.Errorf("%s %q: false hit %s", tc.lang, tc.in, gh)
			}
		}
		for w := range want {
			fn++
			t.Errorf("%s %q: missed %s", tc.lang, tc.in, w)
		}
	}
	t.Logf("%d cases: %d hits right, %d false, %d missed", len(tests), tp, fp, fn)
}
