/// The chronology as CSV (RFC 4180: comma-separated, CRLF line ends, fields with a
/// comma or a quote quoted, quotes doubled), one row per source so every passage is
/// cited. Text cells are sanitized; a text cell that a spreadsheet would read as a
/// formula (starting with `=`, `+`, `-` or `@`) is prefixed with `'`.
enum CSVExport {
    static let header = ["entry", "date", "granularity", "kind", "summary", "actors", "document", "file",
                         "title", "outlet", "published", "start", "end", "basis", "timex", "claimBy", "passage"]

    static func render(_ entries: [Entry], of chronology: Chronology) -> String {
        let citations = Citations(entries, of: chronology)
        var out = row(header.map { .plain($0) })
        for entry in entries {
            let lead: [Cell] = [
                .plain(String(entry.id)), .plain(entry.date.value), .plain(entry.date.granularity.rawValue),
                .plain(entry.kind.rawValue), .text(entry.summary),
                .text(entry.actors.map(\.name).joined(separator: "; ")),
            ]
            if entry.sources.isEmpty {
                out += row(lead + Array(repeating: .plain(""), count: header.count - lead.count))
            }
            for source in entry.sources {
                let c = citations.cite(source)
                out += row(lead + [
                    .text(source.documentID), .text(c.file), .text(c.title), .text(c.outlet ?? ""),
                    .plain(c.published ?? ""), .plain(String(c.start)), .plain(String(c.end)),
                    .plain(c.basis.rawValue), .text(c.timex ?? ""), .text(c.claimBy ?? ""), .text(c.passage),
                ])
            }
        }
        return out
    }

    enum Cell {
        /// Program-made values: numbers, dates, enum names.
        case plain(String)
        /// Anything that may come from a document.
        case text(String)
    }

    private static func row(_ cells: [Cell]) -> String {
        cells.map(field).joined(separator: ",") + "\r\n"
    }

    static func field(_ cell: Cell) -> String {
        var value: String
        switch cell {
        case .plain(let s):
            value = s
        case .text(let s):
            value = ExportText.oneLine(s)
            if let first = value.unicodeScalars.first, "=+-@".unicodeScalars.contains(first) {
                value = "'" + value
            }
        }
        let needsQuotes = value.utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
            || value.hasPrefix(" ") || value.hasSuffix(" ")
        guard needsQuotes else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
