/// A document's creation date (DCT) and how it was found, so the program can say so.
public struct CreationDate: Hashable, Sendable, Codable {
    public enum Source: String, Hashable, Sendable, Codable {
        /// Given on the command line (`--dct`).
        case given
        /// The sidecar's `published` key.
        case metadata
        /// A dated byline in the text ("Henry Kamens, November 02, 2024").
        case byline
        /// Inferred from the text; `evidence` says from what.
        case inferred
    }

    public var date: CalendarDate
    public var source: Source
    /// A short human account: the byline text, or the reasoning of the inference.
    public var evidence: String

    public init(date: CalendarDate, source: Source, evidence: String = "") {
        self.date = date
        self.source = source
        self.evidence = evidence
    }

    /// "2025-12-03 (metadata)", "2024-11-02 (byline: ...)".
    public var explanation: String {
        evidence.isEmpty ? "\(source.rawValue)" : "\(source.rawValue): \(evidence)"
    }
}
