/// The chronology as Markdown: the text export's content with headings per date and
/// entry, and each source's passage as a block quote. Document text is sanitized and
/// escaped, so a passage can neither carry control bytes nor turn into markup (links,
/// HTML, emphasis, headings, list items).
enum MarkdownExport {
    static func render(_ entries: [Entry], of chronology: Chronology, query: ExportQuery? = nil) -> String {
        let citations = Citations(entries, of: chronology)
        let documents = ExportText.citedDocuments(entries, of: chronology)
        var out = "# Chronology of \(escape(ExportText.oneLine(chronology.root)))\n\n"
        out += ExportText.summaryLine(entries, documents) + ".\n"
        if let query { out += "\n*" + escape(query.sentence.prefix(1).uppercased() + query.sentence.dropFirst()) + ".*\n" }
        for group in ExportText.groupedByDate(entries) {
            out += "\n## \(escape(ExportText.dateLabel(group.date)))\n"
            for entry in group.entries {
                out += "\n### \(entry.id). \(escape(ExportText.oneLine(entry.summary)))\n\n"
                var facts = ["*\(entry.kind.rawValue)*"]
                if !entry.actors.isEmpty {
                    let names = entry.actors.map { "\(escape(ExportText.oneLine($0.name))) (\($0.kind.rawValue))" }
                    facts.append("actors: " + names.joined(separator: ", "))
                }
                out += facts.joined(separator: " · ") + "\n\n"
                out += entry.sources.isEmpty ? "No sources.\n" : "Sources:\n\n"
                for (n, source) in entry.sources.enumerated() {
                    let c = citations.cite(source)
                    var line = "**\(escape(c.title))**"
                    if let outlet = c.outlet { line += " — \(escape(outlet))" }
                    line += " — " + (c.published.map { "published \(escape($0))" + (c.publishedFrom.map { " (\($0))" } ?? "") } ?? "undated")
                    line += " — \(escape(c.file)), bytes \(c.start)–\(c.end), \(escape(c.dating))"
                    if let claim = c.claimBy { line += ", claimed by \(escape(claim))" }
                    if n > 0 { out += "\n" }
                    out += "\(n + 1). \(line)\n\n   > \(escape(c.passage))\n"
                }
            }
        }
        if !documents.isEmpty {
            out += "\n## Documents\n\n"
            for d in documents {
                var line = "- \(escape(ExportText.oneLine(d.file))): **\(escape(ExportText.oneLine(d.displayTitle)))**"
                if let outlet = d.metadata.outlet { line += ", \(escape(ExportText.oneLine(outlet)))" }
                if let author = d.metadata.author { line += ", by \(escape(ExportText.oneLine(author)))" }
                if let date = d.creationDate {
                    line += ", published \(date.date.iso) (\(escape(ExportText.oneLine(date.explanation))))"
                } else {
                    line += ", publication date unknown"
                }
                out += line + "\n"
            }
        }
        return out
    }

    /// Backslash-escapes every ASCII punctuation mark that Markdown gives a meaning
    /// (CommonMark allows escaping any of them), and the marks that would open a list
    /// item or a heading at the start of a line.
    static func escape(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        var atStart = true
        var leadingDigits = true
        for u in s.unicodeScalars {
            if "\\`*_[]<>|~#&!{}".unicodeScalars.contains(u)
                || (atStart && "-+=".unicodeScalars.contains(u))
                || (leadingDigits && !atStart && (u == "." || u == ")")) {
                out.append("\\")
            }
            if !("0"..."9").contains(u) { leadingDigits = false }
            atStart = false
            out.append(u)
        }
        return String(out)
    }
}
