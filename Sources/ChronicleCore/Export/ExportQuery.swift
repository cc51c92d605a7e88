/// What an export was made from: the corpus, the filters and the range. A file read
/// later then says how to make it again. Text and Markdown state it in their header,
/// JSON under "query"; CSV stays plain rows for the programs that read it.
public struct ExportQuery: Sendable, Hashable {
    public var corpus: String
    public var filter: EntryFilter
    /// The browser's `&` pattern, when one is set.
    public var pattern: String?
    /// A range chosen in the browser: 1-based positions of its first and last entries
    /// among `shown`, the entries the filters kept.
    public var range: ClosedRange<Int>?
    public var shown: Int?

    public init(corpus: String, filter: EntryFilter = EntryFilter(), pattern: String? = nil,
                range: ClosedRange<Int>? = nil, shown: Int? = nil) {
        self.corpus = corpus
        self.filter = filter
        self.pattern = pattern
        self.range = range
        self.shown = shown
    }

    /// "actor Anna Berg or Osterby; kind talks; from 2024-03; only entries matching “harbour”",
    /// or "all entries".
    public var filterWords: String {
        var parts: [String] = []
        let actors = filter.actors.sorted()
        if !actors.isEmpty { parts.append((actors.count == 1 ? "actor " : "actors ") + actors.joined(separator: " or ")) }
        let kinds = filter.kinds.map(\.rawValue).sorted()
        if !kinds.isEmpty { parts.append((kinds.count == 1 ? "kind " : "kinds ") + kinds.joined(separator: " or ")) }
        if let from = filter.from { parts.append("from \(from.value)") }
        if let to = filter.to { parts.append("to \(to.value)") }
        if let search = filter.search, !search.isEmpty { parts.append("text “\(search)”") }
        let bases = filter.bases.map(\.rawValue).sorted()
        if !bases.isEmpty { parts.append("dated by " + bases.joined(separator: " or ")) }
        if let pattern, !pattern.isEmpty { parts.append("matching “\(pattern)”") }
        return parts.isEmpty ? "all entries" : parts.joined(separator: "; ")
    }

    /// "entries 3–7 of the 40 shown", when a range was chosen.
    public var rangeWords: String? {
        guard let range else { return nil }
        let of = shown.map { " of the \($0) shown" } ?? ""
        return range.count == 1 ? "entry \(range.lowerBound)\(of)" : "entries \(range.lowerBound)–\(range.upperBound)\(of)"
    }

    /// One line for a readable header: corpus, filters, range, and the program.
    var sentence: String {
        var s = "made by chronicle \(ChronicleVersion.current) from \(corpus), \(filterWords)"
        if let r = rangeWords { s += ", \(r)" }
        return ExportText.oneLine(s)
    }

    var json: JSONValue {
        .object([
            ("corpus", .string(corpus)),
            ("actors", .array(filter.actors.sorted().map(JSONValue.string))),
            ("kinds", .array(filter.kinds.map(\.rawValue).sorted().map(JSONValue.string))),
            ("from", .optional(filter.from?.value)),
            ("to", .optional(filter.to?.value)),
            ("search", .optional(filter.search)),
            ("bases", .array(filter.bases.map(\.rawValue).sorted().map(JSONValue.string))),
            ("pattern", .optional(pattern)),
            ("range", range.map { r in .object([("first", .int(r.lowerBound)), ("last", .int(r.upperBound)),
                                                ("of", shown.map(JSONValue.int) ?? .null)]) } ?? .null),
            ("program", .string("chronicle \(ChronicleVersion.current)")),
        ])
    }
}
