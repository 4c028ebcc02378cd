package i18n

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"golang.org/x/text/language"
)

func TestCatalogsHaveTheSameIDs(t *testing.T) {
	en, err := MessageIDs("en")
	if err != nil {
		t.Fatal(err)
	}
	fr, err := MessageIDs("fr")
	if err != nil {
		t.Fatal(err)
	}
	for id := range en {
		if _, ok := fr[id]; !ok {
			t.Errorf("message %q is in English but not in French", id)
		}
	}
	for id := range fr {
		if _, ok := en[id]; !ok {
			t.Errorf("message %q is in French but not in English", id)
		}
	}
}

// French plurals need one (0 and 1), many (1 000 000…) and other; English
// one and other. A plural message missing a form would print the id.
func TestPluralFormsAreComplete(t *testing.T) {
	en, _ := MessageIDs("en")
	fr, _ := MessageIDs("fr")
	for id, forms := range en {
		if len(forms) == 1 {
			continue
		}
		if got := strings.Join(forms, ","); got != "one,other" {
			t.Errorf("en %s: forms %s, want one,other", id, got)
		}
		if got := strings.Join(fr[id], ","); got != "many,one,other" {
			t.Errorf("fr %s: forms %s, want many,one,other", id, got)
		}
	}
}

func TestFrenchPlurals(t *testing.T) {
	fr := New(language.French)
	en := New(language.English)
	for _, tc := range []struct {
		l     *Localizer
		count int
		want  string
	}{
		{fr, 0, "0 phrase dans 1 paragraphe(s)"},
		{fr, 1, "1 phrase dans 1 paragraphe(s)"},
		{fr, 2, "2 phrases dans 1 paragraphe(s)"},
		{fr, 1000000, "1000000 de phrases dans 1 paragraphe(s)"},
		{en, 0, "0 sentences in 1 paragraph(s)"},
		{en, 1, "1 sentence in 1 paragraph(s)"},
		{en, 1000000, "1000000 sentences in 1 paragraph(s)"},
	} {
		if got := tc.l.N("segment.summary", tc.count, "Pars", 1); got != tc.want {
			t.Errorf("%s N(%d) = %q, want %q", tc.l.Tag(), tc.count, got, tc.want)
		}
	}
}

func TestParseLocale(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want string
		ok   bool
	}{
		{"fr_FR.UTF-8", "fr-FR", true},
		{"fr_CA", "fr-CA", true},
		{"fr_BE.ISO-8859-1@euro", "fr-BE", true},
		{"de_DE@euro", "de-DE", true},
		{"C", "en", true},
		{"POSIX", "en", true},
		{"C.UTF-8", "en", true},
		{"en-GB", "en-GB", true},
		{"", "und", false},
		{"!!", "und", false},
	} {
		got, ok := ParseLocale(tc.in)
		if ok != tc.ok || got.String() != tc.want {
			t.Errorf("ParseLocale(%q) = %v, %v; want %v, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}

func TestDetect(t *testing.T) {
	env := func(m map[string]string) func(string) string {
		return func(k string) string { return m[k] }
	}
	for _, tc := range []struct {
		name string
		flag string
		env  map[string]string
		want language.Tag
	}{
		{"flag wins", "fr", map[string]string{"LANG": "en_US.UTF-8"}, language.French},
		{"LC_ALL before LANG", "", map[string]string{"LC_ALL": "fr_FR.UTF-8", "LANG": "C"}, language.French},
		{"LC_MESSAGES before LANG", "", map[string]string{"LC_MESSAGES": "fr_CA", "LANG": "en_US"}, language.French},
		{"LANG", "", map[string]string{"LANG": "fr_FR.UTF-8"}, language.French},
		{"C is English", "", map[string]string{"LANG": "C"}, language.English},
		{"POSIX is English", "", map[string]string{"LC_ALL": "POSIX", "LANG": "fr_FR"}, language.English},
		{"nothing set", "", nil, language.English},
		{"unsupported", "", map[string]string{"LANG": "de_DE.UTF-8"}, language.German},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := Detect(tc.flag, env(tc.env))
			if base, _ := got.Base(); base.String() != tc.want.String() {
				t.Errorf("Detect = %v, want %v", got, tc.want)
			}
			// Whatever is detected, the localizer speaks a supported language.
			l := New(got)
			if l.Tag() != language.English && l.Tag() != language.French {
				t.Errorf("New(%v) speaks %v", got, l.Tag())
			}
		})
	}
	if New(language.MustParse("fr-CA")).Tag() != language.French {
		t.Error("fr-CA should match French")
	}
	if New(language.German).Tag() != language.English {
		t.Error("German should fall back to English")
	}
}

// Every message id the code asks for exists in the catalogs.
func TestEveryUsedIDExists(t *testing.T) {
	en, _ := MessageIDs("en")
	re := regexp.MustCompile(`\.(?:T|N)\("([a-z_.0-9]+)"|"((?:glossary|err|help|flag)\.[a-z_.]+)"|Key: +"([a-z_]+)"`)
	root := filepath.Join("..", "..")
	var missing []string
	err := filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".")) && path != root {
			return filepath.SkipDir
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for _, m := range re.FindAllStringSubmatch(string(data), -1) {
			id := m[1] + m[2]
			if m[3] != "" {
				// Keys of glossary.PosError and segment.RuleError, translated by the CLI.
				id = "gloserr." + m[3]
				if strings.Contains(path, "segment") {
					id = "ruleerr." + m[3]
				}
			}
			if strings.HasSuffix(id, ".") {
				continue // a prefix completed at run time ("lint." + code), tested where the codes live
			}
			if _, ok := en[id]; !ok {
				missing = append(missing, path+": "+id)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(missing)
	for _, m := range missing {
		t.Errorf("unknown message id %s", m)
	}
}

func ExampleLocalizer_N() {
	l := New(Detect("", func(string) string { return "fr_FR.UTF-8" }))
	fmt.Println(l.N("segment.summary", 2, "Pars", 1))
	fmt.Println(l.N("segment.summary", 1, "Pars", 1))
	// Output:
	// 2 phrases dans 1 paragraphe(s)
	// 1 phrase dans 1 paragraphe(s)
}
