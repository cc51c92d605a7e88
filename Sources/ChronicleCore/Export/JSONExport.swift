/// The JSON form of a chronology, which other tools read:
///
/// ```
/// {"documents": [{"id", "file", "title", "published", "publishedFrom"}],
///  "entries": [{"id", "date", "granularity", "value", "kind", "summary",
///               "actors": [{"name", "kind", "via"?}],
///               "sources": [{"document", "file", "start", "end", "basis", "timex", "claimBy"}]}],
///  "actors": [{"name", "kind", "aliases", "mentions"}]}
/// ```
///
/// `file` is the path relative to the corpus folder; `start`/`end` are UTF-8 byte offsets
/// into that file; `date` is the entry's date as a calendar date (a week as its first
/// day) and `value` the TIMEX3 value (`2025-W51`); `published` is the document's creation date (`YYYY-MM-DD`) and
/// `publishedFrom` how it was found (`given`, `metadata`, `byline`, `inferred`), both
/// null when unknown; `basis` says what dated the source (`text`: its own time expression,
/// `context`: the dated clause it continues, `published`: its article's date); `timex` is
/// the time expression's text, null unless `basis` is `text`; `claimBy` is null when the
/// text attributes the claim to no one; an entry's actor has `via` (the words that stand for
/// it, "he", "the planemaker") only when its passage refers to it without naming it. Documents and actors are those of the whole
/// chronology; entries are the ones exported (all, or those a filter kept).
enum JSONExport {
    static func render(_ entries: [Entry], of chronology: Chronology, query: ExportQuery? = nil) -> String {
        value(entries, of: chronology, query: query).rendered()
    }

    /// The bytes of `render`, a part at a time.
    static func render(_ entries: [Entry], of chronology: Chronology, query: ExportQuery? = nil,
                       to sink: (UnsafeBufferPointer<UInt8>) -> Void) {
        value(entries, of: chronology, query: query).render(to: sink)
    }

    private static func value(_ entries: [Entry], of chronology: Chronology, query: ExportQuery?) -> JSONValue {
        // Every list is made an item at a time as it is written: a corpus of a hundred
        // thousand articles would hold their documents' values whole beside the chronology.
        let documents = chronology.documents, actors = chronology.actors
        return JSONValue.object((query.map { [("query", $0.json)] } ?? []) + [
            ("documents", .generated(count: documents.count) { document(documents[$0]) }),
            ("entries", .generated(count: entries.count) { entry(entries[$0]) }),
            ("actors", .generated(count: actors.count) { actor(actors[$0]) }),
        ])
    }

    private static func document(_ d: Document) -> JSONValue {
        .object([
            ("id", .string(d.id)),
            ("file", .string(d.file)),
            ("title", .string(d.displayTitle)),
            ("published", .optional(d.creationDate?.date.iso)),
            ("publishedFrom", .optional(d.creationDate?.source.rawValue)),
        ])
    }

    private static func entry(_ e: Entry) -> JSONValue {
        .object([
            ("id", .int(e.id)),
            ("date", .string(e.date.calendarForm)),
            ("granularity", .string(e.date.granularity.rawValue)),
            ("value", .string(e.date.value)),
            ("kind", .string(e.kind.rawValue)),
            ("summary", .string(e.summary)),
            ("actors", .array(e.actors.map(entryActor))),
            ("sources", .array(e.sources.map(source))),
        ])
    }

    private static func source(_ s: Source) -> JSONValue {
        .object([
            ("document", .string(s.documentID)),
            ("file", .string(s.file)),
            ("start", .int(s.passage.start)),
            ("end", .int(s.passage.end)),
            ("basis", .string(s.basis.rawValue)),
            ("timex", .optional(s.timex?.text)),
            ("claimBy", .optional(s.claimBy)),
        ])
    }

    private static func entryActor(_ a: ActorRef) -> JSONValue {
        var fields: [(String, JSONValue)] = [("name", .string(a.name)), ("kind", .string(a.kind.rawValue))]
        if let via = a.via { fields.append(("via", .string(via))) }
        return .object(fields)
    }

    private static func actor(_ a: Actor) -> JSONValue {
        .object([
            ("name", .string(a.name)),
            ("kind", .string(a.kind.rawValue)),
            ("aliases", .array(a.aliases.map(JSONValue.string))),
            ("mentions", .int(a.mentions)),
        ])
    }
}
