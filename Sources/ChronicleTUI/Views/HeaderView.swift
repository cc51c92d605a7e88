import ChronicleCore

/// The top bar: corpus, the active filters in words and how they combine, shown/total.
enum HeaderView {
    static func draw(_ s: AppState, row: Int, into screen: inout Screen) {
        screen.fill(row: row, style: .title)
        let total = s.chronology.entries.count
        let count = "\(s.model.visible.count)/\(total) entries"
        let corpus = DisplayText.sanitize(s.chronology.root)
        let left = " chronicle · \(corpus) · \(filterWords(s.filter, pattern: s.pattern))"
        let countWidth = TextWidth.width(count) + 1
        let room = max(0, s.size.cols - countWidth - 1)
        screen.put(TextWidth.truncate(left, to: room), row: row, col: 0, style: .title)
        screen.put(count, row: row, col: max(0, s.size.cols - countWidth), style: .title)
    }

    /// "all entries", "actor Putin", "actors Putin or Zelensky, and kind military",
    /// "kind talks, and matching &ceasefire".
    static func filterWords(_ f: EntryFilter, pattern: TextSearch? = nil) -> String {
        var parts: [String] = []
        if !f.actors.isEmpty {
            let names = f.actors.sorted().map(DisplayText.sanitize)
            parts.append((names.count == 1 ? "actor " : "actors ") + names.joined(separator: " or "))
        }
        if !f.kinds.isEmpty {
            let kinds = f.kinds.map(\.rawValue).sorted()
            parts.append((kinds.count == 1 ? "kind " : "kinds ") + kinds.joined(separator: " or "))
        }
        if !f.bases.isEmpty {
            parts.append(f.bases == [.text] ? "undated hidden"
                         : "dated by " + DateBasis.allCases.filter(f.bases.contains).map(\.rawValue).joined(separator: " or "))
        }
        if let pattern { parts.append("matching &" + DisplayText.sanitize(pattern.term)) }
        if parts.isEmpty { return "all entries" }
        return parts.count == 1 ? parts[0] : parts.joined(separator: ", and ")
    }
}
