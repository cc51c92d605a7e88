import Testing
@testable import ChronicleCore

/// Time tokens read with the document's scanned words are the tokens read from the bytes
/// alone, wherever the two readers cut words differently.
@Suite struct TimeTokensFromWordsTests {
    func bothWays(_ text: String) -> (fromBytes: [TimeToken], fromWords: [TimeToken]) {
        let bytes = Array(text.utf8)
        return (TimeTokens(bytes).tokens, TimeTokens(bytes, words: WordScanner.tokens(bytes), lexicon: .bundled).tokens)
    }

    @Test func wordsTheReadersCutAlikeOrApartGiveTheSameTokens() {
        let texts = [
            "Mr. Okafor met the Harbor Co. board at 7 a.m. on Tues., Dec. 3. It voted! Why? 4 members left.",
            "The U.S.-backed plan of O'Neill's group cost 1,400 crowns on 13.06.2023 at 7.08pm.",
            "Ms Várkonyi wrote in the 1990s, on the 17th, about Ash-Tarin and al-Rumi; MAYOR VELA agreed.",
            "Line one\n\nA.M. ends it\u{00A0}now at 9:30 P.M. EST, twenty-two days later.",
            "Kyiv\u{2019}s envoy \u{201C}returned\u{201D} at 10am \u{2014} after Jan 5th\u{2026} a",
            "Before \u{1B}]0;Title Words\u{07} after the escape, p.m. and a.m",
        ]
        for text in texts {
            let (fromBytes, fromWords) = bothWays(text)
            #expect(fromWords == fromBytes, "\(text)")
        }
    }

    @Test func aWordOfLettersKeepsItsLexiconClassAndShape() {
        let (fromBytes, fromWords) = bothWays("DECEMBER Tuesday fortnight Dec. zorbed")
        #expect(fromWords == fromBytes)
        #expect(fromWords.map(\.cls) == [.month, .weekday, .unit, .month, LexClass.none])
        #expect(fromWords[0].flags.contains(.allCaps) && !fromWords[1].flags.contains(.allCaps))
        #expect(fromWords[3].flags.contains(.abbreviationDot) && fromWords[4].flags.contains(.edForm))
    }

    @Test func onlyWordsOfASCIILettersAreMarkedSo() {
        let bytes = Array("Kyiv U.S. O'Neill 17th Orbán well-known plain".utf8)
        let marked = WordScanner.tokens(bytes).filter(\.isASCIILetters).map { $0.text(bytes) }
        #expect(marked == ["Kyiv", "plain"])
    }
}
