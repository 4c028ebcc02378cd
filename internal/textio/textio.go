// Package textio turns the bytes of an input file into the text every
// termalign command works on: UTF-8 (with or without BOM), UTF-16 with a BOM,
// or Windows-1252 as a fallback for invalid UTF-8; CRLF and CR become LF; the
// result is NFC-normalised. A NUL byte marks a binary file and is refused.
//
// Byte offsets reported by later stages are offsets into this decoded text.
package textio

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/ianaindex"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Sentinel errors; match them with errors.Is.
var (
	// ErrBinary: the input holds a NUL character.
	ErrBinary = errors.New("textio: binary input (NUL byte)")
	// ErrInvalidUTF8: UTF-8 was required and the input is not.
	ErrInvalidUTF8 = errors.New("textio: invalid UTF-8")
	// ErrUnknownEncoding: the requested charset is not known.
	ErrUnknownEncoding = errors.New("textio: unknown encoding")
	// ErrIsDir: the input path names a directory.
	ErrIsDir = errors.New("textio: is a directory")
)

// PositionError says where in which input a decoding problem lies. Line and
// Column are 1-based; Column counts bytes of the raw line. Offset is the raw
// byte offset.
type PositionError struct {
	Name   string
	Line   int
	Column int
	Offset int64
	Err    error
}

func (e *PositionError) Error() string {
	return fmt.Sprintf("%s:%d:%d: %v", e.Name, e.Line, e.Column, e.Err)
}

func (e *PositionError) Unwrap() error { return e.Err }

// Options control decoding. The zero value detects the encoding.
type Options struct {
	// Encoding forces a charset (an IANA or WHATWG name such as "utf-8",
	// "windows-1252", "iso-8859-1", "utf-16le", "utf-16be", "utf-16").
	// Empty or "auto" detects: BOM, then UTF-8, else Windows-1252.
	Encoding string
}

// Info describes how an input was decoded.
type Info struct {
	// Encoding is the charset used, as a lower-case name.
	Encoding string
	// BOM is true when a byte order mark was found and removed.
	BOM bool
	// Fallback is true when the input was not valid UTF-8 and was read as
	// Windows-1252 instead. Callers should warn the user.
	Fallback bool
}

// Source is an opened input that can be decoded from the start any number of
// times. It is not safe for concurrent use.
type Source struct {
	Name string
	Info Info
	raw  io.ReadSeeker
	skip int64 // BOM length
	enc  encoding.Encoding
	file *os.File
}

// Open opens path ("-" reads stdin, which is buffered in memory, and so is
// any file that is not a regular one, such as a pipe; a regular file is
// read twice, once to check it and once to decode) and checks it
// before any text is produced: a NUL byte or, when UTF-8 is forced, invalid
// UTF-8 is reported with its position.
func Open(path string, stdin io.Reader, opts Options) (*Source, error) {
	if path == "-" {
		data, err := io.ReadAll(stdin)
		if err != nil {
			return nil, fmt.Errorf("<stdin>: %w", err)
		}
		return newSource("<stdin>", bytes.NewReader(data), nil, opts)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	st, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, err
	}
	if st.IsDir() {
		f.Close()
		return nil, fmt.Errorf("%s: %w", path, ErrIsDir)
	}
	if !st.Mode().IsRegular() {
		// A pipe, a FIFO, /dev/stdin, a process substitution: it cannot
		// be read twice, so it is read once into memory, as "-" is.
		data, err := io.ReadAll(f)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		return newSource(path, bytes.NewReader(data), nil, opts)
	}
	s, err := newSource(path, f, f, opts)
	if err != nil {
		f.Close()
		return nil, err
	}
	return s, nil
}

// FromBytes is Open for data already in memory.
func FromBytes(name string, data []byte, opts Options) (*Source, error) {
	return newSource(name, bytes.NewReader(data), nil, opts)
}

// Decode decodes data in memory and returns the text.
func Decode(name string, data []byte, opts Options) (string, Info, error) {
	s, err := FromBytes(name, data, opts)
	if err != nil {
		return "", Info{}, err
	}
	r, err := s.Reader()
	if err != nil {
		return "", s.Info, err
	}
	var b strings.Builder
	b.Grow(len(data))
	if _, err := io.Copy(&b, r); err != nil {
		return "", s.Info, err
	}
	return b.String(), s.Info, nil
}

// Close releases the file behind the source.
func (s *Source) Close() error {
	if s.file != nil {
		return s.file.Close()
	}
	return nil
}

// Blocks returns the raw input after any BOM, and a function that decodes
// a block of it into what Reader gives for those bytes (LF line ends,
// NFC), appending to dst (or returning block itself when it needs no
// change and dst is empty). A block must end just after a '\n', or at the
// end of the input, for the decoding to match: that is what lets blocks
// be decoded in parallel. ok is false for encodings whose units span two
// bytes (UTF-16), which Reader must read.
func (s *Source) Blocks() (raw io.Reader, decode func(dst, block []byte) ([]byte, error), ok bool, err error) {
	if strings.HasPrefix(s.Info.Encoding, "utf-16") {
		return nil, nil, false, nil
	}
	if _, err := s.raw.Seek(s.skip, io.SeekStart); err != nil {
		return nil, nil, false, fmt.Errorf("%s: %w", s.Name, err)
	}
	enc := s.enc
	name := s.Name
	decode = func(dst, block []byte) ([]byte, error) {
		if enc == nil && bytes.IndexByte(block, '\r') < 0 && norm.NFC.QuickSpan(block) == len(block) {
			// Already LF and NFC, as most UTF-8 text is: nothing to do,
			// not even a copy when there is nothing to append to.
			if len(dst) == 0 {
				return block, nil
			}
			return append(dst, block...), nil
		}
		var t transform.Transformer = transform.Chain(newlines{}, norm.NFC)
		if enc != nil {
			t = transform.Chain(enc.NewDecoder(), newlines{}, norm.NFC)
		}
		if cap(dst)-len(dst) < len(block) {
			dst = append(make([]byte, 0, len(dst)+len(block)+len(block)/16), dst...)
		}
		out, _, err := transform.Append(t, dst, block)
		if err != nil {
			return out, fmt.Errorf("%s: %w", name, err)
		}
		return out, nil
	}
	return s.raw, decode, true, nil
}

// Reader returns the decoded text from the start: LF line ends, NFC.
func (s *Source) Reader() (io.Reader, error) {
	if _, err := s.raw.Seek(s.skip, io.SeekStart); err != nil {
		return nil, fmt.Errorf("%s: %w", s.Name, err)
	}
	var dec transform.Transformer = transform.Nop
	if s.enc != nil {
		dec = s.enc.NewDecoder()
	}
	r := transform.NewReader(bufio.NewReaderSize(s.raw, 64<<10), transform.Chain(dec, newlines{}, norm.NFC))
	return &namedReader{r: r, name: s.Name}, nil
}

type namedReader struct {
	r    io.Reader
	name string
}

func (n *namedReader) Read(p []byte) (int, error) {
	k, err := n.r.Read(p)
	if err != nil && err != io.EOF {
		err = fmt.Errorf("%s: %w", n.name, err)
	}
	return k, err
}

// littleEndian guesses the byte order of BOM-less UTF-16 from its first
// kilobyte: Latin text has its zero bytes second in each unit in
// little-endian order, first in big-endian.
func littleEndian(raw io.ReadSeeker) bool {
	head := make([]byte, 1024)
	if _, err := raw.Seek(0, io.SeekStart); err != nil {
		return false
	}
	n, _ := io.ReadFull(raw, head)
	even, odd := 0, 0
	for i := 0; i+1 < n; i += 2 {
		if head[i] == 0 {
			even++
		}
		if head[i+1] == 0 {
			odd++
		}
	}
	return odd > even
}

func newSource(name string, raw io.ReadSeeker, f *os.File, opts Options) (*Source, error) {
	s := &Source{Name: name, raw: raw, file: f}
	head := make([]byte, 3)
	n, err := io.ReadFull(raw, head)
	if err != nil && err != io.ErrUnexpectedEOF && err != io.EOF {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	head = head[:n]
	bom := ""
	switch {
	case bytes.HasPrefix(head, []byte{0xEF, 0xBB, 0xBF}):
		bom, s.skip = "utf-8", 3
	case bytes.HasPrefix(head, []byte{0xFF, 0xFE}):
		bom, s.skip = "utf-16le", 2
	case bytes.HasPrefix(head, []byte{0xFE, 0xFF}):
		bom, s.skip = "utf-16be", 2
	}
	want := strings.ToLower(strings.TrimSpace(opts.Encoding))
	if want == "auto" {
		want = ""
	}
	if want != "" {
		canon, enc, err := lookup(want)
		if err != nil {
			return nil, err
		}
		want = canon
		if canon == "utf-16" {
			// Plain "utf-16" takes its byte order from the BOM, else from
			// where the zero bytes of mostly-Latin text fall.
			want = "utf-16be"
			if bom == "utf-16le" || bom == "" && littleEndian(raw) {
				want = "utf-16le"
			}
			_, enc, _ = lookup(want)
		}
		s.enc = enc
		if bom != "" && bom == want {
			s.Info.BOM = true
		} else {
			s.skip = 0
		}
	} else {
		want = bom
		s.Info.BOM = bom != ""
		if want != "" {
			_, s.enc, _ = lookup(want)
		}
	}
	if _, err := raw.Seek(s.skip, io.SeekStart); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	unit := 1
	if strings.HasPrefix(want, "utf-16") {
		unit = 2
	}
	valid, err := scan(name, raw, unit, want == "utf-16be", s.skip, want == "utf-8")
	if err != nil {
		return nil, err
	}
	switch {
	case want != "":
	case valid:
		want = "utf-8"
	default:
		want = "windows-1252"
		s.enc = charmap.Windows1252
		s.Info.Fallback = true
	}
	if want == "utf-8" {
		s.enc = nil // valid UTF-8 passes through untouched
	}
	s.Info.Encoding = want
	return s, nil
}

// lookup resolves a charset name.
func lookup(name string) (string, encoding.Encoding, error) {
	switch name {
	case "utf8", "utf-8":
		return "utf-8", unicode.UTF8, nil
	case "utf-16", "utf16":
		return "utf-16", nil, nil
	case "utf-16le", "utf16le":
		return "utf-16le", unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), nil
	case "utf-16be", "utf16be":
		return "utf-16be", unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), nil
	case "cp1252", "windows-1252":
		return "windows-1252", charmap.Windows1252, nil
	case "latin1", "latin-1", "iso-8859-1":
		return "iso-8859-1", charmap.ISO8859_1, nil
	}
	enc, err := ianaindex.IANA.Encoding(name)
	if err != nil || enc == nil {
		return "", nil, fmt.Errorf("%w: %q", ErrUnknownEncoding, name)
	}
	canon, err := ianaindex.IANA.Name(enc)
	if err != nil {
		canon = name
	}
	return strings.ToLower(canon), enc, nil
}

// scan reads the raw input once, from offset base: it refuses NUL code
// units (bytes, or 16-bit units for UTF-16, in the given byte order) and reports whether the bytes
// are valid UTF-8. With strict, invalid UTF-8 is an error with its position.
func scan(name string, r io.Reader, unit int, bigEndian bool, base int64, strict bool) (bool, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	buf := make([]byte, 64<<10)
	var carry []byte
	off := base // raw offset of buf[0] (after carry is prepended)
	line, lineStart := 1, base
	valid := true
	for {
		copy(buf, carry)
		n, err := br.Read(buf[len(carry):])
		chunk := buf[:len(carry)+n]
		eof := err == io.EOF
		if err != nil && !eof {
			return false, fmt.Errorf("%s: %w", name, err)
		}
		// Keep an incomplete unit or rune at the end for the next round.
		keep := 0
		if !eof {
			if unit == 2 {
				keep = len(chunk) % 2
			} else {
				keep = incompleteTail(chunk)
			}
		}
		body := chunk[:len(chunk)-keep]
		start := 0
		if unit == 1 && bytes.IndexByte(body, 0) < 0 && utf8.Valid(body) {
			// The common case, in a few vectorised passes: only the line
			// count is needed from it.
			if n := bytes.Count(body, []byte{'\n'}); n > 0 {
				line += n
				lineStart = off + int64(bytes.LastIndexByte(body, '\n')) + 1
			}
			start = len(body)
		}
		for i := start; i < len(body); {
			if unit == 2 {
				if i+1 >= len(body) { // a dangling odd byte at the end
					break
				}
				lo, hi := body[i], body[i+1]
				if bigEndian {
					lo, hi = hi, lo
				}
				if lo == 0 && hi == 0 {
					return false, posErr(name, line, off+int64(i)-lineStart+1, off+int64(i), ErrBinary)
				}
				if lo == '\n' && hi == 0 {
					line++
					lineStart = off + int64(i) + 2
				}
				i += 2
				continue
			}
			c := body[i]
			if c == 0 {
				return false, posErr(name, line, off+int64(i)-lineStart+1, off+int64(i), ErrBinary)
			}
			if c == '\n' {
				line++
				lineStart = off + int64(i) + 1
			}
			if c < utf8.RuneSelf {
				i++
				continue
			}
			_, size := utf8.DecodeRune(body[i:])
			if size == 1 {
				if strict {
					return false, posErr(name, line, off+int64(i)-lineStart+1, off+int64(i), ErrInvalidUTF8)
				}
				valid = false
			}
			i += size
		}
		off += int64(len(body))
		carry = append(carry[:0], chunk[len(body):]...)
		if eof {
			return valid, nil
		}
	}
}

func posErr(name string, line int, col, off int64, err error) error {
	return &PositionError{Name: name, Line: line, Column: int(col), Offset: off, Err: err}
}

// incompleteTail is the length of a UTF-8 sequence cut at the end of b.
func incompleteTail(b []byte) int {
	for k := 1; k <= 3 && k <= len(b); k++ {
		c := b[len(b)-k]
		if c < 0x80 {
			return 0
		}
		if c >= 0xC0 { // a lead byte
			need := 2
			switch {
			case c >= 0xF0:
				need = 4
			case c >= 0xE0:
				need = 3
			}
			if need > k {
				return k
			}
			return 0
		}
	}
	return 0
}

// newlines turns CRLF and lone CR into LF.
type newlines struct{}

func (newlines) Reset() {}

func (newlines) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	for nSrc < len(src) {
		c := src[nSrc]
		if c != '\r' {
			// Copy the run up to the next CR in one go, looking no
			// further than dst has room for (a long src with no CR would
			// otherwise be scanned again on every call).
			room := min(len(src)-nSrc, len(dst)-nDst)
			if room == 0 {
				return nDst, nSrc, transform.ErrShortDst
			}
			j := bytes.IndexByte(src[nSrc:nSrc+room], '\r')
			if j < 0 {
				j = room
			}
			copy(dst[nDst:], src[nSrc:nSrc+j])
			nDst += j
			nSrc += j
			continue
		}
		if nSrc+1 == len(src) && !atEOF {
			return nDst, nSrc, transform.ErrShortSrc
		}
		if nDst >= len(dst) {
			return nDst, nSrc, transform.ErrShortDst
		}
		dst[nDst] = '\n'
		nDst++
		nSrc++
		if nSrc < len(src) && src[nSrc] == '\n' {
			nSrc++
		}
	}
	return nDst, nSrc, nil
}
