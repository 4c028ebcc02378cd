package cli

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"encoding/hex"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/termalign/termalign/glossary"
	"github.com/termalign/termalign/internal/i18n"
)

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"termalign": func() {
			os.Exit(Run(os.Args[1:], Streams{In: os.Stdin, Out: os.Stdout, Err: os.Stderr}, os.Getenv))
		},
	})
}

// TestScripts runs the end-to-end scenarios in testdata/script/*.txtar.
// Run with -update to rewrite their expected files.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:                 filepath.Join("..", "..", "testdata", "script"),
		RequireExplicitExec: true,
		UpdateScripts:       os.Getenv("UPDATE_SCRIPTS") != "",
		Setup: func(env *testscript.Env) error {
			// Copy the sample article in, and start from a neutral locale.
			for _, name := range []string{"karabakh.fr.txt", "karabakh.en.txt"} {
				data, err := os.ReadFile(filepath.Join("..", "..", "testdata", name))
				if err != nil {
					return err
				}
				if err := os.WriteFile(filepath.Join(env.WorkDir, name), data, 0o644); err != nil {
					return err
				}
			}
			env.Setenv("LANG", "C")
			env.Setenv("LC_ALL", "")
			env.Setenv("LC_MESSAGES", "")
			return nil
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			// unhex FILE HEX... writes raw bytes (BOMs, UTF-16, NUL) that a
			// txtar file cannot hold.
			// head-bytes SRC DST N copies the first N bytes of SRC (a
			// truncated file).
			"head-bytes": func(ts *testscript.TestScript, neg bool, args []string) {
				if len(args) != 3 {
					ts.Fatalf("usage: head-bytes SRC DST N")
				}
				data, err := os.ReadFile(ts.MkAbs(args[0]))
				ts.Check(err)
				n, err := strconv.Atoi(args[2])
				ts.Check(err)
				ts.Check(os.WriteFile(ts.MkAbs(args[1]), data[:min(n, len(data))], 0o644))
			},
			// zipbomb FILE writes an XLSX whose sheet says it inflates
			// to 2 GiB: a few hundred bytes on disk.
			"zipbomb": func(ts *testscript.TestScript, neg bool, args []string) {
				if len(args) != 1 {
					ts.Fatalf("usage: zipbomb FILE")
				}
				ts.Check(writeZipBomb(ts.MkAbs(args[0])))
			},
			// longline FILE MB writes one line of MB megabytes of
			// lower-case words, with no punctuation.
			"longline": func(ts *testscript.TestScript, neg bool, args []string) {
				if len(args) != 2 {
					ts.Fatalf("usage: longline FILE MB")
				}
				mb, err := strconv.Atoi(args[1])
				ts.Check(err)
				words := []string{"les ", "troupes ", "tentent ", "d’avancer ", "vers ", "la ", "frontière "}
				var b strings.Builder
				for i := 0; b.Len() < mb<<20; i++ {
					b.WriteString(words[i%len(words)])
				}
				b.WriteString("\n")
				ts.Check(os.WriteFile(ts.MkAbs(args[0]), []byte(b.String()), 0o644))
			},
			"unhex": func(ts *testscript.TestScript, neg bool, args []string) {
				if len(args) < 2 {
					ts.Fatalf("usage: unhex FILE HEX...")
				}
				data, err := hex.DecodeString(strings.Join(args[1:], ""))
				ts.Check(err)
				ts.Check(os.WriteFile(ts.MkAbs(args[0]), data, 0o644))
			},
		},
	})
}

// Run never panics and always maps errors to exit codes, also when called
// in-process with injected streams.
func TestRunInProcess(t *testing.T) {
	for _, tc := range []struct {
		args []string
		code int
		out  string
		err  string
	}{
		{[]string{"segment", "--lang", "en", "-"}, 0, "Hello World.\nMy name is Jonas.\n", "2 sentences in 1 paragraph(s)"},
		{[]string{"segment", "--format", "jsonl", "-"}, 0, `{"par":0,"sent":0,"text":"Hello World.","start":0,"end":12}`, ""},
		{[]string{"--ui-lang", "fr", "segment", "--lang", "12", "-"}, 2, "", "valeur « 12 » invalide pour --lang"},
		{[]string{"segment", "--lang", "de", "-"}, 0, "Hello World.", "no sentence rules for \"de\""},
		{[]string{"segment", "--nope"}, 2, "", "unknown flag: --nope"},
		{[]string{"align", "a", "b", "c"}, 2, "", "takes 1 to 2 arguments, got 3"},
		{[]string{"import", "review.xlsx"}, 2, "", "review.xlsx: no such file"},
		{[]string{"align", "--format", "jsonl", "-"}, 0, `"source":"Hello World.","target":"","kind":"1-0"`, "2 pairs from 2 source and 0 target sentences"},
	} {
		var out, errb bytes.Buffer
		code := Run(tc.args, Streams{In: strings.NewReader("Hello World. My name is Jonas."), Out: &out, Err: &errb}, func(string) string { return "" })
		if code != tc.code {
			t.Errorf("%v: exit %d, want %d (stderr %q)", tc.args, code, tc.code, errb.String())
		}
		if !strings.Contains(out.String(), tc.out) {
			t.Errorf("%v: stdout %q lacks %q", tc.args, out.String(), tc.out)
		}
		if !strings.Contains(errb.String(), tc.err) {
			t.Errorf("%v: stderr %q lacks %q", tc.args, errb.String(), tc.err)
		}
	}
}

// Every lint code and severity has a message in both languages.
func TestLintMessagesExist(t *testing.T) {
	for _, lang := range []string{"en", "fr"} {
		ids, err := i18n.MessageIDs(lang)
		if err != nil {
			t.Fatal(err)
		}
		for _, code := range append(glossary.LintCodes(), "severity.error", "severity.warning") {
			if _, ok := ids["lint."+code]; !ok {
				t.Errorf("%s: no message lint.%s", lang, code)
			}
		}
	}
}

// failWriter fails every write, as a full disk or a closed pipe does.
type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("no space left on device") }

// A write error on stdout is never dropped: exit 2, said as an output
// error.
func TestOutputErrors(t *testing.T) {
	for _, args := range [][]string{
		{"glossary", "list"},
		{"glossary", "list", "--format", "jsonl"},
		{"glossary", "lookup", "erevan"},
		{"glossary", "lookup", "--format", "jsonl", "erevan"},
		{"glossary", "stats"},
		{"glossary", "stats", "--format", "jsonl"},
		{"glossary", "lint", "--format", "jsonl"},
		{"segment", "-"},
		{"terms", "-"},
		{"align", "--format", "jsonl", "-"},
	} {
		var errb bytes.Buffer
		code := Run(args, Streams{In: strings.NewReader("Le ministère de la défense à Erevan. Bonjour."), Out: failWriter{}, Err: &errb}, func(string) string { return "" })
		if code != ExitUsage || !strings.Contains(errb.String(), "no space left on device") {
			t.Errorf("%v: exit %d, stderr %q", args, code, errb.String())
		}
	}
}

// A TBX saved in UTF-16 (as some Windows tools do) is read.
func TestTBXInUTF16(t *testing.T) {
	dir := t.TempDir()
	tsv := filepath.Join(dir, "g.tsv")
	if err := os.WriteFile(tsv, []byte("id\tfr\ten\np\tBakou\tBaku\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tbx := filepath.Join(dir, "g.tbx")
	var errb bytes.Buffer
	if code := Run([]string{"glossary", "convert", tsv, tbx}, Streams{Out: &bytes.Buffer{}, Err: &errb}, func(string) string { return "" }); code != 0 {
		t.Fatalf("convert: %d %s", code, errb.String())
	}
	data, _ := os.ReadFile(tbx)
	u16 := []byte{0xFF, 0xFE}
	for _, r := range strings.ReplaceAll(string(data), `encoding="UTF-8"`, `encoding="UTF-16"`) {
		u16 = append(u16, byte(r), byte(r>>8)) // the text is in the BMP
	}
	if err := os.WriteFile(tbx, u16, 0o644); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if code := Run([]string{"glossary", "list", "--glossary", tbx}, Streams{Out: &out, Err: &errb}, func(string) string { return "" }); code != 0 || !strings.Contains(out.String(), "Bakou → Baku") {
		t.Fatalf("list: exit %d, %q %s", code, out.String(), errb.String())
	}
}

// writeZipBomb writes a workbook whose only sheet declares 2 GiB
// uncompressed (its data is a few bytes of deflate; a reader must refuse
// it from the declared size, or stop at its limit while inflating).
func writeZipBomb(path string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	z := zip.NewWriter(f)
	parts := map[string]string{
		"[Content_Types].xml":        `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`,
		"_rels/.rels":                `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
		"xl/workbook.xml":            `<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Glossary" sheetId="1" r:id="rId1"/></sheets></workbook>`,
		"xl/_rels/workbook.xml.rels": `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
	}
	for _, name := range []string{"[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels"} {
		w, err := z.Create(name)
		if err != nil {
			return err
		}
		if _, err := io.WriteString(w, parts[name]); err != nil {
			return err
		}
	}
	var deflated bytes.Buffer
	fw, err := flate.NewWriter(&deflated, flate.BestCompression)
	if err != nil {
		return err
	}
	if _, err := io.WriteString(fw, `<?xml version="1.0"?><worksheet>`); err != nil {
		return err
	}
	if err := fw.Close(); err != nil {
		return err
	}
	w, err := z.CreateRaw(&zip.FileHeader{Name: "xl/worksheets/sheet1.xml", Method: zip.Deflate,
		CRC32: 0, CompressedSize64: uint64(deflated.Len()), UncompressedSize64: 2 << 30})
	if err != nil {
		return err
	}
	if _, err := w.Write(deflated.Bytes()); err != nil {
		return err
	}
	if err := z.Close(); err != nil {
		return err
	}
	return f.Close()
}
