import Testing
@testable import ChronicleCore

/// Both ends of a clock range carry the day named after it.
@Suite struct TimeClockRangeTests {
    let dct = "2024-03-11"  // a Monday

    @Test func betweenTwoTimesOnADay() {
        let t = Tagged("Police believe the fire started between 12 p.m. and 1 p.m. on Saturday.", dct: dct)
        #expect(t.value("12 p.m.") == "2024-03-09T12:00")
        #expect(t.value("1 p.m. on Saturday") == "2024-03-09T13:00")
    }

    @Test func fromOneTimeToAnotherOnADay() {
        let t = Tagged("The bridge was shut on Friday. It reopened from 9 a.m. to 11:30 a.m. Sunday.", dct: dct)
        #expect(t.value("9 a.m.") == "2024-03-10T09:00")
        #expect(t.value("11:30 a.m. Sunday") == "2024-03-10T11:30")
    }

    @Test func aHyphenatedRangeBeforeADate() {
        let t = Tagged("Polls were open 7 a.m.-8 p.m., March 5, across the county.", dct: dct)
        #expect(t.value("7 a.m.") == "2024-03-05T07:00")
    }

    @Test func aTimeTonightIsOnTheArticlesDayWhateverDayWasNamedBefore() {
        let t = Tagged("The vote was lost on March 4. She had until midnight tonight to find backing.", dct: dct)
        #expect(t.value("midnight tonight") == "2024-03-11T24:00")
        let evening = Tagged("The board met on Friday. It meets again at 9 p.m. tonight.", dct: dct)
        #expect(evening.value("9 p.m. tonight") == "2024-03-11T21:00")
    }

    @Test func aDayInTheNextParagraphIsNotTheTimes() {
        let t = Tagged("Kicked off at 12:15 PM\n\nSunday December 1st saw the home side win.", dct: "2013-12-02")
        #expect(t.value("12:15 PM") == "2013-12-02T12:15")
        #expect(t.value("Sunday December 1st") == "2013-12-01")
    }

    @Test func aTimeFollowedByAnotherClauseKeepsItsOwnDay() {
        let t = Tagged("The store opened at 9 a.m. and the parade started at 10 a.m. Friday.", dct: dct)
        #expect(t.value("9 a.m.") == "2024-03-11T09:00")
        #expect(t.value("10 a.m. Friday") == "2024-03-08T10:00")
    }
}
