package segment

import (
	"fmt"
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
	return runPipeline(&pipeline[T]{s: s, mode: mode, work: work, emit: emit}, workers,
		func(pl *pipeline[T]) { pl.read(r) })
}

// runPipeline runs pl: read on its own goroutine, workers cutting, and
// the delivery on this one.
func runPipeline[T any](pl *pipeline[T], workers int, read func(*pipeline[T])) error {
	workers = max(workers, 1)
	pl.jobs = make(chan *block[T])
	pl.done = make(chan *block[T])
	pl.slots = make(chan struct{}, 2*workers)
	pl.stop = make(chan struct{})
	go read(pl)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			pl.cut()
		}()
	}
	go func() {
		wg.Wait()
		close(pl.done)
	}()
	if err := pl.deliver(); err != nil {
		return err
	}
	if pl.readErr != nil && pl.readErr != errStopped {
		return pl.readErr
	}
	return nil
}

// ParallelBlocks is Parallel on raw input that decode turns into text one
// block at a time (textio.Source.Blocks gives both), so that decoding and
// paragraph reading run on the workers too and the reader only looks for
// where to cut: after a '\n' in Line mode, after a blank line in Blank
// mode, so that no paragraph spans two blocks. Offsets are those of the
// decoded text, as with Parallel; a decoding error stops the run.
func ParallelBlocks[T any](s *Segmenter, raw io.Reader, decode func(dst, block []byte) ([]byte, error), mode Paragraphs, workers int, work func([]Sentence) T, emit func([]Sentence, T) error) error {
	if mode != Line && mode != Blank {
		return fmt.Errorf("%w: ParallelBlocks needs line or blank", ErrParagraphs)
	}
	return runPipeline(&pipeline[T]{s: s, mode: mode, work: work, emit: emit, decode: decode}, workers,
		func(pl *pipeline[T]) { pl.readRaw(raw) })
}

// block is a run of paragraphs that one worker cuts.
type block[T any] struct {
	seq   int
	paras []string
	bases []int
	sents []Sentence
	found []int // sentences of each paragraph
	res   T
	// raw is the block's input before decoding (ParallelBlocks); textLen
	// the length of its decoded text, err a decoding error.
	raw     []byte
	textLen int
	err     error
}

// pipeline is the state of one Parallel run: a reader, workers, and the
// delivery in input order. slots bounds the blocks in flight.
type pipeline[T any] struct {
	s    *Segmenter
	mode Paragraphs
	work func([]Sentence) T
	emit func([]Sentence, T) error
	// decode, when set, decodes raw blocks on the workers
	// (ParallelBlocks).
	decode func(dst, block []byte) ([]byte, error)
	jobs   chan *block[T]
	done   chan *block[T]
	slots  chan struct{}
	stop   chan struct{}
	// readErr is written by the reader before it closes jobs, and read
	// after done is closed.
	readErr error
}

// read gathers paragraphs into blocks and sends them to the workers.
func (pl *pipeline[T]) read(r io.Reader) {
	defer close(pl.jobs)
	seq, size := 0, 0
	cur := &block[T]{}
	send := func() bool {
		select {
		case pl.slots <- struct{}{}:
		case <-pl.stop:
			return false
		}
		cur.seq = seq
		seq++
		pl.jobs <- cur
		cur, size = &block[T]{}, 0
		return true
	}
	pl.readErr = eachParagraph(r, pl.mode, func(p string, base int) error {
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
	if pl.readErr == nil && len(cur.paras) > 0 {
		send()
	}
}

// cut is a worker: it segments blocks and runs work on them.
func (pl *pipeline[T]) cut() {
	for b := range pl.jobs {
		if pl.decode != nil {
			pl.decodeBlock(b)
		}
		for k, p := range b.paras {
			n := 0
			pl.s.splitPara(p, func(x, y int) {
				b.sents = append(b.sents, Sentence{Text: p[x:y], Start: b.bases[k] + x, End: b.bases[k] + y})
				n++
			})
			b.found = append(b.found, n)
		}
		b.res = pl.work(b.sents)
		pl.done <- b
	}
}

// decodeBlock decodes b.raw and cuts it into paragraphs, with offsets
// from the block's start.
func (pl *pipeline[T]) decodeBlock(b *block[T]) {
	text, err := pl.decode(nil, b.raw)
	b.raw = nil
	if err != nil {
		b.err = err
		return
	}
	b.textLen = len(text)
	paragraphsOf(string(text), pl.mode, func(p string, base int) {
		b.paras = append(b.paras, p)
		b.bases = append(b.bases, base)
	})
}

// deliver numbers the blocks' sentences, moves their offsets to the
// whole text's (ParallelBlocks), and emits them in input order; it
// returns the first error of emit or of decoding.
func (pl *pipeline[T]) deliver() error {
	pending := map[int]*block[T]{}
	next, par, sent, base := 0, 0, 0, 0
	var emitErr error
	for b := range pl.done {
		pending[b.seq] = b
		for cur, ok := pending[next]; ok; cur, ok = pending[next] {
			delete(pending, next)
			next++
			<-pl.slots
			if emitErr != nil {
				continue
			}
			if emitErr = cur.err; emitErr != nil {
				close(pl.stop)
				continue
			}
			for i := range cur.sents {
				cur.sents[i].Start += base
				cur.sents[i].End += base
			}
			base += cur.textLen
			par, sent = number(cur.sents, cur.found, pl.mode, par, sent)
			if emitErr = pl.emit(cur.sents, cur.res); emitErr != nil {
				close(pl.stop)
			}
		}
	}
	return emitErr
}

// number sets Par and Index of sents, found[k] of them in paragraph k,
// from par and sent on; it returns the next numbers.
func number(sents []Sentence, found []int, mode Paragraphs, par, sent int) (int, int) {
	i := 0
	for _, n := range found {
		for k := 0; k < n; k++ {
			sents[i].Par, sents[i].Index = par, sent
			i++
			sent++
		}
		if n > 0 || mode == Line {
			par++
		}
	}
	return par, sent
}

// Block sizes of Parallel.
const (
	blockBytes      = 64 << 10
	blockParagraphs = 512
)

var errStopped = errStoppedType{}

type errStoppedType struct{}

func (errStoppedType) Error() string { return "segment: stopped" }
