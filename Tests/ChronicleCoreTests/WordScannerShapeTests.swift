import Testing
@testable import ChronicleCore

/// What the scanner says about each word's start and what separates it from the last:
/// capitals in any script, the lower-case Arabic article, and runs of plain spaces that
/// break nothing.
@Suite struct WordScannerShapeTests {
    @Test func capitalisedStartsInEveryScript() {
        let words = WordScanner.scan(Array("Élysée émigré al-Sisi apple el-Sheikh ash-Shara Москва москва 9th".utf8))
        #expect(words.map(\.isCapitalized) == [true, false, true, false, true, true, true, false, false])
    }

    @Test func lowerCaseLettersBetweenCapitalsAndDigitsAreCounted() {
        let bytes = Array("NATO MoD iPhone x86 B2B USa".utf8)
        let words = WordScanner.tokens(bytes)
        #expect(words.map(\.isAllCaps) == [true, false, false, false, true, false])
        #expect(words.map(\.isASCIILetters) == [true, true, true, false, false, true])
        #expect(words.map(\.hasUpper) == [true, true, true, false, true, true])
    }

    @Test func spacesAloneBreakNothing() {
        let words = WordScanner.scan(Array("Mayor  Ilse   Varga, then\u{00A0}Tarvo.  New Port".utf8))
        #expect(words.map(\.text) == ["Mayor", "Ilse", "Varga", "then", "Tarvo", "New", "Port"])
        #expect(words.map(\.breakBefore) == [true, false, false, true, false, true, false])
        #expect(words.map(\.afterStop) == [true, false, false, false, false, true, false])
    }
}
