package segment

import (
	"bufio"
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	langtag "github.com/termalign/termalign/internal/lang"
)

//go:embed rules/*.txt
var ruleFiles embed.FS

// Class says how a known abbreviation behaves before a following word.
type Class int

const (
	// NoBreak abbreviations never end a sentence: titles (M., Mme, Dr, Mr.),
	// and Latin or French short forms (e.g., c.-à-d., cf.).
	NoBreak Class = iota + 1
	// Number abbreviations do not end a sentence when a number follows
	// (n°, p., art., No., sept.); before a capital letter they do.
	Number
	// Acronym abbreviations (U.S., a.m., Co., Inc.) end a sentence only when
	// the next word is a common sentence starter (The, It, Le, Il…).
	Acronym
)

var classNames = map[string]Class{"nobreak": NoBreak, "number": Number, "acronym": Acronym}

// String is the section name used in rule files.
func (c Class) String() string {
	for k, v := range classNames {
		if v == c {
			return k
		}
	}
	return fmt.Sprintf("Class(%d)", int(c))
}

// Rules is the language data a Segmenter works from. It is a plain value so
// that it can come from the embedded files, a user file, or, later, an SRX
// 2.0 file: each abbreviation maps to a no-break rule "abbr\.\s" and each
// class to the condition on the text after the break.
type Rules struct {
	// Abbrevs maps an abbreviation, without its final period, to its class.
	// It may contain inner periods and spaces ("U.S", "p. ex", "av. J.-C").
	// An entry with an upper-case letter matches only that case; an entry
	// in lower case matches any case.
	Abbrevs map[string]Class
	// Starters are the words that, capitalised, usually begin a sentence;
	// they decide whether an Acronym ends one.
	Starters []string
	// Openers are capitalised words that start a sentence even with no
	// terminator before them, when they follow a lower-case word: a
	// headline with no final stop running into the text.
	Openers []string
	// WeakOpeners start a sentence with no terminator before them only
	// after a number or a closing bracket ("(1990-1991) L'affaire"), or
	// after a lower-case word that is not a Linker when a lower-case word
	// follows them ("… post-commercialisation Les réactions").
	WeakOpeners []string
	// Linkers are lower-case words after which a capitalised word goes on
	// with the sentence: prepositions, conjunctions and the nouns that
	// introduce a title or a name ("dans Le Monde", "l'album Un homme").
	Linkers []string
	// Headings are fixed section titles with no final stop ("Effets
	// indésirables", "DATE DE PÉREMPTION"): where one stands between a
	// sentence and a capital, it is a sentence of its own. They match
	// whatever the case and accents.
	Headings []string
	// Greetings open the salutation of a letter ("Dear", "Hi"): "Dear All,"
	// before a capital is a sentence of its own.
	Greetings []string
	// LetterOpeners are the capitalised words that open the first sentence
	// of a letter after a bare name ("Cindy, Please forward…").
	LetterOpeners []string
	// Closings end a letter before its signature ("Thanks Rudwell 53596.",
	// "Best regards, John Smith"); they match whatever the case.
	Closings []string
	// SpeechVerbs introduce who spoke after a French question
	// ("s'interroge le ministre"), which then goes on: "Pourquoi ?
	// demande-t-il." SpeechEndings are the inverted subject pronouns
	// that mark the same ("-il", "-elle").
	SpeechVerbs, SpeechEndings []string
	// Articles, in lower case, begin surnames after an initial ("N. Le
	// Roux") and named bodies in a list after ";" ("; la Fédération…").
	Articles []string
	// ListConjunctions may open the last item of a list after ";" ("…;
	// et - une communication").
	ListConjunctions []string
	// LetterWords are words of one capital letter ("I"): not initials.
	LetterWords []string
	// ClockMarks follow a time in a mail header ("11:21 AM").
	ClockMarks []string
	// Traits name the writing conventions of the language that some rules
	// depend on ("spaced-punctuation"; see traits.go).
	Traits []string
}

// ErrRules is wrapped by every error in a rule file.
var ErrRules = errors.New("segment: bad rule file")

// RuleError locates a problem in a rule file. Line and Column are 1-based.
type RuleError struct {
	Name         string
	Line, Column int
	Msg          string // English
	// Key names the problem and Data its values, for a user interface to
	// say it in its own language.
	Key  string
	Data map[string]string
}

func (e *RuleError) Error() string {
	return fmt.Sprintf("%s:%d:%d: %s", e.Name, e.Line, e.Column, e.Msg)
}

func (e *RuleError) Unwrap() error { return ErrRules }

// Languages lists the base languages with built-in rules ("en", "fr").
func Languages() []string {
	names, _ := fs.Glob(ruleFiles, "rules/*.txt")
	out := make([]string, 0, len(names))
	for _, n := range names {
		out = append(out, strings.TrimSuffix(path.Base(n), ".txt"))
	}
	return out
}

// DefaultRules returns the built-in rules for the base language of tag
// lang ("fr", "en-GB").
func DefaultRules(lang string) (Rules, error) {
	t, err := langtag.Parse(lang)
	if err != nil {
		return Rules{}, fmt.Errorf("segment: %w", err)
	}
	name := "rules/" + langtag.Code(t) + ".txt"
	f, err := ruleFiles.Open(name)
	if err != nil {
		return Rules{}, fmt.Errorf("segment: no rules for language %q", lang)
	}
	defer f.Close()
	return ParseRules(name, f, NoBreak)
}

// ParseRules reads a rule file: one abbreviation per line, without its final
// period; "# " starts a comment; a line "[nobreak]", "[number]", "[acronym]",
// "[starters]", "[openers]", "[weak-openers]", "[linkers]", "[headings]",
// "[greetings]", "[letter-openers]", "[closings]", "[speech-verbs]",
// "[speech-endings]", "[articles]", "[list-conjunctions]",
// "[one-letter-words]", "[clock-marks]" or "[traits]" starts a section. Entries before any section get class
// def. An entry may also carry its class after a tab ("Gén\tnobreak").
func ParseRules(name string, r io.Reader, def Class) (Rules, error) {
	rules := Rules{Abbrevs: map[string]Class{}}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 4096), 1<<20)
	section := ""
	cls := def
	line := 0
	for sc.Scan() {
		line++
		raw := sc.Text()
		if line == 1 {
			raw = strings.TrimPrefix(raw, "\uFEFF")
		}
		if !utf8.ValidString(raw) {
			return Rules{}, &RuleError{Name: name, Line: line, Column: 1, Msg: "invalid UTF-8", Key: "invalid_utf8"}
		}
		text := raw
		if i := strings.Index(text, "#"); i >= 0 && (i == 0 || text[i-1] == ' ' || text[i-1] == '\t') {
			text = text[:i]
		}
		text = strings.TrimRight(text, " \t\r")
		if strings.TrimSpace(text) == "" {
			continue
		}
		col := 1 + len(text) - len(strings.TrimLeft(text, " \t"))
		text = strings.TrimSpace(text)
		if strings.HasPrefix(text, "[") {
			if !strings.HasSuffix(text, "]") {
				return Rules{}, &RuleError{Name: name, Line: line, Column: col, Msg: "unclosed section header", Key: "unclosed_section"}
			}
			section = strings.TrimSpace(text[1 : len(text)-1])
			if rules.wordList(section) != nil {
				continue
			}
			c, ok := classNames[section]
			if !ok {
				return Rules{}, &RuleError{Name: name, Line: line, Column: col + 1, Msg: fmt.Sprintf("unknown section %q (want nobreak, number, acronym, starters, openers, weak-openers, linkers, headings, greetings, letter-openers, closings, speech-verbs, speech-endings, articles, list-conjunctions, one-letter-words, clock-marks or traits)", section), Key: "unknown_section", Data: map[string]string{"Section": section}}
			}
			cls = c
			continue
		}
		entry, entryCls := text, cls
		if i := strings.IndexByte(text, '\t'); i >= 0 {
			entry = strings.TrimSpace(text[:i])
			kind := strings.TrimSpace(text[i+1:])
			c, ok := classNames[kind]
			if !ok {
				return Rules{}, &RuleError{Name: name, Line: line, Column: col + i + 1, Msg: fmt.Sprintf("unknown class %q (want nobreak, number or acronym)", kind), Key: "unknown_class", Data: map[string]string{"Class": kind}}
			}
			entryCls = c
		}
		entry = norm.NFC.String(strings.TrimSuffix(entry, "."))
		if entry == "" {
			return Rules{}, &RuleError{Name: name, Line: line, Column: col, Msg: "empty entry", Key: "empty_entry"}
		}
		if _, ok := parseTrait(entry); section == "traits" && !ok {
			return Rules{}, &RuleError{Name: name, Line: line, Column: col, Msg: fmt.Sprintf("unknown trait %q (want %s)", entry, strings.Join(traitNames[:], ", ")), Key: "unknown_trait", Data: map[string]string{"Trait": entry}}
		}
		if l := rules.wordList(section); l != nil {
			*l = append(*l, entry)
			continue
		}
		rules.Abbrevs[entry] = entryCls
	}
	if err := sc.Err(); err != nil {
		return Rules{}, &RuleError{Name: name, Line: line + 1, Column: 1, Msg: err.Error(), Key: "read", Data: map[string]string{"Detail": err.Error()}}
	}
	return rules, nil
}

// wordLists are the sections that hold words rather than abbreviations.
var wordLists = [...]string{"starters", "openers", "weak-openers", "linkers", "headings", "greetings", "letter-openers", "closings", "speech-verbs", "speech-endings", "articles", "list-conjunctions", "one-letter-words", "clock-marks", "traits"}

// wordList is the list a word section fills, or nil for the others.
func (r *Rules) wordList(section string) *[]string {
	switch section {
	case "starters":
		return &r.Starters
	case "openers":
		return &r.Openers
	case "weak-openers":
		return &r.WeakOpeners
	case "linkers":
		return &r.Linkers
	case "headings":
		return &r.Headings
	case "greetings":
		return &r.Greetings
	case "letter-openers":
		return &r.LetterOpeners
	case "closings":
		return &r.Closings
	case "speech-verbs":
		return &r.SpeechVerbs
	case "speech-endings":
		return &r.SpeechEndings
	case "articles":
		return &r.Articles
	case "list-conjunctions":
		return &r.ListConjunctions
	case "one-letter-words":
		return &r.LetterWords
	case "clock-marks":
		return &r.ClockMarks
	case "traits":
		return &r.Traits
	}
	return nil
}

// Merge returns the rules of r with those of extra added on top.
func (r Rules) Merge(extra Rules) Rules {
	out := Rules{Abbrevs: make(map[string]Class, len(r.Abbrevs)+len(extra.Abbrevs))}
	for k, v := range r.Abbrevs {
		out.Abbrevs[k] = v
	}
	for k, v := range extra.Abbrevs {
		out.Abbrevs[k] = v
	}
	for _, name := range wordLists {
		l := out.wordList(name)
		*l = append(append(*l, *r.wordList(name)...), *extra.wordList(name)...)
	}
	return out
}
