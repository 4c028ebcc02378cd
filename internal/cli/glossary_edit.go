package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
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
	force, newLanguage       bool
	create                   bool
}

// newCmdGlossaryAdd builds "termalign glossary add".
// runF, when not nil, receives the parsed options instead of running
// the command: tests use it to check the flags.
func newCmdGlossaryAdd(g *glossaryOptions, runF func(*glossaryAddOptions) error) *cobra.Command {
	opts := &glossaryAddOptions{glossaryOptions: g}
	app := g.app
	cmd := &cobra.Command{
		Use:     "add",
		Short:   app.L.T("glossary.add.short"),
		Example: "  termalign glossary add --glossary g.tsv --domain place --term fr=Stepanakert --term en=Stepanakert \\\n      --variant en=Khankendi --note 'Azerbaijani name since 2023.'",
		Args:    rangeArgs(app, 0, 0),
		RunE: func(cmd *cobra.Command, args []string) error {
			if runF != nil {
				return runF(opts)
			}
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
	f.BoolVar(&opts.force, "force", false, app.L.T("flag.force"))
	f.BoolVar(&opts.newLanguage, "new-language", false, app.L.T("flag.new_language"))
	f.BoolVar(&opts.create, "create", false, app.L.T("flag.create"))
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
	e, err := opts.entry(cmd)
	if err != nil {
		return err
	}
	unlock, err := app.lockGlossary(opts.glossaryPath())
	if err != nil {
		return err
	}
	defer unlock()
	l, err := opts.loadOrCreate()
	if err != nil {
		return err
	}
	if e.ID == "" {
		e.ID = glossary.NewID(l.g, e)
	}
	fresh, err := glossary.AddChecked(l.g, e, glossary.AddOptions{Force: opts.force, NewLanguage: opts.newLanguage})
	switch {
	case errors.Is(err, glossary.ErrDuplicateID):
		return inputErr(fmt.Errorf("%s", app.L.T("err.duplicate_id", "ID", e.ID)))
	case errors.Is(err, glossary.ErrNewLanguage):
		return inputErr(fmt.Errorf("%s", app.L.T("err.add_new_language", "Have", strings.Join(l.g.Languages(), ", "))))
	case errors.Is(err, glossary.ErrInvalidEntry):
		for _, f := range fresh {
			app.info(app.lintMessage(f))
		}
		return inputErr(fmt.Errorf("%s", app.L.T("err.add_invalid", "ID", e.ID)))
	case err != nil:
		return inputErr(err)
	}
	if err := opts.save(l); err != nil {
		return err
	}
	app.info(app.L.T("glossary.added", "ID", e.ID, "Name", l.path))
	return nil
}

// entry builds the entry the flags describe; language keys are BCP 47
// tags ("FR", "en_GB" are read as fr and en-GB).
func (opts *glossaryAddOptions) entry(cmd *cobra.Command) (*glossary.Entry, error) {
	app := opts.app
	e := &glossary.Entry{ID: opts.id, Domain: opts.domain, Note: opts.note, Source: opts.source}
	terms := func(lang string) *glossary.Terms {
		if e.Langs.Get(lang) == nil {
			e.Langs.Set(lang, &glossary.Terms{})
		}
		return e.Langs.Get(lang)
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
	} {
		for _, v := range group.vals {
			k, val, err := splitKV(app, cmd, group.flag, v)
			if err != nil {
				return nil, err
			}
			lang, ok := glossary.LanguageKey(k)
			if !ok {
				return nil, usageErr(cmd, fmt.Errorf("%s", app.L.T("err.bad_lang", "Flag", group.flag, "Value", k)))
			}
			group.set(lang, val)
		}
	}
	for _, v := range opts.extra {
		k, val, err := splitKV(app, cmd, "extra", v)
		if err != nil {
			return nil, err
		}
		if e.Extra == nil {
			e.Extra = map[string]string{}
		}
		e.Extra[k] = val
	}
	return e, nil
}

// loadOrCreate loads the glossary, or with --create starts one when the
// file does not exist yet.
func (opts *glossaryAddOptions) loadOrCreate() (*loaded, error) {
	path := opts.app.glossaryPath(opts.glossary)
	if opts.create && path != "" && path != "-" {
		if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
			f, err := glossary.FormatOf(path)
			if err != nil {
				return nil, inputErr(fmt.Errorf("%s", opts.app.L.T("err.glossary_format", "Name", path)))
			}
			cols := []string{"id", "domain"}
			for _, t := range opts.terms { // languages in the order given
				if k, _, ok := strings.Cut(t, "="); ok {
					if lang, ok := glossary.LanguageKey(strings.TrimSpace(k)); ok && !containsStr(cols, lang) {
						cols = append(cols, lang)
					}
				}
			}
			return &loaded{g: &glossary.Glossary{Name: path, Columns: append(cols, "note")}, path: path, format: f, created: true}, nil
		}
	}
	return opts.load()
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
	unlock, err := app.lockGlossary(opts.glossaryPath())
	if err != nil {
		return err
	}
	defer unlock()
	l, err := opts.load()
	if err != nil {
		return err
	}
	if err := l.g.Remove(id); err != nil {
		return inputErr(fmt.Errorf("%s", app.L.T("err.no_entry", "ID", id)))
	}
	l.g.DropEmptyLanguages()
	if err := opts.save(l); err != nil {
		return err
	}
	app.info(app.L.T("glossary.removed", "ID", id, "Name", l.path))
	return nil
}
