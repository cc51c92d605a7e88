import Foundation
import Testing
@testable import ChronicleCore

/// The index must never change what a corpus builds to: every state of a corpus changed
/// file by file builds through the index exactly as from the files alone.
@Suite struct CorpusIndexTests {
    let corpus: TempFolder
    let cache: TempFolder
    var index: String { cache.file("corpus.sqlite") }

    init() throws {
        corpus = try TempFolder()
        cache = try TempFolder()
    }

    /// Written an hour ago (or `minutesAgo`), so the index may trust stat data alone.
    func write(_ name: String, _ text: String, minutesAgo: Double = 60) throws {
        try corpus.write(name, text)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -60 * minutesAgo)],
                                              ofItemAtPath: corpus.file(name))
    }

    func rendered(_ chronology: Chronology) -> [String] {
        [ExportFormat.json, .text].map { ChronologyExporter.render(chronology.entries, of: chronology, as: $0) }
            + [chronology.warnings.map(\.description).joined(separator: "\n"),
               chronology.documents.map { "\($0.id) \($0.file) \($0.displayTitle) \($0.creationDate?.date.iso ?? "-")" }
                   .joined(separator: "\n"),
               chronology.actors.map { "\($0.name) \($0.kind) \($0.aliases) \($0.mentions)" }.joined(separator: "\n")]
    }

    /// Builds through the index, checks the result against a build from the files, and
    /// returns what the index did.
    @discardableResult
    func buildMatchingFullBuild(_ sourceLocation: SourceLocation = #_sourceLocation) throws -> IndexReport {
        let result = try IndexedBuild.chronology(folder: corpus.path, indexPath: index, now: Date())
        let full = try Pipeline.chronology(folder: corpus.path)
        #expect(rendered(result.chronology) == rendered(full), sourceLocation: sourceLocation)
        #expect(result.report.writeProblem == nil, sourceLocation: sourceLocation)
        return result.report
    }

    func seed() throws {
        try write("a-port.txt", """
            Harbour strike ends

            Dock workers in Porto Velha ended their strike on Monday, union leader Marta Quell said.
            The Harbour Workers Union (HWU) had called the strike on March 3, 2031.
            """)
        try write("a-port.yaml", "published: 2031-03-12\ntitle: Harbour strike ends\n")
        try write("b-talks.txt", """
            Talks resume in Lisvane

            Quell met port managers in Lisvane on Tuesday. The HWU said a deal was near.
            She said on Wednesday that the union would vote again. Lisvanian officials met her on Thursday.
            """)
        try write("b-talks.yaml", "published: 2031-03-14\n")
    }

    @Test func unchangedCorpusOpensFromTheIndexAsBuilt() throws {
        try seed()
        let first = try buildMatchingFullBuild()
        #expect(first.added == 2 && first.unchanged == 0 && first.rebuiltBecause == nil)
        let second = try buildMatchingFullBuild()
        #expect(second.added == 0 && second.changed == 0 && second.removed == 0 && second.unchanged == 2)
    }

    @Test func addingChangingAndRemovingFilesOneByOneMatchesAFullBuild() throws {
        try seed()
        try buildMatchingFullBuild()

        // Spells out an acronym the first articles only abbreviate: their actors change.
        try write("c-union.txt", """
            Union vote

            The Harbour Workers Union voted on Friday, March 14, 2031 to accept the offer.
            """, minutesAgo: 30)
        var report = try buildMatchingFullBuild()
        #expect(report.added == 1 && report.unchanged == 2)

        try write("b-talks.txt", """
            Talks stall in Lisvane

            Marta Quell left the talks in Lisvane on Wednesday, the HWU said.
            """, minutesAgo: 20)
        report = try buildMatchingFullBuild()
        #expect(report.changed == 1 && report.unchanged == 2)

        try write("a-port.yaml", "published: 2031-04-02\ntitle: Harbour strike ends\n", minutesAgo: 10)
        report = try buildMatchingFullBuild()
        #expect(report.changed == 1 && report.unchanged == 2)

        try corpus.write("d-image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + [UInt8](repeating: 0x41, count: 64))
        report = try buildMatchingFullBuild()
        #expect(report.added == 1)

        try FileManager.default.removeItem(atPath: corpus.file("c-union.txt"))
        report = try buildMatchingFullBuild()
        #expect(report.removed == 1 && report.added == 0 && report.changed == 0)

        // Another report of a day the others tell, then a change to one of them: the entries
        // of that day are merged again, the others kept.
        try write("e-wire.txt", """
            Strike over

            Dock workers in Porto Velha ended their strike on Monday, March 10, 2031, Marta Quell said.
            Quell met port managers in Lisvane on Tuesday, March 11, 2031.
            """, minutesAgo: 9)
        report = try buildMatchingFullBuild()
        #expect(report.added == 1)
        try write("a-port.txt", """
            Harbour strike ends

            Dock workers in Porto Velha ended their strike on Monday, union leader Marta Quell said.
            """, minutesAgo: 8)
        report = try buildMatchingFullBuild()
        #expect(report.changed == 1)

        // The same stem twice: the second file's id is its whole name.
        try write("a-port.md", "Ferries\n\nFerries sailed from Porto Velha on Sunday.\n", minutesAgo: 5)
        try buildMatchingFullBuild()
        try FileManager.default.removeItem(atPath: corpus.file("a-port.txt"))
        try buildMatchingFullBuild()
    }

    /// Brings the index up to date as `chronicle index` does, leaving the entries in it:
    /// it counts them as a build from the files has them, and then opens as that build.
    @discardableResult
    func updateLeavingEntries(_ sourceLocation: SourceLocation = #_sourceLocation) throws -> IndexReport {
        let result = try IndexedBuild.chronology(folder: corpus.path, indexPath: index, now: Date(), withEntries: false)
        let full = try Pipeline.chronology(folder: corpus.path)
        #expect(result.entryCount == full.entries.count, sourceLocation: sourceLocation)
        #expect(rendered(result.chronology).dropFirst(2) == rendered(full).dropFirst(2), sourceLocation: sourceLocation)
        let opened = try buildMatchingFullBuild(sourceLocation)
        #expect(opened.added + opened.changed + opened.removed == 0, sourceLocation: sourceLocation)
        return result.report
    }

    func writeStorm(on date: String, minutesAgo: Double) throws {
        try write("c-storm.txt", "Storm\n\nA storm closed the port of Porto Velha on \(date), the harbour master said.\n",
                  minutesAgo: minutesAgo)
    }

    @Test func anUpdateLeavingTheEntriesInTheIndexStoresThoseOfAFullBuild() throws {
        try seed()
        try writeStorm(on: "May 4, 2029", minutesAgo: 60)
        try buildMatchingFullBuild()
        try write("d-vote.txt", "Union vote\n\nThe HWU voted on Friday, March 14, 2031 to accept the offer.\n",
                  minutesAgo: 30)
        var report = try updateLeavingEntries()
        #expect(report.added == 1 && report.unchanged == 3)
        // Its entry moves to another year: both years are written again.
        try writeStorm(on: "June 2, 2030", minutesAgo: 20)
        report = try updateLeavingEntries()
        #expect(report.changed == 1)
        try FileManager.default.removeItem(atPath: corpus.file("b-talks.txt"))
        report = try updateLeavingEntries()
        #expect(report.removed == 1)
        try FileManager.default.removeItem(atPath: corpus.file("c-storm.txt"))
        report = try updateLeavingEntries()
        #expect(report.removed == 1)
    }

    /// Replaces the stored entries of `year` by bytes that cannot be read.
    func spoilEntries(of year: Int) throws {
        let store = try IndexStore.open(index)
        defer { try? store.close() }
        let parts = try #require(try store.chronology())
        #expect(parts.entries.contains { $0.year == year })
        try store.update(meta: [:], rows: [], removed: [], chronology: StoredChronology.Parts(
            head: parts.head, entries: [StoredChronology.Part(year: year, part: 0, blob: Data([0xFF]))]), years: [year])
    }

    @Test func anUpdateLeavingTheEntriesInTheIndexReadsOnlyTheYearsItsChangeReaches() throws {
        try seed()
        try writeStorm(on: "May 4, 2029", minutesAgo: 60)
        try buildMatchingFullBuild()
        try spoilEntries(of: 2029)
        try write("d-vote.txt", "Union vote\n\nThe HWU voted on Friday, March 14, 2031 to accept the offer.\n",
                  minutesAgo: 30)
        let result = try IndexedBuild.chronology(folder: corpus.path, indexPath: index, now: Date(), withEntries: false)
        #expect(result.report.rebuiltBecause == nil && result.report.added == 1)
        #expect(result.entryCount == (try Pipeline.chronology(folder: corpus.path)).entries.count)
        // Neither read nor written again: a merge of everything would have replaced it.
        let store = try IndexStore.open(index)
        #expect(try store.chronology()?.entries.filter { $0.year == 2029 }.map(\.blob) == [Data([0xFF])])
        try store.close()
        // Opened whole, the spoilt year is found out and the chronology built again.
        let report = try buildMatchingFullBuild()
        #expect(report.rebuiltBecause?.contains("stored chronology") == true)
        // A change that reaches the spoilt year merges every year again.
        try spoilEntries(of: 2029)
        try writeStorm(on: "May 5, 2029", minutesAgo: 20)
        try updateLeavingEntries()
    }

    /// The stored head and body of `file`'s record.
    func storedRecord(of file: String) throws -> (head: Data?, body: Data?) {
        let store = try IndexStore.open(index)
        defer { try? store.close() }
        return (try store.records()[file], try store.body(of: file))
    }

    /// Adds a third article of one sentence, published the day after the second, and
    /// updates the index, which must match a full build.
    @discardableResult
    func addVote(_ sentence: String, _ sourceLocation: SourceLocation = #_sourceLocation) throws -> IndexReport {
        try write("c-vote.txt", "Union vote\n\n\(sentence)", minutesAgo: 30)
        try write("c-vote.yaml", "published: 2031-03-15\n")
        return try buildMatchingFullBuild(sourceLocation)
    }

    @Test func aNewSpellingOfAKnownPersonLeavesTheOtherArticlesAsAFullBuildHasThem() throws {
        try seed()
        try buildMatchingFullBuild()
        let before = try storedRecord(of: "a-port.txt")
        // Another spelling joins Marta Quell: her actor gains an alias and keeps its name,
        // which is all the first articles' events read of her: their records stay as stored.
        let report = try addVote("Marta Quel said on Friday, March 14, 2031 that dock workers accepted the offer.")
        #expect(report.added == 1 && report.unchanged == 2)
        let quell = try Pipeline.chronology(folder: corpus.path).actors.first { $0.aliases.contains("Marta Quel") }
        #expect(quell?.name == "Marta Quell")
        let after = try storedRecord(of: "a-port.txt")
        #expect(after.head != nil && after.head == before.head && after.body == before.body)
        // And the next change starts from the records stored then.
        try write("c-vote.txt", "Union vote\n\nMarta Quel left Lisvane on Saturday, March 15, 2031.\n", minutesAgo: 20)
        try buildMatchingFullBuild()
    }

    @Test func aPlacesNewSpellingDrawsItsArticlesAgainAndKeepsTheirEvents() throws {
        try seed()
        try buildMatchingFullBuild()
        let before = try storedRecord(of: "a-port.txt")
        // A place's spellings are what a bare name or a nationality is read by: the articles
        // naming it are drawn again; with the same events, only the head is stored anew.
        try addVote("Dock workers in Pôrto Velha voted on Friday, March 14, 2031.")
        let port = try Pipeline.chronology(folder: corpus.path).actors.first { $0.name == "Porto Velha" }
        #expect(port.map { Set([$0.name] + $0.aliases) } == ["Porto Velha", "Pôrto Velha"])
        let after = try storedRecord(of: "a-port.txt")
        #expect(after.head != nil && after.head != before.head)
        #expect(after.body != nil && after.body == before.body)
    }

    @Test func touchedButUnchangedFilesAreNotAnalysedAgain() throws {
        try seed()
        try buildMatchingFullBuild()
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -600)],
                                              ofItemAtPath: corpus.file("a-port.txt"))
        let report = try buildMatchingFullBuild()
        #expect(report.unchanged == 2 && report.changed == 0)
    }

    @Test func aCorruptIndexIsRebuiltWithTheReason() throws {
        try seed()
        try cache.write("corpus.sqlite", "this is not a database, only text that claims to be one\n")
        let report = try buildMatchingFullBuild()
        #expect(report.rebuiltBecause?.contains("cannot be read") == true)
        #expect(report.added == 2)
        #expect(try buildMatchingFullBuild().rebuiltBecause == nil)
    }

    @Test func anIndexOfAnotherFormatIsRebuilt() throws {
        try seed()
        try buildMatchingFullBuild()
        let store = try IndexStore.open(index)
        try store.update(meta: [IndexStore.Meta.format: "0"], rows: [], removed: [], chronology: nil)
        try store.close()
        let report = try buildMatchingFullBuild()
        #expect(report.rebuiltBecause?.contains("older format") == true)
        #expect(report.added == 2)
    }

    @Test func aStoredChronologyThatCannotBeReadIsNeverTrusted() throws {
        try seed()
        try buildMatchingFullBuild()
        let store = try IndexStore.open(index)
        try store.update(meta: [:], rows: [], removed: [],
                         chronology: StoredChronology.Parts(head: Data("{\"entries\": 7}".utf8), entries: []))
        try store.close()
        let report = try buildMatchingFullBuild()
        #expect(report.rebuiltBecause?.contains("stored chronology") == true)
    }

    /// Replaces the body of `file`'s stored record by bytes that cannot be read.
    func spoilBody(of file: String) throws {
        let store = try IndexStore.open(index)
        let stamps = try #require(try store.stamps()[file])
        let head = try #require(try store.records()[file])
        try store.insert([IndexStore.Row(file: file, stamps: stamps, record: IndexStore.Blobs(head: head, body: Data([0xFF])))])
        try store.close()
    }

    @Test func aHeadWrittenAloneKeepsTheStoredBody() throws {
        try seed()
        try buildMatchingFullBuild()
        let store = try IndexStore.open(index)
        defer { try? store.close() }
        let stamps = try #require(try store.stamps()["a-port.txt"])
        try store.update(meta: [:], rows: [IndexStore.Row(file: "a-port.txt", stamps: stamps,
                                                          record: IndexStore.Blobs(head: Data([1]), body: Data([2])))],
                         removed: [], chronology: nil)
        try store.update(meta: [:], rows: [IndexStore.Row(file: "a-port.txt", stamps: stamps,
                                                          record: IndexStore.Blobs(head: Data([3]), body: nil))],
                         removed: [], chronology: nil)
        #expect(try store.records()["a-port.txt"] == Data([3]))
        #expect(try store.body(of: "a-port.txt") == Data([2]))
        #expect(try store.bodies(of: ["b-talks.txt", "none.txt", "a-port.txt"]).map { $0 == nil }
                == [false, true, false])
    }

    @Test func storedEventsReadInBatchesComeInTheOrderAsked() throws {
        try seed()
        try buildMatchingFullBuild()
        let store = try IndexStore.open(index)
        defer { try? store.close() }
        let bodies = StoredBodies(store: store)
        let files = ["b-talks.txt", "none.txt", "a-port.txt", "b-talks.txt"]
        let one = files.map { bodies.body(of: $0)?.events }
        #expect(one[0] != nil && one[1] == nil && one[2] != nil && one[0] != one[2])
        #expect(bodies.events(of: files, batch: 3) == one)
        #expect(bodies.events(of: files) == one)
    }

    @Test func aStoredRecordWhoseEventsAreNeededAndCannotBeReadIsNeverTrusted() throws {
        try seed()
        try buildMatchingFullBuild()
        try spoilBody(of: "a-port.txt")
        // Another report of the same days: the spoilt article's events are merged again.
        try write("c-port.txt", try String(contentsOfFile: corpus.file("a-port.txt"), encoding: .utf8))
        try write("c-port.yaml", "published: 2031-03-12\n")
        let report = try buildMatchingFullBuild()
        #expect(report.rebuiltBecause?.contains("a-port.txt") == true)
        #expect(report.added == 3)
    }

    @Test func aStoredRecordNoChangeReachesIsNotRead() throws {
        try seed()
        try buildMatchingFullBuild()
        try spoilBody(of: "b-talks.txt")
        try write("c-rain.txt", "Floods\n\nRain flooded the Mirelo valley on June 9, 2032, the Meteo Office said.\n")
        let report = try buildMatchingFullBuild()
        #expect(report.rebuiltBecause == nil)
        #expect(report.added == 1 && report.unchanged == 2)
    }

    @Test func aStoredChronologyMissingAPartOfItsEntriesIsNeverTrusted() throws {
        try seed()
        try buildMatchingFullBuild()
        let store = try IndexStore.open(index)
        let parts = try #require(try store.chronology())
        #expect(!parts.entries.isEmpty)
        try store.update(meta: [:], rows: [], removed: [], chronology: StoredChronology.Parts(head: parts.head, entries: []))
        try store.close()
        let report = try buildMatchingFullBuild()
        #expect(report.rebuiltBecause?.contains("entries are missing") == true)
    }

    @Test func entriesAreStoredInPartsAndReadBackInOrder() throws {
        let source = Source(documentID: "d", file: "d.txt", passage: ByteRange(0, 4), timex: nil, claimBy: nil,
                            summary: "A long enough summary shared by every entry")
        let entries = (1...(2 * StoredChronology.entriesPerPart + 3)).map { n in
            Entry(id: n, date: TimeValue(day: CalendarDate(year: 2030, month: 1, day: 1 + n % 28)), kind: .other,
                  summary: "entry \(n)", actors: [], sources: [source])
        }
        let chronology = Chronology(root: "r", documents: [], entries: entries, actors: [], warnings: [])
        let parts = try StoredChronology.encode(chronology)
        #expect(parts.entries.count == 3)
        #expect(try StoredChronology.decode(parts, root: "r").entries == entries)
        var shuffled = parts
        shuffled.entries = parts.entries.dropLast() + [parts.entries[0]]
        #expect(throws: (any Error).self) { try StoredChronology.decode(shuffled, root: "r") }
    }

    @Test func entriesArePartedByYearAndOnlyTheYearsAskedForAreEncoded() throws {
        let source = Source(documentID: "d", file: "d.txt", passage: ByteRange(0, 4), timex: nil, claimBy: nil,
                            summary: "A summary")
        let dates = ["2029-04-02", "2029-11", "2030-01-05", "2031-07-08", "2031-07-09"]
        let entries = dates.enumerated().map { n, date in
            Entry(id: n + 1, date: TimeValue(date)!, kind: .other, summary: "entry \(n)", actors: [], sources: [source])
        }
        let chronology = Chronology(root: "r", documents: [], entries: entries, actors: [], warnings: [])
        #expect(try StoredChronology.encode(chronology).entries.map(\.year) == [2029, 2030, 2031])
        let some = try StoredChronology.encode(chronology, years: [2031, 2040])
        #expect(some.entries.map(\.year) == [2031])
        // Read alone, a part's entries are numbered from one.
        #expect(try StoredChronology.decode(StoredChronology.Parts(head: try StoredChronology.encode(
            Chronology(root: "r", documents: [], entries: Array(entries[3...]), actors: [], warnings: [])).head,
            entries: some.entries), root: "r").entries.map(\.id) == [1, 2])
    }

    @Test func aChangeInAnEarlierYearRenumbersTheEntriesKeptAfterIt() throws {
        try seed()
        try buildMatchingFullBuild()
        try write("c-storm.txt", "Storm\n\nA storm closed the port of Porto Velha on May 4, 2029, the harbour master said.\n")
        var report = try buildMatchingFullBuild()
        #expect(report.added == 1)
        // Read back from the index as stored: the 2031 entries were kept, under new numbers.
        report = try buildMatchingFullBuild()
        #expect(report.unchanged == 3 && report.added == 0)
        try FileManager.default.removeItem(atPath: corpus.file("c-storm.txt"))
        report = try buildMatchingFullBuild()
        #expect(report.removed == 1)
        report = try buildMatchingFullBuild()
        #expect(report.unchanged == 2)
    }

    @Test func theCorpusFolderIsNeverWritten() throws {
        try seed()
        let before = try corpus.names()
        try buildMatchingFullBuild()
        try buildMatchingFullBuild()
        #expect(try corpus.names() == before)
        #expect(FileManager.default.fileExists(atPath: index))
    }

    @Test func withoutAnIndexPathNothingIsWritten() throws {
        try seed()
        let result = try IndexedBuild.chronology(folder: corpus.path, indexPath: nil, now: Date())
        #expect(rendered(result.chronology) == rendered(try Pipeline.chronology(folder: corpus.path)))
        #expect(try cache.names().isEmpty)
    }

    @Test func theDefaultIndexIsInTheCacheFolderNamedByTheCorpusPath() {
        let a = IndexLocation.defaultPath(for: "/srv/news/harbour")
        let b = IndexLocation.defaultPath(for: "/srv/news/ferries")
        #expect(a != b)
        #expect(a.contains("/chronicle/") && a.hasSuffix(".sqlite"))
        #expect(IndexLocation.defaultPath(for: "/srv/news/harbour/") == a)
    }

    @Test func whatPassagesReferToIsTheSameThroughTheIndex() throws {
        try write("a.txt", "Jane Roe opened the plant in Norway on March 3, 2025. On March 4, 2025, she said Norwegian forces guarded it.\n")
        try write("b.txt", "Tom Reyes arrived on March 4, 2025. He met the mayor on March 5, 2025.\n")
        try buildMatchingFullBuild()
        // Another article changes; the first one's stored references must still hold.
        try write("b.txt", "Tom Reyes arrived in Norway on March 4, 2025. He met the mayor on March 5, 2025.\n", minutesAgo: 30)
        try buildMatchingFullBuild()
        let result = try IndexedBuild.chronology(folder: corpus.path, indexPath: index, now: Date())
        let referred = result.chronology.entries.flatMap { $0.actors.compactMap(\.via) }
        #expect(referred.contains("she") && referred.contains("He") && referred.contains("Norwegian"))
    }
}
