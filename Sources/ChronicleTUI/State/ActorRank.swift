import Foundation

/// How well a typed query names an actor, best first: the whole name or an alias, the
/// start of one, the start of a word in one, then letters in order (fzf-style). "kiev"
/// finds Kyiv by its alias before any name that merely holds k, i, e, v in order.
public enum ActorRank: Int, Comparable, Sendable {
    case exact, prefix, wordPrefix, fuzzy

    public static func < (a: ActorRank, b: ActorRank) -> Bool { a.rawValue < b.rawValue }

    /// Case and accents ignored, so "kyiv" finds "Kyïv" and "zelenskyy" "Zelenskyy".
    public static func fold(_ s: String) -> String {
        s.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    /// The best rank among the spellings (already folded) and a score that orders within
    /// it; nil when none matches.
    public static func rank(_ query: String, spellings: [String]) -> (rank: ActorRank, score: Int)? {
        let q = fold(query).trimmingCharacters(in: .whitespaces)
        guard !q.isEmpty else { return (.exact, 0) }
        var best: (rank: ActorRank, score: Int)?
        func offer(_ r: ActorRank, _ score: Int) {
            if best == nil || r < best!.rank || (r == best!.rank && score > best!.score) { best = (r, score) }
        }
        for s in spellings {
            if s == q {
                offer(.exact, 0)
            } else if s.hasPrefix(q) {
                // The shorter the rest, the closer the name.
                offer(.prefix, -s.count)
            } else if s.split(whereSeparator: { $0 == " " || $0 == "-" }).contains(where: { $0.hasPrefix(q) }) {
                offer(.wordPrefix, -s.count)
            } else if let f = FuzzyMatch.score(q, s) {
                offer(.fuzzy, f)
            }
        }
        return best
    }
}
