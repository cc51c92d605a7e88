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
        let changed = Set(after.indices.filter { stale.contains(after[$0].0) })
        return merged(earlier: full(before), stale: stale, after, changed: changed)
    }

    /// `ChangedDays` on the documents `now`, which records in `asked` the documents whose events it read.
    static func merged(earlier: [Entry], stale: Set<String>, _ now: [(String, [Event])], changed: Set<Int>,
                       asked: inout Set<Int>) -> [Entry]? {
        let c = corpus(now)
        var read = Set<Int>()
        defer { asked = read }
        return try? ChangedDays.entries(earlier: earlier, stale: stale, events: { ns in
            read.formUnion(ns)
            return ns.map { now[$0].1 }
        }, coarseYears: Set(DocumentRecord.coarseYears(c.events)), changed: changed, files: c.files,
           documentOrder: c.order)?.entries
    }

    static func merged(earlier: [Entry], stale: Set<String>, _ now: [(String, [Event])], changed: Set<Int>) -> [Entry]? {
        var asked = Set<Int>()
        return merged(earlier: earlier, stale: stale, now, changed: changed, asked: &asked)
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

    @Test func theEventsOfDocumentsNoChangeReachesAreNotRead() throws {
        let before = [("a", [vote]), ("d", [later])]
        let added = B.event("e", 7, "2031-05-04", "The dock union voted on Sunday to return", actors: ["Dock Union"])
        let after = [("a", [vote]), ("d", [later]), ("e", [added])]
        var asked = Set<Int>()
        let entries = try #require(Self.merged(earlier: Self.full(before), stale: ["e"], after, changed: [2],
                                               asked: &asked))
        #expect(entries == Self.full(after))
        #expect(asked == [0, 2])
    }

    @Test func aYearWithAReportOfItsMonthIsReadWhole() throws {
        // b tells of May alone: a change to any day of 2031 may move it, so every 2031 event is read again.
        let before = [("a", [vote]), ("b", [talks]), ("d", [later])]
        let added = B.event("e", 7, "2031-05-04", "The dock union voted on Sunday to return", actors: ["Dock Union"])
        let after = [("a", [vote]), ("b", [talks]), ("d", [later]), ("e", [added])]
        var asked = Set<Int>()
        let entries = try #require(Self.merged(earlier: Self.full(before), stale: ["e"], after, changed: [3],
                                               asked: &asked))
        #expect(entries == Self.full(after))
        #expect(asked == [0, 1, 2, 3])
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

extension ChangedDaysTests {
    static let opened = B.event("a", 10, "2031-04-28", "Vandel opened the Lumen Music Store, an online shop, on April 28",
                                actors: ["Vandel", "Lumen Music Store"])
    static let openedInYear = B.event("b", 10, "2031", "and opened the Lumen Music Store in 2031",
                                      actors: ["Lumen Music Store"])
    static let openedElsewhere = B.event("c", 10, "2031-09-02", "Vandel opened the Lumen Music Store in Braga on September 2",
                                         actors: ["Vandel", "Lumen Music Store"])

    @Test func aYearReportFollowsItsDayWhenAnotherDayOfItsYearChanges() throws {
        let before = [("a", [Self.opened]), ("b", [Self.openedInYear])]
        #expect(Self.full(before).count == 1)
        // A second day that could take the year's report: it stays apart, as a full build has it.
        let after = [("a", [Self.opened]), ("b", [Self.openedInYear]), ("c", [Self.openedElsewhere])]
        let entries = try #require(Self.updated(before, after, stale: ["c"]))
        #expect(entries == Self.full(after))
        #expect(entries.count == 3)
        // And back: the second day gone, the year's report joins the first day again.
        let back = try #require(Self.merged(earlier: Self.full(after), stale: ["c"], before, changed: []))
        #expect(back == Self.full(before))
    }

    @Test func aChangedYearReportLeavesTheDayItJoinedAndOtherYearsAlone() throws {
        let other = B.event("d", 10, "2032-03-01", "Vandel opened the Lumen Music Store in Porto on March 1",
                            actors: ["Vandel", "Lumen Music Store"])
        let before = [("a", [Self.opened]), ("b", [Self.openedInYear]), ("d", [other])]
        let rewritten = B.event("b", 10, "2031", "Ana Ruiz left the Vandel board in 2031", people: ["Ana Ruiz"])
        let after = [("a", [Self.opened]), ("b", [rewritten]), ("d", [other])]
        let entries = try #require(Self.updated(before, after, stale: ["b"]))
        #expect(entries == Self.full(after))
        #expect(entries.count == 3)
    }
}
