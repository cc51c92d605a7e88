import Testing
@testable import ChronicleCore

/// Each document's events read as one list, and merged as the same events in one array.
@Suite struct EventListTests {
    static func event(_ doc: String, _ start: Int, _ summary: String, actors: [String] = []) -> Event {
        ChronologyBuilderTests.event(doc, start, "2024-06-11", summary, actors: actors)
    }

    @Test func numbersTheEventsOfEveryPartInOrderSkippingEmptyParts() {
        let list = EventList([[Self.event("a", 0, "The ferry left the harbour"), Self.event("a", 40, "It sank")],
                              [],
                              [Self.event("c", 5, "Divers reached the wreck")], []])
        #expect(list.count == 3)
        #expect(list.map(\.documentID) == ["a", "a", "c"])
        #expect(list.map(\.passage.start) == [0, 40, 5])
        #expect(EventList([]).isEmpty)
        #expect(EventList([[], []]).isEmpty)
    }

    @Test func mergingPartsGivesTheEntriesOfTheJoinedList() {
        let a = [Self.event("a", 0, "Mayor Lina Ortiz opened the new tram line in Eastport", actors: ["Lina Ortiz"]),
                 Self.event("a", 90, "The tram line broke down an hour later")]
        let b = [Self.event("b", 10, "The new Eastport tram line was opened by mayor Lina Ortiz", actors: ["Lina Ortiz"])]
        let c = [Self.event("c", 0, "Striking nurses marched through the capital")]
        let files = ["a": "a.txt", "b": "b.txt", "c": "c.txt"]
        let order = ["a": 0, "b": 1, "c": 2]
        let joined = ChronologyBuilder.build(a + b + c, files: files, documentOrder: order)
        let parts = ChronologyBuilder.build(EventList([a, [], b, c]), files: files, documentOrder: order,
                                            lexicon: .bundled)
        #expect(parts == joined)
        // The mayor's two reports are one entry; the breakdown and the march stay apart.
        #expect(parts.count == 3)
        #expect(parts.contains { $0.sources.map(\.documentID) == ["a", "b"] })
    }
}
