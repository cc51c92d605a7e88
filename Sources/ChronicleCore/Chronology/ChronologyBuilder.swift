/// Merges events into the chronology's entries and orders them.
///
/// Events that report the same happening become one entry with every passage as a source,
/// so a caption repeated word for word, or one fact told by two articles, is one line.
/// They must fall on the same day (a clock time counts as its day; coarser dates must be
/// equal), and then either
/// - share their wording (content-word Jaccard >= 0.5), or related wording (>= 0.3) with
///   two actors in common, or, told by two articles with an actor in common, the shorter's
///   words are the longer's (at least three, and 0.6 of them), or
/// - share their specific participants whatever the wording (two named actors, or one
///   named actor and a place; see `Participants`) with a compatible kind of happening
///   (the same kind, or one of them `other`; within one article the same kind, not
///   `other`, or a speaker's statement and a plain report of what the speaker did),
/// - or, told by two articles, have the same named speaker (the claimant is one of the
///   actors of both).
/// A report dated by its month or year joins the report of the same happening that another
/// article dates by its day, the closest one when several could be it (see `CoarseReports`).
/// Within one article, a report dated by context or by the article's date joins only a
/// repeat of its own words: the sentences after a dated one tell what else happened then.
/// A clause that names the happening just told ("The explosion shook the street at 7 a.m.", see
/// `HappeningReference`) joins the article's event before it, on the same day and of a
/// compatible kind.
/// Reports whose participants differ (each names a person or a place the other does not)
/// never merge unless their wording is nearly the same (>= 0.8: a repeated caption).
/// Sources keep their own claimant and wording, so disagreeing claims stay visible side
/// by side.
///
/// Events are only compared within a bucket of the same day, and within it only with
/// entries sharing a content word or an actor (inverted indexes), at most
/// `candidateLimit` of them, so the cost grows with the number of events, not its square.
public enum ChronologyBuilder {
    static let similarWording = 0.5
    static let relatedWording = 0.3
    static let sameWording = 0.8
    /// The share of the shorter report's words the longer must hold to tell it again.
    static let toldAgain = 0.6
    static let candidateLimit = 64

    /// `documentOrder` gives each document's position (file-name order) for sorting.
    ///
    /// Days never share an entry, so each day's events are merged on their own, the days
    /// spread over every core; a report dated by its month or year then joins at most one
    /// group of a day in its year.
    public static func build(_ events: [Event], files: [String: String],
                             documentOrder: [String: Int], lexicon: Lexicon = .bundled) -> [Entry] {
        build(EventList([events]), files: files, documentOrder: documentOrder, lexicon: lexicon)
    }

    /// The entries of `events`, each document's in the array it was drawn in.
    static func build(_ events: EventList, files: [String: String], documentOrder: [String: Int],
                      lexicon: Lexicon) -> [Entry] {
        // Each event's document's event before it: "The explosion shook ..." joins its group.
        var previous = [Int?](repeating: nil, count: events.count)
        var lastOfDocument: [String: Int] = [:]
        for (i, event) in events.enumerated() {
            previous[i] = lastOfDocument[event.documentID]
            lastOfDocument[event.documentID] = i
        }
        return entries(of: events, previous: previous, files: files, documentOrder: documentOrder, lexicon: lexicon)
    }

    /// The entries of a chronology whose events changed on some days alone: `kept`, the
    /// entries of the other days as they were built, in order, and `events`, every event of
    /// the changed days in document order, each with the event before it in its document
    /// when that one is among them (`previous`). No entry reaches past its year, the changed
    /// dates are whole years where a coarse report could join another date, and equal dates
    /// are one day's, so the two lists merge by date alone, as one build of all would order them.
    static func merging(_ kept: [Entry], with events: [Event], previous: [Int?], files: [String: String],
                        documentOrder: [String: Int], lexicon: Lexicon = .bundled) -> [Entry] {
        let rebuilt = entries(of: EventList([events]), previous: previous, files: files, documentOrder: documentOrder,
                              lexicon: lexicon)
        var out: [Entry] = []
        out.reserveCapacity(kept.count + rebuilt.count)
        var (i, j) = (0, 0)
        while i < kept.count || j < rebuilt.count {
            var entry: Entry
            if j == rebuilt.count || (i < kept.count && kept[i].date < rebuilt[j].date) {
                entry = kept[i]
                i += 1
            } else {
                entry = rebuilt[j]
                j += 1
            }
            entry.id = out.count + 1
            out.append(entry)
        }
        return out
    }

    /// `previous`: for each event, the event before it in its document, if any.
    static func entries(of events: EventList, previous: [Int?], files: [String: String],
                        documentOrder: [String: Int], lexicon: Lexicon) -> [Entry] {
        var days: [[Int]] = []
        var dayOfKey: [String: Int] = [:]
        for (i, event) in events.enumerated() {
            let key = dayKey(event.date)
            let d = dayOfKey[key] ?? days.count
            if d == days.count {
                dayOfKey[key] = d
                days.append([])
            }
            days[d].append(i)
        }
        // The dates coarser than a day first: a day's groups are compared with them.
        let isCoarse = days.map { events[$0[0]].date.granularity > .day }
        func stems(_ group: Group) -> WordSet {
            WordSet(stemsOf: group.members.map { events[$0].summary }, outside: Array(group.actors), lexicon: lexicon)
        }
        let coarse = CoarseReports(ParallelMap.map(days.indices.filter { isCoarse[$0] }) { d in
            mergeDay(days[d], of: events, previous: previous, lexicon: lexicon)
        }.flatMap { $0 })
        // Large days first, so that no core is left with the largest at the end.
        let order = days.indices.filter { !isCoarse[$0] }.sorted { (days[$0].count, -$0) > (days[$1].count, -$1) }
        // Each day's groups keep their date and members alone once merged: the words, actors
        // and participants they were compared by are let go a day at a time.
        let merged = ParallelMap.map(order) { d in
            mergeDay(days[d], of: events, previous: previous, lexicon: lexicon).map { group in
                (group: MergedGroup(date: group.date, members: group.members),
                 told: coarse.isEmpty ? [] : coarse.fitting(group, stems: stems))
            }
        }
        days = []
        // A coarse report joins the day's group that tells it again, the closest of several.
        var groups: [MergedGroup] = []
        var takers = [[(group: Int, shared: Int)]](repeating: [], count: coarse.groups.count)
        for day in merged {
            for (group, told) in day {
                for (c, shared) in told { takers[c].append((groups.count, shared)) }
                groups.append(group)
            }
        }
        for (c, group) in coarse.groups.enumerated() {
            let ranked = takers[c].sorted { $0.shared > $1.shared }
            if let best = ranked.first, ranked.count == 1 || ranked[1].shared < best.shared {
                groups[best.group].members += group.members
            } else {
                groups.append(MergedGroup(date: group.date, members: group.members))
            }
        }
        // Looked up once per event, not at every comparison of the sorts below.
        let positions = events.map { (documentOrder[$0.documentID] ?? Int.max, $0.passage.start) }
        func position(_ i: Int) -> (Int, Int) { positions[i] }
        // Ties in the order the groups were opened, the order of their first event.
        groups.sort { a, b in
            if a.date != b.date { return a.date < b.date }
            let (p, q) = (position(a.members[0]), position(b.members[0]))
            return p != q ? p < q : a.members[0] < b.members[0]
        }
        return ParallelMap.map(Array(groups.indices)) { n in
            let group = groups[n]
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

    /// A group's entry to be: its date and its events.
    struct MergedGroup {
        var date: TimeValue
        /// Indexes into the events; the first opened the group.
        var members: [Int]
    }

    /// How many members' wordings besides the first a group is compared by.
    static let otherWordings = 7

    /// Events of one day merged into groups, in the order the groups were opened.
    struct Group {
        var date: TimeValue
        /// Indexes into the events; the first opened the group.
        var members: [Int]
        var words: WordSet
        /// The words of the members after the first: a report may tell the happening in the
        /// words of any one of them ("found guilty" as one source, "convicted" as another).
        var others: [WordSet] = []
        var actors: Set<String>
        var participants: Participants
        var documents: Set<String>
        var kinds: Set<EventKind>
        /// Claimants that are actors of their own passage: the named speakers.
        var speakers: Set<String>
        /// Every member is dated by a time expression of its own.
        var dated: Bool
    }

    /// Merges the events `day` (indexes into `events`, in order), all of one day key.
    /// `previous`: for each event, the event before it in its document.
    static func mergeDay(_ day: [Int], of events: EventList, previous: [Int?], lexicon: Lexicon) -> [Group] {
        var groups: [Group] = []
        var groupOf: [Int: Int] = [:]   // event -> its group
        // Word hashes are keys already: a table of them needs no hashing of its own.
        var byWord = PositionsByKey(expectedCount: 8 * day.count)
        var byActor: [String: [Int]] = [:]
        // By group, the words and actors the event at hand shares with it, and the groups
        // it shares any with: dense arrays, not a dictionary per event.
        var shares: [Int] = []
        var sharing: [Int] = []
        var found: [Int] = []
        for i in day {
            let event = events[i]
            let words = WordSet(event.summary, lexicon: lexicon)
            let actors = Set(event.actors.map(\.name))
            let participants = Participants(event.actors, lexicon: lexicon)
            found.removeAll(keepingCapacity: true)
            for w in words.words { byWord.append(w, after: -1, to: &found) }
            for a in actors { found += byActor[a] ?? [] }
            sharing.removeAll(keepingCapacity: true)
            for g in found {
                if shares[g] == 0 { sharing.append(g) }
                shares[g] += 1
            }
            // The groups sharing most first; ties in creation order, so the result is stable.
            let candidates = sharing.sorted { (shares[$0], -$0) > (shares[$1], -$1) }.prefix(candidateLimit)
            for g in sharing { shares[g] = 0 }
            var best: (group: Int, score: Double)? = nil
            // The event before it, on the same day, is of this day and already grouped.
            if event.refersBack, let p = previous[i], let g = groupOf[p], events[p].kind == event.kind
                || events[p].kind == .other || event.kind == .other {
                best = (g, .infinity)
            }
            for g in candidates where best?.score != .infinity {
                // The group is read in place: a copy would retain each of its sets and lists
                // for every candidate of every event.
                var wording = groups[g].words
                var j = words.jaccard(wording)
                for other in groups[g].others {
                    let k = words.jaccard(other)
                    if k > j { (j, wording) = (k, other) }
                }
                // Counted once, without building the intersection: it is asked of every candidate.
                let common = actors.reduce(0) { groups[g].actors.contains($1) ? $0 + 1 : $0 }
                let ok = tellsSameHappening(event, words: words, actors: actors, participants: participants,
                                            as: groups[g], wording: wording, jaccard: j, common: common)
                // Among several, a group dated by its text draws a dated report first.
                let anchored = groups[g].dated && event.basis == .text ? 0.5 : 0
                let score = j + Double(common) + anchored
                if ok, best == nil || score > best!.score || (score == best!.score && g < best!.group) {
                    best = (g, score)
                }
            }
            if let best {
                let g = best.group
                groupOf[i] = g
                // Actors new to the group make it a candidate for their later reports too.
                for a in actors where !groups[g].actors.contains(a) { byActor[a, default: []].append(g) }
                groups[g].members.append(i)
                // A few wordings are enough to know the happening by, and keep the work per
                // report bounded however many tell it.
                if groups[g].others.count < otherWordings {
                    // Its new words find the group too.
                    for w in words.words where !groups[g].words.contains(w) && !groups[g].others.contains(where: { $0.contains(w) }) {
                        byWord.add(w, g)
                    }
                    groups[g].others.append(words)
                }
                groups[g].actors.formUnion(actors)
                groups[g].participants.formUnion(participants)
                groups[g].documents.insert(event.documentID)
                groups[g].kinds.insert(event.kind)
                groups[g].dated = groups[g].dated && event.basis == .text
                if let speaker = event.claimant, actors.contains(speaker) { groups[g].speakers.insert(speaker) }
                // A day and a clock time on it: the entry keeps the day both agree on.
                if groups[g].date != event.date { groups[g].date = TimeValue(day: event.date.first) }
            } else {
                let g = groups.count
                groupOf[i] = g
                groups.append(Group(date: event.date, members: [i], words: words, actors: actors,
                                    participants: participants, documents: [event.documentID], kinds: [event.kind],
                                    speakers: event.claimant.map { actors.contains($0) ? [$0] : [] } ?? [],
                                    dated: event.basis == .text))
                shares.append(0)
                for w in words.words { byWord.add(w, g) }
                for a in actors { byActor[a, default: []].append(g) }
            }
        }
        return groups
    }

    /// The bucket of a date: its day when it is a day or a time on one, else its value.
    static func dayKey(_ date: TimeValue) -> String {
        date.granularity <= .day ? date.first.iso : date.value
    }
}
