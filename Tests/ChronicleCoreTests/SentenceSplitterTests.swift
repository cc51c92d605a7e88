import Testing
@testable import ChronicleCore

/// Every example here is made up for the test; none comes from the bundled articles.
@Suite struct SentenceSplitterTests {
    private func sentences(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        let ranges = SentenceSplitter.split(bytes)
        return ranges.map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) }
    }

    @Test func aSpacedQuoteClosingTheSentencesQuotationStaysWithIt() {
        #expect(sentences("Dana Roe called the delay \" a disgrace. \" She left on Monday.") == [
            "Dana Roe called the delay \" a disgrace. \"", "She left on Monday.",
        ])
        #expect(sentences("Dana Roe called it \" a disgrace! \" She left.") == [
            "Dana Roe called it \" a disgrace! \"", "She left.",
        ])
        // With its quotes even, the sentence ends at its stop: the quote opens the next one.
        #expect(sentences("Dana Roe left on Monday. \" We will be back, \" she said.") == [
            "Dana Roe left on Monday.", "\" We will be back, \" she said.",
        ])
        #expect(sentences("She called it \"odd\" on Monday. \" We will be back. \" Then she left.") == [
            "She called it \"odd\" on Monday.", "\" We will be back. \"", "Then she left.",
        ])
    }

    @Test func aSpacedQuoteClosesAQuotationOpenedSentencesBefore() {
        #expect(sentences("Orvo states: \" We lost a friend. We will miss him. \" Dana Roe said \" he was kind \".") == [
            "Orvo states: \" We lost a friend.", "We will miss him. \"", "Dana Roe said \" he was kind \".",
        ])
        // A quotation closed in an earlier paragraph leaves the quote to open the next sentence.
        #expect(sentences("Orvo states: \" We lost a friend. \"\n\nShe left. \" We will be back. \" Then she left.") == [
            "Orvo states: \" We lost a friend. \"", "She left.", "\" We will be back. \"", "Then she left.",
        ])
    }

    @Test func aNumberAfterDottedInitialsGoesOnTheSentence() {
        #expect(sentences("On Monday the board gave V.K. 60 days to pay. Exports to the U.S. 30 years ago were small.") == [
            "On Monday the board gave V.K. 60 days to pay.", "Exports to the U.S. 30 years ago were small.",
        ])
        // After a word that is no abbreviation, a number opens the next sentence.
        #expect(sentences("Sales rose at Orvo. 2024 was worse.") == ["Sales rose at Orvo.", "2024 was worse."])
    }

    @Test func titlesAndAbbreviationsDoNotEndSentences() {
        #expect(sentences("Lt. Gen. Mark Hollis arrived in St. Louis on Jan. 5 with Gov. Ana Ruiz. "
                          + "Mr. and Mrs. Dale met Dr. Obi at No. 10 on Sept. 3. Acme Inc. paid.") == [
            "Lt. Gen. Mark Hollis arrived in St. Louis on Jan. 5 with Gov. Ana Ruiz.",
            "Mr. and Mrs. Dale met Dr. Obi at No. 10 on Sept. 3.",
            "Acme Inc. paid.",
        ])
        #expect(sentences("The final was Spain vs. Brazil. Fans of Arsenal F.C. cheered.") == [
            "The final was Spain vs. Brazil.", "Fans of Arsenal F.C. cheered.",
        ])
    }

    @Test func dottedAbbreviationsEndASentenceOnlyBeforeAnOpeningWord() {
        #expect(sentences("Exports to the U.S. rose. U.S. officials cheered in Washington, D.C. The mood lifted.") == [
            "Exports to the U.S. rose.", "U.S. officials cheered in Washington, D.C.", "The mood lifted.",
        ])
        #expect(sentences("It ended at 9 p.m. The crowd left. Doors open at 7 a.m. local time.") == [
            "It ended at 9 p.m.", "The crowd left.", "Doors open at 7 a.m. local time.",
        ])
        #expect(sentences("Some cities, e.g. Lagos, grew. Toys, tools, etc. They all sold.") == [
            "Some cities, e.g. Lagos, grew.", "Toys, tools, etc.", "They all sold.",
        ])
    }

    @Test func aSurnameAndAVerbAfterAnInitialismOpenTheNextSentence() {
        #expect(sentences("Ada Lund spoke on Monday. Sales rose in the U.S. Lund also noted a drop.") == [
            "Ada Lund spoke on Monday.", "Sales rose in the U.S.", "Lund also noted a drop.",
        ])
        // A body's word after the initialism goes on with it, and so does a word the text
        // never writes as a surname.
        #expect(sentences("Ada Lund met troops. The U.S. Army said on Monday it would leave.").count == 2)
        #expect(sentences("Ada Lund spoke. Shares of U.S. Lumber fell on Monday.").count == 2)
        #expect(sentences("Ada Lund spoke on Monday. The U.S. Lumber said it would cut jobs.").count == 2)
    }

    @Test func theOpeningWordsAreTheLexicons() {
        let text = "Exports to the U.S. Recovered slowly."
        let bytes = Array(text.utf8)
        func split(_ lexicon: Lexicon) -> Int { SentenceSplitter.split(bytes, lexicon: lexicon).count }
        #expect(split(.bundled) == 1)
        var lines = Lexicon.bundled.lines
        lines[.sentenceOpener, default: []].append(["recovered"])
        #expect(split(Lexicon(lines: lines)) == 2)
        lines[.neverFinalAbbreviation, default: []].append(["u.s"])
        #expect(split(Lexicon(lines: lines)) == 1)
    }

    @Test func initialsStayWithTheirNames() {
        #expect(sentences("J. R. R. Tolkien wrote it. George W. Bush read it. They chose Plan B. The rest followed.") == [
            "J. R. R. Tolkien wrote it.", "George W. Bush read it.", "They chose Plan B.", "The rest followed.",
        ])
    }

    @Test func numbersAndDecimalsStayWhole() {
        #expect(sentences("Prices rose 3.5 percent to $1,400.25 a tonne. Lenders want $900 BILLION more. "
                          + "Unit No. 7 closed in 2019. 2020 was worse.") == [
            "Prices rose 3.5 percent to $1,400.25 a tonne.", "Lenders want $900 BILLION more.",
            "Unit No. 7 closed in 2019.", "2020 was worse.",
        ])
        #expect(sentences("The U.S.-led coalition met at example.org. Version 2.0.1 shipped.") == [
            "The U.S.-led coalition met at example.org.", "Version 2.0.1 shipped.",
        ])
    }

    @Test func quotesAfterTheStopStayInTheSentence() {
        #expect(sentences("“We will not retreat.” The general left. She asked, ‘Why now?’ Nobody answered! "
                          + "He said \"enough.\" Then silence. (It rained.) Later it cleared.") == [
            "“We will not retreat.”", "The general left.", "She asked, ‘Why now?’", "Nobody answered!",
            "He said \"enough.\"", "Then silence.", "(It rained.)", "Later it cleared.",
        ])
    }

    @Test func questionAndExclamationGoOnBeforeLowerCase() {
        #expect(sentences("“Why?” he asked. Yahoo! shares rose. Really? Yes!") == [
            "“Why?” he asked.", "Yahoo! shares rose.", "Really?", "Yes!",
        ])
    }

    @Test func ellipsisEndsASentenceOnlyBeforeACapital() {
        #expect(sentences("He paused… then spoke. Wait... What happened? It was… Nothing.") == [
            "He paused… then spoke.", "Wait...", "What happened?", "It was…", "Nothing.",
        ])
    }

    @Test func headlinesAndCaptionsWithoutAStopAreSentences() {
        let text = """
            Floods Hit Northern Province
            Heavy rain fell across the valley on Monday, and roads were closed by noon. Schools shut too.
            A flooded street in Tarvo, March 3
            A flooded street in Tarvo, March 3

            More stories
            Markets Slide as Rates Climb
            Voters Head to the Polls in Estonia
            """
        #expect(sentences(text) == [
            "Floods Hit Northern Province",
            "Heavy rain fell across the valley on Monday, and roads were closed by noon.",
            "Schools shut too.",
            "A flooded street in Tarvo, March 3",
            "A flooded street in Tarvo, March 3",
            "More stories",
            "Markets Slide as Rates Climb",
            "Voters Head to the Polls in Estonia",
        ])
    }

    @Test func hardWrappedParagraphsJoinAcrossLineBreaks() {
        let text = """
            The committee met in the capital on Thursday to discuss the
            budget, and officials said the talks with Finance Minister
            Jonas Berg would continue next week. A vote is expected in
            March. Ministers declined to comment.

            Second paragraph starts here and it is short.
            """
        #expect(sentences(text) == [
            "The committee met in the capital on Thursday to discuss the\nbudget, and officials said the talks "
                + "with Finance Minister\nJonas Berg would continue next week.",
            "A vote is expected in\nMarch.",
            "Ministers declined to comment.",
            "Second paragraph starts here and it is short.",
        ])
    }

    @Test func wrapWidthCountsCharactersNotBytes() {
        // Wrapped at 70 characters, but lines of Greek are twice as many bytes: read as bytes
        // they would be paragraphs, and the break before a capital would end a sentence.
        let line1 = "Ο υπουργός είπε ότι οι νέες συνομιλίες με την αντιπροσωπεία θα γίνουν"
        let line2 = "Δευτέρα στην Αθήνα."
        #expect(line1.count <= 70 && line1.utf8.count > 120)
        #expect(sentences(line1 + "\n" + line2) == [line1 + "\n" + line2])
    }

    @Test func aHeadlineAboveItsDateLineIsNotAWrap() {
        let body = "Officials in the port city said the strike had ended after two days of talks, and "
            + "the first ships were loaded on Friday morning while unions weighed the offer."
        let text = "Dock strike ends after weekend talks in Gdansk\nMarch 4, 2024 / 6:10 PM\n\n" + body + "\n"
        #expect(sentences(text) == ["Dock strike ends after weekend talks in Gdansk", "March 4, 2024 / 6:10 PM", body])
        // In hard-wrapped text too: the text's wrap width, not the headline's, decides.
        let wrapped = """
            Dock strike ends in Gdansk
            March 4, 2024

            Officials in the port city said the strike had ended after two days
            of talks, and the first ships were loaded on Friday morning.
            """
        #expect(sentences(wrapped).prefix(2) == ["Dock strike ends in Gdansk", "March 4, 2024"])
        #expect(sentences(wrapped).count == 3)
    }

    @Test func aWrappedLineEndingInAnAbbreviationGoesOn() {
        let text = """
            Officials from the ministry said that the talks with the U.S.
            delegation and with Lt. Gen. Paul Mercer of the Pacific command
            ended late on Friday.
            """
        #expect(sentences(text).count == 1)
    }

    @Test func aWrapBeforeANumberIsNotAListItem() {
        let text = """
            The increased dividend will be paid Dec. 14 to holders of record Nov.
            15. The stock split, which is subject to holder approval, would be paid
            on a date in January.
            """
        #expect(sentences(text) == [
            "The increased dividend will be paid Dec. 14 to holders of record Nov.\n15.",
            "The stock split, which is subject to holder approval, would be paid\non a date in January.",
        ])
    }

    @Test func lineBreaksEndSentencesInOneParagraphPerLineText() {
        let text = "Exports to the U.S.\nRussia replied within hours, officials said.\nNo comment\nfrom the palace."
        #expect(sentences(text) == [
            "Exports to the U.S.", "Russia replied within hours, officials said.", "No comment\nfrom the palace.",
        ])
    }

    @Test func blankLinesAndListItemsEndSentences() {
        #expect(sentences("Breaking news\n\nThe port reopened today") == ["Breaking news", "The port reopened today"])
        #expect(sentences("Key points of the accord are these,\n- Talks resumed in Oslo\n- A truce holds\n1. Aid flows") == [
            "Key points of the accord are these,", "- Talks resumed in Oslo", "- A truce holds", "1. Aid flows",
        ])
    }

    @Test func aLongLineCutOffMidSentenceGoesOnAcrossABlankLineInLowerCase() {
        let cut = "Last week the minister of the interior told the assembly in a long speech\n\nthat the port would reopen."
        #expect(sentences(cut) == [
            "Last week the minister of the interior told the assembly in a long speech\n\nthat the port would reopen.",
        ])
        // A short line is a title; an address opens no sentence's remainder; a stop ends it.
        #expect(sentences("Breaking news from the port\n\nthe port reopened today").count == 2)
        #expect(sentences("Read the full text of the minister's speech to the assembly here\n\nwww.example.org/speech").count == 2)
        #expect(sentences("Last week the minister of the interior told the assembly in a long speech.\n\nthat was all.").count == 2)
    }

    @Test func markdownHeadingsStandAloneEvenInsideWrappedText() {
        let text = """
            ## Ministers agree on the new fisheries quota after a long, hard night
            The agreement was reached in the early hours of Saturday after talks
            that lasted more than fourteen hours, officials from both sides said.
            """
        #expect(sentences(text) == [
            "## Ministers agree on the new fisheries quota after a long, hard night",
            "The agreement was reached in the early hours of Saturday after talks\nthat lasted more than "
                + "fourteen hours, officials from both sides said.",
        ])
        #expect(sentences("#hashtag trends\nfell sharply").count == 1)
    }

    @Test func crlfAndUnicodeSpacesAreTrimmed() {
        let text = "\u{00A0} First line here.\r\nSecond line here.\r\n\r\n\u{2003}Third\u{00A0}\r\n"
        let bytes = Array(text.utf8)
        let ranges = SentenceSplitter.split(bytes)
        #expect(sentences(text) == ["First line here.", "Second line here.", "Third"])
        #expect(ranges.first?.start == 3)
    }

    @Test func rangesAreOrderedTrimmedAndInsideTheText() {
        let samples = [
            "", "   \n\n  ", "One.", "No stop at all", "A. B. C.", "\"Quoted.\"   ", "…", "?!", ". . .",
            "Line one\r\n\r\nLine two\r\n", "Mr.", "Ends with an abbreviation Inc.", "x\n\n\n\ny",
        ]
        for text in samples {
            let bytes = Array(text.utf8)
            let ranges = SentenceSplitter.split(bytes)
            var previousEnd = 0
            for range in ranges {
                #expect(range.start >= previousEnd && range.end <= bytes.count && !range.isEmpty)
                #expect(!bytes[range.start].isASCIIWhitespace && !bytes[range.end - 1].isASCIIWhitespace)
                previousEnd = range.end
            }
        }
        #expect(SentenceSplitter.split([]).isEmpty)
        #expect(sentences("Ends with an abbreviation Inc.") == ["Ends with an abbreviation Inc."])
    }

    @Test func replacedBytesDoNotDisturbSegmentation() {
        var bytes: [UInt8] = Array("Caf".utf8) + [0xE9] + Array(" prices rose. Markets fell.".utf8)
        _ = TextRepair.repair(&bytes)
        let ranges = SentenceSplitter.split(bytes)
        #expect(ranges == [ByteRange(0, 17), ByteRange(18, 31)])
    }
}

extension SentenceSplitterTests {
    @Test func aNameWithACapitalInsideOpensASentence() {
        #expect(sentences("The service goes live on July 1. zPhone owners get it first. eVandel sellers wait.") == [
            "The service goes live on July 1.", "zPhone owners get it first.", "eVandel sellers wait.",
        ])
        // A plain lower-case word goes on with the sentence.
        #expect(sentences("It costs 3 p.m. rates. The end.").count == 2)
        #expect(sentences("Ana Ruiz met Gen. zhou at noon.").count == 1)
    }
}
