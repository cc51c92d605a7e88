import Testing
@testable import ChronicleCore

/// The quarters and halves of a game are no parts of a year.
@Suite struct TimeGamePeriodTests {
    let dct = "2021-08-25"

    @Test func aScoreMakesTheQuarterTheGames() {
        let t = Tagged("The visitors fell into a 24-0 hole and trailed 29-7 going into the fourth quarter.", dct: dct)
        #expect(t["the fourth quarter"] == nil, "\(t.texts)")
    }

    @Test func aWordOfTheGameMakesTheHalfTheGames() {
        let t = Tagged("The scoreless game was called four minutes into the second half. The quarterback left in the third quarter.", dct: dct)
        #expect(t["the second half"] == nil && t["the third quarter"] == nil, "\(t.texts)")
    }

    @Test func halfTimeOrThePitchMakesTheHalfTheGames() {
        let t = Tagged("After the half time talk we went back onto the pitch for the second half.", dct: dct)
        #expect(t["the second half"] == nil, "\(t.texts)")
        let keeper = Tagged("Their keeper saved twice in the first half.", dct: dct)
        #expect(keeper["the first half"] == nil, "\(keeper.texts)")
    }

    @Test func businessQuartersStayDates() {
        let t = Tagged("Profit rose 12% in the third quarter, and revenue grew 2-3% in the first half.", dct: dct)
        #expect(t.value("the third quarter") == "2021-Q3")
        #expect(t.value("the first half") == "2021-H1")
    }

    @Test func everydayWordsOfPlayLeaveABusinessQuarter() {
        let t = Tagged("Sales failed to match forecasts in the fourth quarter, a game the retailer lost.", dct: dct)
        // Reported in August, the fourth quarter is last year's.
        #expect(t.value("the fourth quarter") == "2020-Q4")
    }

    @Test func aPeriodWithItsYearStaysADateInAnyContext() {
        let t = Tagged("The club's revenue from each game fell in the second half of 2019.", dct: dct)
        #expect(t.value("the second half of 2019") == "2019-H2")
    }
}
