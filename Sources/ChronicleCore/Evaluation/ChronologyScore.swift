/// The figures of one scoring run, as the judge prints them.
public struct ChronologyScore: Sendable {
    public var goldEvents = 0
    public var systemSources = 0
    public var spanMatched = 0
    public var dateCorrect = 0
    public var precision = 0.0
    public var recall = 0.0
    public var f1 = 0.0
    public var dateAccuracy = 0.0
    public var aliasGroups = 0
    public var aliasGroupsMerged = 0
    public var falseMerges: [(actor: String, goldActors: [String])] = []
    /// The actors of matched entries against the gold events' actors.
    public var eventActorPrecision = 0.0
    public var eventActorRecall = 0.0
    public var eventActorF1 = 0.0
    /// Happenings reported by two or more matched gold events, those whose reports share
    /// one entry, and entries whose sources match two different happenings.
    public var repeatedHappenings = 0
    public var happeningsInOneEntry = 0
    public var entriesMixingHappenings = 0
    /// Diagnostics, for `--verbose`.
    public var extra: [String] = []
    public var missed: [String] = []
    public var wrongDate: [String] = []
    public var split: [String] = []

    public var summaryLines: [String] {
        [
            "gold events \(goldEvents)  system sources \(systemSources)  span-matched \(spanMatched)  date-correct \(dateCorrect)",
            "precision \(f3(precision))  recall \(f3(recall))  F1 \(f3(f1))  date accuracy \(f3(dateAccuracy))",
        ]
    }

    public var actorLine: String {
        "actor alias groups merged \(aliasGroupsMerged)/\(aliasGroups)  false merges \(falseMerges.count)"
    }

    public var eventActorLine: String {
        "event actors (on date-correct matches) precision \(f3(eventActorPrecision))  recall \(f3(eventActorRecall))  F1 \(f3(eventActorF1))"
    }

    public var mergeLine: String {
        "merges: reports of one happening in one entry \(happeningsInOneEntry)/\(repeatedHappenings)  entries mixing happenings \(entriesMixingHappenings)"
    }

    public var diagnosticLines: [String] {
        extra.map { "  EXTRA \($0)" } + missed.map { "  MISSED \($0)" } + wrongDate.map { "  WRONG DATE \($0)" }
            + split.map { "  SPLIT \($0)" }
            + falseMerges.map { "  FALSE MERGE \($0.actor): \($0.goldActors)" }
    }
}

/// Three decimals, rounded half to even like Python's format.
func f3(_ x: Double) -> String {
    let scaled = (x * 1000).rounded(.toNearestOrEven) / 1000
    var s = String(scaled)
    if let dot = s.firstIndex(of: ".") {
        let decimals = s.distance(from: dot, to: s.endIndex) - 1
        if decimals < 3 { s += String(repeating: "0", count: 3 - decimals) }
    } else {
        s += ".000"
    }
    return s
}
