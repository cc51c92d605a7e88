/// Decides an event's kind from general cue words of its passage: fighting is
/// `military`, meetings and negotiations `talks`, intentions and proposals `plan`,
/// elections, laws and appointments `politics`, sayings `statement`.
public enum EventKindClassifier {
    static let cues: [EventKind: Set<String>] = [
        .military: [
            "attack", "attacks", "attacked", "strike", "strikes", "struck", "drone", "drones",
            "missile", "missiles", "troops", "soldiers", "captured", "capture", "seized",
            "liberated", "killed", "killing", "wounded", "injured", "shelling", "shelled",
            "bomb", "bombing", "bombed", "explosion", "exploded", "blast", "offensive",
            "counteroffensive", "battle", "fighting", "fought", "withdrew", "withdrawn",
            "advance", "advancing", "advanced", "destroyed", "defenses", "defences", "invasion",
            "invaded", "army", "military", "artillery", "tanks", "frontline", "front",
            "casualties", "raid", "assault", "exercise", "servicemen", "serviceman", "brigade",
            "nuclear", "alert", "encircled", "surrounded", "fire", "fired", "shot", "downed",
            "intercepted", "war", "combat", "coup",
        ],
        .talks: [
            "talks", "negotiations", "negotiation", "negotiating", "negotiated", "meeting",
            "meetings", "met", "meet", "summit", "visit", "visited", "visits", "call",
            "conference", "delegation", "delegations", "envoy", "envoys", "welcomes",
            "welcomed", "hosted", "hosts", "round", "mediators", "discussions", "discussed",
            "dialogue", "ceasefire",
        ],
        .plan: [
            "plan", "plans", "planned", "proposal", "proposed", "proposes", "intends",
            "intend", "scheduled", "expected", "will", "prepare", "preparing", "aims",
            "outlined", "unveiled", "program", "programme", "initiative", "roadmap",
        ],
        .politics: [
            "election", "elections", "vote", "voted", "voting", "parliament", "law", "laws",
            "bill", "sanctions", "referendum", "annexed", "annexation", "appointed",
            "resigned", "campaign", "court", "charges", "corruption", "policy", "strategy",
            "membership", "senate", "congress", "legislation", "cabinet", "revolution", "regime", "legitimate", "illegitimate",
            "cloture", "filibuster", "hearing", "fraud", "raid", "expansion",
        ],
        .statement: [
            "said", "says", "say", "stated", "told", "tells", "announced", "claimed",
            "claiming", "warned", "warning", "tweeted", "declared", "remarks", "speech",
            "interview", "statement", "statements", "rejected", "rejects", "praised",
            "accused", "insisted", "confirmed", "denied", "reported", "wrote", "posted",
            "comments", "emphasized", "called", "urged", "pronouncements", "speaks", "spoke",
            "speaking", "stating", "quote", "quoted", "warns", "reportedly", "announces",
        ],
    ]

    /// Police work: with these and no word that only armies use, "shot", "killed" or
    /// "raid" tell of a crime, not of fighting.
    static let crimeCues: Set<String> = [
        "police", "policeman", "officers", "detective", "detectives", "suspect", "suspects",
        "arrested", "arrest", "murder", "murdered", "homicide", "robbery", "burglary", "jail",
        "prison", "sentenced", "trial", "jury", "prosecutor", "prosecutors", "charged",
        "gunman", "shooter", "sheriff", "custody", "warrant", "stabbed", "stabbing",
    ]
    static let armyCues: Set<String> = [
        "troops", "soldiers", "army", "military", "drone", "drones", "missile", "missiles",
        "artillery", "brigade", "frontline", "tanks", "shelling", "shelled", "invasion",
        "invaded", "offensive", "counteroffensive", "servicemen", "serviceman", "combat",
        "war", "airstrike", "airstrikes", "militants", "rebels", "insurgents",
    ]

    /// Ties go to the first kind in this order.
    static let precedence: [EventKind] = [.statement, .military, .talks, .plan, .politics]

    private static let kindsOfWord: [String: [EventKind]] = {
        var map: [String: [EventKind]] = [:]
        for (kind, words) in cues { for w in words { map[w, default: []].append(kind) } }
        return map
    }()

    public static func classify(_ text: String) -> EventKind {
        var counts: [EventKind: Int] = [:]
        var crime = false, army = false
        for word in LowercaseBytes.words(text) {
            for kind in kindsOfWord[word] ?? [] { counts[kind, default: 0] += 1 }
            if crimeCues.contains(word) { crime = true }
            if armyCues.contains(word) { army = true }
        }
        if crime && !army { counts[.military] = 0 }
        // Saying is a weak signal on its own (a report of a strike is about the strike), but
        // a passage that is mostly about saying is a statement.
        if let s = counts[.statement], s == 1, (counts[.military] ?? 0) + (counts[.talks] ?? 0) > 0 {
            counts[.statement] = 0
        }
        var best: EventKind = .other
        var bestCount = 0
        for kind in precedence {
            let c = counts[kind] ?? 0
            if c > bestCount { best = kind; bestCount = c }
        }
        return best
    }
}
