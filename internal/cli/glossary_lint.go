package cli

import (
	"bufio"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/termalign/termalign/glossary"
)

// glossary lint

type glossaryLintOptions struct {
	*glossaryOptions
	strict bool
	format string
	ignore []string
}

// newCmdGlossaryLint builds "termalign glossary lint".
// runF, when not nil, receives the parsed options instead of running
// the command: tests use it to check the flags.
func newCmdGlossaryLint(g *glossaryOptions, runF func(*glossaryLintOptions) error) *cobra.Command {
	opts := &glossaryLintOptions{glossaryOptions: g}
	app := g.app
	cmd := &cobra.Command{
		Use:     "lint",
		Short:   app.L.T("glossary.lint.short"),
		Long:    app.L.T("glossary.lint.long"),
		Example: "  termalign glossary lint --glossary glossary.tsv\n  termalign glossary lint --strict --format jsonl --glossary glossary.tbx",
		Args:    rangeArgs(app, 0, 0),
		RunE: func(cmd *cobra.Command, args []string) error {
			if runF != nil {
				return runF(opts)
			}
			return glossaryLintRun(opts)
		},
	}
	cmd.Flags().BoolVar(&opts.strict, "strict", false, app.L.T("flag.strict"))
	choiceFlag(cmd, &opts.format, "format", "text", app.L.T("flag.format"), "text", "jsonl")
	choicesFlag(cmd, &opts.ignore, "ignore", app.L.T("flag.lint_ignore"), glossary.LintCodes()...)
	return cmd
}

type lintRecord struct {
	File     string `json:"file"`
	Line     int    `json:"line"`
	Column   int    `json:"column"`
	Severity string `json:"severity"`
	Code     string `json:"code"`
	Entry    string `json:"entry"`
	Message  string `json:"message"`
}

func glossaryLintRun(opts *glossaryLintOptions) error {
	app := opts.app
	l, err := opts.load()
	if err != nil {
		return err
	}
	w := bufio.NewWriter(app.Out)
	enc := jsonLines(w)
	errs, warns := 0, 0
	ignored := map[string]bool{}
	for _, k := range opts.ignore {
		ignored[k] = true
	}
	err = glossary.LintEach(l.g, glossary.LintOptions{}, func(f glossary.Finding) error {
		if ignored[f.Code] {
			return nil
		}
		msg := app.lintText(f)
		switch f.Severity {
		case glossary.Error:
			errs++
		case glossary.Warning:
			warns++
		}
		if opts.format == "jsonl" {
			if err := enc.Encode(lintRecord{l.g.Name, f.Line, f.Column, f.Severity.String(), f.Code, f.Entry, msg}); err != nil {
				return outputErr(err)
			}
			return nil
		}
		pos := fmt.Sprintf("%s:%d", l.g.Name, f.Line)
		if f.Column > 0 {
			pos += fmt.Sprintf(":%d", f.Column)
		}
		_, err := fmt.Fprintf(w, "%s: %s: %s\n", pos, app.L.T("lint.severity."+f.Severity.String()), msg)
		return err
	})
	if err != nil {
		return outputErr(err)
	}
	if err := w.Flush(); err != nil {
		return outputErr(err)
	}
	app.info(app.L.N("glossary.lint.summary", len(l.g.Entries), "Errors", errs, "Warnings", warns))
	if errs > 0 || opts.strict && warns > 0 {
		return errProblems
	}
	return nil
}

// lintText says a lint finding in the interface language.
func (app *App) lintText(f glossary.Finding) string {
	args := []any{}
	for k, v := range f.Args {
		args = append(args, k, v)
	}
	return app.L.T("lint."+f.Code, args...)
}

// lintMessage is a lint finding with its severity, for stderr.
func (app *App) lintMessage(f glossary.Finding) string {
	return app.L.T("lint.severity."+f.Severity.String()) + ": " + app.lintText(f)
}
