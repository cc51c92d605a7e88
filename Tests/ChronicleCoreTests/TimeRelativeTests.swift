import Testing
@testable import ChronicleCore

@Suite struct TimeRelativeTests {
    // 2024-03-13 is a Wednesday.
    let dct = "2024-03-13"

    /// A determiner before a word outside the lexicon starts nothing; before a time word or
    /// a number it still leads the expression.
    @Test func determinersLeadOnlyTimeWordsAndNumbers() {
        let t = Tagged("""
            The board said that plan would cut its debt this spring. The 1990s boom and the \
            fall of the old mill gave way to the second quarter of the year, when its fourth \
            quarter loss narrowed and that day the mayor spoke of the 15th.
            """, dct: dct)
        #expect(t.texts == ["this spring", "The 1990s", "the second quarter", "the year", "fourth quarter",
                            "that day", "the 15th"])
        #expect(t.value("this spring") == "2024-SP")
        #expect(t.value("The 1990s") == "199")
    }

    @Test func deicticDays() {
        let t = Tagged("The mayor resigned yesterday, the council meets today and votes tomorrow.", dct: dct)
        #expect(t.value("yesterday") == "2024-03-12")
        #expect(t.value("today") == "2024-03-13")
        #expect(t.value("tomorrow") == "2024-03-14")
        let name = Tagged("She told USA Today that the count ends today.", dct: dct)
        #expect(name.texts == ["today"])
    }

    @Test func weekdaysPointBackInReportsAndForwardInPlans() {
        let t = Tagged("Rescuers found the hikers on Monday. The pair are expected to testify on Friday.", dct: dct)
        #expect(t.value("Monday") == "2024-03-11")
        #expect(t.value("Friday") == "2024-03-15")
        let said = Tagged("The agency said Wednesday that rates would hold.", dct: dct)
        #expect(said.value("Wednesday") == "2024-03-13")
        let rel = Tagged("The league met last Sunday and will meet again next Thursday.", dct: dct)
        #expect(rel.value("last Sunday") == "2024-03-10")
        #expect(rel.value("next Thursday") == "2024-03-14")
    }

    @Test func relativeMonthsYearsAndWeeks() {
        let t = Tagged("Rents climbed last month, will climb this year and fall next year; inflation eased last week.", dct: dct)
        #expect(t.value("last month") == "2024-02")
        #expect(t.value("this year") == "2024")
        #expect(t.value("next year") == "2025")
        #expect(t.value("last week") == "2024-W10")
        let e = Tagged("Earlier this month the port reopened.", dct: dct)
        #expect(e.value("Earlier this month") == "2024-03")
    }

    @Test func agoAndLaterOffsets() {
        let t = Tagged("The bridge collapsed two years ago. A strike began ten days ago.", dct: dct)
        #expect(t.value("two years ago") == "2022")
        #expect(t.value("ten days ago") == "2024-03-03")
        let later = Tagged("The levee broke on February 2, 2024. Three days later the river crested.", dct: dct)
        #expect(later.value("Three days later") == "2024-02-05")
    }

    @Test func yearsCountFromThePeriodNamedLastNotAnOlderDay() {
        let t = Tagged("Ines Varga, born on May 3, 1950, opened a bakery in 1978. One year later she sold it.", dct: dct)
        #expect(t.value("One year later") == "1979")
        let day = Tagged("The levee broke on February 2, 2014. A year later the town rebuilt it.", dct: dct)
        #expect(day.value("A year later") == "2015")
    }

    @Test func daysCountedFromTheLastPlacedDay() {
        let t = Tagged("The dam failed on June 9, 2023. The next day, crews arrived; the day before, engineers had warned. Roads closed that day.", dct: dct)
        #expect(t.value("The next day") == "2023-06-10")
        #expect(t.value("the day before") == "2023-06-08")
        #expect(t.value("that day") == "2023-06-09")
    }

    @Test func partsOfDayAndClockTimes() {
        let t = Tagged("Sirens sounded last night and again this morning; the curfew will lift at 6 a.m. Friday.", dct: dct)
        #expect(t.value("last night") == "2024-03-12TNI")
        #expect(t.value("this morning") == "2024-03-13TMO")
        #expect(t.value("6 a.m. Friday") == "2024-03-15T06:00")
        #expect(t["6 a.m. Friday"]?.type == .time)
    }

    @Test func thatMorningIsOfTheDayJustNamed() {
        let t = Tagged("He was moved to Orsk on March 4 after waiving a hearing that morning. Riots broke out later that night.", dct: dct)
        #expect(t.value("that morning") == "2024-03-04TMO")
        #expect(t.value("later that night")?.hasPrefix("2024-03-04") == true || t.value("that night") == "2024-03-04TNI")
        // With no day named before, the article's own.
        #expect(Tagged("Sirens sounded that morning.", dct: dct).value("that morning") == "2024-03-13TMO")
    }

    @Test func aBareTimeBelongsToTheDayJustNamed() {
        let t = Tagged("Sirens sounded early on Saturday. Power returned by 3 p.m.", dct: dct)
        #expect(t.value("3 p.m.") == "2024-03-09T15:00")
        let alone = Tagged("The count closes at 8 p.m.", dct: dct)
        #expect(alone.value("8 p.m.") == "2024-03-13T20:00")
    }

    @Test func aPlacesTimeBetweenTheClockAndItsDay() {
        let t = Tagged("The truce ended at 9 p.m. Ankara time on Sunday, and the ferry left at 7:30 a.m. local time on March 8.", dct: dct)
        #expect(t.value("9 p.m. Ankara time on Sunday") == "2024-03-10T21:00")
        #expect(t.value("7:30 a.m. local time on March 8") == "2024-03-08T07:30")
        let bare = Tagged("The polls close at 8 p.m. local time.", dct: dct)
        #expect(bare.value("8 p.m. local time") == "2024-03-13T20:00")
    }

    @Test func decadeAgoAndPartsOfMonths() {
        let t = Tagged("A decade ago the mill closed; it reopens in the second half of June.", dct: dct)
        #expect(t.value("A decade ago") == "2014")
        #expect(t.value("the second half of June") == "2024-06")
    }

    @Test func dayOfTheCurrentMonthAndWeekends() throws {
        let t = Tagged("Ballots were counted on the 4th; the recount ends on the 28th. Crowds gathered over the weekend.", dct: dct)
        #expect(t.value("the 4th") == "2024-03-04")
        #expect(t.value("the 28th") == "2024-03-28")
        let weekend = try #require(t["the weekend"]?.timeValue)
        #expect(weekend.first == CalendarDate(year: 2024, month: 3, day: 9))
        #expect(weekend.last == CalendarDate(year: 2024, month: 3, day: 10))
    }

    @Test func thisWeekendIsTheComingOneUnlessTheTenseLooksBack() {
        // 2024-03-13 is a Wednesday of ISO week 11.
        let plan = Tagged("The final is set for this weekend in Lyon.", dct: dct)
        #expect(plan.value("this weekend") == "2024-W11-WE")
        let bare = Tagged("Talks continue this weekend.", dct: dct)
        #expect(bare.value("this weekend") == "2024-W11-WE")
        let past = Tagged("This weekend was calm, the police said.", dct: dct)
        #expect(past.value("This weekend") == "2024-W10-WE")
        let report = Tagged("Floods hit the valley over the weekend.", dct: dct)
        #expect(report.value("the weekend") == "2024-W10-WE")
    }

    @Test func presentPastAndFutureReferences() {
        let t = Tagged("Stocks are now flat, recently fell and may recover in the near future.", dct: dct)
        #expect(t.value("now") == "PRESENT_REF")
        #expect(t.value("recently") == "PAST_REF")
        #expect(t.value("the near future") == "FUTURE_REF")
    }

    @Test func seasonsAndDecadeWords() {
        // In January, last autumn is the one a few months back and this winter began in December.
        let t = Tagged("Harvests failed last autumn and in the nineties; this winter looks dry.", dct: "2024-01-20")
        #expect(t.value("last autumn") == "2023-FA")
        #expect(t.value("the nineties") == "199")
        #expect(t.value("this winter") == "2023-WI")
    }

    @Test func aYearEarlierFollowsThePeriodUnderDiscussion() {
        let t = Tagged("Profit fell in the second quarter. A year earlier, it had risen.", dct: "2023-08-01")
        #expect(t.value("the second quarter") == "2023-Q2")
        #expect(t.value("A year earlier") == "2022-Q2")
    }
}
