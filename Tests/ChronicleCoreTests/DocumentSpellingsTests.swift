import Testing
@testable import ChronicleCore

/// A document's mentions told apart by spelling, as the alias graph makes its nodes of them.
@Suite struct DocumentSpellingsTests {
    func mention(_ text: String, _ kind: ActorKind?, guessed: Bool = false, entry: Int? = nil,
                 head: String? = nil) -> ActorMention {
        var m = ActorMention(range: ByteRange(0, text.utf8.count), text: text, kind: kind, gazetteerEntry: entry,
                             wordCount: text.split(separator: " ").count, impliedHead: head)
        m.guessed = guessed
        return m
    }

    @Test func eachSpellingOnceInTheOrderFirstWrittenWithItsMentionsTold() {
        let told = DocumentSpellings([
            mention("Ana Roe", .person, guessed: true), mention("Halden", .place, entry: 3),
            mention("Ana Roe", .person), mention("Roe", nil), mention("Halden", .place, entry: 3, head: "region"),
        ])
        #expect(told.spellings.map(\.first) == [0, 1, 3])
        #expect(told.ofMention == [0, 1, 0, 2, 1])
        #expect(told.spellings.map(\.mentions) == [2, 2, 1])
        #expect(told.spellings[0].kinds[.person] == 1)  // the guess is not a cue
        #expect(told.spellings.map(\.headed) == [false, true, false])
        #expect(told.entries.map(\.spelling) == [1] && told.entries.map(\.entry) == [3])
    }

    @Test func spellingsDifferingInCaseOrEntriesStayApart() {
        let told = DocumentSpellings([
            mention("Halden", .place, entry: 3), mention("HALDEN", .place), mention("Halden", .place, entry: 5),
        ])
        #expect(told.spellings.count == 2)
        #expect(told.entries.map(\.entry) == [3, 5])
    }
}
