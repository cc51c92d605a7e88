/// Merging again only where a change reaches: the days (see `ChronologyBuilder.dayKey`)
/// on which a changed document has an event now or had one in the stored chronology, and
/// the whole year of such a day when the year holds a report dated by its month or year
/// (see `CoarseReports`). Every event of those dates, from any document, is merged anew;
/// the entries of the other dates are the stored ones, which a build of everything would
/// make again as they are: an entry is made of the events of its day, and of coarser reports
/// of its year, alone, and documents keep their order among themselves.
enum ChangedDays {
    struct Merged {
        var entries: [Entry]
        /// The years (of their dates' first day) where the entries may differ from the earlier
        /// ones; the entries of every other year are those of before, in the same order.
        var years: Set<Int>
    }

    /// `earlier`: the stored chronology. `stale`: the ids, in it, of the documents changed
    /// or removed since (their entries there are out of date). `events(ns)`: the events now of
    /// the documents `ns`, in that order, asked only of the documents a change reaches, and
    /// of many at once, so that stored ones may be read on all cores;
    /// `coarseYears`: the years in which any document now has an event dated by its month,
    /// season or year; `changed`: the documents whose events are not those stored. Nil when
    /// a stored entry cites a document the corpus does not hold and was not told of: such a
    /// chronology is not the one the records were stored with, and is never trusted.
    static func entries(earlier: [Entry], stale: Set<String>, events: ([Int]) throws -> [[Event]],
                        coarseYears joinable: Set<Int>, changed: Set<Int>, files: [String: String],
                        documentOrder: [String: Int], lexicon: Lexicon = .bundled) throws -> Merged? {
        var eventsOf: [Int: [Event]] = [:]
        func read(_ documents: Set<Int>) throws {
            let missing = documents.filter { eventsOf[$0] == nil }.sorted()
            for (n, read) in zip(missing, try events(missing)) { eventsOf[n] = read }
        }

        var days = Set<String>()
        var years = Set<Int>()
        func reach(_ date: TimeValue) {
            days.insert(ChronologyBuilder.dayKey(date))
            years.insert(date.first.year)
        }
        for entry in earlier {
            for source in entry.sources where stale.contains(source.documentID) || documentOrder[source.documentID] == nil {
                guard stale.contains(source.documentID) else { return nil }
                reach(entry.date)
            }
        }
        try read(changed)
        for n in changed {
            for event in eventsOf[n]! { reach(event.date) }
        }
        guard !days.isEmpty else { return Merged(entries: earlier, years: []) }
        // A report dated by its month or year may join a day of its year, and whether it does
        // hangs on every day there: in a year that holds one, every date is merged anew.
        let wholeYears = years.intersection(joinable)
        func isChanged(_ date: TimeValue) -> Bool {
            days.contains(ChronologyBuilder.dayKey(date)) || wholeYears.contains(date.first.year)
        }

        // The unchanged documents with events on those days: the stored entries there cite them.
        var involved = changed
        var kept: [Entry] = []
        kept.reserveCapacity(earlier.count)
        for entry in earlier {
            guard isChanged(entry.date) else {
                kept.append(entry)
                continue
            }
            for source in entry.sources {
                if let n = documentOrder[source.documentID], !stale.contains(source.documentID) { involved.insert(n) }
            }
        }

        var merged: [Event] = []
        var previous: [Int?] = []
        try read(involved)
        for n in involved.sorted() {
            // The event before each one in its document, when it is merged again too.
            var lastTaken = false
            for event in eventsOf.removeValue(forKey: n)! {
                guard isChanged(event.date) else {
                    lastTaken = false
                    continue
                }
                previous.append(lastTaken ? merged.count - 1 : nil)
                merged.append(event)
                lastTaken = true
            }
        }
        return Merged(entries: ChronologyBuilder.merging(kept, with: merged, previous: previous, files: files,
                                                         documentOrder: documentOrder, lexicon: lexicon),
                      years: years)
    }
}
