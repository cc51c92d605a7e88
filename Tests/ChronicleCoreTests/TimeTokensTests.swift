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
}
