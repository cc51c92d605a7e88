import ChronicleCore

/// One line of feedback in the footer, until the next key.
public struct StatusMessage: Hashable, Sendable {
    public var text: String
    public var isError: Bool

    public init(_ text: String, isError: Bool = false) {
        self.text = text
        self.isError = isError
    }
}

extension StatusMessage {
    /// The load warnings, said on opening: they were printed before the screen took over,
    /// where nobody sees them while browsing; `W` lists them all.
    static func loading(_ warnings: [LoadWarning]) -> StatusMessage? {
        guard let first = warnings.first else { return nil }
        if warnings.count == 1 { return StatusMessage("Warning: \(first.description) (W shows it again)", isError: true) }
        return StatusMessage("\(warnings.count) load warnings (W lists them); first: \(first.description)",
                             isError: true)
    }
}
