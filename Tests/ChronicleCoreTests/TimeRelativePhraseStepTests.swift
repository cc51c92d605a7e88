import Testing
@testable import ChronicleCore

/// The rules that read "last year", "the following day", "this coming Sunday", one at a time.
@Suite struct TimeRelativePhraseStepTests {
    // A Wednesday.
    func scanner(_ text: String, dct: String? = "2024-05-15") -> TimeScanner {
        TimeScanner(tokens: TimeTokens(Array(text.utf8)).tokens, dct: dct.flatMap { CalendarDate(iso: $0) })
    }

    @Test func theFutureAndThePast() {
        #expect(scanner("the near term").theFutureOrPast(0)?.value == "FUTURE_REF")
        #expect(scanner("the past").theFutureOrPast(0)?.value == "PAST_REF")
        // "the past year" is a year, read by the unit rule.
        #expect(scanner("the past year").theFutureOrPast(0) == nil)
    }

    @Test func theRelationWord() throws {
        let past = try #require(scanner("this past Friday").relationWord(0))
        #expect(past.relation == -1 && past.strictWeekday && past.j == 2)
        let following = try #require(scanner("the following day").relationWord(0))
        #expect(following.relation == 1 && following.anaphoric && following.j == 2)
        let bare = try #require(scanner("the year").relationWord(0))
        #expect(bare.relation == 0 && bare.anaphoric && bare.j == 1)
        #expect(scanner("several years").relationWord(0) == nil)
    }

    @Test func aUnitCountedFromTheCreationDate() {
        let s = scanner("last year")
        #expect(s.relativeUnit(0, .year, TimeScanner.RelativeHead(j: 1, relation: -1, isThe: false))?.value == "2023")
        // Quarters have their own rules; "the week" alone names no week but this one.
        #expect(s.relativeUnit(0, .quarter, TimeScanner.RelativeHead(j: 1, relation: -1, isThe: false)) == nil)
        let ended = scanner("the year ended March 31")
        #expect(ended.relativeUnit(0, .year, TimeScanner.RelativeHead(j: 1, relation: 0, anaphoric: true, isThe: true))?.value == "P1Y")
    }

    @Test func aPartOfTheDay() {
        #expect(scanner("last night").relativeDayPart(0, TimeScanner.RelativeHead(j: 1, relation: -1, isThe: false))?.value == "2024-05-14TNI")
        // Only the night and the evening have a "last" one: yesterday's.
        #expect(scanner("last morning").relativeDayPart(0, TimeScanner.RelativeHead(j: 1, relation: -1, isThe: false)) == nil)
        #expect(scanner("this morning").relativeDayPart(0, TimeScanner.RelativeHead(j: 1, relation: 0, isThe: false))?.value == "2024-05-15TMO")
    }

    @Test func aWeekdayAndAMonth() {
        #expect(scanner("next Friday").relativeWeekday(0, TimeScanner.RelativeHead(j: 1, relation: 1, isThe: false))?.value == "2024-05-17")
        #expect(scanner("last Friday").relativeWeekday(0, TimeScanner.RelativeHead(j: 1, relation: -1, isThe: false))?.value == "2024-05-10")
        // A short form is too often something else ("last Sat").
        #expect(scanner("last Fri").relativeWeekday(0, TimeScanner.RelativeHead(j: 1, relation: -1, isThe: false)) == nil)
        #expect(scanner("last March").relativeMonth(0, TimeScanner.RelativeHead(j: 1, relation: -1, isThe: false))?.value == "2024-03")
        // The month just before the writing would be "last month": named, it is last year's.
        #expect(scanner("last April").relativeMonth(0, TimeScanner.RelativeHead(j: 1, relation: -1, isThe: false))?.value == "2023-04")
        #expect(scanner("last June").relativeMonth(0, TimeScanner.RelativeHead(j: 1, relation: -1, isThe: false))?.value == "2023-06")
        #expect(scanner("next March").relativeMonth(0, TimeScanner.RelativeHead(j: 1, relation: 1, isThe: false))?.value == "2025-03")
    }
}
