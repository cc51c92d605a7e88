/// A product line called by its own word alone: "the MAX" is the "Z7 MAX" whose variants
/// ("Z7 MAX 8", "Z7 MAX 9") all extend its name.
extension AliasGraph {
    /// Joins a one-word name that no cue made a person or a place to the product whose name
    /// holds that word after its first and is held, word for word, by every other product
    /// name that holds it. Never a product's first word: that is its maker ("Vandel" of
    /// "Vandel Z7"). The line's family (every product name holding the word, "MAX 9" too)
    /// must be named more often than the word alone, and the word must
    /// be the only name of its actor so far ("SDK" of "Software Development Kit", "X" of
    /// "Vandel" stay): a word used mostly on its own ("OS", "Apps") is a word of its own.
    mutating func joinProductFamilyWords() {
        let products = spellings { dominantKind($0) == .product && nodes[$0].words.count >= 2 }
        var holding: [[UInt8]: [Int]] = [:]
        // With the names that open with the word too ("Z7 MAX 8" and "MAX 9"): the family.
        var family: [[UInt8]: [Int]] = [:]
        for (s, product) in products.enumerated() {
            for word in Set(product.words.dropFirst()) { holding[word, default: []].append(s) }
            for word in Set(product.words) { family[word, default: []].append(s) }
        }
        guard !holding.isEmpty else { return }
        // By cluster root, in arrays: every node of the corpus is counted. A spelling's words
        // are told by their number (`Shape.wordsNumber`), the gazetteer's placeholders (no
        // words) by that of no words.
        let noWords = wordsNumbers[[]] ?? -1
        var mentions = [Int](repeating: 0, count: nodes.count)
        var spellingOf = [Int](repeating: -2, count: nodes.count)
        var mixed = [Bool](repeating: false, count: nodes.count)
        for n in nodes.indices {
            let r = find(n)
            mentions[r] += nodes[n].mentions
            let number = nodes[n].shape.wordsNumber < 0 ? noWords : nodes[n].shape.wordsNumber
            if spellingOf[r] == -2 { spellingOf[r] = number } else if spellingOf[r] != number { mixed[r] = true }
        }
        let words = spellings { nodes[$0].words.count == 1 && (dominantKind($0) == .organization || dominantKind($0) == nil) }
        for word in words {
            guard let holders = holding[word.words[0]],
                  let line = holders.min(by: { products[$0].words.count < products[$1].words.count }),
                  holders.allSatisfy({ Self.holds(products[$0].words, run: products[line].words) }) else { continue }
            let own = clusters(of: [word])
            let lines = clusters(of: [products[line]])
            let named = clusters(of: (family[word.words[0]] ?? []).map { products[$0] })
            guard own.count == 1, let cluster = own.first, !mixed[cluster],
                  lines.count == 1, let owner = lines.first,
                  named.reduce(0, { $0 + mentions[$1] }) > mentions[cluster] else { continue }
            // Its mentions count as the product's: "the MAX said" reads like a body's name.
            for n in word.nodes { regardAll(n, as: .product) }
            join(word, to: owner)
        }
    }

    /// Whether `words` hold `run` word for word, side by side ("Vandel Z7 MAX 8" holds "Z7 MAX").
    private static func holds(_ words: [[UInt8]], run: [[UInt8]]) -> Bool {
        guard run.count <= words.count else { return false }
        return (0...(words.count - run.count)).contains { words[$0..<($0 + run.count)].elementsEqual(run) }
    }
}
