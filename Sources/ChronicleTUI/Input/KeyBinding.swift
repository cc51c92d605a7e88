/// One row of the key table: a command, its keys, where it applies, and what it does.
public struct KeyBinding: Sendable {
    public let command: Command
    public let keys: [Key]
    public let contexts: [Context]
    /// One line for help.
    public let summary: String
    /// A short word for the footer, when the binding belongs there.
    public let hint: String?

    public init(_ command: Command, _ keys: [Key], in contexts: [Context], _ summary: String,
                hint: String? = nil) {
        self.command = command
        self.keys = keys
        self.contexts = contexts
        self.summary = summary
        self.hint = hint
    }

    public var keyLabels: String { keys.map(\.label).joined(separator: " ") }
}
