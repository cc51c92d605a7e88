/// One person's name split in two ways: "Antonio Horta-Osorio" and "António Horta Osório",
/// "Jean-Paul Roe" and "Jean Paul Roe", "DeSantis" and "De Santis". Folded, a hyphen is no
/// letter, so the two spell the same letters in a different number of words.
extension AliasGraph {
    /// Joins the people's names whose folded words, run together, are the same letters.
    mutating func joinSpacingVariants() {
        let people = spellings { dominantKind($0) == .person }
        var byLetters: [[UInt8]: Int] = [:]
        for spelling in people {
            let letters = Array(spelling.words.joined())
            guard letters.count >= 6 else { continue }
            if let first = byLetters[letters] {
                joinAsOnePerson(first, spelling.nodes[0])
            } else {
                byLetters[letters] = spelling.nodes[0]
            }
        }
    }
}
