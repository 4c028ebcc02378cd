package segment

import (
	"io"
	"sync"
)

// Parallel is Stream on several cores: it reads r in blocks of
// paragraphs, cuts each block into sentences on one of workers goroutines
// and runs work there on the block's sentences (their Par and Index not
// yet set), then calls emit with each block's sentences, numbered as
// Stream numbers them, and work's result, in input order. At most
// 2·workers blocks are in memory at once. An error from emit or r stops
// the run and is returned. s must be safe for concurrent use (a Segmenter
// is).
func Parallel[T any](s *Segmenter, r io.Reader, mode Paragraphs, workers int, work func([]Sentence) T, emit func([]Sentence, T) error) error {
	if workers < 1 {
		workers = 1
	}
	type block struct {
		seq   int
		paras []string
		bases []int
		sents []Sentence
		found []int // sentences of each paragraph
		res   T
	}
	jobs := make(chan *block)
	done := make(chan *block)
	slots := make(chan struct{}, 2*workers)
	stop := make(chan struct{})
	var readErr error
	go func() { // the reader
		defer close(jobs)
		seq, size := 0, 0
		cur := &block{}
		send := func() bool {
			select {
			case slots <- struct{}{}:
			case <-stop:
				return false
			}
			cur.seq = seq
			seq++
			jobs <- cur
			cur, size = &block{}, 0
			return true
		}
		readErr = eachParagraph(r, mode, func(p string, base int) error {
			cur.paras = append(cur.paras, p)
			cur.bases = append(cur.bases, base)
			size += len(p)
			if size >= blockBytes || len(cur.paras) >= blockParagraphs {
				if !send() {
					return errStopped
				}
			}
			return nil
		})
		if readErr == nil && len(cur.paras) > 0 {
			send()
		}
	}()
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for b := range jobs {
				for k, p := range b.paras {
					n := 0
					s.splitPara(p, func(x, y int) {
						b.sents = append(b.sents, Sentence{Text: p[x:y], Start: b.bases[k] + x, End: b.bases[k] + y})
						n++
					})
					b.found = append(b.found, n)
				}
				b.res = work(b.sents)
				done <- b
			}
		}()
	}
	go func() {
		wg.Wait()
		close(done)
	}()
	pending := map[int]*block{}
	next, par, sent := 0, 0, 0
	var emitErr error
	for b := range done {
		pending[b.seq] = b
		for {
			cur, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			<-slots
			if emitErr != nil {
				continue
			}
			i := 0
			for _, n := range cur.found {
				for k := 0; k < n; k++ {
					cur.sents[i].Par, cur.sents[i].Index = par, sent
					i++
					sent++
				}
				if n > 0 || mode == Line {
					par++
				}
			}
			if emitErr = emit(cur.sents, cur.res); emitErr != nil {
				close(stop)
			}
		}
	}
	if emitErr != nil {
		return emitErr
	}
	if readErr != nil && readErr != errStopped {
		return readErr
	}
	return nil
}

// Block sizes of Parallel.
const (
	blockBytes      = 64 << 10
	blockParagraphs = 512
)

var errStopped = errStoppedType{}

type errStoppedType struct{}

func (errStoppedType) Error() string { return "segment: stopped" }
