/// A name written with what it belongs to before it: "U.S. Federal Aviation Agency" is the
/// "Federal Aviation Agency" the corpus also names alone, "Vandel Z300" the "Z300" of its
/// maker Vandel.
extension AliasGraph {
    /// Joins an organization's name that opens with a place, and a product's that opens
    /// with an organization, to the rest of the name when the corpus names that alone, of
    /// the same kind: one such name, of at least two words for an organization. A rest that
    /// two places or makers qualify ("Lisbon Harbour Pilots", "Porto Harbour Pilots") is
    /// neither's, and an institution's rest ("Ministry of Defense") names one in every
    /// country, so it is left to the institution keys.
    mutating func joinQualifiedNames() {
        let all = spellings { _ in true }
        // The spellings of each numbered word list (`Shape.wordsNumber`).
        var byWords = [[Int]](repeating: [], count: wordsNumbers.count)
        for (s, spelling) in all.enumerated() { byWords[nodes[spelling.nodes[0]].shape.wordsNumber].append(s) }
        var qualified: [Int: [(spelling: Int, qualifier: [[UInt8]])]] = [:]
        for (s, spelling) in all.enumerated() where spelling.words.count >= 2 {
            guard let kind = spelling.kind, kind == .organization || kind == .product else { continue }
            let words = spelling.words
            let qualifier: ActorKind = kind == .product ? .organization : .place
            for split in 1..<words.count {
                let rest = Array(words[split...])
                guard kind == .product || rest.count >= 2 else { break }
                let before = Array(words[..<split])
                guard let written = wordsNumbers[before].map({ byWords[$0] }),
                      written.contains(where: { all[$0].kind == qualifier }),
                      let named = wordsNumbers[rest].map({ byWords[$0] }) else { continue }
                let owners = clusters(of: named.map { all[$0] }.filter {
                    $0.kind == kind && nodes[$0.nodes[0]].orgKey == nil
                })
                if owners.count == 1, let owner = owners.first {
                    qualified[owner, default: []].append((s, before))
                    break
                }
            }
        }
        for owner in qualified.keys.sorted() {
            let forms = qualified[owner]!
            guard Set(forms.map(\.qualifier)).count == 1 else { continue }
            for form in forms { join(all[form.spelling], to: owner) }
        }
    }
}
