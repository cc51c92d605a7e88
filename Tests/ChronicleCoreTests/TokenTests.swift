import Testing
@testable import ChronicleCore

/// A token is a word without its Strings: same place, shape and hash, and its text and
/// lower-case form read back from the bytes are the word's.
@Suite struct TokenTests {
    @Test func tokensAreTheWordsWithoutTheirText() {
        let utf8 = Array("Élysée aides told ORBÁN’s U.S. envoy: O’Brien's co-pilot said «Москва» then.".utf8)
        let words = WordScanner.scan(utf8)
        let tokens = WordScanner.tokens(utf8)
        #expect(tokens.count == words.count)
        for (w, t) in zip(words, tokens) {
            #expect(t.range == w.range && t.lowerHash == w.lowerHash)
            #expect([t.isCapitalized, t.isAllCaps, t.hasDigit, t.isPossessive, t.breakBefore, t.lineStart,
                     t.dotOnlyBefore, t.afterStop]
                    == [w.isCapitalized, w.isAllCaps, w.hasDigit, w.isPossessive, w.breakBefore, w.lineStart,
                        w.dotOnlyBefore, w.afterStop])
            #expect(t.text(utf8) == w.text && t.lower(utf8) == w.lower)
            #expect(t.spells(w.lower, in: utf8))
        }
    }

    @Test func spellsOnlyItsOwnLowerCase() {
        let utf8 = Array("The theme of Élysée".utf8)
        let tokens = WordScanner.tokens(utf8)
        #expect(tokens[0].spells("the", in: utf8) && !tokens[0].spells("The", in: utf8))
        #expect(!tokens[1].spells("the", in: utf8) && !tokens[0].spells("them", in: utf8))
        #expect(tokens[3].spells("élysée", in: utf8) && !tokens[3].spells("elysee", in: utf8))
    }

    @Test func wordSetsAndTheLexiconAnswerTokensAsWords() {
        let utf8 = Array("Police said the Ministry WROTE".utf8)
        let set: LowerWordSet = ["police", "wrote"]
        let words = WordScanner.scan(utf8)
        let tokens = WordScanner.tokens(utf8)
        #expect(tokens.map { set.contains($0, in: utf8) } == words.map { set.contains($0) })
        #expect(tokens.map { set.contains($0, in: utf8) } == [true, false, false, false, true])
        #expect(tokens.map { Lexicon.bundled.classes($0) } == words.map { Lexicon.bundled.classes($0) })
    }
}
