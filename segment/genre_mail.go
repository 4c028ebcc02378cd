package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Mail: e-mail and forum text. Header lines ("Sean Boyle 08/17/2000 11:21
// AM"), salutations ("Dear All,"), closings and signatures ("Thanks
// Rudwell 53596"), addresses and attachments, emoticons, and "?" that
// stands for a lost character.

// colonQuestion: "Direct Dial:? 203.961.7523": a "?" glued to a colon
// stands for a lost character, not a question.
var colonQuestion = &rule{name: "colon-question", genre: Mail, decide: func(c *cursor) act {
	if c.p[c.i] == '?' && c.i > c.start && c.p[c.i-1] == ':' {
		return c.keepTo(c.i + 1)
	}
	return pass
}}

// emoticonAfter: "Thanks a lot!! :-) See you": an emoticon after the end
// belongs to the sentence it comments on, and ends it.
var emoticonAfter = &rule{name: "emoticon-after", when: spaceAfter, genre: Mail, decide: func(c *cursor) act {
	if m := &c.mark; m.nr == ':' || m.nr == ';' {
		if e := emoticonEnd(c.p, m.next); e > 0 {
			return c.cutAt(e, skipSpace(c.p, e))
		}
	}
	return pass
}}

// emoticon: "great :) see you": an emoticon ends the sentence it follows;
// one that opens a sentence stands alone ("Meal!! :-) \\//").
var emoticon = &rule{name: "emoticon", genre: Mail, decide: func(c *cursor) act {
	e := emoticonEnd(c.p, c.i)
	switch {
	case e == 0:
		return pass
	case e < len(c.p):
		return c.set(verdict{act: cut, at: e, next: skipSpace(c.p, e), resume: e})
	}
	return c.keepTo(e)
}}

// mailHeader: "Sean Boyle 08/17/2000 11:21 AM I spoke": a name, a date and
// a time, then the text; the date and time are a sentence of their own.
var mailHeader = &rule{name: "mail-header", genre: Mail, decide: func(c *cursor) act {
	if c.i <= c.start {
		return pass
	}
	if d, b := c.s.headerBreak(c.p, c.start, c.i); b > 0 {
		return c.set(verdict{act: cut, at: max(d, c.start), at2: b, next: c.i})
	}
	return pass
}}

// addressBefore: "Email: franz@gmail.com Site made!": an address or a URL
// with no stop after it ends the sentence before a capitalised word.
var addressBefore = &rule{name: "address-before", genre: Mail, decide: func(c *cursor) act {
	if isAddressBefore(c.p, c.start, c.upperAt().b) && isCapitalised(c.p, c.i) {
		return c.cutBefore()
	}
	return pass
}}

// attachmentMark: "<< File: TEXT.htm >> I was thinking": an attachment
// mark ends the sentence.
var attachmentMark = &rule{name: "attachment-mark", when: afterAngle, genre: Mail, decide: func(c *cursor) act {
	p, b := c.p, c.upperAt().b
	if b >= 2 && p[b-2:b] == ">>" && (b == 2 || p[b-3] == ' ') {
		return c.cutBefore()
	}
	return pass
}}

// salutationEnds: "Dear All, My name is…", "Cindy, Please forward…": the
// salutation of a letter is a sentence of its own.
var salutationEnds = &rule{name: "salutation", when: afterComma, genre: Mail, decide: func(c *cursor) act {
	if u := c.upperWord(); u.prev == ',' && c.s.salutation(c.p, c.start, u.b, u.w) {
		return c.cutBefore()
	}
	return pass
}}

// closingSignature: "Thanks Rudwell 53596", "Best regards John Smith": a
// closing before a signature is a sentence of its own.
var closingSignature = &rule{name: "closing-signature", genre: Mail, decide: func(c *cursor) act {
	if u := c.upperWord(); c.s.closing(c.p[c.start:u.b]) && c.s.signatureAt(c.p, c.i, u.after) {
		return c.cutBefore()
	}
	return pass
}}

// signatureLine: "… together. Jolene Harvey 05/22/2001 09:25 AM": a
// signature line ends the paragraph.
var signatureLine = &rule{name: "signature-line", genre: Mail, needs: datedSignatures, decide: func(c *cursor) act {
	p, start := c.p, c.start
	if b := trimSpaceLeft(p, len(p)); b > start && (c.s.clockLast[p[b-1]] || p[b-1] >= '0' && p[b-1] <= '9') {
		if d, ok := c.s.dateTimeBefore(p, start, b); ok && d > start {
			return c.set(verdict{act: cut, at: d, next: d})
		}
	}
	return pass
}}

// headerBreak looks at a capital at i after a time ("11:21 AM I spoke",
// "10:05 Thanks"), as in an e-mail header: the sentence ends after the
// time, at b. When a date comes before the time and a word before the date
// ("Sean Boyle 08/17/2000 11:21 AM"), the date starts a sentence at d.
func (s *Segmenter) headerBreak(p string, start, i int) (d, b int) {
	if i < 2 || p[i-1] != ' ' || p[i] < 'A' || p[i] > 'Z' {
		return 0, 0
	}
	// Cheap test first: a digit or the last letter of a clock mark
	// ("AM") before the space.
	if c := p[i-2]; (c < '0' || c > '9') && !s.clockLast[c] {
		return 0, 0
	}
	if s.clockMarks[p[i:tokenEnd(p, i)]] {
		return 0, 0
	}
	b = trimSpaceLeft(p, i)
	d, ok := s.dateTimeBefore(p, start, b)
	if !ok {
		return 0, 0
	}
	return d, b
}

// dateTimeBefore: p[:b] ends with a date and a time ("08/17/2000 11:21
// AM", with the clock marks of the rule data). d is where the date starts when a name comes before it in the
// same segment ("Sean Boyle 08/17/2000"), else 0.
func (s *Segmenter) dateTimeBefore(p string, start, b int) (d int, ok bool) {
	a := tokenStart(p, start, b)
	tok := p[a:b]
	if s.clockMarks[tok] {
		b2 := trimSpaceLeft(p, a)
		a = tokenStart(p, start, b2)
		tok = p[a:b2]
	}
	if !isClock(tok) {
		return 0, false
	}
	// Only after a date: "at 10:30 AM Monday" goes on.
	b3 := trimSpaceLeft(p, a)
	if b3 == a || b3 <= start {
		return 0, false
	}
	a3 := tokenStart(p, start, b3)
	if !isSlashDate(p[a3:b3]) {
		return 0, false
	}
	// "Sent: 08/17/2000" is a label, "Sean Boyle 08/17/2000" a signature.
	// "<gtownsend@manorisd.net> 03/27/2001": so is an address.
	if e := trimSpaceLeft(p, a3); e > start && p[e-1] != ':' {
		if r, _ := utf8.DecodeRuneInString(p[tokenStart(p, start, e):]); unicode.IsUpper(r) || p[e-1] == '>' && isAddressBefore(p, start, e-1) {
			d = a3
		}
	}
	return d, true
}

// isAddressBefore: the token that ends at b is an e-mail address or a URL
// ("x@y.com", "http://…", "www.…").
func isAddressBefore(p string, start, b int) bool {
	t := p[tokenStart(p, start, b):b]
	if k := strings.LastIndexByte(t, '('); k >= 0 {
		t = t[k+1:] // "(x@y.com"
	}
	if len(t) < 6 {
		return false
	}
	if strings.HasPrefix(t, "http://") || strings.HasPrefix(t, "https://") || strings.HasPrefix(t, "www.") {
		return true
	}
	at := strings.IndexByte(t, '@')
	return at > 0 && strings.IndexByte(t[at:], '.') > 1 && t[len(t)-1] != '.'
}

// salutation: p[start:b] is the salutation of a letter ("Dear All,",
// "Hi John,", "Cindy,") and w, the capitalised word after it, opens its
// first sentence ("Dear All, My name is…", "Cindy, Please forward…").
func (s *Segmenter) salutation(p string, start, b int, w string) bool {
	if len(s.greetings) == 0 && len(s.letterOpeners) == 0 {
		return false
	}
	words := strings.Fields(p[start : b-1])
	if len(words) == 0 || len(words) > 4 {
		return false
	}
	if s.greetings[words[0]] {
		// "Hi, Yes it is": after a bare greeting any capital opens.
		return len(words) == 1 || s.startsSentence(w) || s.letterWords[w] || s.letterOpeners[w]
	}
	if len(words) > 2 {
		return false
	}
	for _, x := range words {
		if !startsCapitalised(x, 0) || s.startsSentence(x) {
			return false
		}
	}
	// A bare name: only before the words that open a letter, so that
	// "Yesterday, I went" goes on.
	return s.letterOpeners[w]
}

// closing: seg is the closing of a letter ("Thanks", "Best regards,",
// "Talk to you later"), whatever the case.
func (s *Segmenter) closing(seg string) bool {
	if len(s.closings) == 0 || len(seg) > 40 {
		return false
	}
	var buf [64]byte
	return s.closings[string(appendLower(buf[:0], strings.TrimRight(seg, ",!. ")))]
}

// signatureAt: the capitalised word at i, ending at after, is a signature
// ("Rudwell 53596", "Sara", "John Smith"): the paragraph ends after it, or
// a number or another capitalised word follows.
func (s *Segmenter) signatureAt(p string, i, after int) bool {
	if s.startsSentence(p[i:after]) {
		return false
	}
	q := skipSpace(p, after)
	if q >= len(p) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(p[q:])
	return unicode.IsDigit(r) || unicode.IsUpper(r)
}

// emoticonEnd: an emoticon (":)", ";-)", ":D", ":((") between spaces
// starts at i; it returns where it ends, or 0.
func emoticonEnd(p string, i int) int {
	if i == 0 || !isSpaceBefore(p, i) {
		return 0
	}
	j := i + 1
	if j < len(p) && (p[j] == '-' || p[j] == '\'') {
		j++
	}
	k := j
	for k < len(p) && strings.IndexByte(")(DPpO/|][3", p[k]) >= 0 {
		k++
	}
	if k == j || k-j > 4 {
		return 0
	}
	// ":D" and ":P" only alone ("see :Docs" is no emoticon).
	if k < len(p) && p[k] != ' ' && p[k] != '\n' && p[k] != '\t' {
		return 0
	}
	return k
}

// bannerEnd: a word in capitals at i is closed by a run of at least four
// c ("NOTICE*****"); it returns the end of that run, or 0.
func bannerEnd(p string, i int, c byte) int {
	j := i
	for j < len(p) && (p[j] >= 'A' && p[j] <= 'Z' || p[j] == ' ' && j+1 < len(p) && p[j+1] >= 'A' && p[j+1] <= 'Z') {
		j++
	}
	if j == i || j-i > 40 {
		return 0
	}
	k := j
	for k < len(p) && p[k] == c {
		k++
	}
	if k-j < 4 {
		return 0
	}
	return k
}

// isDomainEnd: the word at i is a top-level domain ("example.Com").
func isDomainEnd(p string, i int) bool {
	w := p[i:nextWordEnd(p, i)]
	for _, d := range topLevelDomains {
		if strings.EqualFold(w, d) {
			return true
		}
	}
	return false
}

// topLevelDomains are the common ones that a lost space may look like
// ("example.Com"): a list of codes, not of words.
var topLevelDomains = strings.Fields("com net org edu gov info biz co uk fr de ca au io")
