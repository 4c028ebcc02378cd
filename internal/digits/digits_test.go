package digits

import "testing"

func TestThreeAt(t *testing.T) {
	for _, tc := range []struct {
		text string
		i    int
		want bool
	}{
		{"6 500", 2, true},
		{"6 500 morts", 2, true},
		{"6 5000", 2, false},
		{"6 50", 2, false},
		{"6 5a0", 2, false},
		{"500", 0, true},
		{"", 0, false},
	} {
		if got := ThreeAt(tc.text, tc.i); got != tc.want {
			t.Errorf("ThreeAt(%q, %d) = %v, want %v", tc.text, tc.i, got, tc.want)
		}
	}
}
