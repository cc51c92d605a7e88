/// Where keys are read: each view or overlay has its own part of the key table.
public enum Context: String, Sendable, CaseIterable, Hashable {
    case timeline, detail, reader, picker, prompt, help, warnings
    /// The "terminal too small" notice: only quitting and resizing act there.
    case tooSmall

    /// Contexts where a printable key without a binding is typed text.
    public var takesText: Bool { self == .picker || self == .prompt }

    public var title: String {
        switch self {
        case .timeline: return "Timeline"
        case .detail: return "Detail"
        case .reader: return "Reader"
        case .picker: return "Actor picker"
        case .prompt: return "Prompts"
        case .help: return "Help"
        case .warnings: return "Load warnings"
        case .tooSmall: return "Terminal too small"
        }
    }
}
