import Testing
@testable import ChronicleCore

/// The spellings of a document's capitalised words, asked about by its other words: by
/// their lower case, in any script, and never by a word only sharing its start.
@Suite struct SpellingsMetTests {
    static func met(_ text: String) -> (SpellingsMet, [Token], [UInt8]) {
        let utf8 = Array(text.utf8)
        let words = WordScanner.tokens(utf8)
        var met = SpellingsMet(words, expectedCount: 1)
        for k in words.indices where words[k].isCapitalized { met.insert(k, in: utf8) }
        return (met, words, utf8)
    }

    @Test func aLowerCaseWordFindsTheCapitalisedSpelling() {
        let (met, words, utf8) = Self.met("Harbor crews met. The harbor crew left Élan for élan and harbors.")
        let asked = ["harbor", "crew", "élan", "harbors", "the"]
        let found = asked.map { w in words.contains { $0.lower(utf8) == w && !$0.isCapitalized && met.contains($0, in: utf8) } }
        #expect(found == [true, false, true, false, false])
    }

    @Test func manySpellingsOutgrowTheFirstTable() {
        let names = (0..<40).map { "Tarn\(String(UnicodeScalar(UInt8(97 + $0 % 26))))\($0 / 26 == 0 ? "" : "o")" }
        let (met, words, utf8) = Self.met(names.joined(separator: " ") + " tarna tarnzo tarnq")
        let lower = words.suffix(3)
        #expect(lower.map { met.contains($0, in: utf8) } == [true, false, true])
    }
}
