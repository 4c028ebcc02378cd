package cli

import (
	"bufio"
	"fmt"
	"sort"

	"github.com/spf13/cobra"

	"github.com/termalign/termalign/glossary"
)

// glossary stats

type glossaryStatsOptions struct {
	*glossaryOptions
	format string
}

// newCmdGlossaryStats builds "termalign glossary stats".
// runF, when not nil, receives the parsed options instead of running
// the command: tests use it to check the flags.
func newCmdGlossaryStats(g *glossaryOptions, runF func(*glossaryStatsOptions) error) *cobra.Command {
	opts := &glossaryStatsOptions{glossaryOptions: g}
	app := g.app
	cmd := &cobra.Command{
		Use:     "stats",
		Short:   app.L.T("glossary.stats.short"),
		Example: "  termalign glossary stats\n  termalign glossary stats --format jsonl --glossary glossary.tbx",
		Args:    rangeArgs(app, 0, 0),
		RunE: func(cmd *cobra.Command, args []string) error {
			if runF != nil {
				return runF(opts)
			}
			return glossaryStatsRun(opts)
		},
	}
	choiceFlag(cmd, &opts.format, "format", "text", app.L.T("flag.format"), "text", "jsonl")
	return cmd
}

func glossaryStatsRun(opts *glossaryStatsOptions) error {
	app := opts.app
	l, err := opts.load()
	if err != nil {
		return err
	}
	s := glossary.Stats(l.g)
	w := bufio.NewWriter(app.Out)
	if opts.format == "jsonl" {
		if err := jsonLines(w).Encode(s); err != nil {
			return outputErr(err)
		}
		if err := w.Flush(); err != nil {
			return outputErr(err)
		}
		return nil
	}
	L := app.L
	fmt.Fprintf(w, "%s: %d\n", L.T("stats.entries"), s.Entries)
	fmt.Fprintf(w, "\n%s\n", L.T("stats.by_domain"))
	domains := make([]string, 0, len(s.Domains))
	for d := range s.Domains {
		domains = append(domains, d)
	}
	sort.Slice(domains, func(i, j int) bool {
		if s.Domains[domains[i]] != s.Domains[domains[j]] {
			return s.Domains[domains[i]] > s.Domains[domains[j]]
		}
		return domains[i] < domains[j]
	})
	for _, d := range domains {
		name := d
		if name == "" {
			name = L.T("stats.no_domain")
		}
		fmt.Fprintf(w, "  %-12s %5d\n", name, s.Domains[d])
	}
	fmt.Fprintf(w, "\n%s\n", L.T("stats.by_language"))
	fmt.Fprintf(w, "  %-6s %9s %9s %9s %9s %9s\n", "", L.T("stats.coverage"), L.T("stats.preferred"), L.T("stats.admitted"), L.T("stats.forbidden"), L.T("stats.missing"))
	for _, lang := range s.Languages {
		ls := s.ByLanguage[lang]
		fmt.Fprintf(w, "  %-6s %8.1f%% %9d %9d %9d %9d\n", lang, ls.Coverage*100, ls.Preferred, ls.Admitted, ls.Forbidden, ls.Missing)
	}
	if err := w.Flush(); err != nil {
		return outputErr(err)
	}
	return nil
}
