/// Renders chronology entries in an export format. `entries` are the ones to write (all
/// of `chronology.entries`, or those a filter kept); `chronology` supplies the
/// documents the sources cite and, for JSON, the documents and actors lists.
public enum ChronologyExporter {
    /// `query`, when given, is what produced the entries, stated in the output (not in CSV).
    public static func render(_ entries: [Entry], of chronology: Chronology, as format: ExportFormat,
                              query: ExportQuery? = nil) -> String {
        switch format {
        case .text: return TextExport.render(entries, of: chronology, query: query)
        case .markdown: return MarkdownExport.render(entries, of: chronology, query: query)
        case .json: return JSONExport.render(entries, of: chronology, query: query)
        case .csv: return CSVExport.render(entries, of: chronology)
        }
    }

    /// The bytes of `render`, handed to `sink` a part at a time: a JSON export of a large
    /// corpus is written as it is made, never held whole.
    public static func render(_ entries: [Entry], of chronology: Chronology, as format: ExportFormat,
                              query: ExportQuery? = nil, to sink: (UnsafeBufferPointer<UInt8>) -> Void) {
        if format == .json { return JSONExport.render(entries, of: chronology, query: query, to: sink) }
        var text = render(entries, of: chronology, as: format, query: query)
        text.withUTF8 { sink($0) }
    }
}
