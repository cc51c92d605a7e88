import Testing
@testable import ChronicleCore

/// Months, weekdays, holidays and seasons are the lexicon's calendar words, asked about a
/// lower-case String, a scanned word, or a word by its index alike.
@Suite struct CalendarWordTests {
    @Test func everyKindOfCalendarWordIsOneAndOtherWordsAreNot() {
        let lexicon = Lexicon.bundled
        func isCalendar(_ classes: WordClasses) -> Bool { !classes.isDisjoint(with: .calendar) }
        let utf8 = Array("On Tuesday, Sept. 3, before Easter and the Fall vote, Marlow spoke.".utf8)
        let words = WordScanner.tokens(utf8)
        let calendar = words.indices.filter { isCalendar(lexicon.classes(words, $0)) }.map { words[$0].text(utf8) }
        #expect(calendar == ["Tuesday", "Sept", "Easter", "Fall"])
        #expect(words.indices.allSatisfy { lexicon.classes(words, $0) == lexicon.classes(words[$0]) })
        #expect(isCalendar(lexicon.classes(lower: "december")) && isCalendar(lexicon.classes(lower: "p.m")))
        #expect(!isCalendar(lexicon.classes(lower: "marlow")))
    }
}
