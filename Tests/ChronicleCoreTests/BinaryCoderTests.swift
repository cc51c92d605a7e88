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
}
