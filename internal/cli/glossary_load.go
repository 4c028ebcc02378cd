package cli

import (
	"errors"
	"fmt"

	"github.com/termalign/termalign/glossary"
)

// glossaryPath is the glossary a command uses: --glossary, else
// $TERMALIGN_GLOSSARY, else "" for the embedded one.
func (app *App) glossaryPath(flag string) string {
	if flag != "" {
		return flag
	}
	return app.Getenv("TERMALIGN_GLOSSARY")
}

// loadGlossary reads the glossary named by path ("" is the embedded one).
func (app *App) loadGlossary(path string) (*glossary.Glossary, error) {
	if path == "" {
		return glossary.Default(), nil
	}
	l, err := app.readGlossaryFile(path, "")
	if err != nil {
		return nil, err
	}
	for _, h := range l.g.SuspiciousColumns() {
		app.info(app.L.T("warn.suspicious_column", "Name", path, "Column", h.Column, "Suggestion", h.Suggestion))
	}
	return l.g, nil
}

// glossaryError turns a glossary reading error into an input error that
// names the file, line and column.
func (app *App) glossaryError(path string, err error) error {
	var pe *glossary.PosError
	if errors.As(err, &pe) {
		where := pe.Error()
		if pe.Key != "" {
			args := []any{}
			for k, v := range pe.Data {
				args = append(args, k, v)
			}
			pos := fmt.Sprintf("%s:%d", pe.Name, pe.Line)
			if pe.Column > 0 {
				pos += fmt.Sprintf(":%d", pe.Column)
			}
			where = pos + ": " + app.L.T("gloserr."+pe.Key, args...)
		}
		return inputErr(fmt.Errorf("%s", app.L.T("err.glossary_parse", "Where", where)))
	}
	return app.inputError(path, err)
}
