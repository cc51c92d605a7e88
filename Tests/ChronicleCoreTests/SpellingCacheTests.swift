import Testing
@testable import ChronicleCore

/// A long text's words share the Strings of spellings met before (`SpellingCache`): each
/// word must still read as its own bytes, whatever its case, script or ending.
@Suite struct SpellingCacheTests {
    @Test func repeatedSpellingsReadAsTheirOwnBytes() {
        let paragraph = "The mayor of Székesfehérvár said the Mayor’s office and THE council met O'Neill, "
            + "the U.S. envoy, and the U.S. Treasury; Orbán's aide and orbán-era rules were the topic. "
        let text = String(repeating: paragraph, count: 12) + "Then the Ministry of Finance spoke."
        let utf8 = Array(text.utf8)
        #expect(utf8.count >= 1024)  // long enough for the scanner to keep a cache
        let words = WordScanner.scan(utf8)
        for w in words {
            let bytes = String(decoding: utf8[w.range.start..<w.range.end], as: UTF8.self)
            #expect(w.text == bytes)
            #expect(w.lower == bytes.lowercased())
            #expect(w.lowerHash == WordHash.of(w.lower))
        }
        // Same spelling, different case: separate texts, one lower-case form.
        let the = words.filter { $0.lower == "the" }.map(\.text)
        #expect(Set(the) == ["The", "the", "THE"])
        #expect(words.filter { $0.text == "Mayor" }.allSatisfy { $0.isPossessive })
        #expect(words.last?.text == "spoke")
    }
}
