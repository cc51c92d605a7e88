/// Which pane of the main screen takes the movement keys.
public enum Focus: Sendable, Hashable {
    case list
    /// The detail pane fills the body; `source` is the source `Enter` opens.
    case detail
}
