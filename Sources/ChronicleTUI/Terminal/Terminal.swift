/// What the run loop needs from a terminal. Two faces: ncurses for people, memory for
/// tests.
public protocol Terminal: AnyObject {
    var size: TerminalSize { get }
    func draw(_ screen: Screen)
    /// Makes the next draw repaint every cell.
    func repaintAll()
    /// Drops keys typed ahead and not yet read, so they cannot answer a question that was
    /// not on screen when they were typed.
    func discardTypeAhead()
    /// Gives the terminal back to the shell for another program (a pager) ...
    func suspend()
    /// ... and takes it again, every cell repainted on the next draw.
    func resume()
    /// Waits for input up to the face's poll interval.
    func nextEvent() -> TerminalEvent
}

public enum TerminalEvent: Sendable, Hashable {
    case key(Key)
    case resize(TerminalSize)
    /// Nothing arrived in time: a chance to look at signals.
    case timeout
    /// No more input will come (the memory face's script ran out).
    case closed
}
