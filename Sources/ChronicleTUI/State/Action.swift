/// Everything that changes the state: a command from the key table, typed text, a new
/// terminal size, or the outcome of an effect the run loop carried out.
public enum Action: Sendable, Hashable {
    case command(Command)
    case type(Character)
    case resize(TerminalSize)
    case exported(path: String, count: Int)
    case exportTargetExists(path: String)
    case exportFailed(String)
    /// The pager or editor ended; a message when it did not run well.
    case returnedFromExternal(problem: String?)
    /// No key came in a while: time for deferred work.
    case idle

    /// What `key` means in `context`, or nil when nothing.
    public static func from(_ key: Key, in context: Context) -> Action? {
        if let c = KeyMap.command(for: key, in: context) { return .command(c) }
        if context.takesText, case .char(let ch) = key { return .type(ch) }
        return nil
    }
}
