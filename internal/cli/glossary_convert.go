package cli

import (
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/termalign/termalign/glossary"
)

// glossary convert

type glossaryConvertOptions struct {
	*glossaryOptions
	in, out  string
	from, to string
}

// newCmdGlossaryConvert builds "termalign glossary convert".
// runF, when not nil, receives the parsed options instead of running
// the command: tests use it to check the flags.
func newCmdGlossaryConvert(g *glossaryOptions, runF func(*glossaryConvertOptions) error) *cobra.Command {
	opts := &glossaryConvertOptions{glossaryOptions: g}
	app := g.app
	cmd := &cobra.Command{
		Use:     "convert IN OUT",
		Short:   app.L.T("glossary.convert.short"),
		Long:    app.L.T("glossary.convert.long"),
		Example: "  termalign glossary convert glossary.tsv glossary.tbx\n  termalign glossary convert --format tbx2 glossary.tsv omegat/glossary/glossary.tbx\n  termalign glossary convert glossary.xlsx omegat/glossary/glossary.utf8",
		Args:    rangeArgs(app, 2, 2),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.in, opts.out = args[0], args[1]
			if runF != nil {
				return runF(opts)
			}
			return glossaryConvertRun(opts, cmd)
		},
	}
	cmd.Flags().StringVar(&opts.to, "format", "", app.L.T("flag.convert_format"))
	cmd.Flags().StringVar(&opts.from, "from", "", app.L.T("flag.convert_from"))
	return cmd
}

func glossaryConvertRun(opts *glossaryConvertOptions, cmd *cobra.Command) error {
	app := opts.app
	var from, to glossary.Format
	var err error
	if opts.from != "" {
		if from, err = glossary.ParseFormat(opts.from); err != nil {
			return usageErr(cmd, fmt.Errorf("%s", app.L.T("err.bad_choice", "Flag", "from", "Value", opts.from, "Want", "tsv, csv, tbx, tbx2, xlsx, omegat")))
		}
	}
	if opts.to != "" {
		if to, err = glossary.ParseFormat(opts.to); err != nil {
			return usageErr(cmd, fmt.Errorf("%s", app.L.T("err.bad_choice", "Flag", "format", "Value", opts.to, "Want", "tsv, csv, tbx, tbx2, xlsx, omegat")))
		}
	} else if opts.out == "-" {
		to = glossary.TSV
	} else if to, err = glossary.FormatOf(opts.out); err != nil {
		return inputErr(fmt.Errorf("%s", app.L.T("err.glossary_format", "Name", opts.out)))
	}
	l, err := app.readGlossaryFile(opts.in, from)
	if err != nil {
		return err
	}
	if (to == glossary.TBX || to == glossary.TBX2) && len(l.g.Entries) == 0 {
		return inputErr(fmt.Errorf("%s", app.L.T("err.tbx_empty")))
	}
	write := func(w io.Writer) error { return glossary.Write(w, l.g, to) }
	if opts.out == "-" {
		if err := write(app.Out); err != nil {
			return outputErr(err)
		}
	} else if err := app.writeOutput(opts.out, []string{opts.in}, write); err != nil {
		return err
	}
	app.info(app.L.N("glossary.converted", len(l.g.Entries), "In", opts.in, "Out", opts.out, "Format", string(to)))
	return nil
}
