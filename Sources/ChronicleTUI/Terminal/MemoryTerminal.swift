/// A terminal in memory: plays a script of events and keeps every frame drawn.
public final class MemoryTerminal: Terminal {
    public private(set) var size: TerminalSize
    public private(set) var frames: [Screen] = []
    private var script: [TerminalEvent]

    public init(size: TerminalSize, script: [TerminalEvent] = []) {
        self.size = size
        self.script = script
    }

    public var lastFrame: Screen? { frames.last }

    public func draw(_ screen: Screen) { frames.append(screen) }

    public private(set) var repaints = 0

    public func repaintAll() { repaints += 1 }

    public private(set) var discards = 0
    /// Suspensions and resumptions, in order: true for suspend.
    public private(set) var handovers: [Bool] = []

    public func suspend() { handovers.append(true) }

    public func resume() {
        handovers.append(false)
        repaints += 1
    }

    /// A timeout in the script stands for a pause in typing: the keys before it were
    /// typed ahead, so they are what a discard drops.
    public func discardTypeAhead() {
        discards += 1
        while let e = script.first, e != .timeout, e != .closed {
            if case .resize = e { break }
            script.removeFirst()
        }
    }

    public func nextEvent() -> TerminalEvent {
        guard !script.isEmpty else { return .closed }
        let e = script.removeFirst()
        if case .resize(let s) = e { size = s }
        return e
    }
}
