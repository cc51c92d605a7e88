/// A product line called by its own word alone: "the MAX" is the "Z7 MAX" whose variants
/// ("Z7 MAX 8", "Z7 MAX 9") all extend its name.
extension AliasGraph {
    /// Joins a one-word name that no cue made a person or a place to the product whose name
    /// holds that word after its first and is held, word for word, by every other product
    /// name that holds it. Never a product's first word: that is its maker ("Vandel" of
    /// "Vandel Z7"). The line must be named more often than the word alone, and the word must
    /// not be the short form of a longer name already ("SDK" of "Software Development Kit"):
    /// a word used mostly on its own ("OS", "Apps") is a word of its own.
    mutating func joinProductFamilyWords() {
        var holding: [[UInt8]: [Int]] = [:]
        for n in textNodes where isProduct(n) && nodes[n].words.count >= 2 {
            for word in Set(nodes[n].words.dropFirst()) { holding[word, default: []].append(n) }
        }
        guard !holding.isEmpty else { return }
        var mentions: [Int: Int] = [:]
        var multiWord = Set<Int>()
        for n in nodes.indices {
            mentions[find(n), default: 0] += nodes[n].mentions
            if nodes[n].words.count > 1 { multiWord.insert(find(n)) }
        }
        for n in textNodes where nodes[n].words.count == 1 {
            let kind = dominantKind(n)
            guard kind == .organization || kind == nil, !multiWord.contains(find(n)),
                  let products = holding[nodes[n].words[0]],
                  let line = products.min(by: { nodes[$0].words.count < nodes[$1].words.count }),
                  products.allSatisfy({ Self.holds(nodes[$0].words, run: nodes[line].words) }),
                  mentions[find(line), default: 0] > mentions[find(n), default: 0] else { continue }
            union(line, n)
        }
    }

    /// Whether `words` hold `run` word for word, side by side ("Vandel Z7 MAX 8" holds "Z7 MAX").
    private static func holds(_ words: [[UInt8]], run: [[UInt8]]) -> Bool {
        guard run.count <= words.count else { return false }
        return (0...(words.count - run.count)).contains { words[$0..<($0 + run.count)].elementsEqual(run) }
    }
}
