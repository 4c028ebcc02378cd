package segment

// How the segmenter decides.
//
// The scanner (scan.go) walks a paragraph and stops at candidate
// boundaries of a few kinds: a terminator (. ! ? …), a capital after white
// space, a ";" or ":", a dash, a ")", a bullet, a run of separator
// characters, and the paragraph's end. For each candidate it asks the
// rules of that kind, in the order of order.go; the first rule with an
// opinion decides. A rule is a name, the genre and language trait it
// needs (none for most), and a function over a cursor at the candidate.
//
// To add a behaviour: write the rule's function in the file of its
// concern, put it in its place in order.go, and give it a table of
// examples in rules_test.go; `termalign segment --explain` shows which
// rule decided each candidate.

// act is a rule's answer.
type act uint8

const (
	// pass: no opinion; the next rule is asked.
	pass act = iota
	// cut: a sentence ends here.
	cut
	// keep: no sentence ends here (a rejected candidate).
	keep
	// skip: not a candidate after all; Explain does not report it.
	skip
)

// verdict is what a rule says about a candidate.
type verdict struct {
	act act
	// at is where the sentence ends (cut). When at2 > 0, a second
	// sentence runs from at to at2 (a heading, a separator line).
	at, at2 int
	// next is where the sentence after begins (cut).
	next int
	// resume is where the scan goes on; 0 for just after the candidate.
	resume int
	// item: the sentence after continues a list (a ";" that ended an
	// item).
	item bool
}

// set records v as the cursor's verdict and returns its act.
func (c *cursor) set(v verdict) act {
	c.v = v
	return v.act
}

// cutAt: the sentence ends at end, the next begins at next, and the scan
// resumes there.
func (c *cursor) cutAt(end, next int) act {
	return c.set(verdict{act: cut, at: end, next: next, resume: next})
}

// keepTo: no boundary; the scan resumes at resume (0: after the
// candidate).
func (c *cursor) keepTo(resume int) act {
	return c.set(verdict{act: keep, resume: resume})
}

// skipTo: not a candidate; the scan resumes at resume (0: after it).
func (c *cursor) skipTo(resume int) act {
	return c.set(verdict{act: skip, resume: resume})
}

// A rule is one named decision at a candidate boundary.
type rule struct {
	// name is what --explain prints; unique, in kebab case.
	name string
	// genre, when set, is the kind of text the rule is for; Options can
	// switch a genre off.
	genre Genre
	// needs, when set, is the language trait (rule data, [traits]) the
	// rule applies to.
	needs trait
	// when, if set, lists facts of which the candidate must have one for
	// the rule to fire: a necessary condition, tested before decide is
	// called.
	when fact
	// decide looks at the candidate and returns its act; unless it is
	// pass, the verdict is in c.v.
	decide func(c *cursor) act
}

// kind is the kind of a candidate boundary.
type kind uint8

const (
	terminatorKind kind = iota // . ! ? … and their runs
	capitalKind                // a capital after white space
	colonKind                  // ; or :
	dashKind                   // -
	separatorKind              // = _ * ~ #
	bracketKind                // )
	bulletKind                 // • ⁃ ◦ ▪
	endKind                    // the paragraph's end
	numKinds
)

var kindNames = [numKinds]string{"terminator", "capital", "colon", "dash", "separator", "bracket", "bullet", "end"}

func (k kind) String() string { return kindNames[k] }

// Genre is a kind of text some rules are written for. Every genre is on
// unless Options.Without lists it.
type Genre string

const (
	// Mail: e-mail and forum text (headers, salutations, signatures,
	// emoticons).
	Mail Genre = "mail"
	// News: newswire and newspaper conventions (datelines, bylines).
	News Genre = "news"
	// Legal: legal and regulatory text (document references, numbered
	// provisions).
	Legal Genre = "legal"
)

// Genres lists the genres, for help texts and flag completion.
var Genres = []Genre{Mail, News, Legal}

// Rule describes one of the segmenter's rules: the kind of candidate it
// looks at, its name, and the genre and trait it needs (empty for none).
type Rule struct {
	Kind  string
	Name  string
	Genre Genre
	Trait string
}

// RuleList lists every rule in the order it is asked, kind by kind.
func RuleList() []Rule {
	var out []Rule
	for k := kind(0); k < numKinds; k++ {
		for _, r := range order[k] {
			out = append(out, Rule{Kind: k.String(), Name: r.name, Genre: r.genre, Trait: r.needs.String()})
		}
	}
	return out
}

// compileRules keeps, for each kind, the rules that apply to s's language
// and genres.
func (s *Segmenter) compileRules(without []Genre) {
	off := map[Genre]bool{}
	for _, g := range without {
		off[g] = true
	}
	s.genreOff = off
	for k := kind(0); k < numKinds; k++ {
		for _, r := range order[k] {
			if r.genre != "" && off[r.genre] || r.needs != 0 && !s.has(r.needs) {
				continue
			}
			s.rules[k] = append(s.rules[k], *r)
		}
	}
}

// genreOn: genre g is not switched off.
func (s *Segmenter) genreOn(g Genre) bool { return !s.genreOff[g] }
