package cli

import (
	"strings"
	"unicode/utf8"

	"github.com/termalign/termalign/internal/lang"
	"github.com/termalign/termalign/internal/langid"
)

// langWatch samples the first sentences of an input and warns once when
// they read like another language than the one given (the user forgot
// --lang en, or swapped the two files).
type langWatch struct {
	app    *App
	name   string
	code   string
	sample strings.Builder
	done   bool
}

// sampleSize is how much text the check reads before it decides.
const sampleSize = 4000

func (app *App) watchLang(name, tag string) *langWatch {
	code := tag
	if t, err := lang.Parse(tag); err == nil {
		code = lang.Code(t)
	}
	return &langWatch{app: app, name: name, code: code, done: !langid.Known(code)}
}

// add feeds one sentence; the check runs once the sample is full.
func (w *langWatch) add(text string) {
	if w.done {
		return
	}
	// Only the sample's worth of a sentence: a 50 MB line with no stop is
	// one sentence.
	if room := sampleSize - w.sample.Len(); len(text) > room {
		for room > 0 && !utf8.RuneStart(text[room]) {
			room--
		}
		text = text[:room]
	}
	w.sample.WriteString(text)
	w.sample.WriteByte(' ')
	if w.sample.Len() >= sampleSize {
		w.finish()
	}
}

// finish runs the check on what was sampled, if it has not run.
func (w *langWatch) finish() {
	if w.done {
		return
	}
	w.done = true
	got, best, second := langid.Guess(w.sample.String())
	if got != "" && got != w.code && best >= 5 && best >= 3*second {
		name := w.name
		if name == "" || name == "-" {
			name = w.app.L.T("input.stdin")
		}
		w.app.info(w.app.L.T("warn.wrong_lang", "Name", name, "Lang", w.code, "Looks", got))
	}
}
