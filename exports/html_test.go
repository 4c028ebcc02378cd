package exports

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

func seedReport(t *testing.T) []byte {
	t.Helper()
	doc := trickyDoc(t)
	doc.Findings = []Finding{{Pair: 7, Problem: "missing_term", Severity: "major", Term: "ministry-defense", Detail: `"ministère de la défense" is translated without "defence ministry"`}}
	doc.Pairs[2].Score = 0.2
	var buf bytes.Buffer
	if err := WriteHTML(&buf, doc, HTMLOptions{Glossary: "embedded"}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestWriteHTML(t *testing.T) {
	html := string(seedReport(t))
	count := func(re string) int { return len(regexp.MustCompile(re).FindAllString(html, -1)) }
	if n := count(`<tr id="seg-tricky-`); n != len(tricky) {
		t.Errorf("%d rows, want %d", n, len(tricky))
	}
	if n := count(`<rect class="`); n != len(tricky) {
		t.Errorf("%d plot marks, want %d", n, len(tricky))
	}
	for _, want := range []string{
		`<a href="#seg-tricky-0008">tricky-0008</a>: ⚠ missing_term`, // the summary links to the finding
		`<mark class="term" tabindex="0" title="defence ministry"`,   // a term with its translation
		`<td class="low">⚠ 0.20 low</td>`,                            // a low score, with a label
		`=SOMME(A1:A2) n’est pas une formule`,
		`“Curly” and &#39;straight&#39; quotes`, // text escaped
	} {
		if !strings.Contains(html, want) {
			t.Errorf("the report lacks %q", want)
		}
	}
	if strings.Contains(html, "<script src") || strings.Contains(html, "http://") || strings.Contains(html, "https://") {
		t.Error("the report loads something from elsewhere")
	}
}

// TestReportInBrowser loads the report in headless Chromium with the
// network off, checks its DOM and takes a screenshot (skipped without
// Chromium; CI installs it).
func TestReportInBrowser(t *testing.T) {
	chromium, err := exec.LookPath("chromium")
	if err != nil {
		t.Skip("chromium is not installed: skipping the browser check")
	}
	dir := t.TempDir()
	page := filepath.Join(dir, "report.html")
	if err := os.WriteFile(page, seedReport(t), 0o644); err != nil {
		t.Fatal(err)
	}
	run := func(args ...string) []byte {
		base := []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
			"--disable-background-networking", "--disable-component-update", "--disable-sync",
			"--user-data-dir=" + filepath.Join(dir, "profile"), "--proxy-server=127.0.0.1:9"}
		out, err := exec.Command(chromium, append(append(base, args...), "file://"+page)...).Output()
		if err != nil {
			t.Fatalf("chromium %v: %v", args, err)
		}
		return out
	}
	dom := string(run("--dump-dom"))
	for _, c := range []struct {
		re   string
		want int
	}{
		{`<tr id="seg-tricky-\d+" class="seg"`, len(tricky)},
		{`<rect class="`, len(tricky)},
		{`<mark class="term"`, 2},
		{`missing_term`, 3},
	} {
		if n := len(regexp.MustCompile(c.re).FindAllString(dom, -1)); n < c.want {
			t.Errorf("DOM: %d of %q, want ≥ %d", n, c.re, c.want)
		}
	}
	if !strings.Contains(dom, `<form class="filters" aria-label="Filters">`) {
		t.Error("the script did not show the filters")
	}
	shot := filepath.Join(dir, "report.png")
	run("--window-size=1280,1600", "--screenshot="+shot)
	if st, err := os.Stat(shot); err != nil || st.Size() < 10000 {
		t.Errorf("no screenshot: %v", err)
	}
}
