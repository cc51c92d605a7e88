import Foundation
import Testing
@testable import ChronicleCore

@Suite struct BinaryCoderTests {
    struct Sample: Codable, Equatable {
        var name: String
        var count: Int
        var negative: Int
        var ratio: Double
        var flag: Bool
        var note: String?
        var missing: Int?
        var ranges: [ByteRange]
        var nested: [[String]]
        var kind: ActorKind
        var maybeKind: ActorKind?
        var data: Data
    }

    let sample = Sample(name: "Ré union ✓", count: 300, negative: -70_000, ratio: 0.25, flag: true, note: "",
                        missing: nil, ranges: [ByteRange(0, 5), ByteRange(7, 1 << 40)], nested: [[], ["a", "bc"]],
                        kind: .place, maybeKind: nil, data: Data([0, 255, 7]))

    @Test func valuesComeBackAsTheyWere() throws {
        let blob = try BinaryCoder.encode(sample)
        #expect(try BinaryCoder.decode(Sample.self, from: blob) == sample)
        var other = sample
        other.missing = 0
        other.maybeKind = .person
        other.note = nil
        #expect(try BinaryCoder.decode(Sample.self, from: BinaryCoder.encode(other)) == other)
    }

    @Test func theFormIsSmallerThanJSON() throws {
        #expect(try BinaryCoder.encode(sample).count * 2 < JSONEncoder().encode(sample).count)
    }

    @Test func aLongStringMetAgainIsWrittenOnceAndReadBackWhole() throws {
        let long = "The harbour workers ended their strike"
        let once = try BinaryCoder.encode([long])
        let thrice = try BinaryCoder.encode([long, "short", long, long])
        #expect(thrice.count < once.count + 16)
        #expect(try BinaryCoder.decode([String].self, from: thrice) == [long, "short", long, long])
    }

    @Test func aStringReferringToNoneBeforeItIsRefused() throws {
        // A count of one element, then the code of string number 5 (2 * 5 + 1).
        #expect(throws: (any Error).self) { try BinaryCoder.decode([String].self, from: Data([1, 0, 0, 0, 11])) }
    }

    @Test func aCutOrPaddedBlobIsRefused() throws {
        let blob = try BinaryCoder.encode(sample)
        #expect(throws: (any Error).self) { try BinaryCoder.decode(Sample.self, from: blob.prefix(blob.count - 3)) }
        #expect(throws: (any Error).self) { try BinaryCoder.decode(Sample.self, from: blob + Data([1])) }
    }

    @Test func anOptionalOutsideAFieldIsRefusedNotLost() {
        let list: [Int?] = [1, nil]
        #expect(throws: (any Error).self) { try BinaryCoder.encode(list) }
    }

    @Test func storedChronologyTypesComeBackWithEveryField() throws {
        let timex = TimeExpression(range: ByteRange(10, 22), text: "on Tuesday", type: .date, value: "2031-03-11",
                                   granularity: .day)
        let actors = [ActorRef(name: "Marta Quell", kind: .person, via: "she"), ActorRef(name: "Lisvane", kind: .place)]
        let dated = Source(documentID: "b", file: "b-talks.txt", passage: ByteRange(0, 40), timex: timex,
                           claimBy: "the union", summary: "Quell met port managers in Lisvane", basis: .text)
        let carried = Source(documentID: "b", file: "b-talks.txt", passage: ByteRange(41, 90), timex: nil, claimBy: nil,
                             summary: "Quell met port managers in Lisvane", basis: .context, datedBy: ByteRange(0, 40))
        let entries = [Entry(id: 7, date: TimeValue("2031-03-11T07:00")!, kind: .talks, summary: "Quell met port managers",
                             actors: actors, sources: [dated, carried]),
                       Entry(id: 8, date: TimeValue("2031-W11-WE")!, kind: .other, summary: "", actors: [], sources: [])]
        #expect(try BinaryCoder.decode([Entry].self, from: BinaryCoder.encode(entries)) == entries)

        let event = Event(documentID: "b", passage: ByteRange(3, 9), timex: timex, date: TimeValue("2031-03")!,
                          summary: "The union voted", actors: actors, kind: .politics, claimant: "Quell",
                          basis: .published, datedBy: ByteRange(1, 2), refersBack: true)
        var mention = ActorMention(range: ByteRange(5, 16), text: "Marta Quell", kind: .person, gazetteerEntry: 3,
                                   wordCount: 2, impliedHead: "union", linkedTo: 0)
        mention.guessed = true
        let bare = ActorMention(range: ByteRange(0, 3), text: "HWU", kind: nil, wordCount: 1)
        #expect(try BinaryCoder.decode([Event].self, from: BinaryCoder.encode([event])) == [event])
        #expect(try BinaryCoder.decode([ActorMention].self, from: BinaryCoder.encode([mention, bare])) == [mention, bare])
    }

    @Test func storedDocumentsComeBackWithEveryField() throws {
        let metadata = DocumentMetadata(title: "Talks end", outlet: "The Harbour Gazette", author: nil,
                                        published: "2031-03-14", url: "https://example.org/talks", note: "")
        let dated = Document(id: "b-talks", file: "b-talks.txt", path: "corpus/b-talks.txt", metadata: metadata,
                             creationDate: CreationDate(date: CalendarDate(year: 2031, month: 3, day: 14), source: .byline,
                                                        evidence: "March 14, 2031"),
                             textTitle: "Talks resume in Lisvane")
        let bare = Document(id: "c", file: "c.md", path: "corpus/c.md", metadata: DocumentMetadata(), creationDate: nil,
                            textTitle: "")
        let stored = try BinaryCoder.decode([StoredDocument].self, from: BinaryCoder.encode([dated, bare].map(StoredDocument.init)))
        #expect(stored.map(\.id) == ["b-talks", "c"] && stored.map(\.file) == ["b-talks.txt", "c.md"])
        #expect(stored.map(\.metadata) == [metadata, DocumentMetadata()])
        #expect(stored.map(\.creationDate) == [dated.creationDate, nil])
        #expect(stored.map(\.title) == ["Talks resume in Lisvane", ""])
        let warnings = [LoadWarning(file: "d.txt", message: "empty file; skipped")]
        #expect(try BinaryCoder.decode([LoadWarning].self, from: BinaryCoder.encode(warnings)) == warnings)
    }

    @Test func storedActorsComeBackWithEveryFieldInAFewBytesEach() throws {
        let actors = [Actor(name: "Lisvane Harbour Authority", kind: .organization,
                            aliases: ["Lisvane Harbour Authority", "the harbour authority", "LHA"], mentions: 12),
                      Actor(name: "Quell", kind: .person), Actor(name: "Lisvane", kind: .place, aliases: ["Lisvane"], mentions: 300)]
        #expect(try BinaryCoder.decode([Actor].self, from: BinaryCoder.encode(actors)) == actors)
        // Its kind in one byte and its number of aliases in one, not the kind's name and a
        // four-byte count: the list's count, then per actor its name, kind, aliases and mentions
        // (the repeated long name as a number of one byte).
        let quell = Actor(name: "Quell", kind: .organization, aliases: ["Quell", "QL"], mentions: 3)
        #expect(try BinaryCoder.encode([quell]).count == 1 + (1 + 5) + 1 + 1 + (1 + 5) + (1 + 2) + 1)
        #expect(throws: (any Error).self) { try BinaryCoder.decode([Actor].self, from: Data([1, 2, 65, 0, 0x90, 0x4E])) }
    }

    @Test func aStoredListLongerThanItsBlobIsRefused() {
        // A count of a million entries, then nothing.
        #expect(throws: (any Error).self) { try BinaryCoder.decode([Entry].self, from: Data([0xC0, 0x84, 0x3D])) }
    }
}

@Suite struct MentionColumnsTests {
    func roundTrip(_ mentions: [ActorMention]) throws -> [ActorMention] {
        let writer = BinaryCoder.Writer()
        MentionColumns.write(mentions, to: writer)
        let reader = BinaryCoder.Reader(writer.bytes)
        let read = try MentionColumns.read(from: reader)
        #expect(reader.position == writer.bytes.count)
        return read
    }

    @Test func mentionsComeBackWithEveryFieldWhateverTheWidthOfTheirNumbers() throws {
        var quell = ActorMention(range: ByteRange(70_000, 70_011), text: "Marta Quell", kind: .person, gazetteerEntry: 0,
                                 wordCount: 2, impliedHead: "union", linkedTo: 300)
        quell.guessed = true
        let far = ActorMention(range: ByteRange(5_000_000_000, 5_000_000_004), text: "Quell", kind: .person, wordCount: 1)
        let bare = ActorMention(range: ByteRange(0, 3), text: "HWU", kind: nil, wordCount: 1, linkedTo: 0)
        let port = ActorMention(range: ByteRange(12, 19), text: "Lisvane", kind: .place, gazetteerEntry: 40_000,
                                wordCount: 1, impliedHead: "Lisvane")
        for mentions in [[quell, far, bare, port], [bare], [port, bare, port, quell], []] {
            #expect(try roundTrip(mentions) == mentions)
        }
    }

    @Test func aTextWrittenAgainIsStoredOnce() {
        let once = BinaryCoder.Writer(), often = BinaryCoder.Writer()
        let mention = ActorMention(range: ByteRange(0, 26), text: "Lisvane Harbour Authority", kind: .organization,
                                   wordCount: 3)
        MentionColumns.write([mention], to: once)
        MentionColumns.write([ActorMention](repeating: mention, count: 20), to: often)
        #expect(often.bytes.count < once.bytes.count + 20 * 8)
    }

    @Test func aMentionWhoseTextIsNotInItsTableIsRefused() throws {
        let writer = BinaryCoder.Writer()
        MentionColumns.write([ActorMention(range: ByteRange(0, 3), text: "HWU", kind: nil, wordCount: 1)], to: writer)
        // One mention, one text ("HWU"), then the columns: the text column's one byte
        // follows the start and length columns (a width byte and a value each) and its own width.
        var bytes = writer.bytes
        let textColumn = 2 + 4 + 2 + 2 + 1
        #expect(bytes[textColumn] == 0)
        bytes[textColumn] = 1
        #expect(throws: (any Error).self) { try MentionColumns.read(from: BinaryCoder.Reader(bytes)) }
        #expect(throws: (any Error).self) { try MentionColumns.read(from: BinaryCoder.Reader(Array(writer.bytes.dropLast()))) }
    }
}
