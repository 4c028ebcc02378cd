// Package i18n holds termalign's own user-facing messages in English and
// French and picks the language to show them in.
//
// Message files are JSON catalogs embedded in the binary (locales/*.json),
// read by github.com/nicksnyder/go-i18n/v2, which applies CLDR plural rules
// (French "one" covers 0 and 1, and French also has "many").
package i18n

import (
	"embed"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"sync"

	goi18n "github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"
)

//go:embed locales/*.json
var locales embed.FS

// Supported lists the interface languages, default first.
var Supported = []language.Tag{language.English, language.French}

var matcher = language.NewMatcher(Supported)

// Localizer renders messages in one language. It is safe for concurrent use.
type Localizer struct {
	tag language.Tag
	loc *goi18n.Localizer
}

// bundles holds, for each supported language, a bundle with that
// language's catalog and the English one it falls back to. A catalog is
// parsed the first time its language is asked for, so that a run pays
// only for the language it speaks.
var bundles = func() []func() *goi18n.Bundle {
	out := make([]func() *goi18n.Bundle, len(Supported))
	for i, t := range Supported {
		out[i] = sync.OnceValue(func() *goi18n.Bundle { return mustBundle(t) })
	}
	return out
}()

func mustBundle(t language.Tag) *goi18n.Bundle {
	b := goi18n.NewBundle(language.English)
	b.RegisterUnmarshalFunc("json", json.Unmarshal)
	for _, l := range []language.Tag{language.English, t} {
		n := "locales/active." + l.String() + ".json"
		if _, err := b.LoadMessageFileFS(locales, n); err != nil {
			// The files are embedded at build time and covered by tests.
			panic(fmt.Sprintf("i18n: %s: %v", n, err))
		}
		if l == t {
			break
		}
	}
	return b
}

// New returns a Localizer for tag, matched against the supported languages
// (fr-CA gives French, de gives English).
func New(tag language.Tag) *Localizer {
	_, idx, _ := matcher.Match(tag)
	t := Supported[idx]
	return &Localizer{tag: t, loc: goi18n.NewLocalizer(bundles[idx](), t.String())}
}

// Tag is the language the Localizer speaks.
func (l *Localizer) Tag() language.Tag { return l.tag }

// T renders message id. args are alternating key, value pairs for the
// message template: T("file.read", "Name", "a.txt"). A missing id renders as
// the id itself, so that a mistake shows rather than hides; tests make sure
// no id is missing.
func (l *Localizer) T(id string, args ...any) string {
	return l.render(id, nil, args)
}

// N renders the plural form of message id chosen for count, which is also
// available to the template as {{.Count}}.
func (l *Localizer) N(id string, count int, args ...any) string {
	return l.render(id, count, args)
}

func (l *Localizer) render(id string, count any, args []any) string {
	data := map[string]any{}
	for i := 0; i+1 < len(args); i += 2 {
		if k, ok := args[i].(string); ok {
			data[k] = args[i+1]
		}
	}
	if count != nil {
		data["Count"] = count
	}
	s, err := l.loc.Localize(&goi18n.LocalizeConfig{
		MessageID:    id,
		TemplateData: data,
		PluralCount:  count,
		// No Funcs: go-i18n caches a parsed template only without them,
		// and lint may render millions of messages.
	})
	if err != nil {
		return id
	}
	return s
}

// Detect chooses the interface language: the --ui-lang value when given,
// else the first of LC_ALL, LC_MESSAGES and LANG that is set. getenv is
// usually os.Getenv.
func Detect(flag string, getenv func(string) string) language.Tag {
	if flag != "" {
		if t, ok := ParseLocale(flag); ok {
			return t
		}
	}
	for _, v := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if s := getenv(v); s != "" {
			if t, ok := ParseLocale(s); ok {
				return t
			}
			// A set but unusable variable still decides, as in POSIX.
			return language.English
		}
	}
	return language.English
}

// ParseLocale reads a POSIX locale name (fr_FR.UTF-8, fr_CA, de_DE@euro, C,
// POSIX) or a BCP 47 tag (fr-CA). C and POSIX are English.
func ParseLocale(s string) (language.Tag, bool) {
	s = strings.TrimSpace(s)
	if i := strings.IndexAny(s, ".@"); i >= 0 {
		s = s[:i]
	}
	switch s {
	case "":
		return language.Und, false
	case "C", "POSIX":
		return language.English, true
	}
	t, err := language.Parse(strings.ReplaceAll(s, "_", "-"))
	if err != nil {
		return language.Und, false
	}
	return t, true
}

// MessageIDs lists the message ids of the catalog for lang ("en", "fr"),
// sorted, with the plural forms each defines. It is for tests and tooling.
func MessageIDs(lang string) (map[string][]string, error) {
	data, err := locales.ReadFile("locales/active." + lang + ".json")
	if err != nil {
		return nil, err
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, fmt.Errorf("i18n: locales/active.%s.json: %w", lang, err)
	}
	out := make(map[string][]string, len(raw))
	for id, v := range raw {
		var forms map[string]string
		if json.Unmarshal(v, &forms) == nil {
			keys := make([]string, 0, len(forms))
			for k := range forms {
				if k != "description" {
					keys = append(keys, k)
				}
			}
			sort.Strings(keys)
			out[id] = keys
		} else {
			out[id] = []string{"other"}
		}
	}
	return out, nil
}
