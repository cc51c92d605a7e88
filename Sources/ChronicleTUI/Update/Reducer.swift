import ChronicleCore

/// The one place state changes: `reduce(state, action)` with no side effects. What must
/// touch the world (writing a file) comes back as an `Effect`.
public enum Reducer {
    public static func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
        state.refreshDetailMemo()
        defer { state.refreshDetailMemo() }
        switch action {
        case .resize(let size):
            state.size = size
            ReaderReducer.relayout(&state)
            state.keepCursorVisible()
            DetailReducer.clamp(&state)
            return []
        case .exported(let path, let count):
            state.status = StatusMessage("Wrote \(count) entr\(count == 1 ? "y" : "ies") to \(path)")
            state.rangeAnchor = nil
            return []
        case .exportTargetExists(let path):
            state.overlay = .prompt(PromptState(.confirmOverwrite(path: path)))
            return []
        case .exportFailed(let message):
            state.status = StatusMessage("Export failed: \(message)", isError: true)
            return []
        case .returnedFromExternal(let problem):
            state.status = problem.map { StatusMessage($0, isError: true) }
            return []
        case .idle:
            _ = state.buildHaystack()
            return []
        case .command(.redraw):
            return [.repaint]
        case .command(.quitAnywhere):
            state.shouldQuit = true
            return []
        case .command, .type:
            break
        }
        state.status = nil
        switch state.context {
        case .timeline: return TimelineReducer.reduce(&state, action)
        case .detail: return DetailReducer.reduce(&state, action)
        case .reader: return ReaderReducer.reduce(&state, action)
        case .picker: return PickerReducer.reduce(&state, action)
        case .prompt: return PromptReducer.reduce(&state, action)
        case .help: return HelpReducer.reduce(&state, action)
        case .warnings: return WarningsReducer.reduce(&state, action)
        case .tooSmall:
            if case .command(.quit) = action { state.shouldQuit = true }
            return []
        }
    }

    /// Convenience for tests and the bench: several actions in a row, effects collected.
    @discardableResult
    public static func reduce(_ state: inout AppState, _ actions: [Action]) -> [Effect] {
        actions.flatMap { reduce(&state, $0) }
    }
}
