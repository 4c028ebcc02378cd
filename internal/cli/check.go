package cli

import "github.com/spf13/cobra"

type checkOptions struct {
	app        *App
	glossary   string
	format     string
	segmented  bool
	sourceLang string
	targetLang string
}

// NewCmdCheck builds "termalign check". Translation QA has not landed yet.
func NewCmdCheck(app *App) *cobra.Command {
	opts := &checkOptions{app: app}
	L := app.L
	cmd := &cobra.Command{
		Use:   "check SOURCE TARGET | check REVIEW.xlsx | check MEMORY.tmx",
		Short: L.T("check.short"),
		Args:  rangeArgs(app, 1, 2),
		RunE: func(cmd *cobra.Command, args []string) error {
			return notLanded(app, cmd)
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.glossary, "glossary", "", L.T("flag.glossary"))
	f.StringVar(&opts.format, "format", "text", L.T("flag.format"))
	f.BoolVar(&opts.segmented, "segmented", false, L.T("flag.segmented"))
	f.StringVar(&opts.sourceLang, "source-lang", "fr", L.T("flag.source_lang"))
	f.StringVar(&opts.targetLang, "target-lang", "en", L.T("flag.target_lang"))
	return cmd
}
