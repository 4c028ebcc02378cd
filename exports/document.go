// Package exports writes aligned documents for the people and tools that
// use them: the XLSX review workbook (and reads it back), the TMX 1.4b
// translation memory (written and read), JSON Lines and a plain-text view.
// Writers stream: memory stays bounded by the document, not by the
// output. No function here prints, reads flags or exits.
package exports

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"github.com/termalign/termalign/align"
	"github.com/termalign/termalign/glossary"
)

// Document is one aligned document, what every writer takes. It is a
// plain value: build it, then hand it to any number of writers, from one
// goroutine or several (writers only read it).
type Document struct {
	// Name identifies the document in segment ids and TMX properties;
	// by default the source file's base name without extension.
	Name string
	// SourceFile and TargetFile are the inputs as the user named them.
	SourceFile, TargetFile string
	// SourceHash is the SHA-256 of the decoded source text (Hash).
	SourceHash string
	// SourceLang and TargetLang are BCP 47 tags ("fr", "en-GB").
	SourceLang, TargetLang string
	Pairs                  []align.Pair
	// SourceTerms and TargetTerms find the glossary terms to highlight
	// and list; either may be nil.
	SourceTerms, TargetTerms *glossary.Matcher
	// Glossary is the glossary the matchers were built from, for the
	// workbook's glossary sheet; nil for none.
	Glossary *glossary.Glossary
	// Created is the creation time written in the memory and workbook.
	Created time.Time
	// Tool and ToolVersion name the writer ("termalign", "v1.2.0").
	Tool, ToolVersion string
	// IDs, when set, are the pairs' segment ids (kept from an imported
	// workbook); otherwise ids are derived with SegmentID.
	IDs []string
	// Reviews holds the reviewers' verdicts by pair index (from an
	// imported workbook); nil means every pair is "new".
	Reviews []Review
	// Findings are the QA findings, in pair order; the workbook lists
	// them on its QA sheet and marks their rows.
	Findings []Finding
}

// Finding is a QA finding as the exports show it.
type Finding struct {
	Pair     int
	Problem  string // missing_term, forbidden_term, number_mismatch, untranslated, inconsistent
	Severity string
	Term     string // the glossary entry id, for term problems
	Detail   string
}

// Review is a reviewer's verdict on one pair.
type Review struct {
	Status  string // one of Statuses
	Comment string
}

// ID is the segment id of pair k.
func (d *Document) ID(k int) string {
	if k < len(d.IDs) && d.IDs[k] != "" {
		return d.IDs[k]
	}
	return SegmentID(d.Name, k)
}

func (d *Document) status(k int) string {
	if k < len(d.Reviews) && d.Reviews[k].Status != "" {
		return d.Reviews[k].Status
	}
	return "new"
}

func (d *Document) comment(k int) string {
	if k < len(d.Reviews) {
		return d.Reviews[k].Comment
	}
	return ""
}

// Hash is the SHA-256 of text, in hex.
func Hash(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:])
}

// DocName derives a document name from a file name: the base name
// without its extensions ("karabakh.fr.txt" → "karabakh").
func DocName(path string) string {
	base := filepath.Base(path)
	if base == "-" || base == "." || base == "/" || base == "" {
		return "stdin"
	}
	if i := strings.IndexByte(base, '.'); i > 0 {
		base = base[:i]
	}
	return base
}

// SegmentID is the stable id of the pair at index k of document doc:
// the document name and the pair's position, as in "karabakh-0007".
func SegmentID(doc string, k int) string {
	return fmt.Sprintf("%s-%04d", doc, k+1)
}

// indices lists a span's sentence indices.
func indices(s align.Span) []int { return s.Indices() }

// pairOfTexts is the one-to-one pair k of a memory: one sentence a side,
// or none for an empty side.
func pairOfTexts(k int, source, target string) align.Pair {
	p := align.Pair{Src: align.Span{Start: k, End: k}, Tgt: align.Span{Start: k, End: k}, Source: source, Target: target}
	if source != "" {
		p.Src.End++
	}
	if target != "" {
		p.Tgt.End++
	}
	return p
}
