package textio

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

func utf16le(s string, bom bool) []byte {
	var b []byte
	if bom {
		b = append(b, 0xFF, 0xFE)
	}
	for _, r := range s {
		if r > 0xFFFF {
			r -= 0x10000
			hi, lo := 0xD800+(r>>10), 0xDC00+(r&0x3FF)
			b = append(b, byte(hi), byte(hi>>8), byte(lo), byte(lo>>8))
			continue
		}
		b = append(b, byte(r), byte(r>>8))
	}
	return b
}

func utf16be(s string) []byte {
	le := utf16le(s, false)
	b := []byte{0xFE, 0xFF}
	for i := 0; i+1 < len(le); i += 2 {
		b = append(b, le[i+1], le[i])
	}
	return b
}

func TestDecode(t *testing.T) {
	const fr = "L’Arménie a déclaré « cesser »."
	for _, tc := range []struct {
		name     string
		in       []byte
		encoding string
		want     string
		info     Info
		err      error
	}{
		{"utf-8", []byte(fr), "", fr, Info{Encoding: "utf-8"}, nil},
		{"utf-8 BOM", append([]byte{0xEF, 0xBB, 0xBF}, fr...), "", fr, Info{Encoding: "utf-8", BOM: true}, nil},
		{"utf-16le BOM", utf16le(fr+"\r\n", true), "", fr + "\n", Info{Encoding: "utf-16le", BOM: true}, nil},
		{"utf-16be BOM", utf16be(fr), "", fr, Info{Encoding: "utf-16be", BOM: true}, nil},
		{"utf-16 astral", utf16le("a😀b", true), "", "a😀b", Info{Encoding: "utf-16le", BOM: true}, nil},
		{"cp1252 fallback", []byte("Arm\xe9nie \x93cit\xe9\x94 \x80"), "", "Arménie “cité” €", Info{Encoding: "windows-1252", Fallback: true}, nil},
		{"forced cp1252", []byte("caf\xe9"), "windows-1252", "café", Info{Encoding: "windows-1252"}, nil},
		{"forced latin1", []byte("caf\xe9"), "latin1", "café", Info{Encoding: "iso-8859-1"}, nil},
		{"forced utf-8 invalid", []byte("ok\nca\xe9"), "utf-8", "", Info{}, ErrInvalidUTF8},
		{"crlf", []byte("a\r\nb\r\n"), "", "a\nb\n", Info{Encoding: "utf-8"}, nil},
		{"cr", []byte("a\rb\r"), "", "a\nb\n", Info{Encoding: "utf-8"}, nil},
		{"mixed newlines", []byte("a\r\r\nb\n\rc"), "", "a\n\nb\n\nc", Info{Encoding: "utf-8"}, nil},
		{"nfc", []byte("Arme\u0301nie"), "", "Arménie", Info{Encoding: "utf-8"}, nil},
		{"nul", []byte("abc\x00def"), "", "", Info{}, ErrBinary},
		{"nul utf-16", utf16le("ab\x00c", true), "", "", Info{}, ErrBinary},
		{"empty", nil, "", "", Info{Encoding: "utf-8"}, nil},
		{"unknown encoding", []byte("x"), "klingon-8", "", Info{}, ErrUnknownEncoding},
		{"auto is detect", []byte("é"), "auto", "é", Info{Encoding: "utf-8"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, info, err := Decode("in.txt", tc.in, Options{Encoding: tc.encoding})
			if tc.err != nil {
				if !errors.Is(err, tc.err) {
					t.Fatalf("err = %v, want %v", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got != tc.want {
				t.Errorf("text = %q, want %q", got, tc.want)
			}
			if info != tc.info {
				t.Errorf("info = %+v, want %+v", info, tc.info)
			}
		})
	}
}

func TestErrorsArePositioned(t *testing.T) {
	_, _, err := Decode("a.txt", []byte("line one\nline\x00two"), Options{})
	var pe *PositionError
	if !errors.As(err, &pe) {
		t.Fatalf("err = %v, want a PositionError", err)
	}
	if pe.Line != 2 || pe.Column != 5 || pe.Offset != 13 {
		t.Errorf("position = %d:%d @%d, want 2:5 @13", pe.Line, pe.Column, pe.Offset)
	}
	if got := err.Error(); !strings.HasPrefix(got, "a.txt:2:5: ") {
		t.Errorf("message %q lacks file:line:col", got)
	}
	_, _, err = Decode("b.txt", []byte("é\n\nab\xffc"), Options{Encoding: "utf-8"})
	if !errors.As(err, &pe) || pe.Line != 3 || pe.Column != 3 {
		t.Errorf("invalid UTF-8 err = %v", err)
	}
}

// A long input crosses the scanner's and the transformer's buffers: multibyte
// runes and CRLF pairs cut at a boundary must survive.
func TestLongInputAcrossBuffers(t *testing.T) {
	var b strings.Builder
	for b.Len() < 300<<10 {
		b.WriteString("Érevan, l’Arménie… 6\u00a0500 morts ✓\r\n")
	}
	want := strings.ReplaceAll(b.String(), "\r\n", "\n")
	got, info, err := Decode("big.txt", []byte(b.String()), Options{})
	if err != nil || info.Fallback {
		t.Fatalf("err=%v info=%+v", err, info)
	}
	if got != want {
		t.Fatal("long input changed in decoding")
	}
}

func TestOpenFileAndStdin(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "in.txt")
	if err := os.WriteFile(path, []byte("\xef\xbb\xbfBonjour\r\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	src, err := Open(path, nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	for i := 0; i < 2; i++ { // a Source can be read more than once
		r, err := src.Reader()
		if err != nil {
			t.Fatal(err)
		}
		var out bytes.Buffer
		out.ReadFrom(r)
		if out.String() != "Bonjour\n" {
			t.Errorf("read %d = %q", i, out.String())
		}
	}
	src2, err := Open("-", strings.NewReader("stdin\r\n"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	r, _ := src2.Reader()
	var out bytes.Buffer
	out.ReadFrom(r)
	if out.String() != "stdin\n" || src2.Name != "<stdin>" {
		t.Errorf("stdin = %q (%s)", out.String(), src2.Name)
	}
	if _, err := Open(filepath.Join(dir, "missing"), nil, Options{}); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing file: %v", err)
	}
	if _, err := Open(dir, nil, Options{}); err == nil {
		t.Error("a directory should be refused")
	}
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte("L’Arménie\r\n"), "")
	f.Add(utf16le("Bakou\r\n", true), "")
	f.Add([]byte("caf\xe9\r"), "")
	f.Add([]byte("\xef\xbb\xbfa\x00"), "utf-8")
	f.Fuzz(func(t *testing.T, data []byte, enc string) {
		got, _, err := Decode("fuzz", data, Options{Encoding: enc})
		if err != nil {
			return
		}
		if !utf8.ValidString(got) {
			t.Fatal("decoded text is not valid UTF-8")
		}
		if strings.ContainsRune(got, '\r') {
			t.Fatal("decoded text keeps a CR")
		}
		if !norm.NFC.IsNormalString(got) {
			t.Fatal("decoded text is not NFC")
		}
	})
}
