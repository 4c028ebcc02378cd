package segment

import (
	"strings"
	"testing"
)

// ruleExamples is each rule's table of examples: a language, then the
// text with "¦" where a sentence ends. Every example must come out cut as
// marked, and the rule must decide at least one candidate in it. A new
// rule gets its examples here; TestRuleExamples fails for a rule without.
var ruleExamples = map[string][]string{
	// Terminators.
	"colon-question":            {"en|Direct Dial:? 203.961.7523 is my number."},
	"bracketed-mark":            {"fr|Il a dit [...] que tout allait bien.", "fr|Il viendra (?) demain."},
	"paragraph-end":             {"fr|Il est venu."},
	"lost-space":                {"en|It was of high quality.¦You'll also like it."},
	"glued-ellipsis":            {"en|Just wait...¦You will see."},
	"glued-to-text":             {"fr|Le taux est de 3.5 pour cent.", "en|Visit example.com today."},
	"trailing-space":            {"fr|Il est venu.   "},
	"emoticon-after":            {"en|Thanks a lot!! :-) ¦See you soon."},
	"inner-punctuation":         {"fr|Il est venu (enfin ! ) hier."},
	"spaced-mark":               {"fr|Ça fait rire... ! ¦Oui."},
	"bracket-after":             {"fr|Il a été élu maire. (cité par Le Monde) ¦Il est content."},
	"repeated-marks":            {"en|So good!!! ¦we will be back."},
	"question-before-lower":     {"en|Where did you grow up? ¦india?"},
	"exclamation-before-lower":  {"en|It was so cool! ¦we loved it."},
	"mark-goes-on":              {"en|I use Yahoo! in my work."},
	"period-before-ellipsis":    {"en|These are compounds.¦ . . . The rest is known."},
	"ellipsis-goes-on":          {"en|The thing is . . . I didn't know."},
	"mark-ends":                 {"fr|Vraiment ? ¦Oui."},
	"no-word-before":            {"fr|Il est parti . ¦Elle reste."},
	"list-marker-opens":         {"fr|a. Les pommes sont bonnes."},
	"next-list-marker":          {"en|1. The first item ¦2. The second item"},
	"abbreviation-before-lower": {"fr|Voir p. ex. la suite."},
	"word-before-lower":         {"fr|Il faut de la sécurité. ¦à ce jour rien."},
	"bracket-before-lower":      {"fr|Telle que définie (ci-après). ¦la personne arrive."},
	"marker-item-after":         {"fr|Voir l'art. 4b. ¦i. Droits de l'homme."},
	"short-word-before-lower":   {"en|It was ok. ¦i will go."},
	"lower-goes-on":             {"en|We saw item 3b. and more."},
	"list-number":               {"en|1. The first item."},
	"item-number-after-number":  {"fr|Article 15 ¦1. Tout individu a droit à une nationalité."},
	"number-ends":               {"en|He was born in 1990. ¦The war ended."},
	"abbreviation-bracket":      {"fr|(Gruau par ex.) ¦Ainsi il part."},
	"initial-before-starter":    {"fr|Mac OS X. ¦Une version est sortie."},
	"abbreviation":              {"fr|M. Dupont est venu."},
	"number-abbreviation":       {"fr|Voir p. 12 du rapport."},
	"acronym":                   {"en|The U.S. Army is large."},
	"degree-before-digit":       {"fr|Il fait 45°. 30 minutes plus tard il pleut."},
	"sentence-end":              {"fr|Il est venu. ¦Il est parti."},
	// Capitals.
	"heading":               {"fr|Grossesse et allaitement ¦Effets indésirables ¦Comme tous les médicaments, il peut en avoir."},
	"mail-header":           {"en|Sean Boyle ¦08/17/2000 11:21 AM ¦I spoke with him."},
	"opener-needs-text":     {"fr|(21) Les produits sont bons."},
	"address-before":        {"en|Email: franz@gmail.com ¦Site made by me."},
	"isbn-series":           {"fr|ISBN 2266106333 ¦ISBN 2290052418"},
	"attachment-mark":       {"en|<< File: TEXT.htm >> ¦I was thinking of you."},
	"salutation":            {"en|Dear All, ¦My name is John."},
	"reference-line":        {"fr|EMEA/H/C/562 ¦Rapport public d'évaluation"},
	"reference-after-title": {"fr|European Medicines Agency ¦EMEA/H/C/562 ¦RAPPORT EUROPÉEN"},
	"closing-signature":     {"en|Thanks ¦Rudwell 53596"},
	"caps-heading-end":      {"fr|Lisez la notice. ¦PRODUIT ACLASTA ¦Avant de recevoir ce médicament, parlez-en."},
	"byline":                {"fr|Photos Jacques DUPONT ¦Le maire a parlé."},
	"caps-dateline":         {"fr|NANCY ¦Le maire a parlé."},
	"after-capitals":        {"fr|Il travaille à la NASA Depuis longtemps."},
	"not-an-opener":         {"fr|Il a vu Paris hier."},
	"linker-before":         {"fr|Il joue dans En attendant Godot."},
	"title-after-opener":    {"en|Last year I saw They Might Be Giants live."},
	"caps-acronym-heading":  {"fr|RAPPORT EUROPÉEN PUBLIC D'ÉVALUATION (EPAR) ¦ANGIOX"},
	"not-after-number":      {"fr|Il est né en 1990 Paris le sait."},
	"not-after-text":        {"fr|Il a dit « Bonjour » hier."},
	"opener-with-comma":     {"en|We thank all the partners ¦Congratulations, you won."},
	"opener-not-a-word":     {"fr|Il a vu Des."},
	"opener":                {"fr|Le rendez-vous du 12 mai ¦Il a parlé longtemps."},
	// Colons and semicolons.
	"emoticon":           {"en|great :) ¦see you"},
	"item-after-colon":   {"fr|Les mesures suivantes : ¦- le programme est lancé."},
	"glued-colon":        {"fr|Au plus tard le 30 juin 2005: ¦Le rapport est publié."},
	"item-ends":          {"fr|Nul ne sera tenu en esclavage ni en servitude; ¦l'esclavage est interdit."},
	"numbered-paragraph": {"fr|Il a droit à la sécurité sociale; ¦1. Toute personne a droit au travail."},
	"clause-capital":     {"fr|Il a dit ; ¦En utilisant ce moyen, il a gagné."},
	"clause-goes-on":     {"fr|Il a dit : voilà tout."},
	// Dashes, separators, brackets, bullets, the paragraph's end.
	"separator-line": {"fr|Voilà ¦---- ¦Suite.", "fr|Voilà ¦===== ¦Suite."},
	"dash-item":      {"fr|Il a cité ¦- Jean-Claude Méry, ancien trésorier."},
	"separator-run":  {"en|Write a==b in the code."},
	"number-bracket": {"en|the first item ¦2) Next item."},
	"bullet":         {"fr|Voici la liste ¦• premier point ¦• second point"},
	"signature-line": {"en|We will meet at noon together. ¦Jolene Harvey ¦05/22/2001 09:25 AM"},
}

func TestRuleExamples(t *testing.T) {
	segs := map[string]*Segmenter{"fr": mustNew(t, "fr", Line), "en": mustNew(t, "en", Line)}
	for _, r := range RuleList() {
		examples := ruleExamples[r.Name]
		if len(examples) == 0 {
			t.Errorf("rule %s (%s) has no examples in ruleExamples", r.Name, r.Kind)
		}
		for _, ex := range examples {
			lang, text, _ := strings.Cut(ex, "|")
			s := segs[lang]
			p := strings.ReplaceAll(text, "¦", "")
			var want []string
			for _, w := range strings.Split(text, "¦") {
				if w = strings.TrimSpace(w); w != "" {
					want = append(want, w)
				}
			}
			var got []string
			fired := false
			s.scan(p, func(a, b int) { got = append(got, p[a:b]) }, func(k kind, at int, x *rule, v verdict) {
				fired = fired || x.name == r.Name
			})
			if strings.Join(got, "¦") != strings.Join(want, "¦") {
				t.Errorf("%s: %q\n got %q\nwant %q", r.Name, p, got, want)
			}
			if !fired {
				t.Errorf("%s: the rule did not decide anything in %q", r.Name, p)
			}
		}
	}
	for name := range ruleExamples {
		if !slicesContainsRule(name) {
			t.Errorf("ruleExamples has %q, which is no rule", name)
		}
	}
}

func slicesContainsRule(name string) bool {
	for _, r := range RuleList() {
		if r.Name == name {
			return true
		}
	}
	return false
}
