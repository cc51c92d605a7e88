/// A stretch of text drawn in one style; views build lines out of these.
public struct StyledRun: Equatable, Sendable {
    public var text: String
    public var style: Style

    public init(_ text: String, _ style: Style = .normal) {
        self.text = text
        self.style = style
    }
}

extension Array where Element == StyledRun {
    public var plainText: String { map(\.text).joined() }
    public var displayWidth: Int { reduce(0) { $0 + TextWidth.width($1.text) } }
}
