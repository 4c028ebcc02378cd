package cli

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/termalign/termalign/glossary"
	"github.com/termalign/termalign/internal/atomicfile"
	"github.com/termalign/termalign/internal/textio"
)

// glossaryOptions are shared by the glossary subcommands.
type glossaryOptions struct {
	app      *App
	glossary string
}

// NewCmdGlossary builds "termalign glossary" and its subcommands.
func NewCmdGlossary(app *App) *cobra.Command {
	opts := &glossaryOptions{app: app}
	cmd := &cobra.Command{
		Use:   "glossary",
		Short: app.L.T("glossary.short"),
		Long:  app.L.T("glossary.long"),
		Args:  noArgs(app),
		RunE: func(cmd *cobra.Command, args []string) error {
			return cmd.Help()
		},
	}
	cmd.PersistentFlags().StringVar(&opts.glossary, "glossary", "", app.L.T("flag.glossary"))
	cmd.AddCommand(
		newCmdGlossaryList(opts, nil),
		newCmdGlossaryLookup(opts, nil),
		newCmdGlossaryAdd(opts, nil),
		newCmdGlossaryRemove(opts),
		newCmdGlossaryLint(opts, nil),
		newCmdGlossaryConvert(opts, nil),
		newCmdGlossaryStats(opts, nil),
	)
	return cmd
}

// loaded is a glossary with what is needed to write it back.
type loaded struct {
	g       *glossary.Glossary
	path    string // "" for the embedded glossary
	format  glossary.Format
	print   atomicfile.Fingerprint
	created bool // a new file (add --create): nothing to compare on disk
}

// readGlossaryFile reads a glossary file in format f (from its name when
// empty), decoding text formats like every other input.
func (app *App) readGlossaryFile(path string, f glossary.Format) (*loaded, error) {
	if f == "" {
		var err error
		if f, err = glossary.FormatOf(path); err != nil {
			return nil, inputErr(fmt.Errorf("%s", app.L.T("err.glossary_format", "Name", path)))
		}
	}
	var raw []byte
	var err error
	if path == "-" {
		raw, err = io.ReadAll(app.In)
	} else {
		raw, err = os.ReadFile(path)
	}
	if err != nil {
		return nil, app.inputError(path, err)
	}
	var r io.Reader = bytes.NewReader(raw)
	switch text, utf16 := glossary.NeedsDecoding(f, raw); {
	case utf16:
		text, _, err := textio.Decode(path, raw, textio.Options{Encoding: "utf-16"})
		if err != nil {
			return nil, app.inputError(path, err)
		}
		r = strings.NewReader(text)
	case text:
		text, info, err := textio.Decode(path, raw, textio.Options{Encoding: app.encoding})
		if err != nil {
			return nil, app.inputError(path, err)
		}
		if info.Fallback {
			app.info(app.L.T("warn.fallback_1252", "Name", path))
		}
		r = strings.NewReader(text)
	}
	g, err := glossary.ReadWith(path, r, f, glossary.ReadOptions{Columns: app.columns})
	if err != nil {
		return nil, app.glossaryError(path, err)
	}
	return &loaded{g: g, path: path, format: f, print: atomicfile.FingerprintOf(raw)}, nil
}

// glossaryPath is the file the command edits ("" for the embedded one).
func (o *glossaryOptions) glossaryPath() string { return o.app.glossaryPath(o.glossary) }

// editWait is how long an edit waits for another one on the same folder.
const editWait = 30 * time.Second

// lockGlossary serialises the edits of a glossary from read to rename, so
// that concurrent edits never lose one another.
func (app *App) lockGlossary(path string) (func(), error) {
	if path == "" || path == "-" {
		return func() {}, nil
	}
	unlock, err := atomicfile.Lock(path, editWait)
	if errors.Is(err, atomicfile.ErrLocked) {
		return nil, inputErr(fmt.Errorf("%s", app.L.T("err.glossary_locked", "Name", path)))
	}
	if err != nil {
		return nil, app.inputError(path, err)
	}
	return unlock, nil
}

// load reads the glossary of the command: --glossary, $TERMALIGN_GLOSSARY
// or the embedded one.
func (o *glossaryOptions) load() (*loaded, error) {
	path := o.app.glossaryPath(o.glossary)
	if path == "" {
		return &loaded{g: glossary.Default(), format: glossary.TSV}, nil
	}
	return o.app.readGlossaryFile(path, "")
}

// save writes an edited glossary back in its own format, refusing when the
// file changed on disk since it was read.
func (o *glossaryOptions) save(l *loaded) error {
	app := o.app
	if l.path == "" || l.path == "-" {
		return inputErr(fmt.Errorf("%s", app.L.T("err.glossary_readonly")))
	}
	write := func(w io.Writer) error { return glossary.Write(w, l.g, l.format) }
	var err error
	if l.created {
		err = atomicfile.Write(l.path, write)
	} else {
		err = atomicfile.WriteIfUnchanged(l.path, l.print, write)
	}
	if errors.Is(err, atomicfile.ErrChanged) {
		return inputErr(fmt.Errorf("%s", app.L.T("err.glossary_changed", "Name", l.path)))
	}
	if err != nil {
		return app.inputError(l.path, err)
	}
	return nil
}
