/// What narrows a chronology: every set criterion must hold (actors: any of them).
public struct EntryFilter: Hashable, Sendable {
    /// Canonical actor names; an entry passes when it cites at least one.
    public var actors: Set<String>
    public var kinds: Set<EventKind>
    /// Entries ending before `from` begins are dropped (any granularity).
    public var from: TimeValue?
    /// Entries starting after `to` ends are dropped.
    public var to: TimeValue?
    /// Case-insensitive text searched in the summary, actor names and passages' summaries.
    public var search: String?
    /// What may date the entries kept (`Entry.basis`); empty keeps every entry.
    public var bases: Set<DateBasis>

    public init(actors: Set<String> = [], kinds: Set<EventKind> = [], from: TimeValue? = nil,
                to: TimeValue? = nil, search: String? = nil, bases: Set<DateBasis> = []) {
        self.actors = actors
        self.kinds = kinds
        self.from = from
        self.to = to
        self.search = search
        self.bases = bases
    }

    public var isEmpty: Bool {
        actors.isEmpty && kinds.isEmpty && from == nil && to == nil && (search ?? "").isEmpty && bases.isEmpty
    }

    public func matches(_ entry: Entry) -> Bool {
        if !kinds.isEmpty && !kinds.contains(entry.kind) { return false }
        if !bases.isEmpty && !bases.contains(entry.basis) { return false }
        if !actors.isEmpty && !entry.actors.contains(where: { actors.contains($0.name) }) { return false }
        if let from, entry.date.last < from.first { return false }
        if let to, entry.date.first > to.last { return false }
        if let search, !search.isEmpty {
            return Self.mentions(entry, SearchNeedle(search))
        }
        return true
    }

    public func apply(to entries: [Entry]) -> [Entry] {
        guard let search, !search.isEmpty else { return entries.filter(matches) }
        // The text is lowered once, not once per entry.
        let needle = SearchNeedle(search)
        let kept = EntryFilter(actors: actors, kinds: kinds, from: from, to: to, bases: bases)
        return entries.filter { kept.matches($0) && Self.mentions($0, needle) }
    }

    private static func mentions(_ entry: Entry, _ needle: SearchNeedle) -> Bool {
        if needle.found(in: entry.summary) { return true }
        if entry.actors.contains(where: { needle.found(in: $0.name) }) { return true }
        // A source's summary is most often the entry's own, already searched.
        return entry.sources.contains { $0.summary != entry.summary && needle.found(in: $0.summary) }
    }
}

import Foundation
