/// A name told in full and with an inner word left out: "Lumen Music Store" and "Lumen
/// Store", "Vandel Aircraft Leasing Company" and "Vandel Leasing Company".
extension AliasGraph {
    private struct Ends: Hashable {
        var first: [UInt8]
        var last: [UInt8]
    }

    /// Joins each product's or organization's name to the one longer name of its kind with
    /// the same first and last words that holds its words in order. The words left out
    /// stand inside the name and none is a compass word: "University of Southern Lusk" is
    /// not "University of Lusk". A shorter name two longer ones could be stays apart.
    mutating func joinInnerWordForms() {
        var longer: [Ends: [Int]] = [:]
        for n in textNodes where nodes[n].words.count >= 3 && isProductOrOrganization(n) {
            longer[ends(n), default: []].append(n)
        }
        guard !longer.isEmpty else { return }
        for n in textNodes where nodes[n].words.count >= 2 && isProductOrOrganization(n) {
            guard let candidates = longer[ends(n)] else { continue }
            let kind = dominantKind(n)
            let owners = Set(candidates.filter { m in
                dominantKind(m) == kind && leavesOutInnerWords(nodes[n].words, of: nodes[m].words)
            }.map { find($0) })
            guard owners.count == 1, let owner = owners.first, owner != find(n) else { continue }
            union(owner, n)
        }
    }

    private func isProductOrOrganization(_ n: Int) -> Bool {
        let kind = dominantKind(n)
        return kind == .product || kind == .organization
    }

    private func ends(_ n: Int) -> Ends { Ends(first: nodes[n].words[0], last: nodes[n].words[nodes[n].words.count - 1]) }

    /// Whether `short` is `long` with some of its inner words left out, none a compass word.
    private func leavesOutInnerWords(_ short: [[UInt8]], of long: [[UInt8]]) -> Bool {
        guard short.count < long.count else { return false }
        var k = 0
        for word in long {
            if k < short.count && word == short[k] {
                k += 1
            } else if lexicon.classes(lower: String(decoding: word, as: UTF8.self)).contains(.compassWord) {
                return false
            }
        }
        return k == short.count
    }
}
