/// Decides an event's kind from general cue words of its passage: fighting is
/// `military`, meetings and negotiations `talks`, intentions and proposals `plan`,
/// elections, laws and appointments `politics`, sayings `statement`.
public enum EventKindClassifier {
    /// Ties go to the first kind in this order.
    static let precedence: [EventKind] = [.statement, .military, .talks, .plan, .politics]
    private static let statement = precedence.firstIndex(of: .statement)!
    private static let military = precedence.firstIndex(of: .military)!
    private static let talks = precedence.firstIndex(of: .talks)!
    private static let politics = precedence.firstIndex(of: .politics)!

    /// The cue class of each kind in `precedence`.
    private static let cueClasses: [WordClasses] = precedence.map {
        switch $0 {
        case .statement: return .statementCue
        case .military: return .militaryCue
        case .talks: return .talksCue
        case .plan: return .planCue
        case .politics: return .politicsCue
        default: return .none
        }
    }

    /// Any cue: most words are none, and are left after one test.
    private static let anyCue: WordClasses = [.statementCue, .militaryCue, .talksCue, .planCue, .politicsCue,
                                              .crimeCue, .civilCue, .armyCue]

    private static let will = WordHash.of("will")
    private static let nounOpeners: WordClasses = [.possessivePronoun, .article]

    /// The cue words are the lexicon's (one look-up per word gives all its cues).
    public static func classify(_ text: String, lexicon: Lexicon = .bundled) -> EventKind {
        // One counter per kind, in `precedence` order: no dictionary to build per passage.
        var counts = [Int](repeating: 0, count: precedence.count)
        var crime = false, civil = false, army = false
        var legal = 0
        var figurative = 0
        let cueClasses = Self.cueClasses
        var previous: WordClasses = []
        LowercaseBytes.eachWord(text) { _, hash in
            let classes = lexicon.classes(hash: hash)
            defer { previous = classes }
            guard !classes.isDisjoint(with: anyCue) else { return }
            // "against her will", "the will of the people": the noun, no intention.
            if hash == Self.will, !previous.isDisjoint(with: Self.nounOpeners) { return }
            for k in counts.indices where classes.isSuperset(of: cueClasses[k]) {
                if k == politics && classes.contains(.legalCue) { legal += 1 }
                else if k == military && classes.contains(.figurativeMilitaryCue) { figurative += 1 }
                else { counts[k] += 1 }
            }
            if classes.contains(.crimeCue) { crime = true }
            if classes.contains(.civilCue) { civil = true }
            if classes.contains(.armyCue) { army = true }
        }
        // "fired its chief executive", "an advance dividend": such a word alone is no fighting;
        // beside a word of fighting alone, or another ("strikes killed five"), it is.
        if counts[military] > 0 || army || figurative >= 2 { counts[military] += figurative }
        // A crash, a grounding, a storm or a walkout kills and strikes without armed forces:
        // military only when an army word is there too.
        if civil && !army { counts[military] = 0 }
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
