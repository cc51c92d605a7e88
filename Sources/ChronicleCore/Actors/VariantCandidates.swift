import Algorithms

/// For each folded word of a list, the later words of the list that can be its variants
/// (`NameVariants.areVariants`), found through keys that every pair of variants shares:
/// the consonant skeleton (equal words and same-consonant variants), and for a typo (one
/// edit apart) the word itself and the word with one letter left out: one insertion,
/// deletion, substitution or swap of neighbours always leaves two such keys equal.
/// Comparing only these keeps joining near-linear in the number of distinct names, where
/// comparing every pair in a first-letter bucket grew with its square.
struct VariantCandidates {
    // Keys are kept as hashes of their bytes: a collision only adds a candidate, which
    // the caller's comparison turns away.
    private var bySkeleton: [UInt64: [Int]] = [:]
    private var byDeletion: [UInt64: [Int]] = [:]
    private let words: [[UInt8]]

    init(_ words: [[UInt8]]) {
        self.words = words
        for (k, w) in words.enumerated() {
            bySkeleton[Self.skeletonHash(w), default: []].append(k)
            for key in Self.deletionKeys(w) { byDeletion[key, default: []].append(k) }
        }
    }

    /// Hashes of the word and of each spelling of it with one letter left out, without
    /// repeats.
    static func deletionKeys(_ w: [UInt8]) -> [UInt64] {
        var keys: [UInt64] = [hash(w, skipping: -1)]
        for i in w.indices {
            let key = hash(w, skipping: i)
            if !keys.contains(key) { keys.append(key) }
        }
        return keys
    }

    private static func hash(_ w: [UInt8], skipping skip: Int) -> UInt64 {
        var h = WordHash.seed
        for (i, b) in w.enumerated() where i != skip { h = WordHash.adding(h, b) }
        return h
    }

    /// The hash of the consonants of a folded word, each read once when repeated (as
    /// `NameVariants.shareConsonants` reads them).
    static func skeletonHash(_ w: [UInt8]) -> UInt64 {
        var h = WordHash.seed
        var last: UInt8? = nil
        for c in w where !NameVariants.isVowel(c) && c != last {
            h = WordHash.adding(h, c)
            last = c
        }
        return h
    }

    /// Positions after `k` whose words may be variants of word `k`, ascending.
    func after(_ k: Int) -> [Int] {
        let w = words[k]
        var out: [Int] = []
        func add(_ list: [Int]?) {
            guard let list else { return }
            // Lists are ascending: take the part after k.
            out.append(contentsOf: list[list.partitioningIndex { $0 > k }...])
        }
        add(bySkeleton[Self.skeletonHash(w)])
        for key in Self.deletionKeys(w) { add(byDeletion[key]) }
        out.sort()
        var unique: [Int] = []
        unique.reserveCapacity(out.count)
        for p in out where unique.last != p { unique.append(p) }
        return unique
    }
}
