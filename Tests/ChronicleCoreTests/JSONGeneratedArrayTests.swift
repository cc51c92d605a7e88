import Testing
@testable import ChronicleCore

/// A generated array writes the same bytes as the array of the same items.
@Suite struct JSONGeneratedArrayTests {
    private func item(_ i: Int) -> JSONValue {
        .object([("n", .int(i)), ("tags", .array([.string("t\(i)")])), ("parts", .array([.object([("k", .null)])]))])
    }

    @Test func writesWhatTheArrayWouldAtEveryLength() {
        for count in [0, 1, 2, 511, 512, 513, 1500] {
            let items = (0..<count).map(item)
            let plain = JSONValue.object([("before", .int(1)), ("items", .array(items)), ("after", .array([]))])
            let made = JSONValue.object([("before", .int(1)), ("items", .generated(count: count, item: item)),
                                         ("after", .array([]))])
            #expect(made.rendered() == plain.rendered(), "\(count) items")
        }
    }

    @Test func anEmptyOneKeepsItsObjectOnOneLine() {
        let plain = JSONValue.object([("a", .array([])), ("b", .int(2))]).rendered()
        let made = JSONValue.object([("a", .generated(count: 0, item: item)), ("b", .int(2))]).rendered()
        #expect(made == plain)
        #expect(made == "{\"a\": [], \"b\": 2}\n")
    }

    @Test func streamedInPartsItWritesTheSameBytes() {
        // Past 16 chunks of 512 items, a stream hands over more than one part.
        for count in [0, 3, 512 * 16, 512 * 16 + 1, 20_000] {
            let value = JSONValue.object([("items", .generated(count: count, item: item)), ("after", .int(7))])
            var streamed: [UInt8] = []
            var parts = 0
            value.render { part in
                streamed += part
                parts += 1
            }
            #expect(String(decoding: streamed, as: UTF8.self) == value.rendered(), "\(count) items")
            // A long array is handed over a batch at a time, not whole at the end.
            #expect(count <= 512 * 16 || parts > 2, "\(count) items in \(parts) parts")
        }
    }
}
