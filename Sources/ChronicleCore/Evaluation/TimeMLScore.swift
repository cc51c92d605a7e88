/// Extraction and normalization figures for DATE and TIME expressions against TimeML gold,
/// computed by the reference scorer's rules: strict = same span; relaxed = overlapping
/// spans matched one to one, gold in order, each taking the first free overlapping system
/// expression unless a later one has the gold value; value accuracy = share of relaxed
/// matches with exactly the gold value.
public struct TimeMLScore: Sendable, Equatable {
    public var documents = 0
    public var gold = 0
    public var system = 0
    public var strict = 0
    public var relaxed = 0
    public var valueCorrect = 0

    public struct Miss: Sendable, Equatable {
        public var document: String
        public var text: String
        public var gold: String
        /// The system's value for a value error; nil for a missed expression.
        public var system: String?
    }

    public init() {}

    static func scored(_ type: String) -> Bool { type == "DATE" || type == "TIME" }

    /// Adds one document; returns what went wrong in it.
    @discardableResult
    public mutating func add(document name: String, text: [UInt8], gold allGold: [TimeMLDocument.Gold],
                             system allSystem: [TimeExpression]) -> [Miss] {
        documents += 1
        let golds = allGold.filter { Self.scored($0.type) }
        let sys = allSystem.filter { $0.type == .date || $0.type == .time }
        gold += golds.count
        system += sys.count
        strict += golds.filter { g in sys.contains { $0.range == g.range } }.count
        var used = Set<Int>()
        var misses: [Miss] = []
        for g in golds {
            var best: Int? = nil
            for (k, s) in sys.enumerated() where !used.contains(k) && s.range.overlaps(g.range) {
                if best == nil || (s.value == g.value && sys[best!].value != g.value) { best = k }
            }
            let span = String(decoding: text[g.range.start..<g.range.end], as: UTF8.self)
            if let best {
                used.insert(best)
                relaxed += 1
                if sys[best].value == g.value {
                    valueCorrect += 1
                } else {
                    misses.append(Miss(document: name, text: span, gold: g.value, system: sys[best].value))
                }
            } else {
                misses.append(Miss(document: name, text: span, gold: g.value, system: nil))
            }
        }
        return misses
    }

    private func f1(_ m: Int) -> Double { gold + system > 0 ? 2 * Double(m) / Double(gold + system) : 0 }
    public var strictF1: Double { f1(strict) }
    public var relaxedF1: Double { f1(relaxed) }
    public var relaxedPrecision: Double { system > 0 ? Double(relaxed) / Double(system) : 0 }
    public var relaxedRecall: Double { gold > 0 ? Double(relaxed) / Double(gold) : 0 }
    public var valueAccuracy: Double { relaxed > 0 ? Double(valueCorrect) / Double(relaxed) : 0 }
    public var valueF1: Double { f1(valueCorrect) }
}
