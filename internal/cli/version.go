package cli

import (
	"fmt"
	"runtime/debug"

	"github.com/spf13/cobra"
)

type versionOptions struct {
	app *App
}

// NewCmdVersion builds "termalign version".
func NewCmdVersion(app *App) *cobra.Command {
	opts := &versionOptions{app: app}
	return &cobra.Command{
		Use:   "version",
		Short: app.L.T("version.short"),
		Args:  rangeArgs(app, 0, 0),
		RunE: func(cmd *cobra.Command, args []string) error {
			return versionRun(opts)
		},
	}
}

// BuildVersion describes the running binary from its build information:
// module version, VCS revision and time, and whether the tree was modified.
func BuildVersion() (version, revision, when string, modified bool) {
	version, revision = "(unknown)", "(unknown)"
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return
	}
	if info.Main.Version != "" {
		version = info.Main.Version
	}
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			revision = s.Value
		case "vcs.time":
			when = s.Value
		case "vcs.modified":
			modified = s.Value == "true"
		}
	}
	return
}

func versionRun(opts *versionOptions) error {
	v, rev, when, modified := BuildVersion()
	line := fmt.Sprintf("termalign %s", v)
	line += " " + opts.app.L.T("version.revision", "Rev", rev)
	if when != "" {
		line += " " + when
	}
	if modified {
		line += " " + opts.app.L.T("version.modified")
	}
	_, err := fmt.Fprintln(opts.app.Out, line)
	return err
}
