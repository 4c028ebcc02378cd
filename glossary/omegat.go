package glossary

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"
)

// WriteOmegaT writes the tab-separated layout OmegaT reads from a file
// named .utf8, .tab or .txt: source term, target term, comment, one line
// each. Admitted source variants get lines of their own; the comment holds
// the domain, the note and the forbidden target variants. It is a lossy
// export for CAT tools; keep the full TSV, TBX or XLSX as the master.
func WriteOmegaT(w io.Writer, g *Glossary, source, target string) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	fmt.Fprintf(bw, "# termalign glossary for OmegaT (%s → %s): source term, target term, comment\n", source, target)
	clean := func(s string) string {
		return strings.NewReplacer("\t", " ", "\r", " ", "\n", " ").Replace(s)
	}
	for _, e := range g.Entries {
		src, tgt := e.Lang(source), e.Lang(target)
		if src.Preferred == "" || tgt.Preferred == "" {
			continue
		}
		var comment []string
		if e.Domain != "" {
			comment = append(comment, e.Domain)
		}
		if e.Note != "" {
			comment = append(comment, e.Note)
		}
		if len(tgt.Forbidden) > 0 {
			comment = append(comment, "not: "+strings.Join(tgt.Forbidden, ", "))
		}
		c := clean(strings.Join(comment, " — "))
		for _, s := range append([]string{src.Preferred}, src.Variants...) {
			fmt.Fprintf(bw, "%s\t%s\t%s\n", clean(s), clean(tgt.Preferred), c)
		}
	}
	return bw.Flush()
}

// ReadOmegaT reads a tab-separated file named .utf8, .tab or .txt: the
// termalign TSV layout when its first line is a header with an "id" column,
// else OmegaT's layout (source term, target term, comment; "#" lines are
// comments), whose entries get ids made from the source term.
func ReadOmegaT(name string, r io.Reader, source, target string) (*Glossary, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxTabularBytes+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	first, _, _ := strings.Cut(string(data), "\n")
	for _, h := range strings.Split(strings.TrimRight(first, "\r"), "\t") {
		if strings.TrimSpace(h) == "id" {
			return ReadDelimited(name, bytes.NewReader(data), Delimited{Comma: '\t'})
		}
	}
	g := &Glossary{Name: name, Columns: []string{"id", source, target, "note"}}
	ids := map[string]int{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 64<<10), 16<<20)
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(text) == "" || strings.HasPrefix(text, "#") {
			continue
		}
		f := strings.Split(text, "\t")
		if len(f) < 2 || strings.TrimSpace(f[0]) == "" {
			return nil, &PosError{Name: name, Line: line, Column: 1, Msg: "want source term<TAB>target term[<TAB>comment]", Key: "omegat_layout"}
		}
		id := slug(f[0])
		ids[id]++
		if n := ids[id]; n > 1 {
			id = fmt.Sprintf("%s-%d", id, n)
		}
		e := &Entry{ID: id, Line: line, Langs: LangTerms{
			{source, &Terms{Preferred: f[0]}},
			{target, &Terms{Preferred: f[1]}},
		}}
		if len(f) > 2 {
			e.Note = strings.Join(f[2:], " ")
		}
		g.Entries = append(g.Entries, e)
	}
	if err := sc.Err(); err != nil {
		return nil, &PosError{Name: name, Line: line + 1, Msg: err.Error()}
	}
	return g, nil
}

// slug makes an id from a term: folded, words joined by hyphens.
func slug(term string) string {
	var b strings.Builder
	dash := false
	for _, r := range Fold(term) {
		if isWordRune(r) && r < 0x80 {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
		} else {
			dash = true
		}
	}
	if b.Len() == 0 || b.String()[0] >= '0' && b.String()[0] <= '9' {
		return "t-" + b.String()
	}
	return b.String()
}
