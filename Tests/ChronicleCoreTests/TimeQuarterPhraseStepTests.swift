import Testing
@testable import ChronicleCore

/// The rules that read a quarter or half phrase, one at a time.
@Suite struct TimeQuarterPhraseStepTests {
    func scanner(_ text: String, dct: String? = "2023-11-20") -> TimeScanner {
        TimeScanner(tokens: TimeTokens(Array(text.utf8)).tokens, dct: dct.flatMap { CalendarDate(iso: $0) })
    }

    @Test func theDeterminerAndAYearPossessive() throws {
        let q = try #require(scanner("last year's third quarter").quarterDeterminer(0))
        #expect(q.year == 2022 && q.determined && q.j == 4)
        let the = try #require(scanner("the 1988 quarter").quarterDeterminer(0))
        #expect(the.year == 1988 && the.j == 2)
        // "a" opens a phrase only before an ordinal; "that" before one is a conjunction.
        #expect(scanner("a quarter of the cases").quarterDeterminer(0) == nil)
        #expect(scanner("that third-quarter profit").quarterDeterminer(0) == nil)
    }

    @Test func modifiersMarkThePeriodUnderDiscussion() {
        let s = scanner("the year-ago quarter")
        var q = TimeScanner.QuarterPhrase(j: 1, determined: true)
        guard case .next = s.quarterModifiers(0, &q) else { Issue.record("stopped"); return }
        #expect(q.yearShift == -1 && q.anaphoricBare && q.j == 4)
        var next = TimeScanner.QuarterPhrase(j: 0)
        guard case .found(let m) = scanner("next quarter").quarterModifiers(0, &next) else { Issue.record("no phrase"); return }
        #expect(m.value == "2024-Q1")
        var chair = TimeScanner.QuarterPhrase(j: 1, determined: true)
        guard case .none = scanner("the previous chairman").quarterModifiers(0, &chair) else { Issue.record("a phrase"); return }
    }

    @Test func theHeadIsAQuarterAHalfOrAPeriod() {
        var half = TimeScanner.QuarterPhrase(j: 1, determined: true)
        #expect(scanner("the first two quarters").quarterHead(&half) && half.isHalf && half.ordinal == 1)
        var plain = TimeScanner.QuarterPhrase(j: 1, determined: true)
        #expect(scanner("the third quarter").quarterHead(&plain) && !plain.isHalf && plain.j == 3)
        var century = TimeScanner.QuarterPhrase(j: 1, determined: true)
        #expect(!scanner("the quarter-century").quarterHead(&century))
        var bare = TimeScanner.QuarterPhrase(j: 0)
        #expect(!scanner("quarter of the cases").quarterHead(&bare))
    }

    @Test func theYearAfterTheHead() {
        var of = TimeScanner.QuarterPhrase(j: 3, determined: true, ordinal: 3)
        _ = scanner("the third quarter of 1990").quarterYear(0, &of)
        #expect(of.year == 1990 && of.j == 5)
        var ago = TimeScanner.QuarterPhrase(j: 3, determined: true, ordinal: 3)
        _ = scanner("the third quarter a year ago").quarterYear(0, &ago)
        #expect(ago.yearShift == -1 && ago.j == 6)
        var month = TimeScanner.QuarterPhrase(j: 3, determined: true, ordinal: 2, isHalf: true)
        guard case .found(let m) = scanner("the second half of June").quarterYear(0, &month) else { Issue.record("no month"); return }
        #expect(m.value == "2023-06")
    }

    @Test func placingAQuarterAgainstTheCreationDate() {
        let s = scanner("the first quarter")
        #expect(s.placeQuarter(0, TimeScanner.QuarterPhrase(j: 3, determined: true, ordinal: 1))?.value == "2023-Q1")
        #expect(s.placeQuarter(0, TimeScanner.QuarterPhrase(j: 3, determined: true, year: 1999, ordinal: 1))?.value == "1999-Q1")
        // "the latest quarter": the last one completed.
        #expect(s.placeQuarter(0, TimeScanner.QuarterPhrase(j: 3, determined: true, anaphoricBare: true, latest: true))?.value == "2023-Q3")
        let undated = scanner("the first quarter", dct: nil)
        #expect(undated.placeQuarter(0, TimeScanner.QuarterPhrase(j: 3, determined: true, ordinal: 1))?.value == "XXXX-QX")
    }
}
