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
}
