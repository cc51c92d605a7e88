/// Renders chronology entries in an export format. `entries` are the ones to write (all
/// of `chronology.entries`, or those a filter kept); `chronology` supplies the
/// documents the sources cite and, for JSON, the documents and actors lists.
public enum ChronologyExporter {
    public static func render(_ entries: [Entry], of chronology: Chronology, as format: ExportFormat) -> String {
        switch format {
        case .text: return TextExport.render(entries, of: chronology)
        case .markdown: return MarkdownExport.render(entries, of: chronology)
        case .json: return JSONExport.render(entries, of: chronology)
        case .csv: return CSVExport.render(entries, of: chronology)
        }
    }
}
