import Testing
@testable import ChronicleCore

/// Tokens made once and handed to both readers give what each reader finds alone.
@Suite struct TimeTokensTests {
    static let text = """
        Harbour crane contract signed

        Mira Holt, Tuesday, April 8

        The port board signed the contract on Monday, two weeks after talks stalled on
        March 24, 2025. Cranes arrive next spring; the first ships dock by late June.
        """

    @Test func sharedTokensInferTheSameCreationDate() {
        let doc = Document(id: "t", file: "t.txt", utf8: Array(Self.text.utf8), metadata: DocumentMetadata())
        let alone = CreationDateResolver.resolve(doc, tagger: TimeTagger())
        let shared = CreationDateResolver.resolve(doc, tagger: TimeTagger(), tokens: TimeTokens(doc.utf8))
        #expect(alone.date?.date == CalendarDate(year: 2025, month: 4, day: 8))
        #expect(shared.date == alone.date && shared.problem == alone.problem)
    }

    @Test func sharedTokensTagTheSameExpressions() {
        let bytes = Array(Self.text.utf8)
        let dct = CalendarDate(year: 2025, month: 4, day: 8)
        let alone = TimeTagger().tag(bytes, dct: dct)
        let shared = TimeTagger().tag(bytes, dct: dct, tokens: TimeTokens(bytes))
        #expect(alone.count >= 5)
        #expect(shared.map(\.range) == alone.map(\.range) && shared.map(\.value) == alone.map(\.value))
    }

    /// Expressions whose span or value hangs on the creation date or on what came before
    /// ("next quarter" needs a date, "the year-ago quarter" the quarter before it).
    static let contextText = """
        Lakeside mill to reopen

        The mill closed on Friday, Nov. 14, a year after its owner warned of losses. Workers
        said Tuesday that the plant would reopen next quarter. Its third-quarter output fell
        12% from the year-ago quarter, and that day the union met. The same day last year,
        the county approved the loan; in the coming weeks the board will vote again, and by
        next spring the line should run overnight.
        """

    @Test func taggingAfterTheUndatedScanFindsWhatAFreshScanFinds() {
        let bytes = Array(Self.contextText.utf8)
        let undated = UndatedTimeScan(TimeTokens(bytes))
        #expect(TimeTagger().tag(bytes, dct: nil, after: undated) == TimeTagger().tag(bytes, dct: nil))
        for dct in [CalendarDate(year: 2024, month: 11, day: 18), CalendarDate(year: 2019, month: 2, day: 3)] {
            let alone = TimeTagger().tag(bytes, dct: dct)
            let after = TimeTagger().tag(bytes, dct: dct, after: undated)
            #expect(alone.count >= 10)
            #expect(after == alone)
        }
    }

    /// A year written out is read from the tokens alone; a day without its year, a weekday and
    /// "that day" are placed by the creation date or what came before, and read again.
    @Test func theUndatedScanKeepsOnlyWhatTheTokensSettle() throws {
        let text = "Output fell in 2019. The line restarts on December 2, a Tuesday, and that day the union votes."
        let bytes = Array(text.utf8)
        let undated = UndatedTimeScan(TimeTokens(bytes))
        let tokens = undated.tokens.tokens
        func word(_ start: UndatedTimeScan.Start) -> String {
            let t = tokens[Int(start.token)]
            return String(decoding: bytes[Int(t.start)..<Int(t.end)], as: UTF8.self)
        }
        let settled = undated.starts.filter { $0.outcome != UndatedTimeScan.unsettled }.map(word)
        let again = undated.starts.filter { $0.outcome == UndatedTimeScan.unsettled }.map(word)
        #expect(settled == ["2019"])
        #expect(again.contains("December") && again.contains("Tuesday") && again.contains("that"))
    }
}
