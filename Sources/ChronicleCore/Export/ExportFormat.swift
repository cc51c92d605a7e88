/// The shapes a chronology can be written in.
public enum ExportFormat: String, CaseIterable, Sendable {
    /// Plain text for reading and `cat`: grouped by date, every source cited.
    case text
    /// The same as Markdown, safe to render.
    case markdown
    /// The machine-readable form other tools read (schema in `JSONExport`).
    case json
    /// One row per source, RFC 4180.
    case csv

    /// The format a file name asks for: `.txt`, `.md`/`.markdown`, `.json`, `.csv`.
    public static func infer(fromPath path: String) -> ExportFormat? {
        switch PathName.fileExtension(of: path) {
        case "txt", "text": return .text
        case "md", "markdown": return .markdown
        case "json": return .json
        case "csv": return .csv
        default: return nil
        }
    }
}
