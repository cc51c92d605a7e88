/// The content words of a passage, for telling whether two passages report the same
/// thing: lower case, quotes and punctuation ignored, short and function words dropped.
///
/// Words are kept as their 64-bit `WordHash`, not as Strings: merging compares every
/// pair of passages that may match, and needs no more than equality. Two different words of a corpus sharing a hash is
/// vanishingly unlikely (about n²/2⁶⁵ for n distinct words).
struct WordSet: Sendable {
    /// Sorted, without repeats: cheaper to build and to intersect than a Set.
    let words: [UInt64]

    static let ignored: LowerWordSet = [
        "the", "and", "for", "that", "this", "with", "from", "have", "has", "had", "was",
        "were", "are", "his", "her", "its", "their", "they", "them", "who", "which", "will",
        "would", "said", "says", "also", "but", "not", "been", "than", "into", "over", "after",
        "before", "about", "there", "what", "when", "where", "while", "she", "him", "our",
        "out", "any", "all", "can", "could", "may", "might", "one", "two", "some", "more",
    ]

    init(_ text: String) {
        var hashes: [UInt64] = []
        LowercaseBytes.eachWord(text) { bytes, hash in
            if bytes.count >= 3 && !WordSet.ignored.contains(bytes: bytes, hash: hash) { hashes.append(hash) }
        }
        hashes.sort()
        var unique: [UInt64] = []
        unique.reserveCapacity(hashes.count)
        for h in hashes where unique.last != h { unique.append(h) }
        words = unique
    }

    func jaccard(_ other: WordSet) -> Double {
        if words.isEmpty || other.words.isEmpty { return 0 }
        var shared = 0, i = 0, j = 0
        while i < words.count && j < other.words.count {
            if words[i] == other.words[j] { shared += 1; i += 1; j += 1 }
            else if words[i] < other.words[j] { i += 1 } else { j += 1 }
        }
        return Double(shared) / Double(words.count + other.words.count - shared)
    }
}
