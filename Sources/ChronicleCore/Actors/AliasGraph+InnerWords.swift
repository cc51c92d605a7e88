/// A name told in full and with an inner word left out: "Lumen Music Store" and "Lumen
/// Store", "Vandel Aircraft Leasing Company" and "Vandel Leasing Company".
extension AliasGraph {
    private struct Ends: Hashable {
        var first: [UInt8]
        var last: [UInt8]

        init(_ words: [[UInt8]]) {
            first = words[0]
            last = words[words.count - 1]
        }
    }

    /// Joins each product's or organization's name to the one longer name of its kind with
    /// the same first and last words that holds its words in order. The words left out
    /// stand inside the name and none is a compass word: "University of Southern Lusk" is
    /// not "University of Lusk". A shorter name two longer ones could be stays apart.
    mutating func joinInnerWordForms() {
        let names = spellings { nodes[$0].words.count >= 2 && isProductOrOrganization($0) }
        var longer: [Ends: [Int]] = [:]
        for (s, spelling) in names.enumerated() where spelling.words.count >= 3 {
            longer[Ends(spelling.words), default: []].append(s)
        }
        guard !longer.isEmpty else { return }
        for short in names {
            guard let candidates = longer[Ends(short.words)] else { continue }
            let fitting = candidates.map { names[$0] }.filter {
                $0.kind == short.kind && leavesOutInnerWords(short.words, of: $0.words)
            }
            let owners = clusters(of: fitting)
            guard owners.count == 1, let owner = owners.first else { continue }
            join(short, to: owner)
        }
    }

    private func isProductOrOrganization(_ n: Int) -> Bool {
        let kind = dominantKind(n)
        return kind == .product || kind == .organization
    }

    /// Whether `short` is `long` with some of its inner words left out, none a compass word.
    private func leavesOutInnerWords(_ short: [[UInt8]], of long: [[UInt8]]) -> Bool {
        guard short.count < long.count else { return false }
        var k = 0
        for word in long {
            if k < short.count && word == short[k] {
                k += 1
            } else if lexicon.classes(lowerBytes: word).contains(.compassWord) {
                return false
            }
        }
        return k == short.count
    }
}
