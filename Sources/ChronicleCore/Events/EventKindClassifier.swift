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
    private static let crimeCueList = [
        "police", "policeman", "officers", "detective", "detectives", "suspect", "suspects",
        "arrested", "arrest", "murder", "murdered", "homicide", "robbery", "burglary", "jail",
        "prison", "sentenced", "trial", "jury", "prosecutor", "prosecutors", "charged",
        "gunman", "shooter", "sheriff", "custody", "warrant", "stabbed", "stabbing",
    ]
    private static let armyCueList = [
        "troops", "soldiers", "army", "military", "drone", "drones", "missile", "missiles",
        "artillery", "brigade", "frontline", "tanks", "shelling", "shelled", "invasion",
        "invaded", "offensive", "counteroffensive", "servicemen", "serviceman", "combat",
        "war", "airstrike", "airstrikes", "militants", "rebels", "insurgents",
    ]

    /// Ties go to the first kind in this order.
    static let precedence: [EventKind] = [.statement, .military, .talks, .plan, .politics]
    private static let statement = precedence.firstIndex(of: .statement)!
    private static let military = precedence.firstIndex(of: .military)!
    private static let talks = precedence.firstIndex(of: .talks)!
    private static let politics = precedence.firstIndex(of: .politics)!

    /// Politics cues that, where police work is told, are the courtroom side of a crime:
    /// "arrested on murder charges", "the case went to court" are no politics.
    private static let legalCueList = ["court", "charges", "hearing", "fraud", "raid", "law", "laws"]

    private static let legalBit: UInt8 = 1 << 5, crimeBit: UInt8 = 1 << 6, armyBit: UInt8 = 1 << 7

    /// What each cue word tells, in one look-up per word (by bytes and hash, no String):
    /// the kinds it counts for as bits of positions in `precedence`, and `crimeBit` and
    /// `armyBit` for the police and army words.
    private static let cuesOfWord: WordTable<UInt8> = {
        var map = WordTable<UInt8>()
        for (kind, words) in cues {
            let k = precedence.firstIndex(of: kind)!
            for w in words { map.set(w, (map[w] ?? 0) | 1 << k) }
        }
        for w in crimeCueList { map.set(w, (map[w] ?? 0) | crimeBit) }
        for w in legalCueList { map.set(w, (map[w] ?? 0) | legalBit) }
        for w in armyCueList { map.set(w, (map[w] ?? 0) | armyBit) }
        return map
    }()

    public static func classify(_ text: String) -> EventKind {
        // One counter per kind, in `precedence` order: a dictionary per passage cost more
        // than the counting.
        var counts = [Int](repeating: 0, count: precedence.count)
        var crime = false, army = false
        var legal = 0
        let table = cuesOfWord
        LowercaseBytes.eachWord(text) { bytes, hash in
            guard let e = table.find(bytes: bytes, hash: hash) else { return }
            let bits = table.values[e]
            for k in counts.indices where bits & 1 << k != 0 {
                if k == politics && bits & legalBit != 0 { legal += 1 } else { counts[k] += 1 }
            }
            if bits & crimeBit != 0 { crime = true }
            if bits & armyBit != 0 { army = true }
        }
        if crime && !army { counts[military] = 0 } else { counts[politics] += legal }
        // Saying is a weak signal on its own (a report of a strike is about the strike), but
        // a passage that is mostly about saying is a statement.
        if counts[statement] == 1, counts[military] + counts[talks] > 0 {
            counts[statement] = 0
        }
        var best: EventKind = .other
        var bestCount = 0
        for (k, kind) in precedence.enumerated() where counts[k] > bestCount {
            best = kind
            bestCount = counts[k]
        }
        return best
    }
}
