import Testing
@testable import ChronicleCore

/// "weeks ago", "a few days ago": a vague count back, placed one unit coarser.
@Suite struct TimeVagueAgoTests {
    // 2024-03-13 is a Wednesday in ISO week 11.
    let dct = "2024-03-13"

    @Test func weeksAgoIsAMonth() {
        let t = Tagged("The dam was breached weeks ago. A few weeks ago the mayor quit.", dct: dct)
        #expect(t.value("weeks ago") == "2024-02")
        #expect(t["weeks ago"]?.granularity == .month)
        #expect(t.value("A few weeks ago") == "2024-02")
        let several = Tagged("Several weeks ago the strike ended; a couple of weeks ago talks resumed.", dct: dct)
        #expect(several.value("Several weeks ago") == "2024-02")
        #expect(several.value("a couple of weeks ago") == "2024-02")
        let late = Tagged("Weeks ago the ferry sank.", dct: "2024-03-30")
        #expect(late.value("Weeks ago") == "2024-03")
    }

    @Test func daysAgoIsAWeek() {
        let t = Tagged("The lorry crashed days ago, and a few days ago the road reopened.", dct: dct)
        #expect(t.value("days ago") == "2024-W10")
        #expect(t["days ago"]?.granularity == .week)
        #expect(t.value("a few days ago") == "2024-W10")
    }

    @Test func monthsAgoIsAYear() {
        let t = Tagged("A few months ago the firm moved. Months ago it had warned staff.", dct: "2024-02-10")
        #expect(t.value("A few months ago") == "2023")
        #expect(t.value("Months ago") == "2023")
    }

    @Test func hoursAgoIsTheDay() {
        let t = Tagged("Hours ago the ship docked; three hours ago the crew left; 48 hours ago it sailed.", dct: dct)
        #expect(t.value("Hours ago") == "2024-03-13")
        #expect(t.value("three hours ago") == "2024-03-13")
        #expect(t.value("48 hours ago") == "2024-03-11")
    }

    @Test func yearsAgoStayVagueUnlessTheCountIsSmall() {
        let t = Tagged("A few years ago the mine shut. Many years ago it thrived. Years ago it opened.", dct: "1998-06-01")
        #expect(t.value("A few years ago") == "199X")
        #expect(t.value("Many years ago") == "PAST_REF")
        #expect(t.value("Years ago") == "PAST_REF")
        let several = Tagged("Several years ago the mine shut.", dct: "1998-06-01")
        #expect(several.value("Several years ago") == "PAST_REF")
    }

    @Test func vagueValuesAreNoAnchor() {
        let t = Tagged("Weeks ago the plant shut. Three days later it reopened.", dct: dct)
        #expect(t.value("Three days later") == "2024-03-16")
    }

    @Test func withoutACreationDateTheyStayUnresolved() {
        let t = Tagged("Weeks ago the plant shut; days ago it reopened.", dct: nil)
        #expect(t.value("Weeks ago") == "XXXX-XX")
        #expect(t.value("days ago") == "XXXX-WXX")
        #expect(t["days ago"]?.granularity == nil)
    }
}

/// "less than two weeks ago": anywhere from that bound to the creation date.
extension TimeVagueAgoTests {
    @Test func lessThanAnAmountAgoIsThePeriodHoldingTheWholeStretch() {
        let t = Tagged("The tablet was launched less than two weeks ago. Two weeks ago the plant opened.", dct: "2024-03-20")
        #expect(t.value("two weeks ago") == "2024-03")
        #expect(t.value("Two weeks ago") == "2024-W10")
        // A stretch across a month's start lies in the year; across a year's start, the bound is kept.
        #expect(Tagged("It was launched less than two weeks ago.", dct: "2024-03-05").value("two weeks ago") == "2024")
        #expect(Tagged("It was launched less than two weeks ago.", dct: "2024-01-05").value("two weeks ago") == "2023-W51")
        #expect(Tagged("It sold fewer than three months ago.", dct: "2024-08-05").value("three months ago") == "2024")
    }
}
