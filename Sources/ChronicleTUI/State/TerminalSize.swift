public struct TerminalSize: Hashable, Sendable {
    public var rows: Int
    public var cols: Int

    public init(rows: Int, cols: Int) {
        self.rows = rows
        self.cols = cols
    }

    /// Below this the browser shows only a "terminal too small" message.
    public static let minimum = TerminalSize(rows: 12, cols: 40)

    public var isTooSmall: Bool { rows < Self.minimum.rows || cols < Self.minimum.cols }
}
