package xlsxread

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// A workbook saved by openpyxl (shared strings, rich text, numbers, a gap
// between rows, two sheets).
func TestOpenpyxlWorkbook(t *testing.T) {
	f, err := os.Open(filepath.Join("testdata", "openpyxl.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	wb, err := Open(f, DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(wb.Sheets(), ","); got != "Notes,Glossary" {
		t.Errorf("sheets = %s", got)
	}
	var rows []string
	err = wb.Rows("Glossary", func(row int, cells []string) error {
		rows = append(rows, fmt.Sprintf("%d:%s", row, strings.Join(cells, "|")))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"1:id|domain|fr|en|note",
		"2:place-erevan|place|Erevan|Yerevan|Also the government & <capital>",
		"3:n|other|6 500|3.5|rich bold text",
		"5:gap-row||plain shared|Пётр",
	}
	if strings.Join(rows, "\n") != strings.Join(want, "\n") {
		t.Errorf("rows:\n%s\nwant:\n%s", strings.Join(rows, "\n"), strings.Join(want, "\n"))
	}
	if err := wb.Rows("Nope", func(int, []string) error { return nil }); !errors.Is(err, ErrNoSheet) {
		t.Errorf("missing sheet: %v", err)
	}
}

// A workbook written by excelize's stream writer (inline strings).
func TestExcelizeWorkbook(t *testing.T) {
	x := excelize.NewFile()
	sw, _ := x.NewStreamWriter("Sheet1")
	sw.SetRow("A1", []interface{}{"a", "b"})
	sw.SetRow("B3", []interface{}{"=not a formula"})
	sw.Flush()
	var buf bytes.Buffer
	x.WriteTo(&buf)
	wb, err := Open(&buf, DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	wb.Rows("Sheet1", func(row int, cells []string) error {
		got = append(got, fmt.Sprint(row, cells))
		return nil
	})
	if strings.Join(got, ";") != "1 [a b];3 [ =not a formula]" {
		t.Errorf("rows = %q", got)
	}
}

func TestLimitsAndGarbage(t *testing.T) {
	if _, err := Open(strings.NewReader("not a zip"), DefaultLimits); !errors.Is(err, ErrNotXLSX) {
		t.Errorf("garbage: %v", err)
	}
	data, _ := os.ReadFile(filepath.Join("testdata", "openpyxl.xlsx"))
	if _, err := Open(bytes.NewReader(data), Limits{File: 100, Part: 1 << 20}); !errors.Is(err, ErrTooLarge) {
		t.Errorf("file limit: %v", err)
	}
	wb, err := Open(bytes.NewReader(data), Limits{File: 1 << 20, Part: 1 << 20})
	if err != nil {
		t.Fatal(err)
	}
	wb.lim.Part = 50
	if err := wb.Rows("Glossary", func(int, []string) error { return nil }); !errors.Is(err, ErrTooLarge) {
		t.Errorf("part limit: %v", err)
	}
}

func TestColumnOf(t *testing.T) {
	for ref, want := range map[string]int{"A1": 0, "Z9": 25, "AA1": 26, "AB12": 27, "XFD1": 16383} {
		if got, err := columnOf(ref); err != nil || got != want {
			t.Errorf("columnOf(%s) = %d, %v", ref, got, err)
		}
	}
	for _, bad := range []string{"1", "", "XFE1"} {
		if _, err := columnOf(bad); err == nil {
			t.Errorf("columnOf(%q) should fail", bad)
		}
	}
}
