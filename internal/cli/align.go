package cli

import "github.com/spf13/cobra"

type alignOptions struct {
	app        *App
	glossary   string
	outputs    []string
	format     string
	segmented  bool
	sourceLang string
	targetLang string
}

// NewCmdAlign builds "termalign align". Alignment has not landed yet.
func NewCmdAlign(app *App) *cobra.Command {
	opts := &alignOptions{app: app}
	L := app.L
	cmd := &cobra.Command{
		Use:   "align SOURCE [TARGET]",
		Short: L.T("align.short"),
		Args:  rangeArgs(app, 1, 2),
		RunE: func(cmd *cobra.Command, args []string) error {
			return notLanded(app, cmd)
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.glossary, "glossary", "", L.T("flag.glossary"))
	f.StringArrayVarP(&opts.outputs, "output", "o", nil, L.T("flag.output"))
	f.StringVar(&opts.format, "format", "text", L.T("flag.format"))
	f.BoolVar(&opts.segmented, "segmented", false, L.T("flag.segmented"))
	f.StringVar(&opts.sourceLang, "source-lang", "fr", L.T("flag.source_lang"))
	f.StringVar(&opts.targetLang, "target-lang", "en", L.T("flag.target_lang"))
	return cmd
}
