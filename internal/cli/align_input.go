package cli

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/spf13/cobra"
	"golang.org/x/text/language"

	"github.com/termalign/termalign/align"
	"github.com/termalign/termalign/glossary"
	"github.com/termalign/termalign/internal/lang"
	"github.com/termalign/termalign/segment"
)

// output is one -o destination and its format.
type output struct {
	path, kind string
}

// outputKinds maps file extensions to output formats.
var outputKinds = map[string]string{
	".jsonl": "jsonl", ".ndjson": "jsonl", ".xlsx": "xlsx", ".tmx": "tmx",
	".txt": "text", ".html": "html", ".htm": "html",
}

// parseOutputs reads the -o flags: the format follows the extension, "-"
// is stdout in --format. Formats not in allowed are refused before any
// work is done.
func (app *App) parseOutputs(cmd *cobra.Command, paths []string, format string, allowed ...string) ([]output, error) {
	var outs []output
	seen := map[string]bool{}
	for _, p := range paths {
		kind := format
		if p != "-" {
			kind = outputKinds[strings.ToLower(filepath.Ext(p))]
		}
		if !containsStr(allowed, kind) {
			return nil, usageErr(cmd, fmt.Errorf("%s", app.L.T("err.output_format", "Name", p, "Want", strings.Join(allowed, ", "))))
		}
		if seen[p] {
			return nil, usageErr(cmd, fmt.Errorf("%s", app.L.T("err.output_twice", "Name", p)))
		}
		seen[p] = true
		outs = append(outs, output{path: p, kind: kind})
	}
	return outs, nil
}

func containsStr(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// outputErr is a failure to write an output (a full disk, a closed pipe):
// exit 2, labelled as an output error.
func outputErr(err error) error {
	return &exitError{code: ExitUsage, err: fmt.Errorf("output: %w", err)}
}

// langPair is the source and target languages of a run.
type langPair struct {
	src, tgt         language.Tag
	srcCode, tgtCode string // base languages: glossary columns, segmenter rules
}

func (app *App) parseLangPair(cmd *cobra.Command, source, target string) (langPair, error) {
	var lp langPair
	var err error
	if lp.src, err = lang.Parse(source); err != nil {
		return lp, usageErr(cmd, fmt.Errorf("%s", app.L.T("err.bad_lang", "Flag", "source-lang", "Value", source)))
	}
	if lp.tgt, err = lang.Parse(target); err != nil {
		return lp, usageErr(cmd, fmt.Errorf("%s", app.L.T("err.bad_lang", "Flag", "target-lang", "Value", target)))
	}
	lp.srcCode, lp.tgtCode = lang.Code(lp.src), lang.Code(lp.tgt)
	return lp, nil
}

// termMatchers are the glossary matchers of both sides of a run.
type termMatchers struct {
	g        *glossary.Glossary
	src, tgt *glossary.Matcher
}

// termMatchers loads the run's glossary and compiles a matcher for each
// side, when the glossary has both languages (matched by base language:
// an fr-FR column serves fr); otherwise it says so and aligns without
// glossary anchors.
func (app *App) termMatchers(flag string, lp langPair) (termMatchers, error) {
	g, err := app.loadGlossary(app.glossaryPath(flag))
	if err != nil {
		return termMatchers{}, err
	}
	src, okS := g.LangColumn(lp.src.String())
	tgt, okT := g.LangColumn(lp.tgt.String())
	if !okS || !okT {
		app.info(app.L.T("warn.glossary_langs", "Name", glossaryName(app, flag), "Have", strings.Join(g.Languages(), ", "), "Source", lp.srcCode, "Target", lp.tgtCode))
		return termMatchers{}, nil
	}
	tm := termMatchers{g: g}
	if tm.src, err = glossary.NewMatcher(g, glossary.MatcherOptions{Lang: src, Target: tgt}); err != nil {
		return tm, inputErr(err)
	}
	if tm.tgt, err = glossary.NewMatcher(g, glossary.MatcherOptions{Lang: tgt, Target: src}); err != nil {
		return tm, inputErr(err)
	}
	return tm, nil
}

// glossaryName names the run's glossary in messages.
func glossaryName(app *App, flag string) string {
	if p := app.glossaryPath(flag); p != "" {
		return p
	}
	return app.L.T("glossary.embedded")
}

// segmentLang is the sentence rules for a language tag: its own when
// termalign has them, else the English ones, with a warning.
func (app *App) segmentLang(tag string) string {
	code := tag
	if t, err := lang.Parse(tag); err == nil {
		code = lang.Code(t)
	}
	if !slices.Contains(segment.Languages(), code) {
		app.info(app.L.T("warn.no_rules", "Lang", code))
		return lang.Fallback
	}
	return code
}

// collect reads one input into sentences (segmented with the rules of
// code, or one a line with --segmented) and hashes its decoded text.
func (app *App) collect(input, tag, paragraphs string, segmented bool) ([]align.Sentence, string, error) {
	code := tag
	if !segmented {
		code = app.segmentLang(tag)
	}
	stream, src, err := app.sentences(input, textSpec{lang: code, paragraphs: paragraphs, segmented: segmented})
	if err != nil {
		return nil, "", err
	}
	defer src.Close()
	var out []align.Sentence
	watch := app.watchLang(input, tag)
	err = stream(func(s segment.Sentence) error {
		watch.add(s.Text)
		out = append(out, align.Sentence{Text: s.Text, Par: s.Par})
		return nil
	})
	watch.finish()
	if err != nil {
		return nil, "", app.inputError(input, err)
	}
	if len(out) == 0 {
		app.info(app.L.T("warn.no_text", "Name", input))
	}
	r, err := src.Reader()
	if err != nil {
		return nil, "", app.inputError(input, err)
	}
	h := sha256.New()
	if _, err := io.Copy(h, r); err != nil {
		return nil, "", app.inputError(input, err)
	}
	return out, hex.EncodeToString(h.Sum(nil)), nil
}

// readDictionary reads --dictionary and says what it kept.
func (app *App) readDictionary(path string) (*align.Dictionary, error) {
	text, err := app.readAllInput(path)
	if err != nil {
		return nil, err
	}
	d, st, err := align.ReadDictionary(path, strings.NewReader(text))
	if err != nil {
		return nil, inputErr(err)
	}
	app.info(app.L.N("dict.summary", st.Pairs, "Name", path, "Format", st.Format, "Phrases", st.Phrases, "Duplicate", st.Duplicate))
	if st.Pairs == 0 {
		return nil, inputErr(fmt.Errorf("%s", app.L.T("err.dict_empty", "Name", path)))
	}
	return d, nil
}

// checkDictionaryDirection warns when the dictionary's target words are
// found in the source text more often than its source words.
func (app *App) checkDictionaryDirection(d *align.Dictionary, src []align.Sentence) {
	s, t := d.Coverage(src)
	if t > 2*s+10 {
		app.info(app.L.T("warn.dict_reversed", "Source", s, "Target", t))
	}
}

// terminalWidth is $COLUMNS, else 100.
func terminalWidth(getenv func(string) string) int {
	if n, err := strconv.Atoi(getenv("COLUMNS")); err == nil && n >= 40 {
		return n
	}
	return 100
}
