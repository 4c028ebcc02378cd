package cli

import (
	"bufio"
	"fmt"
	"strings"

	"github.com/spf13/cobra"
)

// glossary lookup

type glossaryLookupOptions struct {
	*glossaryOptions
	term   string
	format string
}

// newCmdGlossaryLookup builds "termalign glossary lookup".
// runF, when not nil, receives the parsed options instead of running
// the command: tests use it to check the flags.
func newCmdGlossaryLookup(g *glossaryOptions, runF func(*glossaryLookupOptions) error) *cobra.Command {
	opts := &glossaryLookupOptions{glossaryOptions: g}
	app := g.app
	cmd := &cobra.Command{
		Use:     "lookup TERM",
		Short:   app.L.T("glossary.lookup.short"),
		Long:    app.L.T("glossary.lookup.long"),
		Example: "  termalign glossary lookup erevan\n  termalign glossary lookup 'MINISTERE DE LA DEFENSE'",
		Args:    rangeArgs(app, 1, 1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.term = args[0]
			if strings.TrimSpace(opts.term) == "" {
				return usageErr(cmd, fmt.Errorf("%s", app.L.T("err.lookup_empty")))
			}
			if runF != nil {
				return runF(opts)
			}
			return glossaryLookupRun(opts)
		},
	}
	choiceFlag(cmd, &opts.format, "format", "text", app.L.T("flag.format"), "text", "jsonl")
	return cmd
}

func glossaryLookupRun(opts *glossaryLookupOptions) error {
	app := opts.app
	l, err := opts.load()
	if err != nil {
		return err
	}
	found := l.g.Lookup(opts.term)
	if len(found) == 0 {
		app.info(app.L.T("glossary.lookup.none", "Term", opts.term))
		return errProblems
	}
	w := bufio.NewWriter(app.Out)
	if opts.format == "jsonl" {
		enc := jsonLines(w)
		for _, e := range found {
			if err := enc.Encode(toRecord(e)); err != nil {
				return outputErr(err)
			}
		}
		if err := w.Flush(); err != nil {
			return outputErr(err)
		}
		return nil
	}
	langs := l.g.Languages()
	for i, e := range found {
		if i > 0 {
			w.WriteString("\n")
		}
		fmt.Fprintf(w, "%s  (%s)\n", e.ID, e.Domain)
		for _, lang := range langs {
			t := e.Lang(lang)
			if t.Empty() {
				continue
			}
			fmt.Fprintf(w, "  %s: %s", lang, t.Preferred)
			if len(t.Variants) > 0 {
				fmt.Fprintf(w, "  | %s: %s", app.L.T("glossary.admitted"), strings.Join(t.Variants, ", "))
			}
			if len(t.Forbidden) > 0 {
				fmt.Fprintf(w, "  | %s: %s", app.L.T("glossary.forbidden"), strings.Join(t.Forbidden, ", "))
			}
			w.WriteString("\n")
		}
		if e.Note != "" {
			fmt.Fprintf(w, "  %s: %s\n", app.L.T("glossary.note"), e.Note)
		}
		if e.Source != "" {
			fmt.Fprintf(w, "  %s: %s\n", app.L.T("glossary.source"), e.Source)
		}
	}
	if err := w.Flush(); err != nil {
		return outputErr(err)
	}
	return nil
}
