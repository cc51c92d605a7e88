/// What gives a source its date: a time expression of its own ("text"), the dated clause
/// it continues ("context"), or its article's creation date, for a report of something
/// just done ("published"). Kept per source so a reader can see it and a filter drop it.
public enum DateBasis: String, Sendable, Hashable, Codable, CaseIterable {
    case text, context, published
}
