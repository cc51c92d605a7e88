/// The content words of a passage, for telling whether two passages report the same
/// thing: lower case, quotes and punctuation ignored, short and function words dropped.
///
/// Words are kept as their 64-bit `WordHash`, not as Strings: building a String per word
/// was most of the cost of merging. Two different words of a corpus sharing a hash is
/// vanishingly unlikely (about n²/2⁶⁵ for n distinct words).
struct WordSet: Sendable {
    let words: Set<UInt64>

    static let ignored: LowerWordSet = [
        "the", "and", "for", "that", "this", "with", "from", "have", "has", "had", "was",
        "were", "are", "his", "her", "its", "their", "they", "them", "who", "which", "will",
        "would", "said", "says", "also", "but", "not", "been", "than", "into", "over", "after",
        "before", "about", "there", "what", "when", "where", "while", "she", "him", "our",
        "out", "any", "all", "can", "could", "may", "might", "one", "two", "some", "more",
    ]

    init(_ text: String) {
        var set = Set<UInt64>()
        LowercaseBytes.eachWord(text) { bytes, hash in
            if bytes.count >= 3 && !WordSet.ignored.contains(bytes: bytes, hash: hash) { set.insert(hash) }
        }
        words = set
    }

    func jaccard(_ other: WordSet) -> Double {
        if words.isEmpty || other.words.isEmpty { return 0 }
        let shared = words.intersection(other.words).count
        return Double(shared) / Double(words.count + other.words.count - shared)
    }
}
