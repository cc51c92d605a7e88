import Testing
@testable import ChronicleCore

/// The tokenizer's own decisions: where sentences start, and which words the lexicon knows.
@Suite struct TimeTokenizerTests {
    func tokens(_ text: String) -> (words: [String], starts: [String], classes: [String: LexClass]) {
        let bytes = Array(text.utf8)
        let tokens = TimeTokens(bytes).tokens
        func word(_ t: TimeToken) -> String { String(decoding: bytes[Int(t.start)..<Int(t.end)], as: UTF8.self) }
        var classes: [String: LexClass] = [:]
        for t in tokens where t.kind == .word { classes[word(t)] = t.cls }
        return (tokens.map(word), tokens.filter { $0.flags.contains(.sentenceStart) }.map(word), classes)
    }

    @Test func stopsStartSentencesUnlessATitleOrAGluedNumberFollows() {
        let t = tokens("Mr. Okafor met the Harbor Co. board. It voted! Why? 4 members left. Dr. Ruiz wrote 13.06.2023 in P. Lang's notes.\nlater it rained")
        #expect(t.starts == ["Mr", "It", "Why", "4", "Dr", "later"])
    }

    @Test func lexiconWordsAreFoundInAnyCaseAndOthersAreNot() {
        let t = tokens("TUESDAY Dec. fortnight Quarterly thirteenth Thanksgiving overnight tuesdays decembers 2024s")
        #expect(t.classes["TUESDAY"] == .weekday && t.classes["Dec"] == nil && t.classes["Dec."] == .month)
        #expect(t.classes["fortnight"] == .unit && t.classes["Quarterly"] == .keyword)
        #expect(t.classes["thirteenth"] == .ordinal && t.classes["Thanksgiving"] == .holiday)
        #expect(t.classes["overnight"] == .dayPart)
        #expect(t.classes["tuesdays"] == LexClass.none && t.classes["decembers"] == LexClass.none)
    }
}
