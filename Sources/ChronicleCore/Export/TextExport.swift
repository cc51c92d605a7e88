/// The chronology as plain text: a heading per date, each entry with its kind, actors
/// and every source (title, outlet, date, place in the file and the quoted passage),
/// then the documents cited. Nothing from a document reaches the output unsanitized.
enum TextExport {
    static func render(_ entries: [Entry], of chronology: Chronology, query: ExportQuery? = nil) -> String {
        let citations = Citations(entries, of: chronology)
        let documents = ExportText.citedDocuments(entries, of: chronology)
        var out = "Chronology of \(ExportText.oneLine(chronology.root)): "
            + ExportText.summaryLine(entries, documents) + "\n"
        if let query { out += "(\(query.sentence))\n" }
        for group in ExportText.groupedByDate(entries) {
            let label = ExportText.dateLabel(group.date)
            out += "\n\(label)\n\(String(repeating: "=", count: label.count))\n"
            for entry in group.entries {
                out += "\n#\(entry.id) [\(entry.kind.rawValue)] \(ExportText.oneLine(entry.summary))\n"
                if !entry.actors.isEmpty {
                    let names = entry.actors.map { "\(ExportText.oneLine($0.name)) (\($0.kind.rawValue))" }
                    out += "    Actors: \(names.joined(separator: ", "))\n"
                }
                out += entry.sources.isEmpty ? "    Sources: none\n" : "    Sources:\n"
                for (n, source) in entry.sources.enumerated() {
                    let citation = citations.cite(source)
                    out += "    \(n + 1). \(citation.reference)\n"
                    out += "       \(citation.location)\n"
                    out += "       “\(citation.passage)”\n"
                }
            }
        }
        if !documents.isEmpty {
            out += "\nDocuments\n=========\n"
            for document in documents { out += "\n" + describe(document) }
        }
        return out
    }

    private static func describe(_ d: Document) -> String {
        var out = "\(ExportText.oneLine(d.file)): “\(ExportText.oneLine(d.displayTitle))”\n"
        if let outlet = d.metadata.outlet { out += "    Outlet: \(ExportText.oneLine(outlet))\n" }
        if let author = d.metadata.author { out += "    Author: \(ExportText.oneLine(author))\n" }
        if let date = d.creationDate {
            out += "    Published: \(date.date.iso) (\(ExportText.oneLine(date.explanation)))\n"
        } else if let published = d.metadata.published {
            out += "    Published: \(ExportText.oneLine(published)) (metadata)\n"
        } else {
            out += "    Published: unknown\n"
        }
        if let url = d.metadata.url { out += "    URL: \(ExportText.oneLine(url))\n" }
        return out
    }
}
