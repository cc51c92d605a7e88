import Testing
@testable import ChronicleCore

@Suite struct TimeExplicitDateTests {
    @Test func monthDayYearInCommonForms() {
        let t = Tagged("The accord was signed on March 14, 2019 and ratified 3 April 2019; talks resumed 9 Jan, 2020 and closed 2020-02-11.", dct: "2021-06-01")
        #expect(t.value("March 14, 2019") == "2019-03-14")
        #expect(t.value("3 April 2019") == "2019-04-03")
        #expect(t.value("9 Jan, 2020") == "2020-01-09")
        #expect(t.value("2020-02-11") == "2020-02-11")
        #expect(t["March 14, 2019"]?.granularity == .day)
    }

    @Test func aDayWithThisLastOrNextYearAfterItIsInThatYear() {
        let t = Tagged("She wrote to him on August 2 last year; the bans end on November 13 this year and the vote is on March 3 next year.",
                       dct: "2014-08-14")
        #expect(t.value("August 2 last year") == "2013-08-02")
        #expect(t.value("November 13 this year") == "2014-11-13")
        #expect(t.value("March 3 next year") == "2015-03-03")
        #expect(Tagged("The plant closed in July last year.", dct: "2014-08-14").value("July last year") == "2013-07")
    }

    @Test func abbreviationsOrdinalsAndLeadingZeros() {
        let t = Tagged("Shipments stopped Sept. 8 and restarted on October 23rd; the memo is dated August 04, 2017.", dct: "2017-11-20")
        #expect(t.value("Sept. 8") == "2017-09-08")
        #expect(t.value("October 23rd") == "2017-10-23")
        #expect(t.value("August 04, 2017") == "2017-08-04")
    }

    @Test func monthYearBareMonthAndYears() {
        let t = Tagged("Prices rose in July 2016 and fell in February. The plant, closed since 2011, reopened in 1999 form. The 2014 referendum was annulled.", dct: "2017-05-10")
        #expect(t.value("July 2016") == "2016-07")
        #expect(t["July 2016"]?.granularity == .month)
        #expect(t.value("February") == "2017-02")
        #expect(t.value("2011") == "2011")
        #expect(t.value("2014") == "2014")
    }

    @Test func mayAsAVerbIsNoDate() {
        let t = Tagged("May officials leave early? They may. The vote is in May.", dct: "2019-01-10")
        #expect(t.texts == ["May"])
        #expect(t.value("May") == "2019-05")
    }

    @Test func decadesCenturiesSeasonsAndQuarters() {
        let t = Tagged("Output peaked in the 1970s, in the twentieth century, again in the summer of 2008, and in the third quarter.", dct: "2009-03-02")
        #expect(t.value("the 1970s") == "197")
        #expect(t.value("the twentieth century") == "19")
        #expect(t.value("the summer of 2008") == "2008-SU")
        // A peak reported in March is of a third quarter already past.
        #expect(t.value("the third quarter") == "2008-Q3")
        #expect(t["the third quarter"]?.granularity == .quarter)
    }

    @Test func quarterSpansFollowTimeBank() {
        let t = Tagged("The miller posted a third-quarter loss after its fourth quarter gains; this year's first quarter looks weak.", dct: "2021-11-02")
        #expect(t.value("third-quarter") == "2021-Q3")
        #expect(t.value("fourth quarter") == "2021-Q4")
        #expect(t.value("this year's first quarter") == "2021-Q1")
    }

    @Test func quarterCodesAndHalves() {
        let t = Tagged("Sales in Q2 2022 beat the first half of 2021.", dct: "2022-08-01")
        #expect(t.value("Q2 2022") == "2022-Q2")
        #expect(t.value("the first half of 2021") == "2021-H1")
    }

    @Test func countsOfThingsAreNotYears() {
        let t = Tagged("Some 1500 volunteers and $2019 in cash arrived, with 1,999 tents.", dct: "2019-01-10")
        #expect(t.expressions.isEmpty)
        let u = Tagged("About 2000 marchers met the 1200 guards at 1600 Elm Road; turnout beat 2016.", dct: "2019-01-10")
        #expect(u.texts == ["2016"])
    }

    @Test func monthDayWithoutYearFollowsTense() {
        // A past report points back, a plan forward, across the turn of the year.
        let past = Tagged("The embassy reopened on December 29 after repairs.", dct: "2020-01-06")
        #expect(past.value("December 29") == "2019-12-29")
        let plan = Tagged("The ministers will meet again on January 12.", dct: "2019-12-18")
        #expect(plan.value("January 12") == "2020-01-12")
    }

    @Test func aPastVerbAfterItsSubjectStillPointsBack() {
        // "The talks stalled": a subject and its verb, not "the stalled talks".
        let t = Tagged("The negotiations collapsed on February 20.", dct: "2019-12-18")
        #expect(t.value("February 20") == "2019-02-20")
        let adjective = Tagged("The delayed vote happens on February 20.", dct: "2019-12-18")
        #expect(adjective.value("February 20") == "2020-02-20")
    }

    @Test func withoutCreationDateRelativeValuesStayOpen() {
        let t = Tagged("The ferry sank on October 3 and divers arrived Saturday.", dct: nil)
        #expect(t.value("October 3") == "XXXX-10-03")
        #expect(t["October 3"]?.granularity == nil)
        #expect(t.value("Saturday") == "XXXX-WXX-6")
    }

    @Test func hyphenatedDayMonthYear() {
        let t = Tagged("The order dated 31-03-2022 replaced the one of 04-05-2021; City won 10-12-22 after extra time.", dct: "2022-06-01")
        #expect(t.value("31-03-2022") == "2022-03-31")
        // The writer puts the day first ("31-03-2022"), so this is 4 May.
        #expect(t.value("04-05-2021") == "2021-05-04")
        #expect(t["10-12-22"] == nil)
    }

    @Test func aTextThatWritesTheDayFirstIsReadSoThroughout() {
        let british = Tagged("Filed on 25/06/2019, the appeal was heard on 06/05/2020.", dct: "2020-06-01")
        #expect(british.value("06/05/2020") == "2020-05-06")
        let american = Tagged("Filed on 06/25/2019, the appeal was heard on 06/05/2020.", dct: "2020-06-01")
        #expect(american.value("06/05/2020") == "2020-06-05")
        // No evidence either way: month first, the commoner reading in English news.
        #expect(Tagged("The appeal was heard on 06/05/2020.", dct: "2020-06-01").value("06/05/2020") == "2020-06-05")
        // Evidence both ways: the default stands.
        let mixed = Tagged("Filed 25/06/2019 and 06/25/2019; heard 06/05/2020.", dct: "2020-06-01")
        #expect(mixed.value("06/05/2020") == "2020-06-05")
    }

    @Test func digitsGluedToAWordAreAName() {
        let t = Tagged("PokemonElite2000 posted that the Orion2010 rover, built in 2010, still runs; sales rose in FY2012.", dct: "2015-06-01")
        #expect(t.texts.filter { $0 == "2000" || $0 == "2010" }.count == 1, "\(t.texts)")
        #expect(t.value("2010") == "2010")
        #expect(t.value("FY2012") == "2012")
    }

    @Test func dottedDayMonthYear() {
        let t = Tagged("The plant shut on 05.06.2023, and the 2.1.2020 memo warned of it. Build 1.10.2019.4 shipped; growth was 3.5 percent.", dct: "2023-07-01")
        #expect(t.value("05.06.2023") == "2023-06-05")
        #expect(t.value("2.1.2020") == "2020-01-02")
        #expect(t.texts.count == 2, "\(t.texts)")
    }
}
