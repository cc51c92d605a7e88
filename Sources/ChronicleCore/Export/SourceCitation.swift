/// What the human-readable exports say about a document, made safe once per export
/// (a title without metadata comes from scanning the text, too slow to redo per source).
struct CitedDocument {
    var title: String
    var outlet: String?
    var author: String?
    /// The document's creation date, or its sidecar date, `YYYY-MM-DD`.
    var published: String?
    /// How `published` is known: given, metadata, byline, inferred.
    var publishedFrom: String?

    init(_ document: Document) {
        title = ExportText.oneLine(document.displayTitle)
        outlet = document.metadata.outlet.map(ExportText.oneLine)
        author = document.metadata.author.map(ExportText.oneLine)
        published = document.creationDate?.date.iso ?? document.metadata.published.map(ExportText.oneLine)
        publishedFrom = document.creationDate?.source.rawValue
            ?? (document.metadata.published == nil ? nil : CreationDate.Source.metadata.rawValue)
    }

    /// A source whose document is not in the chronology is cited by its id alone.
    init(missing id: String) {
        title = ExportText.oneLine(id)
    }
}

/// Cites the sources of one export, each document described once.
struct Citations {
    private let chronology: Chronology
    private var documents: [String: CitedDocument] = [:]

    init(_ entries: [Entry], of chronology: Chronology) {
        self.chronology = chronology
        for id in Set(entries.flatMap { $0.sources.map(\.documentID) }) {
            documents[id] = chronology.document(id: id).map(CitedDocument.init) ?? CitedDocument(missing: id)
        }
    }

    func cite(_ source: Source) -> SourceCitation {
        let document = documents[source.documentID] ?? CitedDocument(missing: source.documentID)
        let text = chronology.document(id: source.documentID).map { $0.text(source.passage) } ?? source.summary
        return SourceCitation(source, document: document, passage: text)
    }
}

/// What the human-readable exports say about one source, every string already made
/// safe (`DisplayText.sanitize`) and put on one line.
struct SourceCitation {
    var title: String
    var outlet: String?
    var author: String?
    var published: String?
    var publishedFrom: String?
    var file: String
    var start: Int
    var end: Int
    /// The time expression's text; nil when the source is dated by context or its article.
    var timex: String?
    var basis: DateBasis
    var claimBy: String?
    /// The passage itself, quoted from the document's bytes.
    var passage: String

    init(_ source: Source, document: CitedDocument, passage text: String) {
        title = document.title
        outlet = document.outlet
        author = document.author
        published = document.published
        publishedFrom = document.publishedFrom
        file = ExportText.oneLine(source.file)
        start = source.passage.start
        end = source.passage.end
        timex = source.timex.map { ExportText.oneLine($0.text) }
        basis = source.basis
        claimBy = source.claimBy.map(ExportText.oneLine)
        passage = ExportText.oneLine(text)
    }

    /// "Title — Outlet — 2025-12-03": the reference a reader looks for.
    var reference: String {
        var parts = ["“\(title)”"]
        if let outlet { parts.append(outlet) }
        parts.append(published.map { "published \($0)" + (publishedFrom.map { " (\($0))" } ?? "") } ?? "undated")
        return parts.joined(separator: " — ")
    }

    /// "time “on Tuesday”", or what dated a passage without a time of its own.
    var dating: String {
        switch basis {
        case .text: return "time “\(timex ?? "")”"
        case .context: return "dated by the clause before"
        case .published: return "dated by the article's date"
        }
    }

    /// "file.txt, bytes 12–80, time “on Tuesday”, claimed by X".
    var location: String {
        var parts = ["\(file), bytes \(start)–\(end)", dating]
        if let claimBy { parts.append("claimed by \(claimBy)") }
        return parts.joined(separator: ", ")
    }
}

/// Text shaping shared by the human-readable exports.
enum ExportText {
    /// Sanitized (no control bytes, escapes or bidi overrides) and on one line, with runs
    /// of white space collapsed.
    static func oneLine(_ s: String) -> String {
        let clean = DisplayText.sanitize(s)
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for u in clean.unicodeScalars {
            if u == " " || u == "\u{00A0}" {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(" "); pendingSpace = false }
            out.append(u)
        }
        return String(out)
    }

    /// The heading of a date group: the ISO value, with its granularity unless a day; a
    /// decade or a century by its first year ("2000s (decade)"), where its ISO value ("200")
    /// reads as a year.
    static func dateLabel(_ value: TimeValue) -> String {
        switch value.granularity {
        case .day: return value.value
        case .decade, .century: return "\(value.first.year)s (\(value.granularity.rawValue))"
        default: return "\(value.value) (\(value.granularity.rawValue))"
        }
    }

    /// Entries in order, cut into runs that share a date value.
    static func groupedByDate(_ entries: [Entry]) -> [(date: TimeValue, entries: [Entry])] {
        var groups: [(date: TimeValue, entries: [Entry])] = []
        for entry in entries {
            // Compare through the index: a copy of the last group would make the append copy.
            if !groups.isEmpty, groups[groups.count - 1].date == entry.date {
                groups[groups.count - 1].entries.append(entry)
            } else {
                groups.append((entry.date, [entry]))
            }
        }
        return groups
    }

    /// The documents the entries cite, in chronology order.
    static func citedDocuments(_ entries: [Entry], of chronology: Chronology) -> [Document] {
        let cited = Set(entries.flatMap { $0.sources.map(\.documentID) })
        return chronology.documents.filter { cited.contains($0.id) }
    }

    static func count(_ n: Int, _ one: String, _ many: String) -> String { n == 1 ? "1 \(one)" : "\(n) \(many)" }

    /// "12 entries from 3 documents".
    static func summaryLine(_ entries: [Entry], _ documents: [Document]) -> String {
        "\(count(entries.count, "entry", "entries")) from \(count(documents.count, "document", "documents"))"
    }
}
