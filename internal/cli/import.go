package cli

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/termalign/termalign/exports"
)

type importOptions struct {
	app          *App
	input        string
	outputs      []string
	statuses     []string
	includeEmpty bool
}

// NewCmdImport builds "termalign import".
// runF, when not nil, receives the parsed options instead of running
// the command: tests use it to check the flags.
func NewCmdImport(app *App, runF func(*importOptions) error) *cobra.Command {
	opts := &importOptions{app: app}
	L := app.L
	cmd := &cobra.Command{
		Use:     "import REVIEW.xlsx -o MEMORY.tmx",
		Short:   L.T("import.short"),
		Long:    L.T("import.long"),
		Example: "  termalign import review.xlsx -o memory.tmx\n  termalign import review.xlsx -o memory.tmx --status approved,reviewed",
		Args:    rangeArgs(app, 1, 1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.input = args[0]
			if runF != nil {
				return runF(opts)
			}
			return importRun(opts, cmd)
		},
	}
	f := cmd.Flags()
	f.StringArrayVarP(&opts.outputs, "output", "o", nil, L.T("flag.output"))
	choicesFlag(cmd, &opts.statuses, "status", L.T("flag.status"), exports.Statuses...)
	f.BoolVar(&opts.includeEmpty, "include-empty", false, L.T("flag.include_empty"))
	return cmd
}

func importRun(opts *importOptions, cmd *cobra.Command) error {
	app := opts.app
	outs, err := app.parseOutputs(cmd, opts.outputs, "tmx", "tmx", "jsonl", "xlsx")
	if err != nil {
		return err
	}
	imp, err := app.readReview(opts.input)
	if err != nil {
		return err
	}
	doc := keepStatuses(imp.Doc, opts.statuses)
	aopts := &alignOptions{includeEmpty: opts.includeEmpty, format: "tmx"}
	if err := app.writeDocument(doc, outs, aopts, []string{opts.input}); err != nil {
		return err
	}
	app.info(app.L.N("import.summary", len(doc.Pairs), "Rows", imp.Rows, "Problems", len(imp.Problems)))
	if len(imp.Problems) > 0 {
		return errProblems
	}
	return nil
}

// keepStatuses keeps the pairs whose status is listed; with none listed,
// every pair but the rejected ones.
func keepStatuses(doc *exports.Document, statuses []string) *exports.Document {
	keep := map[string]bool{}
	for _, s := range exports.Statuses {
		keep[s] = len(statuses) == 0 && s != "rejected"
	}
	for _, s := range statuses {
		keep[s] = true
	}
	out := *doc
	out.Pairs, out.IDs, out.Reviews = nil, nil, nil
	for k, p := range doc.Pairs {
		if keep[doc.Reviews[k].Status] {
			out.Pairs = append(out.Pairs, p)
			out.IDs = append(out.IDs, doc.IDs[k])
			out.Reviews = append(out.Reviews, doc.Reviews[k])
		}
	}
	return &out
}

// importProblem says one import problem in the interface language.
func (app *App) importProblem(p exports.ImportProblem) string {
	where := p.ID
	if p.Row > 0 {
		where = app.L.T("import.where", "Sheet", p.Sheet, "Row", p.Row, "ID", p.ID)
	}
	return app.L.T("import.problem."+p.Kind, "Where", where, "Value", p.Value, "Want", strings.Join(exports.Statuses, ", "))
}

// readReview reads a review workbook back and says on stderr what it
// refused or noticed.
func (app *App) readReview(path string) (*exports.Import, error) {
	data, err := app.readBinaryInput(path)
	if err != nil {
		return nil, err
	}
	return app.readReviewBytes(path, data)
}

func (app *App) readReviewBytes(path string, data []byte) (*exports.Import, error) {
	imp, err := exports.ReadWorkbook(bytes.NewReader(data))
	if err != nil {
		return nil, inputErr(fmt.Errorf("%s: %w", path, err))
	}
	for _, p := range imp.Problems {
		app.info(path + ": " + app.importProblem(p))
	}
	return imp, nil
}
