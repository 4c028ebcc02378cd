package cli

import "github.com/spf13/cobra"

type termsOptions struct {
	app       *App
	input     string
	glossary  string
	lang      string
	format    string
	segmented bool
}

// NewCmdTerms builds "termalign terms". Term recognition has not landed yet.
func NewCmdTerms(app *App) *cobra.Command {
	opts := &termsOptions{app: app}
	L := app.L
	cmd := &cobra.Command{
		Use:   "terms [FILE|-]",
		Short: L.T("terms.short"),
		Args:  rangeArgs(app, 0, 1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return notLanded(app, cmd)
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.glossary, "glossary", "", L.T("flag.glossary"))
	f.StringVar(&opts.lang, "lang", "fr", L.T("flag.lang"))
	f.StringVar(&opts.format, "format", "text", L.T("flag.format"))
	f.BoolVar(&opts.segmented, "segmented", false, L.T("flag.segmented"))
	return cmd
}
