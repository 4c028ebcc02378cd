package cli

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/termalign/termalign/glossary"
)

// glossary add

type glossaryAddOptions struct {
	*glossaryOptions
	id, domain, note, source string
	terms, variants          []string
	forbidden, pos, gender   []string
	extra                    []string
}

func newCmdGlossaryAdd(g *glossaryOptions) *cobra.Command {
	opts := &glossaryAddOptions{glossaryOptions: g}
	app := g.app
	cmd := &cobra.Command{
		Use:     "add",
		Short:   app.L.T("glossary.add.short"),
		Example: "  termalign glossary add --glossary g.tsv --domain place --term fr=Stepanakert --term en=Stepanakert \\\n      --variant en=Khankendi --note 'Azerbaijani name since 2023.'",
		Args:    rangeArgs(app, 0, 0),
		RunE: func(cmd *cobra.Command, args []string) error {
			return glossaryAddRun(opts, cmd)
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.id, "id", "", app.L.T("flag.id"))
	f.StringVar(&opts.domain, "domain", "", app.L.T("flag.domain_value"))
	f.StringVar(&opts.note, "note", "", app.L.T("flag.note"))
	f.StringVar(&opts.source, "source", "", app.L.T("flag.source"))
	f.StringArrayVar(&opts.terms, "term", nil, app.L.T("flag.term"))
	f.StringArrayVar(&opts.variants, "variant", nil, app.L.T("flag.variant"))
	f.StringArrayVar(&opts.forbidden, "forbidden", nil, app.L.T("flag.forbidden"))
	f.StringArrayVar(&opts.pos, "pos", nil, app.L.T("flag.pos"))
	f.StringArrayVar(&opts.gender, "gender", nil, app.L.T("flag.gender"))
	f.StringArrayVar(&opts.extra, "extra", nil, app.L.T("flag.extra"))
	return cmd
}

// splitKV reads LANG=VALUE.
func splitKV(app *App, cmd *cobra.Command, flag, v string) (string, string, error) {
	k, val, ok := strings.Cut(v, "=")
	if !ok || strings.TrimSpace(k) == "" || val == "" {
		return "", "", usageErr(cmd, fmt.Errorf("%s", app.L.T("err.bad_kv", "Flag", flag, "Value", v)))
	}
	return strings.TrimSpace(k), val, nil
}

func glossaryAddRun(opts *glossaryAddOptions, cmd *cobra.Command) error {
	app := opts.app
	if len(opts.terms) == 0 {
		return usageErr(cmd, fmt.Errorf("%s", app.L.T("err.add_needs_term")))
	}
	l, err := opts.load()
	if err != nil {
		return err
	}
	e := &glossary.Entry{ID: opts.id, Domain: opts.domain, Note: opts.note, Source: opts.source, Langs: map[string]*glossary.Terms{}}
	terms := func(lang string) *glossary.Terms {
		if e.Langs[lang] == nil {
			e.Langs[lang] = &glossary.Terms{}
		}
		return e.Langs[lang]
	}
	for _, group := range []struct {
		flag string
		vals []string
		set  func(lang, v string)
	}{
		{"term", opts.terms, func(lang, v string) { terms(lang).Preferred = v }},
		{"variant", opts.variants, func(lang, v string) { terms(lang).Variants = append(terms(lang).Variants, v) }},
		{"forbidden", opts.forbidden, func(lang, v string) { terms(lang).Forbidden = append(terms(lang).Forbidden, v) }},
		{"pos", opts.pos, func(lang, v string) { terms(lang).POS = v }},
		{"gender", opts.gender, func(lang, v string) { terms(lang).Gender = v }},
		{"extra", opts.extra, func(col, v string) {
			if e.Extra == nil {
				e.Extra = map[string]string{}
			}
			e.Extra[col] = v
		}},
	} {
		for _, v := range group.vals {
			k, val, err := splitKV(app, cmd, group.flag, v)
			if err != nil {
				return err
			}
			group.set(k, val)
		}
	}
	if e.ID == "" {
		e.ID = glossary.NewID(l.g, e)
	}
	if err := l.g.Add(e); err != nil {
		return inputErr(fmt.Errorf("%s", app.L.T("err.duplicate_id", "ID", e.ID)))
	}
	if err := opts.save(l); err != nil {
		return err
	}
	app.info(app.L.T("glossary.added", "ID", e.ID, "Name", l.path))
	return nil
}

// glossary remove

func newCmdGlossaryRemove(g *glossaryOptions) *cobra.Command {
	app := g.app
	return &cobra.Command{
		Use:     "remove ID",
		Short:   app.L.T("glossary.remove.short"),
		Example: "  termalign glossary remove --glossary g.tsv place-sotk",
		Args:    rangeArgs(app, 1, 1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return glossaryRemoveRun(g, args[0])
		},
	}
}

func glossaryRemoveRun(opts *glossaryOptions, id string) error {
	app := opts.app
	l, err := opts.load()
	if err != nil {
		return err
	}
	if err := l.g.Remove(id); err != nil {
		return inputErr(fmt.Errorf("%s", app.L.T("err.no_entry", "ID", id)))
	}
	if err := opts.save(l); err != nil {
		return err
	}
	app.info(app.L.T("glossary.removed", "ID", id, "Name", l.path))
	return nil
}
