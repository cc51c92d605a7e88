/// The content words of a passage, for telling whether two passages report the same
/// thing: lower case, quotes and punctuation ignored, short words and the lexicon's
/// `wordingFiller` dropped.
///
/// Words are kept as their 64-bit `WordHash`, not as Strings: merging compares every
/// pair of passages that may match, and needs no more than equality. Two different words of a corpus sharing a hash is
/// vanishingly unlikely (about n²/2⁶⁵ for n distinct words).
struct WordSet: Sendable {
    /// Sorted, without repeats: cheaper to build and to intersect than a Set.
    let words: [UInt64]

    /// Its words that name a happening told once a day (`singularHappening`: "crash").
    let singular: [UInt64]

    /// Its counts of two digits or more that are no year ("50" of "50 people were
    /// injured"): two reports giving the same count tell of the same thing.
    let figures: [UInt64]

    init(_ text: String, lexicon: Lexicon = .bundled) {
        var hashes: [UInt64] = []
        var singular: [UInt64] = []
        var figures: [UInt64] = []
        LowercaseBytes.eachWord(text) { bytes, hash in
            if Self.isCount(bytes) { figures.append(hash) }
            guard bytes.count >= 3 else { return }
            let classes = lexicon.classes(hash: hash)
            if !classes.contains(.wordingFiller) { hashes.append(hash) }
            if classes.contains(.singularHappening) { singular.append(hash) }
        }
        self.singular = singular
        self.figures = figures
        hashes.sort()
        var unique: [UInt64] = []
        unique.reserveCapacity(hashes.count)
        for h in hashes where unique.last != h { unique.append(h) }
        words = unique
    }

    /// The words of `texts` other than those of `names`, each cut to its first `stemLength`
    /// bytes ("introduced" and "introducing" alike): what two reports of one happening with the
    /// same participants still have in common when each tells it in its own words.
    init(stemsOf texts: [String], outside names: [String], lexicon: Lexicon = .bundled) {
        var nameWords = Set<UInt64>()
        for name in names { LowercaseBytes.eachWord(name) { _, hash in nameWords.insert(hash) } }
        var hashes: [UInt64] = []
        for text in texts {
            LowercaseBytes.eachWord(text) { bytes, hash in
                guard bytes.count >= 4, !nameWords.contains(hash),
                      !lexicon.classes(hash: hash).contains(.wordingFiller) else { return }
                hashes.append(WordHash.of(bytes: bytes.prefix(Self.stemLength)))
            }
        }
        hashes.sort()
        var unique: [UInt64] = []
        for h in hashes where unique.last != h { unique.append(h) }
        words = unique
        singular = []
        figures = []
    }

    static let stemLength = 5

    /// Whether both give one count ("at least 50 people", "50 passengers").
    func sharesFigure(with other: WordSet) -> Bool {
        figures.contains { other.figures.contains($0) }
    }

    /// Digits alone, two or more, and no year from 1800 to 2199: a year says when, not how many.
    private static func isCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count >= 2, bytes.allSatisfy(\.isASCIIDigit) else { return false }
        guard bytes.count == 4 else { return true }
        let century = Int(bytes[0] &- 0x30) * 10 + Int(bytes[1] &- 0x30)
        return century < 18 || century > 21
    }

    /// Whether both name the same happening told once a day ("the crash").
    func sharesSingularHappening(with other: WordSet) -> Bool {
        singular.contains { other.singular.contains($0) }
    }

    /// Whether `word` is one of its words (a binary search of the sorted words).
    func contains(_ word: UInt64) -> Bool {
        var lo = 0, hi = words.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if words[mid] < word { lo = mid + 1 } else { hi = mid }
        }
        return lo < words.count && words[lo] == word
    }

    func jaccard(_ other: WordSet) -> Double {
        if words.isEmpty || other.words.isEmpty { return 0 }
        let shared = sharedCount(other)
        return Double(shared) / Double(words.count + other.words.count - shared)
    }

    /// How many words the two have in common.
    func sharedCount(_ other: WordSet) -> Int {
        var shared = 0, i = 0, j = 0
        while i < words.count && j < other.words.count {
            if words[i] == other.words[j] { shared += 1; i += 1; j += 1 }
            else if words[i] < other.words[j] { i += 1 } else { j += 1 }
        }
        return shared
    }

    /// Whether the shorter of the two is told again in the longer: at least `minimum` of its
    /// words, and at least `share` of them, are in the other ("fought cancer in 2004" in a
    /// sentence that says that and more).
    func isWithin(_ other: WordSet, share: Double, minimum: Int) -> Bool {
        let shorter = min(words.count, other.words.count)
        guard shorter > 0 else { return false }
        let shared = sharedCount(other)
        return shared >= minimum && Double(shared) >= share * Double(shorter)
    }
}
