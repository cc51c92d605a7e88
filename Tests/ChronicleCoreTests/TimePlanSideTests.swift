import Testing
@testable import ChronicleCore

/// A part of a year named without its year (a quarter, a half, a season) lies ahead in a
/// plan and behind in a report.
@Suite struct TimePlanSideTests {
    @Test func aPlansQuarterThatHasEndedIsNextYears() {
        let t = Tagged("The airline plans to restart the route in the first quarter.", dct: "2023-11-20")
        #expect(t.value("the first quarter") == "2024-Q1")
        let h = Tagged("The mill is expected to reopen in the first half.", dct: "2023-11-20")
        #expect(h.value("the first half") == "2024-H1")
    }

    @Test func aReportsQuarterThatHasNotBegunIsLastYears() {
        let t = Tagged("Sales fell sharply in the fourth quarter, the bakery said.", dct: "2024-02-06")
        #expect(t.value("the fourth quarter") == "2023-Q4")
    }

    @Test func aQuarterOnTheRightSideStaysInTheYearOfWriting() {
        let t = Tagged("The airline plans to restart the route in the fourth quarter. Sales fell in the first quarter.", dct: "2023-05-20")
        #expect(t.value("the fourth quarter") == "2023-Q4")
        #expect(t.value("the first quarter") == "2023-Q1")
        // "this quarter" is the current one, whatever the tense.
        let now = Tagged("The airline will restart the route this quarter.", dct: "2023-05-20")
        #expect(now.value("this quarter") == "2023-Q2")
    }

    @Test func aPlansSeasonThatHasEndedIsNextYears() {
        let t = Tagged("The resort will reopen in the spring. Visitor numbers fell in the summer.", dct: "2023-11-20")
        #expect(t.value("the spring") == "2024-SP")
        #expect(t.value("the summer") == "2023-SU")
        let early = Tagged("Visitor numbers fell in the summer.", dct: "2023-03-10")
        #expect(early.value("the summer") == "2022-SU")
    }
}

/// A month and day without a year near the article's own date is of that date's year, not
/// of a year named in the sentence before for something else.
@Suite struct TimeMonthDayNearCreationTests {
    @Test func aDayJustAfterTheCreationDateBeatsAYearNamedForAPlan() {
        let t = Tagged("The yard hopes to put the ferry into service in May 2031. It will be delivered on April 9, a week late.", dct: "2030-04-02")
        #expect(t.value("April 9") == "2030-04-09")
    }

    @Test func aReportedDayAfterTheCreationDateKeepsTheNamedYear() {
        // A report cannot tell of a day still ahead of its writing: the year named before holds.
        let t = Tagged("The first case was confirmed on March 3, 2019. By March 10, schools had closed.", dct: "2020-03-05")
        #expect(t.value("March 10") == "2019-03-10")
    }
}

/// Parts of a named day: "the morning of March 3" is that day's morning.
@Suite struct TimeDayPartOfTests {
    @Test func thePartOfADayIsThatDaysPart() {
        let t = Tagged("Crews arrived on the morning of Feb. 3 and left on the night of Feb. 4.", dct: "2021-02-10")
        #expect(t.value("the morning of Feb. 3") == "2021-02-03TMO")
        #expect(t.value("the night of Feb. 4") == "2021-02-04TNI")
        // Without a day after "of" there is no time of day to read.
        let none = Tagged("The morning of the vote was calm.", dct: "2021-02-10")
        #expect(none.expressions.allSatisfy { !$0.value.contains("TMO") })
    }
}
