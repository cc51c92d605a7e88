extension IndexedBuild {
    /// What the index holds of each article, read from the heads of its records alone
    /// (the bodies are read for the articles whose events are needed).
    struct StoredHeads {
        /// By plan: the stored analysis of an unchanged article. One that cannot be read
        /// is analysed again: its plan is made fresh.
        var records: [DocumentRecord?]
        /// By plan: the years in which the stored events are dated by month, season or year.
        var coarseYears: [Int: [Int]] = [:]
        /// What the stored chronology holds of each article the index had, by plan, and of
        /// those removed since: for the changed ones, its entries there are replaced.
        var earlier: [Earlier?]
        var earlierOfRemoved: [Earlier] = []
        /// False when one such stored head cannot be read: every year is merged again.
        var earlierKnown: Bool

        static func read(from opened: OpenIndex?, plans: inout [ArticlePlan], removed: [String]) -> StoredHeads {
            var heads = StoredHeads(records: [DocumentRecord?](repeating: nil, count: plans.count),
                                    earlier: [Earlier?](repeating: nil, count: plans.count),
                                    earlierKnown: opened != nil)
            guard let index = opened else { return heads }
            let blobs = (try? index.store.records()) ?? [:]
            let stored = plans
            let decoded = ParallelMap.map(Array(stored.indices)) { k -> DocumentRecord.Head? in
                guard let blob = blobs[stored[k].article.name] else { return nil }
                return try? IndexCoder.decode(DocumentRecord.Head.self, from: blob)
            }
            for k in plans.indices {
                if let head = decoded[k] {
                    heads.earlier[k] = Earlier(id: head.document?.id, years: head.years)
                } else if plans[k].wasStored {
                    heads.earlierKnown = false
                }
                guard plans[k].state != .fresh else { continue }
                if let head = decoded[k] {
                    heads.records[k] = DocumentRecord(head: head)
                    heads.coarseYears[k] = head.coarseYears
                } else {
                    plans[k].state = .fresh
                }
            }
            for file in removed {
                if let head = blobs[file].flatMap({ try? IndexCoder.decode(DocumentRecord.Head.self, from: $0) }) {
                    heads.earlierOfRemoved.append(Earlier(id: head.document?.id, years: head.years))
                } else {
                    heads.earlierKnown = false
                }
            }
            return heads
        }
    }
}
