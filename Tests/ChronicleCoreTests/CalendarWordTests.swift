import Testing
@testable import ChronicleCore

/// Months, weekdays, holidays and seasons are one set of calendar words, asked about a
/// lower-case String, a scanned word, or a word by its index alike.
@Suite struct CalendarWordTests {
    @Test func everyKindOfCalendarWordIsOneAndOtherWordsAreNot() {
        let words = WordScanner.scan(Array("On Tuesday, Sept. 3, before Easter and the Fall vote, Marlow spoke.".utf8))
        let calendar = words.indices.filter { NameLexicon.isCalendarWord(words, $0) }.map { words[$0].text }
        #expect(calendar == ["Tuesday", "Sept", "Easter", "Fall"])
        #expect(words.indices.allSatisfy { NameLexicon.isCalendarWord(words, $0) == NameLexicon.isCalendarWord(words[$0]) })
        #expect(NameLexicon.isCalendarWord("december") && NameLexicon.isCalendarWord("p.m"))
        #expect(!NameLexicon.isCalendarWord("December") && !NameLexicon.isCalendarWord("marlow"))
    }
}
