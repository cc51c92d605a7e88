import Testing
@testable import ChronicleCore

/// Merging again only the days a change reaches gives the entries a build of all events gives.
@Suite struct ChangedDaysTests {
    typealias B = ChronologyBuilderTests

    /// Documents in order, each with its events in order.
    static func corpus(_ documents: [(String, [Event])]) -> (events: [Event], counts: [Int], files: [String: String],
                                                             order: [String: Int]) {
        (documents.flatMap(\.1), documents.map(\.1.count),
         Dictionary(uniqueKeysWithValues: documents.map { ($0.0, $0.0 + ".txt") }),
         Dictionary(uniqueKeysWithValues: documents.enumerated().map { ($1.0, $0) }))
    }

    static func full(_ documents: [(String, [Event])]) -> [Entry] {
        let c = corpus(documents)
        return ChronologyBuilder.build(c.events, files: c.files, documentOrder: c.order)
    }

    /// The entries after `before` became `after`, the documents named in `stale` having changed or gone.
    static func updated(_ before: [(String, [Event])], _ after: [(String, [Event])], stale: Set<String>) -> [Entry]? {
        let c = corpus(after)
        let changed = Set(after.indices.filter { stale.contains(after[$0].0) })
        return ChangedDays.entries(earlier: full(before), stale: stale, events: c.events, counts: c.counts,
                                   changed: changed, files: c.files, documentOrder: c.order)
    }

    let ferry = B.event("a", 10, "2031-05-02", "Ferry crews in Porto Velha stopped work on Friday",
                        people: ["Ines Varga"], places: ["Porto Velha"])
    let ferryAgain = B.event("c", 40, "2031-05-02", "Ferry crews stopped work in Porto Velha on Friday, Ines Varga said",
                             people: ["Ines Varga"], places: ["Porto Velha"])
    let vote = B.event("a", 90, "2031-05-04", "The dock union voted to return on Sunday", actors: ["Dock Union"])
    let talks = B.event("b", 5, "2031-05", "Port managers met the union in May", actors: ["Dock Union"])
    let bridge = B.event("b", 60, "2031-05-02", "The Lisvane bridge reopened on Friday", actors: ["Lisvane"])
    let later = B.event("d", 12, "2031-06-09", "Crews signed the new contract on June 9", actors: ["Dock Union"])

    @Test func aChangedDocumentMergesAgainOnlyItsDaysAndMatchesAFullBuild() {
        let before = [("a", [ferry, vote]), ("b", [talks, bridge]), ("c", [ferryAgain])]
        // c now tells another day: its old day (shared with a and b) and its new one change.
        let moved = B.event("c", 40, "2031-06-09", "Crews signed the new contract on June 9, Ines Varga said",
                            actors: ["Dock Union"])
        let after = [("a", [ferry, vote]), ("b", [talks, bridge]), ("c", [moved]), ("d", [later])]
        #expect(Self.updated(before, after, stale: ["c", "d"]) == Self.full(after))
    }

    @Test func aRemovedDocumentLeavesItsDaysToTheOthers() throws {
        let before = [("a", [ferry, vote]), ("b", [talks, bridge]), ("c", [ferryAgain])]
        let after = [("a", [ferry, vote]), ("b", [talks, bridge])]
        let entries = try #require(Self.updated(before, after, stale: ["c"]))
        #expect(entries == Self.full(after))
        #expect(entries.allSatisfy { $0.sources.allSatisfy { $0.documentID != "c" } })
    }

    @Test func aDocumentAddedBeforeTheOthersTakesItsPlaceInEveryEntry() throws {
        var first = ferryAgain
        first.documentID = "0"
        let before = [("a", [ferry, vote]), ("b", [talks, bridge])]
        let after = [("0", [first]), ("a", [ferry, vote]), ("b", [talks, bridge])]
        let entries = try #require(Self.updated(before, after, stale: ["0"]))
        #expect(entries == Self.full(after))
        #expect(entries.first { $0.sources.count == 2 }?.sources.map(\.documentID) == ["0", "a"])
    }

    @Test func aReportReferringBackJoinsOnlyTheEventJustBeforeIt() {
        // "The stoppage ..." follows an event of another day in its document: it joins nothing.
        var stoppage = B.event("b", 80, "2031-05-02", "The stoppage closed the harbour")
        stoppage.refersBack = true
        let before = [("a", [ferry]), ("b", [talks, stoppage])]
        let after = [("a", [ferry, vote]), ("b", [talks, stoppage])]
        #expect(Self.updated(before, after, stale: ["a"]) == Self.full(after))
        let joined = [("a", [ferry, vote]), ("b", [bridge, stoppage])]
        #expect(Self.updated(before, joined, stale: ["a", "b"]) == Self.full(joined))
    }

    @Test func storedEntriesCitingADocumentNeitherThereNorChangedAreNotTrusted() {
        let before = [("a", [ferry, vote]), ("b", [talks, bridge]), ("c", [ferryAgain])]
        let after = [("a", [ferry, vote]), ("b", [talks, bridge])]
        #expect(Self.updated(before, after, stale: []) == nil)
    }

    @Test func withNothingChangedTheStoredEntriesStand() {
        let documents = [("a", [ferry, vote]), ("b", [talks, bridge])]
        #expect(Self.updated(documents, documents, stale: []) == Self.full(documents))
    }
}
