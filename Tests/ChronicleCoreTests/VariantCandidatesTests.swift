import Testing
@testable import ChronicleCore

@Suite struct VariantCandidatesTests {
    @Test func everyVariantPairIsACandidate() {
        // Spellings of a few invented names with the usual drifts (vowels, doubled and
        // swapped letters, a dropped letter), mixed with unrelated words.
        let spellings = ["Borodenko", "Borodienko", "Borodneko", "Boroddenko", "Brodenko", "Kalvik", "Kalvick",
                         "Kalwik", "Kelvik", "Tamsin", "Tamzin", "Tasmin", "Tamsinn", "Ostrava", "Ostrova",
                         "Orsk", "Ursk", "Pellan", "Pelan", "Pallen", "Vinter", "Winter", "Vintner", "Kiev",
                         "Kyiv", "Kiiv", "Marrow", "Morrow", "Narrow"]
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<20 {
            let words = (spellings + spellings.shuffled(using: &rng).prefix(8)).shuffled(using: &rng)
                .map(NameVariants.fold)
            let candidates = VariantCandidates(words)
            for i in words.indices {
                let found = Set(candidates.after(i))
                #expect(found.allSatisfy { $0 > i })
                for j in (i + 1)..<words.count where NameVariants.areVariants(folded: words[i], words[j]) {
                    #expect(found.contains(j), "\(words[i]) ~ \(words[j])")
                }
            }
        }
    }

    @Test func unrelatedNamesAreNotCompared() {
        let words = ["Borodenko", "Kalvik", "Tamsin", "Ostrava", "Pellan"].map(NameVariants.fold)
        let candidates = VariantCandidates(words)
        #expect(words.indices.allSatisfy { candidates.after($0).isEmpty })
    }
}
