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

    @Test func moreWordsThanTheFirstGuessAreAllKept() {
        // One-letter words: far more than one word in six bytes, the sink's first guess.
        let text = (0..<500).map { ["a", "I", "x", "Q"][$0 % 4] }.joined(separator: " ")
        let utf8 = Array(text.utf8)
        let tokens = WordScanner.tokens(utf8)
        #expect(tokens.count == 500)
        #expect(tokens.map(\.range) == WordScanner.scan(utf8).map(\.range))
        #expect(tokens.last?.text(utf8) == "Q" && tokens.last?.range.end == utf8.count)
        #expect(WordScanner.tokens([]).isEmpty)
    }

    @Test func spellsOnlyItsOwnLowerCase() {
        let utf8 = Array("The theme of Élysée".utf8)
        let tokens = WordScanner.tokens(utf8)
        #expect(tokens[0].spells("the", in: utf8) && !tokens[0].spells("The", in: utf8))
        #expect(!tokens[1].spells("the", in: utf8) && !tokens[0].spells("them", in: utf8))
        #expect(tokens[3].spells("élysée", in: utf8) && !tokens[3].spells("elysee", in: utf8))
    }

    @Test func wordSetsAndTheLexiconAnswerTokensAsTheirLowerCase() {
        let utf8 = Array("Police said the Ministry WROTE".utf8)
        let set: LowerWordSet = ["police", "wrote"]
        let tokens = WordScanner.tokens(utf8)
        #expect(tokens.map { set.contains($0, in: utf8) } == tokens.map { set.contains($0.lower(utf8)) })
        #expect(tokens.map { set.contains($0, in: utf8) } == [true, false, false, false, true])
        #expect(tokens.map { Lexicon.bundled.classes($0) } == tokens.map { Lexicon.bundled.classes(lower: $0.lower(utf8)) })
    }
}

/// What the actor recognizer asks of a token, read from the bytes: its case, its exact
/// spelling, a gazetteer name and a known surname.
extension TokenTests {
    @Test func caseAndSpellingAreReadFromTheBytes() {
        let utf8 = Array("Marlow met émigré Élysée staff and the NATO-backed envoys".utf8)
        let t = WordScanner.tokens(utf8)
        #expect(t.map { $0.isLowercase(in: utf8) } == [false, true, true, false, true, true, true, false, true])
        #expect(t.map(\.isASCII) == [true, true, false, false, true, true, true, true, true])
        #expect(t[0].isWritten("Marlow", in: utf8) && !t[0].isWritten("marlow", in: utf8) && !t[0].isWritten("Marlo", in: utf8))
        #expect(t[3].lowerEquals("élysée", in: utf8) && !t[3].lowerEquals("élysé", in: utf8))
        #expect(t[8].lowerEnds(with: "s", in: utf8) && t[8].lowerEnds(with: "voys", in: utf8) && !t[1].lowerEnds(with: "s", in: utf8))
        #expect(t[3].lowerCount(utf8) == 6 && t[0].lowerCount(utf8) == 6)
        #expect(t[7].contains(UInt8(ascii: "-"), in: utf8) && !t[6].contains(UInt8(ascii: "-"), in: utf8))
        #expect(t[0].textHash(utf8) == WordHash.of("Marlow") && t[0].textHash(utf8) != t[0].lowerHash)
    }

    @Test func gazetteerNamesAndKnownSurnamesMatchTokens() {
        let gazetteer = Gazetteer(entries: [Gazetteer.Entry(name: "Port Vesna", kind: .place, aliases: ["Vesna"])])
        let index = GazetteerIndex(gazetteer)
        let utf8 = Array("Ships left Port vesna for VESNA and Vesna.".utf8)
        let t = WordScanner.tokens(utf8)
        // Later words of a longer name may differ in case; a one-word alias may not.
        #expect(index.match(t, at: 2, limit: t.count, in: utf8)?.length == 2)
        #expect(index.match(t, at: 5, limit: t.count, in: utf8) == nil)
        #expect(index.match(t, at: 7, limit: t.count, in: utf8)?.length == 1)
        #expect(index.entry(for: t[7], in: utf8) == 0 && index.entry(for: t[5], in: utf8) == nil)
        var known = KnownNames()
        known.add(ActorMention(range: ByteRange(0, 8), text: "Ana Vesna", kind: .person, wordCount: 2))
        #expect(known.containsLastWord(t[7], in: utf8) && !known.containsLastWord(t[5], in: utf8))
    }
}
