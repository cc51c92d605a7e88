/// The actor picker's box for a terminal size: centred, most of the screen.
public struct PickerLayout: Equatable, Sendable {
    public let top: Int
    public let left: Int
    public let width: Int
    public let height: Int

    public init(size: TerminalSize) {
        width = min(size.cols - 2, 72)
        height = max(6, size.rows - 2)
        top = max(0, (size.rows - 1 - height) / 2)
        left = max(0, (size.cols - width) / 2)
    }

    public var tabs: Int { top + 1 }
    public var query: Int { top + 2 }
    /// Rows of actors.
    public var list: Range<Int> { (top + 3)..<(top + height - 1) }
    public var bottom: Int { top + height - 1 }
}
