package cli

import "github.com/spf13/cobra"

type importOptions struct {
	app     *App
	outputs []string
}

// NewCmdImport builds "termalign import". Workbook import has not landed yet.
func NewCmdImport(app *App) *cobra.Command {
	opts := &importOptions{app: app}
	L := app.L
	cmd := &cobra.Command{
		Use:   "import REVIEW.xlsx -o MEMORY.tmx",
		Short: L.T("import.short"),
		Args:  rangeArgs(app, 1, 1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return notLanded(app, cmd)
		},
	}
	cmd.Flags().StringArrayVarP(&opts.outputs, "output", "o", nil, L.T("flag.output"))
	return cmd
}
