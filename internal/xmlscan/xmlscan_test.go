package xmlscan

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"testing/iotest"
)

func tokens(t testing.TB, in string, r io.Reader) ([]string, error) {
	if r == nil {
		r = strings.NewReader(in)
	}
	s := New(r, 1<<20)
	var out []string
	for {
		k, err := s.Next()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return out, err
		}
		switch k {
		case StartElement:
			var attrs []string
			for _, a := range s.Attrs() {
				attrs = append(attrs, a.Name+"="+a.Value)
			}
			out = append(out, fmt.Sprintf("<%s%v@%d", s.Name(), attrs, s.Line()))
		case EndElement:
			out = append(out, "</"+s.Name())
		case Text:
			out = append(out, fmt.Sprintf("%q", s.Text()))
		}
	}
}

func TestScan(t *testing.T) {
	const doc = `<?xml version="1.0"?>
<!DOCTYPE martif SYSTEM "x.dtd" [ <!ENTITY a "b"> ]>
<!-- c -->
<tbx:tbx xmlns:tbx="urn:x" xml:lang='fr'>
  <a id="1 &amp; &#x41;&#66;">x &lt;y&gt; &quot;z&apos;<![CDATA[<raw>]]></a><b/>
</tbx:tbx>
`
	want := `<tbx[xmlns:tbx=urn:x xml:lang=fr]@4|"\n  "|<a[id=1 & AB]@5|"x <y> \"z'"|"<raw>"|</a|<b[]@5|</b|"\n"|</tbx`
	for _, r := range []io.Reader{nil, iotest.OneByteReader(strings.NewReader(doc)), iotest.HalfReader(strings.NewReader(doc))} {
		got, err := tokens(t, doc, r)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Join(got, "|") != want {
			t.Errorf("tokens:\n%s\nwant:\n%s", strings.Join(got, "|"), want)
		}
	}
}

func TestErrors(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", "line 1: no root element"},
		{"<a><b></a>", "line 1: element <b> closed by </a>"},
		{"<a>\n<b>", "line 2: unexpected end of file: <b> is not closed"},
		{"</a>", "end tag </a> without a start tag"},
		{"<a/><b/>", "a second root element <b>"},
		{"x<a/>", "text outside the root element"},
		{"<a>&nbsp;</a>", "unknown entity &nbsp;"},
		{"<a>& b</a>", "bare &"},
		{"<a>&#0;</a>", "bad character reference"},
		{"<a b=c/>", "unquoted attribute value"},
		{"<a b/>", "attribute without a value"},
		{"<a>\xff</a>", "invalid UTF-8"},
		{"<a><!-- x", "unexpected end of file in a comment"},
		{"<a b='1", "unexpected end of file in a start tag"},
	} {
		_, err := tokens(t, tc.in, nil)
		var se *SyntaxError
		if err == nil || !errors.As(err, &se) || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%q: err = %v, want %s", tc.in, err, tc.want)
		}
	}
	s := New(strings.NewReader("<a>"+strings.Repeat("x", 1000)+"</a>"), 100)
	var err error
	for err == nil {
		_, err = s.Next()
	}
	if !errors.Is(err, ErrTooLarge) {
		t.Errorf("limit: %v", err)
	}
}

func FuzzScan(f *testing.F) {
	f.Add(`<a x="1"><b>t&amp;</b><![CDATA[c]]></a>`)
	f.Add(`<!DOCTYPE a [<!ELEMENT a ANY>]><a/>`)
	f.Fuzz(func(t *testing.T, in string) {
		s := New(strings.NewReader(in), 1<<20)
		depth := 0
		for i := 0; i < 100000; i++ {
			k, err := s.Next()
			if err != nil {
				if err != io.EOF && !errors.As(err, new(*SyntaxError)) {
					t.Fatalf("unexpected error type %T: %v", err, err)
				}
				if err == io.EOF && depth != 0 {
					t.Fatalf("EOF at depth %d", depth)
				}
				return
			}
			switch k {
			case StartElement:
				depth++
			case EndElement:
				depth--
				if depth < 0 {
					t.Fatal("more ends than starts")
				}
			}
		}
		t.Fatal("no end after 100000 tokens")
	})
}
