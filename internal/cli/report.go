package cli

import (
	"github.com/spf13/cobra"
)

type reportOptions struct {
	app      *App
	input    string
	outputs  []string
	glossary string
}

// NewCmdReport builds "termalign report": the HTML report of a reviewed
// workbook.
// runF, when not nil, receives the parsed options instead of running
// the command: tests use it to check the flags.
func NewCmdReport(app *App, runF func(*reportOptions) error) *cobra.Command {
	opts := &reportOptions{app: app}
	L := app.L
	cmd := &cobra.Command{
		Use:     "report REVIEW.xlsx -o REPORT.html",
		Short:   L.T("report.short"),
		Long:    L.T("report.long"),
		Example: "  termalign report review.xlsx -o report.html",
		Args:    rangeArgs(app, 1, 1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.input = args[0]
			if runF != nil {
				return runF(opts)
			}
			return reportRun(opts, cmd)
		},
	}
	cmd.Flags().StringArrayVarP(&opts.outputs, "output", "o", nil, L.T("flag.output"))
	cmd.Flags().StringVar(&opts.glossary, "glossary", "", L.T("flag.glossary"))
	return cmd
}

func reportRun(opts *reportOptions, cmd *cobra.Command) error {
	app := opts.app
	outs, err := app.parseOutputs(cmd, opts.outputs, "html", "html")
	if err != nil {
		return err
	}
	if len(outs) == 0 {
		outs = []output{{path: "-", kind: "html"}}
	}
	imp, err := app.readReview(opts.input)
	if err != nil {
		return err
	}
	doc := imp.Doc
	lp, err := app.parseLangPair(cmd, doc.SourceLang, doc.TargetLang)
	if err != nil {
		return err
	}
	terms, err := app.termMatchers(opts.glossary, lp)
	if err != nil {
		return err
	}
	doc.SourceTerms, doc.TargetTerms, doc.Glossary = terms.src, terms.tgt, terms.g
	fs, err := app.runChecks(doc, nil)
	if err != nil {
		return err
	}
	doc.Findings = exportFindings(doc, fs)
	aopts := &alignOptions{glossary: opts.glossary, format: "html"}
	if err := app.writeDocument(doc, outs, aopts, []string{opts.input}); err != nil {
		return err
	}
	app.checkSummary(doc, fs)
	return nil
}
