package cli

import (
	"github.com/spf13/cobra"
)

type completionOptions struct {
	app   *App
	root  *cobra.Command
	shell string
}

// NewCmdCompletion builds "termalign completion bash|zsh|fish".
func NewCmdCompletion(app *App, root *cobra.Command) *cobra.Command {
	opts := &completionOptions{app: app, root: root}
	return &cobra.Command{
		Use:       "completion bash|zsh|fish",
		Short:     app.L.T("completion.short"),
		Long:      app.L.T("completion.long"),
		ValidArgs: []string{"bash", "zsh", "fish"},
		Args:      rangeArgs(app, 1, 1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.shell = args[0]
			if err := checkChoice(app, cmd, "shell", opts.shell, "bash", "zsh", "fish"); err != nil {
				return err
			}
			return completionRun(opts)
		},
	}
}

func completionRun(opts *completionOptions) error {
	out := opts.app.Out
	switch opts.shell {
	case "bash":
		return opts.root.GenBashCompletionV2(out, true)
	case "zsh":
		return opts.root.GenZshCompletion(out)
	default:
		return opts.root.GenFishCompletion(out, true)
	}
}
