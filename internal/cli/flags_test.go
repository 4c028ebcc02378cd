package cli

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/spf13/cobra"
	"golang.org/x/text/language"

	"github.com/termalign/termalign/internal/i18n"
)

// flagApp is an App for building one command without running it.
func flagApp() *App {
	var out, errb bytes.Buffer
	return &App{
		Streams: Streams{In: strings.NewReader(""), Out: &out, Err: &errb},
		Getenv:  func(string) string { return "" },
		L:       i18n.New(language.English),
	}
}

// parse runs cmd on args; the command's runF hook has captured the
// options by the time it returns.
func parse(t *testing.T, cmd *cobra.Command, args ...string) {
	t.Helper()
	cmd.SetArgs(args)
	cmd.SilenceErrors, cmd.SilenceUsage = true, true
	if err := cmd.Execute(); err != nil {
		t.Fatalf("%v: %v", args, err)
	}
}

// Each command's flags land in its options as documented, without
// running the command.
func TestFlagsToOptions(t *testing.T) {
	t.Run("segment", func(t *testing.T) {
		var got *segmentOptions
		parse(t, NewCmdSegment(flagApp(), func(o *segmentOptions) error { got = o; return nil }),
			"--lang", "en-GB", "--format", "jsonl", "--paragraphs", "blank", "in.txt")
		want := "in.txt en-GB jsonl blank"
		if s := fmt.Sprint(got.input, " ", got.lang, " ", got.format, " ", got.paragraphs); s != want {
			t.Errorf("got %q, want %q", s, want)
		}
	})
	t.Run("terms defaults", func(t *testing.T) {
		var got *termsOptions
		parse(t, NewCmdTerms(flagApp(), func(o *termsOptions) error { got = o; return nil }))
		if got.input != "" || got.lang != "fr" || got.format != "text" || got.paragraphs != "auto" || got.color != "auto" {
			t.Errorf("defaults: %+v", *got)
		}
	})
	t.Run("align", func(t *testing.T) {
		var got *alignOptions
		parse(t, NewCmdAlign(flagApp(), func(o *alignOptions) error { got = o; return nil }),
			"-o", "r.xlsx", "-o", "m.tmx", "--source-lang", "de", "--target-lang", "fr", "--segmented", "a.de", "a.fr")
		if got.source != "a.de" || got.target != "a.fr" || strings.Join(got.outputs, ",") != "r.xlsx,m.tmx" ||
			got.sourceLang != "de" || got.targetLang != "fr" || !got.segmented || got.batch != "" {
			t.Errorf("got %+v", *got)
		}
	})
	t.Run("align batch", func(t *testing.T) {
		var got *alignOptions
		parse(t, NewCmdAlign(flagApp(), func(o *alignOptions) error { got = o; return nil }),
			"--batch", "pairs.tsv", "--jobs", "3", "-o", "m.tmx")
		if got.batch != "pairs.tsv" || got.jobs != 3 || got.source != "" {
			t.Errorf("got %+v", *got)
		}
	})
	t.Run("check", func(t *testing.T) {
		var got *checkOptions
		parse(t, NewCmdCheck(flagApp(), func(o *checkOptions) error { got = o; return nil }),
			"--ignore", "number_mismatch,untranslated", "--ignore", "inconsistent", "--format", "jsonl", "review.xlsx")
		if strings.Join(got.inputs, ",") != "review.xlsx" || strings.Join(got.ignore, ",") != "number_mismatch,untranslated,inconsistent" || got.format != "jsonl" {
			t.Errorf("got %+v", *got)
		}
	})
	t.Run("import", func(t *testing.T) {
		var got *importOptions
		parse(t, NewCmdImport(flagApp(), func(o *importOptions) error { got = o; return nil }),
			"--status", "approved", "-o", "m.tmx", "review.xlsx")
		if got.input != "review.xlsx" || strings.Join(got.statuses, ",") != "approved" || strings.Join(got.outputs, ",") != "m.tmx" {
			t.Errorf("got %+v", *got)
		}
	})
	t.Run("report", func(t *testing.T) {
		var got *reportOptions
		parse(t, NewCmdReport(flagApp(), func(o *reportOptions) error { got = o; return nil }),
			"-o", "r.html", "--glossary", "g.tsv", "review.xlsx")
		if got.input != "review.xlsx" || strings.Join(got.outputs, ",") != "r.html" || got.glossary != "g.tsv" {
			t.Errorf("got %+v", *got)
		}
	})
	t.Run("glossary add", func(t *testing.T) {
		var got *glossaryAddOptions
		g := &glossaryOptions{app: flagApp()}
		parse(t, newCmdGlossaryAdd(g, func(o *glossaryAddOptions) error { got = o; return nil }),
			"--id", "place-x", "--domain", "place", "--term", "fr=Erevan", "--term", "en=Yerevan", "--variant", "fr=Érévan", "--force")
		if got.id != "place-x" || got.domain != "place" || strings.Join(got.terms, "|") != "fr=Erevan|en=Yerevan" ||
			strings.Join(got.variants, "|") != "fr=Érévan" || !got.force || got.create {
			t.Errorf("got %+v", *got)
		}
	})
	t.Run("glossary lint", func(t *testing.T) {
		var got *glossaryLintOptions
		g := &glossaryOptions{app: flagApp()}
		parse(t, newCmdGlossaryLint(g, func(o *glossaryLintOptions) error { got = o; return nil }),
			"--strict", "--format", "jsonl", "--ignore", "not_nfc,double_space")
		if !got.strict || got.format != "jsonl" || strings.Join(got.ignore, ",") != "not_nfc,double_space" {
			t.Errorf("got %+v", *got)
		}
	})
	t.Run("glossary lookup", func(t *testing.T) {
		var got *glossaryLookupOptions
		g := &glossaryOptions{app: flagApp()}
		parse(t, newCmdGlossaryLookup(g, func(o *glossaryLookupOptions) error { got = o; return nil }),
			"--format", "jsonl", "Karabakh")
		if got.term != "Karabakh" || got.format != "jsonl" {
			t.Errorf("got %+v", *got)
		}
	})
}
