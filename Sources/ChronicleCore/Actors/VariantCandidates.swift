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
    private var bySkeleton: PositionsByKey
    private var byDeletion: PositionsByKey
    /// Each word's deletion keys, worked out once: word `k`'s are
    /// `deletionKeys[keyStart[k]..<keyStart[k + 1]]`.
    private var deletionKeys: [UInt64] = []
    private var keyStart: [Int] = [0]
    private let skeletons: [UInt64]

    init(_ words: [[UInt8]]) {
        skeletons = words.map(Self.skeletonHash)
        let keyCount = words.reduce(0) { $0 + $1.count + 1 }
        bySkeleton = PositionsByKey(expectedCount: words.count)
        byDeletion = PositionsByKey(expectedCount: keyCount)
        deletionKeys.reserveCapacity(keyCount)
        keyStart.reserveCapacity(words.count + 1)
        for (k, w) in words.enumerated() {
            bySkeleton.add(skeletons[k], k)
            Self.appendDeletionKeys(w, to: &deletionKeys, from: keyStart[k])
            for key in deletionKeys[keyStart[k]...] { byDeletion.add(key, k) }
            keyStart.append(deletionKeys.count)
        }
    }

    /// Appends to `keys` the hashes of the word and of each spelling of it with one letter
    /// left out, without repeats (the part of `keys` from `start` on is the word's).
    private static func appendDeletionKeys(_ w: [UInt8], to keys: inout [UInt64], from start: Int) {
        keys.append(hash(w, skipping: -1))
        for i in w.indices {
            let key = hash(w, skipping: i)
            if !keys[start...].contains(key) { keys.append(key) }
        }
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
        var out: [Int] = []
        bySkeleton.append(skeletons[k], after: k, to: &out)
        for key in deletionKeys[keyStart[k]..<keyStart[k + 1]] { byDeletion.append(key, after: k, to: &out) }
        out.sort()
        var unique: [Int] = []
        unique.reserveCapacity(out.count)
        for p in out where unique.last != p { unique.append(p) }
        return unique
    }
}
