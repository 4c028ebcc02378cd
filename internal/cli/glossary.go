package cli

import "github.com/spf13/cobra"

// NewCmdGlossary builds "termalign glossary" and its subcommands. The
// glossary package has not landed yet.
func NewCmdGlossary(app *App) *cobra.Command {
	L := app.L
	cmd := &cobra.Command{
		Use:   "glossary",
		Short: L.T("glossary.short"),
		Args:  noArgs(app),
		RunE: func(cmd *cobra.Command, args []string) error {
			return cmd.Help()
		},
	}
	var glossaryFile string
	cmd.PersistentFlags().StringVar(&glossaryFile, "glossary", "", L.T("flag.glossary"))
	for _, sub := range []struct {
		use  string
		min  int
		max  int
		desc string
	}{
		{"list", 0, 0, "glossary.list.short"},
		{"lookup TERM", 1, 1, "glossary.lookup.short"},
		{"add", 0, 0, "glossary.add.short"},
		{"remove ID", 1, 1, "glossary.remove.short"},
		{"lint", 0, 0, "glossary.lint.short"},
		{"convert IN OUT", 2, 2, "glossary.convert.short"},
		{"stats", 0, 0, "glossary.stats.short"},
	} {
		cmd.AddCommand(&cobra.Command{
			Use:   sub.use,
			Short: L.T(sub.desc),
			Args:  rangeArgs(app, sub.min, sub.max),
			RunE: func(cmd *cobra.Command, args []string) error {
				return notLanded(app, cmd)
			},
		})
	}
	return cmd
}
