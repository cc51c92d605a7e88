import Testing
@testable import ChronicleCore

/// A document's nodes, each once at its first mention, call after call (the marks of one
/// document must not hide a node from the next).
@Suite struct AliasGraphVisitTests {
    @Test func eachNodeOnceAtItsFirstMentionInEveryCall() {
        var graph = AliasGraph(gazetteer: Gazetteer(entries: [
            .init(name: "Tarvo", kind: .place), .init(name: "Lumora", kind: .organization),
            .init(name: "Marta Oyelaran", kind: .person),
        ]), lexicon: .bundled)
        let first = graph.firstMentions([2, 0, 2, 1, 0])
        #expect(first.map(\.node) == [2, 0, 1] && first.map(\.order) == [0, 1, 3])
        let second = graph.firstMentions([1, 1, 2])
        #expect(second.map(\.node) == [1, 2] && second.map(\.order) == [0, 2])
        #expect(graph.firstMentions([]).isEmpty)
    }
}
