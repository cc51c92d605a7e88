/// One happening told with a day by one article and with only its month or year by
/// another ("launched the store on April 28, 2003" and "launched the store in 2003"): the
/// coarser report joins the finer one's entry, which keeps the day.
extension ChronologyBuilder {
    /// Folds each group dated coarser than a day into the one finer group, of other articles
    /// and inside its period, that tells the same happening: the shorter report's words are
    /// the longer's, they share an actor, their participants and kinds agree. A coarse
    /// report two finer ones could take stays apart. Finer groups are found by actor and
    /// year, so each coarse group meets only the groups of its own actors and year.
    static func joinCoarseReports(_ groups: [Group]) -> [Group] {
        var byActorYear: [String: [Int]] = [:]
        for (g, group) in groups.enumerated() where group.date.granularity <= .day {
            for a in group.actors { byActorYear[key(a, group.date.first.year), default: []].append(g) }
        }
        guard !byActorYear.isEmpty else { return groups }
        var groups = groups
        var folded = [Bool](repeating: false, count: groups.count)
        for c in groups.indices where groups[c].date.granularity > .day && groups[c].date.granularity <= .year {
            let coarse = groups[c]
            guard coarse.date.first.year == coarse.date.last.year else { continue }
            var candidates = Set<Int>()
            for a in coarse.actors {
                for f in (byActorYear[key(a, coarse.date.first.year)] ?? []).prefix(candidateLimit) { candidates.insert(f) }
            }
            let fitting = candidates.sorted().filter { f in
                let fine = groups[f]
                return !folded[f] && coarse.date.contains(fine.date.first) && coarse.date.contains(fine.date.last)
                    && coarse.documents.isDisjoint(with: fine.documents)
                    && !coarse.participants.differs(from: fine.participants)
                    && (!coarse.kinds.isDisjoint(with: fine.kinds) || coarse.kinds.contains(.other)
                        || fine.kinds.contains(.other))
                    && coarse.words.isWithin(fine.words, share: toldAgain, minimum: 3)
            }
            guard fitting.count == 1, let f = fitting.first else { continue }
            groups[f].members += coarse.members
            groups[f].actors.formUnion(coarse.actors)
            groups[f].participants.formUnion(coarse.participants)
            groups[f].documents.formUnion(coarse.documents)
            groups[f].kinds.formUnion(coarse.kinds)
            groups[f].speakers.formUnion(coarse.speakers)
            groups[f].dated = groups[f].dated && coarse.dated
            folded[c] = true
        }
        return groups.indices.filter { !folded[$0] }.map { groups[$0] }
    }

    private static func key(_ actor: String, _ year: Int) -> String { "\(year)|\(actor)" }
}
