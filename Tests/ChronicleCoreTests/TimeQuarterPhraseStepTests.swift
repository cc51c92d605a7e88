import Testing
@testable import ChronicleCore

/// The rules that read a quarter or half phrase, one at a time.
@Suite struct TimeQuarterPhraseStepTests {
    func scanner(_ text: String, dct: String? = "2023-11-20") -> TimeScanner {
        TimeScanner(tokens: TimeTokens(Array(text.utf8)).tokens, dct: dct.flatMap { CalendarDate(iso: $0) })
    }

    /// A rule read on a fresh scanner of `text` (a rule notes whether it read the creation date).
    func read<T>(_ text: String, dct: String? = "2023-11-20", _ rule: (inout TimeScanner) -> T) -> T {
        var s = scanner(text, dct: dct)
        return rule(&s)
    }

    @Test func theDeterminerAndAYearPossessive() throws {
        let q = try #require(read("last year's third quarter") { $0.quarterDeterminer(0) })
        #expect(q.year == 2022 && q.determined && q.j == 4)
        let the = try #require(read("the 1988 quarter") { $0.quarterDeterminer(0) })
        #expect(the.year == 1988 && the.j == 2)
        // "a" opens a phrase only before an ordinal; "that" before one is a conjunction.
        #expect(read("a quarter of the cases") { $0.quarterDeterminer(0) } == nil)
        #expect(read("that third-quarter profit") { $0.quarterDeterminer(0) } == nil)
    }

    @Test func modifiersMarkThePeriodUnderDiscussion() {
        var s = scanner("the year-ago quarter")
        var q = TimeScanner.QuarterPhrase(j: 1, determined: true)
        guard case .next = s.quarterModifiers(0, &q) else { Issue.record("stopped"); return }
        #expect(q.yearShift == -1 && q.anaphoricBare && q.j == 4)
        var next = TimeScanner.QuarterPhrase(j: 0)
        guard case .found(let m) = (read("next quarter") { $0.quarterModifiers(0, &next) }) else { Issue.record("no phrase"); return }
        #expect(m.value == "2024-Q1")
        var chair = TimeScanner.QuarterPhrase(j: 1, determined: true)
        guard case .none = (read("the previous chairman") { $0.quarterModifiers(0, &chair) }) else { Issue.record("a phrase"); return }
    }

    @Test func theHeadIsAQuarterAHalfOrAPeriod() {
        var half = TimeScanner.QuarterPhrase(j: 1, determined: true)
        #expect(read("the first two quarters") { $0.quarterHead(&half) } && half.isHalf && half.ordinal == 1)
        var plain = TimeScanner.QuarterPhrase(j: 1, determined: true)
        #expect(read("the third quarter") { $0.quarterHead(&plain) } && !plain.isHalf && plain.j == 3)
        var century = TimeScanner.QuarterPhrase(j: 1, determined: true)
        #expect(!read("the quarter-century") { $0.quarterHead(&century) })
        var bare = TimeScanner.QuarterPhrase(j: 0)
        #expect(!read("quarter of the cases") { $0.quarterHead(&bare) })
    }

    @Test func theYearAfterTheHead() {
        var of = TimeScanner.QuarterPhrase(j: 3, determined: true, ordinal: 3)
        _ = read("the third quarter of 1990") { $0.quarterYear(0, &of) }
        #expect(of.year == 1990 && of.j == 5)
        var ago = TimeScanner.QuarterPhrase(j: 3, determined: true, ordinal: 3)
        _ = read("the third quarter a year ago") { $0.quarterYear(0, &ago) }
        #expect(ago.yearShift == -1 && ago.j == 6)
        var month = TimeScanner.QuarterPhrase(j: 3, determined: true, ordinal: 2, isHalf: true)
        guard case .found(let m) = (read("the second half of June") { $0.quarterYear(0, &month) }) else { Issue.record("no month"); return }
        #expect(m.value == "2023-06")
    }

    @Test func placingAQuarterAgainstTheCreationDate() {
        var s = scanner("the first quarter")
        #expect(s.placeQuarter(0, TimeScanner.QuarterPhrase(j: 3, determined: true, ordinal: 1))?.value == "2023-Q1")
        #expect(s.placeQuarter(0, TimeScanner.QuarterPhrase(j: 3, determined: true, year: 1999, ordinal: 1))?.value == "1999-Q1")
        // "the latest quarter": the last one completed.
        #expect(s.placeQuarter(0, TimeScanner.QuarterPhrase(j: 3, determined: true, anaphoricBare: true, latest: true))?.value == "2023-Q3")
        var undated = scanner("the first quarter", dct: nil)
        #expect(undated.placeQuarter(0, TimeScanner.QuarterPhrase(j: 3, determined: true, ordinal: 1))?.value == "XXXX-QX")
    }
}
