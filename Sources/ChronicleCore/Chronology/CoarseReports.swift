/// One happening told with its day by one article and with only its month or year by
/// another ("launched the store on April 28, 2003" and "launched the store in 2003"): the
/// coarser report joins the finer one's entry, which keeps the day.
///
/// A report dated by its month or year is compared with the groups of each day inside its
/// period as they were merged among themselves: it joins the one group, of other articles,
/// whose participants and kind agree with it and whose words hold its own (see
/// `ChronologyBuilder.toldAgain`), with an actor in common. One that two groups could take
/// stays apart. A coarse report never reaches past its year, so a year's dates are all a
/// change to them can touch (see `ChangedDays`).
struct CoarseReports {
    /// The groups dated by a month, a season or a year, in one year.
    private(set) var groups: [ChronologyBuilder.Group]
    /// Coarse groups by one of their actors and their year.
    private var byActorYear: [ActorYear: [Int]] = [:]

    private struct ActorYear: Hashable {
        var actor: String
        var year: Int
    }

    /// `groups`: the groups merged in the buckets of dates coarser than a day.
    init(_ groups: [ChronologyBuilder.Group]) {
        self.groups = groups
        for (c, group) in groups.enumerated() where Self.canJoin(group.date) {
            for a in group.actors { byActorYear[ActorYear(actor: a, year: group.date.first.year), default: []].append(c) }
        }
    }

    var isEmpty: Bool { byActorYear.isEmpty }

    /// Whether a report of `date` may join a finer one: coarser than a day, within one year.
    static func canJoin(_ date: TimeValue) -> Bool {
        date.granularity > .day && date.granularity <= .year && date.first.year == date.last.year
    }

    /// The coarse groups that `fine`, a group of one day, tells again.
    func fitting(_ fine: ChronologyBuilder.Group) -> [Int] {
        var seen = Set<Int>()
        for a in fine.actors {
            for c in (byActorYear[ActorYear(actor: a, year: fine.date.first.year)] ?? [])
                .prefix(ChronologyBuilder.candidateLimit) {
                seen.insert(c)
            }
        }
        return seen.sorted().filter { fits(groups[$0], fine) }
    }

    private func fits(_ coarse: ChronologyBuilder.Group, _ fine: ChronologyBuilder.Group) -> Bool {
        coarse.date.contains(fine.date.first) && coarse.date.contains(fine.date.last)
            && coarse.documents.isDisjoint(with: fine.documents)
            && !coarse.participants.differs(from: fine.participants)
            && (!coarse.kinds.isDisjoint(with: fine.kinds) || coarse.kinds.contains(.other)
                || fine.kinds.contains(.other))
            && coarse.words.isWithin(fine.words, share: ChronologyBuilder.toldAgain, minimum: 3)
    }
}
