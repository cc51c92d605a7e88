/// One terminal cell: a grapheme and its style. A wide grapheme fills its first cell and
/// leaves the following ones as continuations (empty text).
public struct Cell: Equatable, Sendable {
    public var text: String
    public var style: Style

    public init(text: String = " ", style: Style = .normal) {
        self.text = text
        self.style = style
    }

    public var isContinuation: Bool { text.isEmpty }

    public static let blank = Cell()
}
