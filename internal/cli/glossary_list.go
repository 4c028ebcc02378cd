package cli

import (
	"bufio"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/termalign/termalign/glossary"
)

// glossary list

type glossaryListOptions struct {
	*glossaryOptions
	domain string
	format string
}

// newCmdGlossaryList builds "termalign glossary list".
// runF, when not nil, receives the parsed options instead of running
// the command: tests use it to check the flags.
func newCmdGlossaryList(g *glossaryOptions, runF func(*glossaryListOptions) error) *cobra.Command {
	opts := &glossaryListOptions{glossaryOptions: g}
	app := g.app
	cmd := &cobra.Command{
		Use:     "list",
		Short:   app.L.T("glossary.list.short"),
		Example: "  termalign glossary list --domain weapon\n  termalign glossary list --format jsonl --glossary glossary.tsv",
		Args:    rangeArgs(app, 0, 0),
		RunE: func(cmd *cobra.Command, args []string) error {
			if runF != nil {
				return runF(opts)
			}
			return glossaryListRun(opts)
		},
	}
	cmd.Flags().StringVar(&opts.domain, "domain", "", app.L.T("flag.domain"))
	choiceFlag(cmd, &opts.format, "format", "text", app.L.T("flag.format_list"), "text", "jsonl", "tsv")
	return cmd
}

// entryRecord is the JSON form of an entry.
type entryRecord struct {
	ID     string                 `json:"id"`
	Domain string                 `json:"domain,omitempty"`
	Note   string                 `json:"note,omitempty"`
	Source string                 `json:"source,omitempty"`
	Terms  map[string]termRecordJ `json:"terms"`
	Extra  map[string]string      `json:"extra,omitempty"`
}

type termRecordJ struct {
	Preferred string   `json:"preferred,omitempty"`
	Variants  []string `json:"variants,omitempty"`
	Forbidden []string `json:"forbidden,omitempty"`
	POS       string   `json:"pos,omitempty"`
	Gender    string   `json:"gender,omitempty"`
}

func toRecord(e *glossary.Entry) entryRecord {
	r := entryRecord{ID: e.ID, Domain: e.Domain, Note: e.Note, Source: e.Source, Extra: e.Extra, Terms: map[string]termRecordJ{}}
	for _, lt := range e.Langs {
		l, t := lt.Lang, lt.Terms
		if !t.Empty() {
			r.Terms[l] = termRecordJ{t.Preferred, t.Variants, t.Forbidden, t.POS, t.Gender}
		}
	}
	return r
}

func glossaryListRun(opts *glossaryListOptions) error {
	app := opts.app
	l, err := opts.load()
	if err != nil {
		return err
	}
	sel := &glossary.Glossary{Name: l.g.Name, Columns: l.g.Columns}
	for _, e := range l.g.Entries {
		if opts.domain == "" || strings.EqualFold(e.Domain, opts.domain) {
			sel.Entries = append(sel.Entries, e)
		}
	}
	w := bufio.NewWriter(app.Out)
	switch opts.format {
	case "tsv":
		if err := glossary.WriteDelimited(w, sel, glossary.Delimited{Comma: '\t'}); err != nil {
			return outputErr(err)
		}
	case "jsonl":
		enc := jsonLines(w)
		for _, e := range sel.Entries {
			if err := enc.Encode(toRecord(e)); err != nil {
				return outputErr(err)
			}
		}
	default:
		langs := l.g.Languages()
		width := 0
		for _, e := range sel.Entries {
			width = max(width, len(e.ID))
		}
		for _, e := range sel.Entries {
			var parts []string
			for _, lang := range langs {
				parts = append(parts, e.Lang(lang).Preferred)
			}
			fmt.Fprintf(w, "%-*s  %-8s  %s\n", width, e.ID, e.Domain, strings.Join(parts, " → "))
		}
	}
	if err := w.Flush(); err != nil {
		return outputErr(err)
	}
	app.info(app.L.N("glossary.list.summary", len(sel.Entries)))
	return nil
}
