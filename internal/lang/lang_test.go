package lang

import "testing"

func TestParse(t *testing.T) {
	tests := []struct {
		in, code string
		ok       bool
	}{
		{"fr", "fr", true}, {"fr-FR", "fr", true}, {"FR", "fr", true}, {"fr_ca", "fr", true},
		{"en-GB", "en", true}, {" de ", "de", true}, {"12", "", false}, {"", "", false}, {"x-y-z-!", "", false},
	}
	for _, tc := range tests {
		tag, err := Parse(tc.in)
		if (err == nil) != tc.ok {
			t.Errorf("Parse(%q): err %v, want ok=%v", tc.in, err, tc.ok)
			continue
		}
		if tc.ok && Code(tag) != tc.code {
			t.Errorf("Code(Parse(%q)) = %q, want %q", tc.in, Code(tag), tc.code)
		}
	}
	a, _ := Parse("fr-CA")
	b, _ := Parse("fr")
	if !Same(a, b) {
		t.Error("fr-CA and fr are not the same language")
	}
}
