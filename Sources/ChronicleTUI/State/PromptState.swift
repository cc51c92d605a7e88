/// A one-line question at the bottom of the screen.
public struct PromptState: Hashable, Sendable {
    public enum Purpose: Hashable, Sendable {
        case jumpToDate
        case searchTimeline
        case filterPattern
        case searchReader
        case exportPath
        /// Answer y to overwrite the file at the path.
        case confirmOverwrite(path: String)
    }

    public var purpose: Purpose
    public var text: String
    /// The text is an offer (a default file name, the last search), not yet touched:
    /// typing replaces it, as a selected field would, while Backspace edits it and Enter
    /// takes it as it is.
    public var isSuggestion: Bool

    public init(_ purpose: Purpose, text: String = "") {
        self.purpose = purpose
        self.text = text
        isSuggestion = !text.isEmpty
    }

    public var label: String {
        switch purpose {
        case .jumpToDate: return "Jump to date (2025-12-02, 2025-12, 2025): "
        case .searchTimeline: return "Search timeline: /"
        case .filterPattern: return "Show only entries matching (empty: all): &"
        case .searchReader: return "Search article: /"
        case .exportPath: return "Export to (.txt .md .json .csv): "
        case .confirmOverwrite(let path): return "\(path) exists. Overwrite? (y/n) "
        }
    }

    /// For narrow terminals, where the long label would leave no room to type.
    public var shortLabel: String {
        switch purpose {
        case .jumpToDate: return "Date: "
        case .searchTimeline, .searchReader: return "/"
        case .filterPattern: return "&"
        case .exportPath: return "Export to: "
        case .confirmOverwrite: return "File exists. Overwrite? (y/n) "
        }
    }
}
