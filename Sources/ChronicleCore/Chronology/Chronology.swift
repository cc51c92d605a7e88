/// The merged timeline of a corpus: what every view and export reads.
public struct Chronology: Sendable {
    /// The corpus folder as given.
    public var root: String
    public var documents: [Document]
    /// Sorted by date (coarser first at the same start), then document order.
    public var entries: [Entry]
    public var actors: [Actor]
    public var warnings: [LoadWarning]

    public init(root: String, documents: [Document], entries: [Entry], actors: [Actor],
                warnings: [LoadWarning]) {
        self.root = root
        self.documents = documents
        self.entries = entries
        self.actors = actors
        self.warnings = warnings
        self.documentIndex = Dictionary(documents.enumerated().map { ($1.id, $0) },
                                        uniquingKeysWith: { first, _ in first })
    }

    private let documentIndex: [String: Int]

    public func document(id: String) -> Document? {
        documentIndex[id].map { documents[$0] }
    }
}
