package cli

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"
)

// choice is an enumerated flag: it checks its value when the flags are
// parsed, and completes in the shell.
type choice struct {
	value   *string
	allowed []string
}

// choiceError is a value a choice does not allow.
type choiceError struct {
	value   string
	allowed []string
}

func (e *choiceError) Error() string {
	return fmt.Sprintf("%q is not one of %s", e.value, strings.Join(e.allowed, ", "))
}

func (c *choice) String() string { return *c.value }
func (c *choice) Type() string   { return "string" }

func (c *choice) Set(v string) error {
	if !containsStr(c.allowed, v) {
		return &choiceError{v, c.allowed}
	}
	*c.value = v
	return nil
}

// choices is a repeatable, comma-separated enumerated flag.
type choices struct {
	values  *[]string
	allowed []string
	set     bool
}

func (c *choices) String() string { return strings.Join(*c.values, ",") }
func (c *choices) Type() string   { return "strings" }

func (c *choices) Set(v string) error {
	if !c.set {
		*c.values, c.set = nil, true
	}
	for _, x := range strings.Split(v, ",") {
		if x = strings.TrimSpace(x); x == "" {
			continue
		}
		if !containsStr(c.allowed, x) {
			return &choiceError{x, c.allowed}
		}
		*c.values = append(*c.values, x)
	}
	return nil
}

// choiceFlag defines an enumerated flag with its default and completion.
func choiceFlag(cmd *cobra.Command, p *string, name, def, usage string, allowed ...string) {
	*p = def
	cmd.Flags().Var(&choice{value: p, allowed: allowed}, name, usage)
	completeWith(cmd, name, allowed)
}

// choicesFlag defines a repeatable enumerated flag with its completion.
func choicesFlag(cmd *cobra.Command, p *[]string, name, usage string, allowed ...string) {
	cmd.Flags().Var(&choices{values: p, allowed: allowed}, name, usage)
	completeWith(cmd, name, allowed)
}

// completeWith registers the allowed values as the flag's completions. It
// fails only on a programming error (an unknown or twice-registered flag),
// which every test that builds the command tree would catch.
func completeWith(cmd *cobra.Command, name string, allowed []string) {
	err := cmd.RegisterFlagCompletionFunc(name, func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return allowed, cobra.ShellCompDirectiveNoFileComp
	})
	if err != nil {
		panic(err)
	}
}
