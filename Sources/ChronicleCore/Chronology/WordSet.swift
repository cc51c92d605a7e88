/// The content words of a passage, for telling whether two passages report the same
/// thing: lower case, quotes and punctuation ignored, short and function words dropped.
struct WordSet: Sendable {
    let words: Set<String>

    static let ignored: Set<String> = [
        "the", "and", "for", "that", "this", "with", "from", "have", "has", "had", "was",
        "were", "are", "his", "her", "its", "their", "they", "them", "who", "which", "will",
        "would", "said", "says", "also", "but", "not", "been", "than", "into", "over", "after",
        "before", "about", "there", "what", "when", "where", "while", "she", "him", "our",
        "out", "any", "all", "can", "could", "may", "might", "one", "two", "some", "more",
    ]

    init(_ text: String) {
        var set = Set<String>()
        for word in LowercaseBytes.words(text) where word.utf8.count >= 3 && !WordSet.ignored.contains(word) {
            set.insert(word)
        }
        words = set
    }

    func jaccard(_ other: WordSet) -> Double {
        if words.isEmpty || other.words.isEmpty { return 0 }
        let shared = words.intersection(other.words).count
        return Double(shared) / Double(words.count + other.words.count - shared)
    }
}
