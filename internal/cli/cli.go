// Package cli wires termalign's library packages into cobra commands. Each
// command lives in its own file with an options struct, NewCmdX and xRun.
// Data goes to the injected stdout, messages and progress to stderr.
package cli

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"text/template"
	"unicode"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/termalign/termalign/internal/i18n"
)

// Exit codes.
const (
	ExitOK       = 0
	ExitProblems = 1 // check or lint found problems
	ExitUsage    = 2 // usage or input error
)

// Streams are the IO streams a command uses.
type Streams struct {
	In  io.Reader
	Out io.Writer
	Err io.Writer
}

// App is what every command shares: streams, messages, environment.
type App struct {
	Streams
	L      *i18n.Localizer
	Getenv func(string) string

	encoding string   // --encoding, a persistent flag
	columns  []string // --columns: the columns of a glossary with no header
}

// exitError carries an exit code and whether to add the --help hint.
type exitError struct {
	code int
	err  error
	hint bool
	cmd  string
}

func (e *exitError) Error() string {
	if e.err == nil {
		return ""
	}
	return e.err.Error()
}

func (e *exitError) Unwrap() error { return e.err }

// usageErr is a usage error: exit 2 with a hint to run --help.
func usageErr(cmd *cobra.Command, err error) error {
	return &exitError{code: ExitUsage, err: err, hint: true, cmd: cmd.CommandPath()}
}

// inputErr is an input error: exit 2.
func inputErr(err error) error {
	return &exitError{code: ExitUsage, err: err}
}

// errProblems ends a run that found problems (exit 1) after it has reported
// them itself.
var errProblems = &exitError{code: ExitProblems}

// Run executes termalign with args (without the program name) and returns
// the exit code. It never panics.
func Run(args []string, s Streams, getenv func(string) string) (code int) {
	if getenv == nil {
		getenv = os.Getenv
	}
	app := &App{Streams: s, Getenv: getenv}
	app.L = i18n.New(i18n.Detect(scanFlag(args, "ui-lang"), getenv))
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(s.Err, "termalign: %s\n", app.L.T("err.internal", "Err", fmt.Sprint(r)))
			code = ExitUsage
		}
	}()
	root := NewCmdRoot(app)
	root.SetArgs(args)
	root.SetIn(s.In)
	root.SetOut(s.Out)
	root.SetErr(s.Err)
	cmd, err := root.ExecuteC()
	if err == nil {
		return ExitOK
	}
	var ee *exitError
	if !errors.As(err, &ee) {
		// Errors cobra makes itself (unknown command or flag, arguments).
		ee = &exitError{code: ExitUsage, err: err, hint: true, cmd: cmd.CommandPath()}
	}
	if ee.err != nil {
		msg := ee.err.Error()
		if ee.hint {
			msg = app.L.T("err.usage", "Err", msg)
		}
		fmt.Fprintf(s.Err, "termalign: %s\n", msg)
		if ee.hint {
			path := ee.cmd
			if path == "" {
				path = "termalign"
			}
			fmt.Fprintf(s.Err, "%s\n", app.L.T("err.usage_hint", "Cmd", path))
		}
	}
	return ee.code
}

// scanFlag finds --name=value or --name value in args before "--".
func scanFlag(args []string, name string) string {
	for i, a := range args {
		if a == "--" {
			break
		}
		if v, ok := strings.CutPrefix(a, "--"+name+"="); ok {
			return v
		}
		if a == "--"+name && i+1 < len(args) {
			return args[i+1]
		}
	}
	return ""
}

// NewCmdRoot builds the command tree.
func NewCmdRoot(app *App) *cobra.Command {
	L := app.L
	root := &cobra.Command{
		Use:           "termalign",
		Short:         L.T("root.short"),
		Long:          L.T("root.long"),
		SilenceErrors: true,
		SilenceUsage:  true,
		Args:          noArgs(app),
		RunE: func(cmd *cobra.Command, args []string) error {
			return cmd.Help()
		},
		CompletionOptions: cobra.CompletionOptions{DisableDefaultCmd: true},
	}
	pf := root.PersistentFlags()
	pf.String("ui-lang", "", L.T("flag.ui_lang"))
	pf.StringVar(&app.encoding, "encoding", "auto", L.T("flag.encoding"))
	pf.StringSliceVar(&app.columns, "columns", nil, L.T("flag.columns"))
	root.SetFlagErrorFunc(func(cmd *cobra.Command, err error) error {
		return usageErr(cmd, translateFlagError(app, err))
	})
	root.AddCommand(
		NewCmdSegment(app, nil),
		NewCmdTerms(app, nil),
		NewCmdAlign(app, nil),
		NewCmdCheck(app, nil),
		NewCmdImport(app, nil),
		NewCmdReport(app, nil),
		NewCmdGlossary(app),
		NewCmdVersion(app),
		NewCmdCompletion(app, root),
		NewCmdDocs(app, root),
	)
	root.SetHelpCommand(&cobra.Command{
		Use:   "help [command]",
		Short: L.T("help.short"),
		Long:  L.T("help.long"),
		RunE: func(c *cobra.Command, args []string) error {
			target, _, err := root.Find(args)
			if target == nil || err != nil {
				return usageErr(c, fmt.Errorf("%s", L.T("err.unknown_topic", "Topic", strings.Join(args, " "))))
			}
			target.InitDefaultHelpFlag()
			return target.Help()
		},
	})
	localizeHelp(app, root)
	return root
}

// localizeHelp gives every command a translated usage template and help
// flag, since cobra's own are English.
func localizeHelp(app *App, root *cobra.Command) {
	L := app.L
	tpl := strings.NewReplacer(
		"@Usage@", L.T("help.usage"),
		"@Aliases@", L.T("help.aliases"),
		"@Examples@", L.T("help.examples"),
		"@Commands@", L.T("help.commands"),
		"@Flags@", L.T("help.flags"),
		"@GlobalFlags@", L.T("help.global_flags"),
		"@AdditionalTopics@", L.T("help.topics"),
		"@command@", L.T("help.command_word"),
		"@MoreInfo@", L.T("help.more_info"),
	).Replace(usageTemplate)
	t := template.Must(template.New("usage").Funcs(template.FuncMap{
		"rpad": func(s string, n int) string { return fmt.Sprintf("%-*s", n, s) },
		"trimTrailingWhitespaces": func(s string) string {
			return strings.TrimRightFunc(s, unicode.IsSpace)
		},
	}).Parse(tpl))
	// pflag and cobra write these in English; translate them after rendering.
	fix := strings.NewReplacer(
		" [flags]", " ["+L.T("help.flags_word")+"]",
		" (default ", " ("+L.T("help.default")+" ",
	)
	usage := func(c *cobra.Command) error {
		var b strings.Builder
		if err := t.Execute(&b, c); err != nil {
			return err
		}
		_, err := io.WriteString(c.OutOrStderr(), fix.Replace(b.String()))
		return err
	}
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		c.SetUsageFunc(usage)
		if c.Flags().Lookup("help") == nil {
			c.Flags().BoolP("help", "h", false, L.T("flag.help", "Name", c.Name()))
		}
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(root)
}

const usageTemplate = `@Usage@{{if .Runnable}}
  {{.UseLine}}{{end}}{{if .HasAvailableSubCommands}}
  {{.CommandPath}} [@command@]{{end}}{{if gt (len .Aliases) 0}}

@Aliases@
  {{.NameAndAliases}}{{end}}{{if .HasExample}}

@Examples@
{{.Example}}{{end}}{{if .HasAvailableSubCommands}}

@Commands@{{range .Commands}}{{if (or .IsAvailableCommand (eq .Name "help"))}}
  {{rpad .Name .NamePadding }} {{.Short}}{{end}}{{end}}{{end}}{{if .HasAvailableLocalFlags}}

@Flags@
{{.LocalFlags.FlagUsages | trimTrailingWhitespaces}}{{end}}{{if .HasAvailableInheritedFlags}}

@GlobalFlags@
{{.InheritedFlags.FlagUsages | trimTrailingWhitespaces}}{{end}}{{if .HasHelpSubCommands}}

@AdditionalTopics@{{range .Commands}}{{if .IsAdditionalHelpTopicCommand}}
  {{rpad .CommandPath .CommandPathPadding}} {{.Short}}{{end}}{{end}}{{end}}{{if .HasAvailableSubCommands}}

@MoreInfo@{{end}}
`

// Argument validators with translated messages.

func noArgs(app *App) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) == 0 {
			return nil
		}
		if cmd.HasSubCommands() {
			return usageErr(cmd, fmt.Errorf("%s", app.L.T("err.unknown_command", "Name", args[0], "Cmd", cmd.CommandPath())))
		}
		return rangeArgs(app, 0, 0)(cmd, args)
	}
}

func rangeArgs(app *App, min, max int) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) < min || len(args) > max {
			id := "err.args_range"
			if min == max {
				id = "err.args_exact"
			}
			return usageErr(cmd, fmt.Errorf("%s", app.L.N(id, max, "Min", min, "Max", max, "Got", len(args))))
		}
		return nil
	}
}

// translateFlagError puts pflag's English errors into the interface
// language.
func translateFlagError(app *App, err error) error {
	var notExist *pflag.NotExistError
	var needsValue *pflag.ValueRequiredError
	var invalid *pflag.InvalidValueError
	switch {
	case errors.As(err, &notExist):
		name := "--" + notExist.GetSpecifiedName()
		if sh := notExist.GetSpecifiedShortnames(); sh != "" {
			name = "-" + notExist.GetSpecifiedName()
		}
		return fmt.Errorf("%s", app.L.T("err.unknown_flag", "Flag", name))
	case errors.As(err, &needsValue):
		return fmt.Errorf("%s", app.L.T("err.flag_needs_value", "Flag", "--"+needsValue.GetFlag().Name))
	case errors.As(err, &invalid):
		var ce *choiceError
		if errors.As(err, &ce) {
			return fmt.Errorf("%s", app.L.T("err.bad_choice", "Flag", invalid.GetFlag().Name, "Value", ce.value, "Want", strings.Join(ce.allowed, ", ")))
		}
		return fmt.Errorf("%s", app.L.T("err.bad_flag_value", "Flag", "--"+invalid.GetFlag().Name, "Value", invalid.GetValue()))
	}
	return err
}

// checkChoice validates an enumerated flag value.
func checkChoice(app *App, cmd *cobra.Command, flag, value string, allowed ...string) error {
	for _, a := range allowed {
		if value == a {
			return nil
		}
	}
	return usageErr(cmd, fmt.Errorf("%s", app.L.T("err.bad_choice", "Flag", flag, "Value", value, "Want", strings.Join(allowed, ", "))))
}
