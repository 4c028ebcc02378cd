package cli

import (
	"bufio"
	"fmt"
	"io"
	"path/filepath"
	"runtime"
	"strings"
	"sync"

	"github.com/spf13/cobra"

	"github.com/termalign/termalign/exports"
	"github.com/termalign/termalign/internal/progress"
)

// batchDoc is one line of a --batch file.
type batchDoc struct {
	source, target, name string
	line                 int
}

// batchResult is one aligned document, or why it failed.
type batchResult struct {
	doc *exports.Document
	err error
}

// alignBatchRun aligns every document pair of --batch into one memory,
// on --jobs workers, in input order. A document that fails is reported by
// name and left out; the memory is written atomically once all are done.
func alignBatchRun(opts *alignOptions, cmd *cobra.Command) error {
	app := opts.app
	outs, err := app.parseOutputs(cmd, opts.outputs, "tmx", "tmx")
	if err != nil {
		return err
	}
	if len(outs) != 1 {
		return usageErr(cmd, fmt.Errorf("%s", app.L.T("err.batch_output")))
	}
	docs, err := app.readBatch(opts.batch)
	if err != nil {
		return err
	}
	setup, err := app.alignSetup(cmd, opts)
	if err != nil {
		return err
	}
	jobs := opts.jobs
	if jobs <= 0 {
		jobs = runtime.GOMAXPROCS(0)
	}
	bar := progress.New(app.Err, "align --batch")
	failed, written := 0, 0
	write := func(w io.Writer) error {
		tw, err := exports.NewTMXWriter(w, setup.langs.src.String(), "termalign", version(), nowUTC(), exports.TMXOptions{IncludeEmpty: opts.includeEmpty})
		if err != nil {
			return err
		}
		err = alignInOrder(app, setup, docs, jobs, func(k int, r batchResult) error {
			bar.Set(k+1, len(docs))
			if r.err == nil {
				r.err = tw.WriteDocument(r.doc)
			}
			if r.err != nil {
				failed++
				app.info(app.L.T("batch.failed", "Name", docs[k].source, "Line", docs[k].line, "Err", r.err.Error()))
				return nil
			}
			written++
			return nil
		})
		bar.Done()
		if err != nil {
			return err
		}
		if written == 0 {
			return inputErr(fmt.Errorf("%s", app.L.T("err.batch_none")))
		}
		return tw.Close()
	}
	inputs := []string{opts.batch}
	for _, d := range docs {
		inputs = append(inputs, d.source, d.target)
	}
	if outs[0].path == "-" {
		err = write(app.Out)
	} else {
		err = app.writeOutput(outs[0].path, inputs, write)
	}
	if err != nil {
		return err
	}
	app.info(app.L.N("batch.summary", written, "Failed", failed))
	if failed > 0 {
		return errProblems
	}
	return nil
}

// alignInOrder aligns docs on jobs workers and calls fn for each result in
// input order. At most 2·jobs documents are held at once.
func alignInOrder(app *App, s *alignSetup, docs []batchDoc, jobs int, fn func(k int, r batchResult) error) error {
	type done struct {
		k int
		r batchResult
	}
	next := make(chan int)
	results := make(chan done)
	slots := make(chan struct{}, 2*jobs) // bounds the documents in flight
	var wg sync.WaitGroup
	for w := 0; w < jobs; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range next {
				doc, err := app.alignDocument(s, docs[k].source, docs[k].target, nil)
				if doc != nil {
					doc.Name = docs[k].name
				}
				results <- done{k, batchResult{doc, err}}
			}
		}()
	}
	go func() {
		for k := range docs {
			slots <- struct{}{}
			next <- k
		}
		close(next)
		wg.Wait()
		close(results)
	}()
	pending := map[int]batchResult{}
	want := 0
	var firstErr error
	for d := range results {
		pending[d.k] = d.r
		for {
			r, ok := pending[want]
			if !ok {
				break
			}
			delete(pending, want)
			if firstErr == nil {
				firstErr = fn(want, r)
			}
			want++
			<-slots
		}
	}
	return firstErr
}

// readBatch reads the pairs file: "source<TAB>target" a line, paths
// relative to the file's folder; empty lines and "#" comments skipped.
func (app *App) readBatch(path string) ([]batchDoc, error) {
	text, err := app.readAllInput(path)
	if err != nil {
		return nil, err
	}
	dir := filepath.Dir(path)
	if path == "-" {
		dir = "."
	}
	var docs []batchDoc
	names := map[string]int{}
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		l := strings.TrimSpace(sc.Text())
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		f := strings.Split(l, "\t")
		if len(f) != 2 || strings.TrimSpace(f[0]) == "" || strings.TrimSpace(f[1]) == "" {
			return nil, inputErr(fmt.Errorf("%s", app.L.T("err.batch_line", "Name", path, "Line", line)))
		}
		src, tgt := strings.TrimSpace(f[0]), strings.TrimSpace(f[1])
		name := docName(src)
		if n := names[name]; n > 0 {
			names[name]++
			name = fmt.Sprintf("%s-%d", name, n+1)
		} else {
			names[name] = 1
		}
		docs = append(docs, batchDoc{source: resolve(dir, src), target: resolve(dir, tgt), name: name, line: line})
	}
	if err := sc.Err(); err != nil {
		return nil, app.inputError(path, err)
	}
	if len(docs) == 0 {
		return nil, inputErr(fmt.Errorf("%s", app.L.T("err.batch_empty", "Name", path)))
	}
	return docs, nil
}

// docName names a batch document by its path as written, without the
// extensions of its base name ("2023/karabakh.fr.txt" → "2023/karabakh").
func docName(src string) string {
	dir := filepath.ToSlash(filepath.Dir(src))
	base := exports.DocName(src)
	if dir == "." {
		return base
	}
	return dir + "/" + base
}

func resolve(dir, p string) string {
	if filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(dir, p)
}
