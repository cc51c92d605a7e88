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

    @Test func aSecondScanOfSharedTokensFindsWhatAFreshScanFinds() {
        let bytes = Array(Self.contextText.utf8)
        let doc = Document(id: "m", file: "m.txt", utf8: bytes, metadata: DocumentMetadata())
        let tokens = TimeTokens(bytes)
        _ = CreationDateResolver.resolve(doc, tagger: TimeTagger(), tokens: tokens)  // the scan without a date
        for dct in [CalendarDate(year: 2024, month: 11, day: 18), CalendarDate(year: 2019, month: 2, day: 3)] {
            let alone = TimeTagger().tag(bytes, dct: dct)
            let shared = TimeTagger().tag(bytes, dct: dct, tokens: tokens)
            #expect(alone.count >= 10)
            #expect(shared == alone)
        }
    }
}
