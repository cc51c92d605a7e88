/// The part of a scrolling pane that is on screen: the first line shown, how many lines
/// the content has, how many the pane shows. Every pane (timeline, detail, reader, help,
/// warnings, picker) moves and clamps through this one value, so "past the end" means the
/// same everywhere: the last line at the bottom of the pane, never blank space below it.
public struct Viewport: Equatable, Sendable {
    public let offset: Int
    public let contentHeight: Int
    public let viewHeight: Int

    /// Clamps `offset` into the content.
    public init(offset: Int, contentHeight: Int, viewHeight: Int) {
        self.contentHeight = max(0, contentHeight)
        self.viewHeight = max(1, viewHeight)
        self.offset = min(max(0, offset), max(0, self.contentHeight - self.viewHeight))
    }

    public var maxOffset: Int { max(0, contentHeight - viewHeight) }

    /// The content lines on screen.
    public var visible: Range<Int> { offset..<min(contentHeight, offset + viewHeight) }

    public func moved(to offset: Int) -> Viewport {
        Viewport(offset: offset, contentHeight: contentHeight, viewHeight: viewHeight)
    }

    /// After a scroll command: a line, a page that keeps one line of context, half a page,
    /// either end. Nil when the command is not a scroll.
    public func scrolled(by command: Command) -> Viewport? {
        let page = max(1, viewHeight - 1)
        let half = max(1, viewHeight / 2)
        switch command {
        case .down: return moved(to: offset + 1)
        case .up: return moved(to: offset - 1)
        case .pageDown: return moved(to: offset + page)
        case .pageUp: return moved(to: offset - page)
        case .halfPageDown: return moved(to: offset + half)
        case .halfPageUp: return moved(to: offset - half)
        case .top: return moved(to: 0)
        case .bottom: return moved(to: maxOffset)
        default: return nil
        }
    }

    /// Scrolled as little as possible for `line` to be on screen.
    public func showing(_ line: Int) -> Viewport {
        if line < offset { return moved(to: line) }
        if line >= offset + viewHeight { return moved(to: line - viewHeight + 1) }
        return self
    }

    /// When `line` is off screen, scrolled so it sits a third of the way down (a passage
    /// or a match, shown with some text before it); unchanged when it is already shown.
    public func centring(_ line: Int) -> Viewport {
        visible.contains(line) ? self : moved(to: line - viewHeight / 3)
    }
}
