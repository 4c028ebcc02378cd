package segment

// order lists the rules of each kind of candidate in the order they are
// asked; the first with an opinion decides. A rule's place matters: the
// ones before it have already said nothing.
var order = [numKinds][]*rule{
	terminatorKind: {
		colonQuestion, bracketedMark,
		// What follows the terminator and its closers.
		paragraphEnd, lostSpace, gluedEllipsisEnds, gluedToText, trailingSpace,
		emoticonAfter, innerPunctuation, spacedMark, lowerBracket,
		// Runs of marks and ellipses.
		repeatedMarks, questionBeforeLower, exclamationBeforeLower, markGoesOn,
		periodBeforeEllipsis, ellipsisGoesOn, markEnds,
		// A single period: the word before it.
		noWordBefore, listMarkerOpens, nextListMarker,
		abbreviationBeforeLower, wordBeforeLower, bracketBeforeLower, markerItemAfter,
		shortWordBeforeLower, lowerGoesOn,
		listNumber, itemNumberAfterNumber, numberEnds,
		abbreviationBracket, initialBeforeStarter, abbreviation, numberAbbreviation, acronym,
		degreeBeforeDigit, sentenceEnd,
	},
	capitalKind: {
		heading, mailHeader, openerNeedsText,
		addressBefore, isbnSeries, attachmentMark, salutationEnds,
		referenceLine, referenceAfterTitle, closingSignature,
		// After a word in capitals.
		capsHeadingEnd, byline, capsDateline, afterCapitals,
		// After a lower-case word.
		notAnOpener, linkerBefore, titleAfterOpener,
		// After a number or a bracket.
		capsAcronymHeading, notAfterNumber, notAfterText,
		openerWithComma, openerNotAWord, opener,
	},
	colonKind: {
		emoticon, itemAfterColon, gluedColon, itemEnds, numberedParagraph, clauseCapital, clauseGoesOn,
	},
	dashKind:      {separatorLine, dashItem},
	separatorKind: {separatorLine, separatorRun},
	bracketKind:   {numberBracket},
	bulletKind:    {bullet},
	endKind:       {signatureLine},
}
