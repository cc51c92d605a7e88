import Testing
@testable import ChronicleCore

/// One happening told by two articles, in fewer words by one: one entry.
@Suite struct ChronologyToldAgainTests {
    static func event(_ doc: String, _ date: String, _ summary: String, _ actors: [String]) -> Event {
        ChronologyBuilderTests.event(doc, 10, date, summary, actors: actors)
    }

    @Test func theShorterReportsWordsInTheLongerMakeOneEntry() {
        let entries = ChronologyBuilderTests.build([
            Self.event("a", "2004", "She fought lymphatic cancer in 2004 and took a year off in 2006, later revealing a transplant",
                       ["Nadia Perez"]),
            Self.event("b", "2004", "She has been fighting lymphatic cancer since 2004", ["Nadia Perez"]),
        ])
        #expect(entries.count == 1)
        #expect(entries.first?.sources.count == 2)
    }

    @Test func sharedWordsWithoutACommonActorOrWithinOneArticleStayApart() {
        let long = "She fought lymphatic cancer in 2004 and took a year off in 2006, later revealing a transplant"
        let short = "She has been fighting lymphatic cancer since 2004"
        #expect(ChronologyBuilderTests.build([Self.event("a", "2004", long, ["Nadia Perez"]),
                                              Self.event("b", "2004", short, ["Omar Haddad"])]).count == 2)
        #expect(ChronologyBuilderTests.build([Self.event("a", "2004", long, ["Nadia Perez"]),
                                              Self.event("a", "2004", short, ["Nadia Perez"])]).count == 2)
    }
}
