import Testing
@testable import ChronicleCore

/// A day named without its year right after one written with it takes the story's year.
@Suite struct TimeYearAnchorTests {
    @Test func aLaterDayOfTheSameMonthTakesTheYearJustGiven() {
        let t = Tagged("The first case was confirmed on March 3, 2019 in the north. By March 10, schools had closed.", dct: "2020-05-01")
        #expect(t.value("March 10") == "2019-03-10")
    }

    @Test func theAnchorReachesAcrossTheTurnOfTheYear() {
        let t = Tagged("Officials said on Nov. 30, 2018 that talks would resume. On Dec. 2 they did, and on Jan. 4 a deal was signed.", dct: "2021-05-01")
        #expect(t.value("Dec. 2") == "2018-12-02")
        #expect(t.value("Jan. 4") == "2019-01-04")
    }

    @Test func withoutACreationDateTheAnchorStillPlacesTheDay() {
        let t = Tagged("The first case was confirmed on March 3, 2019. By March 10, schools had closed.", dct: nil)
        #expect(t.value("March 10") == "2019-03-10")
    }

    @Test func aDistantAnchorLeavesTheCreationDateToDecide() {
        let t = Tagged("The plant opened on March 3, 2015. It grew fast. Output doubled. Pay did not. On March 10, workers walked out.", dct: "2020-04-01")
        #expect(t.value("March 10") == "2020-03-10")
    }

    @Test func aDayPlacedInBetweenEndsTheAnchor() {
        let t = Tagged("The plant opened on March 3, 2015, and on Monday the owners said it would close on March 10.", dct: "2020-03-04")
        #expect(t.value("March 10") == "2020-03-10")
    }

    @Test func aWeekdayThatDoesNotFitTheAnchorYearIsNotPulled() {
        // 10 March 2019 was a Sunday; 10 March 2020 a Tuesday.
        let t = Tagged("The vote was held on March 3, 2019. On Tuesday, March 10, the result was annulled.", dct: "2020-03-12")
        #expect(t.value("Tuesday, March 10") == "2020-03-10")
    }

    @Test func aYearInBracketsDatesTheDayAndAnchorsTheNext() {
        let t = Tagged("Until November 19 (2019) he was not a suspect. The first warrant was issued on November 20.", dct: "2021-09-17")
        #expect(t.value("November 19 (2019)") == "2019-11-19")
        #expect(t.value("November 20") == "2019-11-20")
    }

    @Test func aMonthWithItsYearAnchorsTheDaysAfterIt() {
        let t = Tagged("The outbreak began in March 2019 in the north. By March 10, schools had closed.", dct: "2020-05-01")
        #expect(t.value("March 10") == "2019-03-10")
    }

    @Test func aMonthNamingAThingOfThePastAnchorsNothing() {
        let t = Tagged("Veterans recalled the June 1967 war, and the crossing reopened on June 5.", dct: "2017-06-20")
        #expect(t.value("June 5") == "2017-06-05")
    }

    @Test func aFullDateNamingAThingAnchorsNothing() {
        let t = Tagged("Critics still cite the May 4, 2015 ruling. The court sits again on May 12.", dct: "2023-05-01")
        #expect(t.value("May 12") == "2023-05-12")
    }
}
