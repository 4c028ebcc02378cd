package cli

import (
	"bufio"
	"io"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// The docs command's writers: a man page (roff) and a Markdown page per
// command. They are written here rather than taken from cobra/doc, whose
// Markdown-to-roff and YAML dependencies cost every run of termalign a
// millisecond and a half of start-up.

// genMan writes c's man page.
func genMan(c *cobra.Command, out io.Writer) error {
	w := bufio.NewWriter(out)
	name := strings.ReplaceAll(c.CommandPath(), " ", "-")
	w.WriteString(".nh\n.TH \"" + strings.ToUpper(name) + "\" \"1\" \"\" \"termalign\" \"\"\n")
	w.WriteString(".SH NAME\n" + roff(name) + " \\- " + roff(c.Short) + "\n")
	w.WriteString(".SH SYNOPSIS\n\\fB" + roff(c.UseLine()) + "\\fP\n")
	w.WriteString(".SH DESCRIPTION\n" + roff(description(c)) + "\n")
	writeManFlags(w, "OPTIONS", c.NonInheritedFlags())
	writeManFlags(w, "OPTIONS INHERITED FROM PARENT COMMANDS", c.InheritedFlags())
	if c.Example != "" {
		w.WriteString(".SH EXAMPLE\n.nf\n" + roff(c.Example) + "\n.fi\n")
	}
	if see := seeAlso(c); len(see) > 0 {
		w.WriteString(".SH SEE ALSO\n")
		for i, s := range see {
			if i > 0 {
				w.WriteString(", ")
			}
			w.WriteString("\\fB" + roff(strings.ReplaceAll(s.CommandPath(), " ", "-")) + "(1)\\fP")
		}
		w.WriteString("\n")
	}
	return w.Flush()
}

func writeManFlags(w *bufio.Writer, title string, fs *pflag.FlagSet) {
	if !fs.HasAvailableFlags() {
		return
	}
	w.WriteString(".SH " + title + "\n")
	fs.VisitAll(func(f *pflag.Flag) {
		if f.Hidden {
			return
		}
		w.WriteString(".TP\n")
		if f.Shorthand != "" {
			w.WriteString("\\fB\\-" + f.Shorthand + "\\fP, ")
		}
		w.WriteString("\\fB\\-\\-" + roff(f.Name) + "\\fP")
		if f.Value.Type() != "bool" {
			w.WriteString("=" + roff(f.DefValue))
		}
		w.WriteString("\n" + roff(f.Usage) + "\n")
	})
}

// genMarkdown writes c's Markdown page.
func genMarkdown(c *cobra.Command, out io.Writer) error {
	w := bufio.NewWriter(out)
	w.WriteString("## " + c.CommandPath() + "\n\n" + c.Short + "\n\n")
	w.WriteString("### Synopsis\n\n" + description(c) + "\n\n")
	if c.Runnable() {
		w.WriteString("```\n" + c.UseLine() + "\n```\n\n")
	}
	if c.Example != "" {
		w.WriteString("### Examples\n\n```\n" + c.Example + "\n```\n\n")
	}
	if fs := c.NonInheritedFlags(); fs.HasAvailableFlags() {
		w.WriteString("### Options\n\n```\n" + fs.FlagUsages() + "```\n\n")
	}
	if fs := c.InheritedFlags(); fs.HasAvailableFlags() {
		w.WriteString("### Options inherited from parent commands\n\n```\n" + fs.FlagUsages() + "```\n\n")
	}
	if see := seeAlso(c); len(see) > 0 {
		w.WriteString("### SEE ALSO\n\n")
		for _, s := range see {
			file := strings.ReplaceAll(s.CommandPath(), " ", "_") + ".md"
			w.WriteString("* [" + s.CommandPath() + "](" + file + ")\t - " + s.Short + "\n")
		}
	}
	return w.Flush()
}

// description is c's long help, or its short one.
func description(c *cobra.Command) string {
	if c.Long != "" {
		return c.Long
	}
	return c.Short
}

// seeAlso lists c's parent and its available subcommands.
func seeAlso(c *cobra.Command) []*cobra.Command {
	var out []*cobra.Command
	if c.HasParent() {
		out = append(out, c.Parent())
	}
	for _, sub := range c.Commands() {
		if sub.IsAvailableCommand() {
			out = append(out, sub)
		}
	}
	return out
}

// roff escapes text for a man page: backslashes, and a line that would
// start with a control character.
func roff(s string) string {
	s = strings.ReplaceAll(s, "\\", "\\e")
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		if strings.HasPrefix(l, ".") || strings.HasPrefix(l, "'") {
			lines[i] = "\\&" + l
		}
	}
	return strings.Join(lines, "\n")
}
