import Testing
@testable import ChronicleCore

/// The years a text can be from bound the inference of its creation date: the copyright
/// year from above, the years it reports on from below.
@Suite struct CreationDateBoundsTests {
    func infer(_ text: String) -> Result<CreationDate, CreationDateFailure> {
        DateMentions(Array(text.utf8)).inferred()
    }

    @Test func aPastDateLongBeforeTheCopyrightYearIsNotThePublicationDate() {
        let text = """
        Veterans gather at the old airfield

        The airfield first opened on March 5, 2004, and has since changed hands twice.
        Hundreds of former crew members gathered there on Saturday to remember it.

        Copyright 2013 Valley Courier. All rights reserved.
        """
        guard case .failure(let why) = infer(text) else {
            Issue.record("a 2004 day was taken as the date of a page copyrighted 2013")
            return
        }
        #expect(why.message.contains("copyright year 2013"))
    }

    @Test func aDateInTheYearBeforeTheCopyrightStillDatesTheText() throws {
        let text = "Late vote on harbour plan\n\nThe council approved the plan on December 30, 2012 after a long debate.\nCopyright 2013 Valley Courier"
        let d = try infer(text).get()
        #expect(d.date == CalendarDate(year: 2012, month: 12, day: 30))
    }

    @Test func aLaterYearReportedInThePastTenseOutdatesTheLatestDay() {
        let text = "The senator was first elected on November 2, 1982. He won his last race in 2008 and retired. Mourners gathered on Saturday."
        guard case .failure(let why) = infer(text) else {
            Issue.record("a 1982 day was taken as the date of a text reporting on 2008")
            return
        }
        #expect(why.message.contains("2008"))
    }

    @Test func theCopyrightYearBoundsTheYearAWeekdayFits() throws {
        // 15 January was a Tuesday in 2013 and 2019: the page is no newer than 2014.
        let text = "The strike began on Tuesday, January 15. Talks resumed Thursday.\n© 2014 Metro Daily"
        let d = try infer(text).get()
        #expect(d.date.year == 2013)
    }

    @Test func anUntensedDayAfterTheReportedOnesIsATermNotTheDateOfWriting() throws {
        let text = "The port reopened on June 2, 2026. Its lease runs to June 30, 2031 under the deal."
        let d = try infer(text).get()
        #expect(d.date == CalendarDate(year: 2026, month: 6, day: 2))
        // With no day told in the past tense, the untensed one is all there is.
        let alone = try infer("Its lease runs to June 30, 2031 under the deal.").get()
        #expect(alone.date == CalendarDate(year: 2031, month: 6, day: 30))
    }

    @Test func aStaleFooterDoesNotHideLaterReports() throws {
        let text = "Mill reopens\n\nThe mill reopened on April 14, 2016 after a long refit.\n\n© 2009 Valley Courier"
        let d = try infer(text).get()
        #expect(d.date == CalendarDate(year: 2016, month: 4, day: 14))
    }

    @Test func aWeekdayFixedYearIsNotPulledBackToTheOldFullDate() throws {
        // 12 October was a Saturday in 2013: the weekday fixes the year, however old the
        // other full date is.
        let text = "The airfield first opened on March 5, 2004 and was sold in 2012. Crews gathered there on Saturday, Oct. 12, officials said Sunday."
        let d = try infer(text).get()
        #expect(d.date == CalendarDate(year: 2013, month: 10, day: 13))
    }

    @Test func aWeekdayThatFitsNoAllowedYearLeavesTheDateOpen() {
        // 12 October was no Saturday in 2004-2006, and nothing else names a later year.
        let text = "The airfield first opened on March 5, 2004. Crews gathered there on Saturday, Oct. 12, officials said Sunday."
        guard case .failure(let why) = infer(text) else {
            Issue.record("a weekday that fits none of the named years was placed anyway")
            return
        }
        #expect(why.message.contains("Saturday, October 12"))
    }

    @Test func pastAnOutdatedDateOnlyTheCopyrightYearsAreTried() {
        // 12 October was a Sunday in 2008 but not in 2012 or 2013.
        let text = "The airfield first opened on March 5, 2004. Crews gathered there on Oct. 12, officials said Sunday.\nCopyright 2013 Valley Courier"
        guard case .failure = infer(text) else {
            Issue.record("a weekday alone took the text back to a year far before its copyright")
            return
        }
    }

    /// Thanksgiving in the sentence of a late-November day names its weekday; in another
    /// sentence it does not.
    @Test func thanksgivingInTheSentenceFixesTheYearOfItsDay() throws {
        let text = """
            Food bank runs short

            Volunteers packed boxes through the night, as they have since 2024. Families lined \
            up for Thanksgiving meals on November 27, and the shelves were bare by evening.
            """
        let d = try infer(text).get()
        #expect(d.date == CalendarDate(year: 2025, month: 11, day: 27))
        #expect(d.evidence.contains("Thanksgiving (a Thursday)"))
        let apart = "Food bank runs short\n\nFamilies asked for Thanksgiving meals, as in 2024. Boxes went out on November 27."
        guard case .failure = infer(apart) else {
            Issue.record("a Thanksgiving in another sentence fixed the year")
            return
        }
    }

    /// The weekday shown in the evidence reads as a name whatever case the text wrote it in.
    @Test func weekdayWordsAreShownCapitalized() {
        let bytes = Array("met on TUES. and friday, not Wed".utf8)
        let words = TimeTokens(bytes).tokens.filter { $0.cls == .weekday }.map { DateMentions.capitalizedWord(bytes, $0) }
        #expect(words == ["Tues.", "Friday", "Wed"])
        let text = "Ferry strike ends\n\nCrews returned on WEDNESDAY, March 4, after a week ashore. The line opened in 2025."
        #expect((try? infer(text).get())?.evidence.contains("Wednesday fits March 4 in 2026") == true)
    }

    /// Each cue in any case, anywhere on its line, and only within the line.
    @Test func copyrightLinesAreFoundByAnyOfTheirCues() {
        func isCopyright(_ text: String, line k: Int = 0) -> Bool {
            let bytes = Array(text.utf8)
            var start = 0
            for _ in 0..<k { start = bytes[start...].firstIndex(of: 10)! + 1 }
            let end = bytes[start...].firstIndex(of: 10) ?? bytes.count
            return DateMentions.isCopyrightLine(bytes, line: ByteRange(start, end))
        }
        #expect(isCopyright("\u{A9} 2024 Harbour Gazette"))
        #expect(isCopyright("Photos (C) 2019 Lena Marsh"))
        #expect(isCopyright("COPYRIGHT 2021 THE RIVER POST"))
        #expect(isCopyright("Text and images copyrighted by the Tri-County Ledger, 2018"))
        #expect(isCopyright("Tri-County Ledger. All Rights Reserved."))
        #expect(isCopyright("x\nReprints: ALL RIGHTS RESERVED 2020", line: 1))
        #expect(!isCopyright("The mayor said on May 3 that the copy was right."))
        #expect(!isCopyright("Voters (chiefly in the north) backed all the rights reforms."))
        // A cue cut by the line's end, or on the next line, belongs to no date on this one.
        #expect(!isCopyright("The vote was held on June 4. All rights\nreserved", line: 0))
        #expect(!isCopyright("The vote was held on June 4.\nCopyright 2020", line: 0))
        #expect(!isCopyright("Copy\nright 2020 on June 4", line: 1))
    }
}
