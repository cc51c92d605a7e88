import Foundation

/// Scores a chronology against a gold file by the rule of `gold/README.md`, exactly as the
/// judge (`score_chronology.py`) does: every source of every entry is one system event;
/// a source matches a gold event in the same file whose evidence span it overlaps,
/// one-to-one, greedily preferring pairs with the right date, then core events, then
/// gold order; a match counts when the date agrees at the gold granularity. In core mode
/// borderline and optional gold events are neither rewarded nor penalised. A source dated
/// without a time of its own (basis other than `text`) that overlaps no gold event is
/// outside what the gold annotates, and ignored too.
public enum ChronologyScorer {
    public static func score(_ chronology: Chronology, gold: ChronologyGold, textsDirectory: String,
                             strict: Bool) throws -> ChronologyScore {
        let soft: (ChronologyGold.Event) -> Bool = { $0.optional || ($0.borderline && !strict) }
        let core = gold.events.filter { !soft($0) }
        let optional = gold.events.filter(soft)
        var texts = GoldTexts(directory: textsDirectory)
        var spans = try texts.spans(core)
        spans += try texts.spans(optional)
        let goldFiles = Set(gold.files)

        struct SystemSource { var file: String; var start: Int; var end: Int; var date: String; var entry: Int; var untimed: Bool }
        var sources: [SystemSource] = []
        for (n, entry) in chronology.entries.enumerated() {
            for s in entry.sources {
                let base = PathName.lastComponent(of: s.file)
                if goldFiles.contains(base) {
                    sources.append(SystemSource(file: base, start: s.passage.start, end: s.passage.end,
                                                date: entry.date.calendarForm, entry: n, untimed: s.basis != .text))
                }
            }
        }
        let all = core + optional
        var pairs: [(wrong: Int, isOptional: Int, g: Int, s: Int)] = []
        for (g, event) in all.enumerated() {
            let span = spans[g]
            for (k, s) in sources.enumerated() where s.file == span.file && s.start < span.end && span.start < s.end {
                let ok = GoldDateMatch.matches(system: s.date, gold: event.date, altDates: event.altDates,
                                               granularity: event.granularity)
                pairs.append((ok ? 0 : 1, g >= core.count ? 1 : 0, g, k))
            }
        }
        pairs.sort { ($0.wrong, $0.isOptional, $0.g, $0.s) < ($1.wrong, $1.isOptional, $1.g, $1.s) }
        var usedGold = Set<Int>(), usedSource = Set<Int>(), ignored = Set<Int>()
        var score = ChronologyScore()
        var full: [(g: Int, s: Int)] = []
        for p in pairs where !usedGold.contains(p.g) && !usedSource.contains(p.s) {
            usedGold.insert(p.g)
            usedSource.insert(p.s)
            if p.isOptional == 1 { ignored.insert(p.s); continue }
            score.spanMatched += 1
            if p.wrong == 0 {
                score.dateCorrect += 1
                full.append((p.g, p.s))
            } else {
                let e = all[p.g]
                score.wrongDate.append("\(e.id) gold \(e.date) system \(sources[p.s].date) \(pyRepr(String(e.evidence.unicodeScalars.prefix(60))))")
            }
        }
        for g in core.count..<all.count {
            let span = spans[g]
            for (k, s) in sources.enumerated() where !usedSource.contains(k) && s.file == span.file
                && s.start < span.end && span.start < s.end {
                ignored.insert(k)
            }
        }
        for (k, s) in sources.enumerated() where s.untimed && !usedSource.contains(k)
            && !spans.contains(where: { $0.file == s.file && s.start < $0.end && $0.start < s.end }) {
            ignored.insert(k)
        }
        score.goldEvents = core.count
        score.systemSources = sources.count - ignored.count
        score.precision = score.systemSources > 0 ? Double(score.dateCorrect) / Double(score.systemSources) : 0
        score.recall = score.goldEvents > 0 ? Double(score.dateCorrect) / Double(score.goldEvents) : 0
        let sum = score.precision + score.recall
        score.f1 = sum > 0 ? 2 * score.precision * score.recall / sum : 0
        score.dateAccuracy = score.spanMatched > 0 ? Double(score.dateCorrect) / Double(score.spanMatched) : 0
        for (k, s) in sources.enumerated() where !usedSource.contains(k) && !ignored.contains(k) {
            score.extra.append("\(s.file):\(s.start)-\(s.end) \(s.date)")
        }
        for (g, e) in core.enumerated() where !usedGold.contains(g) {
            score.missed.append("\(e.id) \(e.date) \(pyRepr(String(e.evidence.unicodeScalars.prefix(70))))")
        }
        scoreActors(chronology.actors, gold: gold, into: &score)
        scoreEventActors(chronology, gold: gold, matches: full.map { (all[$0.g], sources[$0.s].entry) }, into: &score)
        scoreMerges(all, matches: full.map { ($0.g, sources[$0.s].entry) }, into: &score)
        return score
    }

    /// On each date-correct match, the gold event's actors against the entry's, both read as
    /// gold canonical names: a system actor stands for the gold actors its spellings name.
    static func scoreEventActors(_ chronology: Chronology, gold: ChronologyGold,
                                 matches: [(event: ChronologyGold.Event, entry: Int)], into score: inout ChronologyScore) {
        let owner = goldOwners(gold)
        var spellings: [String: [String]] = [:]
        for a in chronology.actors { spellings[a.name] = [a.name] + a.aliases }
        var tp = 0, system = 0, wanted = 0
        for (event, entry) in matches {
            let want = Set(event.actors)
            var got = Set<String>()
            for a in chronology.entries[entry].actors {
                for alias in spellings[a.name] ?? [a.name] {
                    if let o = owner[alias], o.count == 1 { got.formUnion(o) }
                }
            }
            tp += want.intersection(got).count
            wanted += want.count
            system += got.count
        }
        score.eventActorPrecision = system > 0 ? Double(tp) / Double(system) : 0
        score.eventActorRecall = wanted > 0 ? Double(tp) / Double(wanted) : 0
        let sum = score.eventActorPrecision + score.eventActorRecall
        score.eventActorF1 = sum > 0 ? 2 * score.eventActorPrecision * score.eventActorRecall / sum : 0
    }

    /// Gold reports of one happening (linked by `duplicate_of`) should share one entry; an
    /// entry whose sources match two different happenings mixes them.
    static func scoreMerges(_ events: [ChronologyGold.Event], matches: [(g: Int, entry: Int)],
                            into score: inout ChronologyScore) {
        var byID: [String: Int] = [:]
        for (k, e) in events.enumerated() where byID[e.id] == nil { byID[e.id] = k }
        func root(_ k: Int) -> String {
            var e = events[k]
            var seen = Set<String>()
            while let up = e.duplicateOf, let next = byID[up], seen.insert(e.id).inserted { e = events[next] }
            return e.id
        }
        var entryRoots: [Int: Set<String>] = [:], rootEntries: [String: Set<Int>] = [:], reports: [String: Set<Int>] = [:]
        for (g, entry) in matches {
            let r = root(g)
            entryRoots[entry, default: []].insert(r)
            rootEntries[r, default: []].insert(entry)
            reports[r, default: []].insert(g)
        }
        let repeated = reports.filter { $0.value.count >= 2 }.map(\.key)
        score.repeatedHappenings = repeated.count
        score.happeningsInOneEntry = repeated.filter { rootEntries[$0]?.count == 1 }.count
        score.entriesMixingHappenings = entryRoots.values.filter { $0.count >= 2 }.count
    }

    /// Each spelling of the gold, with the gold actors it names.
    private static func goldOwners(_ gold: ChronologyGold) -> [String: Set<String>] {
        var owner: [String: Set<String>] = [:]
        for a in gold.actors {
            for alias in Set(a.aliases).union([a.name]) { owner[alias, default: []].insert(a.name) }
        }
        return owner
    }

    static func scoreActors(_ actors: [Actor], gold: ChronologyGold, into score: inout ChronologyScore) {
        let systemSets = actors.map { Set([$0.name] + $0.aliases) }
        let groups = gold.actors.filter { Set($0.aliases).union([$0.name]).count >= 2 }
        score.aliasGroups = groups.count
        for g in groups {
            let want = Set(g.aliases)
            if systemSets.contains(where: { want.isSubset(of: $0) }) {
                score.aliasGroupsMerged += 1
            } else {
                score.split.append(g.name)
            }
        }
        let owner = goldOwners(gold)
        for (set, actor) in zip(systemSets, actors) {
            var names = Set<String>()
            for alias in set { if let o = owner[alias], o.count == 1 { names.formUnion(o) } }
            if names.count > 1 { score.falseMerges.append((actor.name, names.sorted())) }
        }
    }

    /// Python's repr of a str, near enough for diagnostics.
    static func pyRepr(_ s: String) -> String {
        "'" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'")
            .replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\u{A0}", with: "\\xa0") + "'"
    }
}
