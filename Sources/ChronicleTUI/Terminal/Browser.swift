import ChronicleCore

/// The run loop: draw, wait for a key, reduce, carry out effects, until quit or a signal.
public enum Browser {
    /// Work longer than this counts as busy: keys typed meanwhile were typed blind.
    static let busyThreshold = Duration.milliseconds(50)

    /// Carries out an export for the loop and says how it went.
    public typealias ExportHandler = (_ entries: [Entry], _ chronology: Chronology, _ path: String,
                                      _ overwrite: Bool, _ query: ExportQuery) -> Action
    /// Runs a pager or editor on a file at a line, with the terminal handed over.
    public typealias ExternalHandler = (_ path: String, _ line: Int, _ editor: Bool) -> Action

    /// Runs until `q`, the end of input, or a terminating signal; returns the exit status
    /// (0, or 128 + the signal).
    public static func run(_ initial: AppState, on terminal: Terminal,
                           external: ExternalHandler = ExternalViewer.open, export: ExportHandler) -> Int32 {
        var state = initial
        _ = Reducer.reduce(&state, .resize(terminal.size))
        var dirty = true
        while true {
            if let sig = SignalFlag.received { return 128 + sig }
            if dirty {
                terminal.draw(Renderer.render(state))
                dirty = false
            }
            let action: Action
            switch terminal.nextEvent() {
            case .closed:
                return 0
            case .timeout:
                if state.hasIdleWork { _ = Reducer.reduce(&state, .idle) }
                continue
            case .resize(let size):
                action = .resize(size)
            case .key(let key):
                guard let a = Action.from(key, in: state.context) else { continue }
                action = a
            }
            let started = ContinuousClock.now
            let contextBefore = state.context
            var ranEffect = false
            var pending = Reducer.reduce(&state, action)
            while !pending.isEmpty {
                ranEffect = true
                let effect = pending.removeFirst()
                switch effect {
                case .export(let indices, let path, let overwrite):
                    let entries = indices.map { state.chronology.entries[$0] }
                    let outcome = export(entries, state.chronology, path, overwrite, state.exportQuery)
                    pending += Reducer.reduce(&state, outcome)
                case .repaint:
                    terminal.repaintAll()
                case .openExternally(let path, let line, let editor):
                    terminal.suspend()
                    let outcome = external(path, line, editor)
                    terminal.resume()
                    // The terminal may have been resized meanwhile.
                    pending += Reducer.reduce(&state, .resize(terminal.size))
                    pending += Reducer.reduce(&state, outcome)
                }
            }
            dirty = true
            if state.shouldQuit { return 0 }
            // Keys typed while the program was busy were meant for what was on screen
            // then, not for a question that opens now.
            let asks = state.context == .prompt || state.context == .picker
            if asks, contextBefore != state.context || ranEffect,
               ranEffect || ContinuousClock.now - started > busyThreshold {
                terminal.discardTypeAhead()
            }
        }
    }
}
