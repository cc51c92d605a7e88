/// Merges events into the chronology's entries and orders them.
///
/// Events that report the same happening — the same date value, and similar wording
/// (content-word Jaccard >= 0.5) or shared actors with related wording (>= 0.3 and two
/// actors in common) — become one entry with every passage as a source, so a caption
/// repeated word for word, or one fact told by two articles, is one line. Sources keep
/// their own claimant and wording, so disagreeing claims stay visible side by side.
///
/// Events are only compared within a bucket of the same date value, and within it only
/// with entries sharing a content word (an inverted index), so the cost grows with the
/// number of events, not its square.
public enum ChronologyBuilder {
    static let similarWording = 0.5
    static let relatedWording = 0.3

    /// `documentOrder` gives each document's position (file-name order) for sorting.
    public static func build(_ events: [Event], files: [String: String],
                             documentOrder: [String: Int]) -> [Entry] {
        struct Group {
            var date: TimeValue
            var members: [Int]
            var words: WordSet
            var actors: Set<String>
        }
        var groups: [Group] = []
        var buckets: [String: [UInt64: [Int]]] = [:]   // date value -> word (hash) -> groups
        let sets = events.map { WordSet($0.summary) }
        for (i, event) in events.enumerated() {
            let key = event.date.value
            let words = sets[i]
            let actors = Set(event.actors.map(\.name))
            var shared: [Int: Int] = [:]
            if let index = buckets[key] {
                for w in words.words { for g in index[w] ?? [] { shared[g, default: 0] += 1 } }
            }
            var best: (group: Int, score: Double)? = nil
            for (g, _) in shared {
                let j = words.jaccard(groups[g].words)
                let common = actors.intersection(groups[g].actors).count
                let ok = j >= similarWording || (j >= relatedWording && common >= 2)
                if ok, best == nil || j > best!.score || (j == best!.score && g < best!.group) {
                    best = (g, j)
                }
            }
            if let best {
                groups[best.group].members.append(i)
                groups[best.group].actors.formUnion(actors)
            } else {
                let g = groups.count
                groups.append(Group(date: event.date, members: [i], words: words, actors: actors))
                for w in words.words { buckets[key, default: [:]][w, default: []].append(g) }
            }
        }
        func position(_ i: Int) -> (Int, Int) {
            (documentOrder[events[i].documentID] ?? Int.max, events[i].passage.start)
        }
        groups.sort { a, b in
            if a.date != b.date { return a.date < b.date }
            return position(a.members[0]) < position(b.members[0])
        }
        return groups.enumerated().map { n, group in
            let members = group.members.sorted { position($0) < position($1) }
            var kinds: [EventKind: Int] = [:]
            for i in members { kinds[events[i].kind, default: 0] += 1 }
            let kind = members.map { events[$0].kind }.first { kinds[$0] == kinds.values.max() } ?? .other
            var seen = Set<String>()
            var actors: [ActorRef] = []
            for i in members { for a in events[i].actors where seen.insert(a.name).inserted { actors.append(a) } }
            let sources = members.map { i in
                Source(documentID: events[i].documentID, file: files[events[i].documentID] ?? events[i].documentID,
                       passage: events[i].passage, timex: events[i].timex, claimBy: events[i].claimant,
                       summary: events[i].summary, basis: events[i].basis, datedBy: events[i].datedBy)
            }
            return Entry(id: n + 1, date: group.date, kind: kind, summary: events[members[0]].summary,
                         actors: actors, sources: sources)
        }
    }
}
