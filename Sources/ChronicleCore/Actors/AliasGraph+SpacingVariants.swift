/// One name split in two ways: "Antonio Horta-Osorio" and "António Horta Osório", "Jean-Paul
/// Roe" and "Jean Paul Roe", "Galaxy Note7" and "Galaxy Note 7", "Velo AI" and "VeloAI".
/// Folded, a hyphen is no letter, so the two spell the same letters in a different number
/// of words.
extension AliasGraph {
    /// Joins the names of people, of products and of organizations whose folded words, run
    /// together, are the same letters.
    mutating func joinSpacingVariants() {
        for kind in [ActorKind.person, .product, .organization] {
            var byLetters: [[UInt8]: Int] = [:]
            for spelling in spellings(where: { dominantKind($0) == kind }) {
                let letters = Array(spelling.words.joined())
                guard letters.count >= 6 else { continue }
                guard let first = byLetters[letters] else {
                    byLetters[letters] = spelling.nodes[0]
                    continue
                }
                if kind == .person { joinAsOnePerson(first, spelling.nodes[0]) } else { union(first, spelling.nodes[0]) }
            }
        }
    }
}
