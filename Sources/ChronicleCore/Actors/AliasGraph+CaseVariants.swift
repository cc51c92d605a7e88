/// A name written with a capital inside a word ("eBay", "iOS", "YouTube") is spelled so on
/// purpose: the same letters in another case ("EBay", "IOS", "YOUTUBE") are a slip or a
/// shouted headline, and name the same actor whatever kind their own cues made them. Names
/// without such a capital are left to the variant joins, which ask their kinds to agree: an
/// acronym and a word of the same letters ("NICE", "Nice") are two names.
extension AliasGraph {
    mutating func joinCaseVariants() {
        // By folded words (`Shape.wordsNumber`): the lowercased text of the most mentioned
        // spelling with an inner capital, and a node of it.
        var normal = [(lower: String, node: Int, mentions: Int)?](repeating: nil, count: wordsNumbers.count)
        var mentionsOfSpelling = [Int](repeating: 0, count: spellingCount)
        var anyNormal = false
        var inner = [Bool?](repeating: nil, count: spellingCount)
        for n in textNodes {
            let spelling = nodes[n].shape.number
            mentionsOfSpelling[spelling] += nodes[n].mentions
            if inner[spelling] == nil { inner[spelling] = Self.hasInnerCapital(nodes[n].text) }
            anyNormal = anyNormal || inner[spelling]!
        }
        guard anyNormal else { return }
        for n in textNodes where inner[nodes[n].shape.number]! {
            let mentions = mentionsOfSpelling[nodes[n].shape.number]
            let number = nodes[n].shape.wordsNumber
            if let known = normal[number], known.mentions >= mentions { continue }
            normal[number] = (nodes[n].text.lowercased(), n, mentions)
        }
        // By spelling: whether it is its words' normal form in some case (nil not worked out).
        var sameLetters = [Bool?](repeating: nil, count: spellingCount)
        for n in textNodes {
            guard let target = normal[nodes[n].shape.wordsNumber] else { continue }
            let spelling = nodes[n].shape.number
            if sameLetters[spelling] == nil { sameLetters[spelling] = nodes[n].text.lowercased() == target.lower }
            if sameLetters[spelling]! { union(target.node, n) }
        }
    }

    /// Whether a lowercase letter is followed by a capital in `text` ("eBay", "YouTube").
    static func hasInnerCapital(_ text: String) -> Bool {
        var lastLower = false
        for b in text.utf8 {
            if lastLower && b.isASCIIUpper { return true }
            lastLower = b.isASCIILower
        }
        return false
    }
}
