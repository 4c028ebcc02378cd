package cli

import (
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"
)

type docsOptions struct {
	app    *App
	root   *cobra.Command
	format string
	dir    string
}

// NewCmdDocs builds the hidden "termalign docs man|markdown DIR".
func NewCmdDocs(app *App, root *cobra.Command) *cobra.Command {
	opts := &docsOptions{app: app, root: root}
	return &cobra.Command{
		Use:    "docs man|markdown DIR",
		Short:  app.L.T("docs.short"),
		Hidden: true,
		Args:   rangeArgs(app, 2, 2),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.format, opts.dir = args[0], args[1]
			if err := checkChoice(app, cmd, "format", opts.format, "man", "markdown"); err != nil {
				return err
			}
			return docsRun(opts)
		},
	}
}

func docsRun(opts *docsOptions) error {
	if err := os.MkdirAll(opts.dir, 0o755); err != nil {
		return inputErr(err)
	}
	var count int
	var walk func(c *cobra.Command) error
	walk = func(c *cobra.Command) error {
		if !c.IsAvailableCommand() && c != opts.root {
			return nil
		}
		base := strings.ReplaceAll(c.CommandPath(), " ", "_")
		var name string
		var gen func(w io.Writer) error
		if opts.format == "man" {
			name = strings.ReplaceAll(c.CommandPath(), " ", "-") + ".1"
			gen = func(w io.Writer) error { return genMan(c, w) }
		} else {
			name = base + ".md"
			gen = func(w io.Writer) error { return genMarkdown(c, w) }
		}
		if err := opts.app.writeOutput(filepath.Join(opts.dir, name), nil, gen); err != nil {
			return err
		}
		count++
		for _, sub := range c.Commands() {
			if err := walk(sub); err != nil {
				return err
			}
		}
		return nil
	}
	if err := walk(opts.root); err != nil {
		return err
	}
	opts.app.info(opts.app.L.N("docs.summary", count, "Dir", opts.dir))
	return nil
}
