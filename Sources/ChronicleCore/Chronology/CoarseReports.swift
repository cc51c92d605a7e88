/// One happening told with its day by one article and with only its month or year by
/// another ("launched the store on April 28, 2003" and "launched the store in 2003"): the
/// coarser report joins the finer one's entry, which keeps the day.
///
/// A report dated by its month or year is compared with the groups of each day inside its
/// period as they were merged among themselves: it joins a group of other articles whose
/// participants and kind agree with it, with an actor in common, and either whose words
/// hold its own (see `ChronologyBuilder.toldAgain`) or which shares its specific
/// participants (see `Participants.sameHappening`) and two words besides their names
/// ("introduced" and "introducing" alike). Of several such groups, the one sharing most
/// words and actors with it takes it; when two share as much, it stays apart. A coarse
/// report never reaches past its year, so a year's dates are all a change to them can
/// touch (see `ChangedDays`).
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

    /// A month holds many happenings of the same people: beyond them, the two reports share
    /// this many words of their own.
    static let ownWordsShared = 2

    var isEmpty: Bool { byActorYear.isEmpty }

    /// Whether a report of `date` may join a finer one: coarser than a day, within one year.
    static func canJoin(_ date: TimeValue) -> Bool {
        date.granularity > .day && date.granularity <= .year && date.first.year == date.last.year
    }

    /// The coarse groups that `fine`, a group of one day, tells again, each with how much
    /// the two share (words and actors), so that of several days' groups the closest takes it.
    /// `stems`: a group's words outside its actors' names (`WordSet(stemsOf:outside:)`), read
    /// again from its passages only for the few pairs that need them.
    func fitting(_ fine: ChronologyBuilder.Group, stems: (ChronologyBuilder.Group) -> WordSet)
        -> [(coarse: Int, shared: Int)] {
        var seen = Set<Int>()
        for a in fine.actors {
            for c in (byActorYear[ActorYear(actor: a, year: fine.date.first.year)] ?? [])
                .prefix(ChronologyBuilder.candidateLimit) {
                seen.insert(c)
            }
        }
        var ownWords: WordSet?
        return seen.sorted().filter { c in
            fits(groups[c], fine) { ownWords = ownWords ?? stems(fine); return stems(groups[c]).sharedCount(ownWords!) }
        }.map { c in
            (c, groups[c].words.sharedCount(fine.words) + groups[c].actors.intersection(fine.actors).count)
        }
    }

    /// `sharedStems`: how many words outside the actors' names the two share, asked last
    /// because it reads their passages again.
    private func fits(_ coarse: ChronologyBuilder.Group, _ fine: ChronologyBuilder.Group,
                      sharedStems: () -> Int) -> Bool {
        coarse.date.contains(fine.date.first) && coarse.date.contains(fine.date.last)
            && coarse.documents.isDisjoint(with: fine.documents)
            && !coarse.participants.differs(from: fine.participants)
            && (!coarse.kinds.isDisjoint(with: fine.kinds) || coarse.kinds.contains(.other)
                || fine.kinds.contains(.other))
            && (coarse.words.isWithin(fine.words, share: ChronologyBuilder.toldAgain, minimum: 3)
                || coarse.participants.sameHappening(as: fine.participants) && sharedStems() >= Self.ownWordsShared)
    }
}
