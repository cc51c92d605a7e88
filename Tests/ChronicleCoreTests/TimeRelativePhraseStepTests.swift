import Testing
@testable import ChronicleCore

/// The rules that read "last year", "the following day", "this coming Sunday", one at a time.
@Suite struct TimeRelativePhraseStepTests {
    // A Wednesday.
    func scanner(_ text: String, dct: String? = "2024-05-15") -> TimeScanner {
        TimeScanner(tokens: TimeTokens(Array(text.utf8)).tokens, dct: dct.flatMap { CalendarDate(iso: $0) })
    }

    /// A rule read on a fresh scanner of `text` (a rule notes whether it read the creation date).
    func read<T>(_ text: String, dct: String? = "2024-05-15", _ rule: (inout TimeScanner) -> T) -> T {
        var s = scanner(text, dct: dct)
        return rule(&s)
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
        // Without "the" it is "after": "following Sunday's vote" names the Sunday before.
        #expect(scanner("following Sunday's vote").relationWord(0) == nil)
        let bare = try #require(scanner("the year").relationWord(0))
        #expect(bare.relation == 0 && bare.anaphoric && bare.j == 1)
        #expect(scanner("several years").relationWord(0) == nil)
    }

    @Test func aUnitCountedFromTheCreationDate() {
        var s = scanner("last year")
        #expect(s.relativeUnit(0, .year, TimeScanner.RelativeHead(j: 1, relation: -1, isThe: false))?.value == "2023")
        // Quarters have their own rules; "the week" alone names no week but this one.
        #expect(s.relativeUnit(0, .quarter, TimeScanner.RelativeHead(j: 1, relation: -1, isThe: false)) == nil)
        var ended = scanner("the year ended March 31")
        #expect(ended.relativeUnit(0, .year, TimeScanner.RelativeHead(j: 1, relation: 0, anaphoric: true, isThe: true))?.value == "P1Y")
    }

    @Test func aPartOfTheDay() {
        #expect(read("last night") { $0.relativeDayPart(0, TimeScanner.RelativeHead(j: 1, relation: -1, isThe: false)) }?.value == "2024-05-14TNI")
        // Only the night and the evening have a "last" one: yesterday's.
        #expect(read("last morning") { $0.relativeDayPart(0, TimeScanner.RelativeHead(j: 1, relation: -1, isThe: false)) } == nil)
        #expect(read("this morning") { $0.relativeDayPart(0, TimeScanner.RelativeHead(j: 1, relation: 0, isThe: false)) }?.value == "2024-05-15TMO")
    }

    @Test func aWeekdayAndAMonth() {
        #expect(read("next Friday") { $0.relativeWeekday(0, TimeScanner.RelativeHead(j: 1, relation: 1, isThe: false)) }?.value == "2024-05-17")
        #expect(read("last Friday") { $0.relativeWeekday(0, TimeScanner.RelativeHead(j: 1, relation: -1, isThe: false)) }?.value == "2024-05-10")
        // A short form is too often something else ("last Sat").
        #expect(read("last Fri") { $0.relativeWeekday(0, TimeScanner.RelativeHead(j: 1, relation: -1, isThe: false)) } == nil)
        #expect(read("last March") { $0.relativeMonth(0, TimeScanner.RelativeHead(j: 1, relation: -1, isThe: false)) }?.value == "2024-03")
        // The month just before the writing would be "last month": named, it is last year's.
        #expect(read("last April") { $0.relativeMonth(0, TimeScanner.RelativeHead(j: 1, relation: -1, isThe: false)) }?.value == "2023-04")
        #expect(read("last June") { $0.relativeMonth(0, TimeScanner.RelativeHead(j: 1, relation: -1, isThe: false)) }?.value == "2023-06")
        #expect(read("next March") { $0.relativeMonth(0, TimeScanner.RelativeHead(j: 1, relation: 1, isThe: false)) }?.value == "2025-03")
    }
}
