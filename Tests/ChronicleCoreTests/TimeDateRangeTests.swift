import Testing
@testable import ChronicleCore

/// A date range written once: the first end takes the year (and month) the second gives.
@Suite struct TimeDateRangeTests {
    let dct = "2023-06-01"

    @Test func dayFirstEndsAcrossMonths() {
        let t = Tagged("Delegates met 30 Nov - 11 Dec 2015 in Lyon, and unions struck 30 November to 11 December 2014.", dct: dct)
        #expect(t.value("30 Nov") == "2015-11-30")
        #expect(t.value("11 Dec 2015") == "2015-12-11")
        #expect(t.value("30 November") == "2014-11-30")
    }

    @Test func monthFirstEndsAcrossMonths() {
        let t = Tagged("Working groups sat Nov. 30-Dec. 11, 2015.", dct: dct)
        #expect(t.value("Nov. 30") == "2015-11-30")
        #expect(t.value("Dec. 11, 2015") == "2015-12-11")
    }

    @Test func daysOfOneMonthShareItsMonthAndYear() {
        let t = Tagged("A session ran March 3-5, 2020. The fair ran 7-9 May 2021.", dct: dct)
        #expect(t.value("March 3") == "2020-03-03")
        #expect(t.value("5, 2020") == "2020-03-05")
        #expect(t.value("7") == "2021-05-07")
        #expect(t.value("9 May 2021") == "2021-05-09")
    }

    @Test func aRangeOverTheNewYearStartsTheYearBefore() {
        let t = Tagged("The exhibition was open from Dec. 28 to Jan. 3, 2016.", dct: dct)
        #expect(t.value("Dec. 28") == "2015-12-28")
        #expect(t.value("Jan. 3, 2016") == "2016-01-03")
    }

    @Test func aScoreOrACountIsNoRange() {
        let t = Tagged("City lost 2-1 March 4, 2022, and on May 5 and 12 others were hurt.", dct: dct)
        #expect(t["2"] == nil && t["1"] == nil && t["12"] == nil, "\(t.texts)")
        #expect(t.value("March 4, 2022") == "2022-03-04")
    }
}
