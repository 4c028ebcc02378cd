package glossary

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/termalign/termalign/segment"
)

// seedGlossary is the seed glossary of the repository's testdata.
func seedGlossary(t testing.TB) *Glossary {
	t.Helper()
	f, err := os.Open(filepath.Join("..", "testdata", "glossary.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	g, err := ReadDelimited("glossary.tsv", f, Delimited{Comma: '\t'})
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func TestSeedArticleGold(t *testing.T) {
	g := seedGlossary(t)
	m, err := NewMatcher(g, MatcherOptions{Lang: "fr"})
	if err != nil {
		t.Fatal(err)
	}
	text, err := os.ReadFile(filepath.Join("..", "testdata", "karabakh.fr.txt"))
	if err != nil {
		t.Fatal(err)
	}
	seg, _ := segment.New(segment.Options{Lang: "fr"})
	var got []string
	for _, s := range seg.Split(string(text)) {
		for _, h := range m.Find(s.Text) {
			if s.Text[h.Start:h.End] != h.Surface {
				t.Errorf("offsets %d:%d do not slice %q", h.Start, h.End, h.Surface)
			}
			got = append(got, fmt.Sprintf("%d\t%s\t%s", s.Index, h.Entry.ID, h.Surface))
		}
	}
	gold, err := os.Open(filepath.Join("testdata", "karabakh.fr.gold.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer gold.Close()
	var want []string
	sc := bufio.NewScanner(gold)
	for sc.Scan() {
		if l := sc.Text(); l != "" && !strings.HasPrefix(l, "#") {
			want = append(want, l)
		}
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("seed article hits differ from the gold file\n got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if len(want) != 47 {
		t.Errorf("gold has %d hits, want 47", len(want))
	}
}

// testGlossary covers the rules with a few more entries than the seed.
func testGlossary(t testing.TB) *Glossary {
	t.Helper()
	const tsv = "id\tdomain\tfr\tfr_variants\tfr_forbidden\ten\ten_variants\ten_forbidden\n" +
		"mali\tplace\tMali\t\t\tMali\t\t\n" +
		"russie\tplace\tRussie\t\t\tRussia\t\t\n" +
		"azerbaidjan\tplace\tAzerbaïdjan\t\t\tAzerbaijan\t\tAzerbaidjan\n" +
		"etats-unis\tplace\tÉtats-Unis\t\t\tUnited States\tUS\t\n" +
		"erevan\tplace\tErevan\tÉrevan\t\tYerevan\t\tErevan\n" +
		"karabakh\tplace\tKarabakh\t\t\tKarabakh\t\t\n" +
		"haut-karabakh\tplace\tHaut-Karabakh\t\t\tNagorno-Karabakh\t\tUpper Karabakh\n" +
		"latchine\tplace\tLatchine\t\t\tLachin\t\t\n" +
		"corridor-latchine\tplace\tcorridor de Latchine\t\t\tLachin corridor\t\t\n" +
		"onu\torg\tONU\tOrganisation des Nations unies\t\tUN\tUnited Nations\t\n" +
		"ue\torg\tUE\tUnion européenne\t\tEU\tEuropean Union\t\n" +
		"char\tweapon\tchar\tchar d'assaut\ttank\ttank\t\t\n" +
		"drone\tweapon\tdrone\t\t\tdrone\t\t\n" +
		"drone-combat\tweapon\tdrone de combat\t\t\tcombat drone\t\tfighting drone\n" +
		"drone-naval\tweapon\tdrone naval\t\t\tnaval drone\t\t\n" +
		"munition-rodeuse\tweapon\tmunition rôdeuse\t\t\tloitering munition\t\tkamikaze drone\n" +
		"mortier\tweapon\tmortier de tranchée\t\t\ttrench mortar\t\t\n" +
		"arme\tweapon\tarme à feu de gros calibre\t\t\tlarge-calibre firearm\t\tbig gun\n" +
		"hopital\tother\thôpital militaire\t\t\tmilitary hospital\t\t\n" +
		"ministere\tministry\tministère de la défense\t\t\tdefence ministry\tMinistry of Defence\tdefense department\n" +
		"oeuvre\tother\tœuvre d'art\t\t\twork of art\t\t\n" +
		"casque\torg\tcasque bleu\t\t\tpeacekeeper\t\tblue helmet\n" +
		"s300\tweapon\tS-300\t\t\tS-300\t\t\n" +
		"accord\torg\taccord de paix\t\t\tpeace agreement\t\tpeace deal\n" +
		"cessez\tevent\tcessez-le-feu\t\t\tceasefire\tcease-fire\t\n"
	g, err := ReadDelimited("test.tsv", strings.NewReader(tsv), Delimited{Comma: '\t'})
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func TestMatcherRules(t *testing.T) {
	g := testGlossary(t)
	fr, _ := NewMatcher(g, MatcherOptions{Lang: "fr"})
	en, _ := NewMatcher(g, MatcherOptions{Lang: "en"})
	for _, tc := range []struct {
		lang, name, in string
		want           string // "id:surface:status" joined by "|"
	}{
		// case and accents
		{"fr", "lower case", "la russie a parlé", "russie:russie:preferred"},
		{"fr", "capitals with accents", "LES ÉTATS-UNIS ET L'AZERBAÏDJAN", "etats-unis:ÉTATS-UNIS:preferred|azerbaidjan:AZERBAÏDJAN:preferred"},
		{"fr", "missing accent", "les Etats-Unis ont dit", "etats-unis:Etats-Unis:preferred"},
		{"fr", "accent-insensitive equals preferred", "à Érevan hier", "erevan:Érevan:preferred"},
		{"fr", "oe ligature", "une oeuvre d'art et une Œuvre d’art", "oeuvre:oeuvre d'art:preferred|oeuvre:Œuvre d’art:preferred"},
		// apostrophes, spaces, hyphens
		{"fr", "curly elision", "l’Azerbaïdjan", "azerbaidjan:Azerbaïdjan:preferred"},
		{"fr", "straight elision", "d'Erevan", "erevan:Erevan:preferred"},
		{"fr", "qu elision", "jusqu’en Russie et lorsqu'Erevan", "russie:Russie:preferred|erevan:Erevan:preferred"},
		{"fr", "puisqu elision", "puisqu’Azerbaïdjan", "azerbaidjan:Azerbaïdjan:preferred"},
		{"fr", "no-break space", "un drone\u00a0de\u00a0combat", "drone-combat:drone\u00a0de\u00a0combat:preferred"},
		{"fr", "narrow no-break space", "accord\u202fde paix", "accord:accord\u202fde paix:preferred"},
		{"fr", "hyphen variant", "le Haut‑Karabakh", "haut-karabakh:Haut‑Karabakh:preferred"},
		{"fr", "space for hyphen", "un cessez le feu", "cessez:cessez le feu:preferred"},
		{"fr", "line break inside", "le corridor de\nLatchine", "corridor-latchine:corridor de\nLatchine:preferred"},
		// acronyms
		{"fr", "acronym", "l'ONU et l'UE", "onu:ONU:preferred|ue:UE:preferred"},
		{"fr", "dotted acronym", "l'O.N.U. et l’U.E. ont parlé", "onu:O.N.U.:preferred|ue:U.E.:preferred"},
		{"fr", "lower-case acronym does not match", "une ue, une onu", ""},
		// never inside a word
		{"fr", "Mali not in Somalie", "la Somalie et le peuple malien", ""},
		{"fr", "Azerbaïdjan not in azerbaïdjanais", "le gouvernement azerbaïdjanais", ""},
		{"fr", "char not in chargé", "il est chargé de mission", ""},
		{"fr", "Russie not in Biélorussie", "la Biélorussie", ""},
		{"fr", "S-300 not S-3000", "un S-3000 et un S-300", "s300:S-300:preferred"},
		// leftmost-longest
		{"fr", "drone de combat over drone", "un drone de combat", "drone-combat:drone de combat:preferred"},
		{"fr", "corridor over Latchine", "le corridor de Latchine", "corridor-latchine:corridor de Latchine:preferred"},
		{"fr", "Haut-Karabakh over Karabakh", "le Haut-Karabakh et le Karabakh", "haut-karabakh:Haut-Karabakh:preferred|karabakh:Karabakh:preferred"},
		{"fr", "longest variant", "un char d'assaut", "char:char d'assaut:admitted"},
		{"fr", "no match across punctuation", "un drone, de combat", "drone:drone:preferred"},
		// inflection
		{"fr", "plural with complement", "des mortiers de tranchée", "mortier:mortiers de tranchée:preferred"},
		{"fr", "plural head only", "des armes à feu de gros calibre", "arme:armes à feu de gros calibre:preferred"},
		{"fr", "agreement", "des munitions rôdeuses", "munition-rodeuse:munitions rôdeuses:preferred"},
		{"fr", "plural -al -> -als", "des drones navals", "drone-naval:drones navals:preferred"},
		{"fr", "plural -al -> -aux", "des hôpitaux militaires", "hopital:hôpitaux militaires:preferred"},
		{"fr", "plural of adjective term", "des casques bleus", "casque:casques bleus:preferred"},
		{"fr", "proper names do not inflect", "les Russies", ""},
		// inserted adjective
		{"fr", "inserted adjective", "le ministère azerbaïdjanais de la défense", "ministere:ministère azerbaïdjanais de la défense:preferred"},
		{"fr", "inserted adjective feminine plural", "des munitions… les mortiers arméniens de tranchée", "mortier:mortiers arméniens de tranchée:preferred"},
		{"fr", "only an adjective may be inserted", "le ministère chargé de la défense", ""},
		{"fr", "only one adjective", "le ministère russe arménien de la défense", ""},
		// forbidden
		{"fr", "forbidden French variant", "un tank russe", "char:tank:forbidden"},
		// English
		{"en", "forbidden variant", "The defense department said", "ministere:defense department:forbidden"},
		{"en", "admitted variant", "the Ministry of Defence", "ministere:Ministry of Defence:admitted"},
		{"en", "plural", "two combat drones and three trench mortars", "drone-combat:combat drones:preferred|mortier:trench mortars:preferred"},
		{"en", "plural -y", "defence ministries", "ministere:defence ministries:preferred"},
		{"en", "possessive", "Armenia, Azerbaijan's army", "azerbaidjan:Azerbaijan:preferred"},
		{"en", "US only in capitals", "help us, said the US", "etats-unis:US:admitted"},
		{"en", "dotted US", "the U.S. said", "etats-unis:U.S.:admitted"},
		{"en", "forbidden spelling", "Erevan and Yerevan", "erevan:Erevan:forbidden|erevan:Yerevan:preferred"},
		{"en", "hyphen variant", "a cease-fire and a ceasefire", "cessez:cease-fire:admitted|cessez:ceasefire:preferred"},
		{"en", "not inside a word", "Malian troops, Russian tanks", "char:tanks:preferred"},
	} {
		t.Run(tc.lang+"/"+tc.name, func(t *testing.T) {
			m := fr
			if tc.lang == "en" {
				m = en
			}
			var got []string
			for _, h := range m.Find(tc.in) {
				if tc.in[h.Start:h.End] != h.Surface {
					t.Errorf("offsets %d:%d do not slice %q", h.Start, h.End, h.Surface)
				}
				got = append(got, h.Entry.ID+":"+h.Surface+":"+h.Status.String())
			}
			if g := strings.Join(got, "|"); g != tc.want {
				t.Errorf("Find(%q)\n got %q\nwant %q", tc.in, g, tc.want)
			}
		})
	}
}

func TestHitTranslation(t *testing.T) {
	m, _ := NewMatcher(testGlossary(t), MatcherOptions{Lang: "fr"})
	h := m.Find("des drones de combat")
	if len(h) != 1 || h[0].Term != "drone de combat" || h[0].Translation != "combat drone" || h[0].Entry.Domain != "weapon" {
		t.Fatalf("hit = %+v", h)
	}
	m, _ = NewMatcher(testGlossary(t), MatcherOptions{Lang: "en"})
	if h := m.Find("a fighting drone"); len(h) != 1 || h[0].Term != "combat drone" || h[0].Translation != "drone de combat" || h[0].Status != Forbidden {
		t.Fatalf("hit = %+v", h)
	}
	if _, err := NewMatcher(testGlossary(t), MatcherOptions{}); err == nil {
		t.Error("a matcher needs a language")
	}
}

func TestFold(t *testing.T) {
	for in, want := range map[string]string{
		"Érevan": "erevan", "ÉTATS": "etats", "Œuvre": "oeuvre", "Straße": "strasse",
		"Azerbaïdjan": "azerbaidjan", "Çavuşoğlu": "cavusoglu", "ĐAKOVO": "dakovo", "Ελλάδα": "ελλαδα",
	} {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}

func FuzzMatcher(f *testing.F) {
	f.Add("le ministère azerbaïdjanais de la défense et l’O.N.U.")
	f.Add("des drones de combat, U.E. d'Erevan S-300 Œuvre d’art")
	f.Add("a\u00a0b\u0301 l'")
	g := testGlossary(f)
	fr, _ := NewMatcher(g, MatcherOptions{Lang: "fr"})
	en, _ := NewMatcher(g, MatcherOptions{Lang: "en"})
	f.Fuzz(func(t *testing.T, in string) {
		for _, m := range []*Matcher{fr, en} {
			prev := 0
			for _, h := range m.Find(in) {
				if h.Start < prev || h.End <= h.Start || h.End > len(in) {
					t.Fatalf("bad span %d:%d after %d", h.Start, h.End, prev)
				}
				if in[h.Start:h.End] != h.Surface {
					t.Fatalf("surface %q is not the slice", h.Surface)
				}
				prev = h.End
			}
		}
	})
}

func ExampleMatcher_Find() {
	m, _ := NewMatcher(Default(), MatcherOptions{Lang: "fr"})
	for _, h := range m.Find("Le ministère azerbaïdjanais de la défense a accusé l’Arménie.") {
		fmt.Printf("%d-%d %s → %s (%s)\n", h.Start, h.End, h.Surface, h.Translation, h.Status)
	}
	// Output:
	// 3-44 ministère azerbaïdjanais de la défense → defence ministry (preferred)
	// 59-67 Arménie → Armenia (preferred)
}

func TestEdgeTable(t *testing.T) {
	tb := newEdgeTable(1)
	want := map[uint64]int32{}
	for i := 0; i < 50000; i++ {
		k := uint64(i*7919) << 17 % 1000003
		tb.put(k, int32(i))
		want[k] = int32(i)
	}
	tb.put(0, -5) // key 0 is a valid key
	want[0] = -5
	if tb.len() != len(want) {
		t.Fatalf("len %d, want %d", tb.len(), len(want))
	}
	for k, v := range want {
		if got, ok := tb.get(k); !ok || got != v {
			t.Fatalf("get(%d) = %d, %v; want %d", k, got, ok, v)
		}
	}
	if _, ok := tb.get(1 << 40); ok {
		t.Error("found a missing key")
	}
}

// A built Matcher is shared by goroutines (run with -race).
func TestMatcherConcurrentUse(t *testing.T) {
	m, _ := NewMatcher(Default(), MatcherOptions{Lang: "fr"})
	text := "Le ministère azerbaïdjanais de la défense a accusé l’Arménie ; des drones de combat au Haut-Karabakh."
	want := len(m.Find(text))
	done := make(chan int)
	for g := 0; g < 8; g++ {
		go func() {
			n := 0
			for i := 0; i < 200; i++ {
				n = len(m.Find(text))
			}
			done <- n
		}()
	}
	for g := 0; g < 8; g++ {
		if n := <-done; n != want {
			t.Errorf("goroutine found %d hits, want %d", n, want)
		}
	}
}

// A text longer than the window is matched window by window with the same
// hits as in one pass.
func TestMatcherLongText(t *testing.T) {
	g := testGlossary(t)
	fr, _ := NewMatcher(g, MatcherOptions{Lang: "fr"})
	unit := "les mortiers de tranchée du ministère azerbaïdjanais de la défense et un drone de combat à Erevan, "
	var b strings.Builder
	for b.Len() < 3*longText {
		b.WriteString(unit)
	}
	text := b.String()
	var whole, windowed []string
	fr.each(text, func(h Hit) { whole = append(whole, fmt.Sprintf("%d:%s", h.Start, h.Entry.ID)) })
	fr.Each(text, func(h Hit) {
		if text[h.Start:h.End] != h.Surface {
			t.Fatalf("offsets %d:%d do not slice %q", h.Start, h.End, h.Surface)
		}
		windowed = append(windowed, fmt.Sprintf("%d:%s", h.Start, h.Entry.ID))
	})
	if strings.Join(whole, " ") != strings.Join(windowed, " ") {
		t.Fatalf("windowed matching differs: %d hits against %d in one pass", len(windowed), len(whole))
	}
}

// A regional tag is its base language: fr-CA inflects as French and
// translates into English by default; en-GB into French.
func TestMatcherRegionalTags(t *testing.T) {
	for _, tc := range []struct {
		lang, text, term, translation string
	}{
		{"fr-CA", "des drones de combat", "drone de combat", "combat drone"},
		{"FR_fr", "des drones de combat", "drone de combat", "combat drone"},
		{"en-GB", "two combat drones", "combat drone", "drone de combat"},
	} {
		m, err := NewMatcher(testGlossary(t), MatcherOptions{Lang: tc.lang})
		if err != nil {
			t.Fatalf("%s: %v", tc.lang, err)
		}
		h := m.Find(tc.text)
		if len(h) != 1 || h[0].Term != tc.term || h[0].Translation != tc.translation {
			t.Errorf("%s: %q: hits = %+v", tc.lang, tc.text, h)
		}
	}
	if _, err := NewMatcher(testGlossary(t), MatcherOptions{Lang: "fr/CA"}); err == nil {
		t.Error("fr/CA is not a language tag")
	}
}

func TestWordSections(t *testing.T) {
	got := wordSections([]byte("# comment\nloose\n[a]\nx y\n\n[b]\n z \n[a]\nw\n"))
	want := map[string][]string{"": {"loose"}, "a": {"x", "y", "w"}, "b": {"z"}}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("got %v, want %v", got, want)
	}
	fr := frenchPrepositions()
	if len(fr["prepositions"]) == 0 || len(fr["complement"]) == 0 {
		t.Errorf("data/fr-prepositions.txt: sections = %v", fr)
	}
}
