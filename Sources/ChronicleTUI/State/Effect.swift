/// Work the reducer asks of the run loop, which reports back with an `Action`.
public enum Effect: Sendable, Hashable {
    /// Write these entries (indices into the chronology) to `path`, format by extension.
    case export(entries: [Int], path: String, overwrite: Bool)
    /// Repaint the whole terminal (after something else wrote over it).
    case repaint
    /// Hand the terminal to the user's pager (or editor) on `path` at `line`, then take
    /// it back.
    case openExternally(path: String, line: Int, editor: Bool)
}
