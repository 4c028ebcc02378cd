package jsonw

import (
	"bytes"
	"encoding/json"
	"testing"
)

// String writes what encoding/json writes (with HTML left as it is).
func FuzzString(f *testing.F) {
	for _, s := range []string{"", "plain", "«guillemets» & <b>", "tab\there\nnew \"quoted\" \\", "\x00\x1f\x7f", "\u2028\u2029", "\xff\xfeinvalid", "émoji 🎉"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(s); err != nil {
			t.Fatal(err)
		}
		got := append(String(nil, s), '\n')
		if !bytes.Equal(got, want.Bytes()) {
			t.Fatalf("%q:\n got %s\nwant %s", s, got, want.Bytes())
		}
	})
}
